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
 * are the start of the ULID's randomness (1 in a million for two captures in the same ms).
 * Crockford base32 has no I, L, O or U, so it reads aloud without confusion.
 */
export function receiptNumberFor(outboxId: string): string {
  const core = outboxId.slice(2, 14).toUpperCase();
  if (!/^[0-9A-HJKMNP-TV-Z]{12}$/.test(core)) throw new Error('Not an outbox id');
  return `FD-${core.slice(0, 4)}-${core.slice(4, 8)}-${core.slice(8, 12)}`;
}
