// The other ways a rollout ends: the progress deadline, health checks (passing through the API server's service
// proxy, failing -> rollback), manifests applied server-side with images substituted, several Deployments at once,
// EKS tokens that expire during the wait, and cancellation mid-rollout (main rolls back; if main was killed,
// the post step does).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { GOOD_V1, GOOD_V2, REGISTRY, deploymentOf, imagesOf, kubectl, newDeployment, runStep, settled, startWorlds, type Worlds } from './worlds.js';

const NEVER_READY = `${REGISTRY}/churn-model:never-ready`;
const UNHEALTHY = `${REGISTRY}/churn-model:unhealthy`;
const SLOW = `${REGISTRY}/churn-model:slow`;

let worlds: Worlds;
beforeAll(async () => {
  worlds = await startWorlds();
  worlds.k8s.images.set(NEVER_READY, { behaviour: { kind: 'never-ready', probeMessage: 'Readiness probe failed: HTTP probe failed with statuscode: 503' } });
  worlds.k8s.images.set(UNHEALTHY, { behaviour: { kind: 'ready', afterSeconds: 1 }, http: { status: 200, body: { status: 'degraded', model: 'v3' } } });
  worlds.k8s.images.set(SLOW, { behaviour: { kind: 'ready', afterSeconds: 60 } });
});
afterAll(async () => worlds?.close());

describe('ends', () => {
  test('the progress deadline (pods never ready, readiness-grace longer): ProgressDeadlineExceeded, rolled back', async () => {
    const { name } = await newDeployment(worlds, { progressDeadlineSeconds: 3 });
    const result = await runStep(worlds, { deployment: name, image: NEVER_READY, 'readiness-grace': '1h' });
    expect(result.exitCode).toBe(1);
    expect(result.outputs['failure-reason']).toMatch(
      new RegExp(`^ProgressDeadlineExceeded: Deployment ${name}: deployment "${name}" exceeded its progress deadline`),
    );
    expect(result.outputs['rolled-back']).toBe('true');
    expect(imagesOf(worlds, 'default', name)).toEqual([GOOD_V1]);
  });

  test('readiness failing past readiness-grace is called before the progress deadline', async () => {
    const { name } = await newDeployment(worlds);
    const result = await runStep(worlds, { deployment: name, image: NEVER_READY, 'readiness-grace': '2s' });
    expect(result.outputs['failure-reason']).toMatch(/^ReadinessFailing: .*has not become ready within readiness-grace \(2 s\)/);
    expect(result.outputs['rolled-back']).toBe('true');
  });

  test('health checks through the service proxy: passing, with a JSON-path condition', async () => {
    const { name } = await newDeployment(worlds);
    const result = await runStep(worlds, {
      deployment: name,
      image: GOOD_V2,
      'health-check-service': `${name}:8080`,
      'health-check-path': '/healthz',
      'health-check-condition': '$.status == "ok"',
      'health-check-interval': '200ms',
      'health-check-count': '3',
    });
    expect(result.errors).toEqual([]);
    expect(result.main.log.filter((l) => /^Health check \d\/3 on service .*: passed \(ok\)\.$/.test(l))).toHaveLength(3);
    expect(result.summary).toContain('3 of 3 passed');
  });

  test('a failing health check rolls back, and the rollback is followed until the old version is available', async () => {
    const { name } = await newDeployment(worlds);
    const result = await runStep(worlds, {
      deployment: name,
      image: UNHEALTHY,
      'health-check-service': `${name}:8080`,
      'health-check-condition': '$.status == "ok"',
      'health-check-interval': '200ms',
      'health-check-count': '3',
      'health-check-failure-threshold': '2',
    });
    expect(result.exitCode).toBe(1);
    expect(result.outputs['failure-reason']).toBe(`HealthCheckFailed: 2 of 2 health checks on service ${name}:8080/ failed: $.status == "ok": is "degraded"`);
    expect(result.outputs['rolled-back']).toBe('true');
    expect(imagesOf(worlds, 'default', name)).toEqual([GOOD_V1]);
    expect(deploymentOf(worlds, 'default', name).status).toMatchObject({ updatedReplicas: 2, availableReplicas: 2 });
  });

  test('manifests: applied server-side with the image substituted by repository, and followed', async () => {
    const name = 'manifest-model';
    const workspace = mkdtempSync(path.join(tmpdir(), 'deploy-eks-ws-'));
    mkdirSync(path.join(workspace, 'k8s'));
    writeFileSync(
      path.join(workspace, 'k8s', 'deployment.yaml'),
      [
        'apiVersion: apps/v1',
        'kind: Deployment',
        `metadata: {name: ${name}}`,
        'spec:',
        '  replicas: 2',
        `  selector: {matchLabels: {app: ${name}}}`,
        '  template:',
        `    metadata: {labels: {app: ${name}}}`,
        '    spec:',
        '      containers:',
        `      - {name: server, image: "${REGISTRY}/churn-model:placeholder"}`,
        '      - {name: proxy, image: "registry.local:5000/envoy:v1.30"}',
        '---',
        'apiVersion: v1',
        'kind: Service',
        `metadata: {name: ${name}}`,
        `spec: {selector: {app: ${name}}, ports: [{port: 8080}]}`,
      ].join('\n'),
    );
    const first = await runStep(worlds, { manifests: 'k8s/*.yaml', image: GOOD_V1 }, { workspace });
    expect(first.errors).toEqual([]);
    expect(imagesOf(worlds, 'default', name)).toEqual([GOOD_V1, 'registry.local:5000/envoy:v1.30']);
    expect(worlds.k8s.get('services', 'default', name)).toBeDefined();
    const second = await runStep(worlds, { manifests: 'k8s/deployment.yaml', image: `${GOOD_V2.replace(':v2', '')}@sha256:${'b'.repeat(64)}` }, { workspace });
    expect(second.errors).toEqual([]);
    expect(imagesOf(worlds, 'default', name)[0]).toBe(`${REGISTRY}/churn-model@sha256:${'b'.repeat(64)}`);
    expect(deploymentOf(worlds, 'default', name).metadata.annotations?.['mlops-actions.io/image-digest']).toBe(`sha256:${'b'.repeat(64)}`);
    const applies = worlds.k8s.requests.filter((r) => r.verb === 'patch' && r.contentType?.startsWith('application/apply-patch') && r.query.dryRun !== 'All');
    expect(applies.every((r) => r.fieldManager === 'mlops-actions-deploy-eks')).toBe(true);
  });

  test('several Deployments at once (DEPLOYMENT/CONTAINER=IMAGE lines); one doomed -> both rolled back', async () => {
    const a = await newDeployment(worlds);
    const b = await newDeployment(worlds);
    const result = await runStep(worlds, { image: `${a.name}/server=${GOOD_V2}\n${b.name}/server=${REGISTRY}/churn-model:does-not-exist` });
    expect(result.exitCode).toBe(1);
    expect(result.outputs['rolled-back']).toBe('true');
    await settled(worlds, 'default', a.name);
    expect(imagesOf(worlds, 'default', a.name)).toEqual([GOOD_V1]);
    expect(imagesOf(worlds, 'default', b.name)).toEqual([GOOD_V1]);
  });
});

