// The post step logs out and removes the run's folder in RUNNER_TEMP (auth file, secret files) however main
// ended: after a failed build, and after the run was cancelled during the build (the runner's SIGINT, SIGTERM,
// SIGKILL sequence; main's child builder is stopped, and post still runs, as post-if: always()).
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { newRepository, runBuildah, startWorlds, workspace, type Worlds } from './worlds.js';

let worlds: Worlds;
beforeAll(async () => {
  worlds = await startWorlds();
}, 120_000);
afterAll(async () => worlds?.close());

const leftovers = (runnerTemp: string) => readdirSync(runnerTemp).filter((n) => n.startsWith('build-push-ecr-'));

test('after a failed build: logout, auth file and secrets removed', async () => {
  // FROM scratch has no shell: the RUN fails inside buildah, after the login.
  const ws = workspace({}, 'FROM scratch\nRUN /bin/sh -c "exit 1"\n');
  const result = await runBuildah(
    worlds,
    { repository: newRepository(), secrets: 'tok=s3cr3t-value-1' },
    { workspace: ws, post: true, keepTemp: true, secrets: ['s3cr3t-value-1'] },
  );
  expect(result.exitCode).toBe(1);
  expect(result.errors[0]).toMatch(/^buildah failed while building and pushing the image/);
  expect(result.main.state['work-dir']).toBeTruthy();
  expect(result.post?.exitCode).toBe(0);
  expect(result.post?.stdout).toMatch(/buildah logout --authfile \S+ 127\.0\.0\.1:\d+/);
  expect(leftovers(result.paths.runnerTemp)).toEqual([]);
});

test('after a cancel during the build: post still logs out and removes the folder', async () => {
  const ws = workspace({ 'model/weights.bin': 'x'.repeat(2_000_000) });
  const result = await runBuildah(
    worlds,
    { repository: newRepository() },
    {
      workspace: ws,
      post: true,
      keepTemp: true,
      cancel: { when: { logMatches: /buildah bud/ }, delays: { sigintToSigtermMs: 2_000, sigtermToKillMs: 1_000 } },
    },
  );
  expect(result.main.cancelled).toBe(true);
  expect(result.post?.exitCode).toBe(0);
  expect(result.post?.stdout).toContain('Removed the registry credentials');
  expect(leftovers(result.paths.runnerTemp)).toEqual([]);
});
