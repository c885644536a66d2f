// The Deployment controller simulation against the arithmetic and conditions of kubernetes/pkg/controller/
// deployment: fenceposts with rounding, where a doomed rolling update gets stuck, revision history cleanup,
// paused and Recreate deployments, and the conditions kubectl and the action read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveFenceposts, startK8sWorld, type Deployment, type K8sWorld, type ReplicaSet } from '../src/k8s/index.js';

let world: K8sWorld;
beforeAll(async () => {
  world = await startK8sWorld({ clock: 'manual', defaultImage: { behaviour: { kind: 'ready', afterSeconds: 0 } } });
  world.images.set('repo/bad:1', { behaviour: { kind: 'never-ready' } });
  world.images.set('repo/slow:1', { behaviour: { kind: 'ready', afterSeconds: 5 } });
});
afterAll(() => world?.close());

function deployment(name: string, image: string, spec: Partial<Deployment['spec']> = {}): Deployment {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: 'default' },
    spec: {
      replicas: 3,
      selector: { matchLabels: { app: name } },
      template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'app', image }] } },
      ...spec,
    },
  };
}

const get = (name: string) => world.get<Deployment>('deployments', 'default', name)!;
const replicaSets = (name: string) =>
  world
    .list<ReplicaSet>('replicasets', 'default')
    .filter((rs) => rs.metadata.ownerReferences?.[0]?.name === name)
    .map((rs) => ({
      image: rs.spec.template.spec.containers[0]!.image,
      replicas: rs.spec.replicas,
      revision: rs.metadata.annotations?.['deployment.kubernetes.io/revision'],
    }))
    .sort((a, b) => Number(a.revision) - Number(b.revision));
const condition = (name: string, type: string) => get(name).status?.conditions?.find((c) => c.type === type);

