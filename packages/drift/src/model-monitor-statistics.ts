/**
 * A SageMaker Model Monitor baselining job's `statistics.json` (deequ's output) as the engine's reference profile,
 * so a baseline profiled at scale by SageMaker is compared like a profile saved by save-profile.
 *
 * Numeric features carry deequ's KLL sketch (`distribution.kll.sketch`: `parameters{c,k}`, `data` = one array per
 * compactor level, level h holding items of weight 2^h, as deequ's QuantileNonSample weighs them). It becomes a
 * QuantileSketch with those levels, n = the sum of the weights, and a deterministic rank-error bound derived from
 * the levels themselves, since deequ tracks none:
 *   deequ compacts level h only when it holds at least capacity(h) = 2 (ceil(k c^h / 2) + 1) items, sorts it,
 *   keeps an odd item back and moves every other item up with double weight. One compaction changes the rank of any
 *   value by at most 2^h and moves at least capacity(h)/2 items up. Level h+1 only ever receives from level h
 *   (merges of partition sketches concatenate levels and compact by the same rule), so the weight now above level
 *   h, W_{>h}, is all the weight ever moved up from h: at most W_{>h} / (2^h capacity(h)) compactions of level h,
 *   hence   rankError = Σ_h W_{>h} / capacity(h)   bounds |estimated #{v <= x} - true #{v <= x}| for every x.
 * With the defaults (k 2048, c 0.64) that is well under 1% of n for the level counts of a few million rows; the
 * compare then reports such columns with basis "sketch", the error bound, and an asymptotic KS p-value (never an
 * exact one). deequ's std_dev is the population one (sqrt(m2 / n), Spark's stddev_pop), so m2 = std_dev² n.
 *
 * Categorical features become counts from `distribution.categorical.buckets`; counts short of num_present (a
 * capped histogram) go to OTHER_CATEGORY.
 */
import { type CategoricalColumnJSON, type ColumnJSON, type NumericColumnJSON, OTHER_CATEGORY, PROFILE_FORMAT, type ProfileJSON } from './profile.js';
import type { SketchJSON } from './sketch.js';

export class StatisticsError extends Error {
  override name = 'StatisticsError';
}

/** Whether a parsed JSON value has the shape of a Model Monitor statistics.json (a features array of named entries). */
export function isModelMonitorStatistics(json: unknown): boolean {
  if (!isStatsObject(json) || !Array.isArray(json.features)) return false;
  const first = json.features[0];
  return (
    json.features.length === 0 ||
    (isStatsObject(first) && 'name' in first && ('numerical_statistics' in first || 'string_statistics' in first || 'inferred_type' in first))
  );
}

/** deequ's compactor capacity at height h (QuantileNonSample.capacity). */
export function kllCapacity(k: number, c: number, height: number): number {
  return 2 * (Math.ceil((k * c ** height) / 2) + 1);
}

/** The deterministic rank-error bound of a deequ KLL sketch from its levels (see the file comment). */
export function kllRankError(levels: readonly (readonly number[])[], k: number, c: number): number {
  let above = 0;
  let bound = 0;
  for (let h = levels.length - 1; h >= 0; h--) {
    bound += above / kllCapacity(k, c, h);
    above += (levels[h] as readonly number[]).length * 2 ** h;
  }
  return bound;
}

/** Converts a parsed statistics.json into a reference profile (ProfileJSON); every malformed field is a StatisticsError. */
export function profileFromModelMonitorStatistics(json: unknown): ProfileJSON {
  if (!isStatsObject(json) || !Array.isArray(json.features))
    throw new StatisticsError('statistics.json: expected an object with a "features" array (Model Monitor / deequ statistics)');
  const columns: Record<string, ColumnJSON> = {};
  let rows = 0;
  json.features.forEach((feature, i) => {
    if (!isStatsObject(feature) || typeof feature.name !== 'string' || feature.name === '')
      throw new StatisticsError(`statistics.json: features[${i}].name: expected a non-empty string`);
    const name = feature.name;
    const at = (field: string) => `statistics.json: feature ${JSON.stringify(name)}: ${field}`;
    if (name in columns) throw new StatisticsError(at('appears twice'));
    let column: ColumnJSON;
    if (feature.numerical_statistics !== undefined) column = numericColumn(feature.numerical_statistics, at);
    else if (feature.string_statistics !== undefined) column = categoricalColumn(feature.string_statistics, at);
    else throw new StatisticsError(at('has neither numerical_statistics nor string_statistics'));
    columns[name] = column;
    rows = Math.max(rows, column.count + column.missing);
  });
  if (Object.keys(columns).length === 0) throw new StatisticsError('statistics.json: "features" is empty');
  const itemCount = isStatsObject(json.dataset) ? json.dataset.item_count : undefined;
  if (itemCount !== undefined) rows = wholeCount(itemCount, 'statistics.json: dataset.item_count');
  return { format: PROFILE_FORMAT, rows, badRows: 0, columns };
}

type Where = (field: string) => string;

function statsCommon(stats: Record<string, unknown>, at: Where, kind: string): { present: number; missing: number } {
  const c = stats.common;
  if (!isStatsObject(c)) throw new StatisticsError(at(`${kind}.common: expected an object with num_present and num_missing`));
  return { present: wholeCount(c.num_present, at(`${kind}.common.num_present`)), missing: wholeCount(c.num_missing, at(`${kind}.common.num_missing`)) };
}

