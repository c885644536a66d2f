// The node side: scheduler + kubelet for every pod, as a pure function of (images' behaviours, time since the
// pod was created). The same moment always gives the same status, so the world only writes a pod when
// something visible changed (a real kubelet's status manager does the same), and a clock jump lands on the
// state a real node would show then.
import { createHash } from 'node:crypto';
import { DEFAULT_CONFIG_ERROR, DEFAULT_UNSCHEDULABLE_MESSAGE, qualifiedImage, type ImageBook, type ImageSpec, type PodBehaviour } from './images.js';
import type { Container, ContainerStatus, Pod, PodCondition } from './types.js';

export const NODE_NAME = 'ip-10-0-1-23.ec2.internal';
const HOST_IP = '10.0.1.23';

export interface PodEvent {
  /** World ms when it happened. */
  at: number;
  type: 'Normal' | 'Warning';
  reason: string;
  message: string;
  fieldPath?: string;
  component: 'kubelet' | 'default-scheduler';
  /** Distinguishes repeats of the same message (one Event, its count grows). */
  occurrence: number;
}

export interface ContainerView {
  status: ContainerStatus;
  /** When it became ready (world ms), if it is ready. */
  readySince?: number;
  /** The phase this container allows: it never ran (Pending) or it did (Running). */
  everStarted: boolean;
  events: PodEvent[];
}

export interface PodView {
  status: NonNullable<Pod['status']>;
  scheduled: boolean;
  ready: boolean;
  readySince?: number;
  events: PodEvent[];
  /** For logs: the run numbers of containers that ran (current and previous). */
  containers: Array<{
    name: string;
    image: string;
    behaviour: PodBehaviour;
    running: boolean;
    restartCount: number;
    waitingReason?: string;
    hasPrevious: boolean;
  }>;
}

const BACKOFF_START = 10;
const BACKOFF_MAX = 300;
/** Seconds a failed pull shows ErrImagePull before the kubelet's next sync says ImagePullBackOff. */
const ERR_IMAGE_PULL_WINDOW = 2;
/** Seconds an exited container shows Terminated/Error before CrashLoopBackOff. */
const TERMINATED_WINDOW = 1;

function backoff(k: number): number {
  return Math.min(BACKOFF_START * 2 ** k, BACKOFF_MAX);
}

