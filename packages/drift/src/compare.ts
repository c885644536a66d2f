/**
 * compareProfiles: one drift verdict per column with the method Evidently would use by default (or the caller's
 * override), computed exactly from kept values or, past exactLimit, from sketches with a stated error bound.
 */
import { chooseMethod } from './choose.js';
import { type CategoricalColumn, type ColumnProfile, type NumericColumn, type Profile, ProfileError } from './profile.js';
import { ksPValue, ksTwoSampleSorted } from './stats/ks.js';
import { chiSquare, jensenShannon, lInfinity, normedWassersteinSorted, psi, zTest } from './stats/measures.js';
import { type ColumnDrift, type ColumnType, type CompareOptions, DEFAULT_THRESHOLDS, type DriftReport, METHOD_KIND, type MethodName } from './types.js';

/** A side's distribution as sorted values with cumulative counts (exact: 1, 2, 3...; sketch: weights). */
interface Dist {
  n: number;
  values: Float64Array;
  cumulative: Float64Array | null; // null = exact (cumulative[i] = i + 1)
  cdfError: number; // bound on |F_est - F|
  min: number;
  max: number;
}

function distOf(col: NumericColumn): Dist {
  const ex = col.exact;
  if (ex) return { n: ex.length, values: ex, cumulative: null, cdfError: 0, min: col.min, max: col.max };
  const sk = col.sketch;
  if (!sk) throw new ProfileError('numeric column without values');
  const { values, cumulative } = sk.cdf();
  // rescale so the last cumulative equals n exactly (weights sum to n by construction)
  return { n: sk.n, values, cumulative, cdfError: sk.cdfError, min: col.min, max: col.max };
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
    return { ref: counts(a), cur: counts(b), detail: `sturges:${bins}` };
  }
  const keys = new Set<number>(ref.distinct?.keys() ?? []);
  if (cur.distinct) for (const k of cur.distinct.keys()) keys.add(k);
  else if (cur.exact) for (const v of cur.exact) keys.add(v);
  const sorted = [...keys].sort((x, y) => x - y);
  const countIn = (col: NumericColumn, d: Dist) => sorted.map((k) => col.distinct?.get(k) ?? rank(d, k, false) - rank(d, k, true));
  return { ref: countIn(ref, a), cur: countIn(cur, b), detail: `values:${sorted.length}` };
}

function binCategorical(ref: CategoricalColumn, cur: CategoricalColumn): Binned {
  const keys = [...new Set([...ref.counts.keys(), ...cur.counts.keys()])].sort();
  return { ref: keys.map((k) => ref.counts.get(k) ?? 0), cur: keys.map((k) => cur.counts.get(k) ?? 0), detail: `values:${keys.length}` };
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
  let errorBound: number | undefined;
  let detail: string | undefined;

  if (type === 'numeric') {
    const r = ref as NumericColumn;
    const c = cur as NumericColumn;
    const a = distOf(r);
    const b = distOf(c);
    const exact = a.cumulative === null && b.cumulative === null;
    basis = exact ? 'exact' : 'sketch';
    const cdfErr = a.cdfError + b.cdfError;
    if (method === 'ks') {
      if (exact) {
        const ks = ksTwoSampleSorted(a.values, b.values);
        statistic = ks.statistic;
        pValue = ks.pValue;
        detail = ks.mode;
      } else {
        const { d } = walk(a, b);
        const lcm = a.n * b.n; // D is not a lattice value here; p-value from the asymptotic distribution
        const ks = ksPValue(Math.max(a.n, 10_001), b.n, Math.round(d * lcm), lcm);
        statistic = d;
        pValue = ks.pValue;
        detail = 'asymp';
        errorBound = cdfErr;
      }
    } else if (method === 'wasserstein') {
      const std = r.std();
      if (exact) statistic = normedWassersteinSorted(a.values, b.values, std);
      else {
        statistic = walk(a, b).w / Math.max(std, 0.001);
        errorBound = (cdfErr * (Math.max(a.max, b.max) - Math.min(a.min, b.min))) / Math.max(std, 0.001);
      }
    } else {
      const binned = binNumeric(r, c, a, b, method === 'chisquare' || method === 'z');
      detail = binned.detail;
      ({ statistic, pValue } = fromCounts(method, binned, a.n, b.n));
      if (!exact) errorBound = undefined;
    }
  } else {
    const binned = binCategorical(ref as CategoricalColumn, cur as CategoricalColumn);
    detail = binned.detail;
    ({ statistic, pValue } = fromCounts(method, binned, ref.count, cur.count));
  }
  const drifted = kind === 'p-value' ? (pValue as number) < threshold : statistic >= threshold;
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
  if (errorBound !== undefined) out.errorBound = errorBound;
  if (detail) out.detail = detail;
  return out;
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
