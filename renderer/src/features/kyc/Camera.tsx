import { useEffect, useRef, useState } from 'react';
import { t } from '../../i18n';

/**
 * The laptop's camera: a live picture and "Take photo". Only video is asked for (the main
 * process allows the camera, and nothing else, for the app's own pages).
 */
export function Camera({ onPhoto, onClose }: { onPhoto: (photo: Blob) => void; onClose: () => void }) {
  const video = useRef<HTMLVideoElement>(null);
  const [stream, setStream] = useState<MediaStream | undefined>();
  const [problem, setProblem] = useState<string | undefined>();

  useEffect(() => {
    let cancelled = false;
    let opened: MediaStream | undefined;
    navigator.mediaDevices
      ?.getUserMedia({ video: { width: { ideal: 4000 }, height: { ideal: 3000 } }, audio: false })
      .then((s) => {
        opened = s;
        if (cancelled) return s.getTracks().forEach((track) => track.stop());
        setStream(s);
        if (video.current) {
          video.current.srcObject = s;
          void video.current.play().catch(() => undefined);
        }
      })
      .catch((error: unknown) => {
        const name = (error as { name?: string }).name;
        setProblem(name === 'NotAllowedError' ? t('kyc.camera.denied') : name === 'NotFoundError' ? t('kyc.camera.none') : t('kyc.camera.failed'));
      });
    if (!navigator.mediaDevices) setProblem(t('kyc.camera.none'));
    return () => {
      cancelled = true;
      opened?.getTracks().forEach((track) => track.stop());
    };
  }, []);

  function take() {
    const v = video.current;
    if (!v || !v.videoWidth) return;
    const canvas = document.createElement('canvas');
    canvas.width = v.videoWidth;
    canvas.height = v.videoHeight;
    canvas.getContext('2d')?.drawImage(v, 0, 0);
    // Near-lossless here: the photo is prepared (and shrunk) like any other afterwards.
    canvas.toBlob((blob) => blob && onPhoto(blob), 'image/jpeg', 0.95);
  }

  return (
    <section className="kyc-camera" aria-label={t('kyc.camera.title')}>
      {problem ? (
        <p role="alert" className="error">
          {problem}
        </p>
      ) : (
        <video ref={video} muted playsInline aria-label={t('kyc.camera.preview')} />
      )}
      <div className="actions">
        <button type="button" className="primary" onClick={take} disabled={!stream}>
          {t('kyc.camera.take')}
        </button>
        <button type="button" onClick={onClose}>
          {t('kyc.camera.close')}
        </button>
      </div>
    </section>
  );
}
