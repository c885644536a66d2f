/**
 * compareProfiles: one drift verdict per column with the method Evidently would use by default (or the caller's
 * override), computed exactly from kept values or, past exactLimit, from sketches with intervals that hold the
 * exact statistic and p-value (bounds.ts) and a conservative verdict.
 */
import { type BinnedSide, binErrors, jensenShannonRange, lInfinityRange, psiRange, type Range, widen } from './bounds.js';
import { chooseMethod } from './choose.js';
import { type CategoricalColumn, type ColumnProfile, type NumericColumn, type Profile, ProfileError } from './profile.js';
import { ksPValue, ksTwoSampleSorted } from './stats/ks.js';
import { chiSquare, gcd, jensenShannon, lInfinity, normedWassersteinSorted, psi, zTest } from './stats/measures.js';
import { type ColumnDrift, type ColumnType, type CompareOptions, DEFAULT_THRESHOLDS, type DriftReport, METHOD_KIND, type MethodName } from './types.js';

/** A side's distribution as sorted values with cumulative counts (exact: 1, 2, 3...; sketch: weights). */
interface Dist {
  n: number;
  values: Float64Array;
  cumulative: Float64Array | null; // null = exact (cumulative[i] = i + 1)
  cdfError: number; // bound on |F_est - F|
  rankError: number; // the same as a count: bound on |#{v <= x} est - exact|
  min: number;
  max: number;
}

function distOf(col: NumericColumn): Dist {
  const ex = col.exact;
  if (ex) return { n: ex.length, values: ex, cumulative: null, cdfError: 0, rankError: 0, min: col.min, max: col.max };
  const sk = col.sketch;
  if (!sk) throw new ProfileError('numeric column without values');
  const { values, cumulative } = sk.cdf();
  // the last cumulative equals n exactly (weights sum to n by construction)
  return { n: sk.n, values, cumulative, cdfError: sk.cdfError, rankError: sk.rankError, min: col.min, max: col.max };
}

