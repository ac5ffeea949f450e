import type { z } from 'zod';
import type { platformChannels } from '../../shared/contract-platforms';
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
    'credgenics.updatePayment': ({ loanId, allocationMonth, payment }: In<'credgenics.updatePayment'>) =>
      ctx.withCredgenics((c) => c.updatePayment(loanId, allocationMonth, payment)),
    'credgenics.updateTransactionPayment': ({
      transactionId,
      allocationMonth,
      payment,
    }: In<'credgenics.updateTransactionPayment'>) =>
      ctx.withCredgenics((c) => c.updateTransactionPayment(transactionId, allocationMonth, payment)),
    'credgenics.updateLoan': ({ loanId, patch }: In<'credgenics.updateLoan'>) =>
      ctx.withCredgenics((c) => c.updateLoan(loanId, patch)),
    'credgenics.triggerCommunication': ({ request }: In<'credgenics.triggerCommunication'>) =>
      ctx.withCredgenics((c) => c.triggerCommunication(request)),

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
