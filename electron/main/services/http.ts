import ky from 'ky';
import type { z } from 'zod';
import type { ApiError, Result } from '../../../shared/result';
import { errorFromException, errorFromResponse, redact, type Platform } from './errors';
import type { Logger } from './log';
import { redactDeep } from './redact';

/** What a platform client needs from the outside world: passed in, so tests run under plain Node. */
export interface HttpPorts {
  fetch: typeof globalThis.fetch;
  log?: Logger;
  now?: () => number;
  /** Largest answer body read (bytes); documents may be 4× this. Default DEFAULT_MAX_ANSWER_BYTES. */
  maxAnswerBytes?: number;
  /**
   * Every secret the app holds, beyond the call's own: a host that also received the other
   * platform's password (both pointed at it) must not get it echoed through this client.
   */
  secrets?: () => readonly string[];
}

/** The call's own secrets plus every one the app holds. */
function withAllSecrets(call: HttpCall, ports: HttpPorts): HttpCall {
  const more = ports.secrets?.() ?? [];
  return more.length === 0 ? call : { ...call, secrets: [...new Set([...call.secrets, ...more])] };
}

/** A few MB: far above any JSON answer the platforms send, far below what hurts the main process. */
export const DEFAULT_MAX_ANSWER_BYTES = 8 * 1024 * 1024;
/** An error body is read only for the server's reason: a few KB say it; more is noise or an attack. */
export const MAX_ERROR_BODY_BYTES = 64 * 1024;

