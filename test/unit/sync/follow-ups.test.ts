import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Settings } from '../../../shared/settings';
import { FieldDeskDb } from '../../../renderer/src/db/schema';
import { receiptMessageFollowUps } from '../../../renderer/src/features/collections/outbox/receipt-message';
import { memoryLocks, webLocks } from '../../../renderer/src/sync/lock';
import { capture, cashVisit, drain, engineFor, loanIds, startTraining, stopEngines, syncDbName, type Training } from './helpers';

let training: Training;
let db: FieldDeskDb;
let month: string;

beforeEach(async () => {
  training = await startTraining({ loanCount: 10, seed: 3 });
  db = new FieldDeskDb(syncDbName());
  month = training.sandbox.state.dataset.allocationMonths.current;
});
afterEach(async () => {
  stopEngines();
  db.close();
  await training.close();
});

const withMessage = (extra: Partial<Settings['credgenics']> = {}): Settings => ({
  credgenics: { environment: 'training', companyId: 'c0ffee00-0000-4000-8000-000000000001', role: 'agent', ...extra },
  glaas: {},
  collections: { receiptMessage: { eventName: 'payment_receipt', inboundBotId: 'bot-1', sendTo: 'applicant' } },
});

describe('the receipt message after a payment', () => {
  it('is queued when the payment is sent, and sent to Credgenics once', async () => {
    const settings = withMessage();
    await training.main.invoke('settings.update', { credgenics: settings.credgenics });
    const [loanId] = loanIds(1);
    const visit = await capture(db, cashVisit(loanId!, month, 1200));
    const { engine, count } = engineFor(db, training.main, { followUps: receiptMessageFollowUps(() => settings) });
    await drain(engine, db);
    const items = await db.outbox.where('recordId').equals(visit.id).toArray();
    expect(items.map((i) => [i.kind, i.state])).toEqual(
      expect.arrayContaining([
        ['credgenics.payment', 'sent'],
        ['credgenics.receipt-message', 'sent'],
      ]),
    );
    expect(count('triggerCommunication')).toBe(1);
    const message = items.find((i) => i.kind === 'credgenics.receipt-message')!;
    expect(message.payload).toMatchObject({ request: { loan_id: loanId, event_name: 'payment_receipt', allocation_month: month, communication_level: 'customer' } });
  });

  it('is not queued when the event is off or the role is missing (it could only fail and pause the queue)', async () => {
    const [loanId] = loanIds(1);
    const visit = await capture(db, cashVisit(loanId!, month, 1300));
    const sent = { ...(await db.outbox.get(visit.id))!, state: 'sent' as const };
    expect(receiptMessageFollowUps(() => withMessage({ role: undefined }))(sent)).toEqual([]);
    expect(receiptMessageFollowUps(() => ({ ...withMessage(), collections: {} }))(sent)).toEqual([]);
    expect(receiptMessageFollowUps(() => withMessage())(sent)).toHaveLength(1);
  });
});

describe('one sender at a time', () => {
  it('memory locks refuse a second holder and free the lock when the first is done, even if it throws', async () => {
    const locks = memoryLocks();
    let release!: () => void;
    const first = locks.tryRun('outbox', () => new Promise<string>((r) => (release = () => r('first'))));
    expect(await locks.tryRun('outbox', async () => 'second')).toEqual({ ran: false });
    release();
    expect(await first).toEqual({ ran: true, value: 'first' });
    await expect(locks.tryRun('outbox', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await locks.tryRun('outbox', async () => 'again')).toEqual({ ran: true, value: 'again' });
  });

  it('web locks ask with ifAvailable, so a second window skips instead of queueing behind the first', async () => {
    const asked: unknown[] = [];
    const held = new Set<string>();
    const fake = {
      request: async <T>(name: string, options: { ifAvailable: boolean }, callback: (lock: unknown) => Promise<T>): Promise<T> => {
        asked.push(options);
        if (held.has(name)) return callback(null);
        held.add(name);
        try {
          return await callback({ name });
        } finally {
          held.delete(name);
        }
      },
    };
    const locks = webLocks(fake);
    let release!: () => void;
    const first = locks.tryRun('outbox', () => new Promise<void>((r) => (release = r)));
    expect(await locks.tryRun('outbox', async () => 'x')).toEqual({ ran: false });
    release();
    await first;
    expect(asked).toEqual([{ ifAvailable: true }, { ifAvailable: true }]);
  });
});
