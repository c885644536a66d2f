// The PATCH forms of the API server: JSON Patch (RFC 6902), JSON Merge Patch (RFC 7386) and Kubernetes'
// strategic merge patch (lists of objects merged by their merge key, `$patch` / `$setElementOrder` /
// `$retainKeys` / `$deleteFromPrimitiveList` directives), with the merge keys of the served kinds.
import { clone, isRecord } from './types.js';

export class PatchError extends Error {
  constructor(
    message: string,
    readonly status = 422,
  ) {
    super(message);
  }
}

// ---------- JSON Merge Patch ----------
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isRecord(patch)) return clone(patch);
  const out: Record<string, unknown> = isRecord(target) ? clone(target) : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = mergePatch(out[k], v);
  }
  return out;
}

// ---------- JSON Patch ----------
function pointer(path: string): string[] {
  if (path === '') return [];
  if (!path.startsWith('/')) throw new PatchError(`invalid JSON pointer ${JSON.stringify(path)}`);
  return path
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function parentOf(doc: unknown, segments: string[], op: string, path: string): { parent: unknown; last: string } {
  let cur = doc;
  for (const s of segments.slice(0, -1)) {
    if (Array.isArray(cur)) cur = cur[Number(s)];
    else if (isRecord(cur)) cur = cur[s];
    else cur = undefined;
    if (cur === undefined) throw new PatchError(`${op} operation does not apply: doc is missing path: "${path}": missing value`);
  }
  return { parent: cur, last: segments.at(-1)! };
}

function getAt(doc: unknown, path: string): unknown {
  let cur = doc;
  for (const s of pointer(path)) {
    if (Array.isArray(cur)) cur = cur[Number(s)];
    else if (isRecord(cur)) cur = cur[s];
    else return undefined;
  }
  return cur;
}

export function jsonPatch(target: unknown, ops: unknown): unknown {
  if (!Array.isArray(ops)) throw new PatchError('json: cannot unmarshal object into Go value of type jsonpatch.Patch', 400);
  let doc = clone(target);
  for (const raw of ops) {
    if (!isRecord(raw)) throw new PatchError('invalid JSON Patch operation', 400);
    const op = String(raw.op);
    const path = String(raw.path ?? '');
    const segments = pointer(path);
    const remove = (p: string, segs: string[]): unknown => {
      const { parent, last } = parentOf(doc, segs, 'remove', p);
      if (Array.isArray(parent)) {
        const i = Number(last);
        if (!(i >= 0 && i < parent.length)) throw new PatchError(`remove operation does not apply: doc is missing path: "${p}": missing value`);
        return parent.splice(i, 1)[0];
      }
      if (!isRecord(parent) || !Object.hasOwn(parent, last))
        throw new PatchError(`remove operation does not apply: doc is missing path: "${p}": missing value`);
      const v = parent[last];
      delete parent[last];
      return v;
    };
    const add = (segs: string[], value: unknown, p: string, replace: boolean): void => {
      if (segs.length === 0) {
        doc = clone(value);
        return;
      }
      const { parent, last } = parentOf(doc, segs, replace ? 'replace' : 'add', p);
      if (Array.isArray(parent)) {
        const i = last === '-' ? parent.length : Number(last);
        if (!(i >= 0 && i <= parent.length)) throw new PatchError(`${replace ? 'replace' : 'add'} operation does not apply: doc is missing path: "${p}"`);
        if (replace) parent[i] = clone(value);
        else parent.splice(i, 0, clone(value));
      } else if (isRecord(parent)) {
        if (replace && !Object.hasOwn(parent, last)) throw new PatchError(`replace operation does not apply: doc is missing key: ${p}: missing value`);
        parent[last] = clone(value);
      } else throw new PatchError(`${op} operation does not apply: doc is missing path: "${p}": missing value`);
    };
    switch (op) {
      case 'add':
        add(segments, raw.value, path, false);
        break;
      case 'replace':
        add(segments, raw.value, path, true);
        break;
      case 'remove':
        remove(path, segments);
        break;
      case 'move': {
        const from = String(raw.from ?? '');
        const v = remove(from, pointer(from));
        add(segments, v, path, false);
        break;
      }
      case 'copy': {
        const from = String(raw.from ?? '');
        add(segments, getAt(doc, from), path, false);
        break;
      }
      case 'test':
        if (JSON.stringify(getAt(doc, path)) !== JSON.stringify(raw.value)) throw new PatchError(`testing value ${path} failed: test failed`);
        break;
      default:
        throw new PatchError(`Unexpected kind: ${op}`, 400);
    }
  }
  return doc;
}

// ---------- Strategic merge patch ----------
/**
 * Merge keys by field name for the served kinds (from the Go struct tags `patchMergeKey`). Lists not named
 * here are atomic: the patch's list replaces the stored one. `ports` is keyed by containerPort in a
 * container and by port in a Service spec; the path decides.
 */
function mergeKeyFor(path: string[], field: string): string | undefined {
  switch (field) {
    case 'containers':
    case 'initContainers':
    case 'ephemeralContainers':
    case 'env':
    case 'volumes':
    case 'imagePullSecrets':
    case 'resourceClaims':
      return 'name';
    case 'volumeMounts':
      return 'mountPath';
    case 'volumeDevices':
      return 'devicePath';
    case 'hostAliases':
      return 'ip';
    case 'conditions':
      return 'type';
    case 'ownerReferences':
      return 'uid';
    case 'topologySpreadConstraints':
      return 'topologyKey';
    case 'ports': {
      // Service spec.ports merge on port; container ports on containerPort.
      const inContainer = path.some((p) => p === 'containers' || p === 'initContainers' || p === 'ephemeralContainers');
      return inContainer ? 'containerPort' : 'port';
    }
    default:
      return undefined;
  }
}

/** Primitive lists merged as sets (patchStrategy:"merge" on a list of strings). */
const PRIMITIVE_MERGE_LISTS = new Set(['finalizers']);

export function strategicMergePatch(target: unknown, patch: unknown): unknown {
  if (!isRecord(patch)) throw new PatchError('json: cannot unmarshal array into Go value of type map[string]interface {}', 400);
  return smpMap(isRecord(target) ? target : {}, patch, []);
}

function smpMap(target: Record<string, unknown>, patch: Record<string, unknown>, path: string[]): Record<string, unknown> {
  const directive = patch.$patch;
  if (directive === 'replace') {
    const { $patch: _, ...rest } = patch;
    return clone(rest);
  }
  if (directive === 'delete') return {};
  let out = clone(target);
  const retain = patch.$retainKeys;
  for (const [k, v] of Object.entries(patch)) {
    if (k === '$patch' || k === '$retainKeys' || k.startsWith('$setElementOrder/')) continue;
    if (k.startsWith('$deleteFromPrimitiveList/')) {
      const field = k.slice('$deleteFromPrimitiveList/'.length);
      const list = out[field];
      if (Array.isArray(list) && Array.isArray(v)) out[field] = list.filter((x) => !v.includes(x));
      continue;
    }
    if (v === null) {
      delete out[k];
      continue;
    }
    const current = out[k];
    if (Array.isArray(v)) {
      out[k] = smpList(Array.isArray(current) ? current : [], v, [...path, k], k, patch[`$setElementOrder/${k}`]);
    } else if (isRecord(v)) {
      out[k] = smpMap(isRecord(current) ? current : {}, v, [...path, k]);
    } else out[k] = v;
  }
  if (Array.isArray(retain)) {
    const keep = new Set(retain.map(String));
    out = Object.fromEntries(Object.entries(out).filter(([k]) => keep.has(k)));
  }
  return out;
}

function smpList(target: unknown[], patch: unknown[], path: string[], field: string, order: unknown): unknown[] {
  const mergeKey = mergeKeyFor(path.slice(0, -1), field);
  if (!mergeKey) {
    if (PRIMITIVE_MERGE_LISTS.has(field)) {
      const out = [...target];
      for (const v of patch) if (!out.includes(v)) out.push(v);
      return out;
    }
    // A `$patch: replace` element in an atomic list is the list itself.
    return clone(patch.filter((e) => !(isRecord(e) && e.$patch)));
  }
  if (patch.some((e) => isRecord(e) && e.$patch === 'replace')) {
    return clone(patch.filter((e) => !(isRecord(e) && e.$patch === 'replace')));
  }
  const out = target.map((e) => clone(e));
  for (const element of patch) {
    if (!isRecord(element)) throw new PatchError(`json: cannot unmarshal ${typeof element} into Go struct field of type map`, 400);
    const keyValue = element[mergeKey];
    if (keyValue === undefined) throw new PatchError(`map: ${JSON.stringify(element)} does not contain declared merge key: ${mergeKey}`);
    const index = out.findIndex((e) => isRecord(e) && e[mergeKey] === keyValue);
    if (element.$patch === 'delete') {
      if (index >= 0) out.splice(index, 1);
      continue;
    }
    if (index >= 0) out[index] = smpMap(out[index] as Record<string, unknown>, element, path);
    else out.push(smpMap({}, element, path));
  }
  if (Array.isArray(order)) {
    const rank = (e: unknown): number => {
      const i = order.findIndex((o) => isRecord(o) && isRecord(e) && o[mergeKey] === e[mergeKey]);
      return i < 0 ? Number.MAX_SAFE_INTEGER : i;
    };
    return out
      .map((e, i) => ({ e, i }))
      .sort((a, b) => rank(a.e) - rank(b.e) || a.i - b.i)
      .map((x) => x.e);
  }
  return out;
}

export { mergeKeyFor };
