// More ways in and out of a rollout, through the bundle: a kubeconfig instead of an EKS cluster (no AWS at all),
// the pod evidence not covered elsewhere (unschedulable past its grace, a container config error), rollback to a
// chosen revision, and health checks against a given URL.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { GOOD_V1, GOOD_V2, REGISTRY, imagesOf, newDeployment, runStep, settled, startWorlds, type Worlds } from './worlds.js';

const UNSCHEDULABLE = `${REGISTRY}/churn-model:huge`;
const CONFIG_ERROR = `${REGISTRY}/churn-model:no-secret`;
const BAD_PULL_V3 = `${REGISTRY}/churn-model:v3-missing`;

let worlds: Worlds;
let health: Server;
let healthAnswer = { status: 200, body: { status: 'ok' } as object };
const healthRequests: string[] = [];
beforeAll(async () => {
  worlds = await startWorlds();
  worlds.k8s.images.set(UNSCHEDULABLE, { behaviour: { kind: 'unschedulable', message: '0/3 nodes are available: 3 Insufficient memory.' } });
  worlds.k8s.images.set(CONFIG_ERROR, { behaviour: { kind: 'create-container-config-error', message: 'secret "model-credentials" not found' } });
  worlds.k8s.images.set(BAD_PULL_V3, { behaviour: { kind: 'err-image-pull', message: 'manifest unknown' } });
  health = createServer((req, res) => {
    healthRequests.push(req.url ?? '');
    res.writeHead(healthAnswer.status, { 'content-type': 'application/json' }).end(JSON.stringify(healthAnswer.body));
  });
  await new Promise<void>((resolve) => health.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  await new Promise((resolve) => health?.close(resolve));
  await worlds?.close();
});

const healthUrl = (): string => `http://127.0.0.1:${(health.address() as AddressInfo).port}/v1/health`;

describe('access', () => {
  // The kubeconfig comes from a workflow secret, as the README says.
  test('a kubeconfig instead of cluster-name: no AWS request, the token is masked, the rollout succeeds', async () => {
    const { name } = await newDeployment(worlds);
    const token = worlds.k8s.staticToken('deployer');
    const kubeconfig = worlds.k8s.kubeconfig({ token });
    const since = worlds.aws.requests.length;
    const result = await runStep(
      worlds,
      { 'cluster-name': '', kubeconfig, deployment: name, image: GOOD_V2 },
      { env: { AWS_ACCESS_KEY_ID: '', AWS_SECRET_ACCESS_KEY: '' }, secrets: [kubeconfig] },
    );
    expect(result.errors).toEqual([]);
    expect(imagesOf(worlds, 'default', name)).toEqual([GOOD_V2]);
    expect(worlds.aws.requests.length - since).toBe(0);
    // Masked on its own (not only as part of the kubeconfig's lines), and never shown.
    expect(result.main.stdout.split('\n')).toContain(`::add-mask::${token}`);
    expect(result.main.log.join('\n')).not.toContain(token);
    expect(JSON.stringify(result.outputs)).not.toContain(token);
    expect(result.summary).not.toContain(token);
  });
});

describe('pod evidence', () => {
  test.each([
    [
      'unschedulable past unschedulable-grace',
      UNSCHEDULABLE,
      { 'unschedulable-grace': '2s' },
      /^Unschedulable: .*0\/3 nodes are available: 3 Insufficient memory\./,
    ],
    ['a container config error', CONFIG_ERROR, {}, /^CreateContainerConfigError: .*secret "model-credentials" not found/],
  ])('%s: called from the pods, rolled back to the previous image', async (_title, image, inputs, reason) => {
    const { name } = await newDeployment(worlds);
    const result = await runStep(worlds, { deployment: name, image, ...inputs });
    expect(result.exitCode).toBe(1);
    expect(result.outputs['failure-reason']).toMatch(reason);
    expect(result.outputs['rolled-back']).toBe('true');
    expect(imagesOf(worlds, 'default', name)).toEqual([GOOD_V1]);
  });
});

describe('rollback', () => {
  test('rollback-to-revision: a doomed v3 goes back to revision 1 (v1), not to the previous one (v2)', async () => {
    const { name } = await newDeployment(worlds);
    const v2 = await runStep(worlds, { deployment: name, image: GOOD_V2 });
    expect(v2.outputs.revision).toBe('2');
    await settled(worlds, 'default', name);
    const v3 = await runStep(worlds, { deployment: name, image: BAD_PULL_V3, 'rollback-to-revision': '1' });
    expect(v3.exitCode).toBe(1);
    expect(v3.outputs['rolled-back']).toBe('true');
    expect(imagesOf(worlds, 'default', name)).toEqual([GOOD_V1]);
    expect(v3.errors[0]).toMatch(/rolled back to revision 1/);
  });
});

describe('health checks against a given URL', () => {
  test('passing with a condition on the body, then failing past the threshold rolls back', async () => {
    const { name } = await newDeployment(worlds);
    healthAnswer = { status: 200, body: { status: 'ok' } };
    const checks = {
      'health-check-url': healthUrl(),
      'health-check-condition': '$.status == "ok"',
      'health-check-interval': '200ms',
      'health-check-count': '2',
    };
    const passed = await runStep(worlds, { deployment: name, image: GOOD_V2, ...checks });
    expect(passed.errors).toEqual([]);
    expect(healthRequests.filter((u) => u === '/v1/health').length).toBeGreaterThanOrEqual(2);

    healthAnswer = { status: 503, body: { status: 'loading' } };
    const failed = await runStep(worlds, { deployment: name, image: GOOD_V1, ...checks, 'health-check-failure-threshold': '1' });
    expect(failed.exitCode).toBe(1);
    expect(failed.outputs['failure-reason']).toMatch(/^HealthCheckFailed: /);
    expect(failed.outputs['rolled-back']).toBe('true');
    expect(imagesOf(worlds, 'default', name)).toEqual([GOOD_V2]);
  });
});
