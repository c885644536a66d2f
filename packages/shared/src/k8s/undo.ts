/**
 * `kubectl rollout undo` (pkg/polymorphichelpers/rollback.go), as a plan: which ReplicaSet to go back to and the
 * JSON Patch that does it, or why not. Sending the patch is the caller's business.
 */
import { type Deployment, type PodTemplate, type ReplicaSet, REVISION_ANNOTATION, plain, revisionOf, sameTemplate, withoutHash } from './objects.js';
import { ownedReplicaSets } from './rollout.js';

/** Annotations kubectl keeps from the Deployment rather than copying from the ReplicaSet. */
const ANNOTATIONS_TO_SKIP = new Set([
  'kubectl.kubernetes.io/last-applied-configuration',
  REVISION_ANNOTATION,
  'deployment.kubernetes.io/revision-history',
  'deployment.kubernetes.io/desired-replicas',
  'deployment.kubernetes.io/max-replicas',
  'deprecated.deployment.rollback.to',
]);

export type JsonPatch = Array<{ op: 'replace' | 'add' | 'remove' | 'test'; path: string; value?: unknown }>;

export type UndoPlan =
  | { kind: 'patch'; toRevision: number; replicaSet: string; template: PodTemplate; patch: JsonPatch }
  | { kind: 'skip'; toRevision: number; replicaSet: string; message: string }
  | { kind: 'refuse'; message: string };

/**
 * The plan for undoing the Deployment to `toRevision` (0: the previous one, i.e. the second-highest revision
 * among the ReplicaSets it controls). Refuses a paused Deployment and a missing revision with kubectl's words.
 */
export function planUndo(deployment: Deployment, replicaSets: ReplicaSet[], toRevision = 0): UndoPlan {
  const owned = ownedReplicaSets(deployment, replicaSets);
  let target: ReplicaSet | undefined;
  if (toRevision === 0) {
    // kubectl: the highest revision below the current (maximum) one.
    let max = 0;
    let previous = 0;
    for (const rs of owned) {
      const revision = revisionOf(rs);
      if (revision > max) {
        previous = max;
        target = owned.find((r) => revisionOf(r) === previous);
        max = revision;
      } else if (revision > previous && revision < max) {
        previous = revision;
        target = rs;
      }
    }
    if (previous === 0) target = undefined;
    if (!target) return { kind: 'refuse', message: 'no rollout history found: the Deployment has no previous revision to go back to' };
  } else {
    target = owned.find((rs) => revisionOf(rs) === toRevision);
    if (!target) {
      const known = owned.map(revisionOf).filter((r) => r > 0);
      return {
        kind: 'refuse',
        message: `unable to find specified revision ${toRevision} in history${known.length ? ` (revisions kept: ${known.sort((a, b) => a - b).join(', ')})` : ''}`,
      };
    }
  }
  const revision = revisionOf(target);
  const replicaSet = target.metadata?.name ?? '';
  if (deployment.spec?.paused) {
    return { kind: 'refuse', message: "you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again" };
  }
  if (sameTemplate(deployment.spec?.template, target.spec?.template)) {
    return { kind: 'skip', toRevision: revision, replicaSet, message: `skipped rollback (current template already matches revision ${revision})` };
  }
  const template = withoutHash(target.spec?.template);
  const annotations: Record<string, string> = {};
  const current = deployment.metadata?.annotations ?? {};
  for (const key of ANNOTATIONS_TO_SKIP) if (current[key] !== undefined) annotations[key] = current[key];
  for (const [key, value] of Object.entries(target.metadata?.annotations ?? {})) if (!ANNOTATIONS_TO_SKIP.has(key)) annotations[key] = value;
  return {
    kind: 'patch',
    toRevision: revision,
    replicaSet,
    template,
    patch: [
      { op: 'replace', path: '/spec/template', value: plain(template) },
      { op: 'replace', path: '/metadata/annotations', value: annotations },
    ],
  };
}
