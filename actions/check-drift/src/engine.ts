// The drift engine as check-drift uses it (@mlops-actions/drift does every statistic), plus the bins of the
// summary's charts: a picture of each column's distribution from what the engine's profiles hold (sorted exact
// values, or a quantile sketch's CDF; category counts). No drift verdict is computed here.
import { CategoricalColumn, NumericColumn, type Profile } from '@mlops-actions/drift';

export {
  CompareError,
  compareProfiles,
  CsvError,
  batchFromRecords,
  isModelMonitorStatistics,
  Profile,
  ProfileBuilder,
  ProfileError,
  profileFromModelMonitorStatistics,
  readCsv,
  readJsonLines,
  readParquet,
  StatisticsError,
  type ColumnDrift,
  type CompareOptions,
  type DriftReport,
  type ProfileOptions,
  type RowBatch,
} from '@mlops-actions/drift';

/** Share of values <= x, from the column's exact sorted values or its sketch's CDF. */
function cdfOf(column: NumericColumn): ((x: number) => number) | undefined {
  const exact = column.exact;
  if (exact?.length) {
    return (x) => {
      let lo = 0;
      let hi = exact.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((exact[mid] as number) <= x) lo = mid + 1;
        else hi = mid;
      }
      return lo / exact.length;
    };
  }
  const sketch = column.sketch?.cdf();
  if (!sketch || sketch.values.length === 0) return undefined;
  const { values, cumulative } = sketch;
  return (x) => {
    let lo = 0;
    let hi = values.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((values[mid] as number) <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? 0 : (cumulative[lo - 1] as number);
  };
}

const BINS = 10;
const CATEGORIES = 10;

const label = (x: number): string => (Math.abs(x) >= 1000 || (Math.abs(x) < 0.01 && x !== 0) ? x.toPrecision(3) : String(Number(x.toFixed(2))));

/** Reference and current shares per display bin (numeric: 10 equal-width bins over both; categorical: the top 10). */
export function chartBins(reference: Profile, current: Profile, name: string): { labels: string[]; reference: number[]; current: number[] } | undefined {
  const ref = reference.columns.get(name);
  const cur = current.columns.get(name);
  if (ref instanceof NumericColumn && cur instanceof NumericColumn) {
    const low = Math.min(ref.min, cur.min);
    const high = Math.max(ref.max, cur.max);
    const refCdf = cdfOf(ref);
    const curCdf = cdfOf(cur);
    if (!refCdf || !curCdf || !Number.isFinite(low) || !Number.isFinite(high) || high <= low) return undefined;
    const width = (high - low) / BINS;
    const edges = Array.from({ length: BINS + 1 }, (_, i) => (i === BINS ? high : low + i * width));
    // The first bin holds the minimum too: F(edge 1); the others F(right) - F(left).
    const shares = (cdf: (x: number) => number): number[] => edges.slice(1).map((edge, i) => (i === 0 ? cdf(edge) : cdf(edge) - cdf(edges[i] as number)));
    return { labels: edges.slice(0, -1).map((e, i) => `${label(e)}–${label(edges[i + 1] as number)}`), reference: shares(refCdf), current: shares(curCdf) };
  }
  if (ref instanceof CategoricalColumn && cur instanceof CategoricalColumn) {
    const total = (c: CategoricalColumn): number => [...c.counts.values()].reduce((a, b) => a + b, 0) || 1;
    const rt = total(ref);
    const ct = total(cur);
    const names = [...new Set([...ref.counts.keys(), ...cur.counts.keys()])]
      .sort((a, b) => (ref.counts.get(b) ?? 0) / rt + (cur.counts.get(b) ?? 0) / ct - ((ref.counts.get(a) ?? 0) / rt + (cur.counts.get(a) ?? 0) / ct))
      .slice(0, CATEGORIES);
    return { labels: names, reference: names.map((n) => (ref.counts.get(n) ?? 0) / rt), current: names.map((n) => (cur.counts.get(n) ?? 0) / ct) };
  }
  return undefined;
}
