import { db } from '../../db/schema';
import { t } from '../../i18n';
import { hrefFor } from '../../ui/router';
import { useLiveQuery } from '../loans/page/useLiveQuery';
import { AddDocuments } from './AddDocuments';
import { borrowerNameFor } from './borrower-name';
import { loadApplicationDocuments } from './data';
import { DocumentList } from './DocumentList';
import { LoanAgreement } from './LoanAgreement';
import './kyc.css';

/** One GLAAS application: add the borrower's documents, watch them go, see what OCR read. */
export function ApplicationPage({ requestFlowId, loanId }: { requestFlowId: string; loanId?: string }) {
  const rows = useLiveQuery(() => loadApplicationDocuments(db(), requestFlowId), [requestFlowId]);
  const borrower = useLiveQuery(() => borrowerNameFor(db(), requestFlowId, loanId), [requestFlowId, loanId]);
  return (
    <main className="screen kyc-screen" aria-labelledby="kyc-app-title">
      <p>
        <a href={hrefFor({ name: 'kyc' })}>{t('kyc.back')}</a>
        {loanId && (
          <>
            {' · '}
            <a href={hrefFor({ name: 'loan', loanId })}>{t('kyc.backToLoan', { loanId })}</a>
          </>
        )}
      </p>
      <h1 id="kyc-app-title">{t('kyc.app.title', { id: requestFlowId })}</h1>
      <AddDocuments requestFlowId={requestFlowId} {...(loanId ? { loanId } : {})} />
      <section className="card" aria-labelledby="kyc-docs-title">
        <h2 id="kyc-docs-title">{t('kyc.docs.title')}</h2>
        {rows.state === 'loading' && <p>{t('kyc.loading')}</p>}
        {rows.state === 'error' && (
          <p role="alert" className="error">
            {t('kyc.loadFailed')}
          </p>
        )}
        {rows.state === 'ready' && (
          <DocumentList rows={rows.value} borrowerName={borrower.state === 'ready' ? borrower.value : undefined} />
        )}
      </section>
      <LoanAgreement requestFlowId={requestFlowId} />
    </main>
  );
}
