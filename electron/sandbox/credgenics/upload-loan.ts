import { isObject, json, parseJsonBody, type Ctx, type Reply } from '../core';
import type { CgCustomer, CgDefault, CgLoan, CgLoanDetails } from '../wire-types';
import { cgDateTime } from '../time';
import { validationFailed } from './replies';
import { checkLoanFields } from './field-table';
import { checkApplicantFields, checkDefaults } from './validate';

function asDefaults(list: unknown[], created: string): CgDefault[] {
  return list.map((d) => {
    const rec = d as Record<string, unknown>;
    return {
      created,
      final_status: 'Initiated',
      amount_recovered: 0,
      ...rec,
      allocation_month: String(rec['allocation_month']),
    } as CgDefault;
  });
}

/** New months are added; a month already present is replaced by the upload. */
function upsertDefaults(existing: CgDefault[], incoming: CgDefault[]): void {
  for (const d of incoming) {
    const i = existing.findIndex((e) => e.allocation_month === d.allocation_month);
    if (i >= 0) existing[i] = { ...existing[i], ...d };
    else existing.push(d);
  }
}

/**
 * POST /loan/{loan_id} (Upload Loan) and, when the body carries client_customer_id, Upload
 * Transaction. Uploading an existing loan adds or replaces allocation months, which is how
 * Credgenics takes a new month's EMI for a loan it already holds.
 */
export function uploadLoan(ctx: Ctx): Reply {
  const id = ctx.params['id'] ?? '';
  const parsed = parseJsonBody(ctx.body);
  if (!parsed.ok) return validationFailed({ body: parsed.reason });
  const body = parsed.value;
  if (!isObject(body)) return validationFailed({ body: 'Request body must be a JSON object' });
  const isTransaction = typeof body['client_customer_id'] === 'string' && body['client_customer_id'] !== '';
  const { state } = ctx.core;

  const errors: Record<string, unknown> = {};
  const idKey = isTransaction ? 'transaction_id' : 'loan_id';
  if (body[idKey] !== undefined && body[idKey] !== id) errors[idKey] = `Must equal the ${idKey} in the path (${id})`;
  const exists = isTransaction ? state.transactionsById.has(id) : state.loansById.has(id);
  if (!exists && (typeof body['applicant_name'] !== 'string' || body['applicant_name'].trim() === '')) {
    errors['applicant_name'] = 'Field required';
  }
  checkApplicantFields(body, errors);
  checkDefaults(body['defaults'], errors);
  checkLoanFields(body, errors);
  if (Object.keys(errors).length) return validationFailed(errors);

  const created = cgDateTime(ctx.core.now());
  const defaults = asDefaults(body['defaults'] as unknown[], created);
  const { defaults: _d, ...details } = body;
  state.loanUploads.push({
    id,
    kind: isTransaction ? 'transaction' : 'loan',
    created: !exists,
    companyId: ctx.companyId,
    body,
    at: ctx.core.now().toISOString(),
  });

  if (!isTransaction) {
    const loan = state.loansById.get(id);
    if (loan) {
      Object.assign(loan.loan_details, details);
      upsertDefaults(loan.loan_details.defaults, defaults);
    } else {
      const fresh: CgLoan = {
        loan_details: { ...details, loan_id: id, applicant_name: String(body['applicant_name']), defaults } as CgLoanDetails,
        communication_details: [],
        payment_history: [],
        notice_tracking_details: [],
        remarks: [],
      };
      state.loansById.set(id, fresh);
    }
    return json(201, { message: 'Data uploaded successfully' });
  }

  const customerId = String(body['client_customer_id']);
  const existing = state.transactionsById.get(id);
  if (existing) {
    Object.assign(existing.transaction.data, details, { transaction_id: id });
    upsertDefaults(existing.transaction.data.defaults, defaults);
  } else {
    let customer = state.customersById.get(customerId);
    if (!customer) {
      customer = {
        applicant_details: { ...details, client_customer_id: customerId, applicant_name: String(body['applicant_name']), defaults: [] },
        transactions_details: [],
        payment_history: [],
        communication_details: [],
        notice_tracking_details: [],
        remarks: [],
      } satisfies CgCustomer;
    }
    customer.transactions_details.push({ transaction_id: id, data: { ...details, transaction_id: id, defaults } });
    state.indexCustomer(customer);
  }
  return json(201, { output: 'Transaction added successfully', message: 'success' });
}
