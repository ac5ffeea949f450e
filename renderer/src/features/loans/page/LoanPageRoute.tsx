import { refreshOneLoan } from '../download/app';
import { loadGlaasForPage } from '../glaas/app';
import { LoanPage } from './LoanPage';

/** The loan page wired to the app's GLAAS reader and one-loan refresh (the route's lazy chunk). */
export function LoanPageRoute({ loanId }: { loanId: string }) {
  return <LoanPage loanId={loanId} loadGlaas={loadGlaasForPage} onRefresh={refreshOneLoan} />;
}
