import { transactionClaims, type TransactionClaim } from '../loans/transaction-claims';
import { z } from 'zod';
import type { ApplicantAddress, PaymentHistoryEntry } from '../../../../shared/credgenics';
import type { CachedLoan } from '../../../../shared/domain';
import { defaultDispositions, type CollectionSettings, type Disposition } from '../../../../shared/settings';
import { t, type MessageKey } from '../../i18n';
import { formatRupees } from '../../ui/format';
import { readSnapshot } from '../loans/page/snapshot';
import { localDay, type CaptureContext, type VisitInput } from './capture';
import {
  collectionMethods,
  peopleMet,
  visitPurposes,
  type CollectionMethod,
  type PersonMet,
  type TakenPayment,
  type VisitPurpose,
} from './model';

/**
 * The visit form as typed: every field is the raw text or choice of its input, so what the agent
 * typed is kept exactly (also after a failed save). `parseVisitForm` turns it into a VisitInput.
 */
export interface VisitFormValues {
  purpose: VisitPurpose | '';
  met: 'yes' | 'no' | '';
  whoMet: PersonMet | '';
  /** A disposition code from the settings. */
  outcome: string;
  /** Credit-line customers: the transaction the money is booked against. */
  transactionId: string;
  amount: string;
  method: CollectionMethod | '';
  chequeNumber: string;
  chequeBank: string;
  /** YYYY-MM-DD, as a date input gives it. */
  chequeDate: string;
  utr: string;
  bankReference: string;
  closesLoan: boolean;
  closure: 'NOC' | 'Settlement' | '';
  splitEmi: string;
  splitLateFee: string;
  splitPenalty: string;
  promiseDate: string;
  promiseAmount: string;
  phone: string;
  address: string;
  remarks: string;
  photo: Blob | null;
  confirmAboveClaim: boolean;
  confirmOutsideHours: boolean;
  confirmDuplicate: boolean;
}

export type VisitField = keyof VisitFormValues;

/** Top to bottom as the form shows them: the first bad one is where focus goes. */
export const visitFieldOrder: readonly VisitField[] = [
  'purpose',
  'met',
  'whoMet',
  'outcome',
  'transactionId',
  'amount',
  'method',
  'chequeNumber',
  'chequeBank',
  'chequeDate',
  'utr',
  'bankReference',
  'closesLoan',
  'closure',
  'splitEmi',
  'splitLateFee',
  'splitPenalty',
  'confirmAboveClaim',
  'confirmDuplicate',
  'promiseDate',
  'promiseAmount',
  'phone',
  'address',
  'remarks',
  'photo',
  'confirmOutsideHours',
];

/** What the form needs to know besides what was typed: the loan, the settings, the clock. */
export interface VisitFormContext {
  now: number;
  loanId: string;
  borrowerName: string;
  /** '' when the loan has no allocation month on this laptop. */
  allocationMonth: string;
  /** This month's claim; 0 when unknown. */
  totalClaim: number;
  hasPromise: boolean;
  /** A credit-line customer: Credgenics books each payment against one of its transactions. */
  creditLine: boolean;
  /** A credit-line customer's claim per transaction (empty for a loan). */
  transactions?: readonly TransactionClaim[];
  dispositions: readonly Disposition[];
  bifurcation: boolean;
  agent: { email?: string; name?: string };
  /** The cached payment_history, to warn about a cheque or UTR seen before. */
  paymentHistory: readonly PaymentHistoryEntry[];
}

export const MAX_PAISE = 1_00_00_000 * 100;
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
export const MAX_REMARKS = 500;
export const MAX_ADDRESS = 1000;
/** RBI's fair practices code: borrowers are contacted between 08:00 and 19:00 only. */
export const CONTACT_HOURS = { from: 8 * 60, to: 19 * 60 } as const;

// ------------------------------------------------------------------ reading the loan and settings

function snapshotContent(loan: CachedLoan) {
  return loan.snapshot ? readSnapshot(loan.snapshot) : undefined;
}

export function visitContextFor(loan: CachedLoan, settings: CollectionSettings | undefined, now: number): VisitFormContext {
  return {
    now,
    loanId: loan.loanId,
    borrowerName: loan.summary.name,
    allocationMonth: loan.summary.allocationMonth.trim(),
    totalClaim: loan.summary.totalClaim,
    hasPromise: Boolean(loan.summary.promiseToPay),
    creditLine: loan.kind === 'credit-line',
    transactions: loan.kind === 'credit-line' ? transactionClaims(loan.snapshot, loan.summary.allocationMonth || undefined) : [],
    dispositions: settings?.dispositions?.length ? settings.dispositions : defaultDispositions,
    bifurcation: settings?.bifurcation === true,
    agent: {
      ...(settings?.agentEmail ? { email: settings.agentEmail } : {}),
      ...(settings?.agentName ? { name: settings.agentName } : {}),
    },
    paymentHistory: snapshotContent(loan)?.payments ?? [],
  };
}

