import * as core from '@mlops-actions/shared/core';
import {
  CHANGE_CAUSE_ANNOTATION,
  type Deployment,
  type HealthResult,
  type Kube,
  type KubeEvent,
  type ManifestObject,
  ManifestError,
  type Pod,
  RESTARTED_AT_ANNOTATION,
  type RolloutRules,
  isKubeNotFound,
  loadManifests,
  planUndo,
  podSpecOf,
  repositoryOf,
  resolveManifestFiles,
  repositoryDigestOf,
  revisionOf,
  runHealthCheck,
  sameImage,
  substituteManifestImages,
  parseImageReference,
} from '@mlops-actions/shared/k8s';
import { logText } from '@mlops-actions/shared/report';
import { ActionError, CancelledError, InputError, TimeoutError, errorMessage, isAbort } from '@mlops-actions/shared/runtime';
import type { Inputs } from './context.js';
import { type ChangedDeployment, STATE } from './state.js';
import { followRollouts, type Observed, selectorOf, type WatchTarget } from './watch.js';

export const FIELD_MANAGER = 'mlops-actions-deploy-eks';
export const TRACE_PREFIX = 'mlops-actions.io/';
export const DIGEST_ANNOTATION = `${TRACE_PREFIX}image-digest`;

export interface ContainerChange {
  container: string;
  init: boolean;
  from: string;
  to: string;
  /** After a successful rollout: the repository digest(s) the new pods run (containerStatuses[].imageID). */
  digests?: string[];
}

export interface Target extends WatchTarget {
  /** The Deployment as it was before this step (undefined: the manifests create it). */
  before?: Deployment;
  previousRevision: number;
  changes: ContainerChange[];
  /** Last observation. */
  observed?: Observed;
  revision?: number;
}

export interface Phase {
  name: string;
  start: number;
  end?: number;
  result: 'done' | 'failed' | 'active' | 'cancelled';
}

export interface Failure {
  reason: string;
  message: string;
  target?: Target;
  pod?: string;
  container?: string;
}

export interface RollbackRecord {
  target: string;
  ok: boolean;
  note: string;
  toRevision?: number;
  /** The Deployment was patched back (not skipped or refused). */
  undone?: boolean;
}

export interface Diagnostics {
  pods: Pod[];
  events: KubeEvent[];
  logs?: { pod: string; container: string; previous: boolean; lines: string[] };
}

export interface Outcome {
  started: number;
  mode: 'image' | 'manifests';
  phases: Phase[];
  targets: Target[];
  applied: string[];
  changed: boolean;
  result?: 'success' | 'unchanged' | 'failed' | 'rolled-back' | 'cancelled';
  failure?: Failure;
  rollbacks: RollbackRecord[];
  diagnostics?: Diagnostics;
  health?: HealthResult;
  cluster?: string;
  note?: string;
  /** The GitHub Deployment recorded for the run (with github-token + environment). */
  github?: { id: number; environment: string; state: string };
}

export function newOutcome(inputs: Inputs): Outcome {
  return { started: Date.now(), mode: inputs.manifests.length ? 'manifests' : 'image', phases: [], targets: [], applied: [], changed: false, rollbacks: [] };
}

function phase(outcome: Outcome, name: string): Phase {
  const last = outcome.phases.at(-1);
  if (last && last.end === undefined) {
    last.end = Date.now();
    if (last.result === 'active') last.result = 'done';
  }
  const p: Phase = { name, start: Date.now(), result: 'active' };
  outcome.phases.push(p);
  return p;
}

function endPhase(outcome: Outcome, result: Phase['result']): void {
  const last = outcome.phases.at(-1);
  if (last && last.end === undefined) {
    last.end = Date.now();
    last.result = result;
  }
}

function rules(inputs: Inputs): RolloutRules {
  return { maxRestarts: inputs.maxRestarts, readinessGraceMs: inputs.readinessGraceMs, unschedulableGraceMs: inputs.unschedulableGraceMs };
}

