import {
  classifyKubeFailure,
  type Deployment,
  evaluateRollout,
  FirstSeen,
  type Kube,
  type Pod,
  type ReplicaSet,
  type RolloutRules,
  type RolloutVerdict,
} from '@mlops-actions/shared/k8s';
import { logText } from '@mlops-actions/shared/report';
import { sleep, waitFor } from '@mlops-actions/shared/runtime';

export interface Observed {
  deployment: Deployment;
  replicaSets: ReplicaSet[];
  pods: Pod[];
  verdict: RolloutVerdict;
}

export interface WatchTarget {
  namespace: string;
  name: string;
}

export function selectorOf(deployment: Deployment): string {
  const labels = deployment.spec?.selector?.matchLabels ?? {};
  return Object.entries(labels)
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
}

/** One look at a Deployment, its ReplicaSets and pods, judged by the rules. */
export async function observe(kube: Kube, target: WatchTarget, rules: RolloutRules, firstSeen: FirstSeen, signal: AbortSignal): Promise<Observed> {
  const deployment = await kube.readDeployment(target.namespace, target.name, signal);
  const selector = selectorOf(deployment);
  const [replicaSets, pods] = await Promise.all([kube.listReplicaSets(target.namespace, selector, signal), kube.listPods(target.namespace, selector, signal)]);
  const verdict = evaluateRollout({ deployment, replicaSets, pods }, rules, firstSeen, Date.now());
  return { deployment, replicaSets, pods, verdict };
}

/** A one-line picture of the new pods: "2 pods: 1 Running/ready, 1 ContainerCreating". */
function podPicture(observed: Observed): string {
  const rs = observed.verdict.newReplicaSet;
  const pods = observed.pods.filter((p) => p.metadata?.ownerReferences?.some((o) => o.name === rs));
  if (pods.length === 0) return '';
  const counts = new Map<string, number>();
  for (const pod of pods) {
    const statuses = pod.status?.containerStatuses ?? [];
    const waiting = statuses.find((s) => s.state?.waiting?.reason)?.state?.waiting?.reason;
    const restarts = statuses.reduce((n, s) => n + (s.restartCount ?? 0), 0);
    const ready = statuses.length > 0 && statuses.every((s) => s.ready);
    const state = waiting ?? (ready ? 'ready' : (pod.status?.phase ?? 'Pending'));
    const key = restarts > 0 ? `${state} (restarts: ${restarts})` : state;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return `; new pods: ${[...counts].map(([k, n]) => `${n} ${k}`).join(', ')}`;
}

/** Changes within this long of the first one wake the poll loop once. */
const COALESCE_MS = 200;

/**
 * Wakes a sleeping poll loop as soon as a watched Deployment or one of its pods changes (a pod going to
 * ErrImagePull or CrashLoopBackOff never touches the Deployment, so without the pod watch the verdict would wait
 * for the next poll). client-node ends every watch after 30 s without data and servers drop them; each end is
 * followed by a new watch (after a short pause), so a lost watch only means the loop falls back to its own pace.
 * A new watch first lists what exists: objects already seen at that resourceVersion do not wake the loop.
 */
export class Waker {
  private wake: (() => void) | undefined;
  private readonly controller = new AbortController();
  private readonly stop: AbortSignal;
  private readonly seen = new Map<string, string | undefined>();
  private readonly podWatches = new Set<string>();
  watches = 0;

  constructor(
    private readonly kube: Kube,
    targets: WatchTarget[],
    signal: AbortSignal,
  ) {
    this.stop = AbortSignal.any([signal, this.controller.signal]);
    for (const target of targets) void this.loop((onChange, s) => kube.watchDeployment(target.namespace, target.name, undefined, onChange, s));
  }

  /** Also wake on changes of the pods `selector` picks in the target's namespace (once per target). */
  watchPods(target: WatchTarget, selector: string): void {
    const id = `${target.namespace}/${selector}`;
    if (!selector || this.podWatches.has(id)) return;
    this.podWatches.add(id);
    void this.loop((onChange, s) => this.kube.watchPods(target.namespace, selector, onChange, s));
  }

  private changed = (object: { kind?: string; metadata?: { uid?: string; name?: string; resourceVersion?: string } }): void => {
    const id = `${object.kind}/${object.metadata?.uid ?? object.metadata?.name}`;
    const version = object.metadata?.resourceVersion;
    if (version !== undefined && this.seen.get(id) === version) return;
    this.seen.set(id, version);
    this.wake?.();
  };

  private async loop(watch: (onChange: Waker['changed'], signal: AbortSignal) => Promise<void>): Promise<void> {
    while (!this.stop.aborted) {
      this.watches += 1;
      await watch(this.changed, this.stop).catch(() => undefined);
      await sleep(1_000, this.stop).catch(() => undefined);
    }
  }

  /** A pause that ends early when a watched object changes. */
  sleep = (ms: number, signal: AbortSignal): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      const done = (): void => {
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
        this.wake = undefined;
      };
      const timer = setTimeout(() => {
        done();
        resolve();
      }, ms);
      const onAbort = (): void => {
        done();
        reject(Object.assign(new Error('aborted'), { name: 'AbortError' }));
      };
      if (signal.aborted) return onAbort();
      signal.addEventListener('abort', onAbort, { once: true });
      // A burst of changes (pods of a rollout come and go together) makes one early poll, not one per event.
      this.wake = () => {
        this.wake = undefined;
        clearTimeout(timer);
        setTimeout(() => {
          done();
          resolve();
        }, COALESCE_MS);
      };
    });

  close(): void {
    this.controller.abort();
  }
}