/** What captureVisit needs from the cache besides the input (its `now` is added at save). */
export function captureFactsFor(loan: CachedLoan): Omit<CaptureContext, 'now'> {
  const content = snapshotContent(loan);
  const phones = content?.details?.applicant_contact_number ?? undefined;
  const addresses: readonly ApplicantAddress[] | undefined = content?.details?.applicant_address ?? undefined;
  return {
    knownContact: { ...(phones ? { phones } : {}), ...(addresses ? { addresses } : {}) },
    paymentHistory: content?.payments ?? [],
  };
}

export function defaultVisitValues(ctx: Pick<VisitFormContext, 'hasPromise'>): VisitFormValues {
  return {
    purpose: ctx.hasPromise ? 'ptp-follow-up' : 'scheduled',
    met: '',
    whoMet: '',
    outcome: '',
    transactionId: '',
    amount: '',
    method: '',
    chequeNumber: '',
    chequeBank: '',
    chequeDate: '',
    utr: '',
    bankReference: '',
    closesLoan: false,
    closure: '',
    splitEmi: '',
    splitLateFee: '',
    splitPenalty: '',
    promiseDate: '',
    promiseAmount: '',
    phone: '',
    address: '',
    remarks: '',
    photo: null,
    confirmAboveClaim: false,
    confirmOutsideHours: false,
    confirmDuplicate: false,
  };
}

export function dispositionFor(values: Pick<VisitFormValues, 'outcome'>, ctx: Pick<VisitFormContext, 'dispositions'>) {
  return ctx.dispositions.find((d) => d.code === values.outcome);
}

// ------------------------------------------------------------------ small schemas, plain words

/** Messages are looked up when a value is checked, so a language switch applies at once. */
const say = (key: MessageKey, params?: Record<string, string | number>) => ({ error: () => t(key, params) });

/** "1,500.50", "₹ 1500" or "1500" → 150050 paise. Commas and spaces are how people write money. */
export const Paise = z
  .string()
  .transform((s) => s.replace(/[₹,\s]/g, ''))
  .pipe(z.string().min(1, say('visit.error.amount.empty')))
  .pipe(z.string().regex(/^\d{1,12}(\.\d{1,2})?$/, say('visit.error.amount.format')))
  .transform((s) => {
    const [whole = '0', fraction = ''] = s.split('.');
    return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  });

/** An amount taken or promised: more than ₹0, at most ₹1 crore, in whole paise. */
export const PositiveAmount = Paise.pipe(
  z.number().int().min(1, say('visit.error.amount.zero')).max(MAX_PAISE, say('visit.error.amount.max')),
);

/** One part of a split: ₹0 is fine (no late fee), an empty box counts as ₹0. */
const SplitPart = z
  .string()
  .transform((s) => s.replace(/[₹,\s]/g, '') || '0')
  .pipe(z.string().regex(/^\d{1,12}(\.\d{1,2})?$/, say('visit.error.splitPart')))
  .transform((s) => {
    const [whole = '0', fraction = ''] = s.split('.');
    return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  });

const IsoDay = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  });

export const ChequeNumber = z.string().trim().regex(/^\d{6}$/, say('visit.error.chequeNumber'));
export const Utr = z.string().trim().regex(/^\d{12}$/, say('visit.error.utr'));
export const BankReference = z.string().trim().regex(/^[A-Za-z0-9]{6,30}$/, say('visit.error.bankReference'));

/** A 10-digit Indian mobile; +91, 91 or 0 in front and spaces or dashes are accepted and dropped. */
export const Mobile = z
  .string()
  .transform((s) => s.replace(/[\s\-()]/g, '').replace(/^(?:\+91|91(?=\d{10}$)|0(?=\d{10}$))/, ''))
  .pipe(z.string().regex(/^[6-9]\d{9}$/, say('visit.error.phone')));

function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(y, m - 1 + months, d);
  // 31 May minus 3 months is 28/29 February, not 3 March.
  if (date.getDate() !== d) date.setDate(0);
  return localDay(date.getTime());
}

/** YYYY-MM-DD → DD/MM/YYYY, the way dates are shown. */
export function formatDay(day: string): string {
  const [y, m, d] = day.split('-');
  return `${d}/${m}/${y}`;
}

