import { useState } from 'react';
import { api } from '../../api';
import { t } from '../../i18n';
import { describeError } from '../../ui/errors';
import { useOnline } from '../loans/page/useOnline';

/**
 * The loan agreement (GLAAS download, docName LOAN_DOCUMENT): opened in the laptop's PDF viewer
 * or saved where the user chooses. It is fetched when asked, so only with a network.
 */
export function LoanAgreement({ requestFlowId }: { requestFlowId: string }) {
  const online = useOnline();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | undefined>();
  const suggestedName = `Loan agreement ${requestFlowId}.pdf`;

  async function fetchAnd(then: 'open' | 'save') {
    setBusy(true);
    setMessage(undefined);
    try {
      const pdf = await api.glaas.downloadLoanDocument({ requestFlowId });
      if (!pdf.ok) {
        setMessage({
          text: pdf.error.kind === 'offline' ? t('kyc.agreement.offline') : t('kyc.agreement.failed', { reason: describeError(pdf.error) }),
          error: true,
        });
        return;
      }
      const bytes = pdf.value.bytes;
      if (then === 'open') {
        const opened = await api.files.openPdf({ suggestedName, bytes });
        setMessage(opened.ok ? { text: t('kyc.agreement.opened'), error: false } : { text: describeError(opened.error), error: true });
      } else {
        const saved = await api.files.savePdfBytes({ suggestedName, bytes });
        if (!saved.ok) setMessage({ text: describeError(saved.error), error: true });
        else if (saved.value.saved) setMessage({ text: t('kyc.agreement.saved', { name: saved.value.fileName }), error: false });
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="kyc-agreement-title">
      <h2 id="kyc-agreement-title">{t('kyc.agreement.title')}</h2>
      {!online && <p className="hint">{t('kyc.agreement.offline')}</p>}
      <div className="actions">
        <button type="button" onClick={() => void fetchAnd('open')} disabled={!online || busy}>
          {t('kyc.agreement.open')}
        </button>
        <button type="button" onClick={() => void fetchAnd('save')} disabled={!online || busy}>
          {t('kyc.agreement.save')}
        </button>
      </div>
      <div role="status">{busy && t('kyc.agreement.fetching')}</div>
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'error' : undefined}>
          {message.text}
        </p>
      )}
    </section>
  );
}
