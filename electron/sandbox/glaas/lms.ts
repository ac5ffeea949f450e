import { isObject, json, parseJsonBody, type Ctx, type Reply } from '../core';
import { addMonths, fromEpochDay, glaasDate, parseGlaasDate, toEpochDay, type CalendarDate } from '../time';
import { emiFor } from '../data/terms';
import type { GlaasLine, GlaasSubLoan } from '../wire-types';
import type { RepaymentRecord } from '../types';
import { amountString, asRequestFlowId, rejected } from './replies';

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** Accepted 'service' repayments against one sub-loan reduce what it owes. A line without a
 *  loanId counts against the line's first sub-loan. */
function repaidAgainst(line: GlaasLine, sub: GlaasSubLoan, repayments: readonly RepaymentRecord[]): number {
  const first = line.subLoans[0];
  let sum = 0;
  for (const r of repayments) {
    if (r.type !== 'service' || r.requestFlowId !== line.requestFlowId) continue;
    if (r.loanId === sub.loanId || (r.loanId === null && first === sub)) sum += r.amount;
  }
  return sum;
}

function nextInstallment(sub: GlaasSubLoan, after: CalendarDate): CalendarDate {
  let c: CalendarDate = { year: after.year, month: after.month, day: sub.emiDayOfMonth };
  if (toEpochDay(c) <= toEpochDay(after)) c = addMonths(c, 1);
  return c;
}

function subLoanDetails(line: GlaasLine, sub: GlaasSubLoan, payment: CalendarDate, repayments: readonly RepaymentRecord[]) {
  let left = repaidAgainst(line, sub, repayments);
  const o = { ...sub.overdue };
  // Money settles charges first, then penal interest, then interest, then principal.
  for (const key of ['charge_gst', 'charges', 'penalty_gst', 'penalty', 'delayed_interest', 'interest', 'principal'] as const) {
    const take = Math.min(o[key], left);
    o[key] = round2(o[key] - take);
    left = round2(left - take);
  }
  const principalPaid = sub.overdue.principal - o.principal + left; // any excess is a part-prepayment
  const pos = round2(Math.max(0, sub.pos - principalPaid));
  const totalOverdue = round2(o.principal + o.interest);
  const interestCharges = round2(o.interest + o.delayed_interest + o.penalty + o.charges + o.penalty_gst + o.charge_gst);
  const closure = addMonths(fromEpochDay(sub.sanctionDay), sub.tenureMonths + sub.moratoriumMonths);
  const accrued = (pos * sub.annualRatePct * Math.min(30, sub.dpd)) / 36500;
  return {
    installment: sub.installment,
    pos,
    dpd: totalOverdue === 0 && interestCharges === 0 ? 0 : sub.dpd,
    overdue: { ...o, total_overdue: totalOverdue, total_interest_charges_overdue: interestCharges },
    uid: sub.uid,
    loan_id: sub.loanId,
    next_installment_date: glaasDate(nextInstallment(sub, payment)),
    payment_date: glaasDate(payment),
    closure_date: glaasDate({ ...closure, day: sub.emiDayOfMonth }),
    closure_amount: amountString(pos + interestCharges + accrued),
  };
}

export function lineDetailsFor(line: GlaasLine, payment: CalendarDate, repayments: readonly RepaymentRecord[]) {
  const subLoans = line.subLoans.map((s) => subLoanDetails(line, s, payment, repayments));
  const totalPos = round2(subLoans.reduce((a, s) => a + s.pos, 0));
  return {
    requestFlowId: line.requestFlowId,
    sub_loans: subLoans,
    total_pos: totalPos,
    limit_available: round2(Math.max(0, line.limitSanctioned - totalPos)),
    limit_sanctioned: line.limitSanctioned,
    limit_utilized: totalPos,
    total_overdue: round2(subLoans.reduce((a, s) => a + s.overdue.total_overdue, 0)),
    payment_date: glaasDate(payment),
    total_interest_charges_overdue: round2(subLoans.reduce((a, s) => a + s.overdue.total_interest_charges_overdue, 0)),
  };
}