function iso(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

function hex(seed: string, length = 64): string {
  return createHash('sha256').update(seed).digest('hex').slice(0, length);
}

/**
 * The imageID the kubelet (containerd) reports: the repository and the digest the reference resolved to, like
 * `registry/repo@sha256:...`. A reference pinned by digest resolves to that digest; a tag to the one its ImageSpec
 * names, or one derived from the reference.
 */
function imageId(image: string, digest: string | undefined): string {
  const pinned = /@(sha256:[0-9a-f]{64})$/.exec(image)?.[1];
  return `${qualifiedImage(image).replace(/[:@][^/]*$/, '')}@${pinned ?? digest ?? `sha256:${hex(`image:${image}`)}`}`;
}

function containerView(pod: Pod, c: Container, spec: ImageSpec, created: number, now: number): ContainerView {
  const image = c.image ?? '';
  const behaviour = spec.behaviour;
  const imageID = imageId(image, spec.digest);
  const uid = pod.metadata.uid ?? '';
  const podRef = `${pod.metadata.name}_${pod.metadata.namespace}(${uid})`;
  const fieldPath = `spec.containers{${c.name}}`;
  const t = (now - created) / 1000;
  const events: PodEvent[] = [];
  const ev = (atS: number, type: PodEvent['type'], reason: string, message: string, occurrence = 0): void => {
    if (atS <= t) events.push({ at: created + atS * 1000, type, reason, message, fieldPath, component: 'kubelet', occurrence });
  };
  const base = { name: c.name, image, imageID: '', ready: false, started: false, restartCount: 0, lastState: {} };
  const cid = (run: number): string => `containerd://${hex(`${uid}/${c.name}/${run}`)}`;

  switch (behaviour.kind) {
    case 'ready':
    case 'never-ready': {
      ev(0, 'Normal', 'Pulled', `Container image "${image}" already present on machine`);
      ev(0, 'Normal', 'Created', `Created container: ${c.name}`);
      ev(0, 'Normal', 'Started', `Started container ${c.name}`);
      const readyAt = behaviour.kind === 'ready' ? (behaviour.afterSeconds ?? 1) : Number.POSITIVE_INFINITY;
      const ready = t >= readyAt;
      if (behaviour.kind === 'never-ready') {
        const message = behaviour.probeMessage ?? 'Readiness probe failed: HTTP probe failed with statuscode: 503';
        for (let k = 0, at = 10; at <= t; k++, at += 10) ev(at, 'Warning', 'Unhealthy', message, k);
      }
      return {
        status: { ...base, imageID, containerID: cid(0), ready, started: true, state: { running: { startedAt: iso(created) } } },
        ...(ready ? { readySince: created + readyAt * 1000 } : {}),
        everStarted: true,
        events,
      };
    }
    case 'err-image-pull': {
      const ref = qualifiedImage(image);
      const message =
        behaviour.message ??
        `rpc error: code = NotFound desc = failed to pull and unpack image "${ref}": failed to resolve reference "${ref}": ${ref}: not found`;
      let attempt = 0;
      let at = 1;
      let state: ContainerStatus['state'] = { waiting: { reason: 'ContainerCreating' } };
      while (at <= t) {
        ev(at, 'Normal', 'Pulling', `Pulling image "${image}"`, attempt);
        ev(at, 'Warning', 'Failed', `Failed to pull image "${image}": ${message}`, attempt);
        ev(at, 'Warning', 'Failed', 'Error: ErrImagePull', attempt);
        const next = at + backoff(attempt);
        if (t < at + ERR_IMAGE_PULL_WINDOW) state = { waiting: { reason: 'ErrImagePull', message } };
        else {
          state = { waiting: { reason: 'ImagePullBackOff', message: `Back-off pulling image "${image}": ErrImagePull: ${message}` } };
          ev(at + ERR_IMAGE_PULL_WINDOW, 'Normal', 'BackOff', `Back-off pulling image "${image}"`, attempt);
          ev(at + ERR_IMAGE_PULL_WINDOW, 'Warning', 'Failed', 'Error: ImagePullBackOff', attempt);
        }
        attempt++;
        at = next;
      }
      return { status: { ...base, state }, everStarted: false, events };
    }
    case 'invalid-image-name': {
      const message = `Failed to apply default image tag "${image}": couldn't parse image name "${image}": invalid reference format`;
      if (t < 1) return { status: { ...base, state: { waiting: { reason: 'ContainerCreating' } } }, everStarted: false, events };
      ev(1, 'Warning', 'InspectFailed', message);
      ev(1, 'Warning', 'Failed', 'Error: InvalidImageName');
      return { status: { ...base, state: { waiting: { reason: 'InvalidImageName', message } } }, everStarted: false, events };
    }
    case 'create-container-config-error': {
      const message = behaviour.message ?? DEFAULT_CONFIG_ERROR;
      if (t < 1) return { status: { ...base, state: { waiting: { reason: 'ContainerCreating' } } }, everStarted: false, events };
      ev(1, 'Normal', 'Pulled', `Container image "${image}" already present on machine`);
      for (let k = 0, at = 1; at <= t; k++, at += backoff(k - 1)) ev(at, 'Warning', 'Failed', `Error: ${message}`, k);
      return { status: { ...base, imageID: '', state: { waiting: { reason: 'CreateContainerConfigError', message } } }, everStarted: false, events };
    }
    case 'crash-loop': {
      const run = behaviour.runSeconds ?? 1;
      const exitCode = behaviour.exitCode ?? 1;
      let k = 0;
      let start = 0;
      for (;;) {
        const end = start + run;
        ev(start, 'Normal', 'Pulled', `Container image "${image}" already present on machine`, k);
        ev(start, 'Normal', 'Created', `Created container: ${c.name}`, k);
        ev(start, 'Normal', 'Started', `Started container ${c.name}`, k);
        const lastState =
          k > 0
            ? {
                terminated: {
                  exitCode,
                  reason: 'Error',
                  startedAt: iso(created + (start - backoff(k - 1) - run) * 1000),
                  finishedAt: iso(created + (start - backoff(k - 1)) * 1000),
                  containerID: cid(k - 1),
                },
              }
            : {};
        if (t < end) {
          return {
            status: {
              ...base,
              imageID,
              containerID: cid(k),
              started: true,
              restartCount: k,
              lastState,
              state: { running: { startedAt: iso(created + start * 1000) } },
            },
            everStarted: true,
            events,
          };
        }
        const terminated = { exitCode, reason: 'Error', startedAt: iso(created + start * 1000), finishedAt: iso(created + end * 1000), containerID: cid(k) };
        if (t < end + TERMINATED_WINDOW) {
          return {
            status: { ...base, imageID, containerID: cid(k), restartCount: k, lastState, state: { terminated } },
            everStarted: true,
            events,
          };
        }
        const wait = backoff(k);
        ev(end + TERMINATED_WINDOW, 'Warning', 'BackOff', `Back-off restarting failed container ${c.name} in pod ${podRef}`, k);
        if (t < end + wait) {
          return {
            status: {
              ...base,
              imageID,
              containerID: cid(k),
              restartCount: k + 1,
              lastState: { terminated },
              state: { waiting: { reason: 'CrashLoopBackOff', message: `back-off ${wait}s restarting failed container=${c.name} pod=${podRef}` } },
            },
            everStarted: true,
            events,
          };
        }
        k++;
        start = end + wait;
      }
    }
    case 'unschedulable':
      return { status: { ...base, state: { waiting: { reason: 'ContainerCreating' } } }, everStarted: false, events };
  }
}

function condition(type: string, ok: boolean, at: number, reason?: string, message?: string): PodCondition {
  return {
    type,
    status: ok ? 'True' : 'False',
    lastProbeTime: null,
    lastTransitionTime: iso(at),
    ...(reason && !ok ? { reason } : {}),
    ...(message && !ok ? { message } : {}),
  };
}

export function podIp(pod: Pod): string {
  const h = createHash('sha256')
    .update(pod.metadata.uid ?? '')
    .digest();
  return `10.0.${(h[0]! % 250) + 2}.${(h[1]! % 250) + 2}`;
}

/** What the scheduler and the kubelet report for this pod at `now`. */
export function podView(pod: Pod, images: ImageBook, now: number): PodView {
  const created = Date.parse(pod.metadata.creationTimestamp ?? new Date(now).toISOString());
  const containers = pod.spec.containers ?? [];
  const specs = containers.map((c) => images.get(c.image));
  const behaviours = specs.map((spec) => spec.behaviour);
  const unschedulable = behaviours.find((b): b is Extract<PodBehaviour, { kind: 'unschedulable' }> => b.kind === 'unschedulable');
  if (unschedulable) {
    const message = unschedulable.message ?? DEFAULT_UNSCHEDULABLE_MESSAGE;
    const events: PodEvent[] = [];
    // The scheduler retries (backoff up to 10 s here), each failure one more FailedScheduling.
    for (let k = 0, at = 0; at <= (now - created) / 1000; k++, at += Math.min(2 ** k, 10)) {
      events.push({ at: created + at * 1000, type: 'Warning', reason: 'FailedScheduling', message, component: 'default-scheduler', occurrence: k });
    }
    return {
      status: {
        phase: 'Pending',
        conditions: [{ type: 'PodScheduled', status: 'False', lastProbeTime: null, lastTransitionTime: iso(created), reason: 'Unschedulable', message }],
        qosClass: 'BestEffort',
      },
      scheduled: false,
      ready: false,
      events,
      containers: [],
    };
  }
  const views = containers.map((c, i) => containerView(pod, c, specs[i]!, created, now));
  const ready = views.length > 0 && views.every((v) => v.status.ready);
  const readySince = ready ? Math.max(...views.map((v) => v.readySince ?? created)) : undefined;
  const unready = views.filter((v) => !v.status.ready).map((v) => v.status.name);
  const allStarted = views.every((v) => v.everStarted);
  const notReadyMessage = `containers with unready status: [${unready.join(' ')}]`;
  // When readiness was last lost: a crash-looping container flips; use the latest state change we know.
  const lastChange = Math.max(
    created,
    ...views.map((v) => Date.parse(v.status.state.running?.startedAt ?? v.status.state.terminated?.finishedAt ?? iso(created))),
  );
  const readyTransition = ready ? readySince! : lastChange;
  const events: PodEvent[] = [
    {
      at: created,
      type: 'Normal',
      reason: 'Scheduled',
      message: `Successfully assigned ${pod.metadata.namespace}/${pod.metadata.name} to ${NODE_NAME}`,
      component: 'default-scheduler',
      occurrence: 0,
    },
    ...views.flatMap((v) => v.events),
  ];
  return {
    status: {
      phase: allStarted ? 'Running' : 'Pending',
      conditions: [
        condition('PodReadyToStartContainers', true, created),
        condition('Initialized', true, created),
        condition('Ready', ready, readyTransition, 'ContainersNotReady', notReadyMessage),
        condition('ContainersReady', ready, readyTransition, 'ContainersNotReady', notReadyMessage),
        condition('PodScheduled', true, created),
      ],
      hostIP: HOST_IP,
      hostIPs: [{ ip: HOST_IP }],
      podIP: podIp(pod),
      podIPs: [{ ip: podIp(pod) }],
      startTime: iso(created),
      containerStatuses: views.map((v) => v.status),
      qosClass: 'BestEffort',
    },
    scheduled: true,
    ready,
    ...(readySince !== undefined ? { readySince } : {}),
    events,
    containers: containers.map((c, i) => ({
      name: c.name,
      image: c.image ?? '',
      behaviour: behaviours[i]!,
      running: views[i]!.status.state.running !== undefined,
      restartCount: views[i]!.status.restartCount,
      ...(views[i]!.status.state.waiting ? { waitingReason: views[i]!.status.state.waiting!.reason } : {}),
      hasPrevious: views[i]!.status.lastState.terminated !== undefined || views[i]!.status.state.terminated !== undefined,
    })),
  };
}
