import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FieldDeskDb } from '../../../renderer/src/db/schema';
import { captureVisit } from '../../../renderer/src/features/collections/capture';
import { markSent } from '../../../renderer/src/sync/outbox-store';
import { cashVisit } from '../../support/visits';

/**
 * Safety invariant: a saved payment survives a power cut. The database asks IndexedDB for
 * strict durability on every write transaction (Chromium otherwise reports a commit before it
 * reaches the disk). fake-indexeddb ignores the option, so the test watches what Dexie hands to
 * IndexedDB's own transaction() call.
 */

let db: FieldDeskDb | undefined;
afterEach(() => {
  vi.restoreAllMocks();
  db?.close();
});

describe('the database opens with strict durability', () => {
  it('every write transaction of a capture and of marking it sent asks IndexedDB for durability: strict', async () => {
    const opened = vi.spyOn(IDBDatabase.prototype, 'transaction');
    db = new FieldDeskDb(`safety-durability-${process.pid}-${Date.now()}`);
    const visit = await captureVisit(db, cashVisit('L1', '2026-11-01', 900), { now: Date.UTC(2026, 10, 21, 6) });
    await markSent(db, visit.id, Date.UTC(2026, 10, 21, 7), { confirmedBy: 'reply' });
    const writes = opened.mock.calls.filter(([, mode]) => mode === 'readwrite');
    expect(writes.length).toBeGreaterThanOrEqual(2);
    for (const [, , options] of writes) expect(options).toMatchObject({ durability: 'strict' });
    // The capture's transaction covers the visit and its outbox item together.
    expect(writes.some(([stores]) => [stores].flat().includes('collections') && [stores].flat().includes('outbox'))).toBe(true);
  });
});
