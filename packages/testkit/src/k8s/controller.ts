// The control plane's moving parts: the Deployment controller (kubernetes/pkg/controller/deployment: sync.go,
// rolling.go, recreate.go, progress.go and deployment/util, transcribed), the ReplicaSet controller, the
// garbage collector, and the node (kubelet.ts). One reconcile() pass runs them until nothing changes.
import { createHash } from 'node:crypto';
import type { EventRecorder } from './events.js';
import type { ImageBook } from './images.js';
import { NODE_NAME, podView } from './kubelet.js';
import { typeByResource } from './resources.js';
import { matchesLabelSelector } from './selectors.js';
import { safeEncode, type ObjectStore } from './store.js';
import {
  clone,
  type Deployment,
  type DeploymentCondition,
  type IntOrString,
  type K8sObject,
  type Pod,
  type PodTemplateSpec,
  type ReplicaSet,
} from './types.js';

const DEPLOYMENTS = typeByResource('apps', 'deployments')!;
const REPLICASETS = typeByResource('apps', 'replicasets')!;
const PODS = typeByResource('', 'pods')!;

export const REVISION = 'deployment.kubernetes.io/revision';
export const REVISION_HISTORY = 'deployment.kubernetes.io/revision-history';
export const DESIRED_REPLICAS = 'deployment.kubernetes.io/desired-replicas';
export const MAX_REPLICAS = 'deployment.kubernetes.io/max-replicas';
export const TEMPLATE_HASH = 'pod-template-hash';
const SKIP_COPY = new Set([
  'kubectl.kubernetes.io/last-applied-configuration',
  REVISION,
  REVISION_HISTORY,
  DESIRED_REPLICAS,
  MAX_REPLICAS,
  'deprecated.deployment.rollback.to',
]);
const MAX_REV_HISTORY_CHARS = 2000;

// ---------- arithmetic (deployment/util) ----------
export function scaledValue(value: IntOrString | undefined, total: number, roundUp: boolean): number {
  if (value === undefined) return 0;
  if (typeof value === 'number') return value;
  const m = /^(\d+)%$/.exec(value);
  if (!m) throw new Error(`invalid value for IntOrString: invalid type: string is not a percentage`);
  const exact = (Number(m[1]) * total) / 100;
  return roundUp ? Math.ceil(exact) : Math.floor(exact);
}

/** ResolveFenceposts: maxSurge rounds up, maxUnavailable down; both 0 -> unavailable 1. */
export function resolveFenceposts(
  maxSurge: IntOrString | undefined,
  maxUnavailable: IntOrString | undefined,
  desired: number,
): { surge: number; unavailable: number } {
  const surge = scaledValue(maxSurge ?? '25%', desired, true);
  let unavailable = scaledValue(maxUnavailable ?? '25%', desired, false);
  if (surge === 0 && unavailable === 0) unavailable = 1;
  return { surge, unavailable };
}

function replicasOf(d: Deployment): number {
  return d.spec.replicas ?? 1;
}

function isRolling(d: Deployment): boolean {
  return (d.spec.strategy?.type ?? 'RollingUpdate') === 'RollingUpdate';
}

export function maxSurge(d: Deployment): number {
  if (!isRolling(d)) return 0;
  return resolveFenceposts(d.spec.strategy?.rollingUpdate?.maxSurge, d.spec.strategy?.rollingUpdate?.maxUnavailable, replicasOf(d)).surge;
}

export function maxUnavailable(d: Deployment): number {
  if (!isRolling(d) || replicasOf(d) === 0) return 0;
  const { unavailable } = resolveFenceposts(d.spec.strategy?.rollingUpdate?.maxSurge, d.spec.strategy?.rollingUpdate?.maxUnavailable, replicasOf(d));
  return Math.min(unavailable, replicasOf(d));
}

