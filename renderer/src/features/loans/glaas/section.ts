import type { GlaasLoanCache } from '../../../../../shared/domain';
import type { LineDetails, RepaymentSchedule } from '../../../../../shared/glaas';
import type { ApiError, Result } from '../../../../../shared/result';
import type { FieldDeskDb } from '../../../db/schema';
import { failureOf } from '../download/records';
import type { LoanApi } from '../download/port';
import { todayInIndia } from './date';
import { glaasLinkOf, isLineOfCredit } from './link';

export interface GlaasSectionOptions {
  api: Pick<LoanApi, 'repaymentSchedule' | 'lineDetails'>;
  db: FieldDeskDb;
  now?: () => number;
}

/** A GLAAS id from an import sheet is text; the API wants a positive whole number. */
function positiveId(text: string): number | undefined {
  // Spreadsheets turn 1801 into "1801.0"; that is still the id 1801.
  return /^\d{1,15}(\.0+)?$/.test(text) && Number(text) > 0 ? Number(text) : undefined;
}

function badId(what: string, text: string): Result<never> {
  return { ok: false, error: { kind: 'rejected', message: `The ${what} in the allocation sheet is not a GLAAS id: "${text}".` } };
}

async function fetchSchedule(api: GlaasSectionOptions['api'], text: string): Promise<Result<RepaymentSchedule>> {
  const id = positiveId(text);
  return id === undefined ? badId('GLAAS loan id', text) : api.repaymentSchedule({ loanId: id });
}

async function fetchLine(api: GlaasSectionOptions['api'], text: string, paymentDate: string): Promise<Result<LineDetails>> {
  const id = positiveId(text);
  if (id === undefined) return badId('request flow id', text);
  const answer = await api.lineDetails({ requestFlowIds: [id], paymentDate });
  if (!answer.ok) return answer;
  const line = answer.value.find((l) => l.requestFlowId === id) ?? (answer.value.length === 1 ? answer.value[0] : undefined);
  if (line) return { ok: true, value: line };
  return { ok: false, error: { kind: 'bad-response', message: `GLAAS sent no line details for request flow ${id}.` } };
}

const loading = new WeakMap<FieldDeskDb, Map<string, Promise<GlaasLoanCache | undefined>>>();

/**
 * Fetches a linked loan's GLAAS section (repayment schedule and today's line position, in
 * parallel) and caches it. Returns undefined when the loan has no GLAAS link.
 *
 * The two parts are kept apart: a part that succeeds replaces its cached copy, a part that fails
 * keeps the copy from before. `fetchedAt` moves to now when anything new arrived; `failure`
 * holds the first error of this load, or is cleared when everything arrived. A row whose every
 * load failed has `fetchedAt: 0` and no data, only `failure`: show the reason, not a date.
 *
 * Opening the same loan twice at once (React's strict mode runs effects twice) shares one load.
 */
export function loadGlaasSection(loanId: string, options: GlaasSectionOptions): Promise<GlaasLoanCache | undefined> {
  let perDb = loading.get(options.db);
  if (!perDb) loading.set(options.db, (perDb = new Map()));
  const running = perDb.get(loanId);
  if (running) return running;
  const load = loadOnce(loanId, options).finally(() => perDb.delete(loanId));
  perDb.set(loanId, load);
  return load;
}

async function loadOnce(loanId: string, { api, db, now = Date.now }: GlaasSectionOptions): Promise<GlaasLoanCache | undefined> {
  const [assignments, loan] = await Promise.all([db.assignments.where('loanId').equals(loanId).toArray(), db.loans.get(loanId)]);
  const link = glaasLinkOf(assignments);
  if (!link) return undefined;
  const startedAt = now();
  // Line Details is asked only for a line of credit: GLAAS refuses it for a term loan ("no
  // sanctioned line"), and that refusal must not read as a failure on every term loan's page.
  const line = isLineOfCredit(link, loan?.kind);
  const [schedule, lineAnswer] = await Promise.all([
    link.glaasLoanId === undefined ? undefined : fetchSchedule(api, link.glaasLoanId),
    !line || link.requestFlowId === undefined ? undefined : fetchLine(api, link.requestFlowId, todayInIndia(startedAt)),
  ]);

  return db.transaction('rw', db.glaas, async () => {
    const previous = await db.glaas.get(loanId);
    const row: GlaasLoanCache = { loanId, fetchedAt: previous?.fetchedAt ?? 0 };
    if (previous?.schedule) row.schedule = previous.schedule;
    if (previous?.lineDetails) row.lineDetails = previous.lineDetails;
    const errors: ApiError[] = [];
    let fresh = false;
    if (schedule?.ok) [row.schedule, fresh] = [schedule.value, true];
    else if (schedule) errors.push(schedule.error);
    if (lineAnswer?.ok) [row.lineDetails, fresh] = [lineAnswer.value, true];
    else if (lineAnswer) errors.push(lineAnswer.error);
    // A loan found to be a term loan keeps no line position from before (an older version asked).
    if (!line) delete row.lineDetails;
    if (fresh) row.fetchedAt = now();
    const first = errors[0];
    if (first) row.failure = failureOf(first);
    await db.glaas.put(row);
    return row;
  });
}
