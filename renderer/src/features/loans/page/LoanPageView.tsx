import type { ReactNode } from 'react';
import type { Assignment, CachedLoan, GlaasLoanCache } from '../../../../../shared/domain';
import { ActionsSection, type RefreshControl } from './ActionsSection';
import { AddressesSection } from './AddressesSection';
import { BorrowerSection } from './BorrowerSection';
import { CoApplicantsSection } from './CoApplicantsSection';
import { CommunicationsSection } from './CommunicationsSection';
import { isGlaasLinked, type IdentityKind } from './data';
import { DuesSection } from './DuesSection';
import { GlaasSection, type GlaasStatus } from './GlaasSection';
import { IdentitySection } from './IdentitySection';
import { LoanHeader } from './LoanHeader';
import { NoticeTrackingSection } from './NoticeTrackingSection';
import { PaymentHistorySection } from './PaymentHistorySection';
import { ReferencesSection } from './ReferencesSection';
import { RemarksSection } from './RemarksSection';
import { SecurityDocumentsSection } from './SecurityDocumentsSection';
import { readSnapshot } from './snapshot';
import { t } from '../../../i18n';
import { TransactionsSection } from './TransactionsSection';
import { TransactionClaimsSection } from './TransactionClaimsSection';
import { transactionClaims } from '../transaction-claims';
import { KycLink } from '../../kyc/KycLink';
import { glaasLinkOf, isLineOfCredit } from '../glaas/link';
import { GlaasLinkEditor } from '../glaas/LinkEditor';
import { Section } from './Section';

export interface LoanPageViewProps {
  loanId: string;
  /** null: not on this laptop. */
  loan: CachedLoan | null;
  assignments: readonly Assignment[];
  glaas: GlaasLoanCache | null;
  now: number;
  online: boolean;
  glaasStatus: GlaasStatus;
  refresh: RefreshControl;
  onRevealIdentity(kind: IdentityKind): Promise<void>;
  /** The visits recorded on this laptop (they read the database, so the page is handed them). */
  visits?: ReactNode;
}

/**
 * The whole loan page from plain data: no database, no network, no clock of its own, so it
 * renders the same in a test as in the app.
 */
export function LoanPageView(props: LoanPageViewProps) {
  const { loanId, loan, assignments, glaas, now, online } = props;
  const content = loan?.snapshot ? readSnapshot(loan.snapshot) : undefined;
  const details = content?.details;
  const isCreditLine = content?.transactions !== undefined;
  const showGlaas = isGlaasLinked(assignments) || glaas !== null;

  return (
    <main className="screen loan-page" aria-labelledby="loan-page-title">
      <LoanHeader loanId={loanId} loan={loan} name={details?.applicant_name ?? loan?.summary.name ?? ''} now={now} />
      <ActionsSection loanId={loanId} online={online} refresh={props.refresh} summary={loan?.summary} />
      {/* What is due comes first; who the borrower is and the history follow. */}
      {content && <DuesSection rows={content.dues} byTransaction={isCreditLine} />}
      {props.visits}
      <KycLink loanId={loanId} assignments={assignments} />
      {content && (
        <>
          <BorrowerSection details={details} />
          {/* Keyed by loan: a revealed number must not stay revealed on the next loan opened. */}
          <IdentitySection
            key={loanId}
            aadhaar={details?.applicant_aadhar_number}
            pan={details?.applicant_pan_number}
            onReveal={props.onRevealIdentity}
          />
          <AddressesSection addresses={details?.applicant_address} />
          <CoApplicantsSection coApplicants={details?.co_applicant} />
          <ReferencesSection references={details?.references} />
          {isCreditLine && (
            <TransactionClaimsSection claims={transactionClaims(loan?.snapshot, loan?.summary.allocationMonth || undefined)} />
          )}
          {isCreditLine && <TransactionsSection transactions={content.transactions} />}
          <PaymentHistorySection payments={content.payments} />
          <RemarksSection remarks={content.remarks} />
          <CommunicationsSection communications={content.communications} />
          <NoticeTrackingSection notices={content.notices} />
          <SecurityDocumentsSection documents={details?.document_details} />
        </>
      )}
      {showGlaas && (
        <GlaasSection
          cache={glaas}
          status={props.glaasStatus}
          online={online}
          line={isLineOfCredit(glaasLinkOf(assignments), loan?.kind)}
        />
      )}
      <Section id="glaas-link" title={t('link.sectionTitle')}>
        <GlaasLinkEditor key={loanId} loanId={loanId} link={glaasLinkOf(assignments)} />
      </Section>
    </main>
  );
}