/** The annotations that say who deployed what from where (kubernetes.io/change-cause shows in rollout history). */
export function traceAnnotations(inputs: Inputs, changes: ContainerChange[], cause: string): Record<string, string> {
  const images = changes.map((c) => c.to);
  const digests = images.map((i) => parseImageReference(i).digest).filter((d): d is string => Boolean(d));
  const a: Record<string, string> = {
    [CHANGE_CAUSE_ANNOTATION]: cause,
    [`${TRACE_PREFIX}run-url`]: inputs.runUrl,
  };
  if (inputs.run.sha) a[`${TRACE_PREFIX}commit`] = inputs.run.sha;
  if (inputs.actor) a[`${TRACE_PREFIX}actor`] = inputs.actor;
  if (images.length) a[`${TRACE_PREFIX}image`] = [...new Set(images)].join(',');
  if (digests.length) a[DIGEST_ANNOTATION] = [...new Set(digests)].join(',');
  if (inputs.modelPackageArn) a[`${TRACE_PREFIX}model-package-arn`] = inputs.modelPackageArn;
  if (inputs.modelPackageVersion) a[`${TRACE_PREFIX}model-package-version`] = inputs.modelPackageVersion;
  return a;
}

function defaultCause(inputs: Inputs, changes: ContainerChange[], restart: boolean): string {
  const what = changes.length ? `set image ${changes.map((c) => `${c.container}=${c.to}`).join(' ')}` : restart ? 'rollout restart' : 'apply manifests';
  return `deploy-eks: ${what}${inputs.actor ? ` by ${inputs.actor}` : ''} (${inputs.runUrl})`.slice(0, 1024);
}

async function readExisting(kube: Kube, namespace: string, name: string, signal: AbortSignal): Promise<Deployment | undefined> {
  try {
    return await kube.readDeployment(namespace, name, signal);
  } catch (error) {
    if (isKubeNotFound(error)) return undefined;
    throw error;
  }
}

function checkNotPaused(d: Deployment | undefined, name: string, namespace: string): void {
  if (d?.spec?.paused) {
    throw new ActionError(`Deployment ${name} in namespace ${namespace} is paused: a rollout would not start, so nothing was changed.`, {
      hint: `Resume it first (kubectl rollout resume deployment/${name} -n ${namespace}), or find out who paused it and why.`,
    });
  }
}

/** Image mode: read each Deployment, check it, and work out which containers change. Changes nothing. */
export async function prepareImages(inputs: Inputs, kube: Kube, signal: AbortSignal): Promise<Target[]> {
  const byDeployment = new Map<string, typeof inputs.images>();
  for (const change of inputs.images) {
    const list = byDeployment.get(change.deployment!) ?? [];
    list.push(change);
    byDeployment.set(change.deployment!, list);
  }
  const targets: Target[] = [];
  for (const [name, changes] of byDeployment) {
    const deployment = await readExisting(kube, inputs.namespace, name, signal);
    if (!deployment) {
      throw new ActionError(`Deployment '${name}' was not found in namespace '${inputs.namespace}'; nothing was changed.`, {
        hint: 'Check the deployment and namespace inputs (kubectl get deployments -n <namespace> lists them), or create it with manifests.',
      });
    }
    checkNotPaused(deployment, name, inputs.namespace);
    const spec = deployment.spec?.template?.spec;
    const containers = [...(spec?.containers ?? []).map((c) => ({ ...c, init: false })), ...(spec?.initContainers ?? []).map((c) => ({ ...c, init: true }))];
    const names = containers.map((c) => c.name).join(', ');
    const out: ContainerChange[] = [];
    for (const change of changes) {
      const input = inputs.deployment === name && (change.container === undefined || change.container === inputs.container) ? 'container' : 'image';
      let container: (typeof containers)[number] | undefined;
      if (change.container === undefined) {
        const regular = containers.filter((c) => !c.init);
        if (regular.length !== 1) {
          throw new InputError(
            'container',
            `is empty and Deployment ${name} has ${regular.length} containers (${regular.map((c) => c.name).join(', ')})`,
            'the name of the container to update',
          );
        }
        container = regular[0];
      } else {
        container = containers.find((c) => c.name === change.container);
        if (!container)
          throw new InputError(input, `names container '${change.container}', which Deployment ${name} does not have`, `one of its containers: ${names}`);
      }
      const from = container!.image ?? '';
      let same = false;
      try {
        same = sameImage(from, change.image.original);
      } catch {
        same = false;
      }
      if (same) {
        core.info(`Deployment ${name}: container ${container!.name} already runs ${change.image.original}.`);
        continue;
      }
      out.push({ container: container!.name, init: container!.init, from, to: change.image.original });
    }
    targets.push({ namespace: inputs.namespace, name, before: deployment, previousRevision: revisionOf(deployment), changes: out });
  }
  return targets;
}