describe('EKS tokens during a long wait', () => {
  let short: Worlds;
  beforeAll(async () => {
    // Tokens live 3 s in this world (15 min on EKS): a rollout of ~8 s outlives several.
    short = await startWorlds({ k8s: { tokenMaxAgeMs: 3_000 } });
    short.k8s.images.set(SLOW, { behaviour: { kind: 'ready', afterSeconds: 8 } });
  });
  afterAll(async () => short?.close());

  test('an expired token is answered 401; the action makes a new one and the wait goes on', async () => {
    const { name } = await newDeployment(short);
    const since = short.k8s.requests.length;
    const result = await runStep(short, { deployment: name, image: SLOW });
    expect(result.errors).toEqual([]);
    expect(imagesOf(short, 'default', name)).toEqual([SLOW]);
    const statuses = short.k8s.requests.slice(since).map((r) => r.status);
    expect(statuses.filter((s) => s === 401).length).toBeGreaterThan(0);
    expect(result.main.log.join('\n')).toMatch(/HTTP 401 Unauthorized: made a new token and trying again\./);
  });
});

describe('cancellation mid-rollout', () => {
  test('the runner cancels (SIGINT): main rolls back to the revision that ran before', async () => {
    const { name } = await newDeployment(worlds);
    const result = await runStep(
      worlds,
      { deployment: name, image: SLOW },
      { post: true, cancel: { when: { event: worlds.k8s.nextRequest({ verb: 'list', resource: 'pods' }) }, mode: 'runner' } },
    );
    expect(result.main.signalsSent.map((s) => s.signal)).toEqual(['SIGINT']);
    expect(result.errors[0]).toMatch(new RegExp(`^Cancelled while the rollout; ${name} rolled back to revision 1 `));
    expect(result.outputs['rolled-back']).toBe('true');
    expect(imagesOf(worlds, 'default', name)).toEqual([GOOD_V1]);
    expect(result.post?.log.join('\n') ?? '').not.toContain('rolled back');
    await settled(worlds, 'default', name);
    const status = await kubectl(worlds, ['rollout', 'status', `deployment/${name}`, '--timeout=20s']);
    expect(status.stdout).toContain('successfully rolled out');
  });

  test('on-cancel: leave keeps the new version rolling', async () => {
    const { name } = await newDeployment(worlds);
    const result = await runStep(
      worlds,
      { deployment: name, image: SLOW, 'on-cancel': 'leave' },
      { post: true, cancel: { when: { event: worlds.k8s.nextRequest({ verb: 'list', resource: 'pods' }) }, mode: 'runner' } },
    );
    expect(result.errors[0]).toMatch(/it was left as it is \(on-cancel: leave\)/);
    expect(imagesOf(worlds, 'default', name)).toEqual([SLOW]);
  });

  test('main killed before it could roll back (its rollback patch hangs): the post step rolls back', async () => {
    const { name } = await newDeployment(worlds);
    // The rollback patch (JSON Patch) hangs past the runner's grace, so SIGKILL ends main; the post step's goes through.
    // The image patch must pass first: the hang is armed only once the action is following the rollout.
    const armed = worlds.k8s.nextRequest({ verb: 'list', resource: 'pods' });
    const result = await runStep(
      worlds,
      { deployment: name, image: SLOW },
      {
        post: true,
        cancel: {
          when: {
            event: armed.then(() => worlds.k8s.faults.add({ kind: 'hang', verb: 'patch', resource: 'deployments', name, count: 1 })),
          },
          mode: 'SIGTERM',
          graceMs: 2_000,
        },
      },
    );
    expect(result.main.signalsSent.map((s) => s.signal)).toEqual(['SIGTERM', 'SIGKILL']);
    expect(result.post?.exitCode).toBe(0);
    expect(result.post?.log.join('\n')).toMatch(/the post step rolled back: .*rolled back to revision 1/);
    expect(imagesOf(worlds, 'default', name)).toEqual([GOOD_V1]);
  });
});
