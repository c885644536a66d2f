// Server-side apply (application/apply-patch+yaml) with field ownership: each manager owns the fields it set
// (Update: the fields it changed; Apply: the fields in its configuration). Applying a field another manager owns
// with a different value is a 409 conflict unless force=true (which takes the field over); a field the applier
// owned before and leaves out now is removed when nobody else owns it. Lists with a merge key are merged per
// element (containers by name, ...), other lists are atomic. metadata.managedFields is rendered in FieldsV1 form.
import { ApiStatusError } from './api-errors.js';
import { mergeKeyFor } from './patch.js';
import { apiVersionOf, type ResourceType } from './resources.js';
import { clone, isRecord, type K8sObject } from './types.js';

type Segment = { f: string } | { k: Record<string, unknown> };
type Leaf = { path: Segment[]; value: unknown };

const IGNORED_TOP = new Set(['apiVersion', 'kind', 'status']);
const IGNORED_META = new Set([
  'name',
  'namespace',
  'uid',
  'resourceVersion',
  'generation',
  'creationTimestamp',
  'managedFields',
  'deletionTimestamp',
  'selfLink',
]);

function keyOf(s: Segment): string {
  return 'f' in s ? `f:${s.f}` : `k:${JSON.stringify(s.k)}`;
}

function pathKey(path: Segment[]): string {
  return path.map(keyOf).join('/');
}

function display(path: Segment[]): string {
  return path
    .map((s) =>
      'f' in s
        ? `.${s.f}`
        : `[${Object.entries(s.k)
            .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
            .join(',')}]`,
    )
    .join('');
}

function leaves(value: unknown, path: Segment[], fieldNames: string[], out: Leaf[]): void {
  if (isRecord(value)) {
    const entries = Object.entries(value).filter(([k]) => {
      if (path.length === 0 && IGNORED_TOP.has(k)) return false;
      if (path.length === 1 && 'f' in path[0]! && path[0].f === 'metadata' && IGNORED_META.has(k)) return false;
      return true;
    });
    if (entries.length === 0 && path.length > 0) out.push({ path, value: {} });
    for (const [k, v] of entries) leaves(v, [...path, { f: k }], [...fieldNames, k], out);
    return;
  }
  if (Array.isArray(value)) {
    const field = fieldNames.at(-1) ?? '';
    const mergeKey = mergeKeyFor(fieldNames.slice(0, -1), field);
    if (mergeKey && value.every((e) => isRecord(e) && e[mergeKey] !== undefined)) {
      for (const e of value as Record<string, unknown>[]) {
        const elementPath: Segment[] = [...path, { k: { [mergeKey]: e[mergeKey] } }];
        const rest = Object.entries(e);
        for (const [k, v] of rest) leaves(v, [...elementPath, { f: k }], [...fieldNames, field, k], out);
      }
      return;
    }
  }
  out.push({ path, value });
}

function lookup(obj: unknown, path: Segment[], fieldNames: string[] = []): { found: boolean; value?: unknown } {
  let cur: unknown = obj;
  const names = [...fieldNames];
  for (const s of path) {
    if ('f' in s) {
      if (!isRecord(cur) || !Object.hasOwn(cur, s.f)) return { found: false };
      cur = cur[s.f];
      names.push(s.f);
    } else {
      if (!Array.isArray(cur)) return { found: false };
      const [k, v] = Object.entries(s.k)[0]!;
      cur = cur.find((e) => isRecord(e) && e[k] === v);
      if (cur === undefined) return { found: false };
    }
  }
  return { found: true, value: cur };
}

function remove(obj: unknown, path: Segment[]): void {
  if (path.length === 0) return;
  const parent = lookup(obj, path.slice(0, -1));
  if (!parent.found) return;
  const last = path.at(-1)!;
  if ('f' in last && isRecord(parent.value)) delete parent.value[last.f];
  if ('k' in last && Array.isArray(parent.value)) {
    const [k, v] = Object.entries(last.k)[0]!;
    const i = parent.value.findIndex((e) => isRecord(e) && e[k] === v);
    if (i >= 0) parent.value.splice(i, 1);
  }
}

