import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GetCustomerResponse, GetLoanResponse } from '../../../shared/credgenics';
import type { Assignment, CachedLoan, GlaasLoanCache } from '../../../shared/domain';
import { LineDetailsResponse, RepaymentSchedule } from '../../../shared/glaas';
import type { LoanPageViewProps } from '../../../renderer/src/features/loans/page/LoanPageView';
import { summarizeLoan } from '../../../renderer/src/features/loans/summary';

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures');
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(fixtures, path), 'utf8'));

export const NOW = Date.UTC(2021, 5, 1, 6, 30);
export const HOUR = 60 * 60 * 1000;

/** The Get Loan example of credgenics-api.txt, read the way the app reads it. */
export function getLoanExample(patch: Record<string, unknown> = {}): GetLoanResponse {
  const raw = readJson('credgenics/get-loan.json') as { loan_details: Record<string, unknown> };
  return GetLoanResponse.parse({ ...raw, loan_details: { ...raw.loan_details, ...patch } });
}

export function getCustomerExample(): GetCustomerResponse {
  return GetCustomerResponse.parse(readJson('credgenics/get-customer.json'));
}

export function glaasExample(): GlaasLoanCache {
  const schedule = RepaymentSchedule.parse(readJson('glaas/repayment-schedule-response.json'));
  // The example has no moratorium; the first instalment is made one to see the marker.
  schedule.principal_schedule![0]!.is_moratorium = true;
  const [lineDetails] = LineDetailsResponse.parse(readJson('glaas/line-details-response.json'));
  return { loanId: '2954', fetchedAt: NOW - 2 * HOUR, schedule, lineDetails };
}

export const assignment: Assignment = {
  loanId: '2954',
  allocationMonth: '2020-8-01',
  source: 'allocation.csv',
  importedAt: NOW - 5 * HOUR,
};

export function cachedLoan(snapshot: CachedLoan['snapshot'], patch: Partial<CachedLoan> = {}): CachedLoan {
  const loanId = patch.loanId ?? '2954';
  return {
    loanId,
    kind: 'loan',
    fetchState: 'downloaded',
    fetchedAt: NOW - HOUR,
    snapshot,
    summary: summarizeLoan(loanId, snapshot, [assignment]),
    ...patch,
  };
}

export function viewProps(patch: Partial<LoanPageViewProps> = {}): LoanPageViewProps {
  return {
    loanId: '2954',
    loan: cachedLoan(getLoanExample()),
    assignments: [assignment],
    glaas: null,
    now: NOW,
    online: true,
    glaasStatus: { loading: false },
    refresh: { available: true, running: false, onRefresh: () => {} },
    onRevealIdentity: async () => {},
    ...patch,
  };
}

/** The names of the page's regions: each <section aria-labelledby> and the text of its heading. */
export function regionNames(html: string): string[] {
  return [...html.matchAll(/<section[^>]*aria-labelledby="([^"]+)"/g)].map(([, id]) => {
    const heading = new RegExp(`<h2 id="${id}">([^<]*)</h2>`).exec(html);
    return heading ? decode(heading[1]!) : `(no heading for ${id})`;
  });
}

export function decode(html: string): string {
  return html
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'");
}

/** The visible text of some markup, tags dropped and entities decoded. */
export function textOf(html: string): string {
  return decode(html.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');
}

/** The markup of the region with this heading. */
export function region(html: string, name: string): string {
  const sections = html.split(/(?=<section )/);
  const found = sections.find((s) => regionNames(s)[0] === name);
  if (!found) throw new Error(`No region named ${name}`);
  return found.slice(0, found.indexOf('</section>') + '</section>'.length);
}