/** Thrown inside a capped read: the answer is refused, unread, as `bad-response`. */
class AnswerTooLarge extends Error {
  constructor(readonly limit: number) {
    super('answer too large');
  }
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export const DEFAULT_TIMEOUT_MS = 30_000;
/** Uploads get time for the bytes too, assuming a weak mobile uplink of about 16 KB/s. */
const SLOW_UPLINK_BYTES_PER_SECOND = 16 * 1024;

export function uploadTimeoutMs(bytes: number, baseMs = DEFAULT_TIMEOUT_MS): number {
  return baseMs + Math.ceil(Math.max(0, bytes) / SLOW_UPLINK_BYTES_PER_SECOND) * 1000;
}

export interface HttpCall {
  platform: Platform;
  /** Names the call in logs, e.g. "updatePayment". */
  operation: string;
  method: HttpMethod;
  url: string;
  headers: Record<string, string>;
  json?: unknown;
  body?: FormData;
  timeoutMs: number;
  /** Bytes of the request body handed to the network so far (uploads): the body is streamed. */
  onUploadProgress?: (sentBytes: number, totalBytes: number) => void;
  /** Values that must never reach an error or a log line (token, password, session id). */
  secrets: readonly string[];
  /** A document download: its body may be larger than a JSON answer (4× the cap). */
  document?: boolean;
}

const platformName: Record<Platform, string> = { credgenics: 'Credgenics', glaas: 'GLAAS' };

interface RawAnswer {
  status: number;
  contentType: string;
  bytes: Uint8Array;
}

/**
 * One HTTP exchange, never thrown: a 2xx answer with its whole body, or one ApiError.
 * No retries here (the outbox owns them). One deadline covers the headers AND the body, so a
 * server that stalls half-way through an answer is a timeout, not a hang.
 */
async function exchange(call: HttpCall, ports: HttpPorts): Promise<Result<RawAnswer>> {
  const now = ports.now ?? Date.now;
  const started = now();
  const where = describe(call);
  try {
    new URL(call.url);
  } catch {
    return fail(notConfigured(call.platform, `The ${platformName[call.platform]} address in Settings is not a valid web address.`));
  }

  const deadline = AbortSignal.timeout(call.timeoutMs);
  let outcome: Result<RawAnswer>;
  try {
    const response = await ky(call.url, {
      method: call.method,
      headers: call.headers,
      ...(call.json !== undefined ? { json: call.json } : {}),
      ...(call.body !== undefined ? await bodyOf(call) : {}),
      timeout: call.timeoutMs,
      signal: deadline,
      retry: 0,
      throwHttpErrors: false,
      fetch: ports.fetch,
    });
    if (response.ok) {
      const cap = answerCap(call, ports);
      const bytes = await beforeDeadline(readCapped(response, cap), deadline, response);
      outcome = {
        ok: true,
        value: { status: response.status, contentType: response.headers.get('content-type') ?? '', bytes },
      };
    } else {
      // The status alone still says what happened if the error body never finishes arriving,
      // or is larger than any reason needs.
      const statusOnly = new Response(null, { status: response.status, headers: response.headers });
      const error = await beforeDeadline(readCapped(response, MAX_ERROR_BODY_BYTES), deadline, response)
        .then((bytes) => errorFromResponse(call.platform, new Response(new TextDecoder().decode(bytes), { status: response.status, headers: response.headers }), call.secrets))
        .catch(() => errorFromResponse(call.platform, statusOnly, call.secrets));
      outcome = { ok: false, error };
    }
  } catch (failure) {
    if (failure instanceof AnswerTooLarge) {
      outcome = { ok: false, error: tooLarge(call.platform, failure.limit) };
    } else
    // A body read cut by our deadline rejects with whatever the runtime chose; the deadline knows.
    outcome = { ok: false, error: errorFromException(call.platform, deadline.aborted ? deadline.reason : failure) };
  }

  const ms = now() - started;
  if (outcome.ok) {
    ports.log?.info(`${call.platform} ${call.operation}`, { ...where, status: outcome.value.status, ms });
  } else {
    const { kind, status } = outcome.error;
    ports.log?.warn(`${call.platform} ${call.operation} failed`, { ...where, kind, status, ms });
  }
  return outcome;
}

function answerCap(call: HttpCall, ports: HttpPorts): number {
  const cap = ports.maxAnswerBytes ?? DEFAULT_MAX_ANSWER_BYTES;
  return call.document ? cap * 4 : cap;
}

/**
 * Reads a body, but never more than `limit` bytes: a Content-Length above it is refused before a
 * byte is read, and a body that keeps coming is cut off as soon as it passes the limit.
 */
async function readCapped(response: Response, limit: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) {
    await response.body?.cancel().catch(() => undefined);
    throw new AnswerTooLarge(limit);
  }
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      throw new AnswerTooLarge(limit);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

/** Slice size of a streamed upload: small enough that progress moves smoothly on a slow link. */
const UPLOAD_SLICE_BYTES = 64 * 1024;

/**
 * A multipart body. With a progress listener it is streamed in 64 KB slices, each produced only
 * when the network takes the previous one (highWaterMark 0), and counted as it is handed over:
 * the count follows what the link carries, not how fast the file could be read.
 */
async function bodyOf(call: HttpCall): Promise<{ body: BodyInit; headers?: Record<string, string> }> {
  const form = call.body!;
  const report = call.onUploadProgress;
  if (!report) return { body: form };
  const encoded = new Request('http://multipart.invalid/', { method: 'POST', body: form });
  const contentType = encoded.headers.get('content-type') ?? 'multipart/form-data';
  const bytes = new Uint8Array(await encoded.arrayBuffer());
  let sent = 0;
  report(0, bytes.byteLength);
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (sent >= bytes.byteLength) {
          controller.close();
          return;
        }
        const slice = bytes.subarray(sent, Math.min(bytes.byteLength, sent + UPLOAD_SLICE_BYTES));
        controller.enqueue(slice);
        sent += slice.byteLength;
        report(sent, bytes.byteLength);
      },
    },
    { highWaterMark: 0 },
  );
  return { body: stream, headers: { ...call.headers, 'content-type': contentType } };
}

/**
 * Settles with `work`, or rejects with the deadline's reason when it passes first. A fetch port
 * is not bound to honour the abort signal while streaming a body, so the deadline is enforced here.
 */
function beforeDeadline<T>(work: Promise<T>, deadline: AbortSignal, response: Response): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      response.body?.cancel().catch(() => undefined);
      reject(deadline.reason);
    };
    if (deadline.aborted) return onAbort();
    deadline.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => deadline.removeEventListener('abort', onAbort));
  });
}

