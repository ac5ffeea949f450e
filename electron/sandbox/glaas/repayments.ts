import { isObject, json, parseJsonBody, type Ctx, type Reply } from '../core';
import { parseGlaasDate } from '../time';
import type { RepaymentRecord } from '../types';
import { asRequestFlowId, rejected } from './replies';

const TYPES = ['PF', 'INS', 'service'];
const MODES = ['CHEQUE', 'UPI', 'NACH'];
/** Lines per request; more is refused whole rather than half-taken. */
export const MAX_LINES_PER_REQUEST = 100;
const ACCEPTED_MESSAGE = 'Your request has been submitted successfully';

type Endpoint = RepaymentRecord['endpoint'];

interface LineOutcome {
  requestFlowId: string;
  status: 'Accepted' | 'Rejected';
  message: string;
  uid: string | null;
}

function checkLine(ctx: Ctx, line: unknown): { ok: true; value: Omit<RepaymentRecord, 'seq' | 'endpoint' | 'callBackUrl' | 'acceptedAtMs'> } | { ok: false; message: string } {
  if (!isObject(line)) return { ok: false, message: 'Repayment detail must be an object' };
  const { state } = ctx.core;
  const rfid = asRequestFlowId(line['requestFlowId']);
  if (rfid === null) return { ok: false, message: `Invalid requestFlowId ${JSON.stringify(line['requestFlowId'] ?? null)}` };
  const lineOfCredit = state.linesByRequestFlowId.get(rfid);
  if (!lineOfCredit) {
    return state.applicationsByRequestFlowId.has(rfid)
      ? { ok: false, message: `requestFlowId ${rfid} has no loan to repay yet` }
      : { ok: false, message: `Unknown requestFlowId ${rfid}` };
  }
  let loanId: number | null = null;
  if (line['loanId'] !== undefined && line['loanId'] !== null) {
    loanId = asRequestFlowId(line['loanId']);
    if (loanId === null) return { ok: false, message: `Invalid loanId ${JSON.stringify(line['loanId'])}` };
    if (!lineOfCredit.subLoans.some((s) => s.loanId === loanId)) {
      return { ok: false, message: `loanId ${loanId} does not belong to requestFlowId ${rfid}` };
    }
  }
  const amount = line['amount'];
  if (typeof amount !== 'number' || !Number.isFinite(amount)) return { ok: false, message: 'Invalid amount: must be a number' };
  if (amount <= 0) return { ok: false, message: `Invalid amount ${amount}: must be greater than 0` };
  if (Math.abs(Math.round(amount * 100) - amount * 100) > 1e-6) return { ok: false, message: `Invalid amount ${amount}: at most 2 decimal places` };
  const type = line['type'];
  if (typeof type !== 'string' || !TYPES.includes(type)) return { ok: false, message: `Invalid type ${JSON.stringify(type ?? null)}: must be one of PF, INS, service` };
  const mode = line['paymentMode'];
  if (typeof mode !== 'string' || !MODES.includes(mode)) {
    return { ok: false, message: `Invalid paymentMode ${JSON.stringify(mode ?? null)}: must be one of CHEQUE, UPI, NACH` };
  }
  const date = line['date'];
  if (!parseGlaasDate(date)) return { ok: false, message: `Invalid date ${JSON.stringify(date ?? null)}: use DD/MM/YYYY` };
  const comment = line['comment'];
  if (comment !== undefined && comment !== null && typeof comment !== 'string') return { ok: false, message: 'Invalid comment: must be a string' };
  const uidRaw = line['uid'];
  if (uidRaw !== undefined && uidRaw !== null && typeof uidRaw !== 'string' && typeof uidRaw !== 'number') {
    return { ok: false, message: 'Invalid uid: must be a string' };
  }
  // uid is optional in the table; GLAAS then makes one (FieldDesk always sends its own).
  const uid = uidRaw === undefined || uidRaw === null || uidRaw === '' ? `GL${rfid}-${ctx.core.state.nextRepaymentSeq()}` : String(uidRaw);
  return {
    ok: true,
    value: { uid, requestFlowId: rfid, loanId, amount, type, paymentMode: mode, date: date as string, comment: typeof comment === 'string' ? comment : '' },
  };
}

