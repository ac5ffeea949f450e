import type { CommunicationTriggerRequest } from '../../../../../shared/credgenics';
import type { Settings } from '../../../../../shared/settings';
import { newOutboxId } from '../../../sync/ids';
import type { OutboxItem } from '../../../sync/types';
import type { PaymentPayloadV1, ReceiptMessagePayloadV1 } from '../payloads';

/**
 * When a payment is sent and the lender named a receipt event in Settings, the borrower's
 * receipt message is queued in the same transaction that marks the payment sent: it can only
 * follow a payment Credgenics really holds, and it is never forgotten by a crash in between.
 */
export const receiptMessageQueue = (loanId: string) => `credgenics.receipt-message:${loanId}`;

export function receiptMessageFollowUps(settings: () => Settings | undefined, now: () => number = Date.now) {
  return (sent: OutboxItem): OutboxItem[] => {
    if (sent.kind !== 'credgenics.payment') return [];
    const current = settings();
    const message = current?.collections?.receiptMessage;
    const companyId = current?.credgenics.companyId;
    // The trigger needs the company id and the role header; without them it could only fail,
    // and a refusal for want of setup would pause the payments queued behind it.
    if (!message?.eventName || !message.inboundBotId || !message.sendTo || !companyId || !current.credgenics.role) return [];
    const payment = sent.payload as PaymentPayloadV1;
    const request: CommunicationTriggerRequest = {
      loan_id: payment.loanId,
      company_id: companyId,
      inbound_bot_id: message.inboundBotId,
      allocation_month: payment.allocationMonth,
      source: 'FieldDesk',
      event_name: message.eventName,
      send_to: message.sendTo,
      communication_level: current.credgenics.lenderType === 'credit-lines' ? 'transaction' : 'customer',
    };
    const at = now();
    const payload: ReceiptMessagePayloadV1 = { v: 1, request };
    return [
      {
        id: newOutboxId(at),
        kind: 'credgenics.receipt-message',
        queue: receiptMessageQueue(payment.loanId),
        recordId: sent.recordId,
        loanId: sent.loanId,
        payload,
        state: 'pending',
        attempts: 0,
        createdAt: at,
        updatedAt: at,
        nextAttemptAt: 0,
      },
    ];
  };
}
