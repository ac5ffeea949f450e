import 'fake-indexeddb/auto';
import { defaultDispositions, type Disposition } from '../../../shared/settings';
import { FieldDeskDb } from '../../../renderer/src/db/schema';
import { captureVisit, type VisitInput } from '../../../renderer/src/features/collections/capture';
import type { TakenPayment, VisitRecord } from '../../../renderer/src/features/collections/model';
import type { OutboxState } from '../../../renderer/src/sync/types';
import { captureAllowingOlderPaise } from '../../support/older-version';

let dbCount = 0;
export function freshDb(): FieldDeskDb {
  dbCount += 1;
  return new FieldDeskDb(`reports-${process.pid}-${Date.now()}-${dbCount}`);
}

export const outcome = (code: string): Disposition => {
  const found = defaultDispositions.find((d) => d.code === code);
  if (!found) throw new Error(`no disposition ${code}`);
  return found;
};

/** A laptop-local time on a day of June 2025 (local, as capture's `day` is local). */
export const at = (day: number, hour: number, minute = 0): number => new Date(2025, 5, day, hour, minute).getTime();
export const DAY = '2025-06-10';
export const ON_DAY = (hour: number, minute = 0) => at(10, hour, minute);

const base: VisitInput = {
  loanId: 'L1',
  allocationMonth: '2025-6-01',
  borrowerName: 'Asha Devi',
  purpose: 'scheduled',
  met: true,
  whoMet: 'borrower',
  outcome: outcome('REFUSED'),
  agent: { name: 'Ravi Kumar', email: 'ravi@example.com' },
};

/** Records a visit the way the visit form does, through captureVisit. */
export function record(db: FieldDeskDb, now: number, input: Partial<VisitInput> = {}): Promise<VisitRecord> {
  return captureVisit(db, { ...base, ...input }, { now });
}

/**
 * A payment visit. Whole rupees go through captureVisit as the form does; an amount with paise
 * (which today's capture refuses: Credgenics takes whole rupees) is stored as an older FieldDesk
 * stored it, because the reports must still add such records to the paisa.
 */
export function paid(db: FieldDeskDb, now: number, payment: TakenPayment, input: Partial<VisitInput> = {}) {
  return captureAllowingOlderPaise(db, { ...base, outcome: outcome('PAID_PART'), payment, ...input }, { now });
}

export function promised(db: FieldDeskDb, now: number, date: string, amount: number, input: Partial<VisitInput> = {}) {
  return record(db, now, { outcome: outcome('PTP'), promise: { date, amount }, ...input });
}

/** What the sync engine would do to a payment's item. */
export async function setState(db: FieldDeskDb, visit: VisitRecord, state: OutboxState, extra: { serverRef?: string } = {}) {
  const changed = await db.outbox.update(visit.id, { state, ...extra });
  if (changed !== 1) throw new Error(`no outbox item ${visit.id}`);
}