/** POST /lms/loanRepayment and /lms/lineRepayment: `[{callBackUrl, repaymentDetails: [...]}]`.
 *  Each line is judged alone; accepted lines are kept by uid, duplicates included, so a test
 *  can see a double payment. */
function repay(endpoint: Endpoint) {
  return (ctx: Ctx): Reply => {
    const parsed = parseJsonBody(ctx.body);
    if (!parsed.ok) return rejected(400, [parsed.reason]);
    const batches = parsed.value;
    if (!Array.isArray(batches) || batches.length === 0) {
      return rejected(400, ['Request body must be a list: [{"callBackUrl": ..., "repaymentDetails": [...]}]']);
    }
    let count = 0;
    for (const b of batches) {
      if (!isObject(b) || !Array.isArray(b['repaymentDetails']) || b['repaymentDetails'].length === 0) {
        return rejected(400, ['Each item needs repaymentDetails: a non-empty list']);
      }
      // LineRepayment table: callBackUrl String, Mandatory Y (the examples send " ").
      if (typeof b['callBackUrl'] !== 'string') return rejected(400, ['callBackUrl is required: a string']);
      count += b['repaymentDetails'].length;
    }
    if (count > MAX_LINES_PER_REQUEST) {
      return rejected(400, [`Too many repayment lines: ${count} (at most ${MAX_LINES_PER_REQUEST} per request)`]);
    }

    const { state } = ctx.core;
    const out: LineOutcome[] = [];
    for (const b of batches as Record<string, unknown>[]) {
      const callBackUrl = typeof b['callBackUrl'] === 'string' ? b['callBackUrl'] : null;
      for (const line of b['repaymentDetails'] as unknown[]) {
        const checked = checkLine(ctx, line);
        const rawRfid = isObject(line) ? line['requestFlowId'] : undefined;
        if (!checked.ok) {
          const uid = isObject(line) && (typeof line['uid'] === 'string' || typeof line['uid'] === 'number') ? String(line['uid']) : null;
          state.rejectedRepayments.push({ endpoint, uid, message: checked.message, line });
          out.push({ requestFlowId: String(rawRfid ?? ''), status: 'Rejected', message: checked.message, uid });
          continue;
        }
        state.repayments.push({
          seq: state.nextRepaymentSeq(),
          endpoint,
          callBackUrl,
          acceptedAtMs: ctx.core.now().getTime(),
          ...checked.value,
        });
        out.push({ requestFlowId: String(checked.value.requestFlowId), status: 'Accepted', message: ACCEPTED_MESSAGE, uid: checked.value.uid });
      }
    }
    return json(200, out);
  };
}

export const loanRepayment = repay('loanRepayment');
export const lineRepayment = repay('lineRepayment');

/** POST /lms/repaymentStatus {uid: [...]}: READY_FOR_PAYMENT until the settle time has passed on
 *  the injected clock, then ACCEPTED. Unknown uids are left out. */
export function repaymentStatus(ctx: Ctx): Reply {
  const parsed = parseJsonBody(ctx.body);
  if (!parsed.ok) return rejected(400, [parsed.reason]);
  const body = parsed.value;
  if (!isObject(body) || !Array.isArray(body['uid']) || !body['uid'].every((u) => typeof u === 'string' || typeof u === 'number')) {
    return rejected(400, ['Request body must be {"uid": ["...", ...]}']);
  }
  const { state, repaymentSettleMs } = ctx.core;
  const nowMs = ctx.core.now().getTime();
  const out: unknown[] = [];
  for (const u of body['uid'] as (string | number)[]) {
    const uid = String(u);
    for (const r of state.repayments) {
      if (r.uid !== uid) continue;
      out.push({
        requestFlowId: r.requestFlowId,
        amount: r.amount,
        paymentMode: r.paymentMode,
        date: r.date,
        comment: r.comment,
        uid: r.uid,
        status: nowMs - r.acceptedAtMs >= repaymentSettleMs ? 'ACCEPTED' : 'READY_FOR_PAYMENT',
      });
    }
  }
  return json(200, out);
}
