import 'fake-indexeddb/auto';
import { FieldDeskDb } from '../../../renderer/src/db/schema';
import { captureVisit, type VisitInput } from '../../../renderer/src/features/collections/capture';
import type { CollectionMethod, VisitRecord } from '../../../renderer/src/features/collections/model';
import { recordDeposit } from '../../../renderer/src/features/deposits/capture';
import type { DepositRecord } from '../../../renderer/src/features/deposits/model';
import { markSent } from '../../../renderer/src/sync/outbox-store';
import type { OutboxState } from '../../../renderer/src/sync/types';
import { confirmedMapping } from '../repayments/helpers';

let count = 0;
export function freshDb(): FieldDeskDb {
  count += 1;
  return new FieldDeskDb(`retention-${process.pid}-${Date.now()}-${count}`);
}

export const DAY_MS = 24 * 60 * 60 * 1000;
/** A laptop-local time on a day of June 2025. */
export const at = (day: number, hour: number, minute = 0): number => new Date(2025, 5, day, hour, minute).getTime();

const base: VisitInput = {
  loanId: 'L1',
  allocationMonth: '2025-6-01',
  borrowerName: 'Asha Devi',
  purpose: 'scheduled',
  met: true,
  whoMet: 'borrower',
  outcome: { code: 'REFUSED', label: 'Refused to pay', needs: 'none' },
  agent: { name: 'Ravi Kumar' },
};

export const photo = () => new Blob([new Uint8Array([0xff, 0xd8, 0xff, 1, 2, 3])], { type: 'image/jpeg' });

export function visit(db: FieldDeskDb, now: number, input: Partial<VisitInput> = {}): Promise<VisitRecord> {
  return captureVisit(db, { ...base, photo: photo(), ...input }, { now });
}

export function payment(db: FieldDeskDb, now: number, amount: number, method: CollectionMethod, input: Partial<VisitInput> = {}) {
  return visit(db, now, { outcome: { code: 'PAID_PART', label: 'Paid partly', needs: 'payment' }, payment: { amount, method }, ...input });
}

export function promise(db: FieldDeskDb, now: number, date: string, amount: number, input: Partial<VisitInput> = {}) {
  return visit(db, now, { outcome: { code: 'PTP', label: 'Promise to pay', needs: 'promise' }, promise: { date, amount }, ...input });
}

/** What the sync engine would leave an item in. `sent` goes through markSent (it sets sentAt). */
export async function settle(db: FieldDeskDb, id: string, state: OutboxState, now: number): Promise<void> {
  if (state === 'sent') {
    await markSent(db, id, now, { confirmedBy: 'reply' });
    return;
  }
  const changed = await db.outbox.update(id, { state, updatedAt: now });
  if (changed !== 1) throw new Error(`no outbox item ${id}`);
}

/** Deposits cash/cheque visits at a company branch; the GLAAS lines are left pending. */
export function deposit(db: FieldDeskDb, now: number, visits: VisitRecord[], receipt: string): Promise<DepositRecord> {
  const links = new Map(visits.map((v) => [v.loanId, { requestFlowId: `RF-${v.loanId}` }]));
  return recordDeposit(
    db,
    {
      collectionIds: visits.map((v) => v.id),
      branch: { branch_type: 'company', branch_name: 'Hosur', address: 'Main Rd', contact: '9876543210' },
      receiptNumber: receipt,
      depositDate: new Date(now).toISOString().slice(0, 10),
      agent: {},
    },
    { now, mapping: confirmedMapping, links },
  );
}

/** A deposit's lines taken by GLAAS and final (accepted). */
export async function linesAccepted(db: FieldDeskDb, dep: DepositRecord, now: number): Promise<void> {
  for (const line of dep.loan_data) {
    await markSent(db, line.line_id, now, { confirmedBy: 'reply' });
    await db.repayments.update(line.line_id, { glaasStatus: { status: 'ACCEPTED', at: now }, statusFinal: 1 });
  }
}

/** A file field that still holds the file: bytes as the encrypted store keeps them (or a Blob). */
export function holdsBytes(file: unknown): boolean {
  if (file instanceof Blob) return file.size > 0;
  const bytes = (file as { bytes?: unknown } | undefined)?.bytes;
  return bytes instanceof Uint8Array && bytes.byteLength > 0;
}
