import type { ApiError, ApiErrorKind } from '../../../shared/result';
import { redactDeep, redactText } from './redact';
import { wordsFromBody } from './server-words';

/** Which platform a failure came from: the plain-words message names it. */
export type Platform = 'credgenics' | 'glaas';

const platformName: Record<Platform, string> = { credgenics: 'Credgenics', glaas: 'GLAAS' };

/** Longest server message we pass on: a misbehaving server must not flood the UI or the logs. */
const MAX_SERVER_MESSAGE = 500;

/**
 * Turns a non-2xx HTTP answer into one ApiError. The body is read leniently: both vendors answer
 * errors in several shapes (Credgenics `{message, output}` or `{message, output: {errors}}`,
 * GLAAS `{errorMessage: {status, message: [...]}}`), and some answer HTML from a proxy.
 */
export async function errorFromResponse(
  platform: Platform,
  response: Response,
  secrets: readonly string[] = [],
): Promise<ApiError> {
  const status = response.status;
  // Redaction comes first, on the whole answer, keys and values, before anything is picked out
  // or cut short: a secret straddling the length limit would otherwise escape half-hidden.
  const text = redact(await response.text().catch(() => ''), secrets);
  const parsed = redactDeep(parseJson(text), secrets);
  const { serverMessage, details } = extractServerWords(parsed, text);
  const kind = kindForStatus(status);
  const error: ApiError = {
    kind,
    status,
    message: plainMessage(platform, kind, status),
  };
  const cleanMessage = serverMessage ? redact(serverMessage, secrets) : undefined;
  if (cleanMessage) error.serverMessage = cleanMessage;
  if (details && Object.keys(details).length > 0) {
    error.details = Object.fromEntries(
      Object.entries(details).map(([field, why]) => [redact(field, secrets), redact(why, secrets)]),
    );
  }
  const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
  if (retryAfterMs !== undefined) error.retryAfterMs = retryAfterMs;
  return error;
}

/** Turns a thrown failure (no HTTP answer at all) into one ApiError. */
export function errorFromException(platform: Platform, failure: unknown): ApiError {
  const name = platformName[platform];
  if (isTimeout(failure)) {
    return {
      kind: 'timeout',
      message: `${name} did not answer in time. If this was a payment, FieldDesk will check whether it arrived before sending it again.`,
    };
  }
  // fetch() rejects with a TypeError for DNS failures, refused or reset connections and
  // sockets closed before an answer (including a reply lost after the server committed).
  const cause = describeCause(failure);
  if (cause === 'reset') {
    return {
      kind: 'timeout',
      message: `The connection to ${name} broke before it answered. FieldDesk will check what arrived before sending again.`,
    };
  }
  return {
    kind: 'offline',
    message:
      cause === 'dns'
        ? `Cannot find the ${name} server. Check the address in Settings and your internet connection.`
        : `Cannot reach ${name}. Check your internet connection; your work is saved on this laptop.`,
  };
}

export function kindForStatus(status: number): ApiErrorKind {
  if (status === 401 || status === 403) return 'auth';
  if (status === 409) return 'conflict';
  if (status === 429 || status >= 500) return 'server';
  if (status === 408) return 'timeout';
  return 'rejected';
}

function plainMessage(platform: Platform, kind: ApiErrorKind, status: number): string {
  const name = platformName[platform];
  switch (kind) {
    case 'auth':
      return status === 403
        ? `${name} says this account is not allowed to do that.`
        : platform === 'credgenics'
          ? 'Credgenics did not accept the auth token. Check the token in Settings.'
          : 'GLAAS did not accept the username or password. Check them in Settings.';
    case 'conflict':
      return `${name} already holds a record that clashes with this one.`;
    case 'server':
      return status === 429
        ? `${name} is busy and asked us to wait. FieldDesk will try again.`
        : `${name} had a problem (error ${status}). FieldDesk will try again.`;
    case 'timeout':
      return `${name} did not answer in time.`;
    case 'rejected':
      return status === 404 ? `${name} could not find it (error 404).` : `${name} refused the request (error ${status}).`;
    default:
      return `${name} answered in a way FieldDesk does not understand.`;
  }
}

