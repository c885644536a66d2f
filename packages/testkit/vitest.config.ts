import { defineConfig } from 'vitest/config';

// "source" makes workspace packages resolve to their TypeScript sources, so tests never need a stale build.
export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  // Two files at a time: these tests mostly wait on child processes and local servers, not on the CPU, and vitest's
  // default on a 2-core machine (cores - 1) runs one file at a time.
  test: { testTimeout: 60_000, hookTimeout: 60_000, maxWorkers: 2 },
});
