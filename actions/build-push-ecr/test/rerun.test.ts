// Writes under retries and re-runs: CreateRepository whose answer is lost after it took effect (an `after` fault)
// still gives one repository with its lifecycle policy; a re-run that adds a tag puts the existing manifest under
// it (same digest, no layer upload, no build) instead of building again.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { GetLifecyclePolicyCommand } from '@aws-sdk/client-ecr';
import { codeRequests, newRepository, runBuildah, startWorlds, workspace, type Worlds } from './worlds.js';

let worlds: Worlds;
beforeAll(async () => {
  worlds = await startWorlds();
}, 120_000);
afterAll(async () => worlds?.close());

test('CreateRepository answered with a reset after it took effect: one repository, lifecycle policy set, image pushed', async () => {
  const repository = newRepository();
  worlds.aws.faults.add({ operation: 'CreateRepository', kind: 'reset', when: 'after', count: 1 });
  const since = worlds.aws.requests.length;
  const result = await runBuildah(worlds, { repository, 'keep-last': '5' }, { workspace: workspace() });
  expect(result.exitCode, result.errors.join('\n')).toBe(0);
  expect(codeRequests(worlds.aws, since).filter((op) => op === 'CreateRepository').length).toBeGreaterThanOrEqual(2);
  const policy = await worlds.aws.ecr.api.send(new GetLifecyclePolicyCommand({ repositoryName: repository }));
  expect(JSON.parse(policy.lifecyclePolicyText ?? '{}').rules[0].selection.countNumber).toBe(5);
  expect(result.outputs.pushed).toBe('true');
});

test('a re-run with one more tag adds it to the same manifest without building or uploading a layer', async () => {
  const repository = newRepository();
  const ws = workspace();
  const first = await runBuildah(worlds, { repository }, { workspace: ws });
  expect(first.exitCode, first.errors.join('\n')).toBe(0);
  const before = worlds.aws.ecr.registryRequests.length;
  const second = await runBuildah(worlds, { repository, tags: 'Release/2026-12' }, { workspace: ws });
  expect(second.exitCode, second.errors.join('\n')).toBe(0);
  expect(second.outputs).toMatchObject({ pushed: 'false', 'image-digest': first.outputs['image-digest'] });
  expect(second.main.stdout).toContain(`Tagged the existing image ${first.outputs['image-digest']} as release-2026-12.`);
  const writes = worlds.aws.ecr.registryRequests.slice(before).filter((r) => r.method !== 'GET' && r.method !== 'HEAD');
  expect(writes.map((r) => `${r.method} ${r.action}`)).toEqual(['PUT ecr:PutImage']);
  expect((await worlds.aws.ecr.client().manifest(repository, 'release-2026-12')).digest).toBe(first.outputs['image-digest']);
});
