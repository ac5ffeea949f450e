import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

// Under Stryker every line is instrumented and two mutants run side by side on two shared
// cores: the longest sandbox-backed tests (1,000 GLAAS lines) need more than the usual 20 s.
export default mergeConfig(base, defineConfig({ test: { testTimeout: 90_000, hookTimeout: 60_000 } }));
