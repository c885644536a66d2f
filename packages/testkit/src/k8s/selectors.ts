// Label and field selectors as the API server parses them from `?labelSelector=` / `?fieldSelector=`, and
// LabelSelector objects (matchLabels + matchExpressions) as controllers use them.
import type { K8sObject, LabelSelector } from './types.js';

export class SelectorError extends Error {}

type Requirement = { key: string; op: 'in' | 'notin' | 'exists' | '!exists' | '=' | '!='; values: string[] };

/** Splits on commas outside parentheses. */
function splitTop(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  if (current.trim() || parts.length > 0) parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

export function parseLabelSelector(text: string): Requirement[] {
  const requirements: Requirement[] = [];
  for (const part of splitTop(text)) {
    let m: RegExpExecArray | null;
    if ((m = /^([^\s!=()]+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(part))) {
      requirements.push({
        key: m[1]!,
        op: m[2] as 'in' | 'notin',
        values: m[3]!
          .split(',')
          .map((v) => v.trim())
          .filter(Boolean),
      });
    } else if ((m = /^([^\s!=()]+)\s*(==|=|!=)\s*([^\s!=()]*)$/.exec(part))) {
      requirements.push({ key: m[1]!, op: m[2] === '!=' ? '!=' : '=', values: [m[3]!] });
    } else if ((m = /^!\s*([^\s!=()]+)$/.exec(part))) {
      requirements.push({ key: m[1]!, op: '!exists', values: [] });
    } else if ((m = /^([^\s!=()]+)$/.exec(part))) {
      requirements.push({ key: m[1]!, op: 'exists', values: [] });
    } else {
      throw new SelectorError(`unable to parse requirement: ${part}`);
    }
  }
  return requirements;
}

function matchesRequirements(labels: Record<string, string>, requirements: Requirement[]): boolean {
  return requirements.every((r) => {
    const has = Object.hasOwn(labels, r.key);
    const value = labels[r.key];
    switch (r.op) {
      case '=':
        return has && value === r.values[0];
      case '!=':
        return !has || value !== r.values[0];
      case 'in':
        return has && r.values.includes(value!);
      case 'notin':
        return !has || !r.values.includes(value!);
      case 'exists':
        return has;
      case '!exists':
        return !has;
    }
  });
}

export function labelSelectorMatcher(text: string | null | undefined): (obj: K8sObject) => boolean {
  if (!text) return () => true;
  const requirements = parseLabelSelector(text);
  return (obj) => matchesRequirements(obj.metadata.labels ?? {}, requirements);
}

/** A LabelSelector object (Deployment/ReplicaSet spec.selector). An empty selector matches everything. */
export function matchesLabelSelector(selector: LabelSelector | undefined, labels: Record<string, string> | undefined): boolean {
  const have = labels ?? {};
  for (const [k, v] of Object.entries(selector?.matchLabels ?? {})) if (have[k] !== v) return false;
  for (const e of selector?.matchExpressions ?? []) {
    const has = Object.hasOwn(have, e.key);
    const values = e.values ?? [];
    if (e.operator === 'In' && !(has && values.includes(have[e.key]!))) return false;
    if (e.operator === 'NotIn' && has && values.includes(have[e.key]!)) return false;
    if (e.operator === 'Exists' && !has) return false;
    if (e.operator === 'DoesNotExist' && has) return false;
  }
  return true;
}

/** The selector as kubectl and the API write it in `?labelSelector=` (matchLabels only, sorted). */
export function selectorString(selector: LabelSelector): string {
  const parts = Object.entries(selector.matchLabels ?? {})
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}=${v}`);
  for (const e of selector.matchExpressions ?? []) {
    if (e.operator === 'In') parts.push(`${e.key} in (${(e.values ?? []).join(',')})`);
    if (e.operator === 'NotIn') parts.push(`${e.key} notin (${(e.values ?? []).join(',')})`);
    if (e.operator === 'Exists') parts.push(e.key);
    if (e.operator === 'DoesNotExist') parts.push(`!${e.key}`);
  }
  return parts.join(',');
}

function lookup(obj: unknown, path: string): unknown {
  let current: unknown = obj;
  for (const segment of path.split('.')) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/** Field selectors: `a.b=v`, `a.b==v`, `a.b!=v`, comma-separated (what the API supports for the served kinds). */
export function fieldSelectorMatcher(text: string | null | undefined): (obj: K8sObject) => boolean {
  if (!text) return () => true;
  const requirements = splitTop(text).map((part) => {
    const m = /^([^!=]+)(==|=|!=)(.*)$/.exec(part);
    if (!m) throw new SelectorError(`invalid selector: '${text}'; can't understand '${part}'`);
    return { path: m[1]!.trim(), negate: m[2] === '!=', value: m[3]!.trim() };
  });
  return (obj) =>
    requirements.every((r) => {
      const v = lookup(obj, r.path);
      const text = v === undefined || v === null ? '' : String(v);
      return r.negate ? text !== r.value : text === r.value;
    });
}