/** Merge an applied configuration into the live object: maps per key, keyed lists per element, others replaced. */
function merge(live: unknown, applied: unknown, fieldNames: string[]): unknown {
  if (isRecord(applied)) {
    const out: Record<string, unknown> = isRecord(live) ? clone(live) : {};
    for (const [k, v] of Object.entries(applied)) out[k] = merge(out[k], v, [...fieldNames, k]);
    return out;
  }
  if (Array.isArray(applied)) {
    const field = fieldNames.at(-1) ?? '';
    const mergeKey = mergeKeyFor(fieldNames.slice(0, -1), field);
    if (mergeKey && Array.isArray(live)) {
      const out = live.map((e) => clone(e));
      for (const e of applied) {
        if (!isRecord(e)) return clone(applied);
        const i = out.findIndex((x) => isRecord(x) && x[mergeKey] === e[mergeKey]);
        if (i >= 0) out[i] = merge(out[i], e, fieldNames);
        else out.push(clone(e));
      }
      return out;
    }
    return clone(applied);
  }
  return clone(applied);
}

interface ManagerEntry {
  manager: string;
  operation: 'Update' | 'Apply';
  apiVersion: string;
  time: string;
  paths: Map<string, Segment[]>;
}

export class ManagedFields {
  readonly #byObject = new Map<string, ManagerEntry[]>();

