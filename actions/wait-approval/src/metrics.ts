// The ModelMetrics a package was registered with (ModelQuality, ModelDataQuality, Bias, Explainability reports),
// each read from S3 when it points there, for the `metrics` output and a table in the summary.
import type { ModelPackage } from '@mlops-actions/shared/aws/sagemaker';
import { code, htmlText, type JobSummary } from '@mlops-actions/shared/report';
import { errorMessage } from '@mlops-actions/shared/runtime';

export interface MetricSource {
  /** e.g. ModelQuality.Statistics */
  name: string;
  s3Uri?: string;
  contentType?: string;
  /** The report's JSON, when it was read. */
  content?: unknown;
  /** Why it was not read. */
  error?: string;
}

export interface MetricsReport {
  json: Record<string, Omit<MetricSource, 'name'>>;
  addTo(summary: JobSummary): void;
}

/** Reads an s3:// object as text; throws with a message that says why not. */
export type TextReader = (s3Uri: string) => Promise<string>;

/** Every MetricsSource of the package, by its place in ModelMetrics. */
export function metricSources(pkg: ModelPackage): MetricSource[] {
  const sources: MetricSource[] = [];
  for (const [area, reports] of Object.entries(pkg.ModelMetrics ?? {})) {
    for (const [kind, source] of Object.entries((reports ?? {}) as Record<string, { S3Uri?: string; ContentType?: string } | undefined>)) {
      if (!source || typeof source !== 'object') continue;
      sources.push({
        name: `${area}.${kind}`,
        ...(source.S3Uri ? { s3Uri: source.S3Uri } : {}),
        ...(source.ContentType ? { contentType: source.ContentType } : {}),
      });
    }
  }
  return sources;
}

export async function readMetrics(pkg: ModelPackage, read: TextReader | undefined): Promise<MetricsReport> {
  const sources = metricSources(pkg);
  if (read) {
    await Promise.all(
      sources.map(async (source) => {
        if (!source.s3Uri?.startsWith('s3://')) return;
        try {
          const text = await read(source.s3Uri);
          try {
            source.content = JSON.parse(text) as unknown;
          } catch {
            source.error = 'not JSON';
          }
        } catch (error) {
          source.error = errorMessage(error).split('\n')[0]?.slice(0, 300) ?? 'unreadable';
        }
      }),
    );
  }
  return report(sources);
}

/** Numeric metrics of a SageMaker model quality report: `{ "<kind>_metrics": { name: { value, standard_deviation } } }`. */
export function numericMetrics(content: unknown): Array<{ name: string; value: number; sd?: number }> {
  const rows: Array<{ name: string; value: number; sd?: number }> = [];
  if (!content || typeof content !== 'object') return rows;
  for (const group of Object.values(content as Record<string, unknown>)) {
    if (!group || typeof group !== 'object' || Array.isArray(group)) continue;
    for (const [name, metric] of Object.entries(group as Record<string, unknown>)) {
      const value = (metric as { value?: unknown } | null)?.value;
      const sd = (metric as { standard_deviation?: unknown } | null)?.standard_deviation;
      if (typeof value === 'number' && Number.isFinite(value)) rows.push({ name, value, ...(typeof sd === 'number' && Number.isFinite(sd) ? { sd } : {}) });
    }
  }
  return rows;
}

const MAX_ROWS = 40;
const number = (n: number): string => (Number.isInteger(n) ? String(n) : n.toPrecision(4));

function report(sources: MetricSource[]): MetricsReport {
  const json = Object.fromEntries(sources.map(({ name, ...rest }) => [name, rest]));
  return {
    json,
    addTo(summary) {
      if (sources.length === 0) return;
      const rows: string[][] = [];
      for (const source of sources) {
        const numbers = numericMetrics(source.content);
        if (numbers.length === 0) {
          const why = source.error ? `not read: ${source.error}` : source.content === undefined ? 'not read' : 'no numeric metrics';
          rows.push([htmlText(source.name), '', '', `${source.s3Uri ? code(source.s3Uri) : ''} <i>${htmlText(why)}</i>`]);
          continue;
        }
        for (const m of numbers.slice(0, MAX_ROWS)) {
          rows.push([htmlText(source.name), htmlText(m.name), htmlText(number(m.value)), m.sd !== undefined ? htmlText(`± ${number(m.sd)}`) : '']);
        }
      }
      summary.heading('Metrics', 3).table(['Report', 'Metric', 'Value', ''], rows);
    },
  };
}