/** Image mode: the strategic merge patch `kubectl set image` (and `rollout restart`) would send, plus annotations. */
export function imagePatch(inputs: Inputs, target: Target, restartedAt: string | undefined): object {
  const containers = target.changes.filter((c) => !c.init).map((c) => ({ name: c.container, image: c.to }));
  const initContainers = target.changes.filter((c) => c.init).map((c) => ({ name: c.container, image: c.to }));
  const cause = inputs.changeCause ?? defaultCause(inputs, target.changes, restartedAt !== undefined);
  return {
    metadata: { annotations: traceAnnotations(inputs, target.changes, cause) },
    spec: {
      template: {
        ...(restartedAt ? { metadata: { annotations: { [RESTARTED_AT_ANNOTATION]: restartedAt } } } : {}),
        spec: { ...(containers.length ? { containers } : {}), ...(initContainers.length ? { initContainers } : {}) },
      },
    },
  };
}

export interface PreparedManifests {
  objects: ManifestObject[];
  targets: Target[];
}

/** Manifest mode: read, check and substitute the manifests, check them with a server-side dry run. Changes nothing. */
export async function prepareManifests(inputs: Inputs, kube: Kube, signal: AbortSignal): Promise<PreparedManifests> {
  const images = inputs.images.map((c) => {
    if (c.deployment || c.container)
      throw new InputError(
        'image',
        'names a deployment or container together with manifests',
        'bare image references: each replaces the images of its repository in the manifests',
      );
    return c.image;
  });
  let objects: ManifestObject[];
  try {
    const files = resolveManifestFiles(inputs.manifests, inputs.workspace);
    core.info(`Manifests: ${files.join(', ')}`);
    const loaded = loadManifests(files, inputs.workspace);
    const substitutions = substituteManifestImages(loaded, images);
    for (const image of images) {
      if (
        !substitutions.some((s) => repositoryOf(parseImageReference(s.to)) === repositoryOf(image)) &&
        !loaded.some((m) => usesImage(m.object, image.original))
      ) {
        throw new InputError(
          'image',
          `is '${image.original}', whose repository no container in the manifests uses`,
          'an image of a repository the manifests name (images are matched by repository)',
        );
      }
    }
    for (const s of substitutions) core.info(logText(`${s.where}: ${s.from} -> ${s.to}`));
    objects = loaded.map((m) => m.object);
  } catch (error) {
    if (error instanceof ManifestError) {
      throw new InputError(
        'manifests',
        `cannot be used: ${error.message}`,
        'YAML or JSON Kubernetes objects (apiVersion, kind, metadata.name) in files inside the workspace',
        error.file ? { file: error.file, ...(error.line ? { line: error.line } : {}) } : undefined,
      );
    }
    throw error;
  }
  const targets: Target[] = [];
  for (const object of objects) {
    if (object.kind === 'Namespace') continue;
    object.metadata.namespace ??= inputs.namespace;
    if (object.kind !== 'Deployment' || !object.apiVersion.startsWith('apps/')) continue;
    const name = object.metadata.name;
    const namespace = object.metadata.namespace;
    const existing = await readExisting(kube, namespace, name, signal);
    checkNotPaused(existing, name, namespace);
    if ((object.spec as { paused?: boolean } | undefined)?.paused) checkNotPaused(object as Deployment, name, namespace);
    const changes = containerChanges(existing, object);
    object.metadata.annotations = {
      ...(object.metadata.annotations ?? {}),
      ...traceAnnotations(inputs, changes, inputs.changeCause ?? defaultCause(inputs, changes, false)),
    };
    if (inputs.forceRestart) {
      const template = ((object.spec as { template?: { metadata?: { annotations?: Record<string, string> } } }).template ??= {});
      template.metadata = {
        ...(template.metadata ?? {}),
        annotations: { ...(template.metadata?.annotations ?? {}), [RESTARTED_AT_ANNOTATION]: new Date().toISOString() },
      };
    }
    targets.push({ namespace, name, ...(existing ? { before: existing } : {}), previousRevision: revisionOf(existing), changes });
  }
  // Namespaces first, then everything in file order, as kubectl apply of a directory does not guarantee but users expect.
  objects.sort((a, b) => Number(b.kind === 'Namespace') - Number(a.kind === 'Namespace'));
  for (const object of objects) {
    try {
      await kube.apply(object, FIELD_MANAGER, signal, { dryRun: true });
    } catch (error) {
      if (error instanceof ActionError && !/HTTP (401|403|429|5\d\d)|could not reach|did not answer/.test(error.message)) {
        throw new ActionError(
          `The manifests were refused by the API server (dry run), so nothing was applied: ${object.kind} ${object.metadata.name}: ${error.message.replace(/^Kubernetes API: /, '')}`,
          {
            ...(error.hint ? { hint: error.hint } : {}),
          },
        );
      }
      throw error;
    }
  }
  return { objects, targets };
}

