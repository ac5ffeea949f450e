import type { AddressInfo } from 'node:net';
import type { Core } from './core';
import { generateDataset } from './data/generate';
import { FaultEngine } from './faults';
import { createSandboxServer } from './server';
import { SessionStore } from './sessions';
import { LiveState } from './state';
import type { Sandbox, SandboxOptions, TrainingCredentials } from './types';

/**
 * A local Credgenics + GLAAS on loopback, written from the vendors' documents: seeded data,
 * the documented paths and bodies, and injectable faults. Used by training mode, by
 * `npm run sandbox` and by every test that talks HTTP.
 */

export type * from './types';
export type * from './wire-types';
export { generateDataset, loanIdFor, customerIdFor, type DatasetOptions } from './data/generate';
export { DEFAULT_FAULTS } from './faults';

export const DEFAULT_TRAINING_CREDENTIALS: TrainingCredentials = {
  credgenicsToken: 'training-token',
  glaasUsername: 'training',
  glaasPassword: 'training',
};

export const DEFAULT_REPAYMENT_SETTLE_MS = 2000;

export async function startSandbox(opts: SandboxOptions = {}): Promise<Sandbox> {
  const seed = opts.seed ?? 42;
  const now = opts.now ?? (() => new Date());
  const dataset = generateDataset({
    seed,
    loanCount: opts.loanCount ?? 200,
    creditLineCount: opts.creditLineCount ?? 20,
    now: now(),
  });
  const credentials: TrainingCredentials = { ...DEFAULT_TRAINING_CREDENTIALS, ...opts.credentials };

  // Sessions read their lifetime from the faults, and expireSessionsNow clears the sessions.
  let faults: FaultEngine | undefined;
  const sessions = new SessionStore(
    () => now().getTime(),
    () => faults?.sessionTtlMs ?? 30 * 60_000,
  );
  faults = new FaultEngine(opts.faults ?? {}, seed, () => sessions.invalidateAll());
  const engine = faults;
  const state = new LiveState(dataset, () => engine.faults, () => sessions.liveCount());

  const core: Core = {
    state,
    faults: engine,
    sessions,
    credentials,
    now,
    repaymentSettleMs: opts.repaymentSettleMs ?? DEFAULT_REPAYMENT_SETTLE_MS,
    ids: { payment: 10_000_001, document: 600_001, file: 550_001, requestFlow: 60_001, communication: 990_001 },
  };
  const { server, destroyAll } = createSandboxServer(core);

  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  let closing: Promise<void> | null = null;
  return {
    origin,
    credgenicsBaseUrl: `${origin}/credgenics/recovery`,
    credgenicsRootUrl: `${origin}/credgenics`,
    glaasAuthUrl: `${origin}/glaas/auth`,
    glaasApiUrl: `${origin}/glaas/api`,
    training: { ...credentials },
    setFaults: (f) => engine.set(f),
    resetFaults: () => engine.reset(),
    state,
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        destroyAll();
      });
      return closing;
    },
  };
}
