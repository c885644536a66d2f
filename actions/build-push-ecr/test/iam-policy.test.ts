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
  type RunResult,
} from '@mlops-actions/testkit';
import { ACTION_DIR, runStep, workspace } from './worlds.js';

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
const README_REPOSITORY = 'churn-serving';

let aws: AwsWorld;
let github: GitHubWorld;
let buildah: BuildahSandbox;
beforeAll(async () => {
  [aws, github, buildah] = await Promise.all([startAwsWorld({ enforceIam: true, ecr: true }), startGitHubWorld(), buildahEnv()]);
}, 120_000);
afterAll(async () => Promise.all([aws?.close(), github?.close(), buildah?.close()]));

let counter = 0;
function policyFor(repository: string, without: string[] = []): Policy {
  const renamed = JSON.parse(JSON.stringify(README_POLICY).replaceAll(`repository/${README_REPOSITORY}`, `repository/${repository}`)) as Policy;
  const statements = renamed.Statement.map((s) => ({ ...s, Action: [s.Action ?? []].flat().filter((a) => !without.includes(a)) })).filter(
    (s) => s.Action.length > 0,
  );
  return { ...renamed, Statement: statements };
}

/** A first run (creates the repository, builds, pushes, waits for the scan) and a re-run, as a role with the policy. */
async function runAs(without: string[] = [], rerun = true): Promise<{ first: RunResult; second?: RunResult; repository: string }> {
  counter += 1;
  const repository = `${README_REPOSITORY}-${process.pid}-${counter}`;
  const roleArn = await aws.iam.createRole({
    name: `github-image-${counter}`,
    trustPolicy: { Version: '2012-10-17', Statement: [README_TRUST] },
    policies: { 'build-push-ecr': policyFor(repository, without) },
    oidc: github.oidc,
  });
  aws.ecr.setScan(repository, '*', { status: 'COMPLETE', findings: [{ name: 'CVE-2024-1111', severity: 'LOW' }] });
  const ws = workspace();
  const inputs = { repository, builder: 'buildah', 'role-to-assume': roleArn, 'keep-last': '20', 'scan-timeout': '1m' };
  const options = { workspace: ws, sandboxEnv: buildah.env, env: github.env(), github: { repository: 'octo-org/churn-model', ref: 'refs/heads/main' } };
  const first = await runStep(aws, inputs, options);
  if (!rerun || first.exitCode !== 0) return { first, repository };
  const second = await runStep(aws, inputs, options);
  return { first, second, repository };
}

test('with exactly the README policy: create, build, push, scan, re-run', async () => {
  const { first, second, repository } = await runAs();
  expect(first.exitCode, first.errors.join('\n') + first.main.stdout.slice(-2000)).toBe(0);
  expect(first.outputs.pushed).toBe('true');
  expect(second?.exitCode, second?.errors.join('\n')).toBe(0);
  expect(second?.outputs).toMatchObject({ pushed: 'false', 'image-digest': first.outputs['image-digest'] });
  expect(first.main.stdout).toContain(`Created repository ${repository}`);
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