function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Finds the server's own words in any of the vendors' error shapes. */
export function extractServerWords(
  body: unknown,
  rawText = '',
): { serverMessage?: string; details?: Record<string, string> } {
  if (body === undefined) {
    // Not JSON (an HTML error page from a proxy, say): pass on short plain text only.
    const plain = rawText.trim();
    if (plain && plain.length <= 200 && !plain.startsWith('<')) return { serverMessage: plain };
    return {};
  }
  if (typeof body === 'string') return { serverMessage: truncate(body) };
  if (!isRecord(body) && !Array.isArray(body)) return {};

  // Every documented shape (output a string, a list or {errors}, GLAAS errorMessage …): server-words.ts.
  const words = wordsFromBody(body);
  const parts = words.parts;
  const details = words.details
    ? Object.fromEntries(Object.entries(words.details).map(([field, why]) => [field, truncate(why)]))
    : undefined;

  const unique = [...new Set(parts.map((p) => p.trim()).filter(Boolean))];
  const result: { serverMessage?: string; details?: Record<string, string> } = {};
  if (unique.length > 0) result.serverMessage = truncate(unique.join('; '));
  if (details) result.details = details;
  return result;
}

export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.round(seconds * 1000);
  // A number that is negative, infinite or malformed ("-1", "1e999", "1.2.3") is no wait at all,
  // never a date: Date.parse reads "-1" as the year 2001 and "1.2.3" as 2003.
  if (!Number.isNaN(seconds) || /^[\s\d.+-]*$/.test(header)) return undefined;
  const date = Date.parse(header);
  if (!Number.isNaN(date)) return Math.max(0, date - now);
  return undefined;
}

/**
 * Removes every known secret, in every form a server could echo it (see redact.ts), from a text
 * before it can reach a user, a log or the renderer.
 */
export function redact(text: string, secrets: readonly string[]): string {
  return redactText(text, secrets);
}

function isTimeout(failure: unknown): boolean {
  // Not `instanceof Error`: an AbortSignal.timeout() reason is a DOMException, which is not an
  // Error in every runtime, and ky's TimeoutError crosses realms in some test set-ups.
  if (!isRecord(failure) && !(failure instanceof Error)) return false;
  const { name, message } = failure as { name?: unknown; message?: unknown };
  if (name === 'TimeoutError') return true;
  if (name === 'AbortError' && typeof message === 'string' && /timed? ?out/i.test(message)) return true;
  // undici gave up waiting for the answer after sending the request: the outcome is unknown.
  return causeCodes(failure).some((c) => c === 'UND_ERR_HEADERS_TIMEOUT' || c === 'UND_ERR_BODY_TIMEOUT');
}

function causeCodes(failure: unknown): string[] {
  const codes: string[] = [];
  let current: unknown = failure;
  for (let depth = 0; current && depth < 5; depth += 1) {
    if (isRecord(current) || current instanceof Error) {
      const { code, cause } = current as { code?: unknown; cause?: unknown };
      if (typeof code === 'string') codes.push(code);
      current = cause;
    } else break;
  }
  return codes;
}

function describeCause(failure: unknown): 'dns' | 'reset' | 'refused' {
  const codes = causeCodes(failure);
  if (codes.some((c) => c === 'ENOTFOUND' || c === 'EAI_AGAIN')) return 'dns';
  if (codes.some((c) => c === 'ECONNRESET' || c === 'UND_ERR_SOCKET' || c === 'EPIPE')) return 'reset';
  return 'refused';
}

function truncate(text: string): string {
  return text.length > MAX_SERVER_MESSAGE ? `${text.slice(0, MAX_SERVER_MESSAGE)}…` : text;
}
function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
