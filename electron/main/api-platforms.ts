import type { z } from 'zod';
import type { platformChannels } from '../../shared/contract-platforms';
import type { LoanRepaymentDetail, RepaymentLineResult } from '../../shared/glaas';
import { ok, type Result } from '../../shared/result';
import type { MainContext } from './context';
import { createUploadProgress } from './services/upload-progress';

type In<K extends keyof typeof platformChannels> = z.output<(typeof platformChannels)[K]['input']>;

/**
 * Handlers for the Credgenics and GLAAS channels: each resolves the current environment and
 * credentials, makes ONE call, and answers a typed Result. No queue and no retry here: the
 * renderer's outbox decides what happens next from the error kind.
 */
export function platformHandlers(ctx: MainContext) {
  const uploads = createUploadProgress();
  return {
    'credgenics.getLoan': ({ loanId, fields }: In<'credgenics.getLoan'>) =>
      ctx.withCredgenics((c) => c.getLoan(loanId, fields)),
    'credgenics.getCustomer': ({ customerId, fields }: In<'credgenics.getCustomer'>) =>
      ctx.withCredgenics((c) => c.getCustomer(customerId, fields)),
    'credgenics.updatePayment': ({ loanId, allocationMonth, payment, opKey }: In<'credgenics.updatePayment'>) =>
      ctx.writes.run(opKey, () => ctx.withCredgenics((c) => c.updatePayment(loanId, allocationMonth, payment))),
    'credgenics.findPayments': async ({ loanId, reference, opKey }: In<'credgenics.findPayments'>) => {
      if (opKey && (await ctx.writes.settle(opKey)).succeeded) return ok({ writeSucceeded: true, entries: [] });
      const loan = await ctx.withCredgenics((c) => c.getLoan(loanId, ['payment']));
      if (!loan.ok) return loan;
      const entries = (loan.value.payment_history ?? []).filter((p) => p.payment_reference_number === reference);
      return ok({ writeSucceeded: false, entries });
    },
    'credgenics.findTransactionPayments': async ({
      customerId,
      transactionId,
      reference,
      opKey,
    }: In<'credgenics.findTransactionPayments'>) => {
      if (opKey && (await ctx.writes.settle(opKey)).succeeded) return ok({ writeSucceeded: true, entries: [] });
      const customer = await ctx.withCredgenics((c) => c.getCustomer(customerId, ['payment']));
      if (!customer.ok) return customer;
      // Get Customer lists the customer's payments together; an entry naming another
      // transaction is not ours even with the same reference (a cheque used twice).
      const entries = (customer.value.output?.payment_history ?? []).filter(
        (p) => p.payment_reference_number === reference && (p.transaction_id == null || p.transaction_id === '' || String(p.transaction_id) === transactionId),
      );
      return ok({ writeSucceeded: false, entries });
    },
    'credgenics.updateTransactionPayment': ({
      transactionId,
      allocationMonth,
      payment,
      opKey,
    }: In<'credgenics.updateTransactionPayment'>) =>
      ctx.writes.run(opKey, () =>
        ctx.withCredgenics((c) => c.updateTransactionPayment(transactionId, allocationMonth, payment)),
      ),
    'credgenics.updateLoan': ({ loanId, patch, opKey }: In<'credgenics.updateLoan'>) =>
      ctx.writes.run(opKey, () => ctx.withCredgenics((c) => c.updateLoan(loanId, patch))),
    'credgenics.triggerCommunication': ({ request, opKey }: In<'credgenics.triggerCommunication'>) =>
      ctx.writes.run(opKey, () => ctx.withCredgenics((c) => c.triggerCommunication(request))),

    'glaas.uploadDocuments': async ({ requestFlowId, files, opKey }: In<'glaas.uploadDocuments'>) => {
      if (!opKey) return ctx.withGlaas((g) => g.uploadDocuments(requestFlowId, files));
      // Keyed by the document's outbox id: after a page reload the resend joins the upload
      // still running here (and a finished one answers from memory) instead of sending again.
      return ctx.writes.run(opKey, async () => {
        const total = files.reduce((sum, f) => sum + f.bytes.byteLength, 0);
        const onProgress = uploads.start(opKey, total);
        try {
          return await ctx.withGlaas((g) => g.uploadDocuments(requestFlowId, files, { onProgress }));
        } finally {
          uploads.finish(opKey);
        }
      });
    },
    'glaas.uploadProgress': async () => ok(uploads.list()),
    'glaas.loanRepayment': ({ details, callBackUrl }: In<'glaas.loanRepayment'>) =>
      postRepayments(ctx, details, (sending) => ctx.withGlaas((g) => g.loanRepayment(sending, callBackUrl))),
    'glaas.findRepayments': async ({ uids }: In<'glaas.findRepayments'>) => {
      // Lines of a request still out (the page reloaded mid-send) are waited for, not guessed.
      const settled = await Promise.all(uids.map(async (uid) => ({ uid, ...(await ctx.writes.settle(uid)) })));
      const succeeded = settled.filter((s) => s.succeeded).map((s) => s.uid);
      const rest = settled.filter((s) => !s.succeeded).map((s) => s.uid);
      if (rest.length === 0) return ok({ succeeded, statuses: [] });
      const statuses = await ctx.withGlaas((g) => g.repaymentStatus(rest));
      if (!statuses.ok) return statuses;
      return ok({ succeeded, statuses: statuses.value });
    },
    // Lines of credit: same uids, same write registry (a reload joins a request still out).
    'glaas.lineRepayment': ({ details, callBackUrl }: In<'glaas.lineRepayment'>) =>
      postRepayments(ctx, details, (sending) => ctx.withGlaas((g) => g.lineRepayment(sending, callBackUrl))),
    'glaas.repaymentStatus': ({ uids }: In<'glaas.repaymentStatus'>) => ctx.withGlaas((g) => g.repaymentStatus(uids)),
    'glaas.repaymentSchedule': ({ loanId }: In<'glaas.repaymentSchedule'>) =>
      ctx.withGlaas((g) => g.repaymentSchedule(loanId)),
    'glaas.lineDetails': ({ requestFlowIds, paymentDate }: In<'glaas.lineDetails'>) =>
      ctx.withGlaas((g) => g.lineDetails(requestFlowIds, paymentDate)),
    'glaas.downloadLoanDocument': ({ requestFlowId }: In<'glaas.downloadLoanDocument'>) =>
      ctx.withGlaas((g) => g.downloadLoanDocument(requestFlowId)),
  };
}

