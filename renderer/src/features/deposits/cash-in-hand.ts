import { DEFAULT_CASH_LIMIT } from '../../../../shared/settings';
import type { FieldDeskDb } from '../../db/schema';
import type { CollectionMethod, VisitRecord } from '../collections/model';

/** Methods an agent physically carries until deposited. UPI and transfers land in the lender's account by themselves. */
export const carriedMethods: readonly CollectionMethod[] = ['cash', 'cheque'];

/** A collection carried longer than this is flagged: lenders want cash banked the next day. */
export const OVERDUE_MS = 24 * 60 * 60_000;
/** The first warning comes at this share of the limit. */
export const NEAR_LIMIT_SHARE = 0.8;

export interface InHandGroup {
  method: CollectionMethod;
  count: number;
  total: number;
  oldestAt?: number;
}

export interface CashInHand {
  /** Oldest first. */
  collections: VisitRecord[];
  groups: InHandGroup[];
  total: number;
  /** Cash only: the limit is about cash. */
  cash: number;
  limit: number;
  level: 'ok' | 'near' | 'over';
  /** Ids of collections carried for more than a day. */
  overdue: ReadonlySet<string>;
}

/**
 * Collections with cash or a cheque that are in no deposit yet. A payment the agent discarded
 * (it was recorded by mistake) is not money in hand.
 *
 * This runs live in the header on every screen, so it must not re-run as the outbox drains:
 * discarded items are read through the state index (a liveQuery then wakes only when an item
 * becomes or stops being discarded), never by fetching each visit's item, which would make every
 * "sent" during a drain re-read all collections.
 */
export async function undeposited(db: FieldDeskDb): Promise<VisitRecord[]> {
  const [visits, discarded] = await Promise.all([
    db.collections.filter((v) => !v.depositId && v.payment !== undefined && carriedMethods.includes(v.payment.method)).toArray(),
    db.outbox.where('state').equals('discarded').primaryKeys(),
  ]);
  const gone = new Set(discarded);
  return visits.filter((v) => !gone.has(v.id)).sort((a, b) => a.capturedAt - b.capturedAt);
}

const cents = (n: number) => Math.round(n * 100);

export function summarise(collections: VisitRecord[], now: number, limit = DEFAULT_CASH_LIMIT): CashInHand {
  const groups = new Map<CollectionMethod, InHandGroup>();
  let totalCents = 0;
  let cashCents = 0;
  const overdue = new Set<string>();
  for (const v of collections) {
    const p = v.payment!;
    const group = groups.get(p.method) ?? { method: p.method, count: 0, total: 0 };
    group.count += 1;
    group.total = (cents(group.total) + cents(p.amount)) / 100;
    group.oldestAt = Math.min(group.oldestAt ?? Infinity, v.capturedAt);
    groups.set(p.method, group);
    totalCents += cents(p.amount);
    if (p.method === 'cash') cashCents += cents(p.amount);
    if (now - v.capturedAt > OVERDUE_MS) overdue.add(v.id);
  }
  const cash = cashCents / 100;
  const level = cash > limit ? 'over' : cash >= limit * NEAR_LIMIT_SHARE ? 'near' : 'ok';
  return {
    collections,
    groups: carriedMethods.map((m) => groups.get(m)).filter((g): g is InHandGroup => g !== undefined),
    total: totalCents / 100,
    cash,
    limit,
    level,
    overdue,
  };
}
