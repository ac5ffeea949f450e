import { isObject, parseJsonBody, type Ctx, type Reply } from '../core';
import { cgDateTime, parseCgDate } from '../time';
import type { CgDefault, CgPaymentEntry } from '../wire-types';
import { loanNotFound, success, validationFailed } from './replies';
import { ALLOCATION_MONTH, toCents, wholeRupeesProblem } from './validate';

export const PAYMENT_METHODS = ['Online', 'Cash', 'Cheque', 'Bank Account Transfer', 'Application', 'Payment Link'];
const CLOSURES = ['NOC', 'Settlement'];
/** The table's options; its own examples write "Communications" and "Field collection", so the
 *  match ignores case and takes that plural. */
export const RECOVERY_METHODS = ['Field Collection', 'Communication', 'Legal'];
const recoveryMethodKnown = (v: string) =>
  RECOVERY_METHODS.some((m) => m.toLowerCase() === v.toLowerCase()) || v.toLowerCase() === 'communications';
const OPTIONAL_STRINGS = ['recovery_method', 'payment_mode', 'payment_reference_number', 'recovered_by', 'closure_with'];

/** The payment's target: a loan, or a credit-line transaction of a customer. */
type Target =
  | { kind: 'loan'; defaults: CgDefault[]; history: CgPaymentEntry[]; customerDefaults: null; clientCustomerId: null }
  | { kind: 'transaction'; defaults: CgDefault[]; history: CgPaymentEntry[]; customerDefaults: CgDefault[]; clientCustomerId: string };

function allocationMonthProblem(month: string | null, allowed: string[]): string | null {
  if (month === null || month === '') return 'Field required (query parameter allocation_month)';
  if (!ALLOCATION_MONTH.test(month)) return `Invalid allocation_month ${month}: write YYYY-M-01, month without a leading zero (e.g. 2021-7-01)`;
  if (!allowed.includes(month)) return `No allocation in ${month} for this loan; allocated months: ${allowed.join(', ')}`;
  return null;
}

/** recovered_<variable> keys (bifurcation); recovered_by is the collector's name, not money. */
function bifurcationKeys(body: Record<string, unknown>): string[] {
  return Object.keys(body).filter((k) => k.startsWith('recovered_') && k !== 'recovered_by');
}

function validate(body: Record<string, unknown>, month: string | null, allowed: string[]): Record<string, unknown> {
  const errors: Record<string, unknown> = {};
  const monthProblem = allocationMonthProblem(month, allowed);
  if (monthProblem) errors['allocation_month'] = monthProblem;

  const status = body['final_status'];
  if (status === undefined || status === null || (typeof status === 'string' && status.trim() === '')) errors['final_status'] = 'Field required';
  else if (typeof status !== 'string') errors['final_status'] = 'Value must be of type string';

  const amountProblem = wholeRupeesProblem(body['amount_recovered']);
  if (amountProblem) errors['amount_recovered'] = amountProblem;

  const method = body['payment_method'];
  if (method === undefined || method === null || method === '') errors['payment_method'] = 'Field required';
  else if (typeof method !== 'string' || !PAYMENT_METHODS.includes(method)) {
    errors['payment_method'] = `Invalid payment_method ${String(method)}; options: ${PAYMENT_METHODS.join(', ')}`;
  }

  for (const key of OPTIONAL_STRINGS) {
    const v = body[key];
    if (v !== undefined && v !== null && typeof v !== 'string') errors[key] = 'Value must be of type string';
  }
  const recoveryMethod = body['recovery_method'];
  if (typeof recoveryMethod === 'string' && recoveryMethod !== '' && !recoveryMethodKnown(recoveryMethod)) {
    errors['recovery_method'] = `Invalid recovery_method ${recoveryMethod}; options: ${RECOVERY_METHODS.join(', ')}`;
  }
  const closure = body['closure_with'];
  if (status === 'Closed') {
    if (typeof closure !== 'string' || !CLOSURES.includes(closure)) errors['closure_with'] = 'Required when final_status is Closed; options: NOC, Settlement';
  } else if (typeof closure === 'string' && closure !== '' && !CLOSURES.includes(closure)) {
    errors['closure_with'] = 'Invalid closure_with; options: NOC, Settlement';
  }

  const recoveryDate = body['recovery_date'];
  if (recoveryDate !== undefined && recoveryDate !== null && recoveryDate !== '' && !parseCgDate(recoveryDate, true)) {
    errors['recovery_date'] = 'Value must be of type datetime with format YYYY-MM-DD or YYYY-MM-DD HH:MM:SS';
  }
  const received = body['payment_received_date'];
  if (received !== undefined && received !== null && received !== '' && !parseCgDate(received, false)) {
    errors['payment_received_date'] = 'Value must be of type date with format YYYY-MM-DD';
  }

  const parts = bifurcationKeys(body);
  if (parts.length > 0) {
    let sum = 0;
    for (const key of parts) {
      const v = body[key];
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) errors[key] = 'Value must be a number, 0 or more';
      else sum += toCents(v);
    }
    const amount = body['amount_recovered'];
    if (!amountProblem && typeof amount === 'number' && parts.every((k) => !errors[k]) && sum !== toCents(amount)) {
      errors['amount_recovered'] = `Recovery bifurcation (${parts.join(' + ')} = ${sum / 100}) must add up to amount_recovered (${amount})`;
    }
  }
  return errors;
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

