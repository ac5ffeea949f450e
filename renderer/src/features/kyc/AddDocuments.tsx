import { useEffect, useId, useMemo, useRef, useState, type DragEvent } from 'react';
import { db } from '../../db/schema';
import { t } from '../../i18n';
import { useSettingsStore } from '../../stores/settings';
import { Camera } from './Camera';
import { cleanName, limitsFrom, prepareFile, type PreparedFile } from './prepare';
import { queueDocuments } from './queue';
import { queueFailureText, refusalText } from './refusal';
import { formatBytes, formatPixels } from './sizes';

interface Ready {
  key: number;
  file: PreparedFile;
  url: string;
}

/**
 * Adding documents: from a file, by drag and drop, or with the camera. Each is checked and
 * prepared at once and shown before it goes; "Save" then puts them on this laptop, from where
 * they upload by themselves.
 */
export function AddDocuments({ requestFlowId, loanId }: { requestFlowId: string; loanId?: string }) {
  const kyc = useSettingsStore((s) => s.settings?.kyc);
  const limits = useMemo(() => limitsFrom(kyc), [kyc]);
  const [ready, setReady] = useState<Ready[]>([]);
  const [refused, setRefused] = useState<string[]>([]);
  const [preparing, setPreparing] = useState(0);
  const [camera, setCamera] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saveProblem, setSaveProblem] = useState<string | undefined>();
  const [savedCount, setSavedCount] = useState<number | undefined>();
  const [dragging, setDragging] = useState(false);
  const nextKey = useRef(1);
  const pickerId = useId();
  const urls = useRef(new Set<string>());

  useEffect(
    () => () => {
      for (const url of urls.current) URL.revokeObjectURL(url);
    },
    [],
  );

  async function add(files: { blob: Blob; name: string }[], source: PreparedFile['source']) {
    setSavedCount(undefined);
    setSaveProblem(undefined);
    setPreparing((n) => n + files.length);
    for (const { blob, name } of files) {
      try {
        const result = await prepareFile(blob, name, source, limits);
        if (result.ok) {
          const url = URL.createObjectURL(result.file.file);
          urls.current.add(url);
          setReady((list) => [...list, { key: nextKey.current++, file: result.file, url }]);
        } else {
          setRefused((list) => [...list, refusalText(result.name, result.refusal)]);
        }
      } catch (error) {
        // Reading or preparing the file failed outright: say so where the user is looking
        // (never an unhandled rejection nobody sees), and keep going with the other files.
        console.error('KYC: preparing a file failed', error);
        setRefused((list) => [...list, t('kyc.add.failed', { name: cleanName(name) })]);
      } finally {
        setPreparing((n) => n - 1);
      }
    }
  }

  function remove(key: number) {
    setReady((list) => {
      const gone = list.find((r) => r.key === key);
      if (gone) {
        URL.revokeObjectURL(gone.url);
        urls.current.delete(gone.url);
      }
      return list.filter((r) => r.key !== key);
    });
  }

  async function save() {
    if (ready.length === 0) return;
    setSaving(true);
    setSaveProblem(undefined);
    try {
      const result = await queueDocuments(
        db(),
        ready.map((r) => r.file),
        { requestFlowId, ...(loanId ? { loanId } : {}), now: Date.now() },
      );
      if (!result.ok) {
        // Nothing was written: the prepared files stay here, so nothing is lost by trying again.
        setSaveProblem(queueFailureText(result.failure));
        return;
      }
      for (const r of ready) {
        URL.revokeObjectURL(r.url);
        urls.current.delete(r.url);
      }
      setSavedCount(ready.length);
      setReady([]);
      setRefused([]);
    } finally {
      setSaving(false);
    }
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    const files = [...event.dataTransfer.files];
    if (files.length > 0) void add(files.map((f) => ({ blob: f, name: f.name })), 'drop');
  }

  return (
    <section className="card kyc-add" aria-labelledby="kyc-add-title">
      <h2 id="kyc-add-title">{t('kyc.add.title')}</h2>
      <p className="hint">{t('kyc.add.accepted', { limit: limits.pdfLimitMb, edge: limits.maxLongEdge })}</p>
      <div
        className={`kyc-drop${dragging ? ' kyc-drop-active' : ''}`}
        role="region"
        aria-label={t('kyc.add.dropZone')}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p>{t('kyc.add.drop')}</p>
        <div className="actions">
          <label htmlFor={pickerId} className="button">
            {t('kyc.add.choose')}
          </label>
          <input
            id={pickerId}
            className="visually-hidden-file"
            type="file"
            multiple
            accept=".jpg,.jpeg,.png,.pdf,image/jpeg,image/png,application/pdf"
            onChange={(e) => {
              const files = [...(e.target.files ?? [])];
              e.target.value = '';
              void add(files.map((f) => ({ blob: f, name: f.name })), 'file');
            }}
          />
          <button type="button" onClick={() => setCamera(true)} disabled={camera}>
            {t('kyc.add.camera')}
          </button>
        </div>
      </div>
      {camera && (
        <Camera
          onPhoto={(photo) => void add([{ blob: photo, name: `photo-${new Date().toISOString().replace(/[:.]/g, '-')}.jpg` }], 'camera')}
          onClose={() => setCamera(false)}
        />
      )}
      <div role="status" aria-live="polite">
        {preparing > 0 && <p>{t('kyc.add.preparing', { count: preparing })}</p>}
        {savedCount !== undefined && <p>{t('kyc.add.saved', { count: savedCount })}</p>}
      </div>
      {refused.length > 0 && (
        <ul role="alert" className="error kyc-refused" aria-label={t('kyc.add.refusedTitle')}>
          {refused.map((text, i) => (
            <li key={i}>{text}</li>
          ))}
        </ul>
      )}
      {ready.length > 0 && (
        <>
          <h3>{t('kyc.add.readyTitle')}</h3>
          <ul className="kyc-ready" aria-label={t('kyc.add.readyTitle')}>
            {ready.map((r) => (
              <li key={r.key} aria-label={r.file.name}>
                {r.file.type === 'application/pdf' ? (
                  <span className="kyc-thumb kyc-thumb-pdf" aria-hidden="true">
                    PDF
                  </span>
                ) : (
                  <img className="kyc-thumb" src={r.url} alt={t('kyc.add.previewOf', { name: r.file.name })} />
                )}
                <div>
                  <strong>{r.file.name}</strong>
                  <p className="kyc-sizes">
                    {r.file.keptAsIs
                      ? t('kyc.size.kept', { size: formatBytes(r.file.size), pixels: formatPixels(r.file.width, r.file.height) })
                      : t('kyc.size.beforeAfter', {
                          before: formatBytes(r.file.original.size),
                          beforePixels: formatPixels(r.file.original.width, r.file.original.height),
                          after: formatBytes(r.file.size),
                          afterPixels: formatPixels(r.file.width, r.file.height),
                        })}
                  </p>
                </div>
                <button type="button" onClick={() => remove(r.key)} aria-label={t('kyc.add.removeOne', { name: r.file.name })}>
                  {t('kyc.add.remove')}
                </button>
              </li>
            ))}
          </ul>
          <div className="actions">
            <button type="button" className="primary" onClick={() => void save()} disabled={saving || preparing > 0}>
              {t('kyc.add.save', { count: ready.length })}
            </button>
          </div>
        </>
      )}
      {saveProblem && (
        <p role="alert" className="error">
          {saveProblem}
        </p>
      )}
    </section>
  );
}
