// Pods follow their image's behaviour over world time, as a node would report it: container states and reasons,
// restart counts, conditions, the kubelet's and scheduler's Events, logs and the service proxy. Read through
// @kubernetes/client-node, the client the actions use.
import { AppsV1Api, CoreV1Api, KubeConfig, type ApiException, type V1Pod } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startK8sWorld, type Deployment, type K8sWorld } from '../src/k8s/index.js';

let world: K8sWorld;
let core: CoreV1Api;
let apps: AppsV1Api;

beforeAll(async () => {
  world = await startK8sWorld({ clock: 'manual' });
  const kc = new KubeConfig();
  kc.loadFromOptions({
    clusters: [{ name: 'c', server: world.server, caData: world.caData }],
    users: [{ name: 'u', token: world.staticToken() }],
    contexts: [{ name: 'x', cluster: 'c', user: 'u' }],
    currentContext: 'x',
  });
  core = kc.makeApiClient(CoreV1Api);
  apps = kc.makeApiClient(AppsV1Api);
  world.images.set('repo/app:good', {
    behaviour: { kind: 'ready', afterSeconds: 3 },
    logs: ['starting', 'listening on :8080'],
    http: (r) => (r.path === '/healthz' ? { status: 200, body: { status: 'ok', model: 'churn-v2' } } : { status: 404, body: 'not found' }),
  });
  world.images.set('repo/app:nope', { behaviour: { kind: 'err-image-pull' } });
  world.images.set('repo/app:crash', { behaviour: { kind: 'crash-loop', runSeconds: 2, exitCode: 3 }, logs: ['loading model', 'Error: model.pkl not found'] });
  world.images.set('repo/app:config', { behaviour: { kind: 'create-container-config-error' } });
  world.images.set('repo/app:huge', { behaviour: { kind: 'unschedulable' } });
});
afterAll(() => world?.close());

function deploy(name: string, image: string, replicas = 1): void {
  world.apply({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: 'default' },
    spec: {
      replicas,
      selector: { matchLabels: { app: name } },
      template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'app', image }] } },
    },
  } as Deployment);
}

async function podsOf(name: string): Promise<V1Pod[]> {
  return (await core.listNamespacedPod({ namespace: 'default', labelSelector: `app=${name}` })).items;
}

async function eventsOf(pod: string): Promise<string[]> {
  const list = await core.listNamespacedEvent({ namespace: 'default', fieldSelector: `involvedObject.name=${pod}` });
  return list.items.map((e) => `${e.type} ${e.reason} ${e.message}${(e.count ?? 1) > 1 ? ` (x${e.count})` : ''}`);
}

