import { useEffect, useRef, useState } from 'react';
import { t } from '../../i18n';

/**
 * The laptop's camera: a live picture and "Take photo". Only video is asked for (the main
 * process allows the camera, and nothing else, for the app's own pages).
 *
 * "Take photo" is offered only once the picture has its first frame: the stream arrives before
 * the camera has delivered anything (a real camera takes a moment to wake up, and so does
 * Chromium's stand-in), and until then the <video> has no size and there is nothing to take.
 * Anything that still goes wrong while taking the photo is said in plain words, never dropped.
 */
export function Camera({ onPhoto, onClose }: { onPhoto: (photo: Blob) => void; onClose: () => void }) {
  const video = useRef<HTMLVideoElement>(null);
  const [stream, setStream] = useState<MediaStream | undefined>();
  const [hasFrame, setHasFrame] = useState(false);
  const [taking, setTaking] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();
  const [shotProblem, setShotProblem] = useState<string | undefined>();

  useEffect(() => {
    let cancelled = false;
    let opened: MediaStream | undefined;
    if (!navigator.mediaDevices) {
      setProblem(t('kyc.camera.none'));
      return;
    }
    navigator.mediaDevices
      .getUserMedia({ video: { width: { ideal: 4000 }, height: { ideal: 3000 } }, audio: false })
      .then((s) => {
        opened = s;
        if (cancelled) return s.getTracks().forEach((track) => track.stop());
        setStream(s);
      })
      .catch((error: unknown) => {
        if (cancelled) return;
        const name = (error as { name?: string }).name;
        setProblem(name === 'NotAllowedError' ? t('kyc.camera.denied') : name === 'NotFoundError' ? t('kyc.camera.none') : t('kyc.camera.failed'));
      });
    return () => {
      cancelled = true;
      opened?.getTracks().forEach((track) => track.stop());
    };
  }, []);

  // The stream goes to the <video> once both exist (the element is rendered by then).
  useEffect(() => {
    const v = video.current;
    if (!stream || !v) return;
    let cancelled = false;
    v.srcObject = stream;
    if (v.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA && v.videoWidth > 0) setHasFrame(true);
    v.play().catch((error: unknown) => {
      // An AbortError only means the picture was replaced or closed meanwhile.
      if (!cancelled && (error as { name?: string }).name !== 'AbortError') setProblem(t('kyc.camera.failed'));
    });
    return () => {
      cancelled = true;
    };
  }, [stream]);

  function noteFrame() {
    const v = video.current;
    if (v && v.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA && v.videoWidth > 0) setHasFrame(true);
  }

  function take() {
    const v = video.current;
    setShotProblem(undefined);
    if (!v || v.readyState < HTMLMediaElement.HAVE_CURRENT_DATA || !v.videoWidth || !v.videoHeight) {
      setShotProblem(t('kyc.camera.noPicture'));
      return;
    }
    setTaking(true);
    const failed = () => {
      setTaking(false);
      setShotProblem(t('kyc.camera.shotFailed'));
    };
    try {
      const canvas = document.createElement('canvas');
      canvas.width = v.videoWidth;
      canvas.height = v.videoHeight;
      const ctx = canvas.getContext('2d');
      if (!ctx) return failed();
      ctx.drawImage(v, 0, 0);
      // Near-lossless here: the photo is prepared (and shrunk) like any other afterwards.
      canvas.toBlob(
        (blob) => {
          if (!blob || blob.size === 0) return failed();
          setTaking(false);
          onPhoto(blob);
        },
        'image/jpeg',
        0.95,
      );
    } catch {
      failed();
    }
  }

  return (
    <section className="kyc-camera" aria-label={t('kyc.camera.title')}>
      {problem ? (
        <p role="alert" className="error">
          {problem}
        </p>
      ) : (
        <video
          ref={video}
          autoPlay
          muted
          playsInline
          aria-label={t('kyc.camera.preview')}
          onLoadedData={noteFrame}
          onResize={noteFrame}
          onPlaying={noteFrame}
        />
      )}
      {!problem && stream && !hasFrame && <p role="status">{t('kyc.camera.starting')}</p>}
      {shotProblem && (
        <p role="alert" className="error">
          {shotProblem}
        </p>
      )}
      <div className="actions">
        <button type="button" className="primary" onClick={take} disabled={!stream || !hasFrame || taking || !!problem}>
          {t('kyc.camera.take')}
        </button>
        <button type="button" onClick={onClose}>
          {t('kyc.camera.close')}
        </button>
      </div>
    </section>
  );
}
