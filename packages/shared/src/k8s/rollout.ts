/**
 * Whether a Deployment's rollout is done, still going, or doomed. "Done" is exactly kubectl's rule
 * (pkg/polymorphichelpers/rollout_status.go); "doomed" comes from the new pods themselves, so a bad image is called
 * in seconds instead of after the progress deadline (600 s by default), and a crash loop (which kubectl never
 * calls at all) after a few restarts.
 */
import { type ContainerStatus, type Deployment, type Pod, type ReplicaSet, conditionOf, controlledBy, revisionOf, sameTemplate } from './objects.js';

/** kubectl's view of a Deployment: its message, and whether it is done or failed (progress deadline). */
export interface KubectlStatus {
  done: boolean;
  failed: boolean;
  message: string;
}

/** kubectl rollout status, line for line (messages without the trailing "...\n"). */
export function kubectlRolloutStatus(deployment: Deployment): KubectlStatus {
  const name = deployment.metadata?.name ?? '';
  const generation = deployment.metadata?.generation ?? 0;
  const status = deployment.status ?? {};
  if (generation > (status.observedGeneration ?? 0)) {
    return { done: false, failed: false, message: 'Waiting for deployment spec update to be observed' };
  }
  const progressing = conditionOf(status.conditions, 'Progressing');
  if (progressing?.reason === 'ProgressDeadlineExceeded') {
    return { done: false, failed: true, message: `deployment "${name}" exceeded its progress deadline` };
  }
  const replicas = deployment.spec?.replicas ?? 1;
  const updated = status.updatedReplicas ?? 0;
  const waiting = `Waiting for deployment "${name}" rollout to finish: `;
  if (updated < replicas) return { done: false, failed: false, message: `${waiting}${updated} out of ${replicas} new replicas have been updated` };
  if ((status.replicas ?? 0) > updated)
    return { done: false, failed: false, message: `${waiting}${(status.replicas ?? 0) - updated} old replicas are pending termination` };
  const available = status.availableReplicas ?? 0;
  if (available < updated) return { done: false, failed: false, message: `${waiting}${available} of ${updated} updated replicas are available` };
  return { done: true, failed: false, message: `deployment "${name}" successfully rolled out` };
}

/** The ReplicaSets the Deployment controls (ownerReference with controller: true), highest revision first. */
export function ownedReplicaSets(deployment: Deployment, replicaSets: ReplicaSet[]): ReplicaSet[] {
  return replicaSets.filter((rs) => controlledBy(rs, deployment)).sort((a, b) => revisionOf(b) - revisionOf(a));
}

/** The ReplicaSet of the Deployment's current template (kubectl's FindNewReplicaSet: equal ignoring the hash). */
export function newReplicaSet(deployment: Deployment, replicaSets: ReplicaSet[]): ReplicaSet | undefined {
  return ownedReplicaSets(deployment, replicaSets).find((rs) => sameTemplate(rs.spec?.template, deployment.spec?.template));
}

export type FailureReason =
  | 'ProgressDeadlineExceeded'
  | 'ErrImagePull'
  | 'ImagePullBackOff'
  | 'InvalidImageName'
  | 'CrashLoopBackOff'
  | 'CreateContainerConfigError'
  | 'Unschedulable'
  | 'ReadinessFailing';

export interface RolloutRules {
  /** A container in CrashLoopBackOff (or terminated with an error) that has restarted this often fails the rollout. */
  maxRestarts: number;
  /** A running container may stay not-ready this long (from when it was first seen so) before the rollout fails. */
  readinessGraceMs: number;
  /** A pod may stay unschedulable this long (from when it was first seen so) before the rollout fails. */
  unschedulableGraceMs: number;
}

export type RolloutVerdict =
  | { state: 'waiting'; message: string; newReplicaSet?: string }
  | { state: 'complete'; message: string; newReplicaSet?: string }
  | { state: 'failed'; reason: FailureReason; message: string; pod?: string; container?: string; newReplicaSet?: string };

/** Waiting reasons that mean the image will not run however long one waits. */
const IMAGE_FAILURES = new Set(['ErrImagePull', 'ImagePullBackOff', 'InvalidImageName']);

/**
 * When a condition was first seen, per pod and container, on the caller's clock (never the cluster's: its clock
 * may be skewed from the runner's, and grace periods are about how long this action has been watching).
 */
export class FirstSeen {
  private readonly seen = new Map<string, number>();
  /** How long `key` has held, starting it now if new. */
  held(key: string, now: number): number {
    const first = this.seen.get(key);
    if (first === undefined) {
      this.seen.set(key, now);
      return 0;
    }
    return now - first;
  }
  clear(key: string): void {
    this.seen.delete(key);
  }
}

