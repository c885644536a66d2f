// `registries`: base images in ECR registries of another account and of another region. The AWS world gives each
// of them a registry of its own (world.ecr.addRegistry: its own docker-registry, host and password), and answers
// GetAuthorizationToken for it only when asked in its region for its account. The Dockerfile's FROM lines name
// both; the action must get a token for each (one GetAuthorizationToken per region), log in to each, and the
// build must pull from both. Without the extra registries the pull is refused and the step fails saying which
// registry to add. Each run gets a fresh buildah sandbox, so a base image pulled by one run is never in the next
// run's storage.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildahEnv, type BuildahSandbox, type EcrOtherRegistry } from '@mlops-actions/testkit';
import { codeRequests, newRepository, runBuildah, startWorlds, workspace, type Worlds } from './worlds.js';

const OTHER_ACCOUNT = '210987654321';
const OTHER_REGION = 'eu-west-1';
const BASE = 'platform/base';

let worlds: Worlds;
let otherAccount: EcrOtherRegistry;
let otherRegion: EcrOtherRegistry;
const sandboxes: BuildahSandbox[] = [];

/** Builds a FROM scratch image holding `file` in a sandbox of its own and pushes it to `target` as BASE:1. */
async function pushBase(target: EcrOtherRegistry, file: string): Promise<string> {
  const setup = await buildahEnv();
  sandboxes.push(setup);
  const dir = mkdtempSync(path.join(tmpdir(), 'bpe-base-'));
  writeFileSync(path.join(dir, file), `${file}\n`);
  writeFileSync(path.join(dir, 'Dockerfile'), `FROM scratch\nCOPY ${file} /${file}\n`);
  await target.createRepository(BASE);
  const ref = `${target.host}/${BASE}:1`;
  const auth = path.join(setup.dir, 'setup-auth.json');
  await setup.ok(['login', '--authfile', auth, '--username', 'AWS', '--password-stdin', '--tls-verify=false', target.host], { stdin: target.password() });
  await setup.ok(['bud', '--format', 'docker', '--tag', ref, dir]);
  await setup.ok(['push', '--authfile', auth, '--tls-verify=false', '--format', 'v2s2', ref, `docker://${ref}`]);
  return ref;
}

async function freshSandbox(): Promise<BuildahSandbox> {
  const sandbox = await buildahEnv();
  sandboxes.push(sandbox);
  return sandbox;
}

let dockerfile: string;
beforeAll(async () => {
  worlds = await startWorlds();
  [otherAccount, otherRegion] = await Promise.all([
    worlds.aws.ecr.addRegistry({ accountId: OTHER_ACCOUNT, region: worlds.aws.region }),
    worlds.aws.ecr.addRegistry({ accountId: worlds.aws.accountId, region: OTHER_REGION }),
  ]);
  const [fromOtherAccount, fromOtherRegion] = await Promise.all([pushBase(otherAccount, 'account.txt'), pushBase(otherRegion, 'region.txt')]);
  dockerfile = `FROM ${fromOtherAccount} AS shared\nFROM ${fromOtherRegion}\nCOPY --from=shared /account.txt /account.txt\nCOPY . /app\n`;
}, 240_000);
afterAll(async () => {
  await Promise.all(sandboxes.map((s) => s.close()));
  await worlds?.close();
});

