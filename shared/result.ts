import { z } from 'zod';

/**
 * Every answer that crosses IPC is a Result: the main process never throws across the bridge.
 * The sync engine decides what to do from `error.kind` alone, so the kinds are few and exact.
 */
export const apiErrorKinds = [
  'offline', // the host could not be reached (no network, DNS, refused connection)
  'timeout', // the request was sent but no answer came in time: the outcome is UNKNOWN
  'auth', // 401/403: the credentials are wrong or the session ended
  'rejected', // 4xx (not 401/403/409/429) or our own input validation: the server said no
  'conflict', // 409: the server already holds something that clashes
  'server', // 5xx or 429: try again later; the outcome of a write is UNKNOWN
  'bad-response', // 2xx but the body did not match the documented shape
  'not-configured', // no credentials or URL for this platform yet
] as const;

export const ApiErrorKind = z.enum(apiErrorKinds);
export type ApiErrorKind = z.infer<typeof ApiErrorKind>;

export const ApiError = z.object({
  kind: ApiErrorKind,
  /** Plain words for the user. Never contains a token, password or session id. */
  message: z.string(),
  status: z.number().int().optional(),
  /** The server's own words, when it gave any (shown to the user as "The server said: ..."). */
  serverMessage: z.string().optional(),
  /** Field-level reasons from a validation failure, e.g. {"applicant_dob": "Value must be ..."}. */
  details: z.record(z.string(), z.string()).optional(),
  /** From a Retry-After header (429/503), in milliseconds. */
  retryAfterMs: z.number().nonnegative().optional(),
});
export type ApiError = z.infer<typeof ApiError>;

export type Result<T, E = ApiError> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = (error: ApiError): Result<never> => ({ ok: false, error });

/** zod schema of a Result whose value follows `value`. Used to validate every IPC answer. */
export function resultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: ApiError }),
  ]);
}

/** Kinds after which the same request may be tried again later without a person. */
export const retryableKinds: ReadonlySet<ApiErrorKind> = new Set(['offline', 'timeout', 'server']);

/** Kinds after which a write may or may not have happened on the server. */
export const unclearOutcomeKinds: ReadonlySet<ApiErrorKind> = new Set(['timeout', 'server']);