function usesImage(object: ManifestObject, image: string): boolean {
  const spec = podSpecOf(object);
  return [...(spec?.containers ?? []), ...(spec?.initContainers ?? [])].some((c) => c.image === image);
}

function containerChanges(existing: Deployment | undefined, object: ManifestObject): ContainerChange[] {
  const spec = podSpecOf(object);
  const before = existing?.spec?.template?.spec;
  const out: ContainerChange[] = [];
  for (const [list, init] of [
    [spec?.containers ?? [], false],
    [spec?.initContainers ?? [], true],
  ] as const) {
    for (const c of list) {
      const old = [...(before?.containers ?? []), ...(before?.initContainers ?? [])].find((o) => o.name === c.name)?.image ?? '';
      if (c.image && c.image !== old) out.push({ container: c.name, init, from: old, to: c.image });
    }
  }
  return out;
}

function saveChanged(targets: Target[]): void {
  const changed: ChangedDeployment[] = targets.map((t) => ({ namespace: t.namespace, name: t.name, revision: t.previousRevision }));
  core.saveState(STATE.changed, JSON.stringify(changed));
}

/** The whole step after inputs and connection: prepare, change, follow, check, and roll back on failure. */
export async function deploy(
  inputs: Inputs,
  kube: Kube,
  outcome: Outcome,
  signal: AbortSignal,
  hooks: { changing?: (description: string) => Promise<void> } = {},
): Promise<void> {
  phase(outcome, 'Prepare');
  let objects: ManifestObject[] = [];
  if (outcome.mode === 'image') {
    outcome.targets = await prepareImages(inputs, kube, signal);
    if (outcome.targets.every((t) => t.changes.length === 0) && !inputs.forceRestart) {
      endPhase(outcome, 'done');
      outcome.result = 'unchanged';
      outcome.note = 'Every container already runs the image asked for: nothing was changed (set force-restart: true to restart the pods anyway).';
      for (const t of outcome.targets) t.revision = t.previousRevision;
      core.info(outcome.note);
      return;
    }
  } else {
    const prepared = await prepareManifests(inputs, kube, signal);
    objects = prepared.objects;
    outcome.targets = prepared.targets;
  }

  await hooks.changing?.(
    `${outcome.targets.map((t) => t.name).join(', ')}: ${outcome.targets.flatMap((t) => t.changes.map((c) => c.to)).join(', ') || 'restart'}`,
  );
  phase(outcome, 'Roll out');
  saveChanged(outcome.targets);
  core.saveState(STATE.onCancel, inputs.onCancel);
  outcome.changed = true;
  const restartedAt = inputs.forceRestart ? new Date().toISOString() : undefined;
  if (outcome.mode === 'image') {
    for (const target of outcome.targets) {
      if (target.changes.length === 0 && !restartedAt) continue;
      await kube.patchDeployment(target.namespace, target.name, imagePatch(inputs, target, restartedAt), signal);
      const what = target.changes.map((c) => `${c.container}: ${c.from} -> ${c.to}`).join(', ') || 'restart';
      core.info(logText(`Deployment ${target.name} (revision ${target.previousRevision}): ${what}.`));
    }
  } else {
    for (const object of objects) {
      await kube.apply(object, FIELD_MANAGER, signal);
      outcome.applied.push(`${object.kind}/${object.metadata.name}`);
      core.info(logText(`Applied ${object.kind} ${object.metadata.namespace ? `${object.metadata.namespace}/` : ''}${object.metadata.name} (server-side).`));
    }
  }

  const follow = await follow_(inputs, kube, outcome, outcome.targets, inputs.timeoutMs, signal, 'the rollout');
  if (follow.failure) return failAndRollBack(inputs, kube, outcome, follow.failure, signal);

  if (inputs.health) {
    phase(outcome, 'Health checks');
    const result = await healthCheck(inputs, kube, signal);
    outcome.health = result;
    if (!result.passed) {
      endPhase(outcome, 'failed');
      return failAndRollBack(inputs, kube, outcome, { reason: 'HealthCheckFailed', message: result.reason ?? 'the health checks failed' }, signal);
    }
  }
  await recordRunningDigests(kube, outcome, signal);
  endPhase(outcome, 'done');
  outcome.result = 'success';
}

