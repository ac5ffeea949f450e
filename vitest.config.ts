import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    environment: 'node',
    // The encrypted store needs its keys, as after an unlock.
    setupFiles: ['test/unit/setup-store-keys.ts'],
    testTimeout: 20_000,
    // Two cores: more workers only make the sandbox-backed tests fight for the CPU.
    maxWorkers: 2,
  },
});
