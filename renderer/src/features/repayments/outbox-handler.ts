import type { LoanRepaymentDetail, RepaymentLineResult, RepaymentStatus } from '../../../../shared/glaas';
import { t } from '../../i18n';
import type { Result } from '../../../../shared/result';
import type { HandlerEnv, KindHandler, PartResult, Reconciled } from '../../sync/handlers';
import type { SyncPort } from '../../sync/port';
import type { OutboxItem } from '../../sync/types';
import { isFinalStatus } from './status';

/** The outbox payload of one GLAAS repayment line; the uid is the item's (and line's) id. */
export interface RepaymentPayloadV1 {
  v: 1;
  detail: LoanRepaymentDetail & { uid: string };
}

/** GLAAS takes at most 100 lines per request (the sandbox refuses more, whole). */
export const LINES_PER_REQUEST = 100;

const detailOf = (item: OutboxItem) => (item.payload as RepaymentPayloadV1).detail;

/** What GLAAS said about each line, kept on the line for the screens (one transaction). */
async function recordAnswers(env: HandlerEnv, lines: RepaymentLineResult[]): Promise<void> {
  const at = env.now();
  await env.db.transaction('rw', env.db.repayments, async () => {
    for (const line of lines) {
      if (!line.uid) continue;
      await env.db.repayments.update(line.uid, { lineAnswer: { status: line.status, message: line.message ?? '', at } });
    }
  });
}

/** GLAAS's status of each line, kept on the line; a final one stops further look-ups. */
export async function recordStatuses(env: HandlerEnv, statuses: RepaymentStatus[]): Promise<void> {
  const at = env.now();
  await env.db.transaction('rw', env.db.repayments, async () => {
    for (const s of statuses) {
      await env.db.repayments.update(s.uid, { glaasStatus: { status: s.status, at }, statusFinal: isFinalStatus(s.status) ? 1 : 0 });
    }
  });
}

/** Which GLAAS endpoint takes the lines: Loan Repayment for loans, Line Repayment for lines of credit. */
type Post = (port: SyncPort, details: LoanRepaymentDetail[]) => Promise<Result<RepaymentLineResult[]>>;

async function sendMany(post: Post, items: OutboxItem[], port: SyncPort, env: HandlerEnv): Promise<Result<Map<string, PartResult>>> {
  const answer = await post(port, items.map(detailOf));
  if (!answer.ok) return answer;
  await recordAnswers(env, answer.value);
  const parts = new Map<string, PartResult>();
  for (const line of answer.value) {
    if (!line.uid) continue;
    if (/^accepted$/i.test(line.status)) {
      parts.set(line.uid, { ok: true, serverRef: `GLAAS ${line.status}` });
    } else {
      parts.set(line.uid, {
        ok: false,
        error: {
          kind: 'rejected',
          message: t('lines.refused'),
          ...(line.message ? { serverMessage: line.message } : {}),
        },
      });
    }
  }
  return { ok: true, value: parts };
}

/**
 * Loan Repayment takes a client uid per line and Repayment Status answers by uid, so after a
 * timeout, a 5xx or a crash each line is looked up by its uid before anything is resent: a line
 * GLAAS holds is sent; one it does not hold was never taken (GLAAS keeps no refused lines) and
 * goes again under the same uid. The main process first waits for any request of ours still
 * carrying the uid, so the lookup never overtakes our own write.
 */
async function reconcileMany(items: OutboxItem[], port: SyncPort, env: HandlerEnv): Promise<Result<Map<string, Reconciled>>> {
  const answer = await port.findRepayments(items.map((item) => item.id));
  if (!answer.ok) return answer;
  const found = new Map<string, Reconciled>();
  for (const uid of answer.value.succeeded) found.set(uid, { found: true, serverRef: 'GLAAS Accepted' });
  for (const s of answer.value.statuses) found.set(s.uid, { found: true, serverRef: `GLAAS ${s.status}` });
  if (answer.value.statuses.length > 0) await recordStatuses(env, answer.value.statuses);
  return { ok: true, value: found };
}

const LEFT_OUT: PartResult = { ok: false, error: { kind: 'bad-response', message: t('lines.leftOut') } };

/**
 * One handler per endpoint; both look lines up the same way, by uid with Repayment Status
 * (the document's status table is shared by loan and line repayments).
 */
function repaymentHandlerFor(post: Post): KindHandler {
  return {
    batch: { max: LINES_PER_REQUEST, sendMany: (items, port, env) => sendMany(post, items, port, env), reconcileMany },
    async send(item, port, env) {
      const answer = await sendMany(post, [item], port, env);
      if (!answer.ok) return answer;
      const part = answer.value.get(item.id) ?? LEFT_OUT;
      return part.ok ? { ok: true, value: part } : { ok: false, error: part.error };
    },
    async reconcile(item, port, env) {
      const answer = await reconcileMany([item], port, env);
      if (!answer.ok) return { error: answer.error };
      return answer.value.get(item.id) ?? { found: false };
    },
  };
}

/** A line of a GLAAS term loan: Loan Repayment. */
export const repaymentHandler = repaymentHandlerFor((port, details) => port.postRepayments(details));
/** A line on a GLAAS line of credit: Line Repayment (same LoanRepaymentDetail fields, per its table). */
export const lineRepaymentHandler = repaymentHandlerFor((port, details) => port.postLineRepayments(details));

