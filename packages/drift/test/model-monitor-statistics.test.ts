import { describe, expect, it } from 'vitest';
import {
  batchFromRecords,
  compareProfiles,
  isModelMonitorStatistics,
  NumericColumn,
  OTHER_CATEGORY,
  Profile,
  type ProfileJSON,
  profileFromModelMonitorStatistics,
  profileOf,
  StatisticsError,
} from '../src/index.js';
import { ksStatisticSorted } from '../src/stats/measures.js';
import { sortFloat64 } from '../src/stats/sort.js';
import { numericFeature, statisticsJson, stringFeature } from './deequ-statistics.js';

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

/** A skewed mixture with ties (2 decimals). */
function column(n: number, seed: number, shift: number): Float64Array {
  const r = rng(seed);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const x = r() < 0.7 ? (r() + r() + r() - 1.5) * 10 + shift : -Math.log(1 - r()) * 25 + shift * 2;
    out[i] = Math.round(x * 100) / 100;
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

const N = 300_000;
const reference = column(N, 7, 0);
const sortedReference = sortFloat64(reference.slice());
// 4 partitions merged, as a Spark job's partial sketches are
const stats = statisticsJson(N + 12, [
  numericFeature('x', reference, 12, { partitions: 4 }),
  stringFeature('color', [...Array(900).fill('red'), ...Array(100).fill('blue')], 5),
]);

describe('profileFromModelMonitorStatistics', () => {
  const json = profileFromModelMonitorStatistics(stats);
  const profile = Profile.fromJSON(json);
  const x = profile.columns.get('x') as NumericColumn;

  it('recognises the shape', () => {
    expect(isModelMonitorStatistics(stats)).toBe(true);
    expect(isModelMonitorStatistics(json)).toBe(false);
    expect(isModelMonitorStatistics({ features: 'no' })).toBe(false);
  });

  it('keeps counts and moments (deequ std_dev is the population one: m2 = std² n)', () => {
    expect(json.rows).toBe(N + 12);
    expect(x.count).toBe(N);
    expect(x.missing).toBe(12);
    let mean = 0;
    for (const v of reference) mean += v;
    mean /= N;
    let m2 = 0;
    for (const v of reference) m2 += (v - mean) ** 2;
    expect(Math.abs(x.mean - mean)).toBeLessThan(1e-9);
    expect(Math.abs(x.std() - Math.sqrt(m2 / N)) / Math.sqrt(m2 / N)).toBeLessThan(1e-12);
    expect(x.min).toBe(sortedReference[0]);
    expect(x.max).toBe(sortedReference[N - 1]);
    expect(x.exact).toBeNull();
    expect(x.sketch?.n).toBe(N);
  });

  it('every rank the sketch gives is within the derived bound of the exact rank', () => {
    const sketch = x.sketch;
    if (!sketch) throw new Error('no sketch');
    const { values, cumulative } = sketch.cdf();
    let worst = 0;
    for (let i = 0; i < values.length; i++) {
      const err = Math.abs((cumulative[i] as number) - upper(sortedReference, values[i] as number));
      if (err > worst) worst = err;
    }
    // between retained values the estimate is flat and the truth only rises: check there too, just below each value
    for (let i = 1; i < values.length; i++) {
      const below = upper(sortedReference, (values[i] as number) - 1e-9);
      worst = Math.max(worst, Math.abs(below - (cumulative[i - 1] as number)));
    }
    console.log(
      `deequ KLL (k 2048, c 0.64, 4 partitions) of ${N} values: ${values.length} items, bound ${sketch.rankError.toFixed(0)} (${((100 * sketch.rankError) / N).toFixed(3)}% of n), worst actual ${worst} (${((100 * worst) / N).toFixed(3)}%)`,
    );
    expect(worst).toBeLessThanOrEqual(sketch.rankError);
    expect(sketch.rankError).toBeGreaterThan(0);
    expect(sketch.cdfError).toBeLessThan(0.02);
  });

  it('the bound holds for small k (many levels), sorted and reversed input and merged partitions', () => {
    const ratios: string[] = [];
    for (const k of [32, 200]) {
      for (const order of ['random', 'ascending', 'descending'] as const) {
        for (const partitions of [1, 7]) {
          const values = column(40_000, k + partitions, 0);
          if (order === 'ascending') values.sort();
          if (order === 'descending') values.sort().reverse();
          const sorted = sortFloat64(values.slice());
          const feature = numericFeature('v', values, 0, { k, partitions });
          const converted = Profile.fromJSON(profileFromModelMonitorStatistics(statisticsJson(values.length, [feature]))).columns.get('v') as NumericColumn;
          const sketch = converted.sketch;
          if (!sketch) throw new Error('no sketch');
          const { values: points, cumulative } = sketch.cdf();
          let worst = 0;
          for (let i = 0; i < points.length; i++) {
            worst = Math.max(worst, Math.abs((cumulative[i] as number) - upper(sorted, points[i] as number)));
            if (i > 0) worst = Math.max(worst, Math.abs((cumulative[i - 1] as number) - upper(sorted, (points[i] as number) - 1e-9)));
          }
          expect(worst, `k ${k}, ${order}, ${partitions} partitions`).toBeLessThanOrEqual(sketch.rankError);
          expect(sketch.rankError).toBeLessThanOrEqual(values.length);
          ratios.push(`k ${k} ${order} x${partitions}: ${((100 * worst) / 40_000).toFixed(2)}% <= ${((100 * sketch.rankError) / 40_000).toFixed(2)}%`);
        }
      }
    }
    console.log(`worst rank error <= bound (share of n): ${ratios.join('; ')}`);
  });

  it('KS against exact current data stay within the stated bound, marked as from a sketch', async () => {
    for (const shift of [0, 0.5, 3]) {
      const current = column(20_000, 99 + shift * 10, shift);
      const currentProfile = await profileOf([batchFromRecords(Array.from(current, (v) => ({ x: v })))]);
      const [ks] = compareProfiles(profile, currentProfile, { method: 'ks' }).columns;
      const exact = ksStatisticSorted(sortedReference, sortFloat64(current.slice())).d;
      expect(ks?.basis).toBe('sketch');
      expect(ks?.detail).toBe('asymp');
      // The sketch's CDF error, less where the interval meets 0 or 1 (the engine clamps it there).
      expect(ks?.errorBound).toBeGreaterThan(0);
      expect(ks?.errorBound).toBeLessThanOrEqual(x.sketch?.cdfError as number);
      expect(ks?.statisticRange?.[0]).toBeLessThanOrEqual(exact);
      expect(ks?.statisticRange?.[1]).toBeGreaterThanOrEqual(exact);
      expect(Math.abs((ks?.statistic as number) - exact)).toBeLessThanOrEqual(ks?.errorBound as number);
      if (shift === 0) expect(ks?.drifted).toBe(false);
      if (shift === 3) expect(ks?.drifted).toBe(true);
    }
  });

  it('categorical buckets become counts; counts short of num_present go to the other category', () => {
    const color = profile.columns.get('color');
    expect(color?.type).toBe('categorical');
    expect(color?.toJSON()).toEqual({
      type: 'categorical',
      count: 1000,
      missing: 5,
      counts: [
        ['red', 900],
        ['blue', 100],
      ],
      overflow: false,
    });
    const raw = statisticsJson(10, [stringFeature('c', ['a', 'a', 'b'])]) as { features: Array<{ string_statistics: { common: { num_present: number } } }> };
    (raw.features[0] as { string_statistics: { common: { num_present: number } } }).string_statistics.common.num_present = 5;
    expect(profileFromModelMonitorStatistics(raw).columns.c).toEqual({
      type: 'categorical',
      count: 5,
      missing: 0,
      counts: [
        ['a', 2],
        ['b', 1],
        [OTHER_CATEGORY, 2],
      ],
      overflow: true,
    });
  });

  it('a level-0-only sketch (small data, nothing compacted) has bound 0', () => {
    const small = profileFromModelMonitorStatistics(statisticsJson(100, [numericFeature('s', column(100, 3, 0))])) as ProfileJSON;
    const s = small.columns.s as { sketch: { rankError: number; n: number } };
    expect(s.sketch.rankError).toBe(0);
    expect(s.sketch.n).toBe(100);
  });
});

describe('malformed statistics.json: one error naming the feature and the field', () => {
  type Json = Record<string, unknown>;
  const base = (): Json => JSON.parse(JSON.stringify(statisticsJson(1000, [numericFeature('age', column(1000, 5, 0)), stringFeature('c', ['a'])])));
  /** The object holding the last step of a dotted path (array indexes as numbers). */
  const parent = (json: Json, path: string): [Json, string] => {
    const steps = path.split('.');
    const last = steps.pop() as string;
    return [steps.reduce<Json>((node, step) => node[step] as Json, json), last];
  };
  const set = (path: string, value: unknown) => (j: Json) => {
    const [node, key] = parent(j, path);
    node[key] = value;
  };
  const drop = (path: string) => (j: Json) => {
    const [node, key] = parent(j, path);
    delete node[key];
  };
  const kll = 'features.0.numerical_statistics.distribution.kll';
  const cases: Array<[string, (j: Json) => void, RegExp]> = [
    ['no features', drop('features'), /expected an object with a "features" array/],
    ['no name', set('features.0.name', 3), /features\[0\]\.name: expected a non-empty string/],
    ['no statistics', drop('features.0.numerical_statistics'), /feature "age": has neither numerical_statistics nor string_statistics/],
    [
      'std_dev a string',
      set('features.0.numerical_statistics.std_dev', 'NaN'),
      /feature "age": numerical_statistics\.std_dev: expected a finite number, got "NaN"/,
    ],
    [
      'num_present negative',
      set('features.0.numerical_statistics.common.num_present', -1),
      /feature "age": numerical_statistics\.common\.num_present: expected a whole number/,
    ],
    ['no kll', drop(kll), /feature "age": numerical_statistics\.distribution\.kll: missing/],
    ['a level not an array', set(`${kll}.sketch.data.0`, 5), /feature "age": numerical_statistics\.distribution\.kll\.sketch\.data\[0\]: expected an array/],
    ['an item not a number', set(`${kll}.sketch.data.0.0`, null), /feature "age": .*sketch\.data\[0\]\[0\]: expected a finite number, got null/],
    [
      'weights not num_present',
      set('features.0.numerical_statistics.common.num_present', 999),
      /feature "age": .*sketch\.data: its weights sum to 1000, but num_present is 999/,
    ],
    ['k missing', drop(`${kll}.sketch.parameters.k`), /feature "age": .*sketch\.parameters\.k: expected a finite number/],
    [
      'bucket count',
      set('features.1.string_statistics.distribution.categorical.buckets.0.count', 'many'),
      /feature "c": string_statistics\.distribution\.categorical\.buckets\[0\]\.count: expected a whole number/,
    ],
  ];
  for (const [what, spoil, message] of cases) {
    it(what, () => {
      const j = base();
      spoil(j);
      expect(() => profileFromModelMonitorStatistics(j)).toThrow(StatisticsError);
      expect(() => profileFromModelMonitorStatistics(j)).toThrow(message);
    });
  }
  it('an intact copy converts (the cases above fail only by their fault)', () => {
    expect(() => profileFromModelMonitorStatistics(base())).not.toThrow();
  });
});

it('NumericColumn from the converted JSON round-trips through the profile format', () => {
  const json = profileFromModelMonitorStatistics(stats);
  expect(Profile.fromJSON(JSON.parse(JSON.stringify(Profile.fromJSON(json).toJSON()))).columns.get('x')).toBeInstanceOf(NumericColumn);
});
