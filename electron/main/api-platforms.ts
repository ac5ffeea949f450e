import type { z } from 'zod';
import type { platformChannels } from '../../shared/contract-platforms';
import { ok } from '../../shared/result';
import type { MainContext } from './context';

type In<K extends keyof typeof platformChannels> = z.output<(typeof platformChannels)[K]['input']>;

/**
 * Handlers for the Credgenics and GLAAS channels: each resolves the current environment and
 * credentials, makes ONE call, and answers a typed Result. No queue and no retry here: the
 * renderer's outbox decides what happens next from the error kind.
 */
export function platformHandlers(ctx: MainContext) {
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

    'glaas.uploadDocuments': ({ requestFlowId, files }: In<'glaas.uploadDocuments'>) =>
      ctx.withGlaas((g) => g.uploadDocuments(requestFlowId, files)),
    'glaas.loanRepayment': ({ details, callBackUrl }: In<'glaas.loanRepayment'>) =>
      ctx.withGlaas((g) => g.loanRepayment(details, callBackUrl)),
    'glaas.lineRepayment': ({ details, callBackUrl }: In<'glaas.lineRepayment'>) =>
      ctx.withGlaas((g) => g.lineRepayment(details, callBackUrl)),
    'glaas.repaymentStatus': ({ uids }: In<'glaas.repaymentStatus'>) => ctx.withGlaas((g) => g.repaymentStatus(uids)),
    'glaas.repaymentSchedule': ({ loanId }: In<'glaas.repaymentSchedule'>) =>
      ctx.withGlaas((g) => g.repaymentSchedule(loanId)),
    'glaas.lineDetails': ({ requestFlowIds, paymentDate }: In<'glaas.lineDetails'>) =>
      ctx.withGlaas((g) => g.lineDetails(requestFlowIds, paymentDate)),
    'glaas.downloadLoanDocument': ({ requestFlowId }: In<'glaas.downloadLoanDocument'>) =>
      ctx.withGlaas((g) => g.downloadLoanDocument(requestFlowId)),
  };
}