/** #{v < x} (strict=true) or #{v <= x} from a Dist, by binary search. */
function rank(d: Dist, x: number, strict: boolean): number {
  const v = d.values;
  let lo = 0;
  let hi = v.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (strict ? (v[mid] as number) < x : (v[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  if (lo === 0) return 0;
  return d.cumulative ? (d.cumulative[lo - 1] as number) : lo;
}

/** KS D and Wasserstein-1 by walking both CDFs over the union of their points. */
function walk(a: Dist, b: Dist): { d: number; w: number } {
  let i = 0;
  let j = 0;
  const av = a.values;
  const bv = b.values;
  let fa = 0;
  let fb = 0;
  let d = 0;
  let w = 0;
  let prev = Math.min(av[0] as number, bv[0] as number);
  while (i < av.length || j < bv.length) {
    const x = Math.min(i < av.length ? (av[i] as number) : Number.POSITIVE_INFINITY, j < bv.length ? (bv[j] as number) : Number.POSITIVE_INFINITY);
    w += Math.abs(fa - fb) * (x - prev);
    prev = x;
    while (i < av.length && av[i] === x) {
      fa = (a.cumulative ? (a.cumulative[i] as number) : i + 1) / a.n;
      i++;
    }
    while (j < bv.length && bv[j] === x) {
      fb = (b.cumulative ? (b.cumulative[j] as number) : j + 1) / b.n;
      j++;
    }
    const diff = Math.abs(fa - fb);
    if (diff > d) d = diff;
  }
  return { d, w };
}

interface Binned {
  ref: number[];
  cur: number[];
  /** Per-bin error of each side's counts (bounds.ts); null when that side's counts are exact. */
  refErrors: number[] | null;
  curErrors: number[] | null;
  detail: string;
}

/**
 * Evidently's get_binned_data for numeric columns: Sturges edges over both samples when > 20 unique, else per
 * value. Chi-square and the Z-test always count per value (Evidently's chi_stat_test / z_stat_test).
 */
function binNumeric(ref: NumericColumn, cur: NumericColumn, a: Dist, b: Dist, perValue: boolean): Binned {
  if (!perValue && ref.nUnique > 20) {
    const n = a.n + b.n;
    let first = Math.min(a.min, b.min);
    let last = Math.max(a.max, b.max);
    const ptp = last - first;
    if (first === last) {
      first -= 0.5;
      last += 0.5;
    }
    let width = ptp / (Math.log2(n) + 1);
    let bins = 1;
    if (width) {
      const intDtype = ref.integral && cur.integral && ref.missing === 0 && cur.missing === 0;
      if (intDtype && width < 1) width = 1;
      bins = Math.ceil((last - first) / width);
    }
    const step = (last - first) / bins;
    const edges = Array.from({ length: bins + 1 }, (_, i) => (i === bins ? last : i * step + first));
    const counts = (d: Dist) => {
      const cum = edges.map((e, i) => rank(d, e, i !== bins));
      return cum.slice(1).map((c, i) => c - (cum[i] as number));
    };
    const errors = (d: Dist) => (d.rankError > 0 ? binErrors(bins, d.rankError) : null);
    return { ref: counts(a), cur: counts(b), refErrors: errors(a), curErrors: errors(b), detail: `sturges:${bins}` };
  }
  // Per value: exact counts only (the distinct-value counts, or the exact values); a sketch cannot count values.
  const keys = new Set<number>();
  for (const [col, side] of [
    [ref, 'reference'],
    [cur, 'current'],
  ] as const) {
    const values = col.distinct?.keys() ?? col.exact;
    if (!values) throw new PerValueError(side);
    for (const v of values) keys.add(v);
  }
  const sorted = [...keys].sort((x, y) => x - y);
  const countIn = (col: NumericColumn, d: Dist) => sorted.map((k) => col.distinct?.get(k) ?? rank(d, k, false) - rank(d, k, true));
  return { ref: countIn(ref, a), cur: countIn(cur, b), refErrors: null, curErrors: null, detail: `values:${sorted.length}` };
}

/** A per-value count asked of a side kept as a sketch (too many values and too many distinct values). */
class PerValueError extends Error {
  constructor(readonly side: 'reference' | 'current') {
    super(side);
  }
}

function binCategorical(ref: CategoricalColumn, cur: CategoricalColumn): Binned {
  const keys = [...new Set([...ref.counts.keys(), ...cur.counts.keys()])].sort();
  return {
    ref: keys.map((k) => ref.counts.get(k) ?? 0),
    cur: keys.map((k) => cur.counts.get(k) ?? 0),
    refErrors: null,
    curErrors: null,
    detail: `values:${keys.length}`,
  };
}

export class CompareError extends Error {
  override name = 'CompareError';
}

function compareColumn(name: string, ref: ColumnProfile, cur: ColumnProfile, options: CompareOptions): ColumnDrift {
  const o = options.columns?.[name] ?? {};
  let type: ColumnType = o.type ?? ref.type;
  if (ref.type !== cur.type) {
    if (o.type === 'categorical' || ref.type === 'categorical' || cur.type === 'categorical')
      throw new CompareError(`column ${JSON.stringify(name)} is ${ref.type} in the reference but ${cur.type} in current: set its type`);
  }
  type = ref.type;
  if (ref.count === 0 || cur.count === 0)
    throw new CompareError(`column ${JSON.stringify(name)} has no values in the ${ref.count === 0 ? 'reference' : 'current'} data`);
  const overridden = o.method ?? options.method;
  const method: MethodName = overridden ?? chooseMethod(type, ref.count, ref.nUnique);
  if ((method === 'ks' || method === 'wasserstein') && type !== 'numeric')
    throw new CompareError(`column ${JSON.stringify(name)}: method ${method} needs a numeric column`);
  const threshold = o.threshold ?? options.threshold ?? DEFAULT_THRESHOLDS[method];
  const kind = METHOD_KIND[method];
  let statistic: number;
  let pValue: number | undefined;
  let basis: 'exact' | 'sketch' = 'exact';
  let detail: string | undefined;
  let statisticRange: Range | undefined; // from sketches: holds the exact statistic
  let pValueRange: Range | undefined;

  if (type === 'numeric') {
    const r = ref as NumericColumn;
    const c = cur as NumericColumn;
    const a = distOf(r);
    const b = distOf(c);
    const exact = a.cumulative === null && b.cumulative === null;
    const cdfErr = a.cdfError + b.cdfError;
    if (method === 'ks') {
      if (exact) {
        const ks = ksTwoSampleSorted(a.values, b.values);
        statistic = ks.statistic;
        pValue = ks.pValue;
        detail = ks.mode;
      } else {
        const ks = ksFromSketches(a, b, cdfErr);
        ({ statistic, pValue, statisticRange, pValueRange } = ks);
        detail = ks.mode;
      }
    } else if (method === 'wasserstein') {
      const std = r.std();
      if (exact) statistic = normedWassersteinSorted(a.values, b.values, std);
      else {
        statistic = walk(a, b).w / Math.max(std, 0.001);
        const bound = (cdfErr * (Math.max(a.max, b.max) - Math.min(a.min, b.min))) / Math.max(std, 0.001);
        statisticRange = widen([Math.max(0, statistic - bound), statistic + bound]);
      }
    } else {
      let binned: Binned;
      try {
        binned = binNumeric(r, c, a, b, method === 'chisquare' || method === 'z');
      } catch (error) {
        if (!(error instanceof PerValueError)) throw error;
        throw new CompareError(
          `column ${JSON.stringify(name)}: method ${method} counts each value here, but the ${error.side} data has too many values and too many distinct values to count them (it is kept as a quantile sketch); use ks or wasserstein for this column`,
        );
      }
      detail = binned.detail;
      ({ statistic, pValue } = fromCounts(method, binned, a.n, b.n));
      if (binned.refErrors || binned.curErrors) statisticRange = binnedRange(method, binned, a.n, b.n);
    }
    // per-value counts of a sketched column come from its exact distinct-value counts: exact
    if (statisticRange) basis = 'sketch';
  } else {
    const binned = binCategorical(ref as CategoricalColumn, cur as CategoricalColumn);
    detail = binned.detail;
    ({ statistic, pValue } = fromCounts(method, binned, ref.count, cur.count));
  }
  // From sketches, drift only when the whole interval is past the threshold (see bounds.ts).
  const decide = (p: number | undefined, s: number) => (kind === 'p-value' ? (p as number) < threshold : s >= threshold);
  let drifted = decide(pValue, statistic);
  let uncertain: boolean | undefined;
  if (statisticRange) {
    const [worst, best] = kind === 'p-value' ? [pValueRange?.[1], pValueRange?.[0]] : [statisticRange[0], statisticRange[1]];
    drifted = decide(worst, worst as number);
    uncertain = drifted !== decide(best, best as number);
  }
  const out: ColumnDrift = {
    name,
    type,
    method,
    kind,
    statistic,
    threshold,
    drifted,
    chosenBy: overridden ? 'override' : 'default',
    nReference: ref.count,
    nCurrent: cur.count,
    basis,
  };
  if (kind === 'p-value') out.pValue = pValue as number;
  else out.distance = statistic;
  if (statisticRange) {
    out.errorBound = Math.max(statistic - statisticRange[0], statisticRange[1] - statistic);
    out.statisticRange = statisticRange;
    if (pValueRange) out.pValueRange = pValueRange;
    out.uncertain = uncertain as boolean;
  }
  if (detail) out.detail = detail;
  return out;
}

/** KS from sketched CDFs: D within cdfErr of the exact one; p over the lattice values D can take (bounds.ts). */
function ksFromSketches(a: Dist, b: Dist, cdfErr: number): { statistic: number; pValue: number; statisticRange: Range; pValueRange: Range; mode: string } {
  const { d } = walk(a, b);
  const lcm = (a.n / gcd(a.n, b.n)) * b.n; // exact D is h / lcm for an integer h
  const lattice = (x: number, round: (v: number) => number) => Math.min(lcm, Math.max(0, round(x * lcm)));
  const hLow = lattice(d - cdfErr, (v) => Math.ceil(v - 1e-6));
  const hHigh = lattice(d + cdfErr, (v) => Math.floor(v + 1e-6));
  const estimate = ksPValue(a.n, b.n, lattice(d, Math.round), lcm);
  const pLow = ksPValue(a.n, b.n, hHigh, lcm).pValue;
  const pHigh = ksPValue(a.n, b.n, hLow, lcm).pValue;
  return {
    statistic: d,
    pValue: estimate.pValue,
    statisticRange: widen([hLow / lcm, hHigh / lcm]),
    pValueRange: [Math.max(0, widen([pLow, pHigh])[0]), Math.min(1, widen([pLow, pHigh])[1])],
    mode: estimate.mode,
  };
}

/** Interval of a binned distance when a side's counts come from a sketch. */
function binnedRange(method: MethodName, b: Binned, nRef: number, nCur: number): Range {
  const ref: BinnedSide = { counts: b.ref, errors: b.refErrors, n: nRef };
  const cur: BinnedSide = { counts: b.cur, errors: b.curErrors, n: nCur };
  if (method === 'psi') return psiRange(ref, cur);
  if (method === 'jensenshannon') return jensenShannonRange(ref, cur);
  if (method === 'linf') return lInfinityRange(ref, cur);
  throw new CompareError(`method ${method} is never computed from sketched bins`);
}

function fromCounts(method: MethodName, b: Binned, nRef: number, nCur: number): { statistic: number; pValue?: number } {
  switch (method) {
    case 'psi':
      return { statistic: psi(b.ref, nRef, b.cur, nCur) };
    case 'jensenshannon':
      return {
        statistic: jensenShannon(
          b.ref.map((x) => x / nRef),
          b.cur.map((x) => x / nCur),
        ),
      };
    case 'linf':
      return { statistic: lInfinity(b.ref, nRef, b.cur, nCur) };
    case 'chisquare': {
      const r = chiSquare(b.ref, nRef, b.cur, nCur);
      return { statistic: r.statistic, pValue: r.pValue };
    }
    case 'z': {
      // Evidently: same single value on both sides -> p = 1; else count the first key
      const hitsRef = b.ref[0] ?? 0;
      const hitsCur = b.cur[0] ?? 0;
      if (b.ref.length === 1) return { statistic: 0, pValue: 1 };
      const r = zTest(hitsRef, nRef, hitsCur, nCur);
      return { statistic: r.statistic, pValue: r.pValue };
    }
    default:
      throw new CompareError(`method ${method} does not apply to binned data`);
  }
}

/** Compares every column present in both profiles; dataset drift when the drifted share >= driftShare (0.5). */
export function compareProfiles(reference: Profile, current: Profile, options: CompareOptions = {}): DriftReport {
  const driftShare = options.driftShare ?? 0.5;
  const columns: ColumnDrift[] = [];
  const missingInCurrent: string[] = [];
  const missingInReference: string[] = [];
  for (const [name, ref] of reference.columns) {
    const cur = current.columns.get(name);
    if (!cur) {
      missingInCurrent.push(name);
      continue;
    }
    columns.push(compareColumn(name, ref, cur, options));
  }
  for (const name of current.columns.keys()) if (!reference.columns.has(name)) missingInReference.push(name);
  const drifted = columns.filter((c) => c.drifted).length;
  const share = columns.length ? drifted / columns.length : 0;
  return { columns, share, detected: columns.length > 0 && share >= driftShare, driftShare, missingInCurrent, missingInReference };
}
