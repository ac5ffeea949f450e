import { performance } from 'node:perf_hooks';
import { contract } from '../../shared/contract';
import { createHarnessMain } from '../support/harness-main';
import { hostileInputs } from '../support/hostile-inputs';
import { summarize, type BenchResult } from './stats';

/**
 * Budget (issue 12, item 4): every hostile input on every channel is refused in under 50 ms.
 * Measures dispatch (the gate, then zod if the gate passes) as the main process runs it; the IPC
 * copy itself is Electron's. Prints the worst refusal and which input and channel it was.
 */
export async function benchGate(): Promise<BenchResult[]> {
  const main = createHarnessMain({
    sandbox: {
      credgenicsBaseUrl: 'http://127.0.0.1:9/credgenics/recovery',
      credgenicsRootUrl: 'http://127.0.0.1:9/credgenics',
      glaasAuthUrl: 'http://127.0.0.1:9/glaas/auth',
      glaasApiUrl: 'http://127.0.0.1:9/glaas/api',
      training: { credgenicsToken: 't', glaasUsername: 'u', glaasPassword: 'p' },
    },
  });
  const samples: number[] = [];
  let worst = { ms: 0, what: '' };
  for (const hostile of hostileInputs) {
    const input = hostile.make();
    for (const channel of Object.keys(contract)) {
      const started = performance.now();
      const answer = (await main.api.dispatch(channel, input)) as { ok: boolean; error?: { kind: string } };
      const ms = performance.now() - started;
      if (answer.ok || answer.error?.kind !== 'rejected') throw new Error(`${channel} did not refuse ${hostile.name}`);
      samples.push(ms);
      if (ms > worst.ms) worst = { ms, what: `${hostile.name} on ${channel}` };
    }
  }
  console.log(`gate: worst refusal ${worst.ms.toFixed(2)} ms (${worst.what})`);
  return [summarize('gate: refusal of a hostile IPC input', samples, 'ms', 1, 50)];
}