export const clock = (at: number) => {
  const d = new Date(at);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
};

export function isOutsideContactHours(at: number): boolean {
  const d = new Date(at);
  const minutes = d.getHours() * 60 + d.getMinutes();
  return minutes < CONTACT_HOURS.from || minutes > CONTACT_HOURS.to;
}

// ------------------------------------------------------------------ warnings

export type VisitWarningField = 'confirmAboveClaim' | 'confirmOutsideHours' | 'confirmDuplicate';

export interface VisitWarning {
  /** The checkbox that confirms it. */
  field: VisitWarningField;
  message: string;
}

function needsOf(values: VisitFormValues, ctx: VisitFormContext) {
  return dispositionFor(values, ctx)?.needs;
}

function instrumentReference(values: VisitFormValues): { what: MessageKey; reference: string } | undefined {
  if (values.method === 'cheque' && values.chequeNumber.trim()) return { what: 'visit.warn.what.cheque', reference: values.chequeNumber.trim() };
  if (values.method === 'upi' && values.utr.trim()) return { what: 'visit.warn.what.utr', reference: values.utr.trim() };
  if (values.method === 'bank-transfer' && values.bankReference.trim())
    return { what: 'visit.warn.what.reference', reference: values.bankReference.trim() };
  return undefined;
}

/**
 * Things that may be right but need the agent to say so: each shows a checkbox, and Save refuses
 * until it is ticked. None of them is an error, because each has a real-world reason to happen.
 */
export function visitWarnings(values: VisitFormValues, ctx: VisitFormContext): VisitWarning[] {
  const warnings: VisitWarning[] = [];
  if (needsOf(values, ctx) === 'payment') {
    const amount = PositiveAmount.safeParse(values.amount);
    // A credit-line payment is measured against its own transaction's claim.
    const claim = Math.round((ctx.creditLine ? (chosenTransaction(values, ctx)?.totalClaim ?? 0) : ctx.totalClaim) * 100);
    if (amount.success && claim > 0 && amount.data > claim) {
      warnings.push({
        field: 'confirmAboveClaim',
        message: t('visit.warn.aboveClaim', { amount: formatRupees(amount.data / 100), claim: formatRupees(claim / 100) }),
      });
    }
    const instrument = instrumentReference(values);
    if (instrument) {
      const seen = ctx.paymentHistory.some(
        (p) => (p.payment_reference_number ?? '').trim().toLowerCase() === instrument.reference.toLowerCase(),
      );
      if (seen) {
        warnings.push({
          field: 'confirmDuplicate',
          message: t('visit.warn.duplicate', { what: t(instrument.what), reference: instrument.reference }),
        });
      }
    }
  }
  if (isOutsideContactHours(ctx.now)) {
    warnings.push({ field: 'confirmOutsideHours', message: t('visit.warn.outsideHours', { time: clock(ctx.now) }) });
  }
  return warnings;
}

// ------------------------------------------------------------------ the whole form

export type VisitFieldErrors = Partial<Record<VisitField, string>>;
export type VisitFormResult = { ok: true; input: VisitInput } | { ok: false; errors: VisitFieldErrors };

/** The raw shape; everything else is checked against the context in `visitFormSchema`. */
const VisitFormShape = z.object({
  purpose: z.string(),
  met: z.string(),
  whoMet: z.string(),
  outcome: z.string(),
  transactionId: z.string(),
  amount: z.string(),
  method: z.string(),
  chequeNumber: z.string(),
  chequeBank: z.string(),
  chequeDate: z.string(),
  utr: z.string(),
  bankReference: z.string(),
  closesLoan: z.boolean(),
  closure: z.string(),
  splitEmi: z.string(),
  splitLateFee: z.string(),
  splitPenalty: z.string(),
  promiseDate: z.string(),
  promiseAmount: z.string(),
  phone: z.string(),
  address: z.string(),
  remarks: z.string(),
  photo: z.instanceof(Blob).nullable(),
  confirmAboveClaim: z.boolean(),
  confirmOutsideHours: z.boolean(),
  confirmDuplicate: z.boolean(),
});

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);

/** Collects one message per bad field while the form is read; `count` tells a part whether it failed. */
class Issues {
  count = 0;
  constructor(private readonly report: (field: VisitField, message: string) => void) {}
  fail(field: VisitField, message: string): void {
    this.count += 1;
    this.report(field, message);
  }
  /** Runs a field's schema; on failure reports its first message against the field. */
  check<T>(field: VisitField, schema: z.ZodType<T, string>, value: string): T | undefined {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    this.fail(field, result.error.issues[0]?.message ?? t('visit.error.amount.format'));
    return undefined;
  }
}

