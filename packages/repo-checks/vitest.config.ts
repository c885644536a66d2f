import { defineConfig } from 'vitest/config';

// "source" makes workspace packages resolve to their TypeScript sources, so tests never need a stale build.
export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  // Each lint probe runs Biome over the project's module graph (noImportCycles) and each dist check bundles an
  // action: seconds on an idle machine, more than a minute on a loaded 2-core one. The limit only catches hangs.
  test: { testTimeout: 300_000, hookTimeout: 300_000 },
});
