import type { Assignment } from '../../../../shared/domain';
import { t } from '../../i18n';
import { hrefFor } from '../../ui/router';
import { glaasLinkOf } from '../loans/glaas/link';

/** On a loan linked to a GLAAS application: the way to its KYC documents. */
export function KycLink({ loanId, assignments }: { loanId: string; assignments: readonly Assignment[] }) {
  const requestFlowId = glaasLinkOf(assignments)?.requestFlowId;
  if (!requestFlowId || !/^\d{1,18}$/.test(requestFlowId)) return null;
  return (
    <p className="kyc-loan-link">
      <a href={hrefFor({ name: 'application', requestFlowId, loanId })}>{t('kyc.loanLink', { id: requestFlowId })}</a>
    </p>
  );
}
