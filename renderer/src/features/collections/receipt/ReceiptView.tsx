import { useId, type ReactNode } from 'react';
import { getLanguage, t, type MessageKey } from '../../../i18n';
import { formatDateTime, formatRupees, formatVendorDate } from '../../../ui/format';
import { hrefFor } from '../../../ui/router';
import { StatusBadge } from '../../sync/StatusBadge';
import type { CollectionMethod, TakenPayment, VisitRecord } from '../model';
import type { ReceiptData } from './read';
import { amountInWords } from './amount-in-words';

const methodKey: Record<CollectionMethod, MessageKey> = {
  cash: 'receipt.method.cash',
  cheque: 'receipt.method.cheque',
  upi: 'receipt.method.upi',
  'bank-transfer': 'receipt.method.bankTransfer',
};

const closureKey: Record<NonNullable<TakenPayment['closure']>, MessageKey> = {
  NOC: 'receipt.closes.noc',
  Settlement: 'receipt.closes.settlement',
};

/** A label and its value; the value is named by its label, so tests and screen readers find it. */
function Field(props: { label: string; children: ReactNode }) {
  const id = useId();
  return (
    <div className="receipt-field">
      <dt id={id}>{props.label}</dt>
      <dd aria-labelledby={id}>{props.children}</dd>
    </div>
  );
}

export interface ReceiptViewProps {
  visit: VisitRecord & { payment: TakenPayment; receiptNo: string };
  payment?: ReceiptData['payment'];
  lenderName?: string;
  /** Settings' agent, for a visit captured before the agent was set on it. */
  agent?: { name?: string; email?: string };
  /** Print and Save PDF: left out of the printed page. */
  actions?: ReactNode;
}

/**
 * The borrower's receipt. What is on screen inside the article is exactly what prints; the
 * sync status, hints, buttons and links around it are marked no-print (styles.css).
 */
export function ReceiptView({ visit, payment: sync, lenderName, agent, actions }: ReceiptViewProps) {
  const titleId = useId();
  const { payment } = visit;
  const words = amountInWords(payment.amount, getLanguage());
  const agentName = visit.agent.name || agent?.name;
  const agentEmail = visit.agent.email || agent?.email;

  return (
    <main className="screen receipt-screen">
      <article className="receipt card" aria-labelledby={titleId}>
        <header className="receipt-head">
          {lenderName && <p className="receipt-lender">{lenderName}</p>}
          <h1 id={titleId}>{t('receipt.title')}</h1>
        </header>
        <dl className="receipt-fields" aria-label={t('receipt.details')}>
          <Field label={t('receipt.number')}>
            <span className="receipt-number">{visit.receiptNo}</span>
          </Field>
          <Field label={t('receipt.capturedAt')}>{formatDateTime(visit.capturedAt)}</Field>
          <Field label={t('receipt.loanId')}>{visit.loanId}</Field>
          <Field label={t('receipt.borrower')}>{visit.borrowerName}</Field>
          <Field label={t('receipt.amount')}>
            <span className="receipt-amount">{formatRupees(payment.amount)}</span>
          </Field>
          {words && <Field label={t('receipt.amountInWords')}>{words}</Field>}
          {payment.split && (
            <>
              <Field label={t('receipt.split.emi')}>{formatRupees(payment.split.emi)}</Field>
              <Field label={t('receipt.split.lateFee')}>{formatRupees(payment.split.lateFee)}</Field>
              <Field label={t('receipt.split.penalty')}>{formatRupees(payment.split.penalty)}</Field>
            </>
          )}
          <Field label={t('receipt.method')}>{t(methodKey[payment.method])}</Field>
          {payment.method === 'cheque' && payment.cheque && (
            <>
              <Field label={t('receipt.cheque.number')}>{payment.cheque.number}</Field>
              <Field label={t('receipt.cheque.bank')}>{payment.cheque.bank}</Field>
              <Field label={t('receipt.cheque.date')}>{formatVendorDate(payment.cheque.date)}</Field>
            </>
          )}
          {(payment.method === 'upi' || payment.method === 'bank-transfer') && payment.reference && (
            <Field label={t('receipt.reference')}>{payment.reference}</Field>
          )}
          <Field label={t('receipt.closes')}>
            {payment.closure ? t(closureKey[payment.closure]) : t('receipt.closes.no')}
          </Field>
          {agentName && <Field label={t('receipt.agent')}>{agentName}</Field>}
          {agentEmail && <Field label={t('receipt.agentEmail')}>{agentEmail}</Field>}
        </dl>
      </article>
      <div className="no-print receipt-aside">
        {sync && (
          <p className="receipt-sync">
            {t('receipt.sync')} <StatusBadge state={sync.state} serverRef={sync.serverRef} />
          </p>
        )}
        {!lenderName && <p className="hint">{t('receipt.noLender')}</p>}
        {actions}
        <a className="back-link" href={hrefFor({ name: 'loan', loanId: visit.loanId })}>
          {t('receipt.backToLoan')}
        </a>
      </div>
    </main>
  );
}

/** No receipt to show: an unknown id, or a visit where no money was taken. */
export function NoReceipt(props: { visitId: string; visit?: VisitRecord }) {
  return (
    <main className="screen receipt-screen">
      <h1>{t('receipt.title')}</h1>
      <p role="alert">{props.visit ? t('receipt.noPayment') : t('receipt.notFound', { id: props.visitId })}</p>
      <a
        className="back-link"
        href={hrefFor(props.visit ? { name: 'loan', loanId: props.visit.loanId } : { name: 'loans' })}
      >
        {props.visit ? t('receipt.backToLoan') : t('receipt.backToLoans')}
      </a>
    </main>
  );
}

export function hasReceipt(visit: VisitRecord): visit is ReceiptViewProps['visit'] {
  return Boolean(visit.payment && visit.receiptNo);
}
