import type { z } from 'zod';
import {
  defaultGlaasPaths,
  DocumentUploadResponseList,
  DownloadDocumentRequest,
  GlaasPaths,
  LineDetailsRequest,
  LineDetailsResponse,
  LoanRepaymentRequest,
  LoanRepaymentResponse,
  LoginRequest,
  LoginResponse,
  RepaymentSchedule,
  RepaymentStatusRequest,
  RepaymentStatusResponse,
  splitGlaasPath,
  type DocumentUploadResponse,
  type GlaasOperation,
  type LineDetails,
  type LoanRepaymentDetail,
  type RepaymentLineResult,
  type RepaymentStatus,
} from '../../../shared/glaas';
import type { ApiError, Result } from '../../../shared/result';
import type { GlaasSessionHolder } from './glaas-session';
import {
  checkRequest,
  DEFAULT_TIMEOUT_MS,
  joinUrl,
  notConfigured,
  rejectedInput,
  requestBytes,
  requestJson,
  uploadTimeoutMs,
  type HttpCall,
  type HttpPorts,
} from './http';

export type {
  DocumentUploadResponse,
  GlaasPaths,
  LineDetails,
  LoanRepaymentDetail,
  RepaymentLineResult,
  RepaymentSchedule,
  RepaymentStatus,
} from '../../../shared/glaas';

export interface GlaasConfig {
  authUrl: string;
  apiUrl: string;
  username: string;
  password: string;
  /** Per-deployment overrides of the path table; the rest come from defaultGlaasPaths. */
  paths?: Partial<GlaasPaths>;
  timeoutMs?: number;
}

/**
 * Where the session id is kept; the main process shares one across client instances
 * (glaas-session.ts), and with it the login under way, so concurrent calls that meet an
 * expired session log in once. A port without `renew` shares logins within this client only.
 */
export interface GlaasSessionPort {
  get(): string | undefined;
  set(sessionId: string | undefined): void;
  renew?: GlaasSessionHolder['renew'];
}

export interface GlaasClient {
  login(): Promise<Result<{ username: string }>>;
  uploadDocuments(
    requestFlowId: string | number,
    files: { name: string; type: string; bytes: Uint8Array }[],
    options?: { onProgress?: (sentBytes: number, totalBytes: number) => void },
  ): Promise<Result<DocumentUploadResponse[]>>;
  loanRepayment(details: LoanRepaymentDetail[], callBackUrl?: string): Promise<Result<RepaymentLineResult[]>>;
  lineRepayment(details: LoanRepaymentDetail[], callBackUrl?: string): Promise<Result<RepaymentLineResult[]>>;
  repaymentStatus(uids: string[]): Promise<Result<RepaymentStatus[]>>;
  repaymentSchedule(loanId: string | number): Promise<Result<RepaymentSchedule>>;
  /** paymentDate is DD/MM/YYYY. */
  lineDetails(requestFlowIds: number[], paymentDate: string): Promise<Result<LineDetails[]>>;
  downloadLoanDocument(requestFlowId: string | number): Promise<Result<{ bytes: Uint8Array; contentType: string }>>;
  /** A fresh login, whatever session is held. */
  checkConnection(): Promise<Result<{ connected: true }>>;
}

const WRONG_CREDENTIALS = 'GLAAS did not accept the username or password. Check them in Settings.';
const SESSION_REFUSED =
  'GLAAS refused the new session straight after signing in. Sign in again in Settings; if it keeps happening, the account may not be allowed to do this.';

/** One upload part per file; the document leaves the part name out, the sandbox takes any. */
const UPLOAD_PART_NAME = 'file';

