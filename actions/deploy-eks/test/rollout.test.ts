// The bundled action against the Kubernetes world: a good image rolls out; a doomed one (image pull failure,
// crash loop) is called from pod evidence, rolled back, and the cluster ends on the previous revision with all
// pods available, which kubectl confirms.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  ACTION_DIR,
  BAD_PULL,
  CRASHING,
  GOOD_V1,
  GOOD_V2,
  deploymentOf,
  imagesOf,
  kubectl,
  newDeployment,
  runStep,
  startWorlds,
  type Worlds,
} from './worlds.js';

let worlds: Worlds;
beforeAll(async () => {
  worlds = await startWorlds();
});
afterAll(async () => worlds?.close());

describe('rollout', () => {
  test('a good image rolls out: kubectl rollout status agrees, revision and traceability annotations recorded', async () => {
    const { name } = await newDeployment(worlds);
    const result = await runStep(
      worlds,
      { deployment: name, container: 'server', image: GOOD_V2, 'model-package-arn': 'arn:aws:sagemaker:us-east-1:123456789012:model-package/churn/7' },
      { env: { GITHUB_ACTOR: 'octocat' } },
    );
    expect(result.errors).toEqual([]);
    expect(result.outputs).toMatchObject({ revision: '2', 'previous-revision': '1', 'previous-image': GOOD_V1, 'rolled-back': 'false', 'failure-reason': '' });
    expect(imagesOf(worlds, 'default', name)).toEqual([GOOD_V2]);
    const annotations = deploymentOf(worlds, 'default', name).metadata.annotations ?? {};
    expect(annotations['kubernetes.io/change-cause']).toMatch(
      new RegExp(`^deploy-eks: set image server=${GOOD_V2.replace(/[.]/g, '\\.')} by octocat \\(https://`),
    );
    expect(annotations).toMatchObject({
      'mlops-actions.io/actor': 'octocat',
      'mlops-actions.io/model-package-arn': 'arn:aws:sagemaker:us-east-1:123456789012:model-package/churn/7',
      'mlops-actions.io/model-package-version': '7',
      'mlops-actions.io/image': GOOD_V2,
    });
    expect(annotations['mlops-actions.io/run-url']).toMatch(/^https:\/\/github\.com\/.+\/actions\/runs\//);
    const status = await kubectl(worlds, ['rollout', 'status', `deployment/${name}`, '--timeout=10s']);
    expect(status.stdout).toContain(`deployment "${name}" successfully rolled out`);
    const history = await kubectl(worlds, ['rollout', 'history', `deployment/${name}`]);
    expect(history.stdout).toMatch(/2\s+deploy-eks: set image server=/);
    expect(result.summary).toContain('```mermaid\ngantt');
  });

  test("a kubeconfig instead of cluster-name (any cluster): client-node's KubeConfig authenticates, the rollout is followed", async () => {
    const { name } = await newDeployment(worlds);
    const kubeconfig = readFileSync(worlds.k8s.writeKubeconfig({ token: worlds.k8s.staticToken('kubeconfig-deployer') }), 'utf8');
    const since = worlds.k8s.requests.length;
    const result = await runStep(worlds, { 'cluster-name': '', kubeconfig, deployment: name, image: GOOD_V2 });
    expect(result.errors).toEqual([]);
    expect(result.outputs).toMatchObject({ revision: '2', 'rolled-back': 'false' });
    expect(imagesOf(worlds, 'default', name)).toEqual([GOOD_V2]);
    // Every request of the step, watches included, carried the kubeconfig's credentials.
    const calls = worlds.k8s.requests.slice(since).filter((r) => r.user !== 'kubectl-checker');
    expect(calls.length).toBeGreaterThan(3);
    expect(new Set(calls.map((r) => r.user))).toEqual(new Set(['kubeconfig-deployer']));
    expect(calls.some((r) => r.verb === 'watch' && r.resource === 'pods')).toBe(true);
  });

  test('the same image again changes nothing and says so (run through the root-level alias deploy-eks/action.yml)', async () => {
    const { name } = await newDeployment(worlds);
    const before = deploymentOf(worlds, 'default', name).metadata.generation;
    const result = await runStep(worlds, { deployment: name, image: GOOD_V1 }, { actionDir: path.join(ACTION_DIR, '..', '..', 'deploy-eks') });
    expect(result.errors).toEqual([]);
    expect(result.main.log.join('\n')).toContain(`Deployment ${name}: container server already runs ${GOOD_V1}.`);
    expect(deploymentOf(worlds, 'default', name).metadata.generation).toBe(before);
    expect(result.outputs).toMatchObject({ revision: '1', 'previous-revision': '1', 'rolled-back': 'false' });
  });

  test('force-restart restarts pods with the same image (restartedAt, as kubectl rollout restart)', async () => {
    const { name } = await newDeployment(worlds);
    const result = await runStep(worlds, { deployment: name, image: GOOD_V1, 'force-restart': 'true' });
    expect(result.errors).toEqual([]);
    expect(result.outputs.revision).toBe('2');
    const d = deploymentOf(worlds, 'default', name) as unknown as { spec: { template: { metadata: { annotations: Record<string, string> } } } };
    expect(d.spec.template.metadata.annotations['kubectl.kubernetes.io/restartedAt']).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  test.each([
    ['ImagePullBackOff', BAD_PULL, /^(ErrImagePull|ImagePullBackOff)$/],
    ['CrashLoopBackOff', CRASHING, /^CrashLoopBackOff$/],
  ])('%s is called from pod evidence and rolled back to the previous revision; all pods available again', async (_kind, image, reason) => {
    const { name } = await newDeployment(worlds, { replicas: 3 });
    const result = await runStep(worlds, { deployment: name, image, 'max-restarts': '1' });
    expect(result.exitCode).toBe(1);
    expect(result.outputs['rolled-back']).toBe('true');
    expect(result.outputs['previous-revision']).toBe('1');
    expect(result.outputs['failure-reason'].split(':')[0]).toMatch(reason);
    expect(result.errors[0]).toMatch(
      /^Rollout failed \((ErrImagePull|ImagePullBackOff|CrashLoopBackOff)\): Deployment .*Rolled back: .*rolled back to revision 1 /,
    );
    // The cluster is back on the old template, under a new revision number (kubectl undo semantics), all available.
    expect(imagesOf(worlds, 'default', name)).toEqual([GOOD_V1]);
    const d = deploymentOf(worlds, 'default', name);
    expect(d.status).toMatchObject({ replicas: 3, updatedReplicas: 3, availableReplicas: 3 });
    expect(result.outputs.revision).toBe('3');
    const status = await kubectl(worlds, ['rollout', 'status', `deployment/${name}`, '--timeout=10s']);
    expect(status.stdout).toContain(`deployment "${name}" successfully rolled out`);
    const pods = await kubectl(worlds, [
      'get',
      'pods',
      '-l',
      `app=${name}`,
      '-o',
      'jsonpath={range .items[*]}{.spec.containers[0].image} {.status.containerStatuses[0].ready}{"\\n"}{end}',
    ]);
    expect(pods.stdout.trim().split('\n').sort()).toEqual([`${GOOD_V1} true`, `${GOOD_V1} true`, `${GOOD_V1} true`]);
    // The summary explains it: the pods table, the Events, and for the crash the container's last log lines.
    expect(result.summary).toContain('<th>Pod</th>');
    expect(result.summary).toContain('### Events');
    if (image === CRASHING) expect(result.summary).toContain("KeyError: 'MODEL_BUCKET'");
    // Called from pod evidence, not by waiting out the progress deadline (600 s): the Deployment never reached it
    // (how much sooner is the bench's business: bench/eks-rollout.mjs, no wall-clock budget here).
    expect(result.outputs['failure-reason']).not.toMatch(/ProgressDeadlineExceeded/);
  });
});
