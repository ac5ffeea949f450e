import { parseArgs } from 'node:util';
import { startSandbox } from './index';
import type { Platform, SandboxFaults } from './types';

/**
 * `npm run sandbox -- --port 4010 --loans 1000 --seed 7 --latency 150 --error-rate 0.1 --lost-reply-rate 0.1`
 * Starts the sandbox, prints where it is and how to sign in, and stays up until Ctrl-C.
 */

const USAGE = `Usage: npm run sandbox -- [options]
  --port N              port (default 4010; 0 = any free port)
  --host H              interface (default 127.0.0.1)
  --seed N              data seed (default 42)
  --loans N             generated loans (default 200)
  --credit-lines N      generated credit-line customers (default 20)
  --latency MS          delay before every answer
  --error-rate R        0..1 answer 500/502/503 without committing
  --timeout-rate R      0..1 never answer
  --hang-ms MS          how long a timeout holds the socket (default 60000)
  --lost-reply-rate R   0..1 commit a write, then drop the connection
  --rate-limit-rate R   0..1 answer 429 Retry-After: 1
  --session-ttl-ms MS   GLAAS session lifetime (default 1800000)
  --only P              credgenics | glaas: fault only this platform
  --only-writes         random faults only on writes
  --upload-bytes-per-sec N  a slow uplink: request bodies read at most N bytes/s (all together)
  --settle-ms MS        GLAAS repayment READY_FOR_PAYMENT → ACCEPTED delay (default 2000)`;

function num(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n)) {
    console.error(`--${name} must be a number, got ${value}\n\n${USAGE}`);
    process.exit(2);
  }
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      seed: { type: 'string' },
      loans: { type: 'string' },
      'credit-lines': { type: 'string' },
      latency: { type: 'string' },
      'error-rate': { type: 'string' },
      'timeout-rate': { type: 'string' },
      'hang-ms': { type: 'string' },
      'lost-reply-rate': { type: 'string' },
      'rate-limit-rate': { type: 'string' },
      'session-ttl-ms': { type: 'string' },
      only: { type: 'string' },
      'only-writes': { type: 'boolean' },
      'settle-ms': { type: 'string' },
      'upload-bytes-per-sec': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (values.only !== undefined && values.only !== 'credgenics' && values.only !== 'glaas') {
    console.error(`--only must be credgenics or glaas\n\n${USAGE}`);
    process.exit(2);
  }

  const faults: Partial<SandboxFaults> = {};
  const set = <K extends keyof SandboxFaults>(key: K, v: SandboxFaults[K] | undefined) => {
    if (v !== undefined) faults[key] = v;
  };
  set('latencyMs', num(values.latency, 'latency'));
  set('errorRate', num(values['error-rate'], 'error-rate'));
  set('timeoutRate', num(values['timeout-rate'], 'timeout-rate'));
  set('hangMs', num(values['hang-ms'], 'hang-ms'));
  set('lostReplyRate', num(values['lost-reply-rate'], 'lost-reply-rate'));
  set('rateLimitRate', num(values['rate-limit-rate'], 'rate-limit-rate'));
  set('sessionTtlMs', num(values['session-ttl-ms'], 'session-ttl-ms'));
  set('uploadBytesPerSec', num(values['upload-bytes-per-sec'], 'upload-bytes-per-sec'));
  if (values.only) faults.only = [values.only as Platform];
  if (values['only-writes']) faults.onlyWrites = true;

  const started = Date.now();
  const sandbox = await startSandbox({
    port: num(values.port, 'port') ?? 4010,
    host: values.host,
    seed: num(values.seed, 'seed'),
    loanCount: num(values.loans, 'loans'),
    creditLineCount: num(values['credit-lines'], 'credit-lines'),
    repaymentSettleMs: num(values['settle-ms'], 'settle-ms'),
    faults,
  });
  const { dataset } = sandbox.state;
  const firstLoan = dataset.loans[1]?.loan_details.loan_id ?? '2954';
  const firstLink = dataset.links[0];

  console.log(`FieldDesk sandbox up in ${Date.now() - started} ms (seed ${dataset.seed})

  Credgenics base URL   ${sandbox.credgenicsBaseUrl}
  Credgenics root URL   ${sandbox.credgenicsRootUrl}   (communication trigger)
  GLAAS auth URL        ${sandbox.glaasAuthUrl}
  GLAAS API URL         ${sandbox.glaasApiUrl}
  Control               ${sandbox.origin}/__sandbox/state  (POST /__sandbox/faults, /__sandbox/reset-faults)

  Training credentials
    Credgenics authenticationtoken   ${sandbox.training.credgenicsToken}
    GLAAS username / password        ${sandbox.training.glaasUsername} / ${sandbox.training.glaasPassword}

  Data: ${dataset.loans.length} loans, ${dataset.customers.length} credit-line customers, ${dataset.links.length} GLAAS links
    allocation months ${dataset.allocationMonths.previous} and ${dataset.allocationMonths.current}; documented examples: loan 2954, customer 189004
    try: curl -H 'authenticationtoken: ${sandbox.training.credgenicsToken}' '${sandbox.credgenicsBaseUrl}/loan/${firstLoan}?fields=loan,payment'${
      firstLink ? `\n    GLAAS: ${firstLink.credgenicsId} is requestFlowId ${firstLink.requestFlowId}, loanId ${firstLink.glaasLoanId}` : ''
    }
  Faults: ${JSON.stringify(sandbox.state.faults)}

Ctrl-C to stop.`);

  const stop = () => {
    console.log('\nStopping sandbox...');
    void sandbox.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
