import Papa from 'papaparse';
import { FORMULA_START } from '../../ui/csv-formula';
import type { FieldDeskDb } from '../../db/schema';
import { t } from '../../i18n';
import type { OutboxItem } from '../../sync/types';
import type { VisitRecord } from '../collections/model';
import type { RepaymentLine } from '../repayments/model';
import { isFailedStatus } from '../repayments/status';
import { carriedMethods } from './cash-in-hand';
import type { DepositRecord } from './model';
import type { DaySummary } from '../retention/model';
import { readSummaries } from '../retention/summaries';

/** Money in paise while adding, so sums never drift. */
interface Sums {
  collected: number;
  deposited: number;
  inHand: number;
  posted: number;
  accepted: number;
  rejected: number;
}
const zero = (): Sums => ({ collected: 0, deposited: 0, inHand: 0, posted: 0, accepted: 0, rejected: 0 });
const paise = (n: number) => Math.round(n * 100);

export interface MoneyDayRow extends Sums {
  day: string;
}
export interface MoneyDepositRow extends Omit<Sums, 'collected' | 'deposited' | 'inHand'> {
  depositId: string;
  receipt: string;
  day: string;
  total: number;
  lines: number;
  waiting: number;
}
export interface MoneyReport {
  days: MoneyDayRow[];
  deposits: MoneyDepositRow[];
}

/**
 * Where a line stands: posted = GLAAS took it (the outbox item is sent); accepted = its status
 * says ACCEPTED; rejected = GLAAS refused the line or its status failed.
 */
export function lineStanding(line: RepaymentLine, item: OutboxItem | undefined): 'accepted' | 'rejected' | 'posted' | 'waiting' {
  const status = line.glaasStatus?.status;
  if (item?.state === 'rejected' || (status && isFailedStatus(status))) return 'rejected';
  if (status && /^ACCEPTED$/i.test(status)) return 'accepted';
  if (item?.state === 'sent') return 'posted';
  return 'waiting';
}

export interface MoneyData {
  visits: VisitRecord[];
  deposits: DepositRecord[];
  lines: RepaymentLine[];
  items: Map<string, OutboxItem>;
  /** Days whose records were deleted after the retention period: their rows, kept. */
  summaries?: DaySummary[];
}

export async function loadMoneyData(db: FieldDeskDb): Promise<MoneyData> {
  const [visits, deposits, lines, summaries] = await Promise.all([
    db.collections.filter((v) => v.payment !== undefined).toArray(),
    db.deposits.toArray(),
    db.repayments.toArray(),
    readSummaries(db),
  ]);
  const ids = [...visits.map((v) => v.id), ...lines.map((l) => l.id)];
  const items = new Map<string, OutboxItem>();
  (await db.outbox.bulkGet(ids)).forEach((item) => item && items.set(item.id, item));
  return { visits, deposits, lines, items, summaries };
}

/**
 * Per day (of capture): collected, deposited, still in hand from that day, and the GLAAS lines
 * made that day by standing; per deposit: its total and its lines by standing. Posted counts
 * every line GLAAS took, accepted and later-rejected ones included.
 */
export function buildMoneyReport({ visits, deposits, lines, items, summaries = [] }: MoneyData): MoneyReport {
  const days = new Map<string, Sums>();
  const dayOf = (day: string) => days.get(day) ?? (days.set(day, zero()), days.get(day)!);
  const sumKeys = ['collected', 'deposited', 'inHand', 'posted', 'accepted', 'rejected'] as const;
  const depositKeys = ['waiting', 'posted', 'accepted', 'rejected'] as const;
  const byDeposit = new Map<string, MoneyDepositRow>();
  // Summarised days (records deleted after the retention period) start from their kept rows.
  for (const summary of summaries) {
    const sums = dayOf(summary.day);
    for (const k of sumKeys) sums[k] += paise(summary.money[k]);
    for (const d of summary.deposits) {
      const row = { ...d };
      for (const k of depositKeys) row[k] = paise(d[k]);
      byDeposit.set(d.depositId, row);
    }
  }
  for (const v of visits) {
    if (items.get(v.id)?.state === 'discarded') continue;
    const sums = dayOf(v.day);
    sums.collected += paise(v.payment!.amount);
    if (!v.depositId && carriedMethods.includes(v.payment!.method)) sums.inHand += paise(v.payment!.amount);
  }
  for (const d of deposits) dayOf(d.day).deposited += paise(d.total_amount);
  for (const d of deposits) {
    byDeposit.set(d.deposit_id, { depositId: d.deposit_id, receipt: d.deposit_receipt_number, day: d.deposit_date, total: d.total_amount, lines: 0, waiting: 0, posted: 0, accepted: 0, rejected: 0 });
  }
  for (const line of lines) {
    const standing = lineStanding(line, items.get(line.id));
    const amount = paise(line.amount);
    const sums = dayOf(line.day);
    const dep = line.depositId ? byDeposit.get(line.depositId) : undefined;
    if (dep) dep.lines += 1;
    if (standing === 'waiting') {
      if (dep) dep.waiting += amount;
      continue;
    }
    if (standing !== 'rejected' || items.get(line.id)?.state === 'sent') {
      sums.posted += amount;
      if (dep) dep.posted += amount;
    }
    if (standing === 'accepted') {
      sums.accepted += amount;
      if (dep) dep.accepted += amount;
    }
    if (standing === 'rejected') {
      sums.rejected += amount;
      if (dep) dep.rejected += amount;
    }
  }
  const rupeesOf = <T extends object>(row: T, keys: readonly (keyof T)[]): T => {
    const out = { ...row };
    for (const k of keys) (out[k] as number) = (row[k] as number) / 100;
    return out;
  };
  return {
    days: [...days.entries()].sort(([a], [b]) => (a < b ? 1 : -1)).map(([day, s]) => rupeesOf({ day, ...s }, sumKeys)),
    deposits: [...byDeposit.values()]
      .sort((a, b) => (a.depositId < b.depositId ? 1 : -1))
      .map((d) => rupeesOf(d, depositKeys)),
  };
}

const amount = (n: number) => n.toFixed(2);

/** Both tables in one CSV, a blank line between; dates YYYY-MM-DD so every spreadsheet reads them alike. */
export function moneyReportCsv(report: MoneyReport): string {
  const days = Papa.unparse(
    {
      fields: [t('money.day'), t('money.collected'), t('money.deposited'), t('money.inHand'), t('money.posted'), t('money.accepted'), t('money.rejected')],
      data: report.days.map((d) => [d.day, amount(d.collected), amount(d.deposited), amount(d.inHand), amount(d.posted), amount(d.accepted), amount(d.rejected)]),
    },
    { escapeFormulae: FORMULA_START, newline: '\r\n' },
  );
  const deposits = Papa.unparse(
    {
      fields: [t('money.deposit'), t('money.depositDate'), t('money.total'), t('money.lines'), t('money.waiting'), t('money.posted'), t('money.accepted'), t('money.rejected')],
      data: report.deposits.map((d) => [d.receipt, d.day, amount(d.total), d.lines, amount(d.waiting), amount(d.posted), amount(d.accepted), amount(d.rejected)]),
    },
    { escapeFormulae: FORMULA_START, newline: '\r\n' },
  );
  return `${days}\r\n\r\n${deposits}\r\n`;
}
