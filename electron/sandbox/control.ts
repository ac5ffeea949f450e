import type { IncomingMessage, ServerResponse } from 'node:http';
import { isObject, parseJsonBody } from './core';
import type { Core } from './core';
import type { SandboxFaults } from './types';

export const CONTROL_PREFIX = '/__sandbox/';

/** Browser tests drive the sandbox from another origin, so the control surface (and only it:
 *  the vendor routes must behave like the vendors) allows cross-origin calls. */
const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'content-type',
};

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...CORS });
  res.end(JSON.stringify(body));
}

/**
 * GET /__sandbox/state, GET /__sandbox/health, POST /__sandbox/faults (JSON Partial<SandboxFaults>),
 * POST /__sandbox/reset-faults. Never faulted, never logged.
 */
export function handleControl(core: Core, req: IncomingMessage, res: ServerResponse, path: string, body: Buffer): void {
  const method = req.method ?? 'GET';
  if (method === 'OPTIONS') {
    res.writeHead(204, CORS);
    res.end();
    return;
  }
  const route = `${method} ${path}`;
  switch (route) {
    case 'GET /__sandbox/health':
      return send(res, 200, { ok: true });
    case 'GET /__sandbox/state':
      return send(res, 200, core.state.summary());
    case 'POST /__sandbox/faults': {
      const parsed = parseJsonBody(body);
      if (!parsed.ok || !isObject(parsed.value)) return send(res, 400, { message: 'Body must be a JSON object of faults' });
      core.faults.set(parsed.value as Partial<SandboxFaults>);
      return send(res, 200, { faults: core.faults.faults });
    }
    case 'POST /__sandbox/reset-faults':
      core.faults.reset();
      return send(res, 200, { faults: core.faults.faults });
    default:
      return send(res, 404, { message: `No control route ${route}` });
  }
}
