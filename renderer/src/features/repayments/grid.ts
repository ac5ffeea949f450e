import Papa from 'papaparse';
import { glaasPaymentModes, type GlaasPaymentMode, type GlaasRepaymentMapping } from '../../../../shared/settings';
import type { FieldDeskDb } from '../../db/schema';
import { t } from '../../i18n';
import { newOutboxId } from '../../sync/ids';
import { localDay } from '../collections/capture';
import type { GlaasLinkIds } from '../loans/glaas/link';
import type { RepaymentLine } from './model';
import { credgenicsMirror, mirrorsToCredgenics } from './credgenics-mirror';
import { putLines } from './queue';

/** The grid's columns, in the order a pasted spreadsheet is read. */
export const gridColumns = ['loan', 'amount', 'mode', 'date', 'reference', 'comment'] as const;
export type GridColumn = (typeof gridColumns)[number];

export interface GridRow {
  /** Stable React key; never shown. */
  key: string;
  loan: string;
  amount: string;
  mode: string;
  date: string;
  reference: string;
  comment: string;
}

export type RowErrors = Partial<Record<GridColumn, string>>;

/** A loan the grid can post to: from the local work list, with its GLAAS link. */
export interface GridLoan {
  loanId: string;
  name: string;
  link?: GlaasLinkIds;
  /** Known when the loan is allocated in Credgenics on this laptop (for the optional mirror). */
  allocationMonth?: string;
  kind?: 'loan' | 'credit-line';
}

let keySeq = 0;
export function emptyRow(): GridRow {
  keySeq += 1;
  return { key: `r${keySeq}`, loan: '', amount: '', mode: '', date: '', reference: '', comment: '' };
}

export const isBlank = (row: GridRow) => gridColumns.every((c) => row[c].trim() === '');

/** What a loan cell shows once a loan is picked: "id — name". */
export const loanLabel = (loan: GridLoan) => (loan.name ? `${loan.loanId} — ${loan.name}` : loan.loanId);

/** Loans by id (any case) and by unique name, so a cell may hold an id, "id — name" or a name. */
export function loanIndex(loans: readonly GridLoan[]) {
  const byId = new Map<string, GridLoan>();
  const byName = new Map<string, GridLoan | null>();
  for (const loan of loans) {
    byId.set(loan.loanId.toLowerCase(), loan);
    const name = loan.name.trim().toLowerCase();
    if (name) byName.set(name, byName.has(name) ? null : loan); // null: two loans share the name
  }
  return (text: string): GridLoan | 'ambiguous' | undefined => {
    const cell = text.trim().toLowerCase();
    if (!cell) return undefined;
    const id = cell.split(/\s+[—-]\s+/)[0]!;
    const hit = byId.get(cell) ?? byId.get(id);
    if (hit) return hit;
    const named = byName.get(cell);
    return named === null ? 'ambiguous' : named;
  };
}
export type LoanLookup = ReturnType<typeof loanIndex>;

