/**
 * Intervals that hold the exact value of a statistic computed from sketches.
 *
 * Where the error comes from. A QuantileSketch of n values answers #{v <= x} and #{v < x} for every x within its
 * `rankError` R (a count; the sketch tracks it, and R/n <= 2 (log2(n/k) + 1)/k, see sketch.ts). The count of a
 * histogram bin [e_i, e_{i+1}) is the difference of two such ranks, so it is within 2R of the exact count, and
 * within R for the first and last bin (the rank below the overall minimum is 0 and the rank at the overall maximum
 * is n, both exact). A side with exact values has R = 0. Every bound below takes each bin's exact count anywhere in
 * [estimate - error, estimate + error] ∩ [0, n], integer (a "box"), independently of the other bins: a relaxation
 * (it forgets that the errors of neighbouring bins are linked and that counts sum to n), so the intervals are
 * valid and somewhat wider than necessary.
 *
 * Per statistic (D, W from two CDFs; PSI, JS, L-infinity from the bins):
 * - KS D: |D_est - D| <= R_ref/n_ref + R_cur/n_cur (each CDF is within R/n everywhere).
 * - KS p-value: p is a decreasing function of D (scipy's exact lattice probability or kstwo.sf), so p lies in
 *   [p(D_hi), p(D_lo)] for the lattice values D_lo, D_hi nearest inside the D interval. At large n this interval is
 *   often [~0, 1]: a sketch cannot tell a tiny shift from none, and the verdict below is made conservative.
 * - Wasserstein-1 (normed): |W_est - W| <= (R_ref/n_ref + R_cur/n_cur) * (max - min) / max(std_ref, 0.001), since
 *   W is the integral of |F_ref - F_cur| over [min, max].
 * - PSI, Jensen-Shannon: sums over bins of a term g(r, c) of the two proportions that is convex, zero when
 *   r = c and grows as r and c move apart; over a box its maximum is at a corner and its minimum is 0 when the
 *   two ranges overlap, else at the two nearest ends. PSI's zero fill (a zero proportion becomes min(nonzero)/1e6
 *   when that minimum <= 1e-4, else 1e-4) depends on the whole vector: a bin that may be empty is given every fill
 *   it could get, [1e-6/n, 1e-10] or 1e-4. JS is sqrt of half the sum of its terms (natural log).
 * - L-infinity: the largest |r - c|; its interval is [max of the per-bin minima, max of the per-bin maxima].
 * - Chi-square and the Z-test never come from a sketch: they count per value, from the exact value counts a
 *   column keeps up to `distinctLimit` distinct values (or its exact values); past both, compare.ts refuses them.
 * Each interval is widened by 1e-9 relative (plus 1e-15) for floating-point rounding.
 *
 * Verdicts from sketches are conservative in the testing sense: drift is reported only when the whole interval
 * is past the threshold (p-value interval entirely below it; distance interval entirely at or above it), so a
 * sketch never raises a false alarm that the exact computation would not; `uncertain` marks a column whose
 * interval straddles the threshold (the exact verdict could be either).
 */

export type Range = [number, number];

/** Widens [lo, hi] outward for floating-point rounding. */
export function widen([lo, hi]: Range): Range {
  return [lo - Math.abs(lo) * 1e-9 - 1e-15, hi + Math.abs(hi) * 1e-9 + 1e-15];
}

/** Per-bin error (in counts) of a Sturges histogram whose edges are ranks within `rankError` of the exact ones. */
export function binErrors(bins: number, rankError: number): number[] {
  return Array.from({ length: bins }, (_, i) => (i > 0 ? rankError : 0) + (i < bins - 1 ? rankError : 0));
}

/** The exact count's range for an estimated count with an error, as integers within [0, n]. */
function countRange(estimate: number, error: number, n: number): Range {
  return [Math.max(0, Math.ceil(estimate - error - 1e-9)), Math.min(n, Math.floor(estimate + error + 1e-9))];
}

