// The optional GitHub Deployment (environment + github-token), through the bundled action against the GitHub world
// and the Kubernetes world: in_progress then success (the replaced deployment inactive) or failure; one deployment
// per step of a job attempt however often it runs and whatever answers are lost; GitHub's 5xx and secondary rate
// limit survived; a token without the Deployments permission stops the step before the cluster is touched.
import { type GitHubWorld, startGitHubWorld } from '@mlops-actions/testkit';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { CRASHING, GOOD_V1, GOOD_V2, REGISTRY, deploymentOf, imagesOf, newDeployment, runStep, type StepOptions, startWorlds, type Worlds } from './worlds.js';

let worlds: Worlds;
let github: GitHubWorld;
beforeAll(async () => {
  [worlds, github] = await Promise.all([startWorlds(), startGitHubWorld()]);
});
afterEach(() => {
  github.faults.clear();
  github.setTokenAccess({ kind: 'app', members: 'read' });
});
afterAll(async () => {
  await Promise.all([worlds?.close(), github?.close()]);
});

let runs = 0;
/** A run of its own (run id), unless `runId` names the one to repeat. */
function deployStep(inputs: Record<string, string>, environment: string, runId?: string): ReturnType<typeof runStep> {
  runs += 1;
  const options: StepOptions = {
    env: github.env(),
    github: { runId: runId ?? String(17_000_000 + runs), runAttempt: '1' },
  };
  return runStep(worlds, { ...inputs, environment, 'github-token': github.token }, options);
}

function deploymentsOf(environment: string) {
  return github.state.deployments.filter((d) => d.environment === environment).sort((a, b) => a.id - b.id);
}

/** The states of a deployment's statuses, oldest first. */
function statesOf(id: number): string[] {
  return github.state.deploymentStatuses
    .filter((s) => s.deployment_id === id)
    .sort((a, b) => a.id - b.id)
    .map((s) => s.state);
}

