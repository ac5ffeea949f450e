import { json, type Ctx, type Reply } from '../core';
import type { CgCustomer, CgLoan } from '../wire-types';
import { loanNotFound, validationFailed } from './replies';

/** `fields` values → the Get Loan keys they select, in the document's order. */
const FIELD_KEYS = {
  loan: ['loan_details'],
  communication: ['communication_details'],
  payment: ['payment_history'],
  notice: ['notice_tracking_details'],
  remarks: ['remarks'],
} as const;
type Field = keyof typeof FIELD_KEYS;
const ALL_FIELDS = Object.keys(FIELD_KEYS) as Field[];

/** For a credit-line customer, `loan` selects the applicant and the transactions. */
const CUSTOMER_KEYS: Record<Field, (keyof CgCustomer)[]> = {
  loan: ['applicant_details', 'transactions_details'],
  communication: ['communication_details'],
  payment: ['payment_history'],
  notice: ['notice_tracking_details'],
  remarks: ['remarks'],
};

function parseFields(raw: string | null): { ok: true; fields: Set<Field> } | { ok: false; bad: string[] } {
  if (raw === null || raw.trim() === '') return { ok: true, fields: new Set(ALL_FIELDS) };
  const asked = raw.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = asked.filter((f) => !(f in FIELD_KEYS));
  if (bad.length) return { ok: false, bad };
  return { ok: true, fields: new Set(asked as Field[]) };
}

/**
 * GET /loan/{loan_id}?fields=... (Get Loan) and, for a credit-line customer id on the same path,
 * Get Customer. start_date/end_date are accepted and ignored: the sandbox's history is short.
 */
export function getLoan(ctx: Ctx): Reply {
  const id = ctx.params['id'] ?? '';
  const parsed = parseFields(ctx.query.get('fields'));
  if (!parsed.ok) return validationFailed({ fields: `Invalid fields, [${parsed.bad.join(', ')}]` });

  const loan = ctx.core.state.loansById.get(id);
  if (loan) {
    const out: Partial<CgLoan> = {};
    for (const f of ALL_FIELDS) {
      if (!parsed.fields.has(f)) continue;
      for (const key of FIELD_KEYS[f]) (out as Record<string, unknown>)[key] = loan[key];
    }
    return json(200, out);
  }

  const customer = ctx.core.state.customersById.get(id);
  if (customer) {
    const output: Partial<CgCustomer> = {};
    for (const f of ALL_FIELDS) {
      if (!parsed.fields.has(f)) continue;
      for (const key of CUSTOMER_KEYS[f]) (output as Record<string, unknown>)[key] = customer[key];
    }
    return json(200, { output, message: 'success' });
  }
  return loanNotFound(id);
}
