import { json, type Reply } from '../core';

/** GLAAS' error shape (ApplicationErrorMessage): a status word and a list of reasons. */
export const rejected = (status: number, messages: string[]): Reply =>
  json(status, { errorMessage: { status: 'Rejected', message: messages } });

export const SESSION_INVALID_MESSAGE = 'Session expired or invalid';
export const sessionInvalid = (): Reply => json(401, { message: SESSION_INVALID_MESSAGE });

/** requestFlowId arrives as a number in the tables and as a string in some examples. */
export function asRequestFlowId(v: unknown): number | null {
  if (typeof v === 'number' && Number.isSafeInteger(v) && v > 0) return v;
  if (typeof v === 'string' && /^\d{1,15}$/.test(v.trim())) return Number(v.trim());
  return null;
}

/** Amounts on GLAAS' wire: "22201.0" style strings keep one decimal for whole rupees. */
export function amountString(n: number): string {
  const r = Math.round(n * 100) / 100;
  return Number.isInteger(r) ? `${r}.0` : String(r);
}
