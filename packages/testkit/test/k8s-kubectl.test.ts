// The k8s world checked with the real kubectl (v1.32 on PATH): the same scenarios end the way they would on a
// cluster, with kubectl's own messages. kubectl reads a kubeconfig file (CA + token); the token is never on argv.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startK8sWorld, type Deployment, type K8sWorld, type ReplicaSet } from '../src/k8s/index.js';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function kubectl(kubeconfig: string, args: string[], onLine?: (line: string) => void): { done: Promise<Run>; kill(): void } {
  const child = spawn('kubectl', args, { env: { PATH: process.env.PATH ?? '', HOME: path.dirname(kubeconfig), KUBECONFIG: kubeconfig } });
  let stdout = '';
  let stderr = '';
  let partial = '';
  child.stdout.on('data', (c: Buffer) => {
    stdout += c.toString();
    partial += c.toString();
    const lines = partial.split('\n');
    partial = lines.pop()!;
    for (const l of lines) onLine?.(l);
  });
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const done = new Promise<Run>((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
  return { done, kill: () => child.kill('SIGKILL') };
}

const run = (kubeconfig: string, ...args: string[]) => kubectl(kubeconfig, args).done;

function deployment(name: string, image: string, extra: Partial<Deployment['spec']> = {}, annotations: Record<string, string> = {}): Deployment {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: 'default', annotations },
    spec: {
      replicas: 3,
      selector: { matchLabels: { app: name } },
      template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'app', image }] } },
      ...extra,
    },
  };
}

/** Consecutive duplicates removed: kubectl prints once per watch event, and one step may be several events. */
function distinct(lines: string[]): string[] {
  return lines.filter((l, i) => l !== lines[i - 1]);
}

