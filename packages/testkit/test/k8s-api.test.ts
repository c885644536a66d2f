// The API server's contract as clients see it: PATCH forms, generation and resourceVersion, validation, lists
// with selectors, watches (resume, filtered, 410 Gone), and injected faults. Raw HTTPS where the wire format is
// the point; @kubernetes/client-node where the action's client is.
import { request } from 'node:https';
import { AppsV1Api, KubeConfig, PatchStrategy, setHeaderOptions, Watch, type ApiException } from '@kubernetes/client-node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startK8sWorld, type Deployment, type K8sWorld } from '../src/k8s/index.js';

let world: K8sWorld;
let apps: AppsV1Api;
let token: string;
let kubeConfig: KubeConfig;

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  json(): Record<string, unknown>;
}

function raw(
  method: string,
  path: string,
  o: { body?: unknown; contentType?: string; onData?: (chunk: string) => void; timeoutMs?: number } = {},
): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${world.server}${path}`,
      {
        method,
        ca: world.caPem,
        headers: { authorization: `Bearer ${token}`, ...(o.body !== undefined ? { 'content-type': o.contentType ?? 'application/json' } : {}) },
      },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => {
          body += c.toString();
          o.onData?.(c.toString());
        });
        const done = () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body, json: () => JSON.parse(body) as Record<string, unknown> });
        res.on('end', done);
        res.on('aborted', done);
        res.on('error', done);
      },
    );
    req.on('error', reject);
    if (o.timeoutMs) req.setTimeout(o.timeoutMs, () => req.destroy(new Error('client timeout')));
    req.end(o.body === undefined ? undefined : typeof o.body === 'string' ? o.body : JSON.stringify(o.body));
  });
}

function watchLines(
  body: string,
): Array<{ type: string; object: { metadata?: { name?: string; resourceVersion?: string }; code?: number; reason?: string; message?: string } }> {
  return body
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
}

const DEPLOYMENTS = '/apis/apps/v1/namespaces/default/deployments';

function web(name = 'web', image = 'repo/web:1'): Deployment {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: 'default', labels: { tier: name === 'web' ? 'front' : 'back' } },
    spec: {
      replicas: 2,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: {
          containers: [
            {
              name: 'app',
              image,
              env: [
                { name: 'A', value: '1' },
                { name: 'B', value: '2' },
              ],
            },
            { name: 'sidecar', image: 'repo/proxy:1' },
          ],
        },
      },
    },
  };
}

beforeAll(async () => {
  world = await startK8sWorld({ clock: 'manual', defaultImage: { behaviour: { kind: 'ready', afterSeconds: 0 } } });
  token = world.staticToken();
  const kc = new KubeConfig();
  kc.loadFromOptions({
    clusters: [{ name: 'c', server: world.server, caData: world.caData }],
    users: [{ name: 'u', token }],
    contexts: [{ name: 'x', cluster: 'c', user: 'u' }],
    currentContext: 'x',
  });
  apps = kc.makeApiClient(AppsV1Api);
  kubeConfig = kc;
});
afterAll(() => world?.close());
beforeEach(async () => {
  world.faults.clear();
  for (const d of world.list('deployments', 'default')) await raw('DELETE', `${DEPLOYMENTS}/${d.metadata.name}`);
});

describe('PATCH forms, generation, resourceVersion', () => {
  it('strategic merge (client-node): containers merge by name, generation bumps, the answer predates the controller', async () => {
    await apps.createNamespacedDeployment({ namespace: 'default', body: web() as never });
    await new Promise((r) => setImmediate(r));
    const before = await apps.readNamespacedDeployment({ name: 'web', namespace: 'default' });
    expect(before.metadata?.generation).toBe(1);
    expect(before.status?.observedGeneration).toBe(1);
    const patched = await apps.patchNamespacedDeployment(
      {
        name: 'web',
        namespace: 'default',
        body: { spec: { template: { spec: { containers: [{ name: 'app', image: 'repo/web:2', env: [{ name: 'B', $patch: 'delete' }] }] } } } },
      },
      setHeaderOptions('Content-Type', PatchStrategy.StrategicMergePatch),
    );
    const containers = patched.spec!.template.spec!.containers;
    expect(containers.map((c) => `${c.name}=${c.image}`)).toEqual(['app=repo/web:2', 'sidecar=repo/proxy:1']);
    expect(containers[0]!.env).toEqual([{ name: 'A', value: '1' }]);
    expect(patched.metadata?.generation).toBe(2);
    // kubectl's "Waiting for deployment spec update to be observed..." moment exists.
    expect(patched.status?.observedGeneration).toBe(1);
    expect(Number(patched.metadata!.resourceVersion)).toBeGreaterThan(Number(before.metadata!.resourceVersion));
    await new Promise((r) => setImmediate(r));
    const after = await apps.readNamespacedDeployment({ name: 'web', namespace: 'default' });
    expect(after.status?.observedGeneration).toBe(2);
    expect(after.metadata?.annotations?.['deployment.kubernetes.io/revision']).toBe('2');
    // A patch that changes nothing keeps resourceVersion and generation.
    const same = await apps.patchNamespacedDeployment(
      { name: 'web', namespace: 'default', body: { spec: { replicas: 2 } } },
      setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
    );
    expect(same.metadata?.resourceVersion).toBe(after.metadata?.resourceVersion);
    expect(same.metadata?.generation).toBe(2);
  });

  it('JSON patch (client-node default), merge patch replacing a list, metadata-only changes keep generation', async () => {
    await apps.createNamespacedDeployment({ namespace: 'default', body: web() as never });
    const jp = await apps.patchNamespacedDeployment({
      name: 'web',
      namespace: 'default',
      body: [
        { op: 'test', path: '/spec/replicas', value: 2 },
        { op: 'replace', path: '/spec/replicas', value: 4 },
      ],
    });
    expect(jp.spec?.replicas).toBe(4);
    const failed = await apps.patchNamespacedDeployment({ name: 'web', namespace: 'default', body: [{ op: 'test', path: '/spec/replicas', value: 2 }] }).then(
      () => undefined,
      (e: ApiException<string>) => e,
    );
    expect(failed?.code).toBe(422);
    const merge = await apps.patchNamespacedDeployment(
      { name: 'web', namespace: 'default', body: { spec: { template: { spec: { containers: [{ name: 'only', image: 'repo/only:1' }] } } } } },
      setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
    );
    expect(merge.spec?.template.spec?.containers.map((c) => c.name)).toEqual(['only']);
    const generation = merge.metadata!.generation;
    const annotated = await apps.patchNamespacedDeployment(
      { name: 'web', namespace: 'default', body: { metadata: { annotations: { 'kubernetes.io/change-cause': 'x' } } } },
      setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
    );
    expect(annotated.metadata?.generation).toBe(generation);
  });

  it('server-side apply (client-node): creates, then conflicts with another manager unless force', async () => {
    const applied = await apps.patchNamespacedDeployment(
      { name: 'model', namespace: 'default', body: web('model'), fieldManager: 'deploy-eks' },
      setHeaderOptions('Content-Type', PatchStrategy.ServerSideApply),
    );
    expect(applied.metadata?.uid).toBeDefined();
    await apps.patchNamespacedDeployment(
      {
        name: 'model',
        namespace: 'default',
        body: { spec: { template: { spec: { containers: [{ name: 'app', image: 'repo/model:hotfix' }] } } } },
        fieldManager: 'kubectl-edit',
      },
      setHeaderOptions('Content-Type', PatchStrategy.StrategicMergePatch),
    );
    const conflict = await apps
      .patchNamespacedDeployment(
        { name: 'model', namespace: 'default', body: web('model', 'repo/model:2'), fieldManager: 'deploy-eks' },
        setHeaderOptions('Content-Type', PatchStrategy.ServerSideApply),
      )
      .then(
        () => undefined,
        (e: ApiException<string>) => e,
      );
    expect(conflict?.code).toBe(409);
    expect(JSON.parse(conflict!.body).message).toBe(
      'Apply failed with 1 conflict: conflict with "kubectl-edit" using apps/v1: .spec.template.spec.containers[name="app"].image',
    );
    const forced = await apps.patchNamespacedDeployment(
      { name: 'model', namespace: 'default', body: web('model', 'repo/model:2'), fieldManager: 'deploy-eks', force: true },
      setHeaderOptions('Content-Type', PatchStrategy.ServerSideApply),
    );
    expect(forced.spec?.template.spec?.containers[0]?.image).toBe('repo/model:2');
    const noManager = await raw('PATCH', `${DEPLOYMENTS}/model`, { body: web('model'), contentType: 'application/apply-patch+yaml' });
    expect(noManager.status).toBe(422);
    expect(noManager.json().message).toBe('PatchOptions.meta.k8s.io "" is invalid: fieldManager: Required value: is required for apply patch');
  });

  it("validation and errors use the API server's Status bodies", async () => {
    const bad = web('broken');
    bad.spec.template.metadata!.labels = { app: 'other' };
    const invalid = await raw('POST', DEPLOYMENTS, { body: bad });
    expect(invalid.status).toBe(422);
    expect(invalid.json()).toMatchObject({
      kind: 'Status',
      status: 'Failure',
      reason: 'Invalid',
      message:
        'Deployment.apps "broken" is invalid: spec.template.metadata.labels: Invalid value: {"app":"other"}: `selector` does not match template `labels`',
    });
    const missing = await raw('GET', `${DEPLOYMENTS}/nothing`);
    expect(missing.status).toBe(404);
    expect(missing.json()).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: 'deployments.apps "nothing" not found',
      reason: 'NotFound',
      details: { name: 'nothing', group: 'apps', kind: 'deployments' },
      code: 404,
    });
    const elsewhere = await raw('POST', '/apis/apps/v1/namespaces/nowhere/deployments', { body: { ...web('web'), metadata: { name: 'web' } } });
    expect(elsewhere.status).toBe(404);
    expect(elsewhere.json().message).toBe('namespaces "nowhere" not found');
    const unsupported = await raw('PATCH', `${DEPLOYMENTS}/nothing`, { body: {}, contentType: 'application/json' });
    expect(unsupported.status).toBe(404);
    const anonymous = await new Promise<number>((resolve, reject) =>
      request(`${world.server}/api`, { ca: world.caPem }, (res) => resolve(res.statusCode ?? 0))
        .on('error', reject)
        .end(),
    );
    expect(anonymous).toBe(401);
  });
});

describe('lists and watches', () => {
  it('lists filter by label and field selectors; items carry no kind, the list has a resourceVersion', async () => {
    world.apply(web('web'));
    world.apply(web('api'));
    const list = (await raw('GET', `${DEPLOYMENTS}?labelSelector=${encodeURIComponent('tier in (front)')}`)).json();
    expect(list).toMatchObject({ kind: 'DeploymentList', apiVersion: 'apps/v1', metadata: { resourceVersion: expect.any(String) } });
    expect((list.items as Deployment[]).map((d) => d.metadata.name)).toEqual(['web']);
    expect((list.items as Deployment[])[0]!.kind).toBeUndefined();
    const byName = (await raw('GET', `${DEPLOYMENTS}?fieldSelector=${encodeURIComponent('metadata.name=api')}`)).json();
    expect((byName.items as Deployment[]).map((d) => d.metadata.name)).toEqual(['api']);
    const pods = (await raw('GET', `/api/v1/namespaces/default/pods?labelSelector=app%3Dapi,pod-template-hash`)).json();
    expect((pods.items as unknown[]).length).toBe(2);
  });

  it('a watch resumes from a resourceVersion, sees a filtered object leave as DELETED, and gets 410 Expired after compaction', async () => {
    world.apply(web('web'));
    const rv = (await raw('GET', `${DEPLOYMENTS}?fieldSelector=metadata.name%3Dweb`)).json().metadata as { resourceVersion: string };
    world.apply({ ...web('web'), spec: { ...web('web').spec, replicas: 3 } });
    const labels = { ...web('web') };
    labels.metadata = { ...labels.metadata, labels: { tier: 'moved' } };
    world.apply(labels);
    const stream = await raw('GET', `${DEPLOYMENTS}?watch=true&labelSelector=tier%3Dfront&resourceVersion=${rv.resourceVersion}&timeoutSeconds=1`);
    const events = watchLines(stream.body);
    expect(events.map((e) => e.type)).toContain('MODIFIED');
    expect(events.at(-1)).toMatchObject({ type: 'DELETED', object: { metadata: { name: 'web' } } });
    world.compact();
    const gone = await raw('GET', `${DEPLOYMENTS}?watch=true&resourceVersion=${rv.resourceVersion}`);
    expect(gone.status).toBe(200);
    expect(watchLines(gone.body)).toEqual([
      {
        type: 'ERROR',
        object: expect.objectContaining({
          kind: 'Status',
          code: 410,
          reason: 'Expired',
          message: expect.stringMatching(/^too old resource version: \d+ \(\d+\)$/),
        }),
      },
    ]);
  });
});

describe('faults', () => {
  it('throttle: 429 with Retry-After and the TooManyRequests Status; http500/503 once, then healthy', async () => {
    world.apply(web('web'));
    world.faults.add({ kind: 'throttle', verb: 'get', resource: 'deployments', retryAfterSeconds: 2 });
    const throttled = await raw('GET', `${DEPLOYMENTS}/web`);
    expect(throttled.status).toBe(429);
    expect(throttled.headers['retry-after']).toBe('2');
    expect(throttled.json()).toMatchObject({ reason: 'TooManyRequests', details: { retryAfterSeconds: 2 }, code: 429 });
    world.faults.add({ kind: 'http503', resource: 'deployments', count: 1 });
    expect((await raw('GET', `${DEPLOYMENTS}/web`)).status).toBe(503);
    expect((await raw('GET', `${DEPLOYMENTS}/web`)).status).toBe(200);
    expect(world.requests.filter((r) => r.fault).map((r) => r.fault)).toEqual(['throttle', 'http503']);
  });

  it('after: the patch takes effect, its answer is lost (500); drop-watch cuts the stream after N events', async () => {
    world.apply(web('web'));
    world.faults.add({ kind: 'http500', verb: 'patch', resource: 'deployments', when: 'after' });
    const lost = await raw('PATCH', `${DEPLOYMENTS}/web`, { body: { spec: { replicas: 5 } }, contentType: 'application/merge-patch+json' });
    expect(lost.status).toBe(500);
    expect(world.get<Deployment>('deployments', 'default', 'web')!.spec.replicas).toBe(5);
    world.faults.add({ kind: 'drop-watch', resource: 'deployments', afterEvents: 1 });
    const cut = await raw('GET', `${DEPLOYMENTS}?watch=true`);
    expect(watchLines(cut.body)).toHaveLength(1);
    world.faults.add({ kind: 'gone', resource: 'deployments' });
    expect(watchLines((await raw('GET', `${DEPLOYMENTS}?watch=true&resourceVersion=1`)).body)[0]).toMatchObject({ type: 'ERROR', object: { code: 410 } });
  });

  it('client-node Watch: events arrive, then a dropped watch ends with an error the caller must re-watch on', async () => {
    world.apply(web('web'));
    const seen: string[] = [];
    let ended: (error: unknown) => void = () => {};
    const done = new Promise<unknown>((resolve) => (ended = resolve));
    world.faults.add({ kind: 'drop-watch', resource: 'deployments', afterEvents: 2 });
    await new Watch(kubeConfig).watch(
      DEPLOYMENTS,
      { fieldSelector: 'metadata.name=web' },
      (type, obj: Deployment) => seen.push(`${type} ${obj.spec.replicas}`),
      ended,
    );
    world.apply({ ...web('web'), spec: { ...web('web').spec, replicas: 7 } });
    const error = await done;
    expect(seen).toEqual(['ADDED 2', 'MODIFIED 7']);
    expect(String(error)).toMatch(/terminated|aborted|ECONNRESET|socket|premature/i);
  });

  it('hang: no answer until the client gives up; reset: the connection closes without one', async () => {
    world.apply(web('web'));
    world.faults.add({ kind: 'reset', verb: 'get', resource: 'deployments' });
    await expect(raw('GET', `${DEPLOYMENTS}/web`)).rejects.toThrow(/socket hang up|ECONNRESET/);
    world.faults.add({ kind: 'hang', verb: 'get', resource: 'deployments' });
    await expect(raw('GET', `${DEPLOYMENTS}/web`, { timeoutMs: 300 })).rejects.toThrow('client timeout');
    expect(world.requests.at(-1)).toMatchObject({ verb: 'get', fault: 'hang', status: 0 });
  });
});