  #id(type: ResourceType, obj: K8sObject): string {
    return `${type.resource}/${obj.metadata.namespace ?? ''}/${obj.metadata.name}`;
  }

  entries(type: ResourceType, obj: K8sObject): ManagerEntry[] {
    const id = this.#id(type, obj);
    let list = this.#byObject.get(id);
    if (!list) this.#byObject.set(id, (list = []));
    return list;
  }

  #entry(type: ResourceType, obj: K8sObject, manager: string, operation: 'Update' | 'Apply', time: string): ManagerEntry {
    const list = this.entries(type, obj);
    let e = list.find((x) => x.manager === manager && x.operation === operation);
    if (!e) list.push((e = { manager, operation, apiVersion: apiVersionOf(type), time, paths: new Map() }));
    e.time = time;
    return e;
  }

  /** After a write: an Update takes the fields it changed; then metadata.managedFields is rendered. */
  record(type: ResourceType, current: K8sObject | undefined, next: K8sObject, manager: string, operation: 'Update' | 'Apply', time: string): void {
    if (!current) this.#byObject.delete(this.#id(type, next));
    if (operation === 'Update') {
      const before = new Map<string, unknown>();
      if (current) {
        const old: Leaf[] = [];
        leaves(current, [], [], old);
        for (const l of old) before.set(pathKey(l.path), JSON.stringify(l.value));
      }
      const now: Leaf[] = [];
      leaves(next, [], [], now);
      const changed = now.filter((l) => before.get(pathKey(l.path)) !== JSON.stringify(l.value));
      if (changed.length > 0) {
        const list = this.entries(type, next);
        for (const other of list) for (const l of changed) other.paths.delete(pathKey(l.path));
        const e = this.#entry(type, next, manager, 'Update', time);
        for (const l of changed) e.paths.set(pathKey(l.path), l.path);
      }
    }
    // Drop ownership of fields that no longer exist.
    const present: Leaf[] = [];
    leaves(next, [], [], present);
    const keys = new Set(present.map((l) => pathKey(l.path)));
    const list = this.entries(type, next);
    for (const e of list) for (const k of [...e.paths.keys()]) if (!keys.has(k)) e.paths.delete(k);
    this.#byObject.set(
      this.#id(type, next),
      list.filter((e) => e.paths.size > 0),
    );
    next.metadata.managedFields = this.render(type, next);
  }

  render(type: ResourceType, obj: K8sObject): unknown[] {
    return this.entries(type, obj).map((e) => {
      const fields: Record<string, unknown> = {};
      for (const path of e.paths.values()) {
        let cur = fields;
        for (const s of path) {
          const k = keyOf(s);
          if (!isRecord(cur[k])) {
            cur[k] = {};
            if ('k' in s) (cur[k] as Record<string, unknown>)['.'] = {};
          }
          cur = cur[k] as Record<string, unknown>;
        }
      }
      return { manager: e.manager, operation: e.operation, apiVersion: e.apiVersion, time: e.time, fieldsType: 'FieldsV1', fieldsV1: fields };
    });
  }

  apply(type: ResourceType, current: K8sObject | undefined, applied: K8sObject, manager: string, force: boolean): K8sObject {
    const appliedLeaves: Leaf[] = [];
    leaves(applied, [], [], appliedLeaves);
    const list = current ? this.entries(type, current) : [];
    const conflicts: Array<{ manager: string; path: Segment[] }> = [];
    if (current) {
      for (const l of appliedLeaves) {
        const live = lookup(current, l.path);
        if (live.found && JSON.stringify(live.value) === JSON.stringify(l.value)) continue;
        if (!live.found) continue;
        for (const e of list) {
          if (e.manager === manager && e.operation === 'Apply') continue;
          if (e.paths.has(pathKey(l.path))) conflicts.push({ manager: e.manager, path: l.path });
        }
      }
    }
    if (conflicts.length > 0 && !force) {
      const header =
        conflicts.length === 1
          ? `Apply failed with 1 conflict: conflict with "${conflicts[0]!.manager}" using ${apiVersionOf(type)}: ${display(conflicts[0]!.path)}`
          : `Apply failed with ${conflicts.length} conflicts: ${[...new Set(conflicts.map((c) => c.manager))]
              .map(
                (m) =>
                  `conflicts with "${m}" using ${apiVersionOf(type)}:\n${conflicts
                    .filter((c) => c.manager === m)
                    .map((c) => `- ${display(c.path)}`)
                    .join('\n')}`,
              )
              .join('\n')}`;
      throw new ApiStatusError(409, 'Conflict', header, {
        causes: conflicts.map((c) => ({
          reason: 'FieldManagerConflict',
          message: `conflict with "${c.manager}" using ${apiVersionOf(type)}`,
          field: display(c.path),
        })),
      });
    }
    // Force: the conflicting fields change hands.
    for (const c of conflicts) for (const e of list) if (e.manager === c.manager) e.paths.delete(pathKey(c.path));
    const mine = list.find((e) => e.manager === manager && e.operation === 'Apply');
    const appliedKeys = new Set(appliedLeaves.map((l) => pathKey(l.path)));
    let result = current ? (merge(current, stripServerFields(applied), []) as K8sObject) : clone(applied);
    if (current && mine) {
      for (const [k, path] of mine.paths) {
        if (appliedKeys.has(k)) continue;
        const ownedElsewhere = list.some((e) => e !== mine && e.paths.has(k));
        if (!ownedElsewhere) remove(result, path);
      }
    }
    // Others stop owning what the applier now sets to a new value (shared ownership when equal).
    const time = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
    if (!current) this.#byObject.delete(this.#id(type, applied));
    const entry = this.#entry(type, result, manager, 'Apply', time);
    entry.paths = new Map(appliedLeaves.map((l) => [pathKey(l.path), l.path]));
    result = result as K8sObject;
    return result;
  }
}

function stripServerFields(applied: K8sObject): K8sObject {
  const out = clone(applied);
  delete out.status;
  return out;
}

export function applyPatch(
  type: ResourceType,
  current: K8sObject | undefined,
  applied: K8sObject,
  manager: string,
  force: boolean,
  managed: ManagedFields,
): K8sObject {
  const result = managed.apply(type, current, applied, manager, force);
  result.apiVersion = apiVersionOf(type);
  result.kind = type.kind;
  if (current) {
    result.metadata.uid = current.metadata.uid;
    result.metadata.resourceVersion = current.metadata.resourceVersion;
  }
  return result;
}
