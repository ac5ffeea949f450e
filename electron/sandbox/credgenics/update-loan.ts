import { isObject, parseJsonBody, type Ctx, type Reply } from '../core';
import { json } from '../core';
import { loanNotFound, success, validationFailed } from './replies';
import { checkLoanFields } from './field-table';
import { checkApplicantFields } from './validate';

/** Keys Update Loan may not touch: identity, and the money that only payments move. */
const FROZEN = ['loan_id', 'client_customer_id', 'defaults'];

function checkPatch(body: unknown, idKey: string, id: string): { ok: true; patch: Record<string, unknown> } | { ok: false; reply: Reply } {
  if (!isObject(body)) return { ok: false, reply: validationFailed({ body: 'Request body must be a JSON object' }) };
  if (Object.keys(body).length === 0) return { ok: false, reply: validationFailed({ body: 'Nothing to update' }) };
  const errors: Record<string, unknown> = {};
  for (const key of FROZEN) {
    if (key in body && !(key === idKey && body[key] === id)) errors[key] = 'This field cannot be updated';
  }
  checkApplicantFields(body, errors);
  checkLoanFields(body, errors);
  if (Object.keys(errors).length) return { ok: false, reply: validationFailed(errors) };
  return { ok: true, patch: body };
}

/** PATCH /loan/{loan_id} (Update Loan): merges top-level loan_details keys; lists such as
 *  applicant_address are replaced whole, as a PATCH of that key would. */
export function updateLoan(ctx: Ctx): Reply {
  const id = ctx.params['id'] ?? '';
  const { state } = ctx.core;
  const loan = state.loansById.get(id);
  const customer = loan ? undefined : state.customersById.get(id);
  if (!loan && !customer) return loanNotFound(id);

  const parsed = parseJsonBody(ctx.body);
  if (!parsed.ok) return validationFailed({ body: parsed.reason });
  const checked = checkPatch(parsed.value, loan ? 'loan_id' : 'client_customer_id', id);
  if (!checked.ok) return checked.reply;

  const target = loan ? loan.loan_details : customer!.applicant_details;
  for (const [key, value] of Object.entries(checked.patch)) target[key] = value;
  state.loanUpdates.push({
    kind: loan ? 'loan' : 'customer',
    id,
    clientCustomerId: customer ? id : null,
    companyId: ctx.companyId,
    patch: checked.patch,
    at: ctx.core.now().toISOString(),
  });
  return success(200, 'Loan successfully updated');
}

/** PATCH /transaction/{client_customer_id}/{transaction_id} (Update Transaction). */
export function updateTransaction(ctx: Ctx): Reply {
  const customerId = ctx.params['customerId'] ?? '';
  const transactionId = ctx.params['transactionId'] ?? '';
  const { state } = ctx.core;
  const found = state.transactionsById.get(transactionId);
  if (!found || found.customer.applicant_details.client_customer_id !== customerId) {
    return json(404, {
      message: 'Transaction not found',
      output: `No transaction exists with transaction_id ${transactionId} for client_customer_id ${customerId}`,
    });
  }
  const parsed = parseJsonBody(ctx.body);
  if (!parsed.ok) return validationFailed({ body: parsed.reason });
  const checked = checkPatch(parsed.value, 'transaction_id', transactionId);
  if (!checked.ok) return checked.reply;
  for (const [key, value] of Object.entries(checked.patch)) {
    if (key !== 'transaction_id') found.transaction.data[key] = value;
  }
  state.loanUpdates.push({
    kind: 'transaction',
    id: transactionId,
    clientCustomerId: customerId,
    companyId: ctx.companyId,
    patch: checked.patch,
    at: ctx.core.now().toISOString(),
  });
  return success(200, 'Transaction updated successfully');
}
