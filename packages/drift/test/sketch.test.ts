import { describe, expect, it } from 'vitest';
import { DEFAULT_SKETCH_K, QuantileSketch } from '../src/index.js';
import { ksStatisticSorted } from '../src/stats/measures.js';
import { sortFloat64, sortShortFloat64 } from '../src/stats/sort.js';

function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A deterministic 10M-value column: a skewed mixture with ties (3 decimals), negative and positive values. */
function column(n: number, seed: number, shift: number): Float64Array {
  const r = rng(seed);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const u = r();
    const x = u < 0.7 ? (r() + r() + r() - 1.5) * 10 + shift : -Math.log(1 - r()) * 25 + shift * 2;
    out[i] = Math.round(x * 1000) / 1000;
  }
  return out;
}

/** Exact #{v <= x} in a sorted array. */
function upper(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function estimated(cdf: { values: Float64Array; cumulative: Float64Array }, x: number): number {
  const i = upper(cdf.values, x);
  return i === 0 ? 0 : (cdf.cumulative[i - 1] as number);
}

describe('sortFloat64', () => {
  it('orders negatives, zeros, tiny and huge values like a numeric sort', () => {
    const r = rng(7);
    const a = Float64Array.from({ length: 100_000 }, (_, i) => (i % 97 === 0 ? 0 : (r() - 0.5) * 10 ** Math.floor(r() * 40 - 20)));
    a[5] = Number.MAX_VALUE;
    a[6] = -Number.MAX_VALUE;
    a[7] = Number.MIN_VALUE;
    a[8] = -5e-324;
    const expected = Array.from(a).sort((x, y) => x - y);
    expect(Array.from(sortFloat64(a.slice()))).toEqual(expected);
  });
});

describe('sortShortFloat64 (sketch levels)', () => {
  it('sorts like a numeric sort: random values, many ties, already sorted, reversed, tiny and sub-ranges', () => {
    const r = rng(11);
    const cases = [
      Float64Array.from({ length: 8192 }, () => (r() - 0.5) * 1e6),
      Float64Array.from({ length: 8192 }, () => Math.floor(r() * 5)),
      Float64Array.from({ length: 5000 }, (_, i) => i),
      Float64Array.from({ length: 5000 }, (_, i) => -i),
      Float64Array.from({ length: 7 }, () => r()),
      new Float64Array(0),
    ];
    for (const a of cases) expect(Array.from(sortShortFloat64(a.slice()))).toEqual(Array.from(a).sort((x, y) => x - y));
    const part = Float64Array.from({ length: 100 }, () => r());
    const sorted = sortShortFloat64(part.slice(), 10, 90);
    expect(Array.from(sorted.subarray(10, 90))).toEqual(Array.from(part.subarray(10, 90)).sort((x, y) => x - y));
    expect(Array.from(sorted.subarray(0, 10))).toEqual(Array.from(part.subarray(0, 10)));
  });

  it('addMany gives the very sketch that add() one by one gives, NaN skipped', () => {
    const r = rng(12);
    const values = Float64Array.from({ length: 200_000 }, (_, i) => (i % 1000 === 0 ? Number.NaN : Math.round(r() * 1e5) / 100));
    const bulk = new QuantileSketch(256);
    bulk.addMany(values, 0, 120_000);
    bulk.addMany(values, 120_000);
    const single = new QuantileSketch(256);
    for (const v of values) if (!Number.isNaN(v)) single.add(v);
    expect(bulk.toJSON()).toEqual(single.toJSON());
    expect(bulk.n).toBe(200_000 - 200);
  });
});

describe('QuantileSketch on a 10M-row column', () => {
  const N = 10_000_000;
  it('every estimated rank and the KS statistic stay within the tracked bound, which stays within the documented one', () => {
    const ref = column(N, 1, 0);
    const cur = column(N, 2, 0.3);
    const sa = new QuantileSketch();
    const sb = new QuantileSketch();
    // the current side is built from two halves and merged (mergeability)
    const sb2 = new QuantileSketch(DEFAULT_SKETCH_K, 12345);
    sa.addMany(ref);
    sb.addMany(cur, 0, N / 2);
    sb2.addMany(cur, N / 2, N);
    sb.merge(sb2);
    expect(sa.n).toBe(N);
    expect(sb.n).toBe(N);
    const documented = (2 * (Math.log2(N / DEFAULT_SKETCH_K) + 1)) / DEFAULT_SKETCH_K;
    expect(sa.cdfError).toBeLessThanOrEqual(documented);
    expect(sb.cdfError).toBeLessThanOrEqual(documented);
    expect(sa.cdfError).toBeGreaterThan(0); // a real sketch, not the exact data

    const sortedRef = sortFloat64(ref.slice());
    const sortedCur = sortFloat64(cur.slice());
    const ca = sa.cdf();
    const cb = sb.cdf();
    let worstA = 0;
    let worstB = 0;
    // every retained value plus 2001 exact quantiles of each side
    const queries = [...ca.values, ...cb.values];
    for (let q = 0; q <= 2000; q++) {
      queries.push(sortedRef[Math.min(N - 1, Math.floor((q / 2000) * N))] as number);
      queries.push(sortedCur[Math.min(N - 1, Math.floor((q / 2000) * N))] as number);
    }
    for (const x of queries) {
      worstA = Math.max(worstA, Math.abs(estimated(ca, x) - upper(sortedRef, x)));
      worstB = Math.max(worstB, Math.abs(estimated(cb, x) - upper(sortedCur, x)));
    }
    expect(worstA).toBeLessThanOrEqual(sa.rankError);
    expect(worstB).toBeLessThanOrEqual(sb.rankError);
    // KS D from the sketches vs the exact D
    const exactD = ksStatisticSorted(sortedRef, sortedCur).d;
    let estD = 0;
    for (const x of queries) estD = Math.max(estD, Math.abs(estimated(ca, x) / N - estimated(cb, x) / N));
    expect(Math.abs(estD - exactD)).toBeLessThanOrEqual(sa.cdfError + sb.cdfError);
    // serialisation keeps the sketch (and its bound) intact
    const back = QuantileSketch.fromJSON(JSON.parse(JSON.stringify(sa.toJSON())));
    expect(back.cdf()).toEqual(ca);
    expect(back.rankError).toBe(sa.rankError);
    console.log(
      `10M: bound ${(sa.cdfError * 100).toFixed(3)}% (documented ${(documented * 100).toFixed(3)}%), worst rank error seen ${((worstA / N) * 100).toFixed(4)}%, D exact ${exactD.toFixed(5)} est ${estD.toFixed(5)}`,
    );
  });
});