/**
 * The visit form's schema for one loan at one moment: raw values in, a VisitInput out, with one
 * plain-words message per bad field (the issue's path is the field).
 */
export function visitFormSchema(ctx: VisitFormContext) {
  return VisitFormShape.transform((raw, zctx): VisitInput => {
    const values = raw as VisitFormValues;
    const issues = new Issues((field, message) => zctx.addIssue({ code: 'custom', path: [field], message }));
    const today = localDay(ctx.now);

    if (!isOneOf(visitPurposes, values.purpose)) issues.fail('purpose', t('visit.error.purpose'));
    const met = values.met === 'yes' ? true : values.met === 'no' ? false : undefined;
    if (met === undefined) issues.fail('met', t('visit.error.met'));
    // Who was met only means something when someone was met; a stale choice is dropped.
    if (met === true && !isOneOf(peopleMet, values.whoMet)) issues.fail('whoMet', t('visit.error.whoMet'));
    const outcome = dispositionFor(values, ctx);
    if (!outcome) issues.fail('outcome', t('visit.error.outcome'));

    const payment = outcome?.needs === 'payment' ? readPayment(values, ctx, today, issues) : undefined;
    const transaction = payment && ctx.creditLine ? chosenTransaction(values, ctx) : undefined;
    const promise = outcome?.needs === 'promise' ? readPromise(values, today, issues) : undefined;

    const phone = values.phone.trim() ? issues.check('phone', Mobile, values.phone) : undefined;
    const address = values.address.trim();
    if (address.length > MAX_ADDRESS) issues.fail('address', t('visit.error.address'));
    const remarks = values.remarks.trim();
    if (remarks.length > MAX_REMARKS) issues.fail('remarks', t('visit.error.remarks', { count: remarks.length }));
    const photo = values.photo ?? undefined;
    if (photo) {
      if (!photo.type.startsWith('image/')) issues.fail('photo', t('visit.error.photoType'));
      else if (photo.size > MAX_PHOTO_BYTES)
        issues.fail('photo', t('visit.error.photoSize', { size: `${(photo.size / 1024 / 1024).toFixed(1)} MB` }));
    }

    const warnings = visitWarnings(values, ctx);
    for (const warning of warnings) if (!values[warning.field]) issues.fail(warning.field, t('visit.error.confirm'));
    const warned = (field: VisitWarningField) => warnings.some((w) => w.field === field);

    if (issues.count > 0 || !outcome || met === undefined) return z.NEVER;
    return {
      loanId: ctx.loanId,
      // A transaction's payment is booked in that transaction's allocation month.
      allocationMonth: transaction?.allocationMonth ?? ctx.allocationMonth,
      ...(transaction ? { transactionId: transaction.transactionId } : {}),
      borrowerName: ctx.borrowerName,
      purpose: values.purpose as VisitPurpose,
      met,
      ...(met ? { whoMet: values.whoMet as PersonMet } : {}),
      outcome: { code: outcome.code, label: outcome.label, needs: outcome.needs },
      ...(promise ? { promise } : {}),
      ...(payment ? { payment } : {}),
      ...(phone || address ? { contact: { ...(phone ? { phone } : {}), ...(address ? { address } : {}) } } : {}),
      ...(remarks ? { remarks } : {}),
      ...(photo ? { photo } : {}),
      agent: { ...ctx.agent },
      ...(warned('confirmOutsideHours') ? { outsideContactHours: true } : {}),
      ...(warned('confirmAboveClaim') ? { aboveClaimConfirmed: true } : {}),
      ...(warned('confirmDuplicate') ? { duplicateConfirmed: true } : {}),
    };
  });
}

function readPromise(values: VisitFormValues, today: string, issues: Issues): VisitInput['promise'] {
  const start = issues.count;
  const date = values.promiseDate.trim();
  if (!date || !IsoDay.safeParse(date).success) issues.fail('promiseDate', t('visit.error.promiseDate'));
  // YYYY-MM-DD strings compare in calendar order.
  else if (date < today) issues.fail('promiseDate', t('visit.error.promisePast'));
  const paise = issues.check('promiseAmount', PositiveAmount, values.promiseAmount);
  if (issues.count > start || paise === undefined) return undefined;
  return { date, amount: paise / 100 };
}