/**
 * After a successful rollout: which image the new pods actually run, by repository digest (a tag can move; the
 * digest is what ran), read from their containerStatuses[].imageID and recorded as the image-digest annotation.
 * Best effort: the rollout has succeeded, so a failure here is a warning.
 */
async function recordRunningDigests(kube: Kube, outcome: Outcome, signal: AbortSignal): Promise<void> {
  for (const target of outcome.targets) {
    const deployment = target.observed?.deployment;
    const replicaSet = target.observed?.verdict.newReplicaSet;
    if (!deployment || !replicaSet || target.changes.length === 0) continue;
    try {
      const pods = (await kube.listPods(target.namespace, selectorOf(deployment), signal)).filter(
        (p) => !p.metadata?.deletionTimestamp && p.metadata?.ownerReferences?.some((o) => o.name === replicaSet),
      );
      for (const change of target.changes) {
        const statuses = pods.flatMap((p) => [...(p.status?.containerStatuses ?? []), ...(p.status?.initContainerStatuses ?? [])]);
        const digests = [...new Set(statuses.filter((s) => s.name === change.container).map((s) => repositoryDigestOf(s.imageID)))].filter(
          (d): d is string => d !== undefined,
        );
        if (digests.length > 1) {
          core.warning(
            logText(
              `Deployment ${target.name}: the pods of container ${change.container} run ${digests.length} different digests of ${change.to} (${digests.join(', ')}): the tag moved during the rollout; pin images by digest.`,
            ),
          );
        }
        if (digests.length) change.digests = digests;
      }
      const running = [...new Set(target.changes.flatMap((c) => c.digests ?? []))];
      if (running.length === 0) continue;
      await kube.patchDeployment(target.namespace, target.name, { metadata: { annotations: { [DIGEST_ANNOTATION]: running.join(',') } } }, signal);
      core.info(logText(`Deployment ${target.name}: the new pods run ${running.join(', ')} (recorded as ${DIGEST_ANNOTATION}).`));
    } catch (error) {
      if (isAbort(error)) throw error;
      core.warning(`Deployment ${target.name}: could not record the image digests the pods run: ${errorMessage(error)}`);
    }
  }
}

