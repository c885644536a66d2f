/**
 * The drift measures on exact inputs: count vectors (categorical or binned numeric) and sorted value arrays.
 * Each one follows a named reference implementation (see the doc comments); test/measures.test.ts checks them
 * against scipy on real data.
 */
import { chi2Sf, normalCdf } from './special.js';

/**
 * Evidently's zero fill for PSI: a zero proportion becomes min(nonzero)/1e6 when min(nonzero) <= 1e-4, else 1e-4.
 * Returns a new array.
 */
export function fillZeroes(proportions: Float64Array): Float64Array {
  let min = Number.POSITIVE_INFINITY;
  for (const p of proportions) if (p !== 0 && p < min) min = p;
  const fill = min <= 1e-4 ? min / 1e6 : 1e-4;
  const out = new Float64Array(proportions.length);
  for (let i = 0; i < proportions.length; i++) out[i] = proportions[i] === 0 ? fill : (proportions[i] as number);
  return out;
}

/** Counts divided by the sample size `n` (Evidently divides by len(data), the non-missing count). */
export function proportions(counts: ArrayLike<number>, n: number): Float64Array {
  const out = new Float64Array(counts.length);
  for (let i = 0; i < counts.length; i++) out[i] = (counts[i] as number) / n;
  return out;
}

/**
 * Population Stability Index (Evidently `psi`): sum((r - c) * ln(r / c)) over bins, after Evidently's zero fill
 * of each side. Inputs are counts and sample sizes.
 */
export function psi(refCounts: ArrayLike<number>, nRef: number, curCounts: ArrayLike<number>, nCur: number): number {
  const r = fillZeroes(proportions(refCounts, nRef));
  const c = fillZeroes(proportions(curCounts, nCur));
  let sum = 0;
  for (let i = 0; i < r.length; i++) {
    const ri = r[i] as number;
    const ci = c[i] as number;
    sum += (ri - ci) * Math.log(ri / ci);
  }
  return sum;
}

function relEntr(x: number, y: number): number {
  if (x > 0 && y > 0) return x * Math.log(x / y);
  if (x === 0 && y >= 0) return 0;
  return Number.POSITIVE_INFINITY;
}

/**
 * Jensen-Shannon distance, scipy.spatial.distance.jensenshannon(p, q) with the natural log (Evidently's choice;
 * maximum sqrt(ln 2) ≈ 0.8326). p and q are normalised to sum 1 first, as scipy does. Pass `base` 2 for NannyML's
 * [0, 1] variant.
 */
export function jensenShannon(p: ArrayLike<number>, q: ArrayLike<number>, base?: number): number {
  let sp = 0;
  let sq = 0;
  for (let i = 0; i < p.length; i++) {
    sp += p[i] as number;
    sq += q[i] as number;
  }
  let left = 0;
  let right = 0;
  for (let i = 0; i < p.length; i++) {
    const pi = (p[i] as number) / sp;
    const qi = (q[i] as number) / sq;
    const m = (pi + qi) / 2;
    left += relEntr(pi, m);
    right += relEntr(qi, m);
  }
  let js = (left + right) / 2;
  if (base !== undefined) js /= Math.log(base);
  return Math.sqrt(js);
}

/** L-infinity distance between two proportion vectors: max |p_i - q_i| (inputs are counts + sizes). */
export function lInfinity(refCounts: ArrayLike<number>, nRef: number, curCounts: ArrayLike<number>, nCur: number): number {
  let max = 0;
  for (let i = 0; i < refCounts.length; i++) {
    const d = Math.abs((refCounts[i] as number) / nRef - (curCounts[i] as number) / nCur);
    if (d > max) max = d;
  }
  return max;
}

export interface TestResult {
  statistic: number;
  pValue: number;
}

/**
 * Evidently's chi-square drift test: scipy.stats.chisquare(f_obs = current counts, f_exp = reference counts *
 * n_cur / n_ref), df = k - 1. A category seen only in current has expected 0: the statistic is +Infinity and
 * p = 0 (scipy gives inf and 0 there too) — reported, not a crash.
 */
