import Dexie, { type EntityTable } from 'dexie';
import type { Assignment, AuditEntry, CachedLoan, GlaasLoanCache, LoanSnapshotRow } from '../../../shared/domain';
import type { VisitRecord } from '../features/collections/model';
import type { DepositRecord } from '../features/deposits/model';
import type { KycDocument } from '../features/kyc/model';
import type { RepaymentLine } from '../features/repayments/model';
import { outboxCountsMiddleware, recountOutbox, type OutboxCountRow } from '../sync/outbox-counts';
import type { OutboxItem, OutboxState } from '../sync/types';
import { sealingMiddleware } from './crypto/middleware';

/**
 * The renderer's IndexedDB. Versions are additive: never change an existing index in place, add
 * a new version with the new stores or indexes, so data saved by an older build still opens.
 */
export class FieldDeskDb extends Dexie {
  /** Work-list rows: state and summary only. Read whole at start, so kept small. */
  loans!: EntityTable<Omit<CachedLoan, 'snapshot'>, 'loanId'>;
  /** The full Get Loan answers, read one at a time by the loan page. */
  snapshots!: EntityTable<LoanSnapshotRow, 'loanId'>;
  assignments!: Dexie.Table<Assignment, [string, string]>;
  glaas!: EntityTable<GlaasLoanCache, 'loanId'>;
  audit!: EntityTable<AuditEntry, 'id'>;
  /** Visits, with or without money, as the agent recorded them. */
  collections!: EntityTable<VisitRecord, 'id'>;
  /** What still has to reach a platform, and what already did (kept for the Sync screen). */
  outbox!: EntityTable<OutboxItem, 'id'>;
  /** Deposits of collected money at a bank or branch (issue 5). */
  deposits!: EntityTable<DepositRecord, 'deposit_id'>;
  /** GLAAS repayment lines from deposits and the branch grid; id = GLAAS uid. */
  repayments!: EntityTable<RepaymentLine, 'id'>;
  /** KYC documents waiting for or uploaded to GLAAS (issue 6). */
  documents!: EntityTable<KycDocument, 'id'>;
  /**
   * The work list in sealed blocks (issue 13): a few dozen reads open 10,000 rows. Kept by the
   * sealing middleware in step with `loans`, in the same transaction; nothing else writes it.
   */
  listBlocks!: Dexie.Table<{ id: number; $sealed?: Uint8Array }, number>;
  /**
   * Retention (issue 13): what the day and money reports need of a day whose records were
   * deleted after the retention period, one summary per day. Written by features/retention.
   */
  daySummaries!: Dexie.Table<{ day: string } & Record<string, unknown>, string>;
  /**
   * Issue 15: how many outbox items are in each state (and per loan while unsent), kept by
   * sync/outbox-counts.ts in the same transaction as every outbox write; nothing else writes it.
   */
  outboxCounts!: Dexie.Table<OutboxCountRow, [OutboxState, string]>;

  constructor(name = 'fielddesk') {
    // A saved payment must survive a power cut: strict durability makes each commit reach the disk.
    super(name, { chromeTransactionDurability: 'strict' });
    // Borrower data is sealed on its way to disk (issue 13): see db/crypto/middleware.ts.
    this.use(sealingMiddleware);
    // Outbox counts follow every outbox write, in its transaction (issue 15).
    this.use(outboxCountsMiddleware);
    this.version(1).stores({
      loans: 'loanId, fetchState, fetchedAt',
      snapshots: 'loanId',
      assignments: '[loanId+allocationMonth], loanId, allocationMonth',
      glaas: 'loanId, fetchedAt',
      audit: '++id, at, kind, loanId',
    });
    // Issue 4: collections and the outbox. Additive: version 1 data opens unchanged.
    this.version(2).stores({
      collections: 'id, loanId, day, capturedAt, depositId',
      outbox: 'id, state, queue, loanId, recordId',
    });
    // Issues 5 and 6: deposits, GLAAS repayment lines and KYC documents; the outbox gains a
    // sentAt index so the Sync screen can list recent sends without reading all history.
    this.version(3).stores({
      outbox: 'id, state, queue, loanId, recordId, sentAt',
      deposits: 'deposit_id, day, createdAt',
      repayments: 'id, depositId, day, loanId, statusFinal, source',
      documents: 'id, requestFlowId, createdAt',
    });
    // Issue 15: a drain's cost must not grow with the backlog. Compound indexes let the engine
    // find each queue's first unsent item, the header count items and loans per state, and the
    // engine find backed-off items, without reading every unsent item. Additive: v3 data opens.
    this.version(4).stores({
      outbox: 'id, state, queue, loanId, recordId, sentAt, [state+queue], [state+loanId], [state+nextAttemptAt]',
    });
    // Issue 13: the work list in sealed blocks, and day summaries that outlive deleted records.
    this.version(5).stores({
      listBlocks: 'id',
      daySummaries: 'day',
    });
    // Issue 15: the outbox counts the header reads instead of counting the outbox on every
    // change. Additive: v5 data opens, and its outbox is counted once here.
    this.version(6)
      .stores({ outboxCounts: '[state+loanId]' })
      .upgrade((tx) => recountOutbox(tx.idbtrans));
  }
}

let instance: FieldDeskDb | undefined;

/** The app's one database. Tests make their own with `new FieldDeskDb(uniqueName)`. */
export function db(): FieldDeskDb {
  instance ??= new FieldDeskDb();
  return instance;
}
