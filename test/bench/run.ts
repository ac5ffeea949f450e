/**
 * `npm run bench`: measures the budgets the issues name and prints the figures. Benchmarks
 * never fail a build on time; they fail only if the thing measured is broken.
 */
import { benchRendererReady } from './renderer-ready';
import { formatResult, type BenchResult } from './stats';

const benches: Array<[string, () => Promise<BenchResult>]> = [['renderer-ready', () => benchRendererReady()]];

const only = process.argv.slice(2);
for (const [name, run] of benches) {
  if (only.length > 0 && !only.includes(name)) continue;
  const result = await run();
  console.log(formatResult(result));
}