describe('registries of another account and another region', () => {
  test("the world keeps them apart: own host and password, and the base repository is not in the action's account and region", async () => {
    const hosts = new Set([worlds.aws.ecr.host, otherAccount.host, otherRegion.host]);
    expect(hosts.size).toBe(3);
    expect(new Set([worlds.aws.ecr.password(), otherAccount.password(), otherRegion.password()]).size).toBe(3);
    // moto holds it in 210987654321/us-east-1 and 123456789012/eu-west-1 only.
    const { DescribeRepositoriesCommand } = await import('@aws-sdk/client-ecr');
    await expect(worlds.aws.ecr.api.send(new DescribeRepositoriesCommand({ repositoryNames: [BASE] }))).rejects.toMatchObject({
      name: 'RepositoryNotFoundException',
    });
  });

  test('without them in registries, the pull of the base image is refused and the step says which registry to add', async () => {
    const repository = newRepository('base-missing');
    const sandbox = await freshSandbox();
    const result = await runBuildah(worlds, { repository }, { workspace: workspace({}, dockerfile), sandboxEnv: sandbox.env });
    expect(result.exitCode).not.toBe(0);
    const failure = result.errors.join('\n');
    expect(failure).toContain('buildah failed while building and pushing the image');
    // The first FROM's registry is the one the pull stopped at; the hint names it and the input.
    expect(failure).toMatch(new RegExp(`${otherAccount.host.replace(/\./g, '\\.')}.*'registries'`, 's'));
    expect(await worlds.aws.ecr.images(repository)).toEqual([]);
    // The registry refused the pull itself (no login: no credentials, or the world's password).
    const refused = otherAccount.registryRequests.filter((r) => r.repository === BASE && r.status === 401);
    expect(refused.length).toBeGreaterThan(0);
  }, 180_000);

  test('with them, the action logs in to both (one token per region) and the build pulls from both', async () => {
    const repository = newRepository('base-extra');
    const sandbox = await freshSandbox();
    const since = worlds.aws.requests.length;
    const otherAccountSeen = otherAccount.registryRequests.length;
    const otherRegionSeen = otherRegion.registryRequests.length;
    const result = await runBuildah(
      worlds,
      { repository, registries: `${OTHER_ACCOUNT}\n${worlds.aws.accountId}.dkr.ecr.${OTHER_REGION}.amazonaws.com` },
      { workspace: workspace({}, dockerfile), sandboxEnv: sandbox.env, post: true },
    );
    expect(result.exitCode, result.main.stdout.slice(-3000)).toBe(0);
    expect(result.outputs.pushed).toBe('true');

    // One GetAuthorizationToken for the repository's registry, one for the other account (same region), one in eu-west-1.
    const tokenCalls = worlds.aws.requests.slice(since).filter((r) => r.operation === 'GetAuthorizationToken' && r.status === 200);
    expect(codeRequests(worlds.aws, since).filter((op) => op === 'GetAuthorizationToken')).toHaveLength(3);
    expect(tokenCalls.map((r) => JSON.parse(r.body || '{}').registryIds ?? [])).toEqual([[worlds.aws.accountId], [OTHER_ACCOUNT], [worlds.aws.accountId]]);
    const stdout = result.main.stdout;
    for (const host of [worlds.aws.ecr.host, otherAccount.host, otherRegion.host]) expect(stdout).toContain(`--password-stdin --tls-verify=false ${host}`);

    // Each base image was pulled through its own registry, with its own password (accepted, not refused).
    for (const [other, seen] of [
      [otherAccount, otherAccountSeen],
      [otherRegion, otherRegionSeen],
    ] as const) {
      const pulls = other.registryRequests.slice(seen).filter((r) => r.repository === BASE && r.action === 'ecr:BatchGetImage');
      expect(pulls.length).toBeGreaterThan(0);
      expect(pulls.every((r) => r.status === 200)).toBe(true);
    }
    // The pushed image is built on the other region's base: its first layer is the base's only layer.
    const base = await otherRegion.client().manifest(BASE, '1');
    const pushed = await worlds.aws.ecr.client().manifest(repository, result.outputs['image-digest'] as string);
    expect(pushed.digest).toBe(result.outputs['image-digest']);
    expect(pushed.json.layers?.[0]?.digest).toBe(base.json.layers?.[0]?.digest);
    // The post step logged out of all three.
    for (const host of [worlds.aws.ecr.host, otherAccount.host, otherRegion.host])
      expect(result.post?.stdout ?? '').toMatch(new RegExp(`buildah logout --authfile \\S+ ${host}\\n`));
  }, 180_000);
});
