import { defineConfig } from 'vitest/config';

// "source" makes workspace packages resolve to their TypeScript sources, so tests never need a stale build.
// Files run one after another: each starts moto and a GitHub world, and the bundled action runs as a child
// process; side by side on a loaded 2-core machine their start-up alone outlasted the hook timeout.
export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: { testTimeout: 180_000, hookTimeout: 180_000, fileParallelism: false },
});
