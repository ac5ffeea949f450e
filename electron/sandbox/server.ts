import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { credgenicsRoutes } from './credgenics/routes';
import { AUTH_FAILED_MESSAGE } from './credgenics/replies';
import { CONTROL_PREFIX, handleControl } from './control';
import { header, json, type Core, type Ctx, type Reply, type Route } from './core';
import { glaasRoutes } from './glaas/routes';
import { SESSION_INVALID_MESSAGE } from './glaas/replies';
import { Router } from './router';
import { Uplink } from './uplink';
import type { Platform, RequestLogEntry, RequestOutcome } from './types';

const MAX_BODY_BYTES = 50 * 1024 * 1024;

const router = new Router([...credgenicsRoutes, ...glaasRoutes]);

const FIVE_XX_MESSAGES: Record<number, string> = {
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

function readBody(req: IncomingMessage, uplink: Uplink, bytesPerSec: () => number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) reject(new Error('too large'));
      else chunks.push(c);
      const rate = bytesPerSec();
      if (rate > 0) {
        // The uploadBytesPerSec fault: stop reading until the link has carried this chunk.
        req.pause();
        void uplink.carry(c.length, rate).then(() => req.resume());
      }
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function flatHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) {
    if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  }
  return out;
}

function platformOf(path: string): Platform | 'unknown' {
  if (path.startsWith('/credgenics/')) return 'credgenics';
  if (path.startsWith('/glaas/')) return 'glaas';
  return 'unknown';
}

function outcomeFor(status: number): RequestOutcome {
  if (status < 300) return 'ok';
  if (status === 401) return 'auth-failed';
  if (status === 404) return 'not-found';
  return 'rejected';
}

function send(res: ServerResponse, reply: Reply): void {
  if (res.destroyed || res.headersSent) return;
  const headers: Record<string, string> = { ...reply.headers };
  let payload: Uint8Array;
  if (reply.bytes) {
    payload = reply.bytes;
    headers['content-type'] = reply.contentType ?? 'application/octet-stream';
  } else {
    payload = Buffer.from(JSON.stringify(reply.json ?? null));
    headers['content-type'] = 'application/json; charset=utf-8';
  }
  headers['content-length'] = String(payload.length);
  res.writeHead(reply.status, headers);
  res.end(payload);
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Checks the platform's credentials; returns the 401 to send, or null when they are good. */
function authProblem(core: Core, route: Route, ctx: Ctx): Reply | null {
  switch (route.auth) {
    case 'none':
      return null;
    case 'credgenics':
    case 'credgenics-role': {
      if (header(ctx, 'authenticationtoken') !== core.credentials.credgenicsToken) return json(401, { message: AUTH_FAILED_MESSAGE });
      if (route.auth === 'credgenics-role' && !header(ctx, 'role')) {
        return json(401, { message: 'Authentication failed. The role header is required.' });
      }
      return null;
    }
    case 'glaas-session':
      return core.sessions.isLive(header(ctx, 'sessionid')) ? null : json(401, { message: SESSION_INVALID_MESSAGE });
  }
}

export interface SandboxServer {
  server: Server;
  /** Destroys every open socket, including those a timeout fault is holding. */
  destroyAll(): void;
}

/**
 * One request's path through the sandbox: log → latency → pre-commit faults (timeout, 5xx, 429)
 * → auth (and failNextAuth) → the handler commits → maybe lose the reply → answer.
 */
export function createSandboxServer(core: Core): SandboxServer {
  const sockets = new Set<Socket>();
  const holds = new Set<NodeJS.Timeout>();
  const uplink = new Uplink();

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://sandbox.invalid');
    const path = url.pathname;
    const method = req.method ?? 'GET';
    let body: Buffer;
    try {
      body = await readBody(req, uplink, () => core.faults.uploadBytesPerSec);
    } catch {
      send(res, json(413, { message: 'Request body too large' }));
      return;
    }
    if (path.startsWith(CONTROL_PREFIX)) return handleControl(core, req, res, path, body);

    const match = router.match(method, path);
    const route = match && 'route' in match ? match.route : null;
    const params = match && 'route' in match ? match.params : {};
    const entry: RequestLogEntry = core.state.log({
      method,
      path,
      query: Object.fromEntries(url.searchParams),
      headers: flatHeaders(req),
      timestamp: core.now().toISOString(),
      platform: route?.platform ?? platformOf(path),
      write: route?.write ?? false,
      status: null,
      outcome: 'ok',
    });
    const answer = (reply: Reply, outcome?: RequestOutcome): void => {
      core.state.settle(entry, outcome ?? outcomeFor(reply.status), reply.status);
      send(res, reply);
    };

    if (!match) return answer(json(404, { message: `No such endpoint: ${method} ${path}` }));
    if (!route) return answer(json(405, { message: 'Method Not Allowed' }));

    const latency = core.faults.latencyFor(route.platform);
    if (latency > 0) await sleep(latency);

    const fault = core.faults.before(route.platform, route.write);
    if (fault?.kind === 'timeout') {
      core.state.settle(entry, 'fault-timeout', null);
      const timer = setTimeout(() => {
        holds.delete(timer);
        req.socket.destroy();
      }, core.faults.hangMs);
      holds.add(timer);
      req.socket.once('close', () => {
        clearTimeout(timer);
        holds.delete(timer);
      });
      return;
    }
    if (fault?.kind === '5xx') return answer(json(fault.status, { message: FIVE_XX_MESSAGES[fault.status] }), 'fault-5xx');
    if (fault?.kind === '429') {
      return answer({ status: 429, json: { message: 'Too Many Requests' }, headers: { 'retry-after': '1' } }, 'fault-429');
    }

    const ctx: Ctx = {
      core,
      method,
      path,
      params,
      query: url.searchParams,
      headers: req.headers,
      body,
      companyId: url.searchParams.get('company_id'),
    };
    const denied = authProblem(core, route, ctx);
    if (denied) return answer(denied, 'auth-failed');
    if (route.auth !== 'none' && core.faults.takeAuthFailure(route.platform)) {
      // A session that dies mid-run is gone for good: the client must log in again.
      const session = header(ctx, 'sessionid');
      if (route.auth === 'glaas-session' && session) core.sessions.invalidate(session);
      return answer(
        json(401, { message: route.platform === 'glaas' ? SESSION_INVALID_MESSAGE : AUTH_FAILED_MESSAGE }),
        'fault-auth',
      );
    }

    let reply: Reply;
    try {
      reply = await route.handle(ctx);
    } catch (e) {
      console.error('[sandbox] handler failed', method, path, e);
      return answer(json(500, { message: 'Internal Server Error (sandbox bug)' }), 'rejected');
    }

    if (route.write && core.faults.loseReply(route.platform)) {
      // The write above is committed; the client only sees the connection die.
      core.state.settle(entry, 'fault-lost-reply', reply.status);
      req.socket.destroy();
      return;
    }
    answer(reply);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      console.error('[sandbox] request failed', e);
      if (!res.headersSent) send(res, json(500, { message: 'Internal Server Error (sandbox bug)' }));
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  // Clients that disconnect mid-request must not crash the sandbox.
  server.on('clientError', (_e, socket) => socket.destroy());

  return {
    server,
    destroyAll() {
      for (const t of holds) clearTimeout(t);
      holds.clear();
      for (const s of sockets) s.destroy();
      sockets.clear();
    },
  };
}
