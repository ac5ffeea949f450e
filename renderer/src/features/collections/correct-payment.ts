import { UpdatePaymentRequest, normalizeAllocationMonth } from '../../../../shared/credgenics';
import type { FieldDeskDb } from '../../db/schema';
import { t } from '../../i18n';
import { OutboxActionError, rejectedItem } from '../../sync/actions';
import type { PaymentPayloadV1 } from './payloads';

/** The fields of a refused payment a person may correct. */
export interface PaymentCorrection {
  allocationMonth?: string;
  amount?: number;
  reference?: string;
}

/**
 * Corrects a refused payment and queues it again. The item keeps its id (and so its receipt
 * number); the visit record is corrected in the same transaction so receipt, report and
 * payload never disagree. The audit entry says what changed from what.
 */
export async function correctPayment(db: FieldDeskDb, id: string, correction: PaymentCorrection, now = Date.now()): Promise<void> {
  if (correction.allocationMonth !== undefined) {
    const month = normalizeAllocationMonth(correction.allocationMonth);
    if (!month) throw new OutboxActionError(t('sync.action.badMonth'));
    correction = { ...correction, allocationMonth: month };
  }
  await db.transaction('rw', [db.outbox, db.collections, db.audit], async () => {
    const item = await rejectedItem(db, id);
    if (item.kind !== 'credgenics.payment') throw new OutboxActionError(t('sync.action.onlyPayments'));
    const before = item.payload as PaymentPayloadV1;
    const reference = correction.reference?.trim() || before.reference;
    const amount = correction.amount ?? before.body.amount_recovered;
    const body = { ...before.body, amount_recovered: amount, payment_reference_number: reference };
    // A split that no longer adds up would only be refused again: it goes with an amount change.
    if (correction.amount !== undefined && correction.amount !== before.body.amount_recovered) {
      delete body.recovered_expected_emi;
      delete body.recovered_late_fee;
      delete body.recovered_penalty;
    }
    const checked = UpdatePaymentRequest.safeParse(body);
    if (!checked.success) throw new OutboxActionError(checked.error.issues[0]?.message ?? t('sync.action.invalid'));
    const payload: PaymentPayloadV1 = {
      ...before,
      allocationMonth: correction.allocationMonth ?? before.allocationMonth,
      reference,
      body,
    };
    await db.outbox.put({ ...item, payload, amount, state: 'pending', nextAttemptAt: 0, updatedAt: now });
    const visit = await db.collections.get(item.recordId);
    if (visit?.payment) {
      await db.collections.put({
        ...visit,
        allocationMonth: payload.allocationMonth,
        payment: {
          ...visit.payment,
          amount,
          ...(correction.amount !== undefined && correction.amount !== before.body.amount_recovered ? { split: undefined } : {}),
        },
      });
    }
    const changes = [
      payload.allocationMonth !== before.allocationMonth ? `month ${before.allocationMonth} → ${payload.allocationMonth}` : '',
      amount !== before.body.amount_recovered ? `amount ${before.body.amount_recovered} → ${amount}` : '',
      reference !== before.reference ? `reference ${before.reference} → ${reference}` : '',
    ].filter(Boolean);
    await db.audit.add({
      at: now,
      kind: 'outbox-correct',
      loanId: item.loanId,
      detail: `Corrected and sent again: ${item.id} (${changes.join('; ') || 'no change'})`,
    });
  });
}
