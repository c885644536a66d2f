// The README's minimal IAM policy, proven both ways against a world that enforces IAM like AWS (ECR API calls in
// the AWS layer, registry requests in the world's registry front, each mapped to its ECR IAM action): with exactly
// that policy on a role the action assumes through GitHub OIDC (the README's trust policy), a first run creates
// the repository (with a keep-last lifecycle policy), builds, pushes and waits for the scan, and a re-run finds
// the image; with any one IAM action taken out, the run fails and its error names that action.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  buildahEnv,
  startAwsWorld,
  startGitHubWorld,
  type AwsWorld,
  type BuildahSandbox,
  type GitHubWorld,
  type PolicyStatement,
} from '@mlops-actions/testkit';
import { expectIamBuildWorked, README_REPOSITORY, runIamBuild } from './iam-scenarios.js';
import { ACTION_DIR } from './worlds.js';

interface Policy {
  Version: string;
  Statement: PolicyStatement[];
}

function readmePolicies(): { policy: Policy; trust: object } {
  const readme = readFileSync(path.join(ACTION_DIR, 'README.md'), 'utf8');
  const section = readme.split(/^## /m).find((s) => s.startsWith('Minimal IAM policy'));
  if (!section) throw new Error('README.md has no "## Minimal IAM policy" section');
  const blocks = [...section.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1] as string) as object);
  if (blocks.length !== 2) throw new Error(`expected the policy and the trust policy, found ${blocks.length} JSON blocks`);
  return { policy: blocks[0] as Policy, trust: blocks[1] as object };
}

const { policy: README_POLICY, trust: README_TRUST } = readmePolicies();

let aws: AwsWorld;
let github: GitHubWorld;
let buildah: BuildahSandbox;
beforeAll(async () => {
  [aws, github, buildah] = await Promise.all([startAwsWorld({ enforceIam: true, ecr: true }), startGitHubWorld(), buildahEnv()]);
}, 120_000);
afterAll(async () => Promise.all([aws?.close(), github?.close(), buildah?.close()]));

function policyFor(repository: string, without: string[] = []): Policy {
  const renamed = JSON.parse(JSON.stringify(README_POLICY).replaceAll(`repository/${README_REPOSITORY}`, `repository/${repository}`)) as Policy;
  const statements = renamed.Statement.map((s) => ({ ...s, Action: [s.Action ?? []].flat().filter((a) => !without.includes(a)) })).filter(
    (s) => s.Action.length > 0,
  );
  return { ...renamed, Statement: statements };
}

/** A first run and a re-run as a role holding the README's trust policy and its policy without `without`. */
const runAs = (without: string[] = [], rerun = true) =>
  runIamBuild({ aws, github, buildah }, ({ repository }) => ({ trust: README_TRUST, policy: policyFor(repository, without) }), rerun);

test('with exactly the README policy: create, build, push, scan, re-run', async () => {
  expectIamBuildWorked(await runAs());
});

const ACTIONS = (README_POLICY.Statement.flatMap((s) => [s.Action ?? []].flat()) as string[]).filter((a) => a !== 'ecr:CreateRepository');

test.each(ACTIONS)('without %s the run fails naming it', async (action) => {
  const { first, second } = await runAs([action]);
  const failed = first.exitCode !== 0 ? first : second;
  expect(failed?.exitCode, `${action}: both runs succeeded`).toBe(1);
  expect(failed?.errors.join('\n')).toContain(action);
});

test('without ecr:CreateRepository a new repository cannot be made, and the error names it', async () => {
  const { first } = await runAs(['ecr:CreateRepository'], false);
  expect(first.exitCode).toBe(1);
  expect(first.errors[0]).toContain('ecr:CreateRepository');
});
