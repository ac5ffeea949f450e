import { useState, type FormEvent } from 'react';
import { db } from '../../../db/schema';
import { t } from '../../../i18n';
import type { GlaasLinkIds } from './link';
import { GLAAS_ID, saveGlaasLink } from './save-link';

/**
 * Links a loan to its GLAAS application by hand, when the allocation import did not. Without a
 * request flow id the loan's money cannot be posted to GLAAS.
 */
export function GlaasLinkEditor({ loanId, link, compact }: { loanId: string; link?: GlaasLinkIds; compact?: boolean }) {
  const [requestFlowId, setRequestFlowId] = useState(link?.requestFlowId ?? '');
  const [glaasLoanId, setGlaasLoanId] = useState(link?.glaasLoanId ?? '');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string }>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!GLAAS_ID.test(requestFlowId.trim())) return setMessage({ kind: 'error', text: t('link.badRequestFlowId') });
    if (glaasLoanId.trim() && !GLAAS_ID.test(glaasLoanId.trim())) return setMessage({ kind: 'error', text: t('link.badLoanId') });
    const saved = await saveGlaasLink(db(), loanId, { requestFlowId, glaasLoanId });
    setMessage(saved ? { kind: 'ok', text: t('link.saved') } : { kind: 'error', text: t('link.noAssignment') });
  }

  return (
    <form className="glaas-link" onSubmit={(e) => void submit(e)} aria-label={t('link.formLabel', { loan: loanId })}>
      {!compact && <p className="hint">{link?.requestFlowId ? t('link.current', { id: link.requestFlowId }) : t('link.none')}</p>}
      <label>
        {t('link.requestFlowId', { loan: loanId })}
        <input value={requestFlowId} onChange={(e) => setRequestFlowId(e.target.value)} inputMode="numeric" />
      </label>
      <label>
        {t('link.glaasLoanId')}
        <input value={glaasLoanId} onChange={(e) => setGlaasLoanId(e.target.value)} inputMode="numeric" />
      </label>
      <button type="submit">{t('link.save')}</button>
      {message && (
        <span role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'error' : 'hint'}>
          {message.text}
        </span>
      )}
    </form>
  );
}
