/**
 * `npm run bench`: measures the budgets the issues name and prints the figures. Benchmarks
 * never fail a build on time; they fail only if the thing measured is broken.
 */
import { benchRendererReady } from './renderer-ready';
import { benchWorkList } from './work-list';
import { benchRefresh } from './refresh';
import { benchDrain } from './drain';
import { benchDrainBacklog } from './drain-backlog';
import { benchCapture } from './capture';
import { benchRepayments } from './repayments';
import { benchGridTyping } from './grid-typing';
import { benchKycCompress } from './kyc-compress';
import { benchKycUpload } from './kyc-upload';
import { benchGate } from './gate';
import { benchUnlock } from './unlock';
import { formatResult, type BenchResult } from './stats';
import { installRawKeys } from '../../renderer/src/db/crypto/keyring';

// Benchmarks that run the app's store under Node seal as the app does, with random keys.
installRawKeys({ data: crypto.getRandomValues(new Uint8Array(32)), send: crypto.getRandomValues(new Uint8Array(32)) });

const benches: Array<[string, () => Promise<BenchResult | BenchResult[]>]> = [
  ['renderer-ready', () => benchRendererReady()],
  ['work-list', () => benchWorkList()],
  ['refresh', () => benchRefresh()],
  ['capture', () => benchCapture()],
  ['drain', () => benchDrain()],
  ['drain-backlog', () => benchDrainBacklog()],
  ['repayments', () => benchRepayments()],
  ['grid-typing', () => benchGridTyping()],
  ['kyc-compress', () => benchKycCompress()],
  ['kyc-upload', () => benchKycUpload()],
  ['gate', () => benchGate()],
  ['unlock', () => benchUnlock()],
];

const only = process.argv.slice(2);
for (const [name, run] of benches) {
  if (only.length > 0 && !only.includes(name)) continue;
  const result = await run();
  for (const r of Array.isArray(result) ? result : [result]) console.log(formatResult(r));
}
