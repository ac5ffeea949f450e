import { db } from '../../db/schema';
import { t } from '../../i18n';
import { MappingConfirm } from '../deposits/MappingConfirm';
import { useLiveQuery } from '../loans/page/useLiveQuery';
import { recentGridLines } from './lines';
import { LinesTable } from './LinesTable';
import { loadGridLoans } from './load';
import { RepaymentGrid } from './RepaymentGrid';
import '../deposits/deposits.css';

/** Branch repayments: the entry grid, then what was posted with GLAAS's answers and statuses. */
export function RepaymentsScreen() {
  // Kept current; the grid holds its own rows, so a loan refresh landing never loses what is typed.
  const loans = useLiveQuery(() => loadGridLoans(db()), []);
  const posted = useLiveQuery(() => recentGridLines(db()), []);
  return (
    <main className="repayments-screen" aria-labelledby="repayments-title">
      <h1 id="repayments-title">{t('repayments.title')}</h1>
      <MappingConfirm />
      {loans.state === 'ready' ? <RepaymentGrid loans={loans.value} /> : <p>{t('repayments.loading')}</p>}
      {posted.state === 'ready' && <LinesTable rows={posted.value} caption={t('repayments.posted', { count: posted.value.length })} />}
    </main>
  );
}
