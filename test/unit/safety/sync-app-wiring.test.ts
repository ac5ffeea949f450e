import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as SchemaModule from '../../../renderer/src/db/schema';
import type * as AppModule from '../../../renderer/src/sync/app';
import type * as EngineModule from '../../../renderer/src/sync/engine';
import type { OutboxItem } from '../../../renderer/src/sync/types';

/**
 * Issue 15, mutation testing of the wiring that starts the outbox engine in the app
 * (sync/app.ts): which lock it takes (Web Locks when the browser has them), that its status
 * reaches the header's store, that it asks the browser to keep the data, that the `online`
 * event means "Sync now", that new pending work wakes it, and that stopping unhooks it.
 *
 * app.ts keeps one engine and one database per module, so every test loads it afresh
 * (vi.resetModules) with the navigator it needs. The engine's kick/syncNow are spied on;
 * liveQuery is wrapped so a test knows exactly when the "fresh pending work?" answer arrived,
 * instead of sleeping.
 */

/** Every answer the app's "fresh pending work?" live query gave, in order. */
const answers: unknown[] = [];

vi.mock('dexie', async (importOriginal) => {
  const actual = await importOriginal<typeof import('dexie')>();
  type Observer = { next?: (value: unknown) => void; error?: (error: unknown) => void };
  return {
    ...actual,
    liveQuery: (querier: () => unknown) => {
      const observable = actual.liveQuery(querier);
      return {
        subscribe: (observer: Observer) =>
          observable.subscribe({
            next: (value) => {
              observer.next?.(value);
              answers.push(value);
            },
            error: (error) => observer.error?.(error),
          }),
      };
    },
  };
});

const NOW = Date.UTC(2026, 10, 21, 6);

function pending(n: number, nextAttemptAt = 0): OutboxItem {
  return {
    id: `01K${String(n).padStart(23, '0')}`,
    kind: 'credgenics.payment',
    queue: `credgenics.payment:L${n}`,
    recordId: `r${n}`,
    loanId: `L${n}`,
    payload: { amount: n },
    state: 'pending',
    attempts: 0,
    createdAt: NOW,
    updatedAt: NOW,
    nextAttemptAt,
  };
}

interface Loaded {
  app: typeof AppModule;
  SyncEngine: typeof EngineModule.SyncEngine;
  db: typeof SchemaModule.db;
}
let loaded: Loaded | undefined;

/** app.ts and everything it uses, fresh, with `nav` as the global navigator. */
async function load(nav: unknown): Promise<Loaded> {
  vi.resetModules();
  vi.stubGlobal('navigator', nav);
  // The fresh keyring has no keys yet: install them, as the unlock would.
  const { installRawKeys } = await import('../../../renderer/src/db/crypto/keyring');
  installRawKeys({ data: crypto.getRandomValues(new Uint8Array(32)), send: crypto.getRandomValues(new Uint8Array(32)) });
  const app = await import('../../../renderer/src/sync/app');
  const { SyncEngine } = await import('../../../renderer/src/sync/engine');
  const { db } = await import('../../../renderer/src/db/schema');
  loaded = { app, SyncEngine, db };
  return loaded;
}

/** The engine's triggers, without running passes: the wiring is what is under test. */
function spyOnTriggers(SyncEngine: Loaded['SyncEngine']) {
  return {
    kick: vi.spyOn(SyncEngine.prototype, 'kick').mockResolvedValue(undefined),
    syncNow: vi.spyOn(SyncEngine.prototype, 'syncNow').mockResolvedValue(undefined),
  };
}

beforeEach(() => {
  answers.length = 0;
});

afterEach(async () => {
  vi.restoreAllMocks();
  if (loaded) {
    loaded.app.syncEngine().stop();
    const database = loaded.db();
    database.close();
    await database.delete();
    loaded = undefined;
  }
  vi.unstubAllGlobals();
});

