import { useState, type KeyboardEvent } from 'react';
import { db } from '../../../db/schema';
import { t } from '../../../i18n';
import type { GlaasLinkIds } from './link';
import { GLAAS_ID, saveGlaasLink } from './save-link';

/**
 * Links a loan to its GLAAS application by hand, when the allocation import did not. Without a
 * request flow id the loan's money cannot be posted to GLAAS. A group, not a form: it also sits
 * inside the deposit form, and a form inside a form would submit the outer one.
 */
export function GlaasLinkEditor({ loanId, link, compact }: { loanId: string; link?: GlaasLinkIds; compact?: boolean }) {
  const [requestFlowId, setRequestFlowId] = useState(link?.requestFlowId ?? '');
  const [glaasLoanId, setGlaasLoanId] = useState(link?.glaasLoanId ?? '');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string }>();

  const onEnter = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    void submit();
  };

  async function submit() {
    if (!GLAAS_ID.test(requestFlowId.trim())) return setMessage({ kind: 'error', text: t('link.badRequestFlowId') });
    if (glaasLoanId.trim() && !GLAAS_ID.test(glaasLoanId.trim())) return setMessage({ kind: 'error', text: t('link.badLoanId') });
    const saved = await saveGlaasLink(db(), loanId, { requestFlowId, glaasLoanId });
    setMessage(saved ? { kind: 'ok', text: t('link.saved') } : { kind: 'error', text: t('link.noAssignment') });
  }

  return (
    <div className="glaas-link" role="group" aria-label={t('link.formLabel', { loan: loanId })}>
      {!compact && <p className="hint">{link?.requestFlowId ? t('link.current', { id: link.requestFlowId }) : t('link.none')}</p>}
      <label>
        {t('link.requestFlowId', { loan: loanId })}
        <input value={requestFlowId} onChange={(e) => setRequestFlowId(e.target.value)} onKeyDown={onEnter} inputMode="numeric" />
      </label>
      <label>
        {t('link.glaasLoanId')}
        <input value={glaasLoanId} onChange={(e) => setGlaasLoanId(e.target.value)} onKeyDown={onEnter} inputMode="numeric" />
      </label>
      <button type="button" onClick={() => void submit()}>
        {t('link.save')}
      </button>
      {message && (
        <span role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'error' : 'hint'}>
          {message.text}
        </span>
      )}
    </div>
  );
}
