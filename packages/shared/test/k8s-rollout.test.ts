// kubectl's rollout rule, pod evidence that calls a doomed rollout early, and `rollout undo`'s choice and patch.
import { describe, expect, test } from 'vitest';
import type { Deployment, Pod, ReplicaSet } from '../src/k8s/objects.js';
import { evaluateRollout, FirstSeen, kubectlRolloutStatus, type RolloutRules } from '../src/k8s/rollout.js';
import { planUndo } from '../src/k8s/undo.js';

const UID = 'd-uid';
const template = (image: string, extra: Record<string, string> = {}) => ({
  metadata: { labels: { app: 'model', ...extra } },
  spec: { containers: [{ name: 'server', image }] },
});

function deployment(
  overrides: {
    image?: string;
    generation?: number;
    observed?: number;
    status?: Deployment['status'];
    paused?: boolean;
    annotations?: Record<string, string>;
  } = {},
): Deployment {
  return {
    metadata: {
      name: 'model',
      namespace: 'prod',
      uid: UID,
      generation: overrides.generation ?? 2,
      annotations: overrides.annotations ?? { 'deployment.kubernetes.io/revision': '2' },
    },
    spec: { replicas: 3, paused: overrides.paused ?? false, template: template(overrides.image ?? 'r.io/model:v2') },
    status: { observedGeneration: overrides.observed ?? 2, replicas: 3, updatedReplicas: 3, availableReplicas: 3, ...overrides.status },
  };
}

function rs(name: string, revision: number, image: string, annotations: Record<string, string> = {}): ReplicaSet {
  return {
    metadata: {
      name,
      uid: `${name}-uid`,
      annotations: { 'deployment.kubernetes.io/revision': String(revision), ...annotations },
      ownerReferences: [{ uid: UID, kind: 'Deployment', name: 'model', controller: true }],
    },
    spec: { replicas: 1, template: template(image, { 'pod-template-hash': name.split('-').pop()! }) },
  };
}

function pod(name: string, owner: ReplicaSet, status: Pod['status']): Pod {
  return {
    metadata: { name, uid: `${name}-uid`, ownerReferences: [{ uid: owner.metadata!.uid!, kind: 'ReplicaSet', name: owner.metadata!.name!, controller: true }] },
    status,
  };
}

const RULES: RolloutRules = { maxRestarts: 2, readinessGraceMs: 60_000, unschedulableGraceMs: 30_000 };

