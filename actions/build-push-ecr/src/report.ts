import { JobSummary, code, htmlText, link, truncate } from '@mlops-actions/shared/report';
import type { Inputs } from './context.js';
import type { EnsuredRepository } from '@mlops-actions/shared/aws/ecr';
import type { Finding, Verdict } from './scan.js';

/** What the run came to: the material for the summary. */
export interface Outcome {
  repository: string;
  tags: string[];
  labels: Map<string, string>;
  /** Set once the context is hashed (after the repository call). */
  fingerprint?: string;
  builder: string;
  repositoryInfo?: EnsuredRepository;
  registry?: string;
  imageRepo?: string;
  digest?: string;
  mediaType?: string;
  size?: { layers: number; bytes: number };
  pushed?: boolean;
  scan?: { status: string; verdict?: Verdict; threshold?: string };
  failure?: string;
}

const MAX_FINDINGS = 50;

function bytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}

export function buildSummary(inputs: Inputs, outcome: Outcome): JobSummary {
  const summary = new JobSummary();
  const state = outcome.failure ? '❌' : outcome.pushed === false ? '♻️' : '✅';
  const what = outcome.pushed === false ? 'already there, nothing pushed' : outcome.pushed ? 'pushed' : 'not pushed';
  summary.heading(`${state} Image ${inputs.repository}: ${what}`);
  if (outcome.failure) summary.html(`<b>${htmlText(outcome.failure)}</b>`);
  const consoleUrl = `https://${inputs.session.region}.console.aws.amazon.com/ecr/repositories/private/${outcome.repositoryInfo?.repository.registryId ?? ''}/${inputs.repository}`;
  const ensured = outcome.repositoryInfo;
  const repo = ensured?.repository;
  summary.facts([
    ['Image', outcome.imageRepo && outcome.digest ? code(`${outcome.imageRepo}@${outcome.digest}`) : undefined],
    [
      'Repository',
      `${link(inputs.repository, consoleUrl)}${repo ? htmlText(` (${ensured.created ? 'created' : 'existing'}: tags ${repo.tagMutability}, scan on push ${repo.scanOnPush ? 'on' : 'off'}, ${repo.encryption.type})`) : ''}`,
    ],
    ['Tags', outcome.tags.map((t) => code(t)).join(' ')],
    ['Manifest media type', outcome.mediaType ? code(outcome.mediaType) : undefined],
    ['Size', outcome.size ? htmlText(`${bytes(outcome.size.bytes)} in ${outcome.size.layers} layer(s)`) : undefined],
    ['Builder', htmlText(`${inputs.builder}${outcome.pushed === false ? ' (not run: same build fingerprint)' : ''}`)],
    ['Build fingerprint', outcome.fingerprint ? code(outcome.fingerprint) : undefined],
    ['Labels', [...outcome.labels].map(([k, v]) => `${code(k)} = ${code(truncate(v, 200))}`).join('<br/>')],
    ['Scan', scanLine(outcome)],
  ]);
  const verdict = outcome.scan?.verdict;
  if (verdict && verdict.blocking.length + verdict.allowed.length + verdict.below.length > 0) {
    const rows = [
      ...verdict.blocking.map((f) => findingRow(f, '❌ fails the gate')),
      ...verdict.allowed.map((f) => findingRow(f, '✔️ allow-listed')),
      ...verdict.below.map((f) => findingRow(f, 'below threshold')),
    ];
    summary.heading('Vulnerabilities', 3);
    summary.table(['ID', 'Severity', 'Package', 'Verdict'], rows.slice(0, MAX_FINDINGS));
    if (rows.length > MAX_FINDINGS) summary.html(htmlText(`… and ${rows.length - MAX_FINDINGS} more (see the ECR console).`));
  }
  return summary;
}

function scanLine(outcome: Outcome): string | undefined {
  const scan = outcome.scan;
  if (!scan) return undefined;
  if (!scan.verdict) return htmlText(scan.status === 'TIMED_OUT' ? 'not complete within scan-timeout' : scan.status);
  const v = scan.verdict;
  return htmlText(
    `${scan.status}: ${v.blocking.length} at or above ${scan.threshold?.toUpperCase()} not allowed, ${v.allowed.length} allow-listed, ${v.below.length} below`,
  );
}

function findingRow(f: Finding, verdict: string): string[] {
  const id = f.uri ? link(f.id, f.uri) : htmlText(f.id);
  return [id, htmlText(f.severity), htmlText([f.packageName, f.packageVersion].filter(Boolean).join(' ')), htmlText(verdict)];
}