function fnv32a(text: string): number {
  let h = 0x811c9dc5;
  for (const byte of Buffer.from(text, 'utf8')) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** controller.ComputeHash: FNV-32a of the template (+ collisionCount), safe-encoded decimal. */
export function templateHash(template: PodTemplateSpec, collisionCount?: number): string {
  const seed = canonical(template) + (collisionCount ? String(collisionCount) : '');
  return safeEncode(String(fnv32a(seed)));
}

function withoutHash(template: PodTemplateSpec | undefined): string {
  const t = clone(template ?? ({} as PodTemplateSpec));
  if (t.metadata?.labels) {
    delete t.metadata.labels[TEMPLATE_HASH];
    if (Object.keys(t.metadata.labels).length === 0) delete t.metadata.labels;
  }
  return canonical(t);
}

/** EqualIgnoreHash: templates equal apart from the pod-template-hash label. */
export function equalIgnoreHash(a: PodTemplateSpec | undefined, b: PodTemplateSpec | undefined): boolean {
  return withoutHash(a) === withoutHash(b);
}

function revisionOf(obj: K8sObject): number {
  const v = Number(obj.metadata.annotations?.[REVISION] ?? 0);
  return Number.isFinite(v) ? v : 0;
}

function byCreation(a: K8sObject, b: K8sObject): number {
  return (a.metadata.creationTimestamp ?? '').localeCompare(b.metadata.creationTimestamp ?? '') || a.metadata.name.localeCompare(b.metadata.name);
}

function ownedBy(obj: K8sObject, owner: K8sObject): boolean {
  return (obj.metadata.ownerReferences ?? []).some((r) => r.controller && r.uid === owner.metadata.uid);
}

function specReplicas(rs: ReplicaSet): number {
  return rs.spec.replicas ?? 1;
}

export interface ControllerOptions {
  store: ObjectStore;
  images: ImageBook;
  events: EventRecorder;
  now: () => number;
  iso: (ms?: number) => string;
}

export class ControlPlane {
  readonly #emitted = new Set<string>();

  constructor(private readonly o: ControllerOptions) {}

  /** Runs every controller until the world is still (bounded: a bug must not spin forever). */
  reconcile(): void {
    for (let pass = 0; pass < 50; pass++) {
      const before = this.o.store.resourceVersion;
      this.#garbageCollect();
      for (const d of this.o.store.list('deployments') as Deployment[]) this.#syncDeployment(d.metadata.namespace!, d.metadata.name);
      for (const rs of this.o.store.list('replicasets') as ReplicaSet[]) this.#syncReplicaSet(rs.metadata.namespace!, rs.metadata.name);
      for (const pod of this.o.store.list('pods') as Pod[]) this.#syncPod(pod.metadata.namespace!, pod.metadata.name);
      if (this.o.store.resourceVersion === before) return;
    }
  }

  // ---------- garbage collector (background propagation) ----------
  #garbageCollect(): void {
    const uids = new Set<string>();
    for (const r of ['deployments', 'replicasets']) for (const o of this.o.store.list(r)) uids.add(o.metadata.uid!);
    for (const [resource, type] of [
      ['replicasets', REPLICASETS],
      ['pods', PODS],
    ] as const) {
      for (const o of this.o.store.list(resource)) {
        const owners = o.metadata.ownerReferences ?? [];
        if (owners.length > 0 && owners.every((r) => !uids.has(r.uid))) this.o.store.delete(type, o.metadata.namespace, o.metadata.name);
      }
    }
  }

  // ---------- Deployment controller ----------
  #event(d: K8sObject, type: 'Normal' | 'Warning', reason: string, message: string, component = 'deployment-controller'): void {
    this.o.events.record(d, { type, reason, message, component, at: this.o.now() });
  }

  #condition(type: string, status: DeploymentCondition['status'], reason: string, message: string): DeploymentCondition {
    const now = this.o.iso();
    return { type, status, lastUpdateTime: now, lastTransitionTime: now, reason, message };
  }

  #setCondition(status: NonNullable<Deployment['status']>, c: DeploymentCondition): void {
    const conditions = status.conditions ?? [];
    const current = conditions.find((x) => x.type === c.type);
    if (current && current.status === c.status && current.reason === c.reason) return;
    if (current && current.status === c.status) c.lastTransitionTime = current.lastTransitionTime;
    status.conditions = [...conditions.filter((x) => x.type !== c.type), c];
  }

  #removeCondition(status: NonNullable<Deployment['status']>, type: string): void {
    if (status.conditions) status.conditions = status.conditions.filter((c) => c.type !== type);
  }

  #writeDeploymentStatus(d: Deployment): Deployment {
    const current = this.o.store.peek('deployments', d.metadata.namespace, d.metadata.name) as Deployment | undefined;
    if (!current) return d;
    const next = clone(current);
    next.status = compactStatus(d.status ?? {});
    return this.o.store.update(DEPLOYMENTS, next) as Deployment;
  }

  #ownedReplicaSets(d: Deployment): ReplicaSet[] {
    return (this.o.store.list('replicasets', d.metadata.namespace) as ReplicaSet[])
      .filter((rs) => ownedBy(rs, d) && matchesLabelSelector(d.spec.selector, rs.metadata.labels))
      .map((rs) => clone(rs))
      .sort(byCreation);
  }

  #syncDeployment(ns: string, name: string): void {
    const stored = this.o.store.get('deployments', ns, name) as Deployment | undefined;
    if (!stored || stored.metadata.deletionTimestamp || !stored.spec?.template) return;
    let d = stored;
    d.status ??= {};
    const rsList = this.#ownedReplicaSets(d);

    // checkPausedConditions
    if (d.spec.progressDeadlineSeconds !== undefined) {
      const cond = d.status.conditions?.find((c) => c.type === 'Progressing');
      if (!(cond && cond.reason === 'ProgressDeadlineExceeded')) {
        const pausedExists = cond?.reason === 'DeploymentPaused';
        if (d.spec.paused && !pausedExists) {
          this.#setCondition(d.status, this.#condition('Progressing', 'Unknown', 'DeploymentPaused', 'Deployment is paused'));
          d = this.#writeDeploymentStatus(d);
        } else if (!d.spec.paused && pausedExists) {
          this.#setCondition(d.status, this.#condition('Progressing', 'Unknown', 'DeploymentResumed', 'Deployment is resumed'));
          d = this.#writeDeploymentStatus(d);
        }
      }
    }
    d.status ??= {};

    if (d.spec.paused) {
      const { newRS, oldRSs } = this.#getAllReplicaSetsAndSyncRevision(d, rsList, false);
      const all = [...oldRSs, ...(newRS ? [newRS] : [])];
      if (newRS && specReplicas(newRS) !== replicasOf(d) && oldRSs.every((rs) => specReplicas(rs) === 0)) {
        this.#scaleReplicaSet(newRS, replicasOf(d), d);
      }
      this.#syncDeploymentStatus(this.#ownedReplicaSets(d), newRS ? this.#freshRs(newRS) : undefined, d, all);
      return;
    }
    if (!isRolling(d)) return this.#rolloutRecreate(d, rsList);
    this.#rolloutRolling(d, rsList);
  }

  #freshRs(rs: ReplicaSet): ReplicaSet {
    return (this.o.store.get('replicasets', rs.metadata.namespace, rs.metadata.name) as ReplicaSet | undefined) ?? rs;
  }

  #getAllReplicaSetsAndSyncRevision(d: Deployment, rsList: ReplicaSet[], create: boolean): { newRS?: ReplicaSet; oldRSs: ReplicaSet[] } {
    const existing = rsList.find((rs) => equalIgnoreHash(rs.spec.template, d.spec.template));
    const oldRSs = rsList.filter((rs) => rs !== existing);
    const maxOld = Math.max(0, ...oldRSs.map(revisionOf));
    const newRevision = String(maxOld + 1);
    d.status ??= {};
    if (existing) {
      const copy = clone(existing);
      const annotationsUpdated = this.#setNewReplicaSetAnnotations(d, copy, newRevision, true);
      const minReadyChanged = (copy.spec.minReadySeconds ?? 0) !== (d.spec.minReadySeconds ?? 0);
      if (annotationsUpdated || minReadyChanged) {
        if (d.spec.minReadySeconds !== undefined) copy.spec.minReadySeconds = d.spec.minReadySeconds;
        else delete copy.spec.minReadySeconds;
        const updated = this.o.store.update(REPLICASETS, copy) as ReplicaSet;
        return { newRS: updated, oldRSs };
      }
      let needsUpdate = this.#setDeploymentRevision(d, copy.metadata.annotations?.[REVISION] ?? '');
      const cond = d.status.conditions?.find((c) => c.type === 'Progressing');
      if (d.spec.progressDeadlineSeconds !== undefined && !cond) {
        this.#setCondition(d.status, this.#condition('Progressing', 'True', 'FoundNewReplicaSet', `Found new replica set "${copy.metadata.name}"`));
        needsUpdate = true;
      }
      if (needsUpdate) Object.assign(d, this.#writeDeploymentStatusAndAnnotations(d));
      return { newRS: copy, oldRSs };
    }
    if (!create) return { oldRSs };
    const template = clone(d.spec.template);
    const hash = templateHash(template, d.status.collisionCount);
    template.metadata ??= {};
    template.metadata.labels = { ...(template.metadata.labels ?? {}), [TEMPLATE_HASH]: hash };
    const selector = clone(d.spec.selector);
    selector.matchLabels = { ...(selector.matchLabels ?? {}), [TEMPLATE_HASH]: hash };
    const rs: ReplicaSet = {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: {
        name: `${d.metadata.name}-${hash}`,
        namespace: d.metadata.namespace,
        labels: clone(template.metadata.labels),
        ownerReferences: [
          { apiVersion: 'apps/v1', kind: 'Deployment', name: d.metadata.name, uid: d.metadata.uid!, controller: true, blockOwnerDeletion: true },
        ],
      },
      spec: { replicas: 0, ...(d.spec.minReadySeconds !== undefined ? { minReadySeconds: d.spec.minReadySeconds } : {}), selector, template },
    };
    rs.spec.replicas = this.#newRSNewReplicas(d, [...oldRSs, rs], rs);
    this.#setNewReplicaSetAnnotations(d, rs, newRevision, false);
    const created = this.o.store.create(REPLICASETS, rs) as ReplicaSet;
    if (specReplicas(created) > 0)
      this.#event(d, 'Normal', 'ScalingReplicaSet', `Scaled up replica set ${created.metadata.name} from 0 to ${specReplicas(created)}`);
    this.#setDeploymentRevision(d, newRevision);
    if (d.spec.progressDeadlineSeconds !== undefined) {
      this.#setCondition(d.status, this.#condition('Progressing', 'True', 'NewReplicaSetCreated', `Created new replica set "${created.metadata.name}"`));
    }
    Object.assign(d, this.#writeDeploymentStatusAndAnnotations(d));
    return { newRS: created, oldRSs };
  }

  /** The revision annotation lives in metadata (an Update), the condition in status (UpdateStatus): one write here. */
  #writeDeploymentStatusAndAnnotations(d: Deployment): Deployment {
    const current = this.o.store.peek('deployments', d.metadata.namespace, d.metadata.name) as Deployment | undefined;
    if (!current) return d;
    const next = clone(current);
    next.metadata.annotations = { ...(d.metadata.annotations ?? {}) };
    next.status = compactStatus(d.status ?? {});
    return this.o.store.update(DEPLOYMENTS, next) as Deployment;
  }

  #setDeploymentRevision(d: Deployment, revision: string): boolean {
    d.metadata.annotations ??= {};
    if (d.metadata.annotations[REVISION] === revision) return false;
    d.metadata.annotations[REVISION] = revision;
    return true;
  }

  #setNewReplicaSetAnnotations(d: Deployment, rs: ReplicaSet, newRevision: string, exists: boolean): boolean {
    let changed = false;
    rs.metadata.annotations ??= {};
    for (const [k, v] of Object.entries(d.metadata.annotations ?? {})) {
      if (SKIP_COPY.has(k) || rs.metadata.annotations[k] === v) continue;
      rs.metadata.annotations[k] = v;
      changed = true;
    }
    const oldRevision = rs.metadata.annotations[REVISION];
    const oldInt = Number(oldRevision ?? 0);
    const newInt = Number(newRevision);
    if (oldInt < newInt) {
      rs.metadata.annotations[REVISION] = newRevision;
      changed = true;
      if (oldRevision !== undefined) {
        const history = rs.metadata.annotations[REVISION_HISTORY] ?? '';
        const revs = history ? history.split(',') : [];
        revs.push(oldRevision);
        while (revs.join(',').length > MAX_REV_HISTORY_CHARS) revs.shift();
        rs.metadata.annotations[REVISION_HISTORY] = revs.join(',');
      }
    }
    if (!exists) {
      rs.metadata.annotations[DESIRED_REPLICAS] = String(replicasOf(d));
      rs.metadata.annotations[MAX_REPLICAS] = String(replicasOf(d) + maxSurge(d));
      changed = true;
    }
    return changed;
  }

  #newRSNewReplicas(d: Deployment, all: ReplicaSet[], newRS: ReplicaSet): number {
    if (!isRolling(d)) return replicasOf(d);
    const surge = maxSurge(d);
    const current = all.reduce((n, rs) => n + specReplicas(rs), 0);
    const maxTotal = replicasOf(d) + surge;
    if (current >= maxTotal) return specReplicas(newRS);
    const up = Math.min(maxTotal - current, replicasOf(d) - specReplicas(newRS));
    return specReplicas(newRS) + up;
  }

  #scaleReplicaSet(rs: ReplicaSet, newScale: number, d: Deployment): boolean {
    const fresh = this.#freshRs(rs);
    const sizeChanged = specReplicas(fresh) !== newScale;
    const desired = String(replicasOf(d));
    const max = String(replicasOf(d) + maxSurge(d));
    const annotationsChanged = fresh.metadata.annotations?.[DESIRED_REPLICAS] !== desired || fresh.metadata.annotations?.[MAX_REPLICAS] !== max;
    if (!sizeChanged && !annotationsChanged) return false;
    const copy = clone(fresh);
    const oldScale = specReplicas(copy);
    copy.spec.replicas = newScale;
    copy.metadata.annotations = { ...(copy.metadata.annotations ?? {}), [DESIRED_REPLICAS]: desired, [MAX_REPLICAS]: max };
    Object.assign(rs, this.o.store.update(REPLICASETS, copy));
    if (sizeChanged) {
      this.#event(
        d,
        'Normal',
        'ScalingReplicaSet',
        `Scaled ${newScale > oldScale ? 'up' : 'down'} replica set ${copy.metadata.name} from ${oldScale} to ${newScale}`,
      );
    }
    return sizeChanged;
  }

  #rolloutRolling(d: Deployment, rsList: ReplicaSet[]): void {
    const { newRS, oldRSs } = this.#getAllReplicaSetsAndSyncRevision(d, rsList, true);
    const nrs = newRS!;
    const all = () => [...oldRSs.map((rs) => this.#freshRs(rs)), this.#freshRs(nrs)];
    // reconcileNewReplicaSet
    let scaled = false;
    if (specReplicas(nrs) > replicasOf(d)) scaled = this.#scaleReplicaSet(nrs, replicasOf(d), d);
    else if (specReplicas(nrs) < replicasOf(d)) {
      const target = this.#newRSNewReplicas(d, all(), this.#freshRs(nrs));
      scaled = this.#scaleReplicaSet(nrs, target, d);
    }
    if (scaled) return this.#syncRolloutStatus(all(), this.#freshRs(nrs), d);
    // reconcileOldReplicaSets
    if (
      this.#reconcileOldReplicaSets(
        all(),
        oldRSs.map((rs) => this.#freshRs(rs)).filter((rs) => specReplicas(rs) > 0),
        this.#freshRs(nrs),
        d,
      )
    ) {
      return this.#syncRolloutStatus(all(), this.#freshRs(nrs), d);
    }
    if (deploymentComplete(d, d.status ?? {}))
      this.#cleanupDeployment(
        oldRSs.map((rs) => this.#freshRs(rs)),
        d,
      );
    this.#syncRolloutStatus(all(), this.#freshRs(nrs), d);
  }

  #reconcileOldReplicaSets(all: ReplicaSet[], oldRSs: ReplicaSet[], newRS: ReplicaSet, d: Deployment): boolean {
    const oldPods = oldRSs.reduce((n, rs) => n + specReplicas(rs), 0);
    if (oldPods === 0) return false;
    const allPods = all.reduce((n, rs) => n + specReplicas(rs), 0);
    const minAvailable = replicasOf(d) - maxUnavailable(d);
    const newUnavailable = specReplicas(newRS) - (newRS.status?.availableReplicas ?? 0);
    const maxScaledDown = allPods - minAvailable - newUnavailable;
    if (maxScaledDown <= 0) return false;
    // cleanupUnhealthyReplicas
    let cleaned = 0;
    for (const rs of [...oldRSs].sort(byCreation)) {
      if (cleaned >= maxScaledDown) break;
      if (specReplicas(rs) === 0) continue;
      const unhealthy = specReplicas(rs) - (rs.status?.availableReplicas ?? 0);
      if (unhealthy <= 0) continue;
      const down = Math.min(maxScaledDown - cleaned, unhealthy);
      this.#scaleReplicaSet(rs, specReplicas(rs) - down, d);
      cleaned += down;
    }
    // scaleDownOldReplicaSetsForRollingUpdate
    const fresh = [...oldRSs.map((rs) => this.#freshRs(rs)), this.#freshRs(newRS)];
    const available = fresh.reduce((n, rs) => n + (rs.status?.availableReplicas ?? 0), 0);
    let scaledDown = 0;
    if (available > minAvailable) {
      const total = available - minAvailable;
      for (const rs of oldRSs.map((r) => this.#freshRs(r)).sort(byCreation)) {
        if (scaledDown >= total) break;
        if (specReplicas(rs) === 0) continue;
        const down = Math.min(specReplicas(rs), total - scaledDown);
        this.#scaleReplicaSet(rs, specReplicas(rs) - down, d);
        scaledDown += down;
      }
    }
    return cleaned + scaledDown > 0;
  }

  #rolloutRecreate(d: Deployment, rsList: ReplicaSet[]): void {
    let { newRS, oldRSs } = this.#getAllReplicaSetsAndSyncRevision(d, rsList, false);
    let scaledDown = false;
    for (const rs of oldRSs) if (specReplicas(rs) > 0) scaledDown = this.#scaleReplicaSet(rs, 0, d) || scaledDown;
    const all = () => [...oldRSs.map((rs) => this.#freshRs(rs)), ...(newRS ? [this.#freshRs(newRS)] : [])];
    if (scaledDown) return this.#syncRolloutStatus(all(), newRS && this.#freshRs(newRS), d);
    const oldRunning = oldRSs.some((rs) => (this.o.store.list('pods', d.metadata.namespace) as Pod[]).some((p) => ownedBy(p, rs)));
    if (oldRunning) return this.#syncRolloutStatus(all(), newRS && this.#freshRs(newRS), d);
    if (!newRS) ({ newRS, oldRSs } = this.#getAllReplicaSetsAndSyncRevision(d, this.#ownedReplicaSets(d), true));
    this.#scaleReplicaSet(newRS!, replicasOf(d), d);
    if (deploymentComplete(d, d.status ?? {}))
      this.#cleanupDeployment(
        oldRSs.map((rs) => this.#freshRs(rs)),
        d,
      );
    this.#syncRolloutStatus(all(), this.#freshRs(newRS!), d);
  }

  #cleanupDeployment(oldRSs: ReplicaSet[], d: Deployment): void {
    const limit = d.spec.revisionHistoryLimit;
    if (limit === undefined) return;
    const cleanable = oldRSs.filter((rs) => !rs.metadata.deletionTimestamp);
    const diff = cleanable.length - limit;
    if (diff <= 0) return;
    const sorted = [...cleanable].sort((a, b) => revisionOf(a) - revisionOf(b) || byCreation(a, b));
    for (const rs of sorted.slice(0, diff)) {
      if ((rs.status?.replicas ?? 0) !== 0 || specReplicas(rs) !== 0 || (rs.metadata.generation ?? 0) > (rs.status?.observedGeneration ?? 0)) continue;
      this.o.store.delete(REPLICASETS, rs.metadata.namespace, rs.metadata.name);
    }
  }

  #calculateStatus(all: ReplicaSet[], newRS: ReplicaSet | undefined, d: Deployment): NonNullable<Deployment['status']> {
    const available = all.reduce((n, rs) => n + (rs.status?.availableReplicas ?? 0), 0);
    const total = all.reduce((n, rs) => n + specReplicas(rs), 0);
    const status: NonNullable<Deployment['status']> = {
      observedGeneration: d.metadata.generation,
      replicas: all.reduce((n, rs) => n + (rs.status?.replicas ?? 0), 0),
      updatedReplicas: newRS?.status?.replicas ?? 0,
      readyReplicas: all.reduce((n, rs) => n + (rs.status?.readyReplicas ?? 0), 0),
      availableReplicas: available,
      unavailableReplicas: Math.max(0, total - available),
      ...(d.status?.collisionCount !== undefined ? { collisionCount: d.status.collisionCount } : {}),
      conditions: clone(d.status?.conditions ?? []),
    };
    if (available >= replicasOf(d) - maxUnavailable(d)) {
      this.#setCondition(status, this.#condition('Available', 'True', 'MinimumReplicasAvailable', 'Deployment has minimum availability.'));
    } else {
      this.#setCondition(status, this.#condition('Available', 'False', 'MinimumReplicasUnavailable', 'Deployment does not have minimum availability.'));
    }
    return status;
  }

  #syncDeploymentStatus(all: ReplicaSet[], newRS: ReplicaSet | undefined, d: Deployment, _: ReplicaSet[]): void {
    const status = this.#calculateStatus(all, newRS, d);
    if (canonical(compactStatus(status)) === canonical(compactStatus(d.status ?? {}))) return;
    d.status = status;
    this.#writeDeploymentStatus(d);
  }

  #syncRolloutStatus(all: ReplicaSet[], newRS: ReplicaSet | undefined, d: Deployment): void {
    const fresh = (this.o.store.get('deployments', d.metadata.namespace, d.metadata.name) as Deployment | undefined) ?? d;
    const oldStatus = fresh.status ?? {};
    const status = this.#calculateStatus(all, newRS, fresh);
    const hasDeadline = fresh.spec.progressDeadlineSeconds !== undefined;
    if (!hasDeadline) this.#removeCondition(status, 'Progressing');
    const currentCond = oldStatus.conditions?.find((c) => c.type === 'Progressing');
    const isComplete = status.replicas === status.updatedReplicas && currentCond?.reason === 'NewReplicaSetAvailable';
    if (hasDeadline && !isComplete) {
      const rsName = newRS?.metadata.name;
      if (deploymentComplete(fresh, status)) {
        const msg = rsName ? `ReplicaSet "${rsName}" has successfully progressed.` : `Deployment "${fresh.metadata.name}" has successfully progressed.`;
        this.#setCondition(status, this.#condition('Progressing', 'True', 'NewReplicaSetAvailable', msg));
      } else if (deploymentProgressing(oldStatus, status)) {
        const msg = rsName ? `ReplicaSet "${rsName}" is progressing.` : `Deployment "${fresh.metadata.name}" is progressing.`;
        const c = this.#condition('Progressing', 'True', 'ReplicaSetUpdated', msg);
        if (currentCond) {
          if (currentCond.status === 'True') c.lastTransitionTime = currentCond.lastTransitionTime;
          this.#removeCondition(status, 'Progressing');
        }
        this.#setCondition(status, c);
      } else if (this.#timedOut(fresh, status)) {
        const msg = rsName ? `ReplicaSet "${rsName}" has timed out progressing.` : `Deployment "${fresh.metadata.name}" has timed out progressing.`;
        this.#setCondition(status, this.#condition('Progressing', 'False', 'ProgressDeadlineExceeded', msg));
      }
    }
    this.#removeCondition(status, 'ReplicaFailure');
    if (canonical(compactStatus(status)) === canonical(compactStatus(oldStatus))) return;
    fresh.status = status;
    this.#writeDeploymentStatus(fresh);
  }

  #timedOut(d: Deployment, status: NonNullable<Deployment['status']>): boolean {
    const cond = status.conditions?.find((c) => c.type === 'Progressing');
    if (!cond) return false;
    if (cond.reason === 'ProgressDeadlineExceeded') return true;
    const from = Date.parse(cond.lastUpdateTime ?? '');
    return this.o.now() > from + (d.spec.progressDeadlineSeconds ?? 600) * 1000;
  }

  /** The next moment a deployment's deadline expires (the controller requeues itself for then). */
  nextDeadline(): number | undefined {
    let next: number | undefined;
    for (const d of this.o.store.list('deployments') as Deployment[]) {
      const cond = d.status?.conditions?.find((c) => c.type === 'Progressing');
      if (!cond || cond.reason === 'ProgressDeadlineExceeded' || cond.reason === 'NewReplicaSetAvailable' || cond.status !== 'True') continue;
      const at = Date.parse(cond.lastUpdateTime ?? '') + (d.spec.progressDeadlineSeconds ?? 600) * 1000 + 1000;
      if (next === undefined || at < next) next = at;
    }
    return next;
  }

  // ---------- ReplicaSet controller ----------
  #syncReplicaSet(ns: string, name: string): void {
    const rs = this.o.store.get('replicasets', ns, name) as ReplicaSet | undefined;
    if (!rs || rs.metadata.deletionTimestamp) return;
    const now = this.o.now();
    let pods = (this.o.store.list('pods', ns) as Pod[]).filter((p) => ownedBy(p, rs) && !p.metadata.deletionTimestamp);
    const want = specReplicas(rs);
    if (pods.length < want) {
      for (let i = pods.length; i < want; i++) {
        const template = rs.spec.template;
        const pod = this.o.store.create(PODS, {
          apiVersion: 'v1',
          kind: 'Pod',
          metadata: {
            name: '',
            generateName: `${rs.metadata.name}-`,
            namespace: ns,
            labels: clone(template.metadata?.labels ?? {}),
            ...(template.metadata?.annotations ? { annotations: clone(template.metadata.annotations) } : {}),
            ownerReferences: [
              { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: rs.metadata.name, uid: rs.metadata.uid!, controller: true, blockOwnerDeletion: true },
            ],
          },
          spec: { ...clone(template.spec), enableServiceLinks: true, priority: 0 },
        });
        this.o.events.record(rs, {
          type: 'Normal',
          reason: 'SuccessfulCreate',
          message: `Created pod: ${pod.metadata.name}`,
          component: 'replicaset-controller',
          at: now,
        });
      }
    } else if (pods.length > want) {
      const ranked = pods
        .map((p) => ({ p, v: podView(p, this.o.images, now) }))
        .sort((a, b) => {
          if (a.v.scheduled !== b.v.scheduled) return a.v.scheduled ? 1 : -1;
          const phase = (x: string) => (x === 'Pending' ? 0 : x === 'Unknown' ? 1 : 2);
          if (phase(a.v.status.phase) !== phase(b.v.status.phase)) return phase(a.v.status.phase) - phase(b.v.status.phase);
          if (a.v.ready !== b.v.ready) return a.v.ready ? 1 : -1;
          if (a.v.ready && b.v.ready && a.v.readySince !== b.v.readySince) return (b.v.readySince ?? 0) - (a.v.readySince ?? 0);
          const restarts = (v: typeof a.v) => Math.max(0, ...(v.status.containerStatuses ?? []).map((c) => c.restartCount));
          if (restarts(a.v) !== restarts(b.v)) return restarts(b.v) - restarts(a.v);
          return (b.p.metadata.creationTimestamp ?? '').localeCompare(a.p.metadata.creationTimestamp ?? '');
        });
      for (const { p } of ranked.slice(0, pods.length - want)) {
        this.o.store.delete(PODS, ns, p.metadata.name);
        this.o.events.record(rs, {
          type: 'Normal',
          reason: 'SuccessfulDelete',
          message: `Deleted pod: ${p.metadata.name}`,
          component: 'replicaset-controller',
          at: now,
        });
      }
      pods = (this.o.store.list('pods', ns) as Pod[]).filter((p) => ownedBy(p, rs));
    }
    pods = (this.o.store.list('pods', ns) as Pod[]).filter((p) => ownedBy(p, rs) && !p.metadata.deletionTimestamp);
    const minReady = (rs.spec.minReadySeconds ?? 0) * 1000;
    let ready = 0;
    let available = 0;
    let labeled = 0;
    for (const p of pods) {
      const v = podView(p, this.o.images, now);
      if (v.ready) ready++;
      if (v.ready && now >= (v.readySince ?? now) + minReady) available++;
      if (Object.entries(rs.spec.template.metadata?.labels ?? {}).every(([k, val]) => p.metadata.labels?.[k] === val)) labeled++;
    }
    // ReplicaSetStatus.replicas has no omitempty; the other counts do.
    const status = {
      replicas: pods.length,
      ...compactStatus({ fullyLabeledReplicas: labeled, readyReplicas: ready, availableReplicas: available, observedGeneration: rs.metadata.generation }),
    };
    if (canonical(status) !== canonical(rs.status ?? {})) {
      rs.status = status as ReplicaSet['status'];
      this.o.store.update(REPLICASETS, rs);
    }
  }

  // ---------- scheduler + kubelet ----------
  #syncPod(ns: string, name: string): void {
    const pod = this.o.store.get('pods', ns, name) as Pod | undefined;
    if (!pod) return;
    const now = this.o.now();
    const view = podView(pod, this.o.images, now);
    let changed = false;
    if (view.scheduled && !pod.spec.nodeName) {
      pod.spec.nodeName = NODE_NAME;
      changed = true;
    }
    if (canonical(view.status) !== canonical(pod.status ?? {})) {
      pod.status = view.status;
      changed = true;
    }
    let stored: K8sObject = pod;
    if (changed) stored = this.o.store.update(PODS, pod);
    for (const e of view.events) {
      const key = `${pod.metadata.uid}|${e.reason}|${e.message}|${e.fieldPath ?? ''}|${e.occurrence}`;
      if (this.#emitted.has(key)) continue;
      this.#emitted.add(key);
      this.o.events.record(stored, {
        type: e.type,
        reason: e.reason,
        message: e.message,
        component: e.component,
        ...(e.component === 'kubelet' ? { host: NODE_NAME } : {}),
        ...(e.fieldPath ? { fieldPath: e.fieldPath } : {}),
        at: e.at,
      });
    }
  }
}