/** What GLAAS answers when a line operation names a term loan's application. */
export const noSanctionedLine = (requestFlowId: number) => `requestFlowId ${requestFlowId} has no sanctioned line`;

/** POST /lms/lineDetails: the document wraps the request in an array; a bare object is taken
 *  too. Unknown requestFlowIds are left out of the answer. */
export function lineDetails(ctx: Ctx): Reply {
  const parsed = parseJsonBody(ctx.body);
  if (!parsed.ok) return rejected(400, [parsed.reason]);
  const requests = Array.isArray(parsed.value) ? parsed.value : [parsed.value];
  if (requests.length === 0) return rejected(400, ['Request must hold requestFlowIds and paymentDate']);
  const out: unknown[] = [];
  const problems: string[] = [];
  const { state } = ctx.core;
  for (const r of requests) {
    if (!isObject(r) || !Array.isArray(r['requestFlowIds'])) {
      problems.push('requestFlowIds is required: a list of numbers');
      continue;
    }
    const payment = parseGlaasDate(r['paymentDate']);
    if (!payment) {
      problems.push(`Invalid paymentDate ${JSON.stringify(r['paymentDate'] ?? null)}: use DD/MM/YYYY`);
      continue;
    }
    for (const raw of r['requestFlowIds']) {
      const id = asRequestFlowId(raw);
      if (id === null) {
        problems.push(`Invalid requestFlowId ${JSON.stringify(raw)}`);
        continue;
      }
      const line = state.linesByRequestFlowId.get(id);
      // A term loan has no line: GLAAS refuses to describe one (as the real service does).
      if (line?.kind === 'loan') problems.push(noSanctionedLine(id));
      else if (line) out.push(lineDetailsFor(line, payment, state.repayments));
    }
  }
  if (problems.length) return rejected(400, problems);
  return json(200, out);
}

/** GET /lms/repaymentSchedule/{loanId}: principal due per month, moratorium months first. */
export function repaymentSchedule(ctx: Ctx): Reply {
  const raw = ctx.params['loanId'] ?? '';
  const loanId = /^\d+$/.test(raw) ? Number(raw) : null;
  const found = loanId === null ? undefined : ctx.core.state.subLoansById.get(loanId);
  if (!found) return rejected(404, [`No loan exists with loanId ${raw}`]);
  const { line, subLoan: sub } = found;

  const schedule: { percent: number; due_principal: number; date: string; is_moratorium: boolean }[] = [];
  const start = fromEpochDay(sub.sanctionDay);
  const first: CalendarDate = addMonths({ ...start, day: sub.emiDayOfMonth }, 1);
  for (let i = 0; i < sub.moratoriumMonths; i++) {
    schedule.push({ percent: 0.0, due_principal: 0, date: glaasDate(addMonths(first, i)), is_moratorium: true });
  }
  const r = sub.annualRatePct / 1200;
  const emi = emiFor(sub.principal, sub.annualRatePct, sub.tenureMonths);
  let outstanding = sub.principal;
  let scheduled = 0;
  for (let k = 0; k < sub.tenureMonths; k++) {
    const last = k === sub.tenureMonths - 1;
    const part = last ? sub.principal - scheduled : Math.round(emi - outstanding * r);
    outstanding -= part;
    scheduled += part;
    schedule.push({
      percent: round2((part / sub.principal) * 100),
      due_principal: part,
      date: glaasDate(addMonths(first, sub.moratoriumMonths + k)),
      is_moratorium: false,
    });
  }
  const seconds = sub.sanctionDay * 86_400;
  return json(200, {
    id: {
      timestamp: seconds,
      machineIdentifier: 2834962,
      processIdentifier: 988,
      counter: (sub.loanId * 7919) % 16_777_216,
      time: seconds * 1000,
      date: seconds * 1000,
      timeSecond: seconds,
    },
    loanId: sub.loanId,
    requestFlowId: line.requestFlowId,
    principal_schedule: schedule,
    deleted: false,
    subLoanId: line.kind === 'credit-line' ? sub.loanId : null,
  });
}
