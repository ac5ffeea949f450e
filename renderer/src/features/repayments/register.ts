import type { OutboxKindRegistry } from '../../sync/kinds';
import { lineRepaymentHandler, repaymentHandler } from './outbox-handler';
import { lineRepaymentQueue, repaymentQueue } from './queue';

/**
 * GLAAS repayment lines: on a term loan they go to Loan Repayment, on a line of credit to Line
 * Repayment. Each line is its own queue; the engine batches queue heads of one kind.
 */
export function registerRepaymentKinds(registry: OutboxKindRegistry): void {
  registry.register(
    { kind: 'glaas.repayment', handler: repaymentHandler, queue: repaymentQueue },
    { kind: 'glaas.line-repayment', handler: lineRepaymentHandler, queue: lineRepaymentQueue },
  );
}
