import type { GlaasLoanCache } from '../../../../../shared/domain';
import type { LineDetails, RepaymentSchedule, SubLoan } from '../../../../../shared/glaas';
import { t } from '../../../i18n';
import { formatDateTime, formatPercent, formatVendorDate } from '../../../ui/format';
import { describeFailure } from './failure';
import { Field, Fields } from './Fields';
import { Section } from './Section';
import { BLANK, money, numberText, textOf } from './values';
import { TableScroll } from '../../../ui/TableScroll';

export interface GlaasStatus {
  /** A fetch started by opening the page is running. */
  loading: boolean;
  /** The fetch itself threw (the loader normally records failures in the cache instead). */
  error?: string;
}

interface Props {
  cache: GlaasLoanCache | null;
  status: GlaasStatus;
  online: boolean;
  /** A line of credit shows its line position; a term loan has none and shows only its schedule. */
  line?: boolean;
}

/** GLAAS' side of a linked loan: the repayment schedule and the line's position, from the cache. */
export function GlaasSection({ cache, status, online, line = true }: Props) {
  // The loader writes fetchedAt 0 when nothing ever arrived: that row holds only the reason.
  const fetched = cache !== null && cache.fetchedAt > 0;
  return (
    <Section id="glaas" title={t('loan.glaas.title')}>
      <p className="glaas-account">{line ? t('lines.account.line') : t('lines.account.term')}</p>
      <div role="status" className="glaas-status">
        {status.loading && <p>{t('loan.glaas.loading')}</p>}
        {!status.loading && !fetched && (
          <p className="hint">{online ? t('loan.glaas.notFetched') : t('loan.glaas.notFetchedOffline')}</p>
        )}
        {fetched && <p className="hint">{t('loan.glaas.fetched', { when: formatDateTime(cache.fetchedAt) })}</p>}
      </div>
      {status.error && (
        <p role="alert" className="error">
          {t('loan.glaas.failed')} {status.error}
        </p>
      )}
      {cache?.failure && (
        <p role="alert" className="error">
          {t('loan.glaas.failed')} {describeFailure(cache.failure)}
        </p>
      )}
      {(fetched || cache?.schedule || cache?.lineDetails) && (
        <>
          <Schedule schedule={cache?.schedule} />
          {line && <Line line={cache?.lineDetails} />}
        </>
      )}
    </Section>
  );
}

function Schedule({ schedule }: { schedule: RepaymentSchedule | undefined }) {
  const rows = schedule?.principal_schedule ?? [];
  return (
    <>
      <h3 id="glaas-schedule">{t('loan.glaas.schedule')}</h3>
      {rows.length === 0 ? (
        <p className="hint">{t('loan.nothingRecorded')}</p>
      ) : (
        <TableScroll>
          <table className="loan-table" aria-labelledby="glaas-schedule">
            <thead>
              <tr>
                <th scope="col">{t('loan.glaas.date')}</th>
                <th scope="col" className="num">{t('loan.glaas.duePrincipal')}</th>
                <th scope="col" className="num">{t('loan.glaas.percent')}</th>
                <th scope="col">{t('loan.glaas.note')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => (
                <tr key={i} className={row.is_moratorium ? 'moratorium' : undefined}>
                  <th scope="row">{formatVendorDate(row.date) || BLANK}</th>
                  <td className="num">{money(row.due_principal) || BLANK}</td>
                  <td className="num">{typeof row.percent === 'number' ? formatPercent(row.percent) : BLANK}</td>
                  <td>{row.is_moratorium ? <strong>{t('loan.glaas.moratorium')}</strong> : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}

function Line({ line }: { line: LineDetails | undefined }) {
  return (
    <>
      <h3>{t('loan.glaas.line')}</h3>
      {!line ? (
        <p className="hint">{t('loan.nothingRecorded')}</p>
      ) : (
        <>
          <Fields>
            <Field label={t('loan.glaas.limitSanctioned')}>{money(line.limit_sanctioned)}</Field>
            <Field label={t('loan.glaas.limitAvailable')}>{money(line.limit_available)}</Field>
            <Field label={t('loan.glaas.limitUtilised')}>{money(line.limit_utilized)}</Field>
            <Field label={t('loan.glaas.totalPos')}>{money(line.total_pos)}</Field>
            <Field label={t('loan.glaas.totalOverdue')}>{money(line.total_overdue)}</Field>
            <Field label={t('loan.glaas.interestChargesOverdue')}>{money(line.total_interest_charges_overdue)}</Field>
            <Field label={t('loan.glaas.asOf')}>{formatVendorDate(line.payment_date)}</Field>
          </Fields>
          <h4>{t('loan.glaas.subLoans')}</h4>
          {(line.sub_loans ?? []).length === 0 ? (
            <p className="hint">{t('loan.nothingRecorded')}</p>
          ) : (
            <ul className="loan-cards">
              {(line.sub_loans ?? []).map((sub, i) => (
                <li key={`${sub.uid ?? ''}-${i}`}>
                  <SubLoanCard sub={sub} />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </>
  );
}

function SubLoanCard({ sub }: { sub: SubLoan }) {
  const o = sub.overdue ?? undefined;
  return (
    <>
      <h5>{t('loan.glaas.subLoan', { uid: textOf(sub.uid) || BLANK, id: numberText(sub.loan_id) || BLANK })}</h5>
      <Fields>
        <Field label={t('loan.glaas.pos')}>{money(sub.pos)}</Field>
        <Field label={t('loan.glaas.dpd')}>{numberText(sub.dpd)}</Field>
        <Field label={t('loan.glaas.instalment')}>{money(sub.installment)}</Field>
        <Field label={t('loan.glaas.nextInstalment')}>{formatVendorDate(sub.next_installment_date)}</Field>
        <Field label={t('loan.glaas.closureDate')}>{formatVendorDate(sub.closure_date)}</Field>
        <Field label={t('loan.glaas.closureAmount')}>{money(sub.closure_amount)}</Field>
      </Fields>
      <h6>{t('loan.glaas.overdue')}</h6>
      {!o ? (
        <p className="hint">{t('loan.notRecorded')}</p>
      ) : (
        <Fields>
          <Field label={t('loan.glaas.overduePrincipal')}>{money(o.principal)}</Field>
          <Field label={t('loan.glaas.overdueInterest')}>{money(o.interest)}</Field>
          <Field label={t('loan.glaas.overduePenalty')}>{money(o.penalty)}</Field>
          <Field label={t('loan.glaas.overdueCharges')}>{money(o.charges)}</Field>
          <Field label={t('loan.glaas.overdueDelayedInterest')}>{money(o.delayed_interest)}</Field>
          <Field label={t('loan.glaas.overduePenaltyGst')}>{money(o.penalty_gst)}</Field>
          <Field label={t('loan.glaas.overdueChargeGst')}>{money(o.charge_gst)}</Field>
          <Field label={t('loan.glaas.overdueTotal')}>{money(o.total_overdue)}</Field>
        </Fields>
      )}
    </>
  );
}
