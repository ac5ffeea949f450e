import { useEffect, useRef, useState } from 'react';
import type { Result } from '../../../../../shared/result';
import type { SaveOutcome } from '../../../../../shared/contract-files';
import { t } from '../../../i18n';
import { describeError } from '../../../ui/errors';

type SaveState =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved'; fileName: string }
  | { state: 'cancelled' }
  | { state: 'failed'; message: string };

export interface ReceiptActionsProps {
  receiptNo: string;
  /** The main process prints this page to PDF and asks where to save it. */
  savePdf: (input: { suggestedName: string }) => Promise<Result<SaveOutcome>>;
  print: () => void;
}

export const receiptFileName = (receiptNo: string) => `Receipt ${receiptNo}.pdf`;

/** Print and Save PDF, with what happened said in plain words. */
export function ReceiptActions({ receiptNo, savePdf, print }: ReceiptActionsProps) {
  const [save, setSave] = useState<SaveState>({ state: 'idle' });
  // An answer that arrives after the user left this receipt is not shown on another one.
  const current = useRef(receiptNo);
  useEffect(() => {
    current.current = receiptNo;
    setSave({ state: 'idle' });
  }, [receiptNo]);

  async function saveAsPdf() {
    const asked = receiptNo;
    setSave({ state: 'saving' });
    let next: SaveState;
    try {
      const result = await savePdf({ suggestedName: receiptFileName(receiptNo) });
      if (!result.ok) next = { state: 'failed', message: describeError(result.error) };
      else if (result.value.saved) next = { state: 'saved', fileName: result.value.fileName };
      else next = { state: 'cancelled' };
    } catch {
      next = { state: 'failed', message: t('receipt.saveFailed') };
    }
    if (current.current === asked) setSave(next);
  }

  return (
    <div className="receipt-actions" role="group" aria-label={t('receipt.actions')}>
      <div className="actions">
        <button type="button" className="primary" onClick={print}>
          {t('receipt.print')}
        </button>
        <button type="button" onClick={() => void saveAsPdf()} disabled={save.state === 'saving'}>
          {save.state === 'saving' ? t('receipt.saving') : t('receipt.savePdf')}
        </button>
      </div>
      {save.state === 'saved' && (
        <p role="status" className="ok">
          {t('receipt.saved', { name: save.fileName })}
        </p>
      )}
      {save.state === 'cancelled' && <p role="status">{t('receipt.notSaved')}</p>}
      {save.state === 'failed' && (
        <p role="alert" className="error">
          {save.message}
        </p>
      )}
    </div>
  );
}
