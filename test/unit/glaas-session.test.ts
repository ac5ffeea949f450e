import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGlaasSessionHolder } from '../../electron/main/services/glaas-session';
import { startTraining, type Training } from './loans-download/helpers';

let training: Training;
beforeAll(async () => {
  training = await startTraining({ loanCount: 20, seed: 11 });
});
afterAll(async () => {
  await training.close();
});

const logins = () => training.sandbox.state.summary().counts.glaasLogins;

/**
 * Issue 11, item 5: a GLAAS client is made per call, so the session (and the login under way)
 * lives in one holder in the main process. Calls refused together share ONE login, then each
 * retries once. Through the real main-process dispatcher against the sandbox, which counts logins.
 */
describe('one GLAAS login per session expiry', () => {
  it('10 parallel calls across one expiry → exactly 1 login, and every call answers', async () => {
    const { main, sandbox } = training;
    const line = sandbox.state.dataset.lines[0]!;
    const loanId = line.subLoans[0]!.loanId;
    const first = (await main.invoke('glaas.repaymentStatus', { uids: ['warm-up'] })) as { ok: boolean };
    expect(first.ok).toBe(true);
    // Latency makes every call still out when the others are refused: the race is real.
    sandbox.setFaults({ expireSessionsNow: true, latencyMs: 30 });
    const before = logins();
    const mark = sandbox.state.requests.length;
    const calls = Array.from({ length: 10 }, (_, i) =>
      i % 2 === 0
        ? main.invoke('glaas.repaymentStatus', { uids: [`u-${i}`] })
        : main.invoke('glaas.repaymentSchedule', { loanId }),
    );
    const answers = (await Promise.all(calls)) as { ok: boolean }[];
    sandbox.resetFaults();
    expect(answers.map((a) => a.ok)).toEqual(Array(10).fill(true));
    expect(logins() - before).toBe(1);
    // Each call was refused once at most and retried once: no call went a third time.
    const apiCalls = sandbox.state.requests.slice(mark).filter((r) => r.platform === 'glaas' && !/login/.test(r.path));
    expect(apiCalls.filter((r) => r.status === 401).length).toBeLessThanOrEqual(10);
    expect(apiCalls.length).toBeLessThanOrEqual(20);
  });

  it('the holder joins a login under way and takes a session renewed by another call', async () => {
    const holder = createGlaasSessionHolder();
    holder.set('s1');
    let runs = 0;
    let finish!: () => void;
    const login = () => {
      runs += 1;
      return new Promise<{ ok: true; value: { sessionId: string; username: string } }>((resolve) => {
        finish = () => {
          holder.set('s2');
          resolve({ ok: true, value: { sessionId: 's2', username: 'u' } });
        };
      });
    };
    const a = holder.renew('s1', login);
    const b = holder.renew('s1', login);
    finish();
    const [ra, rb] = [await a, await b];
    expect([ra.ok && ra.value.sessionId, rb.ok && rb.value.sessionId]).toEqual(['s2', 's2']);
    // Refused with s1 after s2 arrived: s2 is the answer, no login.
    const c = await holder.renew('s1', login);
    expect(c.ok && c.value.sessionId).toBe('s2');
    expect(runs).toBe(1);
  });
});
