import type { Settings } from '../../../../../shared/settings';
import type { OutboxKindRegistration, OutboxKindRegistry } from '../../../sync/kinds';
import { contactHandler, paymentHandler, receiptMessageHandler, transactionPaymentHandler } from './handlers';
import { receiptMessageFollowUps, receiptMessageQueue } from './receipt-message';

/** One queue per loan: a loan's payments reach Credgenics in the order they were taken. */
export const paymentQueue = (loanId: string) => `credgenics.payment:${loanId}`;
export const contactQueue = (loanId: string) => `credgenics.contact:${loanId}`;
/** One queue per credit-line customer: its payments reach Credgenics in the order taken. */
export const transactionPaymentQueue = (customerId: string) => `credgenics.transaction-payment:${customerId}`;

/**
 * The collections feature's outbox kinds: a loan payment (followed by the borrower's receipt
 * message when Settings name one), a contact update, and the receipt message itself.
 */
export function registerCollectionKinds(registry: OutboxKindRegistry, settings: () => Settings | undefined): void {
  const kinds: OutboxKindRegistration[] = [
    { kind: 'credgenics.payment', handler: paymentHandler, queue: paymentQueue, followUps: receiptMessageFollowUps(settings) },
    { kind: 'credgenics.transaction-payment', handler: transactionPaymentHandler, queue: transactionPaymentQueue },
    { kind: 'credgenics.contact', handler: contactHandler, queue: contactQueue },
    { kind: 'credgenics.receipt-message', handler: receiptMessageHandler, queue: receiptMessageQueue },
  ];
  registry.register(...kinds);
}