/** The credit-line transaction the form names, if it is one of the customer's. */
export function chosenTransaction(values: Pick<VisitFormValues, 'transactionId'>, ctx: Pick<VisitFormContext, 'transactions'>): TransactionClaim | undefined {
  return (ctx.transactions ?? []).find((c) => c.transactionId === values.transactionId);
}

function readPayment(values: VisitFormValues, ctx: VisitFormContext, today: string, issues: Issues): TakenPayment | undefined {
  const start = issues.count;
  const paise = issues.check('amount', PositiveAmount, values.amount);
  // Credgenics types amount_recovered as an integer: a receipt with paise would be refused later.
  if (paise !== undefined && paise % 100 !== 0) issues.fail('amount', t('visit.error.amount.wholeRupees'));
  if (ctx.creditLine) {
    // Credgenics books a credit-line payment against one transaction, in its month.
    if ((ctx.transactions ?? []).length === 0) issues.fail('amount', t('lines.visit.noTransactions'));
    else if (!chosenTransaction(values, ctx)) issues.fail('transactionId', t('lines.visit.chooseTransaction'));
  } else if (!ctx.allocationMonth) {
    // A payment is booked against an allocation month; without one Credgenics has nowhere to put it.
    issues.fail('amount', t('visit.error.noAllocationMonth'));
  }

  const method = isOneOf(collectionMethods, values.method) ? values.method : undefined;
  if (!method) issues.fail('method', t('visit.error.method'));

  let cheque: TakenPayment['cheque'];
  let reference: string | undefined;
  if (method === 'cheque') {
    const number = issues.check('chequeNumber', ChequeNumber, values.chequeNumber);
    const bank = values.chequeBank.trim();
    if (!bank || bank.length > 100) issues.fail('chequeBank', t('visit.error.chequeBank'));
    const date = values.chequeDate.trim();
    if (!date || !IsoDay.safeParse(date).success) issues.fail('chequeDate', t('visit.error.chequeDate'));
    else if (date < addMonths(today, -3)) issues.fail('chequeDate', t('visit.error.chequeStale'));
    if (number) cheque = { number, bank, date };
  } else if (method === 'upi') {
    reference = issues.check('utr', Utr, values.utr);
  } else if (method === 'bank-transfer' && values.bankReference.trim()) {
    reference = issues.check('bankReference', BankReference, values.bankReference);
  }

  const closure = values.closure === 'NOC' || values.closure === 'Settlement' ? values.closure : undefined;
  if (values.closesLoan && !closure) issues.fail('closure', t('visit.error.closure'));

  let split: TakenPayment['split'];
  const splitTyped = [values.splitEmi, values.splitLateFee, values.splitPenalty].some((s) => s.trim() !== '');
  if (ctx.bifurcation && splitTyped) {
    const emi = issues.check('splitEmi', SplitPart, values.splitEmi);
    const lateFee = issues.check('splitLateFee', SplitPart, values.splitLateFee);
    const penalty = issues.check('splitPenalty', SplitPart, values.splitPenalty);
    if (emi !== undefined && lateFee !== undefined && penalty !== undefined && paise !== undefined) {
      // Whole paise on both sides: 0.10 + 0.20 is 0.30 here, as on the cashier's slip.
      const sum = emi + lateFee + penalty;
      if (sum !== paise) {
        const message = t('visit.error.splitMismatch', { sum: formatRupees(sum / 100), amount: formatRupees(paise / 100) });
        issues.fail('splitEmi', message);
      } else {
        split = { emi: emi / 100, lateFee: lateFee / 100, penalty: penalty / 100 };
      }
    }
  }

  if (issues.count > start || paise === undefined || !method) return undefined;
  return {
    amount: paise / 100,
    method,
    ...(split ? { split } : {}),
    ...(cheque ? { cheque } : {}),
    ...(reference ? { reference } : {}),
    ...(values.closesLoan && closure ? { closure } : {}),
  };
}

/** The form's values → a VisitInput, or one plain message per bad field. */
export function parseVisitForm(values: VisitFormValues, ctx: VisitFormContext): VisitFormResult {
  const result = visitFormSchema(ctx).safeParse(values);
  if (result.success) return { ok: true, input: result.data };
  const errors: VisitFieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0] as VisitField | undefined;
    if (field && errors[field] === undefined) errors[field] = issue.message;
  }
  return { ok: false, errors };
}

/** The bad fields in the order the form shows them. */
export function orderedErrors(errors: VisitFieldErrors): Array<{ field: VisitField; message: string }> {
  return visitFieldOrder.flatMap((field) => (errors[field] ? [{ field, message: errors[field] }] : []));
}

