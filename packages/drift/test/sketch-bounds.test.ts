import { describe, expect, it } from 'vitest';
import {
  type ColumnDrift,
  CompareError,
  compareProfiles,
  type MethodName,
  type Profile,
  ProfileBuilder,
  type ProfileOptions,
  type RowBatch,
} from '../src/index.js';

/**
 * Every statistic that can come from sketches (KS D and p-value, normed Wasserstein, and PSI, Jensen-Shannon and
 * L-infinity over Sturges bins) against the engine's exact path on the same rows: the exact value must lie in the
 * reported interval, |estimate - exact| <= errorBound, and the conservative verdict never says drift where the
 * exact one does not. Rows are generated batch by batch and streamed into both builders (the sketched one keeps
 * bounded memory; the exact one keeps every value, which is what the exact path is).
 */

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

const NAMES = ['mixture', 'ties', 'tail'] as const;
const TYPES = { mixture: 'numeric', ties: 'numeric', tail: 'numeric', k: 'numeric' } as const;

/**
 * Batches of three numeric columns: a skewed mixture (3 decimals), a column with heavy ties (1 decimal, narrow)
 * and a heavy right tail (sparse extreme bins, where PSI's zero fill matters). `shift` moves the current side.
 */
function* rows(n: number, seed: number, shift: number, batch = 65_536): Generator<RowBatch> {
  const r = rng(seed);
  for (let start = 0; start < n; start += batch) {
    const len = Math.min(batch, n - start);
    const cols = NAMES.map(() => new Float64Array(len));
    const [mixture, ties, tail] = cols as [Float64Array, Float64Array, Float64Array];
    for (let i = 0; i < len; i++) {
      const x = r() < 0.7 ? (r() + r() + r() - 1.5) * 10 + shift : -Math.log(1 - r()) * 25 + shift * 2;
      mixture[i] = Math.round(x * 1000) / 1000;
      ties[i] = Math.round((r() + r() - 1 + shift / 20) * 30) / 10;
      tail[i] = Math.round(1000 * (1 / (1 - r()) ** (1 / (3 - shift)))) / 1000;
    }
    yield { names: NAMES, length: len, badRows: 0, numbers: (c) => cols[c] as Float64Array, strings: () => [] };
  }
}

/** One pass over the generated rows into a sketched and an exact profile. */
function profiles(n: number, seed: number, shift: number, sketch: ProfileOptions): { sketched: Profile; exact: Profile } {
  const sketched = new ProfileBuilder({ types: TYPES, ...sketch });
  const exact = new ProfileBuilder({ types: TYPES, exactLimit: Number.POSITIVE_INFINITY });
  for (const b of rows(n, seed, shift)) {
    sketched.add(b);
    exact.add(b);
  }
  return { sketched: sketched.finish(), exact: exact.finish() };
}

const METHODS: MethodName[] = ['ks', 'wasserstein', 'psi', 'jensenshannon', 'linf'];

interface Check {
  column: string;
  method: MethodName;
  exact: number;
  estimate: number;
  bound: number;
}

function checkBounds(sketch: { ref: Profile; cur: Profile }, exact: { ref: Profile; cur: Profile }, threshold?: number): Check[] {
  const checks: Check[] = [];
  for (const method of METHODS) {
    const options = threshold === undefined ? { method } : { method, threshold };
    const est = compareProfiles(sketch.ref, sketch.cur, options);
    const ex = compareProfiles(exact.ref, exact.cur, options);
    for (const column of NAMES) {
      const s = est.columns.find((c) => c.name === column) as ColumnDrift;
      const e = ex.columns.find((c) => c.name === column) as ColumnDrift;
      const where = `${column} ${method}`;
      expect(e.basis, where).toBe('exact');
      expect(s.basis, where).toBe('sketch');
      const [lo, hi] = s.statisticRange as [number, number];
      expect(e.statistic, where).toBeGreaterThanOrEqual(lo);
      expect(e.statistic, where).toBeLessThanOrEqual(hi);
      expect(Math.abs(s.statistic - e.statistic), where).toBeLessThanOrEqual(s.errorBound as number);
      if (method === 'ks') {
        const [plo, phi] = s.pValueRange as [number, number];
        expect(e.pValue, where).toBeGreaterThanOrEqual(plo);
        expect(e.pValue, where).toBeLessThanOrEqual(phi);
        expect(s.detail, where).toBe(e.detail); // same p-value rule (exact / asymp) as the exact path
      }
      // conservative: no drift the exact computation would not report; certain verdicts are the exact ones
      if (s.drifted) expect(e.drifted, where).toBe(true);
      if (!s.uncertain) expect(s.drifted, where).toBe(e.drifted);
      checks.push({ column, method, exact: e.statistic, estimate: s.statistic, bound: s.errorBound as number });
    }
  }
  return checks;
}

function sided(n: number, sketch: ProfileOptions) {
  const ref = profiles(n, 1, 0, sketch);
  const cur = profiles(n, 2, 0.3, sketch);
  return { sketch: { ref: ref.sketched, cur: cur.sketched }, exact: { ref: ref.exact, cur: cur.exact } };
}

const show = (checks: Check[]) =>
  checks
    .map(
      (c) =>
        `${c.column}/${c.method}: exact ${c.exact.toPrecision(5)} est ${c.estimate.toPrecision(5)} |err| ${Math.abs(c.estimate - c.exact).toExponential(1)} <= ${c.bound.toExponential(1)}`,
    )
    .join('\n');

