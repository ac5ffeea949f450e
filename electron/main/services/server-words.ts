/**
 * The server's own words, out of every error shape the two API documents (and NOTES.md) show:
 *
 * - Credgenics `{"message": "...", "output": "No loan exists ..."}`               (output a string)
 * - Credgenics `{"message": "Data Validation Failed", "output": {"errors": {...}}}` (output.errors)
 * - Credgenics `{"message": "...", "output": ["reason", {"field": "why"}, ...]}`    (output a list)
 * - Credgenics `{"message": "...", "output": {"field": "why"}}`                    (output an object)
 * - GLAAS `{"errorMessage": {"status": "Rejected", "message": ["Invalid dob details", ...]}}`
 * - a bare `{"message": ...}`, `{"error": ...}` (string or `{message | error_code}`), `{"detail": ...}`
 * - a list of per-item decisions `[{"status": "Rejected", "message": "..."}]` (GLAAS' response lists)
 *
 * Kept apart from errors.ts on purpose: that file owns the ApiError, its kinds and the redaction
 * and length limits; this one only finds reasons. Nothing here shortens or hides anything.
 */

export interface ServerWords {
  /** Reasons in the order the server gave them, duplicates included (the caller de-duplicates). */
  parts: string[];
  /** Field → why, when the server named fields (`output.errors`, objects inside `output`). */
  details?: Record<string, string>;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isScalar = (v: unknown): v is string | number | boolean =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

/** Keys that hold a reason rather than a field name. */
const REASON_KEYS = ['message', 'msg', 'error', 'errorMessage', 'error_message', 'reason', 'description'];

/** {"co_applicant": {"0": {"co_applicant_email": "Invalid"}}} → {"co_applicant.0.co_applicant_email": "Invalid"} */
export function flattenFieldErrors(errors: Record<string, unknown>, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(errors)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out[path] = value;
    else if (Array.isArray(value)) {
      const scalars = value.filter(isScalar).map(String);
      if (scalars.length) out[path] = scalars.join(', ');
      value.forEach((v, i) => {
        if (isRecord(v)) Object.assign(out, flattenFieldErrors(v, `${path}.${i}`));
      });
    } else if (isRecord(value)) Object.assign(out, flattenFieldErrors(value, path));
    else if (value !== null && value !== undefined) out[path] = String(value);
  }
  return out;
}

/** One reason out of an object that carries one (`{message}`, `{error}`, `{msg, loc}`…), if any. */
function reasonOf(value: Record<string, unknown>): string | undefined {
  for (const key of REASON_KEYS) {
    const v = value[key];
    if (typeof v === 'string' && v.trim()) {
      // FastAPI-style `{"loc": ["body", "amount_recovered"], "msg": "..."}` names its field.
      const loc = Array.isArray(value['loc']) ? value['loc'].filter(isScalar).map(String).filter((p) => p !== 'body') : [];
      return loc.length ? `${loc.join('.')}: ${v}` : v;
    }
    if (Array.isArray(v)) {
      const texts = v.filter((x): x is string => typeof x === 'string' && x.trim() !== '');
      if (texts.length) return texts.join('; ');
    }
    if (isRecord(v)) {
      const inner = reasonOf(v);
      if (inner) return inner;
    }
  }
  if (typeof value['error_code'] === 'string') return value['error_code'];
  return undefined;
}

/** Reasons out of a list: strings as they are, objects by their reason or as field → why. */
function fromList(list: readonly unknown[], words: ServerWords, path: string): void {
  for (const entry of list) {
    if (isScalar(entry)) {
      const text = String(entry).trim();
      if (text) words.parts.push(text);
    } else if (Array.isArray(entry)) fromList(entry, words, path);
    else if (isRecord(entry)) {
      const reason = reasonOf(entry);
      if (reason) words.parts.push(reason);
      else addDetails(words, flattenFieldErrors(entry, path));
    }
  }
}

function addDetails(words: ServerWords, details: Record<string, string>): void {
  if (Object.keys(details).length === 0) return;
  words.details = { ...(words.details ?? {}), ...details };
  words.parts.push(...Object.entries(details).map(([field, why]) => `${field}: ${why}`));
}

/** Credgenics' `output`: a string, a list, `{errors: {...}}`, a reason object or field → why. */
function fromOutput(output: unknown, words: ServerWords, message: unknown): void {
  if (typeof output === 'string') {
    if (output !== message) words.parts.push(output);
  } else if (Array.isArray(output)) fromList(output, words, '');
  else if (isRecord(output)) {
    if (isRecord(output['errors'])) addDetails(words, flattenFieldErrors(output['errors']));
    else if (Array.isArray(output['errors'])) fromList(output['errors'], words, '');
    else {
      const reason = reasonOf(output);
      if (reason) words.parts.push(reason);
      else addDetails(words, flattenFieldErrors(output));
    }
  }
}

/** Every reason a parsed JSON error body holds, in plain words. */
export function wordsFromBody(body: unknown): ServerWords {
  const words: ServerWords = { parts: [] };
  if (typeof body === 'string') {
    words.parts.push(body);
    return words;
  }
  if (Array.isArray(body)) {
    fromList(body, words, '');
    return words;
  }
  if (!isRecord(body)) return words;

  if (typeof body['message'] === 'string') words.parts.push(body['message']);
  else if (Array.isArray(body['message'])) fromList(body['message'], words, '');

  // GLAAS: {"errorMessage": {"status": "Rejected", "message": [...]}} (or a bare string / list)
  const glaas = body['errorMessage'];
  if (typeof glaas === 'string') words.parts.push(glaas);
  else if (Array.isArray(glaas)) fromList(glaas, words, '');
  else if (isRecord(glaas)) {
    const m = glaas['message'];
    if (typeof m === 'string') words.parts.push(m);
    else if (Array.isArray(m)) fromList(m, words, '');
  }

  if ('output' in body) fromOutput(body['output'], words, body['message']);
  if (isRecord(body['errors'])) addDetails(words, flattenFieldErrors(body['errors']));
  else if (Array.isArray(body['errors'])) fromList(body['errors'], words, '');

  const error = body['error'];
  if (typeof error === 'string') words.parts.push(error);
  else if (isRecord(error)) {
    const reason = reasonOf(error);
    if (reason) words.parts.push(reason);
  }
  const detail = body['detail'];
  if (typeof detail === 'string') words.parts.push(detail);
  else if (Array.isArray(detail)) fromList(detail, words, '');
  return words;
}
