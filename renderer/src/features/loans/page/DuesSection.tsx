import { t } from '../../../i18n';
import { formatMonthName } from '../../../ui/format';
import { monthKey } from '../summary';
import type { DueRow } from './snapshot';
import { ListBody, Section } from './Section';
import { BLANK, money, numberText, textOf } from './values';

/** Latest month first: the one being worked this month is what the agent looks for. */
function byMonthNewestFirst(rows: readonly DueRow[]): DueRow[] {
  return rows
    .map((row, index) => ({ row, index, key: monthKey(textOf(row.entry.allocation_month)) }))
    .sort((a, b) => b.key - a.key || a.index - b.index)
    .map((x) => x.row);
}

function dpdText(dpd: number | null | undefined, bracket: string): string {
  const value = numberText(dpd);
  if (value && bracket) return t('loan.dues.dpdWithBracket', { dpd: value, bracket });
  return value || bracket;
}

export function DuesSection({ rows, byTransaction }: { rows: readonly DueRow[] | undefined; byTransaction: boolean }) {
  return (
    <Section id="dues" title={t('loan.dues.title')}>
      <ListBody items={rows}>
        {(items) => (
          <div className="table-scroll">
            <table className="loan-table">
              <thead>
                <tr>
                  <th scope="col">{t('loan.dues.month')}</th>
                  {byTransaction && <th scope="col">{t('loan.transactions.id')}</th>}
                  <th scope="col" className="num">{t('loan.dues.expectedEmi')}</th>
                  <th scope="col" className="num">{t('loan.dues.lateFee')}</th>
                  <th scope="col" className="num">{t('loan.dues.otherPenalty')}</th>
                  <th scope="col" className="num">{t('loan.dues.totalClaim')}</th>
                  <th scope="col" className="num">{t('loan.dues.settlement')}</th>
                  <th scope="col">{t('loan.dues.dpd')}</th>
                  <th scope="col">{t('loan.dues.status')}</th>
                  <th scope="col" className="num">{t('loan.dues.recovered')}</th>
                  <th scope="col">{t('loan.dues.tags')}</th>
                </tr>
              </thead>
              <tbody>
                {byMonthNewestFirst(items).map(({ entry: d, transactionId }, i) => {
                  const month = textOf(d.allocation_month);
                  const allocationDpd = dpdText(d.allocation_dpd_value, textOf(d.allocation_dpd_bracket));
                  const tags = (d.tags ?? [])
                    .filter((tag) => tag.active !== false)
                    .map((tag) => textOf(tag.tag_name))
                    .filter(Boolean);
                  return (
                    <tr key={`${month}-${transactionId ?? ''}-${i}`}>
                      <th scope="row">
                        {formatMonthName(month, t('loan.locale')) || BLANK}
                      </th>
                      {byTransaction && <td>{transactionId ?? BLANK}</td>}
                      <td className="num">{money(d.expected_emi) || BLANK}</td>
                      <td className="num">{money(d.late_fee) || BLANK}</td>
                      <td className="num">{money(d.other_penalty) || BLANK}</td>
                      <td className="num">{money(d.total_claim_amount) || BLANK}</td>
                      <td className="num">{money(d.settlement_amount) || BLANK}</td>
                      <td>
                        {dpdText(d.dpd, textOf(d.dpd_bracket)) || BLANK}
                        {allocationDpd && <span className="raw">{t('loan.dues.atAllocation', { dpd: allocationDpd })}</span>}
                      </td>
                      <td>{textOf(d.final_status) || BLANK}</td>
                      <td className="num">{money(d.amount_recovered) || BLANK}</td>
                      <td>{tags.length > 0 ? tags.join(', ') : BLANK}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </ListBody>
    </Section>
  );
}
