import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 20_000,
    // Two cores: more workers only make the sandbox-backed tests fight for the CPU.
    maxWorkers: 2,
  },
});