export interface FollowResult {
  observed: Map<string, Observed>;
  failed?: { target: WatchTarget; observed: Observed };
}

const key = (t: WatchTarget): string => `${t.namespace}/${t.name}`;

/**
 * Follows the rollouts of the targets until all are complete or one fails (pod evidence or the progress
 * deadline). Polls at a pace from 1 s (after each change) to 5 s, woken early by watches; logs a line per change.
 */
export async function followRollouts(
  kube: Kube,
  targets: WatchTarget[],
  rules: RolloutRules,
  options: { what: string; timeoutMs: number; signal: AbortSignal; onObserved?: (target: WatchTarget, observed: Observed) => void },
): Promise<FollowResult> {
  const firstSeen = new FirstSeen();
  const observed = new Map<string, Observed>();
  const waker = new Waker(kube, targets, options.signal);
  try {
    const { value } = await waitFor<FollowResult>({
      what: options.what,
      poll: async (signal) => {
        for (const target of targets) {
          const previous = observed.get(key(target));
          if (previous?.verdict.state === 'complete') continue;
          const now = await observe(kube, target, rules, firstSeen, signal);
          waker.watchPods(target, selectorOf(now.deployment));
          observed.set(key(target), now);
          options.onObserved?.(target, now);
          if (now.verdict.state === 'failed') return { observed, failed: { target, observed: now } };
        }
        return { observed };
      },
      done: (result) => result.failed !== undefined || targets.every((t) => result.observed.get(key(t))?.verdict.state === 'complete'),
      progress: (result) =>
        targets
          .map((t) => {
            const o = result.observed.get(key(t));
            if (!o) return `${t.name}: not seen yet`;
            const v = o.verdict;
            return logText(v.state === 'failed' ? `${t.name}: ${v.reason}: ${v.message}` : `${v.message}${v.state === 'waiting' ? podPicture(o) : ''}`);
          })
          .join(' | '),
      timeoutMs: options.timeoutMs,
      minDelayMs: 1_000,
      maxDelayMs: 5_000,
      signal: options.signal,
      classify: classifyKubeFailure,
      sleep: waker.sleep,
    });
    return value;
  } finally {
    waker.close();
  }
}
