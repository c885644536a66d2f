// What route handlers share: the state, id sequences, the clock, and helpers every route needs.
import { ApiError, notFound } from './api-error.js';
import type { ShapeContext } from './shapes.js';
import { type IdSequence, nodeId, timestamp, type LabelRecord, type WorldState } from './store.js';

export interface WorldContext extends ShapeContext {
  ids: IdSequence;
  now: () => Date;
  /** Search does not see issues younger than this (GitHub's index lags behind writes). */
  searchIndexDelayMs: number;
  /** /search/issues answers 422 unless q has is:issue or is:pull-request, as GitHub does since 2025. */
  searchRequiresType: boolean;
  /** Login behind the world's token. */
  actor: string;
  visibility: string;
}

export function nowStamp(w: WorldContext): string {
  return timestamp(w.now());
}

/** Only the world's repository exists; any other owner/repo is a 404, like a private repo you cannot see. */
export function assertRepository(w: WorldContext, params: Record<string, string>): void {
  if (`${params.owner}/${params.repo}`.toLowerCase() !== w.repository.toLowerCase()) throw notFound();
}

/** A branch/tag name, `refs/heads/x`, `refs/tags/x`, or a 40-hex SHA -> SHA; GitHub's 422 otherwise. */
export function resolveRef(state: WorldState, ref: string, docs: string): string {
  if (/^[0-9a-f]{40}$/i.test(ref)) return ref.toLowerCase();
  const name = ref.replace(/^refs\/(heads|tags)\//, '');
  const sha = state.refs[name];
  if (!sha) throw new ApiError(422, `No ref found for: ${ref}`, { documentation_url: docs });
  return sha;
}

/** Finds a label by name (case-insensitive), creating it with GitHub's default color when asked to. */
export function ensureLabel(w: WorldContext, name: string, create: boolean): LabelRecord | undefined {
  const existing = w.state.labels.find((l) => l.name.toLowerCase() === name.toLowerCase());
  if (existing || !create) return existing;
  return insertLabel(w, name);
}

/** Adds a label to the repository. */
export function insertLabel(w: WorldContext, name: string, color = 'ededed', description: string | null = null): LabelRecord {
  const id = w.ids.take('label', 6_101_000_001);
  const label: LabelRecord = {
    id,
    node_id: nodeId('LA', id),
    name,
    color: color.replace(/^#/, '').toLowerCase(),
    description,
    default: false,
  };
  w.state.labels.push(label);
  return label;
}

/** Reads label names from `["a", {name: "b"}]`, the forms GitHub accepts. */
export function labelNames(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value
    .map((v) => (typeof v === 'string' ? v : typeof v === 'object' && v !== null ? (v as { name?: unknown }).name : undefined))
    .filter((v): v is string => typeof v === 'string' && v.length > 0);
}