describe('pods per image behaviour', () => {
  it('ready after N seconds: Running, Ready once N seconds have passed, logs and the service proxy answer', async () => {
    deploy('good', 'repo/app:good', 2);
    world.apply({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'good', namespace: 'default' },
      spec: { selector: { app: 'good' }, ports: [{ port: 80, targetPort: 8080 }] },
    });
    let [pod] = await podsOf('good');
    expect(pod!.status).toMatchObject({ phase: 'Running', containerStatuses: [{ name: 'app', ready: false, started: true, state: { running: {} } }] });
    expect(pod!.status!.conditions!.find((c) => c.type === 'Ready')).toMatchObject({
      status: 'False',
      reason: 'ContainersNotReady',
      message: 'containers with unready status: [app]',
    });
    const proxy = () => fetchProxy('good', '/healthz');
    expect(await proxy()).toMatchObject({ status: 503 });
    world.clock.advance(3000);
    [pod] = await podsOf('good');
    expect(pod!.status!.containerStatuses![0]!.ready).toBe(true);
    expect((await apps.readNamespacedDeployment({ name: 'good', namespace: 'default' })).status).toMatchObject({
      availableReplicas: 2,
      readyReplicas: 2,
      updatedReplicas: 2,
    });
    expect(await core.readNamespacedPodLog({ name: pod!.metadata!.name!, namespace: 'default', tailLines: 1 })).toBe('listening on :8080\n');
    expect(await proxy()).toEqual({ status: 200, body: '{"status":"ok","model":"churn-v2"}' });
    expect(await eventsOf(pod!.metadata!.name!)).toEqual([
      `Normal Scheduled Successfully assigned default/${pod!.metadata!.name} to ip-10-0-1-23.ec2.internal`,
      'Normal Pulled Container image "repo/app:good" already present on machine',
      'Normal Created Created container: app',
      'Normal Started Started container app',
    ]);
  });

  it("ErrImagePull, then ImagePullBackOff between pulls (10 s, 20 s, ...), with the kubelet's events; logs say why there are none", async () => {
    deploy('nope', 'repo/app:nope');
    const waiting = async () => (await podsOf('nope'))[0]!.status!.containerStatuses![0]!.state!.waiting;
    expect(await waiting()).toMatchObject({ reason: 'ContainerCreating' });
    world.clock.advance(1000);
    expect(await waiting()).toMatchObject({
      reason: 'ErrImagePull',
      message:
        'rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/repo/app:nope": failed to resolve reference "docker.io/repo/app:nope": docker.io/repo/app:nope: not found',
    });
    world.clock.advance(2000);
    expect((await waiting())?.reason).toBe('ImagePullBackOff');
    expect((await waiting())?.message).toMatch(/^Back-off pulling image "repo\/app:nope": ErrImagePull: rpc error/);
    // The second pull, 10 s after the first.
    world.clock.advance(8000);
    expect((await waiting())?.reason).toBe('ErrImagePull');
    const pod = (await podsOf('nope'))[0]!;
    expect(pod.status?.phase).toBe('Pending');
    const events = await eventsOf(pod.metadata!.name!);
    expect(events).toContain('Warning Failed Error: ErrImagePull (x2)');
    expect(events).toContain('Warning Failed Error: ImagePullBackOff');
    expect(events).toContain('Normal BackOff Back-off pulling image "repo/app:nope"');
    const logs = await core.readNamespacedPodLog({ name: pod.metadata!.name!, namespace: 'default' }).then(
      () => undefined,
      (e: ApiException<string>) => e,
    );
    expect(logs?.code).toBe(400);
    expect(JSON.parse(logs!.body).message).toBe(`container "app" in pod "${pod.metadata!.name}" is waiting to start: image can't be pulled`);
  });

  it('CrashLoopBackOff: restartCount grows with the back-off, lastState says how it ended, previous logs are there', async () => {
    deploy('crash', 'repo/app:crash');
    const status = async () => (await podsOf('crash'))[0]!.status!.containerStatuses![0]!;
    expect((await status()).state?.running).toBeDefined();
    world.clock.advance(2000);
    expect((await status()).state?.terminated).toMatchObject({ exitCode: 3, reason: 'Error' });
    world.clock.advance(1000);
    const first = await status();
    expect(first).toMatchObject({
      restartCount: 1,
      lastState: { terminated: { exitCode: 3, reason: 'Error' } },
      state: { waiting: { reason: 'CrashLoopBackOff' } },
    });
    const pod = (await podsOf('crash'))[0]!;
    expect(first.state!.waiting!.message).toBe(`back-off 10s restarting failed container=app pod=${pod.metadata!.name}_default(${pod.metadata!.uid})`);
    // 2 s run + 10 s back-off + 2 s run + 20 s back-off ...
    world.clock.advance(30_000);
    expect((await status()).restartCount).toBe(2);
    expect((await status()).state?.waiting?.message).toMatch(/^back-off 20s/);
    expect(pod.status?.phase).toBe('Running');
    expect(await core.readNamespacedPodLog({ name: pod.metadata!.name!, namespace: 'default', previous: true })).toBe(
      'loading model\nError: model.pkl not found\n',
    );
    expect(await eventsOf(pod.metadata!.name!)).toContain(
      `Warning BackOff Back-off restarting failed container app in pod ${pod.metadata!.name}_default(${pod.metadata!.uid}) (x2)`,
    );
  });

  it("CreateContainerConfigError and Unschedulable (PodScheduled=False with the scheduler's message)", async () => {
    deploy('config', 'repo/app:config');
    deploy('huge', 'repo/app:huge');
    world.clock.advance(1000);
    expect((await podsOf('config'))[0]!.status!.containerStatuses![0]!.state!.waiting).toEqual({
      reason: 'CreateContainerConfigError',
      message: 'secret "app-secrets" not found',
    });
    const huge = (await podsOf('huge'))[0]!;
    expect(huge.status?.phase).toBe('Pending');
    expect(huge.spec?.nodeName).toBeUndefined();
    expect(huge.status?.conditions).toEqual([
      expect.objectContaining({
        type: 'PodScheduled',
        status: 'False',
        reason: 'Unschedulable',
        message: '0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.',
      }),
    ]);
    expect((await eventsOf(huge.metadata!.name!))[0]).toMatch(/^Warning FailedScheduling 0\/3 nodes are available/);
  });

  it('imageID is what the kubelet reports: the repository and the digest the reference resolved to (pinned: that digest)', async () => {
    const digest = `sha256:${'c'.repeat(64)}`;
    world.images.set('registry.local:5000/team/app:v7', { behaviour: { kind: 'ready', afterSeconds: 1 }, digest });
    const pinned = `registry.local:5000/team/app@sha256:${'d'.repeat(64)}`;
    world.images.set(pinned, { behaviour: { kind: 'ready', afterSeconds: 1 } });
    deploy('tagged', 'registry.local:5000/team/app:v7');
    deploy('pinned', pinned);
    deploy('short-name', 'repo/app:good');
    world.clock.advance(4000);
    world.settle();
    expect((await podsOf('tagged'))[0]?.status?.containerStatuses?.[0]?.imageID).toBe(`registry.local:5000/team/app@${digest}`);
    expect((await podsOf('pinned'))[0]?.status?.containerStatuses?.[0]?.imageID).toBe(pinned);
    expect((await podsOf('short-name'))[0]?.status?.containerStatuses?.[0]?.imageID).toMatch(/^docker\.io\/repo\/app@sha256:[0-9a-f]{64}$/);
  });

  it('an image that is not a valid reference is InvalidImageName', async () => {
    deploy('bad', 'Repo/App::1');
    world.clock.advance(1000);
    expect((await podsOf('bad'))[0]!.status!.containerStatuses![0]!.state!.waiting).toEqual({
      reason: 'InvalidImageName',
      message: 'Failed to apply default image tag "Repo/App::1": couldn\'t parse image name "Repo/App::1": invalid reference format',
    });
  });
});

async function fetchProxy(service: string, path: string): Promise<{ status: number; body: string }> {
  const { request } = await import('node:https');
  const token = world.staticToken();
  return new Promise((resolve, reject) => {
    const req = request(
      `${world.server}/api/v1/namespaces/default/services/${service}:80/proxy${path}`,
      { ca: world.caPem, headers: { authorization: `Bearer ${token}` } },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}