async function follow_(
  inputs: Inputs,
  kube: Kube,
  outcome: Outcome,
  targets: Target[],
  timeoutMs: number,
  signal: AbortSignal,
  what: string,
): Promise<{ failure?: Failure }> {
  try {
    const result = await followRollouts(kube, targets, rules(inputs), {
      what: `${what} of ${targets.map((t) => t.name).join(', ')}`,
      timeoutMs,
      signal,
      onObserved: (target, observed) => {
        const t = targets.find((x) => x.name === target.name && x.namespace === target.namespace);
        if (t) {
          t.observed = observed;
          t.revision = revisionOf(observed.deployment);
        }
      },
    });
    if (result.failed) {
      const t = targets.find((x) => x.name === result.failed!.target.name && x.namespace === result.failed!.target.namespace);
      const v = result.failed.observed.verdict;
      if (v.state !== 'failed') return {};
      endPhase(outcome, 'failed');
      return {
        failure: {
          reason: v.reason,
          message: `Deployment ${result.failed.target.name}: ${v.message}`,
          ...(t ? { target: t } : {}),
          ...(v.pod ? { pod: v.pod } : {}),
          ...(v.container ? { container: v.container } : {}),
        },
      };
    }
    return {};
  } catch (error) {
    if (error instanceof TimeoutError) {
      endPhase(outcome, 'failed');
      const last = targets.find((t) => t.observed?.verdict.state !== 'complete') ?? targets[0];
      return { failure: { reason: 'Timeout', message: error.message, ...(last ? { target: last } : {}) } };
    }
    throw error;
  }
}

async function healthCheck(inputs: Inputs, kube: Kube, signal: AbortSignal): Promise<HealthResult> {
  const h = inputs.health!;
  const target = h.service ? `service ${h.service.name}${h.service.port ? `:${h.service.port}` : ''}${h.path}` : h.url!;
  const get = h.service
    ? (s: AbortSignal) => kube.proxyGet(inputs.namespace, h.service!.name, h.service!.port, h.path, s)
    : async (s: AbortSignal) => {
        const response = await fetch(h.url!, { signal: s, redirect: 'manual' });
        return { status: response.status, body: await response.text() };
      };
  return runHealthCheck(
    {
      target,
      get,
      expectedStatus: h.expectedStatus,
      ...(h.condition ? { condition: h.condition } : {}),
      intervalMs: h.intervalMs,
      count: h.count,
      failureThreshold: h.failureThreshold,
    },
    signal,
    (line) => core.info(logText(line)),
  );
}

/** Pods, events and the failing container's last log lines, for the summary (best effort). */
async function diagnose(kube: Kube, outcome: Outcome, failure: Failure, signal: AbortSignal): Promise<void> {
  const target = failure.target;
  if (!target) return;
  const pods = target.observed?.pods ?? [];
  const diagnostics: Diagnostics = { pods, events: [] };
  outcome.diagnostics = diagnostics;
  try {
    const events = await kube.listEvents(target.namespace, undefined, signal);
    const names = new Set([target.name, ...(target.observed?.replicaSets ?? []).map((r) => r.metadata?.name), ...pods.map((p) => p.metadata?.name)]);
    diagnostics.events = events.filter((e) => names.has(e.involvedObject?.name));
  } catch (error) {
    core.warning(`Could not read the Events: ${errorMessage(error)}`);
  }
  if (failure.pod && failure.container) {
    const previous = failure.reason === 'CrashLoopBackOff';
    try {
      const text = await kube.podLog(target.namespace, failure.pod, failure.container, { tailLines: 30, previous }, signal);
      diagnostics.logs = {
        pod: failure.pod,
        container: failure.container,
        previous,
        lines: text.split('\n').filter((l, i, all) => l !== '' || i < all.length - 1),
      };
    } catch (error) {
      core.info(`No logs of ${failure.container} in ${failure.pod}: ${errorMessage(error)}`);
    }
  }
}