describe('kubectl against the k8s world (manual clock: nothing waits on wall time)', () => {
  let world: K8sWorld;
  let kc: string;

  beforeAll(async () => {
    world = await startK8sWorld({ clock: 'manual', defaultImage: { behaviour: { kind: 'ready', afterSeconds: 0 } } });
    kc = world.writeKubeconfig({ token: world.staticToken('kubernetes-admin') });
    world.images.set('repo/slow:2', { behaviour: { kind: 'ready', afterSeconds: 5 } });
    world.images.set('repo/missing:9', { behaviour: { kind: 'err-image-pull' } });
  });
  afterAll(() => world?.close());

  it('rollout status follows a rolling update step by step and ends "successfully rolled out"', async () => {
    world.apply(deployment('web', 'repo/web:1', { strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } } }));
    const first = await run(kc, 'rollout', 'status', 'deployment/web');
    expect(first).toMatchObject({ code: 0, stdout: 'deployment "web" successfully rolled out\n' });

    world.apply(deployment('web', 'repo/slow:2', { strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } } }));
    const lines: string[] = [];
    const watching = world.nextRequest({ verb: 'watch', resource: 'deployments' });
    const status = kubectl(kc, ['rollout', 'status', 'deployment/web'], (l) => lines.push(l));
    await watching;
    // maxSurge 1 / maxUnavailable 0: one new pod at a time, an old one goes once it is available (5 s).
    for (let i = 0; i < 4; i++) world.clock.advance(5000);
    const result = await status.done;
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(distinct(lines)).toEqual([
      'Waiting for deployment "web" rollout to finish: 1 out of 3 new replicas have been updated...',
      'Waiting for deployment "web" rollout to finish: 2 out of 3 new replicas have been updated...',
      'Waiting for deployment "web" rollout to finish: 1 old replicas are pending termination...',
      'deployment "web" successfully rolled out',
    ]);
  });

  it("rollout status on a doomed rollout waits for the progress deadline, then fails with kubectl's error", async () => {
    world.apply(deployment('doomed', 'repo/web:1', { progressDeadlineSeconds: 600 }));
    world.apply(deployment('doomed', 'repo/missing:9', { progressDeadlineSeconds: 600 }));
    const lines: string[] = [];
    const watching = world.nextRequest({ verb: 'watch', resource: 'deployments' });
    const status = kubectl(kc, ['rollout', 'status', 'deployment/doomed'], (l) => lines.push(l));
    await watching;
    world.clock.advance(599_000);
    const d = world.get<Deployment>('deployments', 'default', 'doomed')!;
    // Still "progressing" (the new pod was counted at t=0), one second before the deadline.
    expect(d.status?.conditions?.find((c) => c.type === 'Progressing')).toMatchObject({ status: 'True', reason: 'ReplicaSetUpdated' });
    world.clock.advance(2_000);
    const result = await status.done;
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('error: deployment "doomed" exceeded its progress deadline\n');
    expect(distinct(lines)).toEqual(['Waiting for deployment "doomed" rollout to finish: 1 out of 3 new replicas have been updated...']);
    const progressing = world.get<Deployment>('deployments', 'default', 'doomed')!.status!.conditions!.find((c) => c.type === 'Progressing')!;
    expect(progressing).toMatchObject({ status: 'False', reason: 'ProgressDeadlineExceeded' });
    expect(progressing.message).toMatch(/^ReplicaSet "doomed-[a-z0-9]+" has timed out progressing\.$/);
  });

  it('set image, rollout history, rollout undo and rollout restart work as on a cluster', async () => {
    world.apply(deployment('api', 'repo/api:1', {}, { 'kubernetes.io/change-cause': 'deploy v1' }));
    expect(await run(kc, 'set', 'image', 'deployment/api', 'app=repo/api:2')).toMatchObject({ code: 0, stdout: 'deployment.apps/api image updated\n' });
    expect(await run(kc, 'annotate', 'deployment/api', 'kubernetes.io/change-cause=deploy v2', '--overwrite')).toMatchObject({ code: 0 });
    world.clock.advance(1000);
    expect((await run(kc, 'rollout', 'status', 'deployment/api')).stdout).toContain('deployment "api" successfully rolled out');
    const history = await run(kc, 'rollout', 'history', 'deployment/api');
    expect(history.code).toBe(0);
    expect(history.stdout.split('\n').map((l) => l.trim().replace(/\s+/g, ' '))).toEqual([
      'deployment.apps/api',
      'REVISION CHANGE-CAUSE',
      '1 deploy v1',
      '2 deploy v2',
      '',
      '',
    ]);
    const rev2 = await run(kc, 'rollout', 'history', 'deployment/api', '--revision=2');
    expect(rev2.stdout).toContain('Image:\trepo/api:2');

    expect(await run(kc, 'rollout', 'undo', 'deployment/api')).toMatchObject({ code: 0, stdout: 'deployment.apps/api rolled back\n' });
    world.clock.advance(1000);
    expect((await run(kc, 'rollout', 'status', 'deployment/api')).stdout).toContain('successfully rolled out');
    const d = world.get<Deployment>('deployments', 'default', 'api')!;
    expect(d.spec.template.spec.containers[0]!.image).toBe('repo/api:1');
    expect(d.metadata.annotations).toMatchObject({ 'deployment.kubernetes.io/revision': '3', 'kubernetes.io/change-cause': 'deploy v1' });
    const rs = world.list<ReplicaSet>('replicasets', 'default').filter((r) => r.metadata.name.startsWith('api-'));
    const v1 = rs.find((r) => r.spec.template.spec.containers[0]!.image === 'repo/api:1')!;
    // The old ReplicaSet came back as revision 3 and remembers it was 1.
    expect(v1.metadata.annotations).toMatchObject({ 'deployment.kubernetes.io/revision': '3', 'deployment.kubernetes.io/revision-history': '1' });
    expect((await run(kc, 'rollout', 'history', 'deployment/api')).stdout.replace(/[ \t]+/g, ' ')).toContain('2 deploy v2\n3 deploy v1');
    // A second undo goes back to revision 2; an undo to the template that is running is skipped.
    expect(await run(kc, 'rollout', 'undo', 'deployment/api', '--to-revision=3')).toMatchObject({
      code: 0,
      stdout: 'deployment.apps/api skipped rollback (current template already matches revision 3)\n',
    });

    expect(await run(kc, 'rollout', 'restart', 'deployment/api')).toMatchObject({ code: 0, stdout: 'deployment.apps/api restarted\n' });
    world.clock.advance(1000);
    const restarted = world.get<Deployment>('deployments', 'default', 'api')!;
    expect(restarted.spec.template.metadata?.annotations?.['kubectl.kubernetes.io/restartedAt']).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(restarted.metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('4');
  });

  it("get prints the server's tables (deployments, replica sets, pods with their waiting reasons)", async () => {
    world.apply(deployment('tables', 'repo/missing:9', { replicas: 2 }));
    world.clock.advance(3000);
    const deploy = await run(kc, 'get', 'deployment', 'tables', '-o', 'wide');
    expect(deploy.code).toBe(0);
    const [header, row] = deploy.stdout
      .trim()
      .split('\n')
      .map((l) => l.split(/\s{2,}/));
    expect(header).toEqual(['NAME', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'AGE', 'CONTAINERS', 'IMAGES', 'SELECTOR']);
    expect(row).toEqual(['tables', '0/2', '2', '0', '3s', 'app', 'repo/missing:9', 'app=tables']);
    const pods = await run(kc, 'get', 'pods', '-l', 'app=tables');
    const lines = pods.stdout
      .trim()
      .split('\n')
      .map((l) => l.split(/\s{2,}/));
    expect(lines[0]).toEqual(['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE']);
    expect(lines.slice(1).map((l) => l.slice(1))).toEqual([
      ['0/1', 'ImagePullBackOff', '0', '3s'],
      ['0/1', 'ImagePullBackOff', '0', '3s'],
    ]);
    const rs = await run(kc, 'get', 'rs', '-l', 'app=tables');
    expect(
      rs.stdout
        .trim()
        .split('\n')[0]!
        .split(/\s{2,}/),
    ).toEqual(['NAME', 'DESIRED', 'CURRENT', 'READY', 'AGE']);
  });

  it('apply --server-side creates, conflicts with another manager, and takes the field with --force-conflicts', async () => {
    const file = path.join(path.dirname(kc), 'model.yaml');
    const manifest = (image: string) =>
      `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: model\n  namespace: default\nspec:\n  replicas: 2\n  selector:\n    matchLabels:\n      app: model\n  template:\n    metadata:\n      labels:\n        app: model\n    spec:\n      containers:\n      - name: app\n        image: ${image}\n`;
    writeFileSync(file, manifest('repo/model:1'));
    expect(await run(kc, 'apply', '--server-side', '-f', file)).toMatchObject({ code: 0, stdout: 'deployment.apps/model serverside-applied\n' });
    expect(await run(kc, 'set', 'image', 'deployment/model', 'app=repo/model:2')).toMatchObject({ code: 0 });
    writeFileSync(file, manifest('repo/model:3'));
    const conflict = await run(kc, 'apply', '--server-side', '-f', file);
    expect(conflict.code).toBe(1);
    expect(conflict.stderr).toContain(
      'error: Apply failed with 1 conflict: conflict with "kubectl-set" using apps/v1: .spec.template.spec.containers[name="app"].image',
    );
    expect(await run(kc, 'apply', '--server-side', '--force-conflicts', '-f', file)).toMatchObject({
      code: 0,
      stdout: 'deployment.apps/model serverside-applied\n',
    });
    const d = world.get<Deployment>('deployments', 'default', 'model')!;
    expect(d.spec.template.spec.containers[0]!.image).toBe('repo/model:3');
    const managers = (d.metadata.managedFields as Array<{ manager: string; operation: string }>).map((m) => `${m.manager}/${m.operation}`);
    expect(managers).toContain('kubectl/Apply');
  });
});

