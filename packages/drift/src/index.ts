// @mlops-actions/drift: pure TypeScript drift statistics (no @actions, no AWS, no I/O of its own: readers take
// the chunks/byte ranges the caller supplies).
export { batchFromRecords, MISSING_TOKENS, parseNumber, type RowBatch, ValueBatch } from './batch.js';
export { CHART_BINS, CHART_CATEGORIES, type ChartBins, chartBins, edgeLabel } from './chart.js';
export { chooseMethod } from './choose.js';
export { CompareError, compareProfiles } from './compare.js';
export { CsvError, type CsvOptions, parseNumberBytes, readCsv } from './csv.js';
export { type JsonLinesOptions, readJsonLines } from './jsonl.js';
export {
  isModelMonitorStatistics,
  kllCapacity,
  kllRankError,
  profileFromModelMonitorStatistics,
  StatisticsError,
} from './model-monitor-statistics.js';
export { type ByteSource, type ParquetOptions, readParquet } from './parquet.js';
export {
  CategoricalColumn,
  type CategoricalColumnJSON,
  type ColumnJSON,
  type ColumnProfile,
  inferColumnTypes,
  NumericColumn,
  type NumericColumnJSON,
  OTHER_CATEGORY,
  PROFILE_FORMAT,
  Profile,
  ProfileBuilder,
  ProfileError,
  type ProfileJSON,
  type ProfileOptions,
  profileOf,
} from './profile.js';
export { DEFAULT_SKETCH_K, QuantileSketch, type SketchJSON } from './sketch.js';
export { KS_MAX_EXACT_N, type KsResult, kolmogorovSf, ksPValue, ksTwoSampleSorted, smirnov } from './stats/ks.js';
export {
  chiSquare,
  fillZeroes,
  gcd,
  jensenShannon,
  ksStatisticSorted,
  lInfinity,
  normedWassersteinSorted,
  populationStd,
  proportions,
  psi,
  type TestResult,
  wassersteinSorted,
  zTest,
} from './stats/measures.js';
export { chi2Sf, erfc, gammaQ, logGamma, normalCdf } from './stats/special.js';
export * from './types.js';