function crashed(status: ContainerStatus): boolean {
  const waiting = status.state?.waiting?.reason;
  const terminated = status.state?.terminated;
  return waiting === 'CrashLoopBackOff' || (terminated !== undefined && (terminated.exitCode ?? 0) !== 0);
}

function lastExit(status: ContainerStatus): string {
  const t = status.state?.terminated ?? status.lastState?.terminated;
  if (!t) return '';
  return ` (last exit: code ${t.exitCode ?? '?'}${t.reason ? `, ${t.reason}` : ''}${t.message ? `: ${t.message.trim()}` : ''})`;
}

/** The first pod evidence that the rollout cannot succeed, or undefined. */
export function podEvidence(
  pods: Pod[],
  rules: RolloutRules,
  firstSeen: FirstSeen,
  now: number,
): { reason: FailureReason; message: string; pod: string; container?: string } | undefined {
  for (const pod of pods) {
    if (pod.metadata?.deletionTimestamp) continue; // terminating: not evidence of the new version
    const podName = pod.metadata?.name ?? '?';
    const scheduled = conditionOf(pod.status?.conditions, 'PodScheduled');
    const unschedulableKey = `${pod.metadata?.uid ?? podName}/unschedulable`;
    if (scheduled?.status === 'False' && scheduled.reason === 'Unschedulable') {
      const held = firstSeen.held(unschedulableKey, now);
      if (held >= rules.unschedulableGraceMs) {
        return { reason: 'Unschedulable', pod: podName, message: `pod ${podName} cannot be scheduled: ${scheduled.message ?? 'no node fits it'}` };
      }
    } else {
      firstSeen.clear(unschedulableKey);
    }
    for (const status of [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])]) {
      const where = `container ${status.name} of pod ${podName}`;
      const waiting = status.state?.waiting;
      if (waiting?.reason && IMAGE_FAILURES.has(waiting.reason)) {
        return {
          reason: waiting.reason as FailureReason,
          pod: podName,
          container: status.name,
          message: `${where} cannot get its image (${waiting.reason})${waiting.message ? `: ${waiting.message.trim()}` : ''}`,
        };
      }
      if (waiting?.reason === 'CreateContainerConfigError') {
        return {
          reason: 'CreateContainerConfigError',
          pod: podName,
          container: status.name,
          message: `${where} cannot be created (CreateContainerConfigError)${waiting.message ? `: ${waiting.message.trim()}` : ''}`,
        };
      }
      const restarts = status.restartCount ?? 0;
      if (crashed(status) && restarts >= rules.maxRestarts) {
        return {
          reason: 'CrashLoopBackOff',
          pod: podName,
          container: status.name,
          message: `${where} keeps crashing: restarted ${restarts} time${restarts === 1 ? '' : 's'} (max-restarts ${rules.maxRestarts})${lastExit(status)}`,
        };
      }
      const notReadyKey = `${pod.metadata?.uid ?? podName}/${status.name}/not-ready`;
      if (status.state?.running && status.ready === false) {
        const held = firstSeen.held(notReadyKey, now);
        if (held >= rules.readinessGraceMs) {
          return {
            reason: 'ReadinessFailing',
            pod: podName,
            container: status.name,
            message: `${where} is running but has not become ready within readiness-grace (${Math.round(rules.readinessGraceMs / 1000)} s)`,
          };
        }
      } else {
        firstSeen.clear(notReadyKey);
      }
    }
  }
  return undefined;
}

/**
 * One look at a rollout: kubectl's rule decides success and the progress deadline; the new ReplicaSet's pods
 * decide an early failure. A Deployment whose new spec is not observed yet is waited for.
 */
export function evaluateRollout(
  observation: { deployment: Deployment; replicaSets: ReplicaSet[]; pods: Pod[] },
  rules: RolloutRules,
  firstSeen: FirstSeen,
  now: number,
): RolloutVerdict {
  const { deployment } = observation;
  const kubectl = kubectlRolloutStatus(deployment);
  const rs = newReplicaSet(deployment, observation.replicaSets);
  const rsName = rs?.metadata?.name;
  const named = rsName ? { newReplicaSet: rsName } : {};
  if (kubectl.failed) {
    const progressing = conditionOf(deployment.status?.conditions, 'Progressing');
    return {
      state: 'failed',
      reason: 'ProgressDeadlineExceeded',
      message: `${kubectl.message}${progressing?.message ? ` (${progressing.message})` : ''}`,
      ...named,
    };
  }
  if (kubectl.done) return { state: 'complete', message: kubectl.message, ...named };
  if (rs) {
    const pods = observation.pods.filter((pod) => controlledBy(pod, rs));
    const evidence = podEvidence(pods, rules, firstSeen, now);
    if (evidence) return { state: 'failed', ...evidence, ...named };
  }
  return { state: 'waiting', message: kubectl.message, ...named };
}
