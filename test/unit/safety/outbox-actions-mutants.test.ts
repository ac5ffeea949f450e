import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { FieldDeskDb } from '../../../renderer/src/db/schema';
import { t } from '../../../renderer/src/i18n';
import { discardRejected, OutboxActionError, retryRejected } from '../../../renderer/src/sync/actions';
import { countUnsent } from '../../../renderer/src/sync/outbox-store';
import type { OutboxItem } from '../../../renderer/src/sync/types';

/**
 * Issue 15, mutation testing of what a person may do with a refused item: each action leaves
 * an audit entry whose kind and words say what happened, and a discard needs a real reason.
 * These are the audit trail of money given up, so their words are pinned, not just their kind.
 */

let db: FieldDeskDb | undefined;
afterEach(() => db?.close());

const NOW = 1_800_000_000_000;
let dbCount = 0;

function refused(id: string, extra: Partial<OutboxItem> = {}): OutboxItem {
  return {
    id,
    kind: 'credgenics.payment',
    queue: 'credgenics.payment:L7',
    recordId: `r-${id}`,
    loanId: 'L7',
    payload: { note: 'sealed' },
    state: 'rejected',
    attempts: 1,
    createdAt: NOW - 60_000,
    updatedAt: NOW - 30_000,
    nextAttemptAt: 0,
    lastError: { kind: 'rejected', message: 'The server refused it.', status: 400, at: NOW - 30_000 },
    ...extra,
  };
}

async function fresh(items: OutboxItem[]): Promise<FieldDeskDb> {
  dbCount += 1;
  db = new FieldDeskDb(`safety-actions-${process.pid}-${Date.now()}-${dbCount}`);
  await db.outbox.bulkAdd(items);
  return db;
}

const ID_A = '01KAAAAAAAAAAAAAAAAAAAAAAA';
const ID_B = '01KBBBBBBBBBBBBBBBBBBBBBBB';

describe('send again as it was', () => {
  it('goes back to pending now and is audited as a retry naming the item', async () => {
    const d = await fresh([refused(ID_A)]);
    await retryRejected(d, ID_A, NOW);
    expect(await d.outbox.get(ID_A)).toMatchObject({ state: 'pending', nextAttemptAt: 0, updatedAt: NOW });
    const audit = await d.audit.toArray();
    expect(audit.map(({ at, kind, loanId, detail }) => ({ at, kind, loanId, detail }))).toEqual([
      { at: NOW, kind: 'outbox-retry', loanId: 'L7', detail: `Sent again as it was: ${ID_A}` },
    ]);
  });
});

describe('discard with a reason', () => {
  it('needs at least three characters of reason, not counting spaces around it', async () => {
    const d = await fresh([refused(ID_A, { amount: 900 })]);
    for (const reason of ['', 'no', '  no  ', '\n ok \t']) {
      await expect(discardRejected(d, ID_A, reason, NOW)).rejects.toThrow(new OutboxActionError(t('sync.action.needReason')));
    }
    expect((await d.outbox.get(ID_A))?.state).toBe('rejected');
    expect(await d.audit.count()).toBe(0);
    expect(await countUnsent(d)).toBe(1);

    // Exactly three characters is enough.
    await discardRejected(d, ID_A, 'dup', NOW);
    expect((await d.outbox.get(ID_A))?.state).toBe('discarded');
    expect(await countUnsent(d)).toBe(0);
  });

  it('audits the kind, the id, the amount in rupees and the trimmed reason', async () => {
    const d = await fresh([refused(ID_A, { amount: 1250 })]);
    await discardRejected(d, ID_A, '   paid twice, borrower has the other receipt  ', NOW);
    const [entry] = await d.audit.toArray();
    expect(entry).toMatchObject({ at: NOW, kind: 'outbox-discard', loanId: 'L7' });
    expect(entry?.detail).toBe(`Discarded credgenics.payment ${ID_A} of ₹1250: paid twice, borrower has the other receipt`);
  });

  it('an item without money is audited without an amount', async () => {
    const d = await fresh([refused(ID_B, { kind: 'credgenics.loan-update', queue: 'credgenics.loan-update:L7' })]);
    await discardRejected(d, ID_B, 'address was wrong', NOW);
    const [entry] = await d.audit.toArray();
    expect(entry?.detail).toBe(`Discarded credgenics.loan-update ${ID_B}: address was wrong`);
  });
});