/** Undo every changed Deployment (kubectl rollout undo), then follow the rollback with the same rules. */
export async function rollBack(
  inputs: Inputs,
  kube: Kube,
  outcome: Outcome,
  signal: AbortSignal,
  options: { follow: boolean; toRevision?: (t: Target) => number },
): Promise<void> {
  const undone: Target[] = [];
  for (const target of outcome.targets) {
    const deployment = await kube.readDeployment(target.namespace, target.name, signal);
    const replicaSets = await kube.listReplicaSets(
      target.namespace,
      Object.entries(deployment.spec?.selector?.matchLabels ?? {})
        .map(([k, v]) => `${k}=${v}`)
        .join(','),
      signal,
    );
    const toRevision = options.toRevision?.(target) ?? inputs.rollbackToRevision ?? 0;
    const plan = planUndo(deployment, replicaSets, toRevision);
    if (plan.kind === 'refuse') {
      outcome.rollbacks.push({ target: target.name, ok: false, note: plan.message });
      core.warning(logText(`Deployment ${target.name}: cannot roll back: ${plan.message}.`));
      continue;
    }
    if (plan.kind === 'skip') {
      outcome.rollbacks.push({ target: target.name, ok: true, note: plan.message, toRevision: plan.toRevision });
      core.info(logText(`Deployment ${target.name}: ${plan.message}.`));
      continue;
    }
    await kube.jsonPatchDeployment(target.namespace, target.name, plan.patch, signal);
    const images = plan.template.spec?.containers.map((c) => `${c.name}=${c.image}`).join(', ');
    core.info(logText(`Deployment ${target.name}: rolled back to revision ${plan.toRevision} (${images}).`));
    outcome.rollbacks.push({
      target: target.name,
      ok: true,
      note: `rolled back to revision ${plan.toRevision} (${images})`,
      toRevision: plan.toRevision,
      undone: true,
    });
    undone.push(target);
  }
  core.saveState(STATE.rolledBack, 'true');
  if (!options.follow || undone.length === 0) return;
  const result = await follow_(inputs, kube, outcome, undone, Math.max(inputs.timeoutMs, 120_000), signal, 'the rollback');
  if (result.failure) {
    const record = outcome.rollbacks.find((r) => r.target === result.failure!.target?.name);
    if (record) {
      record.ok = false;
      record.note += `, but the rollback did not finish healthy either: ${result.failure.message}`;
    }
  } else {
    for (const t of undone) {
      const record = outcome.rollbacks.find((r) => r.target === t.name);
      if (record) record.note += `; all ${t.observed?.deployment.status?.availableReplicas ?? 0} pods available again`;
    }
  }
}

