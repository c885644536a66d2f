import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The workflow parser imports its JSON schema without an import attribute, which Node refuses; letting
    // Vite transform the package handles the JSON import.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});
