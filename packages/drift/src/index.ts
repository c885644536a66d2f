// @mlops-actions/drift: pure TypeScript drift statistics (no @actions, no AWS, no I/O of its own).
export { chooseMethod } from './choose.js';
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
export { KS_MAX_EXACT_N, type KsResult, kolmogorovSf, ksPValue, ksTwoSampleSorted, smirnov } from './stats/ks.js';
