import { formatRecoveryDate, UpdatePaymentRequest, type PaymentMethod } from '../../../../shared/credgenics';
import type { GlaasPaymentMode } from '../../../../shared/settings';
import { newOutboxId } from '../../sync/ids';
import type { OutboxItem } from '../../sync/types';
import { paymentQueue } from '../collections/capture';
import type { PaymentPayloadV1 } from '../collections/payloads';
import type { RepaymentLine } from './model';

const methodFor: Record<GlaasPaymentMode, PaymentMethod> = { CHEQUE: 'Cheque', UPI: 'Online', NACH: 'Bank Account Transfer' };

/**
 * The same counter receipt as a Credgenics payment (setting "also record in Credgenics"), sent
 * by the collections outbox in the loan's payment queue like a field collection. Its reference
 * is the cheque number or UTR, or else the line's whole uid (not the short receipt number: the
 * grid makes many uids in one millisecond, and those share their first 14 characters), so an
 * unclear outcome is looked up in payment_history exactly as for a visit. Answers undefined when the
 * loan is not a Credgenics loan on this laptop or the payment would not pass Credgenics' rules.
 */
/** Whether a grid row on this loan also becomes a Credgenics payment (setting on). */
export const mirrorsToCredgenics = (loan: { allocationMonth?: string; kind?: 'loan' | 'credit-line' }): boolean =>
  Boolean(loan.allocationMonth) && loan.kind !== 'credit-line';

export function credgenicsMirror(
  line: RepaymentLine,
  loan: { allocationMonth?: string; kind?: 'loan' | 'credit-line' },
  agentEmail: string | undefined,
  now: number,
): OutboxItem<PaymentPayloadV1> | undefined {
  if (!mirrorsToCredgenics(loan) || !loan.allocationMonth) return undefined;
  const reference = line.reference ?? line.id;
  const body = {
    final_status: 'Partially Recovered',
    amount_recovered: line.amount,
    payment_method: methodFor[line.paymentMode],
    payment_mode: line.paymentMode,
    payment_reference_number: reference,
    ...(agentEmail ? { recovered_by: agentEmail } : {}),
    recovery_date: formatRecoveryDate(now),
    payment_received_date: line.date,
  } as UpdatePaymentRequest;
  if (!UpdatePaymentRequest.safeParse(body).success) return undefined;
  return {
    id: newOutboxId(now),
    kind: 'credgenics.payment',
    queue: paymentQueue(line.loanId),
    recordId: line.id,
    loanId: line.loanId,
    amount: line.amount,
    payload: { v: 1, loanId: line.loanId, allocationMonth: loan.allocationMonth, reference, body, knownPaymentIds: [] },
    state: 'pending',
    attempts: 0,
    createdAt: now,
    updatedAt: now,
    nextAttemptAt: 0,
  };
}