/** DD/MM/YYYY (as spreadsheets in India write it) or YYYY-MM-DD → YYYY-MM-DD, or undefined. */
export function parseDay(text: string): string | undefined {
  const t = text.trim();
  let y: number, m: number, d: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (match) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t))) [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** "1,250.50" and "₹ 1250.5" are what people paste; anything else is refused, never guessed. */
export function parseAmount(text: string): number | undefined {
  const t = text.replace(/[₹,\s]/g, '').replace(/^rs\.?/i, '');
  if (!/^\d+(\.\d{1,2})?$/.test(t)) return undefined;
  return Number(t);
}

const MAX_AMOUNT = 10_000_000;

export function parseMode(text: string): GlaasPaymentMode | undefined {
  const t = text.trim().toUpperCase();
  return (glaasPaymentModes as readonly string[]).includes(t) ? (t as GlaasPaymentMode) : undefined;
}

/**
 * Each row's own errors in plain words. A row is checked alone, so pasting 200 rows marks
 * exactly the bad ones. `today` is YYYY-MM-DD on this laptop.
 */
export function validateRow(
  row: GridRow,
  lookup: LoanLookup,
  today: string,
  options: { alsoCredgenics?: boolean } = {},
): RowErrors {
  const errors: RowErrors = {};
  const loan = lookup(row.loan);
  if (!row.loan.trim()) errors.loan = t('grid.err.loanMissing');
  else if (loan === 'ambiguous') errors.loan = t('grid.err.loanAmbiguous');
  else if (!loan) errors.loan = t('grid.err.loanUnknown');
  else if (!loan.link?.requestFlowId) errors.loan = t('grid.err.loanUnlinked');

  const amount = parseAmount(row.amount);
  if (!row.amount.trim()) errors.amount = t('grid.err.amountMissing');
  else if (amount === undefined) errors.amount = t('grid.err.amountFormat');
  else if (amount <= 0) errors.amount = t('grid.err.amountZero');
  else if (amount > MAX_AMOUNT) errors.amount = t('grid.err.amountHuge');
  // The row's Credgenics copy carries amount_recovered, an integer there: paise would be refused.
  else if (options.alsoCredgenics && typeof loan === 'object' && mirrorsToCredgenics(loan) && !Number.isInteger(amount)) {
    errors.amount = t('grid.err.amountWholeRupees');
  }

  const mode = parseMode(row.mode);
  if (!row.mode.trim()) errors.mode = t('grid.err.modeMissing');
  else if (!mode) errors.mode = t('grid.err.modeUnknown', { mode: row.mode.trim() });

  const day = parseDay(row.date);
  if (!row.date.trim()) errors.date = t('grid.err.dateMissing');
  else if (!day) errors.date = t('grid.err.dateFormat');
  else if (day > today) errors.date = t('grid.err.dateFuture');

  const reference = row.reference.trim();
  if (mode === 'CHEQUE' && !/^\d{6}$/.test(reference)) errors.reference = t('grid.err.cheque');
  else if (mode === 'UPI' && !/^\d{12}$/.test(reference)) errors.reference = t('grid.err.utr');
  else if (reference.length > 50) errors.reference = t('grid.err.referenceLong');

  if (row.comment.length > 300) errors.comment = t('grid.err.commentLong');
  return errors;
}

/**
 * Spreadsheet cells copied to the clipboard arrive as tab-separated lines. They are written
 * into the grid from the cell pasted into, rightwards and downwards, adding rows as needed.
 * A header row (its amount cell says "amount") is skipped.
 */
export function pasteInto(rows: readonly GridRow[], at: { row: number; column: GridColumn }, text: string): GridRow[] {
  const parsed = Papa.parse<string[]>(text.replace(/\r?\n$/, ''), { delimiter: '\t', skipEmptyLines: 'greedy' }).data;
  const startColumn = gridColumns.indexOf(at.column);
  const amountAt = gridColumns.indexOf('amount') - startColumn;
  const body = parsed.length > 0 && amountAt >= 0 && /amount/i.test(parsed[0]![amountAt] ?? '') ? parsed.slice(1) : parsed;
  const next = rows.map((r) => ({ ...r }));
  body.forEach((cells, i) => {
    const index = at.row + i;
    while (next.length <= index) next.push(emptyRow());
    const row = next[index]!;
    cells.forEach((cell, j) => {
      const column = gridColumns[startColumn + j];
      if (column) row[column] = cell.trim();
    });
  });
  return next;
}

export interface PostContext {
  now: number;
  mapping: GlaasRepaymentMapping;
  lookup: LoanLookup;
  today: string;
  /** Setting: each row also records the payment in Credgenics when the loan is there. */
  alsoCredgenics?: { agentEmail?: string };
}

export type PostOutcome =
  | { ok: true; lines: RepaymentLine[] }
  | { ok: false; errors: Map<string, RowErrors>; reason: 'invalid' | 'empty' | 'mapping' };

/**
 * Checks every row; if any is wrong, nothing is queued and the wrong rows are answered with
 * their errors. Otherwise every row becomes a GLAAS repayment line with its own uid, queued
 * with its outbox item in one transaction. The outbox sends them in batches of at most 100.
 */
export async function postRows(db: FieldDeskDb, rows: readonly GridRow[], ctx: PostContext): Promise<PostOutcome> {
  if (!ctx.mapping.confirmedAt) return { ok: false, errors: new Map(), reason: 'mapping' };
  const filled = rows.filter((r) => !isBlank(r));
  if (filled.length === 0) return { ok: false, errors: new Map(), reason: 'empty' };
  const errors = new Map<string, RowErrors>();
  for (const row of filled) {
    const e = validateRow(row, ctx.lookup, ctx.today, { alsoCredgenics: Boolean(ctx.alsoCredgenics) });
    if (Object.keys(e).length > 0) errors.set(row.key, e);
  }
  if (errors.size > 0) return { ok: false, errors, reason: 'invalid' };
  const day = localDay(ctx.now);
  const lines = filled.map((row): RepaymentLine => {
    const loan = ctx.lookup(row.loan) as GridLoan;
    return {
      id: newOutboxId(ctx.now),
      source: 'grid',
      loanId: loan.loanId,
      borrowerName: loan.name,
      requestFlowId: loan.link!.requestFlowId!,
      ...(loan.link?.glaasLoanId ? { glaasLoanId: loan.link.glaasLoanId } : {}),
      amount: parseAmount(row.amount)!,
      type: ctx.mapping.type,
      paymentMode: parseMode(row.mode)!,
      date: parseDay(row.date)!,
      ...(row.reference.trim() ? { reference: row.reference.trim() } : {}),
      ...(row.comment.trim() ? { comment: row.comment.trim() } : {}),
      createdAt: ctx.now,
      day,
      statusFinal: 0,
    };
  });
  const mirrors = ctx.alsoCredgenics
    ? lines.flatMap((line) => credgenicsMirror(line, ctx.lookup(line.loanId) as GridLoan, ctx.alsoCredgenics?.agentEmail, ctx.now) ?? [])
    : [];
  await db.transaction('rw', [db.repayments, db.outbox], async () => {
    await putLines(db, lines, ctx.now);
    if (mirrors.length > 0) await db.outbox.bulkAdd(mirrors);
  });
  return { ok: true, lines };
}