/** A term convex in (r, c), zero on r = c, growing as they move apart. */
type Term = (r: number, c: number) => number;

/** Range of `term` over r in any of `rs` and c in any of `cs` (unions of intervals). */
function termRange(term: Term, rs: Range[], cs: Range[]): Range {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const [r0, r1] of rs) {
    for (const [c0, c1] of cs) {
      hi = Math.max(hi, term(r0, c0), term(r0, c1), term(r1, c0), term(r1, c1));
      const min = r0 > c1 ? term(r0, c1) : c0 > r1 ? term(r1, c0) : 0;
      lo = Math.min(lo, min);
    }
  }
  return [lo, hi];
}

/** A side of a binned comparison: estimated counts, each count's error (all 0 when exact), sample size. */
export interface BinnedSide {
  counts: readonly number[];
  errors: readonly number[] | null;
  n: number;
}

/** Proportion ranges of each bin (one interval per bin). */
function proportionRanges(side: BinnedSide): Range[][] {
  return side.counts.map((count, i) => {
    const [c0, c1] = countRange(count, side.errors?.[i] ?? 0, side.n);
    return [[c0 / side.n, c1 / side.n]];
  });
}

/** Every value PSI may use for each bin of a side after Evidently's zero fill (see fillZeroes in measures.ts). */
function filledRanges(side: BinnedSide): Range[][] {
  if (!side.errors) {
    // exact: the fill is known
    let min = Number.POSITIVE_INFINITY;
    for (const c of side.counts) if (c > 0 && c / side.n < min) min = c / side.n;
    const fill = min <= 1e-4 ? min / 1e6 : 1e-4;
    return side.counts.map((c) => {
      const p = c === 0 ? fill : c / side.n;
      return [[p, p]];
    });
  }
  return side.counts.map((count, i) => {
    const [c0, c1] = countRange(count, side.errors?.[i] ?? 0, side.n);
    const out: Range[] = [];
    if (c1 >= 1) out.push([Math.max(c0, 1) / side.n, c1 / side.n]);
    if (c0 === 0) out.push([1e-6 / side.n, 1e-10], [1e-4, 1e-4]);
    return out;
  });
}

const psiTerm: Term = (r, c) => (r - c) * Math.log(r / c);

/** x ln(2x / (x + y)), 0 at x = 0. */
const half = (x: number, y: number): number => (x > 0 ? x * Math.log((2 * x) / (x + y)) : 0);
const jsTerm: Term = (r, c) => half(r, c) + half(c, r);

const sumRanges = (ranges: Range[]): Range => ranges.reduce<Range>(([a, b], [c, d]) => [a + c, b + d], [0, 0]);

/** Interval of PSI over the boxes of both sides. */
export function psiRange(ref: BinnedSide, cur: BinnedSide): Range {
  const rs = filledRanges(ref);
  const cs = filledRanges(cur);
  return widen(sumRanges(rs.map((r, i) => termRange(psiTerm, r, cs[i] as Range[]))));
}

/** Interval of the Jensen-Shannon distance (natural log) over the boxes of both sides. */
export function jensenShannonRange(ref: BinnedSide, cur: BinnedSide): Range {
  const rs = proportionRanges(ref);
  const cs = proportionRanges(cur);
  const [lo, hi] = sumRanges(rs.map((r, i) => termRange(jsTerm, r, cs[i] as Range[])));
  return widen([Math.sqrt(Math.max(0, lo / 2)), Math.sqrt(Math.min(Math.LN2, hi / 2))]);
}

/** Interval of the L-infinity distance over the boxes of both sides. */
export function lInfinityRange(ref: BinnedSide, cur: BinnedSide): Range {
  const rs = proportionRanges(ref);
  const cs = proportionRanges(cur);
  const terms = rs.map((r, i) => termRange((a, b) => Math.abs(a - b), r, cs[i] as Range[]));
  return widen([Math.max(...terms.map((t) => t[0])), Math.max(...terms.map((t) => t[1]))]);
}
