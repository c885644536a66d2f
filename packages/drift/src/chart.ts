/**
 * Display bins for a person reading a report (e.g. a chart of reference vs current): each column's distribution
 * as shares per bin, from what the profiles hold (sorted exact values, or a quantile sketch's CDF; category
 * counts). For pictures only: no drift verdict comes from these bins (compare.ts bins as Evidently does).
 */
import { CategoricalColumn, NumericColumn, type Profile } from './profile.js';

/** Shares of the reference and the current data per display bin, with a label per bin. */
export interface ChartBins {
  labels: string[];
  reference: number[];
  current: number[];
}

/** Equal-width bins of a numeric column, over the range of both sides. */
export const CHART_BINS = 10;
/** The most frequent categories shown (by reference share + current share). */
export const CHART_CATEGORIES = 10;

/** Count of sorted `values` that are <= x. */
function countAtMost(values: Float64Array, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Share of values <= x, from the column's exact sorted values or its sketch's CDF (within its cdfError). */
function cdfOf(column: NumericColumn): ((x: number) => number) | undefined {
  const exact = column.exact;
  if (exact?.length) return (x) => countAtMost(exact, x) / exact.length;
  const sketch = column.sketch;
  const cdf = sketch?.cdf();
  if (!sketch || !cdf || cdf.values.length === 0) return undefined;
  const { values, cumulative } = cdf;
  return (x) => {
    const i = countAtMost(values, x);
    return i === 0 ? 0 : (cumulative[i - 1] as number) / sketch.n;
  };
}

/** A short label for a bin edge: 3 significant digits for very large or small values, else up to 2 decimals. */
export function edgeLabel(x: number): string {
  return Math.abs(x) >= 1000 || (Math.abs(x) < 0.01 && x !== 0) ? x.toPrecision(3) : String(Number(x.toFixed(2)));
}

function numericBins(ref: NumericColumn, cur: NumericColumn): ChartBins | undefined {
  const low = Math.min(ref.min, cur.min);
  const high = Math.max(ref.max, cur.max);
  const refCdf = cdfOf(ref);
  const curCdf = cdfOf(cur);
  if (!refCdf || !curCdf || !Number.isFinite(low) || !Number.isFinite(high) || high <= low) return undefined;
  const width = (high - low) / CHART_BINS;
  const edges = Array.from({ length: CHART_BINS + 1 }, (_, i) => (i === CHART_BINS ? high : low + i * width));
  // The first bin holds the minimum too: F(edge 1); the others F(right) - F(left).
  const shares = (cdf: (x: number) => number): number[] => edges.slice(1).map((edge, i) => (i === 0 ? cdf(edge) : cdf(edge) - cdf(edges[i] as number)));
  return {
    labels: edges.slice(0, -1).map((e, i) => `${edgeLabel(e)}–${edgeLabel(edges[i + 1] as number)}`),
    reference: shares(refCdf),
    current: shares(curCdf),
  };
}

function categoricalBins(ref: CategoricalColumn, cur: CategoricalColumn): ChartBins {
  const total = (c: CategoricalColumn): number => [...c.counts.values()].reduce((a, b) => a + b, 0) || 1;
  const refTotal = total(ref);
  const curTotal = total(cur);
  const weight = (name: string): number => (ref.counts.get(name) ?? 0) / refTotal + (cur.counts.get(name) ?? 0) / curTotal;
  const names = [...new Set([...ref.counts.keys(), ...cur.counts.keys()])].sort((a, b) => weight(b) - weight(a)).slice(0, CHART_CATEGORIES);
  return {
    labels: names,
    reference: names.map((n) => (ref.counts.get(n) ?? 0) / refTotal),
    current: names.map((n) => (cur.counts.get(n) ?? 0) / curTotal),
  };
}

/**
 * Reference and current shares per display bin of column `name`: numeric, CHART_BINS equal-width bins over both
 * sides' range; categorical, the CHART_CATEGORIES most frequent categories. Undefined when the column is missing
 * from either side, its types differ, or a numeric column has no spread to draw.
 */
export function chartBins(reference: Profile, current: Profile, name: string): ChartBins | undefined {
  const ref = reference.columns.get(name);
  const cur = current.columns.get(name);
  if (ref instanceof NumericColumn && cur instanceof NumericColumn) return numericBins(ref, cur);
  if (ref instanceof CategoricalColumn && cur instanceof CategoricalColumn) return categoricalBins(ref, cur);
  return undefined;
}
