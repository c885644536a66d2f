/**
 * Kubernetes manifests from files and globs inside the workspace: read, parsed as YAML streams, checked to be
 * objects the API server can apply, and given their new images (matched by repository). Nothing here talks to
 * the cluster, so a bad manifest or a path outside the workspace is an error before anything changes.
 */
import { globSync, readFileSync, realpathSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { type ImageReference, type PodSpecLike, type Substitution, substituteImages } from './image-ref.js';

export interface ManifestObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; annotations?: Record<string, string>; [key: string]: unknown };
  [key: string]: unknown;
}

export interface LoadedManifest {
  file: string;
  /** 1-based document index in the file. */
  document: number;
  object: ManifestObject;
}

export class ManifestError extends Error {
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
  ) {
    super(message);
    this.name = 'ManifestError';
  }
}

const MAX_FILE_BYTES = 4 * 1024 * 1024;

function inside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * The files the patterns name, relative to the workspace, sorted and each once. A pattern (or a file it finds,
 * symlinks followed) outside the workspace, or one that finds nothing, is an error.
 */
export function resolveManifestFiles(patterns: string[], workspace: string): string[] {
  const root = realpathSync(workspace);
  const files = new Set<string>();
  for (const pattern of patterns) {
    const absolute = path.resolve(root, pattern);
    if (!inside(root, absolute)) throw new ManifestError(`'${pattern}' is outside the workspace (${workspace})`);
    const found = /[*?[\]{}]/.test(pattern) ? globSync(path.relative(root, absolute), { cwd: root }) : [path.relative(root, absolute)];
    const matched: string[] = [];
    for (const relative of found) {
      const full = path.join(root, relative);
      let real: string;
      try {
        real = realpathSync(full);
      } catch {
        continue;
      }
      if (!inside(root, real)) throw new ManifestError(`'${relative}' leads outside the workspace (a symbolic link to ${real})`);
      const stat = statSync(real);
      if (!stat.isFile()) continue;
      if (!/\.(ya?ml|json)$/i.test(real)) continue;
      matched.push(path.relative(root, real));
    }
    if (matched.length === 0) throw new ManifestError(`'${pattern}' matches no .yaml, .yml or .json file in the workspace`);
    for (const m of matched) files.add(m);
  }
  return [...files].sort();
}

/** Parses every document of every file; empty documents are skipped, a List is flattened. */
export function loadManifests(files: string[], workspace: string): LoadedManifest[] {
  const root = realpathSync(workspace);
  const out: LoadedManifest[] = [];
  for (const file of files) {
    const full = path.join(root, file);
    if (statSync(full).size > MAX_FILE_BYTES) throw new ManifestError(`'${file}' is larger than 4 MiB`, file);
    const text = readFileSync(full, 'utf8');
    const documents = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: true });
    const list = Array.isArray(documents) ? documents : [documents];
    list.forEach((doc, index) => {
      const problem = doc.errors[0];
      if (problem) {
        const line = problem.linePos?.[0]?.line;
        throw new ManifestError(`'${file}' document ${index + 1} is not valid YAML: ${problem.message.split('\n')[0]}`, file, line);
      }
      const value = doc.toJS({ maxAliasCount: 100 }) as unknown;
      if (value === null || value === undefined) return;
      const items = isList(value) ? (value as { items: unknown[] }).items : [value];
      for (const item of items) out.push({ file, document: index + 1, object: checkObject(item, file, index + 1) });
    });
  }
  if (out.length === 0) throw new ManifestError('the manifests hold no Kubernetes object');
  const seen = new Map<string, string>();
  for (const { object, file, document } of out) {
    const key = `${object.apiVersion.split('/')[0]}/${object.kind}/${object.metadata.namespace ?? ''}/${object.metadata.name}`;
    const where = `${file} document ${document}`;
    const before = seen.get(key);
    if (before) throw new ManifestError(`${object.kind} ${object.metadata.name} is defined twice: in ${before} and in ${where}`, file);
    seen.set(key, where);
  }
  return out;
}

function isList(value: unknown): boolean {
  const v = value as { kind?: unknown; items?: unknown };
  return typeof v === 'object' && v !== null && typeof v.kind === 'string' && v.kind.endsWith('List') && Array.isArray(v.items);
}

const NAME = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;

function checkObject(value: unknown, file: string, document: number): ManifestObject {
  const where = `'${file}' document ${document}`;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ManifestError(`${where} is not a Kubernetes object (a mapping)`, file);
  const o = value as Record<string, unknown>;
  if (typeof o.apiVersion !== 'string' || o.apiVersion === '') throw new ManifestError(`${where} has no apiVersion`, file);
  if (typeof o.kind !== 'string' || o.kind === '') throw new ManifestError(`${where} has no kind`, file);
  const metadata = o.metadata as Record<string, unknown> | undefined;
  if (!metadata || typeof metadata !== 'object' || typeof metadata.name !== 'string' || metadata.name === '')
    throw new ManifestError(`${where} (${o.kind}) has no metadata.name`, file);
  if (!NAME.test(metadata.name) || metadata.name.length > 253)
    throw new ManifestError(`${where} (${o.kind}) has metadata.name '${metadata.name}', which is not a lower-case DNS name`, file);
  if (metadata.namespace !== undefined && (typeof metadata.namespace !== 'string' || !NAME.test(metadata.namespace)))
    throw new ManifestError(`${where} (${o.kind} ${metadata.name}) has an invalid metadata.namespace`, file);
  return o as ManifestObject;
}

/** The pod spec inside a workload object (Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, Pod). */
export function podSpecOf(object: ManifestObject): PodSpecLike | undefined {
  const spec = object.spec as Record<string, unknown> | undefined;
  if (!spec) return undefined;
  if (object.kind === 'Pod') return spec as PodSpecLike;
  if (object.kind === 'CronJob') return (spec.jobTemplate as { spec?: { template?: { spec?: PodSpecLike } } } | undefined)?.spec?.template?.spec ?? undefined;
  return (spec.template as { spec?: PodSpecLike } | undefined)?.spec;
}

/** Gives every workload's containers their new images (by repository); returns what changed. */
export function substituteManifestImages(manifests: LoadedManifest[], images: ImageReference[]): Substitution[] {
  const changes: Substitution[] = [];
  for (const { object } of manifests) {
    const spec = podSpecOf(object);
    if (spec) changes.push(...substituteImages(spec, images, `${object.kind}/${object.metadata.name}`));
  }
  return changes;
}
