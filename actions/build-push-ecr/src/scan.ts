import type { FailOnSeverity } from './context.js';

/** A finding as the gate judges it (basic or enhanced scanning). */
export interface Finding {
  id: string;
  severity: string;
  packageName?: string;
  packageVersion?: string;
  uri?: string;
}

const RANK: Record<string, number> = { INFORMATIONAL: 0, UNDEFINED: 0, UNTRIAGED: 0, LOW: 1, MEDIUM: 2, HIGH: 3, CRITICAL: 4 };
const THRESHOLD: Record<Exclude<FailOnSeverity, 'none'>, number> = { low: 1, medium: 2, high: 3, critical: 4 };

export interface Verdict {
  /** Findings at or above the threshold that are not allow-listed: the step fails when there is one. */
  blocking: Finding[];
  /** At or above the threshold but allow-listed. */
  allowed: Finding[];
  /** Below the threshold. */
  below: Finding[];
}

export function judge(findings: Finding[], threshold: Exclude<FailOnSeverity, 'none'>, allow: Set<string>): Verdict {
  const verdict: Verdict = { blocking: [], allowed: [], below: [] };
  for (const finding of findings) {
    const rank = RANK[finding.severity.toUpperCase()] ?? 0;
    if (rank < THRESHOLD[threshold]) verdict.below.push(finding);
    else if (allow.has(finding.id.toUpperCase())) verdict.allowed.push(finding);
    else verdict.blocking.push(finding);
  }
  const order = (a: Finding, b: Finding) => (RANK[b.severity.toUpperCase()] ?? 0) - (RANK[a.severity.toUpperCase()] ?? 0) || a.id.localeCompare(b.id);
  verdict.blocking.sort(order);
  verdict.allowed.sort(order);
  verdict.below.sort(order);
  return verdict;
}

/** Counts by severity, highest first: "CRITICAL 1, HIGH 2". */
export function severityCounts(findings: Finding[]): string {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.severity.toUpperCase(), (counts.get(f.severity.toUpperCase()) ?? 0) + 1);
  return [...counts]
    .sort(([a], [b]) => (RANK[b] ?? 0) - (RANK[a] ?? 0))
    .map(([s, n]) => `${s} ${n}`)
    .join(', ');
}