describe.each(['1.27', '1.33'])('kubectl %s (the oldest and newest installed) against the same world', (version) => {
  let world: K8sWorld;
  let kc: string;
  const bin = `/usr/lib/google-cloud-sdk/bin/kubectl.${version}`;
  const runV = (...args: string[]) =>
    new Promise<Run>((resolve) => {
      const child = spawn(bin, args, { env: { PATH: process.env.PATH ?? '', HOME: path.dirname(kc), KUBECONFIG: kc } });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });

  beforeAll(async () => {
    world = await startK8sWorld({ clock: 'manual', defaultImage: { behaviour: { kind: 'ready', afterSeconds: 0 } } });
    kc = world.writeKubeconfig({ token: world.staticToken() });
  });
  afterAll(() => world?.close());

  it('set image, rollout status, history, undo', async () => {
    world.apply(deployment('svc', 'repo/svc:1'));
    expect(await runV('set', 'image', 'deployment/svc', 'app=repo/svc:2')).toMatchObject({ code: 0, stdout: 'deployment.apps/svc image updated\n' });
    world.clock.advance(1000);
    expect(await runV('rollout', 'status', 'deployment/svc')).toMatchObject({ code: 0, stdout: 'deployment "svc" successfully rolled out\n' });
    expect((await runV('rollout', 'history', 'deployment/svc')).stdout.replace(/[ \t]+/g, ' ')).toContain('REVISION CHANGE-CAUSE\n1 <none>\n2 <none>\n');
    expect(await runV('rollout', 'undo', 'deployment/svc')).toMatchObject({ code: 0, stdout: 'deployment.apps/svc rolled back\n' });
    world.clock.advance(1000);
    expect(world.get<Deployment>('deployments', 'default', 'svc')!.spec.template.spec.containers[0]!.image).toBe('repo/svc:1');
  });
});
