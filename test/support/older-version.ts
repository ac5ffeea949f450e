import type { FieldDeskDb } from '../../renderer/src/db/schema';
import { captureVisit, type VisitInput } from '../../renderer/src/features/collections/capture';
import type { VisitRecord } from '../../renderer/src/features/collections/model';
import type { PaymentPayloadV1 } from '../../renderer/src/features/collections/payloads';
import type { OutboxItem } from '../../renderer/src/sync/types';

/**
 * A visit and its payment item as a FieldDesk from before whole rupees were enforced saved them:
 * the same records with an amount in paise. Today's capture refuses paise, so tests that need
 * such records (reports adding old amounts, the Sync screen's "Needs your attention") capture
 * whole rupees and rewrite the amount here, exactly where an older version would have put it.
 */
export function asSavedWithPaise(visit: VisitRecord, item: OutboxItem, amount: number): { visit: VisitRecord; item: OutboxItem } {
  if (!visit.payment || item.kind !== 'credgenics.payment') throw new Error('only a payment visit and its Credgenics item');
  const payload = item.payload as PaymentPayloadV1;
  const body = { ...payload.body, amount_recovered: amount };
  delete body.recovered_expected_emi;
  delete body.recovered_late_fee;
  delete body.recovered_penalty;
  return {
    visit: { ...visit, payment: { ...visit.payment, amount, split: undefined } } as VisitRecord,
    item: { ...item, amount, payload: { ...payload, body } },
  };
}

/**
 * captureVisit, but an amount with paise is stored as an older FieldDesk stored it (see
 * asSavedWithPaise). Whole rupees go through captureVisit untouched.
 */
export async function captureAllowingOlderPaise(db: FieldDeskDb, input: VisitInput, options: { now: number }): Promise<VisitRecord> {
  const amount = input.payment?.amount;
  if (amount === undefined || Number.isInteger(amount)) return captureVisit(db, input, options);
  const visit = await captureVisit(db, { ...input, payment: { ...input.payment!, amount: Math.ceil(amount) } }, options);
  const item = await db.outbox.get(visit.id);
  if (!item) throw new Error(`no outbox item ${visit.id}`);
  const older = asSavedWithPaise(visit, item, amount);
  await db.transaction('rw', [db.collections, db.outbox], async () => {
    await db.collections.put(older.visit);
    await db.outbox.put(older.item);
  });
  return older.visit;
}