describe("kubectl rollout status's rule", () => {
  test.each([
    [{ generation: 3, observed: 2 }, false, 'Waiting for deployment spec update to be observed'],
    [{ status: { updatedReplicas: 1 } }, false, 'Waiting for deployment "model" rollout to finish: 1 out of 3 new replicas have been updated'],
    [{ status: { replicas: 4 } }, false, 'Waiting for deployment "model" rollout to finish: 1 old replicas are pending termination'],
    [{ status: { availableReplicas: 2 } }, false, 'Waiting for deployment "model" rollout to finish: 2 of 3 updated replicas are available'],
    [{}, true, 'deployment "model" successfully rolled out'],
  ] as const)('%j -> %s', (overrides, done, message) => {
    expect(kubectlRolloutStatus(deployment(overrides as Parameters<typeof deployment>[0]))).toEqual({ done, failed: false, message });
  });

  test('ProgressDeadlineExceeded is a failure, whatever the counts', () => {
    const d = deployment({
      status: {
        updatedReplicas: 1,
        conditions: [{ type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded', message: 'ReplicaSet "model-b" has timed out progressing.' }],
      },
    });
    expect(kubectlRolloutStatus(d)).toEqual({ done: false, failed: true, message: 'deployment "model" exceeded its progress deadline' });
    expect(evaluateRollout({ deployment: d, replicaSets: [], pods: [] }, RULES, new FirstSeen(), 0)).toMatchObject({
      state: 'failed',
      reason: 'ProgressDeadlineExceeded',
      message: 'deployment "model" exceeded its progress deadline (ReplicaSet "model-b" has timed out progressing.)',
    });
  });
});

describe('pod evidence', () => {
  const oldRs = rs('model-a', 1, 'r.io/model:v1');
  const newRs = rs('model-b', 2, 'r.io/model:v2');
  const progressing = deployment({ status: { updatedReplicas: 1, availableReplicas: 0, replicas: 4 } });
  const look = (pods: Pod[], firstSeen = new FirstSeen(), now = 0) =>
    evaluateRollout({ deployment: progressing, replicaSets: [oldRs, newRs], pods }, RULES, firstSeen, now);
  const waiting = (reason: string, message = '') => ({
    containerStatuses: [{ name: 'server', ready: false, restartCount: 0, state: { waiting: { reason, message } } }],
  });

  test.each(['ErrImagePull', 'ImagePullBackOff', 'InvalidImageName', 'CreateContainerConfigError'])('%s on a new pod fails at once', (reason) => {
    expect(look([pod('model-b-1', newRs, waiting(reason, 'detail'))])).toMatchObject({
      state: 'failed',
      reason,
      pod: 'model-b-1',
      container: 'server',
      newReplicaSet: 'model-b',
    });
  });

  test('the same on an old pod is not evidence against the new version', () => {
    expect(look([pod('model-a-1', oldRs, waiting('ImagePullBackOff'))])).toMatchObject({ state: 'waiting' });
  });

  test('CrashLoopBackOff fails once the container has restarted max-restarts times', () => {
    const crash = (restartCount: number) => ({
      containerStatuses: [
        {
          name: 'server',
          ready: false,
          restartCount,
          state: { waiting: { reason: 'CrashLoopBackOff' } },
          lastState: { terminated: { exitCode: 3, reason: 'Error' } },
        },
      ],
    });
    expect(look([pod('p', newRs, crash(1))])).toMatchObject({ state: 'waiting' });
    const verdict = look([pod('p', newRs, crash(2))]);
    expect(verdict).toMatchObject({ state: 'failed', reason: 'CrashLoopBackOff' });
    expect(verdict.message).toBe('container server of pod p keeps crashing: restarted 2 times (max-restarts 2) (last exit: code 3, Error)');
  });

  test('Unschedulable and not-ready fail only after their grace, counted from when this watcher first saw them', () => {
    const unschedulable = {
      conditions: [{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message: '0/3 nodes are available: 3 Insufficient cpu.' }],
    };
    const seen = new FirstSeen();
    expect(look([pod('p', newRs, unschedulable)], seen, 1_000)).toMatchObject({ state: 'waiting' });
    expect(look([pod('p', newRs, unschedulable)], seen, 30_999)).toMatchObject({ state: 'waiting' });
    expect(look([pod('p', newRs, unschedulable)], seen, 31_000)).toMatchObject({
      state: 'failed',
      reason: 'Unschedulable',
      message: 'pod p cannot be scheduled: 0/3 nodes are available: 3 Insufficient cpu.',
    });

    const notReady = { containerStatuses: [{ name: 'server', ready: false, restartCount: 0, state: { running: { startedAt: '2026-01-01T00:00:00Z' } } }] };
    const ready = { containerStatuses: [{ name: 'server', ready: true, restartCount: 0, state: { running: {} } }] };
    const s2 = new FirstSeen();
    expect(look([pod('q', newRs, notReady)], s2, 0)).toMatchObject({ state: 'waiting' });
    // Ready in between: the grace starts again.
    expect(look([pod('q', newRs, ready)], s2, 50_000)).toMatchObject({ state: 'waiting' });
    expect(look([pod('q', newRs, notReady)], s2, 70_000)).toMatchObject({ state: 'waiting' });
    expect(look([pod('q', newRs, notReady)], s2, 130_000)).toMatchObject({ state: 'failed', reason: 'ReadinessFailing' });
  });

  test('a terminating pod is not evidence', () => {
    const p = pod('p', newRs, waiting('ImagePullBackOff'));
    p.metadata!.deletionTimestamp = '2026-01-01T00:00:00Z';
    expect(look([p])).toMatchObject({ state: 'waiting' });
  });
});

describe('rollout undo', () => {
  const current = deployment({ annotations: { 'deployment.kubernetes.io/revision': '3', 'kubernetes.io/change-cause': 'v3', team: 'ml' } });
  const sets = [
    rs('model-a', 1, 'r.io/model:v1', { 'kubernetes.io/change-cause': 'v1' }),
    rs('model-c', 3, 'r.io/model:v2'),
    rs('model-b', 2, 'r.io/model:v1.5', { 'kubernetes.io/change-cause': 'v1.5' }),
  ];

  test('goes to the second-highest revision with a JSON Patch of the template (hash label removed) and annotations', () => {
    const plan = planUndo(current, sets);
    expect(plan).toMatchObject({ kind: 'patch', toRevision: 2, replicaSet: 'model-b' });
    if (plan.kind !== 'patch') throw new Error('no patch');
    expect(plan.patch).toEqual([
      { op: 'replace', path: '/spec/template', value: template('r.io/model:v1.5') },
      { op: 'replace', path: '/metadata/annotations', value: { 'deployment.kubernetes.io/revision': '3', 'kubernetes.io/change-cause': 'v1.5' } },
    ]);
  });

  test('rollback-to-revision picks that revision; an unknown one is refused with the ones kept', () => {
    expect(planUndo(current, sets, 1)).toMatchObject({ kind: 'patch', toRevision: 1, replicaSet: 'model-a' });
    expect(planUndo(current, sets, 7)).toEqual({ kind: 'refuse', message: 'unable to find specified revision 7 in history (revisions kept: 1, 2, 3)' });
  });

  test('a paused Deployment is refused; a template that already matches is skipped; no history is refused', () => {
    expect(planUndo(deployment({ paused: true }), sets)).toMatchObject({
      kind: 'refuse',
      message: expect.stringMatching(/cannot rollback a paused deployment/),
    });
    expect(planUndo(deployment({ image: 'r.io/model:v1.5' }), sets)).toEqual({
      kind: 'skip',
      toRevision: 2,
      replicaSet: 'model-b',
      message: 'skipped rollback (current template already matches revision 2)',
    });
    expect(planUndo(current, [sets[1]!])).toMatchObject({ kind: 'refuse', message: expect.stringMatching(/no rollout history/) });
  });

  test('ReplicaSets the Deployment does not control are ignored', () => {
    const stranger = rs('other-x', 9, 'r.io/other:v1');
    stranger.metadata!.ownerReferences = [{ uid: 'someone-else', kind: 'Deployment', name: 'other', controller: true }];
    expect(planUndo(current, [...sets, stranger])).toMatchObject({ toRevision: 2 });
  });
});
