import { beforeEach, describe, expect, it } from 'vitest';
import type { FieldDeskDb } from '../../../renderer/src/db/schema';
import { localDay } from '../../../renderer/src/features/collections/capture';
import { buildMoneyReport, loadMoneyData } from '../../../renderer/src/features/deposits/money-report';
import type { KycDocument } from '../../../renderer/src/features/kyc/model';
import { buildDayReport, type DayReport } from '../../../renderer/src/features/reports/day-report';
import { loadDayReportData } from '../../../renderer/src/features/reports/load';
import { runRetention } from '../../../renderer/src/features/retention/run';
import type { OutboxState } from '../../../renderer/src/sync/types';
import { at, DAY_MS, deposit, freshDb, holdsBytes, linesAccepted, payment, promise, settle, visit } from './helpers';

let db: FieldDeskDb;
beforeEach(() => {
  db = freshDb();
});

/** The fake clock: four months after the first day of work. */
const NOW = at(10, 18) + 120 * DAY_MS;
const RECENT = NOW - 10 * DAY_MS;
const unsentStates: OutboxState[] = ['pending', 'sending', 'unknown', 'rejected', 'paused-auth'];

async function dayReport(day: string): Promise<DayReport> {
  const data = await loadDayReportData(db, day);
  return buildDayReport(data.visits, data.outbox, day, data.kept);
}

/** What a summarised day must still say: every figure, not which visit had which badge. */
const figures = ({ visits, customersMet, outcomes, money, promisesMade, promisesDue }: DayReport) => ({
  visits,
  customersMet,
  outcomes,
  money,
  promisesMade,
  promisesDue,
});

async function everyReport(days: string[]) {
  const out: Record<string, ReturnType<typeof figures>> = {};
  for (const day of days) out[day] = figures(await dayReport(day));
  return { days: out, money: buildMoneyReport(await loadMoneyData(db)) };
}

async function photoOf(id: string) {
  return (await db.collections.get(id))?.photo;
}