/** Status fields with Go's omitempty: zero counts are left out, as the API serves them. */
function compactStatus<T extends object>(status: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(status)) {
    if (v === undefined || v === 0 || (Array.isArray(v) && v.length === 0)) continue;
    out[k] = v;
  }
  return out as T;
}

export function deploymentComplete(d: Deployment, status: NonNullable<Deployment['status']>): boolean {
  const n = replicasOf(d);
  return (
    (status.updatedReplicas ?? 0) === n &&
    (status.replicas ?? 0) === n &&
    (status.availableReplicas ?? 0) === n &&
    (status.observedGeneration ?? 0) >= (d.metadata.generation ?? 0)
  );
}

function deploymentProgressing(oldStatus: NonNullable<Deployment['status']>, s: NonNullable<Deployment['status']>): boolean {
  const oldOld = (oldStatus.replicas ?? 0) - (oldStatus.updatedReplicas ?? 0);
  const newOld = (s.replicas ?? 0) - (s.updatedReplicas ?? 0);
  return (
    (s.updatedReplicas ?? 0) > (oldStatus.updatedReplicas ?? 0) ||
    newOld < oldOld ||
    (s.readyReplicas ?? 0) > (oldStatus.readyReplicas ?? 0) ||
    (s.availableReplicas ?? 0) > (oldStatus.availableReplicas ?? 0)
  );
}

export function hashOf(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