describe('GitHub Deployment', () => {
  test.each([
    ['staging', "GitHub's auto_inactive"],
    ['production', 'the action (GitHub does not auto-inactivate production deployments)'],
  ])('success in %s: in_progress then success; the replaced deployment becomes inactive (%s)', async (environment) => {
    const { name } = await newDeployment(worlds);
    const first = await deployStep({ deployment: name, image: GOOD_V2 }, environment);
    expect(first.errors).toEqual([]);
    const second = await deployStep({ deployment: name, image: GOOD_V1 }, environment);
    expect(second.errors).toEqual([]);
    const [replaced, current] = deploymentsOf(environment);
    expect(deploymentsOf(environment)).toHaveLength(2);
    expect(statesOf(current!.id)).toEqual(['in_progress', 'success']);
    expect(statesOf(replaced!.id)).toEqual(['in_progress', 'success', 'inactive']);
    // What GitHub shows: the ref deployed, the run's link, what went out.
    expect(current).toMatchObject({ sha: '3f4c9a1e6b7d2c8f0a5e9b1d4c7f2a6e8b0d3c5f', description: expect.stringContaining(GOOD_V1) });
    const success = github.state.deploymentStatuses.find((s) => s.deployment_id === current!.id && s.state === 'success');
    expect(success?.log_url).toMatch(/\/actions\/runs\/\d+\/attempts\/1$/);
    expect(second.main.log.join('\n')).toMatch(new RegExp(`GitHub deployment ${current!.id} for environment ${environment}: in_progress`));
    expect(second.summary).toContain(`${current!.id} in environment ${environment}: success`);
  });

  test('a failed, rolled-back run: in_progress then failure, naming the reason; the previous deployment stays active', async () => {
    const environment = 'qa';
    const { name } = await newDeployment(worlds);
    expect((await deployStep({ deployment: name, image: GOOD_V2 }, environment)).errors).toEqual([]);
    const failed = await deployStep({ deployment: name, image: CRASHING, 'max-restarts': '1' }, environment);
    expect(failed.exitCode).toBe(1);
    expect(failed.outputs['rolled-back']).toBe('true');
    const [previous, current] = deploymentsOf(environment);
    expect(statesOf(current!.id)).toEqual(['in_progress', 'failure']);
    expect(github.state.deploymentStatuses.find((s) => s.deployment_id === current!.id && s.state === 'failure')?.description).toBe(
      'Rollout failed (CrashLoopBackOff), rolled back',
    );
    expect(statesOf(previous!.id)).toEqual(['in_progress', 'success']);
  });

  test('a re-run of the step in the same job attempt adds to the same deployment, even after a lost create answer', async () => {
    const environment = 'canary';
    // An image that crashes on the first run and is fixed (in the registry, same tag) before the re-run.
    const flaky = `${REGISTRY}/churn-model:flaky`;
    worlds.k8s.images.set(flaky, { behaviour: { kind: 'crash-loop', runSeconds: 0, exitCode: 1 } });
    const { name } = await newDeployment(worlds);
    const runId = '17999999001';
    // GitHub makes the deployment and the answer is lost: the retry must find it, not make a second one.
    const lost = github.faults.add({ route: 'POST /repos/{owner}/{repo}/deployments', status: 502, afterHandling: true });
    const first = await deployStep({ deployment: name, image: flaky, 'max-restarts': '1' }, environment, runId);
    expect(first.exitCode).toBe(1);
    expect(lost.hits).toBe(1);
    expect(deploymentsOf(environment)).toHaveLength(1);
    worlds.k8s.images.set(flaky, { behaviour: { kind: 'ready', afterSeconds: 1 } });
    const again = await deployStep({ deployment: name, image: flaky, 'max-restarts': '1' }, environment, runId);
    expect(again.errors).toEqual([]);
    expect(imagesOf(worlds, 'default', name)).toEqual([flaky]);
    const [only] = deploymentsOf(environment);
    expect(deploymentsOf(environment)).toHaveLength(1);
    expect(statesOf(only!.id)).toEqual(['in_progress', 'failure', 'in_progress', 'success']);
    expect(again.main.log.join('\n')).toContain('(made by an earlier run of this step)');
    // Another run attempt is another deployment.
    const { name: other } = await newDeployment(worlds);
    expect((await deployStep({ deployment: other, image: GOOD_V2 }, environment)).errors).toEqual([]);
    expect(deploymentsOf(environment)).toHaveLength(2);
  });

  test("GitHub's 5xx and secondary rate limit are survived: one deployment, every status", async () => {
    const environment = 'load-test';
    const { name } = await newDeployment(worlds);
    const limited = github.faults.secondaryRateLimit('POST /repos/{owner}/{repo}/deployments', { retryAfterSeconds: 1 });
    const broken = github.faults.add({ route: 'POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', status: 502, count: 2 });
    const unavailable = github.faults.add({ route: 'GET /repos/{owner}/{repo}/deployments', status: 503, count: 1 });
    const result = await deployStep({ deployment: name, image: GOOD_V2 }, environment);
    expect(result.errors).toEqual([]);
    expect(result.main.annotations.filter((a) => a.level === 'warning')).toEqual([]);
    expect([limited.hits, broken.hits, unavailable.hits]).toEqual([1, 2, 1]);
    const [only] = deploymentsOf(environment);
    expect(deploymentsOf(environment)).toHaveLength(1);
    expect(statesOf(only!.id)).toEqual(['in_progress', 'success']);
    expect(result.main.log.join('\n')).toMatch(/GitHub secondary rate limit on POST .*deployments: waiting 1 s/);
  });

  test.each([
    [
      'a GITHUB_TOKEN with deployments: read',
      { kind: 'app', members: 'read', deployments: 'read' } as const,
      /HTTP 403: Resource not accessible by integration/,
    ],
    ['a classic token without repo or repo_deployment', { kind: 'classic', scopes: ['read:org'] } as const, /HTTP 404: Not Found/],
  ])('%s: one clear error before the cluster is touched, naming github-token and the permission', async (_what, access, said) => {
    const environment = 'restricted';
    const { name } = await newDeployment(worlds);
    const generation = deploymentOf(worlds, 'default', name).metadata.generation;
    github.setTokenAccess(access);
    const result = await deployStep({ deployment: name, image: GOOD_V2 }, environment);
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/^github-token may not create a GitHub Deployment in octo-org\/churn-model \(/);
    expect(result.errors[0]).toMatch(said);
    expect(result.errors[0]).toMatch(/nothing was changed/);
    expect(result.main.log.join('\n')).toContain('permissions: deployments: write');
    expect(imagesOf(worlds, 'default', name)).toEqual([GOOD_V1]);
    expect(deploymentOf(worlds, 'default', name).metadata.generation).toBe(generation);
    expect(deploymentsOf(environment)).toHaveLength(0);
  });
});
