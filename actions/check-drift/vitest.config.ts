import { defineConfig } from 'vitest/config';

// "source" makes workspace packages resolve to their TypeScript sources, so tests never need a stale build.
// Two files at a time: each starts moto and a GitHub world and runs the bundled action as a child process, so they
// mostly wait; the generous hook timeout covers their start-up side by side on a loaded 2-core machine.
export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: { testTimeout: 180_000, hookTimeout: 180_000, maxWorkers: 2 },
});
