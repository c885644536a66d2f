import type { ColumnType, MethodName } from './types.js';

/**
 * Evidently's default drift method for a column (legacy `_get_default_stattest`), from the reference side only:
 * - reference <= 1000 non-missing values: numeric with > 5 unique values -> `ks`; otherwise `chisquare` when
 *   > 2 unique values, else `z` (two-proportion Z-test);
 * - reference > 1000: numeric with > 5 unique values -> `wasserstein` (normed); otherwise `jensenshannon`.
 * `nReference` and `nUnique` count non-missing reference values (NaN/inf dropped first, as Evidently does).
 */
export function chooseMethod(type: ColumnType, nReference: number, nUnique: number): MethodName {
  if (nReference <= 1000) {
    if (type === 'numeric' && nUnique > 5) return 'ks';
    return nUnique > 2 ? 'chisquare' : 'z';
  }
  if (type === 'numeric' && nUnique > 5) return 'wasserstein';
  return 'jensenshannon';
}
