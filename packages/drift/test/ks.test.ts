import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kolmogorovSf, ksTwoSampleSorted } from '../src/index.js';
import { vegaData } from './data.js';
import { relClose, scipy } from './scipy.js';

/** Deterministic pseudo-random numbers (mulberry32). */
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
const sample = (n: number, seed: number, shift = 0, round = 0) => {
  const r = rng(seed);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = r() + r() + r() + shift; // bell-ish
    out[i] = round ? Math.round(v * round) / round : v;
  }
  return out.sort();
};

describe('KS p-values agree with scipy.stats.ks_2samp(method="auto") to 1e-9 relative', () => {
  it('kstwo.sf over every branch of scipy _kolmogn (Ruben-Gambino, Durbin, Pomeranz, Pelz-Good, Smirnov)', () => {
    const cases: [number, number][] = [];
    for (const n of [2, 7, 30, 100, 140, 141, 500, 5000, 20000, 100_000, 150_000, 1_000_000, 5_000_000]) {
      for (const x of [
        0.3 / n,
        0.8 / n,
        1.5 / n,
        0.5 / Math.sqrt(n),
        0.8 / Math.sqrt(n),
        1.2 / Math.sqrt(n),
        1.6 / Math.sqrt(n),
        2.5 / Math.sqrt(n),
        0.55,
        1 - 1.5 / n,
      ])
        if (x > 0 && x < 1) cases.push([n, x]);
    }
    const py = scipy<number[]>(`print(json.dumps([float(st.kstwo.sf(x, n)) for n, x in data]))`, cases);
    cases.forEach(([n, x], i) => {
      const ours = kolmogorovSf(n, x);
      const theirs = py[i] as number;
      // absolute floor: sf values below 1e-300 are 0 in both up to underflow
      expect(relClose(ours, theirs) || Math.abs(ours - theirs) < 1e-300, `n=${n} x=${x}: ${ours} vs ${theirs}`).toBe(true);
    });
  });

  it('exact and asymptotic modes on generated samples, ties included', () => {
    const pairs: [Float64Array, Float64Array][] = [
      [sample(300, 1), sample(300, 2, 0.1)], // n1 == n2: prob outside square
      [sample(366, 3), sample(365, 4, 0.05)], // unequal exact
      [sample(1000, 5, 0, 10), sample(700, 6, 0.02, 10)], // heavy ties
      [sample(10_000, 7), sample(9_999, 8, 0.01)], // largest exact
      [sample(10_001, 9), sample(5_000, 10, 0.03)], // asymp, en ~ 3334 (n > 140)
      [sample(20_000, 11), sample(60, 12, 0.2)], // asymp with en = 60 (n <= 140 branch)
      [sample(200_000, 13), sample(150_000, 14, 0.002)], // asymp, large n
    ];
    const py = scipy<{ d: number; p: number }[]>(
      `out = []
for a, b in data:
    r = st.ks_2samp(np.array(a), np.array(b))
    out.append({'d': float(r.statistic), 'p': float(r.pvalue)})
print(json.dumps(out))`,
      pairs.map(([a, b]) => [Array.from(a), Array.from(b)]),
    );
    pairs.forEach(([a, b], i) => {
      const ours = ksTwoSampleSorted(a, b);
      const theirs = py[i] as { d: number; p: number };
      expect(relClose(ours.statistic, theirs.d), `#${i} D ${ours.statistic} vs ${theirs.d}`).toBe(true);
      expect(relClose(ours.pValue, theirs.p), `#${i} (${ours.mode}) p ${ours.pValue} vs ${theirs.p}`).toBe(true);
      expect(ours.mode).toBe(Math.max(a.length, b.length) <= 10_000 ? 'exact' : 'asymp');
    });
  });

  it('on seattle-weather columns, 2012 vs 2013', () => {
    const lines = readFileSync(vegaData('seattle-weather.csv'), 'utf8').trim().split('\n').slice(1);
    const cols = ['precipitation', 'temp_max', 'temp_min', 'wind'];
    const get = (year: string, c: number) => Float64Array.from(lines.filter((l) => l.startsWith(year)).map((l) => Number(l.split(',')[c + 1]))).sort();
    const pairs = cols.map((_, c) => [get('2012', c), get('2013', c)] as const);
    const py = scipy<number[]>(
      `print(json.dumps([float(st.ks_2samp(np.array(a), np.array(b)).pvalue) for a, b in data]))`,
      pairs.map(([a, b]) => [Array.from(a), Array.from(b)]),
    );
    pairs.forEach(([a, b], i) => {
      const p = ksTwoSampleSorted(a, b).pValue;
      expect(relClose(p, py[i] as number), `${cols[i]}: ${p} vs ${py[i]}`).toBe(true);
    });
  });
});