describe('statistics from sketches stay within their stated bounds (vs the exact path on the same rows)', () => {
  it('200k rows, small sketches (k = 256): wide bounds, every exact value inside', () => {
    const { sketch, exact } = sided(200_000, { exactLimit: 10_000, sketchK: 256 });
    const checks = checkBounds(sketch, exact);
    // the sketches really err (else the test shows nothing), and by less than their bound
    expect(checks.some((c) => c.estimate !== c.exact)).toBe(true);
    console.log(show(checks));
  });

  it('200k rows, default sketches: every exact value inside', () => {
    const { sketch, exact } = sided(200_000, { exactLimit: 10_000 });
    const checks = checkBounds(sketch, exact);
    expect(checks.length).toBe(METHODS.length * NAMES.length);
  });

  it('KS p-values in scipy’s exact regime (<= 10000 values a side): the lattice interval holds the exact p', () => {
    const ref = profiles(6000, 3, 0, { exactLimit: 500, sketchK: 64 });
    const cur = profiles(4000, 4, 0.05, { exactLimit: 500, sketchK: 64 });
    const est = compareProfiles(ref.sketched, cur.sketched, { method: 'ks' });
    const ex = compareProfiles(ref.exact, cur.exact, { method: 'ks' });
    for (const [i, s] of est.columns.entries()) {
      const e = ex.columns[i] as ColumnDrift;
      expect(e.detail).toBe('exact');
      expect(s.detail).toBe('exact');
      const [plo, phi] = s.pValueRange as [number, number];
      expect(e.pValue).toBeGreaterThanOrEqual(plo);
      expect(e.pValue).toBeLessThanOrEqual(phi);
      expect(plo).toBeLessThanOrEqual(phi);
    }
    // thresholds straddled by the p interval: the verdict is "no drift" and marked uncertain
    const wide = est.columns.find((c) => (c.pValueRange as [number, number])[0] < 0.5 && (c.pValueRange as [number, number])[1] >= 0.5);
    if (wide) {
      const again = compareProfiles(ref.sketched, cur.sketched, { method: 'ks', threshold: 0.5 }).columns.find((c) => c.name === wide.name);
      expect(again?.drifted).toBe(false);
      expect(again?.uncertain).toBe(true);
    }
  });

  it('a threshold inside the interval: no drift reported, marked uncertain; past it: drift, certain', () => {
    const { sketch } = sided(100_000, { exactLimit: 5_000 });
    // the column whose interval lies furthest from 0
    const base = compareProfiles(sketch.ref, sketch.cur, { method: 'wasserstein' }).columns.reduce((a, b) =>
      (a.statisticRange as [number, number])[0] >= (b.statisticRange as [number, number])[0] ? a : b,
    );
    const [lo, hi] = base.statisticRange as [number, number];
    expect(lo).toBeGreaterThan(0);
    const verdict = (threshold: number) =>
      compareProfiles(sketch.ref, sketch.cur, { columns: { [base.name]: { method: 'wasserstein', threshold } } }).columns.find(
        (c) => c.name === base.name,
      ) as ColumnDrift;
    const inside = verdict((lo + hi) / 2);
    expect(inside.drifted).toBe(false);
    expect(inside.uncertain).toBe(true);
    const below = verdict(lo * 0.99);
    expect(below.drifted).toBe(true);
    expect(below.uncertain).toBe(false);
  });

  it('per-value methods: exact from distinct-value counts; refused (CompareError) when a side is only a sketch', () => {
    const few = (n: number, seed: number, continuousFrom?: number) => {
      const r = rng(seed);
      const b = new ProfileBuilder({ types: TYPES, exactLimit: 1000, sketchK: 64 });
      for (let s = 0; s < n; s += 10_000) {
        const v = Float64Array.from({ length: 10_000 }, (_, i) => (continuousFrom !== undefined && s + i >= continuousFrom ? r() : Math.floor(r() * 4)));
        b.add({ names: ['k'], length: v.length, badRows: 0, numbers: () => v, strings: () => [] });
      }
      return b.finish();
    };
    const ref = few(50_000, 5);
    const chi = compareProfiles(ref, few(50_000, 6), { method: 'chisquare' }).columns[0] as ColumnDrift;
    expect(chi.basis).toBe('exact');
    expect(chi.statisticRange).toBeUndefined();
    // the current side turns continuous: too many values and distinct values to count per value
    expect(() => compareProfiles(ref, few(50_000, 7, 10_000), { method: 'chisquare' })).toThrow(CompareError);
    expect(() => compareProfiles(ref, few(50_000, 7, 10_000))).toThrow(/method jensenshannon counts each value.*quantile sketch.*use ks or wasserstein/);
  });

  // 1M rows a side by default; DRIFT_SKETCH_ROWS=10000000 for the 10M-row case (the exact path then keeps 2 x 10M
  // values per column, ~1.5 GB, and the run takes minutes on a loaded 2-core machine).
  const big = Number(process.env.DRIFT_SKETCH_ROWS ?? 1_000_000);
  it(`${big} rows a side, default sketches (exactLimit 1M, k 8192 -> sketches past 1M; here exactLimit ${Math.min(big / 4, 1e6)})`, () => {
    const { sketch, exact } = sided(big, { exactLimit: Math.min(big / 4, 1_000_000) });
    const checks = checkBounds(sketch, exact);
    console.log(`${big} rows:\n${show(checks)}`);
  });
});
