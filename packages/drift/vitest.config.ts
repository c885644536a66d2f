import { defineConfig } from 'vitest/config';

// "source" makes workspace packages resolve to their TypeScript sources, so tests never need a stale build.
export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  // Generous: each test runs python3 + scipy as the reference, which takes seconds on a loaded machine.
  test: { testTimeout: 300_000, hookTimeout: 300_000 },
});
