import { isObject, json, parseJsonBody, type Ctx, type Reply } from '../core';
import { header } from '../core';
import { validationFailed } from './replies';
import { ALLOCATION_MONTH } from './validate';

const REQUIRED = ['loan_id', 'company_id', 'inbound_bot_id', 'allocation_month', 'source', 'event_name', 'send_to', 'communication_level'];

/** POST {root}/communication/trigger/event (Universal communication API). */
export function triggerCommunication(ctx: Ctx): Reply {
  const parsed = parseJsonBody(ctx.body);
  if (!parsed.ok) return validationFailed({ body: parsed.reason });
  const body = parsed.value;
  if (!isObject(body)) return validationFailed({ body: 'Request body must be a JSON object' });

  const errors: Record<string, string> = {};
  for (const key of REQUIRED) {
    const v = body[key];
    if (v === undefined || v === null || v === '') errors[key] = 'Field required';
    else if (typeof v !== 'string') errors[key] = 'Value must be of type string';
  }
  const month = body['allocation_month'];
  if (typeof month === 'string' && month !== '' && !ALLOCATION_MONTH.test(month)) {
    errors['allocation_month'] = 'Value must be of format YYYY-M-01, e.g. 2021-8-01';
  }
  const level = body['communication_level'];
  if (typeof level === 'string' && level !== '' && !['customer', 'transaction'].includes(level)) {
    errors['communication_level'] = 'Options: customer (loan companies), transaction (credit-line companies)';
  }
  const loanId = body['loan_id'];
  const { state } = ctx.core;
  if (typeof loanId === 'string' && loanId !== '' && !state.loansById.has(loanId) && !state.customersById.has(loanId) && !state.transactionsById.has(loanId)) {
    errors['loan_id'] = `No loan exists with loan_id ${loanId}`;
  }
  const upto = body['co_app_upto'];
  if (upto !== undefined && upto !== null && !(typeof upto === 'number' && Number.isInteger(upto) && upto >= 0)) {
    errors['co_app_upto'] = 'Value must be an integer';
  }
  const closed = body['send_to_closed_acc'];
  if (closed !== undefined && closed !== null && typeof closed !== 'boolean') errors['send_to_closed_acc'] = 'Value must be true or false';
  if (Object.keys(errors).length) return validationFailed(errors);

  state.communications.push({
    role: header(ctx, 'role') ?? '',
    companyId: ctx.companyId,
    body,
    at: ctx.core.now().toISOString(),
  });
  return json(201, {
    message: 'success',
    output: `Successfully triggered communication for event ${String(body['event_name'])}`,
    data: {
      sms: 'Successfully created sms communication',
      email: 'Successfully created email communication',
      whatsapp: 'Successfully created whatsapp communication',
    },
  });
}