/**
 * PATCH /payments/{loan_id | transaction_id}?allocation_month=YYYY-M-01 (Update Payment).
 * Every accepted call is a NEW payment: Credgenics has no idempotency key, which is exactly why
 * the client must reconcile by payment_reference_number before resending.
 */
export function updatePayment(ctx: Ctx): Reply {
  const id = ctx.params['id'] ?? '';
  const { state } = ctx.core;
  const parsed = parseJsonBody(ctx.body);
  if (!parsed.ok) return validationFailed({ body: parsed.reason });
  const body = parsed.value;
  if (!isObject(body)) return validationFailed({ body: 'Request body must be a JSON object' });

  let target: Target;
  const loan = state.loansById.get(id);
  if (loan) {
    target = { kind: 'loan', defaults: loan.loan_details.defaults, history: loan.payment_history, customerDefaults: null, clientCustomerId: null };
  } else {
    const found = state.transactionsById.get(id);
    if (!found) return loanNotFound(id);
    const customerId = found.customer.applicant_details.client_customer_id;
    const given = body['client_customer_id'];
    if (given === undefined || given === null || given === '') return validationFailed({ client_customer_id: 'Field required' });
    if (typeof given !== 'string') return validationFailed({ client_customer_id: 'Value must be of type string' });
    if (given !== customerId) {
      return validationFailed({ client_customer_id: `Transaction ${id} does not belong to client_customer_id ${String(given)}` });
    }
    target = {
      kind: 'transaction',
      defaults: found.transaction.data.defaults,
      history: found.customer.payment_history,
      customerDefaults: found.customer.applicant_details.defaults,
      clientCustomerId: customerId,
    };
  }

  const month = ctx.query.get('allocation_month');
  const errors = validate(body, month, target.defaults.map((d) => d.allocation_month));
  if (Object.keys(errors).length) return validationFailed(errors);

  const now = ctx.core.now();
  const amount = body['amount_recovered'] as number;
  const status = body['final_status'] as string;
  const entry: CgPaymentEntry = {
    payment_id: ctx.core.ids.payment++,
    ...(target.clientCustomerId ? { client_customer_id: target.clientCustomerId, transaction_id: id } : {}),
    amount_recovered: amount,
    final_status: status,
    recovery_method: str(body['recovery_method']),
    allocation_month: month as string,
    payment_method: body['payment_method'] as string,
    payment_mode: str(body['payment_mode']),
    // Kept verbatim: the client finds its payment again by this after an unclear outcome.
    payment_reference_number: str(body['payment_reference_number']),
    author: str(body['recovered_by']) || 'api',
    created: cgDateTime(now),
  };
  // Newest first, as the document's payment_history lists them.
  target.history.unshift(entry);

  const recoveryDate = str(body['recovery_date']) || cgDateTime(now);
  const bump = (d: CgDefault | undefined): void => {
    if (!d) return;
    d.amount_recovered = Math.round(((d.amount_recovered ?? 0) + amount) * 100) / 100;
    d.final_status = status;
    d['recovery_date'] = recoveryDate;
    d['payment_method'] = entry.payment_method;
    d['recovery_method'] = entry.recovery_method;
    if (str(body['closure_with'])) d['closure_with'] = str(body['closure_with']);
  };
  bump(target.defaults.find((d) => d.allocation_month === month));
  if (target.customerDefaults) bump(target.customerDefaults.find((d) => d.allocation_month === month));

  state.payments.push({
    seq: state.nextPaymentSeq(),
    kind: target.kind,
    loanId: id,
    clientCustomerId: target.clientCustomerId,
    allocationMonth: month as string,
    companyId: ctx.companyId,
    paymentReferenceNumber: entry.payment_reference_number,
    amountRecovered: amount,
    body,
    entry,
    at: now.toISOString(),
  });
  return success(200, 'Data updated successfully');
}