describe('retention after 90 days (fake clock)', () => {
  it('sent work and photos go, every unsent state stays, and the day and money reports show the same totals', async () => {
    // 10 June: a whole day of settled work.
    const cash = await payment(db, at(10, 9), 1000, 'cash', { loanId: 'L1' });
    const upi = await payment(db, at(10, 10), 500, 'upi', { loanId: 'L2' });
    const promised = await promise(db, at(10, 11), '2025-06-20', 800, { loanId: 'L3', borrowerName: 'Meena' });
    const refused = await visit(db, at(10, 12), { loanId: 'L4', contact: { phone: '9876501234' } });
    const discarded = await payment(db, at(10, 13), 300, 'upi', { loanId: 'L5' });
    await settle(db, cash.id, 'sent', at(10, 9, 5));
    await settle(db, upi.id, 'sent', at(10, 10, 5));
    await settle(db, discarded.id, 'discarded', at(10, 13, 5));
    const contactItems = await db.outbox.where('recordId').equals(refused.id).toArray();
    expect(contactItems).toHaveLength(1);
    await settle(db, contactItems[0]!.id, 'sent', at(10, 12, 5));
    const dep = await deposit(db, at(10, 17), [cash], 'D-10');
    await linesAccepted(db, dep, at(10, 18));

    // 11–15 June: each day has one sent payment and one payment in an unsent state.
    const unsent: Record<string, { id: string; state: OutboxState }> = {};
    const sentOnUnsentDays: string[] = [];
    for (const [i, state] of unsentStates.entries()) {
      const open = await payment(db, at(11 + i, 9), 100 + i, 'upi', { loanId: `LU${i}` });
      const done = await payment(db, at(11 + i, 10), 50, 'upi', { loanId: `LS${i}` });
      await settle(db, open.id, state, at(11 + i, 9, 5));
      await settle(db, done.id, 'sent', at(11 + i, 10, 5));
      unsent[open.id] = { id: open.id, state };
      sentOnUnsentDays.push(done.id);
    }
    // 16 June: cash sent to Credgenics but still in the agent's bag (no deposit).
    const inHand = await payment(db, at(16, 9), 2000, 'cash', { loanId: 'L6' });
    await settle(db, inHand.id, 'sent', at(16, 9, 5));
    // Ten days ago: sent, but within the keeping period.
    const recent = await payment(db, RECENT, 700, 'upi', { loanId: 'L7' });
    await settle(db, recent.id, 'sent', RECENT + 60_000);
    // A KYC document GLAAS confirmed in June: its bytes went then, its item goes now.
    const doc: KycDocument = {
      id: '01JXKYCDOC000000000000000',
      requestFlowId: '46501',
      loanId: 'L1',
      name: 'pan.jpg',
      type: 'image/jpeg',
      createdAt: at(10, 9),
      original: { name: 'pan.jpg', type: 'image/jpeg', size: 10 },
      size: 10,
      keptAsIs: true,
      source: 'file',
      sha256: 'ab'.repeat(32),
      uploaded: { documentId: 77, storedName: 'pan.jpg', fields: [{ key: 'pan', value: 'ADJIY3516D' }], ocrError: null, uploadedAt: at(10, 9, 1) },
    };
    await db.documents.add(doc);
    await db.outbox.add({ id: doc.id, kind: 'glaas.document', queue: `glaas.document:${doc.id}`, recordId: doc.id, loanId: 'L1', payload: { v: 1 }, state: 'sent', attempts: 1, createdAt: at(10, 9), updatedAt: at(10, 9, 1), nextAttemptAt: 0, sentAt: at(10, 9, 1) });

    const days = ['2025-06-10', '2025-06-11', '2025-06-12', '2025-06-13', '2025-06-14', '2025-06-15', '2025-06-16', '2025-06-25', localDay(RECENT)];
    const before = await everyReport(days);
    expect(before.days['2025-06-10']!.money.total).toEqual({ count: 2, paise: 150_000 });
    expect(before.days['2025-06-25']!.promisesDue.map((p) => p.visitId)).toEqual([promised.id]);

    const result = await runRetention(db, { now: NOW, days: 90 });

    expect(result.daysSummarised).toEqual(['2025-06-10']);
    expect(result.daysKept).toEqual(['2025-06-11', '2025-06-12', '2025-06-13', '2025-06-14', '2025-06-15', '2025-06-16']);
    // The settled day is gone: visits, deposit, lines and every item of theirs; its summary stays.
    expect(await db.collections.where('day').equals('2025-06-10').count()).toBe(0);
    expect(await db.deposits.count()).toBe(0);
    expect(await db.repayments.count()).toBe(0);
    for (const id of [cash.id, upi.id, discarded.id, contactItems[0]!.id, ...dep.loan_data.map((l) => l.line_id)]) expect(await db.outbox.get(id)).toBeUndefined();
    expect(await db.daySummaries.get('2025-06-10')).toBeDefined();
    // Every unsent item is still there, in its state, with its visit and photo.
    for (const { id, state } of Object.values(unsent)) {
      expect((await db.outbox.get(id))?.state).toBe(state);
      expect(await db.collections.get(id)).toBeDefined();
      expect(await photoOf(id)).toSatisfy(holdsBytes);
    }
    // Days with something unsent are left whole; the sent visits there lose only their photos.
    for (const id of sentOnUnsentDays) {
      expect((await db.outbox.get(id))?.state).toBe('sent');
      expect(await db.collections.get(id)).toBeDefined();
      expect(await photoOf(id)).toBeUndefined();
    }
    // Cash still in hand keeps its day, and the photo of its sent payment goes.
    expect(await db.collections.get(inHand.id)).toBeDefined();
    expect(await photoOf(inHand.id)).toBeUndefined();
    // Within the period nothing changes.
    expect((await db.outbox.get(recent.id))?.state).toBe('sent');
    expect(await photoOf(recent.id)).toSatisfy(holdsBytes);
    // The document's old sent item goes; the document keeps its hash, GLAAS id and OCR.
    expect(await db.outbox.get(doc.id)).toBeUndefined();
    expect(await db.documents.get(doc.id)).toMatchObject({ sha256: doc.sha256, uploaded: { documentId: 77, fields: doc.uploaded!.fields } });
    expect(result.sentItemsDeleted).toBe(1);

    const after = await everyReport(days);
    expect(after).toEqual(before);
    expect((await dayReport('2025-06-10')).summarised).toBe(true);

    // Running again (the next day's pass) changes nothing more.
    const again = await runRetention(db, { now: NOW + DAY_MS, days: 90 });
    expect(again.daysSummarised).toEqual([]);
    expect(await everyReport(days)).toEqual(before);
  });

  it('a day with one unsent item is left whole, and goes (totals kept) once it is sent', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const v = await payment(db, at(10, 9 + i), 100 * (i + 1), 'upi', { loanId: `L${i}` });
      await settle(db, v.id, 'sent', at(10, 9 + i, 5));
      ids.push(v.id);
    }
    const late = await payment(db, at(10, 15), 999, 'bank-transfer', { loanId: 'L9' });
    const before = await everyReport(['2025-06-10']);

    const kept = await runRetention(db, { now: NOW, days: 90 });
    expect(kept.daysSummarised).toEqual([]);
    expect(kept.daysKept).toEqual(['2025-06-10']);
    expect(await db.collections.where('day').equals('2025-06-10').count()).toBe(4);
    for (const id of [...ids, late.id]) expect(await db.outbox.get(id)).toBeDefined();
    expect(await db.daySummaries.count()).toBe(0);
    expect(await photoOf(late.id)).toSatisfy(holdsBytes);
    expect(await everyReport(['2025-06-10'])).toEqual(before);

    await settle(db, late.id, 'sent', NOW);
    const sentBefore = await everyReport(['2025-06-10']);
    const gone = await runRetention(db, { now: NOW + DAY_MS, days: 90 });
    expect(gone.daysSummarised).toEqual(['2025-06-10']);
    expect(await db.collections.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    expect(await everyReport(['2025-06-10'])).toEqual(sentBefore);
    expect(sentBefore.days['2025-06-10']!.money.sent).toEqual({ count: 4, paise: 159_900 });
  });

  it('a deposit line GLAAS took but whose status may still change keeps its day whole', async () => {
    const cash = await payment(db, at(10, 9), 1000, 'cash');
    await settle(db, cash.id, 'sent', at(10, 9, 5));
    const dep = await deposit(db, at(10, 17), [cash], 'D-1');
    await markLinesPostedOnly(dep.loan_data.map((l) => l.line_id));
    const result = await runRetention(db, { now: NOW, days: 90 });
    expect(result.daysSummarised).toEqual([]);
    expect(await db.deposits.count()).toBe(1);
    expect(await db.collections.count()).toBe(1);
  });

  it('the keeping period comes from the caller: with 365 days nothing of June goes', async () => {
    const v = await payment(db, at(10, 9), 100, 'upi');
    await settle(db, v.id, 'sent', at(10, 9, 5));
    const result = await runRetention(db, { now: NOW, days: 365 });
    expect(result).toEqual({ sentItemsDeleted: 0, photosDeleted: 0, daysSummarised: [], daysKept: [] });
    expect(await photoOf(v.id)).toSatisfy(holdsBytes);
  });
});

async function markLinesPostedOnly(lineIds: string[]) {
  for (const id of lineIds) await settle(db, id, 'sent', at(10, 18));
}