export function createGlaasClient(config: GlaasConfig, ports: HttpPorts & { session: GlaasSessionPort }): GlaasClient {
  const timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const paths: GlaasPaths = { ...defaultGlaasPaths, ...definedOnly(config.paths) };
  /** Every session id this client has seen, so none can leak through an error or a log. */
  const seenSessions = new Set<string>();
  const secrets = (): string[] => [config.password, ...seenSessions];
  let loginInFlight: Promise<Result<{ sessionId: string; username: string }>> | undefined;

  function missingSetup(): ApiError | undefined {
    if (!config.username || !config.password) return notConfigured('glaas', 'Enter the GLAAS username and password in Settings.');
    if (!config.authUrl || !config.apiUrl) return notConfigured('glaas', 'Enter the GLAAS addresses in Settings.');
    const checked = GlaasPaths.safeParse(paths);
    if (!checked.success) {
      const bad = checked.error.issues[0]?.path.join('.') ?? 'a path';
      return notConfigured('glaas', `The GLAAS path for ${bad} in Settings is not valid.`);
    }
    return undefined;
  }

  /** Fills {placeholders} of an operation's path; an unknown placeholder is a settings mistake. */
  function target(
    operation: GlaasOperation,
    base: string,
    params: Record<string, string | number> = {},
  ): Result<{ method: HttpCall['method']; url: string }> {
    const split = splitGlaasPath(paths[operation]);
    if (!split) return { ok: false, error: notConfigured('glaas', `The GLAAS path for ${operation} in Settings is not valid.`) };
    const values: Record<string, string> = {};
    for (const [k, v] of Object.entries(params)) values[k] = encodeURIComponent(String(v));
    // NOTES.md writes the upload path with {id}; accept it as the request flow id.
    if (values.requestFlowId !== undefined) values.id ??= values.requestFlowId;
    let unknown: string | undefined;
    const path = split.path.replace(/\{([A-Za-z][A-Za-z0-9_]*)\}/g, (_, name: string) => {
      const value = values[name];
      if (value === undefined) unknown ??= name;
      return value ?? '';
    });
    if (unknown) {
      return {
        ok: false,
        error: notConfigured('glaas', `The GLAAS path for ${operation} in Settings uses {${unknown}}, which FieldDesk cannot fill.`),
      };
    }
    return { ok: true, value: { method: split.method, url: joinUrl(base, path) } };
  }

  async function freshLogin(): Promise<Result<{ sessionId: string; username: string }>> {
    const problem = missingSetup();
    if (problem) return { ok: false, error: problem };
    const body = checkRequest('glaas', LoginRequest, { username: config.username, password: config.password });
    if (!body.ok) return { ok: false, error: notConfigured('glaas', 'Enter the GLAAS username and password in Settings.') };
    const where = target('login', config.authUrl);
    if (!where.ok) return where;
    const answer = await requestJson(
      {
        platform: 'glaas',
        operation: 'login',
        ...where.value,
        headers: { accept: 'application/json' },
        json: body.value,
        timeoutMs,
        secrets: secrets(),
      },
      LoginResponse,
      ports,
    );
    if (!answer.ok) {
      // For a login, "bad request" and "unauthorised" both mean the credentials were refused.
      const { status } = answer.error;
      if (status === 400 || status === 401 || status === 403) {
        return { ok: false, error: { ...answer.error, kind: 'auth', message: WRONG_CREDENTIALS } };
      }
      return answer;
    }
    const sessionId = answer.value.sessionId;
    seenSessions.add(sessionId);
    ports.session.set(sessionId);
    return { ok: true, value: { sessionId, username: answer.value.username ?? config.username } };
  }

  /** Concurrent calls of this client that all find the session gone share one login. */
  function login(): Promise<Result<{ sessionId: string; username: string }>> {
    loginInFlight ??= freshLogin().finally(() => {
      loginInFlight = undefined;
    });
    return loginInFlight;
  }

  /**
   * A session in place of `stale`: the holder's (shared by every client of the main process,
   * so calls refused at the same moment share one login), or this client's own.
   */
  async function renew(stale: string | undefined): Promise<Result<{ sessionId: string }>> {
    if (ports.session.renew) return ports.session.renew(stale, freshLogin);
    const current = ports.session.get();
    if (current && current !== stale) return { ok: true, value: { sessionId: current } };
    return login();
  }

  /**
   * Runs an API call with the session: logs in first when there is none, and on a 401 logs in
   * again once, silently, and retries once. A second 401 is `auth`: the user must act.
   */
  async function withSession<T>(send: (sessionId: string) => Promise<Result<T>>): Promise<Result<T>> {
    const problem = missingSetup();
    if (problem) return { ok: false, error: problem };
    let sessionId = ports.session.get();
    if (!sessionId) {
      const fresh = await renew(undefined);
      if (!fresh.ok) return fresh;
      sessionId = fresh.value.sessionId;
    }
    seenSessions.add(sessionId);
    const first = await send(sessionId);
    if (first.ok || first.error.status !== 401) return first;

    // Another call may already have renewed the shared session, or be logging in right now:
    // either way this call takes that session instead of logging in again.
    const fresh = await renew(sessionId);
    if (!fresh.ok) return fresh;
    const renewed = fresh.value.sessionId;
    seenSessions.add(renewed);
    const second = await send(renewed);
    if (!second.ok && second.error.status === 401) {
      ports.session.set(undefined);
      return { ok: false, error: { ...second.error, kind: 'auth', message: SESSION_REFUSED } };
    }
    return second;
  }

  function apiCall(
    operation: GlaasOperation,
    where: { method: HttpCall['method']; url: string },
    sessionId: string,
    extra: Partial<HttpCall> = {},
  ): HttpCall {
    return {
      platform: 'glaas',
      operation,
      ...where,
      headers: { sessionId, accept: 'application/json' },
      timeoutMs,
      secrets: secrets(),
      ...extra,
    };
  }

  async function postJson<S extends z.ZodType>(
    operation: GlaasOperation,
    body: unknown,
    schema: S,
    params: Record<string, string | number> = {},
  ): Promise<Result<z.output<S>>> {
    const where = target(operation, config.apiUrl, params);
    if (!where.ok) return where;
    return withSession((sessionId) =>
      requestJson(apiCall(operation, where.value, sessionId, body === undefined ? {} : { json: body }), schema, ports),
    );
  }

  function repay(operation: 'loanRepayment' | 'lineRepayment') {
    return async (details: LoanRepaymentDetail[], callBackUrl?: string): Promise<Result<RepaymentLineResult[]>> => {
      // The uid is how an unclear outcome is checked later; a repayment without one could be
      // paid twice, so FieldDesk never sends one (the table leaves it optional).
      const missing = (Array.isArray(details) ? details : []).findIndex((d) => !d || typeof d.uid !== 'string' || !d.uid.trim());
      if (missing >= 0) {
        return {
          ok: false,
          error: rejectedInput('glaas', 'every repayment needs its own uid.', {
            [`repaymentDetails.${missing}.uid`]: 'Required: the id made when the repayment was captured',
          }),
        };
      }
      const body = checkRequest('glaas', LoanRepaymentRequest, [
        { callBackUrl: callBackUrl ?? '', repaymentDetails: details },
      ]);
      if (!body.ok) return body;
      return postJson(operation, body.value, LoanRepaymentResponse);
    };
  }

  function positiveId(value: string | number, what: string): Result<number> {
    const n = typeof value === 'number' ? value : /^\s*\d+\s*$/.test(String(value)) ? Number(value) : Number.NaN;
    if (Number.isSafeInteger(n) && n > 0) return { ok: true, value: n };
    return { ok: false, error: rejectedInput('glaas', `"${String(value)}" is not a valid ${what}.`, { [what]: 'Must be a positive whole number' }) };
  }

  return {
    async login() {
      const fresh = await login();
      if (!fresh.ok) return fresh;
      return { ok: true, value: { username: fresh.value.username } };
    },

    async uploadDocuments(requestFlowId, files, options) {
      const id = positiveId(requestFlowId, 'requestFlowId');
      if (!id.ok) return id;
      if (!Array.isArray(files) || files.length === 0) return { ok: false, error: rejectedInput('glaas', 'there is no file to upload.') };
      const empty = files.findIndex((f) => !f || !(f.bytes instanceof Uint8Array) || f.bytes.byteLength === 0 || !f.name);
      if (empty >= 0) {
        return { ok: false, error: rejectedInput('glaas', `file ${empty + 1} is empty or has no name.`) };
      }
      const where = target('uploadDocument', config.apiUrl, { requestFlowId: id.value });
      if (!where.ok) return where;
      const totalBytes = files.reduce((sum, f) => sum + f.bytes.byteLength, 0);
      // A FormData body is consumed by sending it, so each attempt (a retry after a 401) builds its own.
      const form = (): FormData => {
        const data = new FormData();
        for (const f of files) {
          data.append(UPLOAD_PART_NAME, new Blob([new Uint8Array(f.bytes)], { type: f.type || 'application/octet-stream' }), f.name);
        }
        return data;
      };
      return withSession((sessionId) =>
        requestJson(
          apiCall('uploadDocument', where.value, sessionId, {
            body: form(),
            timeoutMs: uploadTimeoutMs(totalBytes, timeoutMs),
            // The body is streamed and counted as it goes, so the user sees each document move.
            ...(options?.onProgress ? { onUploadProgress: options.onProgress } : {}),
          }),
          DocumentUploadResponseList,
          ports,
        ),
      );
    },

    loanRepayment: repay('loanRepayment'),
    lineRepayment: repay('lineRepayment'),

    async repaymentStatus(uids) {
      const body = checkRequest('glaas', RepaymentStatusRequest, { uid: uids });
      if (!body.ok) return body;
      return postJson('repaymentStatus', body.value, RepaymentStatusResponse);
    },

    async repaymentSchedule(loanId) {
      const id = positiveId(loanId, 'loanId');
      if (!id.ok) return id;
      const where = target('repaymentSchedule', config.apiUrl, { loanId: id.value });
      if (!where.ok) return where;
      return withSession((sessionId) => requestJson(apiCall('repaymentSchedule', where.value, sessionId), RepaymentSchedule, ports));
    },

    async lineDetails(requestFlowIds, paymentDate) {
      const body = checkRequest('glaas', LineDetailsRequest, [{ requestFlowIds, paymentDate }]);
      if (!body.ok) return body;
      return postJson('lineDetails', body.value, LineDetailsResponse);
    },

    async downloadLoanDocument(requestFlowId) {
      const id = positiveId(requestFlowId, 'requestFlowId');
      if (!id.ok) return id;
      const body = checkRequest('glaas', DownloadDocumentRequest, { requestFlowId: id.value, docName: 'LOAN_DOCUMENT' });
      if (!body.ok) return body;
      const where = target('downloadDocument', config.apiUrl, { requestFlowId: id.value });
      if (!where.ok) return where;
      return withSession((sessionId) =>
        requestBytes(
          {
            ...apiCall('downloadDocument', where.value, sessionId, { json: body.value }),
            headers: { sessionId, accept: 'application/pdf, application/octet-stream, */*' },
          },
          ports,
        ),
      );
    },

    async checkConnection() {
      const fresh = await freshLogin();
      if (!fresh.ok) return fresh;
      return { ok: true, value: { connected: true } };
    },
  };
}

function definedOnly(paths: Partial<GlaasPaths> | undefined): Partial<GlaasPaths> {
  const out: Partial<GlaasPaths> = {};
  for (const [k, v] of Object.entries(paths ?? {})) if (typeof v === 'string' && v.trim()) out[k as GlaasOperation] = v.trim();
  return out;
}