describe('Deployment controller', () => {
  it.each([
    ['25%', '25%', 3, 1, 0],
    ['25%', '25%', 10, 3, 2],
    ['30%', '30%', 7, 3, 2],
    [0, 0, 5, 0, 1],
    ['50%', '0%', 1, 1, 0],
    [2, '100%', 4, 2, 4],
  ] as const)('fenceposts maxSurge %s maxUnavailable %s of %i -> surge %i, unavailable %i', (surge, unavailable, replicas, s, u) => {
    expect(resolveFenceposts(surge, unavailable, replicas)).toEqual({ surge: s, unavailable: u });
  });

  it.each([
    [3, undefined, { old: 3, new: 1 }],
    [10, undefined, { old: 8, new: 5 }],
    [10, { maxSurge: 0, maxUnavailable: 1 }, { old: 9, new: 1 }],
  ] as const)('a rolling update to pods that never get ready stops where the real controller stops (%i replicas, %o)', (replicas, rollingUpdate, expected) => {
    const name = `stuck-${replicas}-${rollingUpdate ? 'custom' : 'default'}`;
    const strategy = rollingUpdate ? { type: 'RollingUpdate' as const, rollingUpdate } : undefined;
    world.apply(deployment(name, 'repo/good:1', { replicas, ...(strategy ? { strategy } : {}) }));
    world.apply(deployment(name, 'repo/bad:1', { replicas, ...(strategy ? { strategy } : {}) }));
    world.clock.advance(30_000);
    expect(replicaSets(name).map((r) => r.replicas)).toEqual([expected.old, expected.new]);
    expect(get(name).status).toMatchObject({
      replicas: expected.old + expected.new,
      updatedReplicas: expected.new,
      availableReplicas: expected.old,
      unavailableReplicas: expected.new,
      observedGeneration: 2,
    });
    expect(condition(name, 'Available')).toMatchObject({ status: 'True', reason: 'MinimumReplicasAvailable' });
    expect(condition(name, 'Progressing')).toMatchObject({ status: 'True', reason: 'ReplicaSetUpdated' });
  });

  it('a finished rollout: NewReplicaSetAvailable, revision annotations, old ReplicaSets kept up to revisionHistoryLimit', () => {
    for (let v = 1; v <= 5; v++) {
      world.apply(deployment('hist', `repo/app:${v}`, { revisionHistoryLimit: 2 }));
      world.clock.advance(1000);
    }
    expect(replicaSets('hist')).toEqual([
      { image: 'repo/app:3', replicas: 0, revision: '3' },
      { image: 'repo/app:4', replicas: 0, revision: '4' },
      { image: 'repo/app:5', replicas: 3, revision: '5' },
    ]);
    expect(get('hist').metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('5');
    expect(condition('hist', 'Progressing')?.reason).toBe('NewReplicaSetAvailable');
    expect(condition('hist', 'Progressing')?.message).toMatch(/^ReplicaSet "hist-[a-z0-9]+" has successfully progressed\.$/);
    const rs = world.list<ReplicaSet>('replicasets', 'default').find((r) => r.metadata.annotations?.['deployment.kubernetes.io/revision'] === '5')!;
    expect(rs.metadata.name).toBe(`hist-${rs.metadata.labels?.['pod-template-hash']}`);
    expect(rs.metadata.annotations).toMatchObject({ 'deployment.kubernetes.io/desired-replicas': '3', 'deployment.kubernetes.io/max-replicas': '4' });
  });

  it('paused: a template change makes no ReplicaSet (Progressing Unknown DeploymentPaused) until resumed', () => {
    world.apply(deployment('paused', 'repo/app:1'));
    world.apply(deployment('paused', 'repo/app:2', { paused: true }));
    world.clock.advance(1000);
    expect(replicaSets('paused').map((r) => r.image)).toEqual(['repo/app:1']);
    expect(condition('paused', 'Progressing')).toMatchObject({ status: 'Unknown', reason: 'DeploymentPaused', message: 'Deployment is paused' });
    expect(get('paused').status?.observedGeneration).toBe(get('paused').metadata.generation);
    world.apply(deployment('paused', 'repo/app:2', { paused: false }));
    world.clock.advance(1000);
    expect(replicaSets('paused').map((r) => [r.image, r.replicas])).toEqual([
      ['repo/app:1', 0],
      ['repo/app:2', 3],
    ]);
    expect(condition('paused', 'Progressing')?.reason).toBe('NewReplicaSetAvailable');
  });

  it('Recreate: the old pods are gone before the new ReplicaSet scales up', () => {
    world.apply(deployment('recreate', 'repo/app:1', { strategy: { type: 'Recreate' } }));
    const seen: string[] = [];
    world.apply(deployment('recreate', 'repo/slow:1', { strategy: { type: 'Recreate' } }));
    for (let i = 0; i < 6; i++) {
      const pods = world.list('pods', 'default').filter((p) => p.metadata.labels?.app === 'recreate');
      seen.push([...new Set(pods.map((p) => (p.spec as { containers: Array<{ image: string }> }).containers[0]!.image))].sort().join('+'));
      world.clock.advance(1000);
    }
    expect(seen).not.toContain('repo/app:1+repo/slow:1');
    expect(seen.at(-1)).toBe('repo/slow:1');
    expect(get('recreate').status).toMatchObject({ availableReplicas: 3, updatedReplicas: 3 });
  });

  it('the progress deadline counts from the last progress, not from the start', () => {
    world.apply(
      deployment('deadline', 'repo/app:1', {
        progressDeadlineSeconds: 30,
        strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } },
      }),
    );
    world.images.set('repo/tortoise:1', { behaviour: { kind: 'ready', afterSeconds: 20 } });
    world.apply(
      deployment('deadline', 'repo/tortoise:1', {
        progressDeadlineSeconds: 30,
        strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } },
      }),
    );
    // Each new pod takes 20 s: three of them take 60 s, longer than the 30 s deadline, yet each step is progress.
    world.clock.advance(70_000);
    expect(condition('deadline', 'Progressing')?.reason).toBe('NewReplicaSetAvailable');
    world.apply(
      deployment('deadline', 'repo/bad:1', {
        progressDeadlineSeconds: 30,
        strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } },
      }),
    );
    world.clock.advance(29_000);
    expect(condition('deadline', 'Progressing')?.status).toBe('True');
    world.clock.advance(3_000);
    expect(condition('deadline', 'Progressing')).toMatchObject({ status: 'False', reason: 'ProgressDeadlineExceeded' });
    const events = world
      .list<{ reason: string; message: string; involvedObject: { name: string } } & Deployment>('events', 'default')
      .filter((e) => e.involvedObject.name === 'deadline')
      .map((e) => `${e.reason}: ${e.message}`);
    expect(events.filter((e) => e.startsWith('ScalingReplicaSet')).length).toBeGreaterThan(4);
    expect(events[0]).toMatch(/^ScalingReplicaSet: Scaled up replica set deadline-[a-z0-9]+ from 0 to 3$/);
  });
});
