import { defineConfig } from 'vitest/config';

// "source" makes workspace packages resolve to their TypeScript sources, so tests never need a stale build.
export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: { testTimeout: 180_000, hookTimeout: 60_000 },
});
