import { json, type Reply } from '../core';

/** Credgenics' answers, worded as its documents word them. */

export const AUTH_FAILED_MESSAGE = 'Authentication failed. API credentials are incorrect.';

export const authFailed = (): Reply => json(401, { message: AUTH_FAILED_MESSAGE });

/** The documented validation failure: field → why (nested objects for list items). */
export const validationFailed = (errors: Record<string, unknown>): Reply =>
  json(400, { message: 'Data Validation Failed', success: false, output: { errors } });

export const loanNotFound = (id: string): Reply =>
  json(404, { message: 'Loan not found', output: `No loan exists with loan_id ${id}` });

export const success = (status: number, output: string): Reply => json(status, { output, message: 'success' });