function numericColumn(stats: unknown, at: Where): NumericColumnJSON {
  if (!isStatsObject(stats)) throw new StatisticsError(at('numerical_statistics: expected an object'));
  const { present, missing } = statsCommon(stats, at, 'numerical_statistics');
  const empty: NumericColumnJSON = {
    type: 'numeric',
    count: 0,
    missing,
    mean: 0,
    m2: 0,
    min: null,
    max: null,
    integral: true,
    distinct: null,
    exact: null,
    sketch: null,
  };
  if (present === 0) return empty;
  const num = (field: string): number => finiteNumber(stats[field], at(`numerical_statistics.${field}`));
  const mean = num('mean');
  const std = num('std_dev');
  const min = num('min');
  const max = num('max');
  if (std < 0) throw new StatisticsError(at('numerical_statistics.std_dev: expected a number >= 0'));
  if (min > max) throw new StatisticsError(at(`numerical_statistics.min (${min}) is above max (${max})`));
  const kllAt = 'numerical_statistics.distribution.kll';
  const kll = isStatsObject(stats.distribution) ? stats.distribution.kll : undefined;
  if (!isStatsObject(kll)) throw new StatisticsError(at(`${kllAt}: missing (the KLL sketch is what the comparison needs)`));
  const sketch = kll.sketch;
  if (!isStatsObject(sketch)) throw new StatisticsError(at(`${kllAt}.sketch: expected an object with parameters and data`));
  const params = sketch.parameters;
  if (!isStatsObject(params)) throw new StatisticsError(at(`${kllAt}.sketch.parameters: expected an object with c and k`));
  const k = finiteNumber(params.k, at(`${kllAt}.sketch.parameters.k`));
  const c = finiteNumber(params.c, at(`${kllAt}.sketch.parameters.c`));
  if (k < 2 || !Number.isInteger(k)) throw new StatisticsError(at(`${kllAt}.sketch.parameters.k: expected an integer >= 2, got ${k}`));
  if (!(c > 0 && c <= 1)) throw new StatisticsError(at(`${kllAt}.sketch.parameters.c: expected a number in (0, 1], got ${c}`));
  if (!Array.isArray(sketch.data)) throw new StatisticsError(at(`${kllAt}.sketch.data: expected an array of levels (arrays of numbers)`));
  const levels = sketch.data.map((level, h) => {
    if (!Array.isArray(level)) throw new StatisticsError(at(`${kllAt}.sketch.data[${h}]: expected an array of numbers`));
    return level.map((v, i) => {
      const x = finiteNumber(v, at(`${kllAt}.sketch.data[${h}][${i}]`));
      if (x < min || x > max) throw new StatisticsError(at(`${kllAt}.sketch.data[${h}][${i}] (${x}) is outside min..max (${min}..${max})`));
      return x === 0 ? 0 : x;
    });
  });
  const n = levels.reduce((sum, level, h) => sum + level.length * 2 ** h, 0);
  if (n === 0) throw new StatisticsError(at(`${kllAt}.sketch.data: holds no items, but num_present is ${present}`));
  // deequ's compactions keep the total weight: the sketch stands for exactly the values it saw.
  if (n !== present) throw new StatisticsError(at(`${kllAt}.sketch.data: its weights sum to ${n}, but num_present is ${present}`));
  let longest = 0;
  for (const level of levels) longest = Math.max(longest, level.length);
  const json: SketchJSON = {
    // The engine's sketch needs an even k above every level's size; only merges would use it.
    k: Math.max(16, longest + 2 + (longest % 2)),
    n,
    // a rank is never off by more than n: small k gives a bound that says nothing, and says so
    rankError: Math.min(n, kllRankError(levels, k, c)),
    min,
    max,
    seed: 0x9e3779b9,
    levels,
  };
  const integral = Number.isInteger(min) && Number.isInteger(max) && levels.every((level) => level.every(Number.isInteger));
  return { ...empty, count: present, mean, m2: std * std * present, min, max, integral, sketch: json };
}

function categoricalColumn(stats: unknown, at: Where): CategoricalColumnJSON {
  if (!isStatsObject(stats)) throw new StatisticsError(at('string_statistics: expected an object'));
  const { present, missing } = statsCommon(stats, at, 'string_statistics');
  const bucketsAt = 'string_statistics.distribution.categorical.buckets';
  const categorical = isStatsObject(stats.distribution) ? stats.distribution.categorical : undefined;
  const buckets = isStatsObject(categorical) ? categorical.buckets : undefined;
  if (!Array.isArray(buckets)) throw new StatisticsError(at(`${bucketsAt}: expected an array of {value, count}`));
  const counts = new Map<string, number>();
  buckets.forEach((bucket, i) => {
    if (!isStatsObject(bucket)) throw new StatisticsError(at(`${bucketsAt}[${i}]: expected an object with value and count`));
    const value = bucket.value;
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean')
      throw new StatisticsError(at(`${bucketsAt}[${i}].value: expected a string`));
    const key = String(value);
    counts.set(key, (counts.get(key) ?? 0) + wholeCount(bucket.count, at(`${bucketsAt}[${i}].count`)));
  });
  let total = 0;
  for (const c of counts.values()) total += c;
  if (total > present) throw new StatisticsError(at(`${bucketsAt}: the counts sum to ${total}, more than num_present (${present})`));
  const overflow = total < present;
  if (overflow) counts.set(OTHER_CATEGORY, (counts.get(OTHER_CATEGORY) ?? 0) + present - total);
  return { type: 'categorical', count: present, missing, counts: [...counts], overflow };
}

function isStatsObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function finiteNumber(x: unknown, where: string): number {
  if (typeof x !== 'number' || !Number.isFinite(x)) throw new StatisticsError(`${where}: expected a finite number, got ${JSON.stringify(x) ?? 'nothing'}`);
  return x;
}

function wholeCount(x: unknown, where: string): number {
  if (typeof x !== 'number' || !Number.isInteger(x) || x < 0)
    throw new StatisticsError(`${where}: expected a whole number >= 0, got ${JSON.stringify(x) ?? 'nothing'}`);
  return x;
}
