import { describe, expect, it } from 'vitest';
import { summarizeLoan } from '../../../renderer/src/features/loans/summary';
import { transactionClaims } from '../../../renderer/src/features/loans/transaction-claims';
import { renderToStaticMarkup } from 'react-dom/server';
import { LoanPageView } from '../../../renderer/src/features/loans/page/LoanPageView';
import { cachedLoan, getCustomerExample, region, textOf, viewProps } from '../loan-page/fixtures';

const render = (patch: Parameters<typeof viewProps>[0] = {}) => renderToStaticMarkup(<LoanPageView {...viewProps(patch)} />);

/** Issue 11, item 2: the Get Customer example shows a claim, per transaction, on the work list and the loan page. */
describe('a credit-line customer’s claim', () => {
  const snapshot = getCustomerExample();

  it('comes from each transaction’s defaults, not the customer-level ones (which carry no claim)', () => {
    expect(transactionClaims(snapshot)).toEqual([
      { transactionId: '283921', allocationMonth: '2021-2-01', totalClaim: 113000, expectedEmi: 54000, recovered: 3450, dpd: 30 },
      { transactionId: '18372', allocationMonth: '2021-1-01', totalClaim: 9000, expectedEmi: 10001, recovered: 0, dpd: 225 },
    ]);
    const summary = summarizeLoan('189004', snapshot, [{ allocationMonth: '2021-2-01' }]);
    expect(summary.totalClaim).toBe(122000);
    expect(summary.transactions?.map((c) => [c.transactionId, c.totalClaim])).toEqual([['283921', 113000], ['18372', 9000]]);
    expect(summary.dpd).toBe(225);
  });

  it('is shown per transaction on the loan page', () => {
    const html = render({ loan: cachedLoan(snapshot, { loanId: '189004', kind: 'credit-line' }), loanId: '189004' });
    const claims = textOf(region(html, 'Claim per transaction'));
    expect(claims).toContain('283921');
    expect(claims).toContain('₹1,13,000.00');
    expect(claims).toContain('18372');
    expect(claims).toContain('₹9,000.00');
  });
});