/** Sends a call and reads a JSON answer with `schema`. A 2xx body that does not fit is `bad-response`. */
export async function requestJson<S extends z.ZodType>(
  call: HttpCall,
  schema: S,
  ports: HttpPorts,
): Promise<Result<z.output<S>>> {
  call = withAllSecrets(call, ports);
  const answer = await exchange(call, ports);
  if (!answer.ok) return answer;
  const text = new TextDecoder().decode(answer.value.bytes);
  let body: unknown;
  if (text.trim() !== '') {
    try {
      body = JSON.parse(text);
    } catch {
      return fail(badResponse(call.platform, answer.value.status, { body: 'The answer was not JSON' }));
    }
  }
  // Nothing a server says reaches the renderer with a secret in it, keys included: a hostile or
  // broken host could echo the token, password or session into any field.
  body = redactDeep(body, call.secrets);
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    ports.log?.warn(`${call.platform} ${call.operation} answer did not match`, {
      ...describe(call),
      issues: parsed.error.issues.slice(0, 5).map((i) => redact(`${i.path.join('.')}: ${i.message}`, call.secrets)),
    });
    return fail(badResponse(call.platform, answer.value.status, redactDeep(issueDetails(parsed.error.issues), call.secrets) as Record<string, string>));
  }
  return { ok: true, value: parsed.data };
}

/** Sends a call and returns the answer's bytes (a document download). */
export async function requestBytes(
  call: HttpCall,
  ports: HttpPorts,
): Promise<Result<{ bytes: Uint8Array; contentType: string }>> {
  const answer = await exchange({ ...withAllSecrets(call, ports), document: true }, ports);
  if (!answer.ok) return answer;
  if (answer.value.bytes.byteLength === 0) {
    return fail(badResponse(call.platform, answer.value.status, { body: 'The document was empty' }));
  }
  return { ok: true, value: { bytes: answer.value.bytes, contentType: answer.value.contentType } };
}

/** Checks what we are about to send; a mistake is `rejected` on the laptop, nothing is sent. */
export function checkRequest<S extends z.ZodType>(
  platform: Platform,
  schema: S,
  value: unknown,
): Result<z.output<S>> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  const details = issueDetails(parsed.error.issues);
  const first = Object.entries(details)[0];
  return fail({
    kind: 'rejected',
    message: `FieldDesk did not send this to ${platformName[platform]} because it is not complete or not valid${
      first ? `: ${first[0]}: ${first[1]}` : '.'
    }`,
    details,
  });
}

export function rejectedInput(platform: Platform, message: string, details?: Record<string, string>): ApiError {
  const error: ApiError = { kind: 'rejected', message: `FieldDesk did not send this to ${platformName[platform]}: ${message}` };
  if (details) error.details = details;
  return error;
}

export function notConfigured(platform: Platform, message: string): ApiError {
  return { kind: 'not-configured', message: message || `${platformName[platform]} is not set up yet. Open Settings.` };
}

function tooLarge(platform: Platform, limit: number): ApiError {
  const mb = Math.round(limit / (1024 * 1024));
  return {
    kind: 'bad-response',
    message: `${platformName[platform]} sent an answer larger than FieldDesk accepts (over ${mb} MB), so it was not read. Nothing was changed on this laptop.`,
  };
}

function badResponse(platform: Platform, status: number, details: Record<string, string>): ApiError {
  return {
    kind: 'bad-response',
    status,
    message: `${platformName[platform]} answered in a way FieldDesk does not understand. Nothing was changed on this laptop.`,
    details,
  };
}

function issueDetails(issues: readonly z.core.$ZodIssue[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues.slice(0, 20)) {
    const key = issue.path.length > 0 ? issue.path.map(String).join('.') : '(request)';
    out[key] = out[key] ? `${out[key]}; ${issue.message}` : issue.message;
  }
  return out;
}

/** Method and path for logs: no query string, no headers, secrets blanked all the same. */
function describe(call: HttpCall): { method: HttpMethod; path: string } {
  let path = call.url;
  try {
    path = new URL(call.url).pathname;
  } catch {
    // an unparseable address is logged as given, after redaction
  }
  return { method: call.method, path: redact(path, call.secrets) };
}

const fail = (error: ApiError): Result<never> => ({ ok: false, error });

/** Joins a base address and a path without doubling or dropping the slash between them. */
export function joinUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}