async function failAndRollBack(inputs: Inputs, kube: Kube, outcome: Outcome, failure: Failure, signal: AbortSignal): Promise<void> {
  outcome.failure = failure;
  core.info(logText(`Rollout failed: ${failure.reason}: ${failure.message}`));
  await diagnose(kube, outcome, failure, signal);
  if (!inputs.rollback) {
    outcome.result = 'failed';
    core.saveState(STATE.rolledBack, 'true');
    throw new ActionError(`Rollout failed (${failure.reason}): ${failure.message}`, {
      hint: 'rollback is false: the Deployment was left as it is. Roll back with kubectl rollout undo, or re-run with a fixed image.',
    });
  }
  phase(outcome, 'Roll back');
  try {
    await rollBack(inputs, kube, outcome, signal, { follow: true });
  } catch (error) {
    endPhase(outcome, 'failed');
    outcome.result = 'failed';
    if (isAbort(error) || error instanceof CancelledError) throw error;
    throw new ActionError(`Rollout failed (${failure.reason}): ${failure.message}. The rollback failed too: ${errorMessage(error)}`, {
      cause: error,
      hint: 'Roll back by hand: kubectl rollout undo deployment/<name> -n <namespace>.',
    });
  }
  const ok = outcome.rollbacks.every((r) => r.ok);
  endPhase(outcome, ok ? 'done' : 'failed');
  outcome.result = ok ? 'rolled-back' : 'failed';
  const notes = outcome.rollbacks.map((r) => `${r.target}: ${r.note}`).join('; ');
  throw new ActionError(`Rollout failed (${failure.reason}): ${failure.message}. ${ok ? 'Rolled back' : 'Rollback incomplete'}: ${notes}.`, {
    hint: hintFor(failure.reason),
  });
}

function hintFor(reason: string): string {
  switch (reason) {
    case 'ErrImagePull':
    case 'ImagePullBackOff':
      return 'Check the image exists (repository, tag or digest) and that the nodes may pull it (ECR: the node role needs ecr:BatchGetImage and ecr:GetDownloadUrlForLayer; a private registry needs imagePullSecrets).';
    case 'InvalidImageName':
      return 'The image reference does not parse; fix the image input.';
    case 'CrashLoopBackOff':
      return 'The container starts and exits; its last log lines are in the job summary.';
    case 'CreateContainerConfigError':
      return 'A Secret or ConfigMap the pod refers to is missing; the Events in the job summary name it.';
    case 'Unschedulable':
      return 'No node can take the pod (resources, node selectors, taints); raise unschedulable-grace if the cluster autoscaler needs longer.';
    case 'ReadinessFailing':
      return 'The readiness probe keeps failing; raise readiness-grace if the model needs longer to load.';
    case 'ProgressDeadlineExceeded':
      return "The Deployment's progressDeadlineSeconds passed without progress.";
    case 'HealthCheckFailed':
      return 'The new version rolled out but did not answer the health checks as expected.';
    default:
      return 'Raise timeout if the rollout needs longer.';
  }
}

/** The step was cancelled after the change: roll back quickly (the runner kills the step ~10 s after SIGINT). */
export async function cancelled(inputs: Inputs, kube: Kube, outcome: Outcome, by: string): Promise<ActionError> {
  endPhase(outcome, 'cancelled');
  outcome.result = 'cancelled';
  if (!outcome.changed) return new CancelledError('preparing the deployment; nothing was changed');
  if (inputs.onCancel === 'leave') {
    core.saveState(STATE.rolledBack, 'true');
    outcome.note = `The run was cancelled (${by}); the rollout was left as it is (on-cancel: leave).`;
    return new CancelledError('the rollout; it was left as it is (on-cancel: leave)');
  }
  phase(outcome, 'Roll back (cancelled)');
  try {
    await rollBack(inputs, kube, outcome, AbortSignal.timeout(6_000), { follow: false, toRevision: (t) => t.previousRevision });
    endPhase(outcome, 'done');
    outcome.note = `The run was cancelled (${by}); ${outcome.rollbacks.map((r) => `${r.target}: ${r.note}`).join('; ')}.`;
    return new CancelledError(`the rollout; ${outcome.rollbacks.map((r) => `${r.target} ${r.note}`).join('; ')}`);
  } catch (error) {
    endPhase(outcome, 'failed');
    outcome.note = `The run was cancelled (${by}) and the rollback failed: ${errorMessage(error)}; the post step tries again.`;
    return new ActionError(`Cancelled, and rolling back failed: ${errorMessage(error)}`, {
      hint: 'The post step tries again; otherwise run kubectl rollout undo.',
    });
  }
}