describe('what wakes the engine', () => {
  it('start-up kicks once; no fresh work, no second kick; a fresh pending item kicks again', async () => {
    const { app, SyncEngine, db } = await load({});
    const { kick, syncNow } = spyOnTriggers(SyncEngine);
    const stop = app.startSync(new EventTarget() as unknown as Window);
    try {
      expect(kick).toHaveBeenCalledTimes(1);
      await vi.waitFor(() => expect(answers).toEqual([false]), { timeout: 10_000 });
      expect(kick).toHaveBeenCalledTimes(1);

      // Backed off, not fresh: the engine's own timer handles it.
      await db().outbox.add(pending(1, NOW + 60_000));
      // A capture (nextAttemptAt 0) must wake the engine now.
      await db().outbox.add(pending(2));
      await vi.waitFor(() => expect(answers).toContain(true), { timeout: 10_000 });
      expect(kick).toHaveBeenCalledTimes(2);
      expect(syncNow).not.toHaveBeenCalled();
    } finally {
      stop();
    }
  });

  it("the 'online' event means Sync now, until the wiring is stopped", async () => {
    const { app, SyncEngine } = await load({});
    const { syncNow } = spyOnTriggers(SyncEngine);
    const win = new EventTarget() as unknown as Window;
    const stop = app.startSync(win);
    expect(syncNow).not.toHaveBeenCalled();
    win.dispatchEvent(new Event('online'));
    expect(syncNow).toHaveBeenCalledTimes(1);
    win.dispatchEvent(new Event('offline'));
    expect(syncNow).toHaveBeenCalledTimes(1);
    stop();
    win.dispatchEvent(new Event('online'));
    expect(syncNow).toHaveBeenCalledTimes(1);
  });
});

describe('asking the browser to keep the data', () => {
  it('asks for persistent storage once at start-up', async () => {
    const persist = vi.fn().mockResolvedValue(true);
    const { app, SyncEngine } = await load({ storage: { persist } });
    spyOnTriggers(SyncEngine);
    app.startSync(new EventTarget() as unknown as Window)();
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('starts where there is no storage manager, or one without persist()', async () => {
    for (const nav of [{}, { storage: {} }]) {
      const { app, SyncEngine } = await load(nav);
      const { kick } = spyOnTriggers(SyncEngine);
      const win = new EventTarget() as unknown as Window;
      expect(() => app.startSync(win)()).not.toThrow();
      expect(kick).toHaveBeenCalledTimes(1);
      loaded!.app.syncEngine().stop();
      loaded!.db().close();
      await loaded!.db().delete();
      loaded = undefined;
      vi.restoreAllMocks();
    }
  });
});

describe('the lock and the status', () => {
  it("takes the browser's Web Lock when there is one (one sender across windows)", async () => {
    const requests: Array<[string, unknown]> = [];
    const locks = {
      request: (name: string, options: unknown, callback: (lock: unknown) => Promise<unknown>) => {
        requests.push([name, options]);
        return callback({ name });
      },
    };
    const { app } = await load({ locks });
    await app.syncNow();
    expect(requests).toEqual([['fielddesk-outbox', { ifAvailable: true }]]);
    expect(app.useEngineStatus.getState().failure).toBeUndefined();
  });

  for (const [what, nav] of [
    ['a navigator without Web Locks', {}],
    ['no navigator at all', undefined],
  ] as const) {
    it(`with ${what}, passes run under the in-memory lock`, async () => {
      const { app } = await load(nav);
      await app.syncNow();
      const status = app.useEngineStatus.getState();
      expect(status.failure).toBeUndefined();
      expect(status.lastPassAt).toBeTypeOf('number');
    });
  }

  it("the engine's status reaches the header's store as it changes", async () => {
    const { app } = await load({});
    const seen: boolean[] = [];
    const unsubscribe = app.useEngineStatus.subscribe((state) => seen.push(state.syncing));
    try {
      await app.syncNow();
    } finally {
      unsubscribe();
    }
    expect(seen[0]).toBe(true);
    expect(seen.at(-1)).toBe(false);
    expect(app.useEngineStatus.getState()).toEqual(app.syncEngine().status);
  });
});
