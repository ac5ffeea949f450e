import { monotonicFactory } from 'ulid';

/**
 * Outbox ids are ULIDs: made on the laptop at capture, unique without a server, and sorting in
 * the order they were made (monotonic within one millisecond), which is what FIFO per loan needs.
 */
const nextUlid = monotonicFactory();

export function newOutboxId(now: number = Date.now()): string {
  return nextUlid(now);
}

/**
 * The receipt number a borrower sees and Credgenics stores as payment_reference_number:
 * FD-XXXX-XXXX-XXXX, taken from the ULID. Its first two characters only change every ~8,900
 * years, so they are dropped; the next 8 are the capture time to the millisecond and the last 4
 * are the LAST 4 characters of the ULID.
 *
 * Why the last 4: within one millisecond the monotonic factory makes each id by adding 1 to the
 * previous one's random part, so ids of the same millisecond differ in their last characters
 * and share the first ones. The last 4 characters (20 bits) of a million consecutive ids are
 * all different, so two payments taken in the same millisecond on one laptop always get
 * different receipt numbers (an earlier build took the first 4 random characters, which were
 * identical for them). Receipt numbers already issued are stored with their visit and payment,
 * never recomputed, so they keep the number printed for the borrower.
 * Crockford base32 has no I, L, O or U, so it reads aloud without confusion.
 */
export function receiptNumberFor(outboxId: string): string {
  const id = outboxId.toUpperCase();
  if (!/^[0-9A-HJKMNP-TV-Z]{26}$/.test(id)) throw new Error('Not an outbox id');
  return `FD-${id.slice(2, 6)}-${id.slice(6, 10)}-${id.slice(22, 26)}`;
}
