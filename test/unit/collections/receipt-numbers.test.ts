import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { FieldDeskDb } from '../../../renderer/src/db/schema';
import { captureVisit } from '../../../renderer/src/features/collections/capture';
import type { PaymentPayloadV1 } from '../../../renderer/src/features/collections/payloads';
import { receiptNumberFor } from '../../../renderer/src/sync/ids';
import { cashVisit } from '../../support/visits';

let db: FieldDeskDb | undefined;
afterEach(() => db?.close());

describe('receipt numbers are unique by construction', () => {
  it('1,000 payments captured with the same clock reading get 1,000 different receipt numbers and references', async () => {
    db = new FieldDeskDb(`receipts-${process.pid}-${Date.now()}`);
    const sameMillisecond = Date.UTC(2026, 10, 21, 6, 0, 0);
    const receipts = new Set<string>();
    for (let i = 0; i < 1000; i++) {
      const visit = await captureVisit(db, cashVisit(`L${i % 7}`, '2026-11-01', 100 + i), { now: sameMillisecond });
      receipts.add(visit.receiptNo!);
    }
    const references = new Set(
      (await db.outbox.toArray())
        .filter((item) => item.kind === 'credgenics.payment')
        .map((item) => (item.payload as PaymentPayloadV1).reference),
    );
    expect(receipts.size).toBe(1000);
    expect(references.size).toBe(1000);
    // The reference Credgenics stores is the receipt number the borrower holds.
    expect([...references].sort()).toEqual([...receipts].sort());
  });

  it('ids one apart in the same millisecond (the monotonic factory) give different receipt numbers', () => {
    expect(receiptNumberFor('01KAFD0000ABCDEFGHJKMNPQRS')).not.toBe(receiptNumberFor('01KAFD0000ABCDEFGHJKMNPQRT'));
    // Carrying into the next character still changes the number.
    expect(receiptNumberFor('01KAFD0000ABCDEFGHJKMNPQRZ')).not.toBe(receiptNumberFor('01KAFD0000ABCDEFGHJKMNPQS0'));
  });
});
