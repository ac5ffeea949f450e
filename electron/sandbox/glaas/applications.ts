import { isObject, json, parseJsonBody, type Ctx, type Reply } from '../core';
import { parseGlaasDate } from '../time';
import { applicationTableProblems } from './application-table';
import { asRequestFlowId, rejected } from './replies';

const PURPOSES = ['Working Capital', 'Personal Loan', 'Equipment Finance', 'Expansion Capital'];

/** POST /los/application (Create Application): the main checks of the field tables, so a
 *  training user can make an application and then upload KYC documents against it. */
export function createApplication(ctx: Ctx): Reply {
  const parsed = parseJsonBody(ctx.body);
  if (!parsed.ok) return rejected(400, [parsed.reason]);
  const body = parsed.value;
  if (!isObject(body)) return rejected(400, ['Request body must be a JSON object']);
  const problems: string[] = [];
  if (typeof body['purpose'] !== 'string' || !PURPOSES.includes(body['purpose'])) problems.push(`Invalid purpose: one of ${PURPOSES.join(', ')}`);
  if (typeof body['loanAmount'] !== 'number' || !(body['loanAmount'] > 0)) problems.push('Invalid loanAmount');
  if (typeof body['source'] !== 'string' || body['source'] === '' || body['source'].length > 50) problems.push('Invalid source');
  if (typeof body['loanProductId'] !== 'number') problems.push('Invalid loanProductId');
  if (!isObject(body['proposalDetail'])) problems.push('Invalid proposalDetail');
  if (!Array.isArray(body['firms'])) problems.push('Invalid firm details');
  const contacts = body['contacts'];
  let borrowerName = '';
  if (!Array.isArray(contacts) || contacts.length === 0) problems.push('Invalid contact details');
  else {
    contacts.forEach((c: unknown, i) => {
      if (!isObject(c)) return void problems.push(`Invalid contact ${i + 1}`);
      if (typeof c['firstName'] !== 'string' || c['firstName'] === '' || typeof c['lastName'] !== 'string') problems.push('Invalid name details');
      if (typeof c['mobileNumber'] !== 'string' || !/^\d{10}$/.test(c['mobileNumber'])) problems.push('Invalid mobile details');
      if (typeof c['panNumber'] !== 'string' || c['panNumber'].length !== 10) problems.push('Invalid pan details');
      if (!parseGlaasDate(c['dob'])) problems.push('Invalid dob details');
      if (c['gender'] !== 'Male' && c['gender'] !== 'Female') problems.push('Invalid gender details');
      if (i === 0) borrowerName = [c['firstName'], c['middleName'], c['lastName']].filter((p) => typeof p === 'string' && p).join(' ');
    });
  }
  // The Contact, Address, BankDetail, Firm and ProposalDetail tables, field by field.
  for (const p of applicationTableProblems(body)) if (!problems.includes(p)) problems.push(p);
  if (problems.length) return rejected(400, problems);

  const requestFlowId = ctx.core.ids.requestFlow++;
  const record = { requestFlowId, borrowerName, body, sanctioned: false, at: ctx.core.now().toISOString() };
  ctx.core.state.applications.push(record);
  ctx.core.state.applicationsByRequestFlowId.set(requestFlowId, record);
  return json(200, { successMessage: { requestFlowId: String(requestFlowId), message: 'Application is successfully created' } });
}

/** POST /lms/sanctionLine {requestFlowIds: [...]}: sanctions applications made here; a line
 *  that already exists, or an unknown id, is Rejected with the reason. */
export function sanctionLine(ctx: Ctx): Reply {
  const parsed = parseJsonBody(ctx.body);
  if (!parsed.ok) return rejected(400, [parsed.reason]);
  const body = parsed.value;
  if (!isObject(body) || !Array.isArray(body['requestFlowIds'])) return rejected(400, ['requestFlowIds is required: a list of numbers']);
  const { state } = ctx.core;
  const out = body['requestFlowIds'].map((raw: unknown) => {
    const id = asRequestFlowId(raw);
    const app = id === null ? undefined : state.applicationsByRequestFlowId.get(id);
    if (id !== null && state.linesByRequestFlowId.has(id)) {
      return { requestFlowId: id, status: 'Rejected', message: `Line is already sanctioned for requestFlowId ${id}` };
    }
    if (id === null || !app) return { requestFlowId: raw, status: 'Rejected', message: `Unknown requestFlowId ${String(raw)}` };
    app.sanctioned = true;
    const amount = app.body['loanAmount'];
    state.indexLine({
      requestFlowId: id,
      kind: 'credit-line',
      credgenicsId: '',
      borrowerName: app.borrowerName,
      limitSanctioned: typeof amount === 'number' ? amount : 0,
      subLoans: [],
    });
    return { requestFlowId: id, status: 'Accepted', message: 'Application has been successfully sanctioned' };
  });
  return json(200, out);
}