export function chiSquare(refCounts: ArrayLike<number>, nRef: number, curCounts: ArrayLike<number>, nCur: number): TestResult {
  const k = refCounts.length;
  const norm = nCur / nRef;
  let stat = 0;
  for (let i = 0; i < k; i++) {
    const exp = (refCounts[i] as number) * norm;
    const obs = curCounts[i] as number;
    const d = obs - exp;
    if (exp === 0) {
      if (obs !== 0) stat = Number.POSITIVE_INFINITY;
      continue;
    }
    stat += (d * d) / exp;
  }
  if (k < 2) return { statistic: stat, pValue: Number.NaN };
  return { statistic: stat, pValue: stat === Number.POSITIVE_INFINITY ? 0 : chi2Sf(stat, k - 1) };
}

/**
 * Evidently's two-proportion Z-test for binary columns. `refHits`/`curHits` count the first key of the union of
 * values (Evidently uses list(keys)[0]; the p-value is symmetric in which key is counted).
 * p = 2 * (1 - Φ(|z|)); both sides showing the same single value gives p = 1.
 */
export function zTest(refHits: number, nRef: number, curHits: number, nCur: number): TestResult {
  const p1 = refHits / nRef;
  const p2 = curHits / nCur;
  const P = (p1 * nRef + p2 * nCur) / (nRef + nCur);
  const z = (p1 - p2) / Math.sqrt(P * (1 - P) * (1 / nRef + 1 / nCur));
  if (Number.isNaN(z)) return { statistic: 0, pValue: 1 };
  return { statistic: z, pValue: 2 * (1 - normalCdf(Math.abs(z))) };
}

/**
 * Wasserstein-1 distance between two samples given SORTED ascending (scipy.stats.wasserstein_distance):
 * the integral of |F_ref - F_cur| over the merged values.
 */
export function wassersteinSorted(ref: ArrayLike<number>, cur: ArrayLike<number>): number {
  const n = ref.length;
  const m = cur.length;
  let i = 0;
  let j = 0;
  let sum = 0;
  // Walk the merged order; between consecutive merged values x_k < x_{k+1}, the CDFs are i/n and j/m.
  let prev = Math.min(ref[0] as number, cur[0] as number);
  while (i < n || j < m) {
    const a = i < n ? (ref[i] as number) : Number.POSITIVE_INFINITY;
    const b = j < m ? (cur[j] as number) : Number.POSITIVE_INFINITY;
    const x = a <= b ? a : b;
    if (x > prev) sum += Math.abs(i / n - j / m) * (x - prev);
    prev = x;
    if (a <= b) i++;
    else j++;
  }
  return sum;
}

/** Population standard deviation (ddof 0), two-pass like numpy.std. */
export function populationStd(values: ArrayLike<number>): number {
  const n = values.length;
  let s = 0;
  for (let i = 0; i < n; i++) s += values[i] as number;
  const mean = s / n;
  let ss = 0;
  for (let i = 0; i < n; i++) {
    const d = (values[i] as number) - mean;
    ss += d * d;
  }
  return Math.sqrt(ss / n);
}

/** Evidently's normed Wasserstein: W1(ref, cur) / max(std_ddof0(ref), 0.001). Inputs SORTED ascending. */
export function normedWassersteinSorted(ref: ArrayLike<number>, cur: ArrayLike<number>, refStd = populationStd(ref)): number {
  return wassersteinSorted(ref, cur) / Math.max(refStd, 0.001);
}

/**
 * Two-sample KS statistic on SORTED inputs: D = max |F_ref(x) - F_cur(x)| over observed x, CDFs with
 * side='right' (scipy.stats.ks_2samp). Returned as the integer numerator h of D = h / (n1 * n2 / gcd): exact.
 */
export function ksStatisticSorted(ref: ArrayLike<number>, cur: ArrayLike<number>): { d: number; h: number; lcm: number } {
  const n1 = ref.length;
  const n2 = cur.length;
  const g = gcd(n1, n2);
  const a = n2 / g; // weight of one ref step in units of 1/lcm
  const b = n1 / g;
  let i = 0;
  let j = 0;
  let diff = 0; // i*a - j*b, exact in doubles while |.| < 2^53
  let h = 0;
  while (i < n1 || j < n2) {
    const x = i < n1 ? (ref[i] as number) : (cur[j] as number);
    const y = j < n2 ? (cur[j] as number) : x;
    const v = i < n1 && x <= y ? x : y;
    while (i < n1 && (ref[i] as number) === v) {
      i++;
      diff += a;
    }
    while (j < n2 && (cur[j] as number) === v) {
      j++;
      diff -= b;
    }
    const abs = diff < 0 ? -diff : diff;
    if (abs > h) h = abs;
  }
  const lcm = (n1 / g) * n2;
  return { d: h / lcm, h, lcm };
}

export function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}
