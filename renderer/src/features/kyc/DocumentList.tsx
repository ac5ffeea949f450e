import { useEffect, useMemo, useState } from 'react';
import { asBlob } from '../../db/crypto/stored-file';
import { t } from '../../i18n';
import type { OutboxError, OutboxState } from '../../sync/types';
import { StatusBadge } from '../sync/StatusBadge';
import type { DocumentRow } from './data';
import type { KycDocument } from './model';
import { fractionOf, useUploadProgress, useUploadProgressPolling } from './progress';
import { namesMatch, ocrFieldLabel, ocrHolderName } from './ocr-fields';
import { formatBytes, formatPixels } from './sizes';

/**
 * A document's state is its upload item's. An item sent long ago is deleted after the keeping
 * period (issue 13) while the document stays: GLAAS's recorded answer then says it was sent.
 */
function stateOf({ doc, item }: DocumentRow): OutboxState {
  return item?.state ?? (doc.uploaded ? 'sent' : 'pending');
}

/** An application's documents: state, upload progress (each and all), and what GLAAS read. */
export function DocumentList({ rows, borrowerName }: { rows: DocumentRow[]; borrowerName?: string | undefined }) {
  const shown = rows.filter((r) => stateOf(r) !== 'discarded');
  const sending = shown.some((r) => stateOf(r) === 'sending');
  useUploadProgressPolling(sending);
  const progress = useUploadProgress((s) => s.byId);

  if (shown.length === 0) return <p className="hint">{t('kyc.docs.none')}</p>;

  const total = shown.reduce((sum, r) => sum + r.doc.size, 0);
  const done = shown.reduce((sum, r) => sum + r.doc.size * fractionOf(stateOf(r), r.doc.size, progress[r.doc.id]), 0);
  const sentCount = shown.filter((r) => stateOf(r) === 'sent').length;
  const overall = total > 0 ? Math.round((done / total) * 100) : 0;

  return (
    <>
      <div className="kyc-overall">
        <label>
          {t('kyc.docs.overall', { sent: sentCount, count: shown.length, percent: overall })}
          <progress aria-label={t('kyc.docs.overallLabel')} max={100} value={overall} />
        </label>
      </div>
      <ul className="kyc-docs" aria-label={t('kyc.docs.listLabel')}>
        {shown.map((row) => (
          <DocumentItem key={row.doc.id} row={row} borrowerName={borrowerName} percent={Math.round(fractionOf(stateOf(row), row.doc.size, progress[row.doc.id]) * 100)} />
        ))}
      </ul>
    </>
  );
}

function DocumentItem({ row, percent, borrowerName }: { row: DocumentRow; percent: number; borrowerName: string | undefined }) {
  const { doc, item } = row;
  const picture = useMemo(() => (doc.type === 'application/pdf' || !doc.file ? undefined : asBlob(doc.file)), [doc.type, doc.file]);
  const url = useObjectUrl(picture);
  const state = stateOf(row);
  return (
    <li className="kyc-doc" aria-label={doc.name}>
      {url ? (
        <img className="kyc-thumb" src={url} alt={t('kyc.add.previewOf', { name: doc.name })} />
      ) : (
        <span className="kyc-thumb kyc-thumb-pdf" aria-hidden="true">
          {doc.type === 'application/pdf' ? 'PDF' : ''}
        </span>
      )}
      <div className="kyc-doc-body">
        <div className="kyc-doc-head">
          <strong>{doc.name}</strong> <StatusBadge state={state} />
        </div>
        <p className="kyc-sizes">
          {doc.keptAsIs
            ? t('kyc.size.kept', { size: formatBytes(doc.size), pixels: formatPixels(doc.width, doc.height) })
            : t('kyc.size.beforeAfter', {
                before: formatBytes(doc.original.size),
                beforePixels: formatPixels(doc.original.width, doc.original.height),
                after: formatBytes(doc.size),
                afterPixels: formatPixels(doc.width, doc.height),
              })}
        </p>
        {(state === 'sending' || state === 'sent') && (
          <label className="kyc-doc-progress">
            {t('kyc.docs.percent', { percent })}
            <progress aria-label={t('kyc.docs.progressOf', { name: doc.name })} max={100} value={percent} />
          </label>
        )}
        {state === 'sent' && !doc.file && doc.uploaded && <p className="hint kyc-file-removed">{t('keepless.kyc.fileRemoved')}</p>}
        {doc.retakeNeeded && (
          <p role="alert" className="error">
            {t('kyc.docs.retake')}
          </p>
        )}
        {state === 'rejected' && item?.lastError && !doc.retakeNeeded && <RefusedReason error={item.lastError} />}
        {(state === 'pending' || state === 'unknown') && item?.lastError && (
          <p className="hint">{t('kyc.docs.willRetry', { message: item.lastError.message })}</p>
        )}
        {doc.uploaded && <OcrResult result={doc.uploaded} borrowerName={borrowerName} />}
      </div>
    </li>
  );
}

function RefusedReason({ error }: { error: OutboxError }) {
  return (
    <p role="alert" className="error">
      {t('kyc.docs.refused')} {error.serverMessage ? t('kyc.docs.glaasSaid', { message: error.serverMessage }) : error.message}
    </p>
  );
}

function OcrResult({ result, borrowerName }: { result: NonNullable<KycDocument['uploaded']>; borrowerName: string | undefined }) {
  const read = ocrHolderName(result.fields);
  const mismatch = read && borrowerName && !namesMatch(read, borrowerName);
  return (
    <section className="kyc-ocr" aria-label={t('kyc.ocr.title')}>
      {mismatch && (
        <p className="notice kyc-name-mismatch" role="note">
          {t('kyc.ocr.nameMismatch', { read, borrower: borrowerName })}
        </p>
      )}
      {result.ocrError ? (
        <p role="status" className="error">
          {t('kyc.ocr.failed', { message: result.ocrError })}
        </p>
      ) : result.fields.length === 0 ? (
        <p className="hint">{t('kyc.ocr.noFields')}</p>
      ) : (
        <>
          <h4>{t('kyc.ocr.fields')}</h4>
          <dl className="kyc-ocr-fields" aria-label={t('kyc.ocr.fields')}>
            {result.fields.map((f, i) => (
              <div key={`${f.key}-${i}`}>
                <dt title={f.key}>{ocrFieldLabel(f.key)}</dt>
                <dd>{f.value}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      {/* GLAAS's own ids: what support asks for, not what the agent checks. */}
      <details className="kyc-support">
        <summary>{t('kyc.ocr.support')}</summary>
        <dl>
          <dt>{t('kyc.ocr.documentId')}</dt>
          <dd>{result.documentId}</dd>
          <dt>{t('kyc.ocr.storedName')}</dt>
          <dd>{result.storedName}</dd>
        </dl>
      </details>
    </section>
  );
}

function useObjectUrl(blob: Blob | undefined): string | undefined {
  const [url, setUrl] = useState<string | undefined>();
  useEffect(() => {
    if (!blob) {
      // The file left the laptop after upload: drop the old picture with it.
      setUrl(undefined);
      return;
    }
    let made: string | undefined;
    try {
      made = URL.createObjectURL(blob);
      setUrl(made);
    } catch {
      setUrl(undefined);
    }
    return () => {
      if (made) URL.revokeObjectURL(made);
    };
  }, [blob]);
  return url;
}