/**
 * Sends repayment lines through the write registry, keyed by uid: a line still in flight from
 * an earlier request is waited for, a line already accepted in this app session is answered
 * from memory, and only the rest go, as one request. The answer keeps GLAAS's per-line shape.
 */
async function postRepayments(
  ctx: MainContext,
  details: LoanRepaymentDetail[],
  send: (details: LoanRepaymentDetail[]) => Promise<Result<RepaymentLineResult[]>>,
): Promise<Result<RepaymentLineResult[]>> {
  const byUid = new Map(details.map((d) => [d.uid ?? '', d]));
  const answer = await ctx.writes.runEach<RepaymentLineResult>([...byUid.keys()], async (uids) => {
    const result = await send(uids.map((uid) => byUid.get(uid)!));
    if (!result.ok) return result;
    const lines = new Map<string, Result<RepaymentLineResult>>();
    for (const line of result.value) {
      if (!line.uid) continue;
      // Only an accepted line is remembered; a refused one must stay free to be corrected.
      lines.set(line.uid, /^accepted$/i.test(line.status) ? ok(line) : { ok: false, error: { kind: 'rejected', message: line.message ?? line.status } });
    }
    return ok(lines);
  });
  if (!answer.ok) return answer;
  const out: RepaymentLineResult[] = [];
  for (const uid of byUid.keys()) {
    const part = answer.value.get(uid);
    if (!part) continue;
    if (part.ok) out.push(part.value);
    else out.push({ uid, status: 'Rejected', message: part.error.message, requestFlowId: Number(byUid.get(uid)!.requestFlowId) });
  }
  return ok(out);
}
