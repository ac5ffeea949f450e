import type { IncomingHttpHeaders } from 'node:http';
import type { FaultEngine } from './faults';
import type { SessionStore } from './sessions';
import type { LiveState } from './state';
import type { Platform, TrainingCredentials } from './types';

/** What every handler can reach: the live state, the clock and the sandbox's own counters. */
export interface Core {
  state: LiveState;
  faults: FaultEngine;
  sessions: SessionStore;
  credentials: TrainingCredentials;
  now: () => Date;
  repaymentSettleMs: number;
  ids: { payment: number; document: number; file: number; requestFlow: number; communication: number };
}

export interface Ctx {
  core: Core;
  method: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** ?company_id=, which production Credgenics clients send on every call. */
  companyId: string | null;
}

export interface Reply {
  status: number;
  json?: unknown;
  bytes?: Uint8Array;
  contentType?: string;
  headers?: Record<string, string>;
}

export type AuthKind = 'credgenics' | 'credgenics-role' | 'glaas-session' | 'none';

export interface Route {
  method: string;
  /** Path with `:name` segments, e.g. /credgenics/recovery/loan/:id */
  pattern: string;
  platform: Platform;
  /** Changes state (lost-reply and onlyWrites apply). */
  write: boolean;
  auth: AuthKind;
  handle(ctx: Ctx): Reply | Promise<Reply>;
}

export const json = (status: number, body: unknown): Reply => ({ status, json: body });

export function header(ctx: Ctx, name: string): string | undefined {
  const v = ctx.headers[name.toLowerCase()];
  return Array.isArray(v) ? v[0] : v;
}

export type Parsed = { ok: true; value: unknown } | { ok: false; reason: string };

export function parseJsonBody(body: Buffer): Parsed {
  const text = body.toString('utf8').trim();
  if (text === '') return { ok: false, reason: 'Request body is empty' };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, reason: 'Request body is not valid JSON' };
  }
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
