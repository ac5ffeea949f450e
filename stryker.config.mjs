// Mutation testing of the safety core (issue 15): `npm run mutate`. Not in CI: it takes long.
// Stryker changes one thing at a time in these files (a condition flipped, a call removed, a
// string emptied) and runs the tests that cover that line; a change no test notices is a gap.
// Survivors that are harmless are listed, with why, in test/MUTANTS.md.
// The safety core in four parts, each a run of its own with its own report and incremental
// file: on two cores the whole set takes hours, and a part that completes is kept even when a
// later one is stopped. `npm run mutate` runs the four in turn; `MUTATE_PART=sync npx stryker
// run` runs one; `npm run mutate:score` adds up the four reports.
const parts = {
  // The main process's gate, error builder/redactor, logger, write registry and vault.
  main: [
    'electron/main/dispatch.ts',
    'electron/main/ipc.ts',
    'electron/main/services/errors.ts',
    'electron/main/services/log.ts',
    'electron/main/services/write-registry.ts',
    'electron/main/services/vault.ts',
  ],
  // Each feature's capture (record + outbox item in one transaction) and outbox handlers.
  features: [
    'renderer/src/features/collections/capture.ts',
    'renderer/src/features/collections/outbox/handlers.ts',
    'renderer/src/features/deposits/capture.ts',
    'renderer/src/features/repayments/outbox-handler.ts',
    'renderer/src/features/kyc/upload-handler.ts',
  ],
  // The outbox around the engine: ids, store, counts, handlers, backoff, lock, actions.
  sync: ['renderer/src/sync/**/*.ts', '!renderer/src/sync/engine.ts'],
  // The engine alone: its mutants are covered by the slowest tests (whole drains against the
  // sandbox), so it is a run of its own that fits in a working session.
  engine: ['renderer/src/sync/engine.ts'],
};
const part = process.env.MUTATE_PART;
if (part && !(part in parts)) throw new Error(`MUTATE_PART must be one of ${Object.keys(parts).join(', ')}`);
const name = part ?? 'all';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: part ? parts[part] : Object.values(parts).flat(),
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts', related: true },
  // The vitest runner always measures coverage per test, so each mutant runs only the tests
  // that reach its line.
  coverageAnalysis: 'perTest',
  // A mutant in module-level code (a constant read once at import) is covered by every test, so
  // Stryker would run the whole suite for each; those are left out of the score rather than
  // costing hours. Their constants are pinned by direct tests instead (see test/MUTANTS.md).
  ignoreStatic: true,
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  // Two cores, shared: more workers only make the sandbox-backed tests fight for the CPU.
  concurrency: 2,
  timeoutMS: 30_000,
  // The first, instrumented run of every covering test: well over Stryker's 5 minutes on two
  // shared cores.
  dryRunTimeoutMinutes: 40,
  timeoutFactor: 2,
  // Re-runs only mutants whose code or tests changed since the last run. The record is kept in
  // the repository (test/mutation/), not in reports/: a clean or a fresh clone would otherwise
  // start again from nothing, and a full run of a part takes about an hour on two cores.
  incremental: true,
  incrementalFile: `test/mutation/incremental-${name}.json`,
  ignorePatterns: ['dist', 'release', 'reports', 'test-results', 'playwright-report', 'test/e2e', 'test/bench/out', '.sandbox-data', '*.log'],
  reporters: ['html', 'clear-text', 'progress', 'json'],
  htmlReporter: { fileName: `reports/mutation/${name}/index.html` },
  jsonReporter: { fileName: `reports/mutation/${name}/mutation.json` },
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
