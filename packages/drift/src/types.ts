/**
 * Public types of the drift engine. Pure data: every value here is JSON-serialisable so reports and profiles can
 * be written to files and read back.
 */

/** How a column is compared: `numeric` (ordered real values) or `categorical` (labels, counted). */
export type ColumnType = 'numeric' | 'categorical';

/**
 * Drift methods. Names follow Evidently's stattest names where one exists.
 * - `ks`            two-sample Kolmogorov-Smirnov, p-value as scipy.stats.ks_2samp(method='auto'); drift when p < threshold
 * - `chisquare`     scipy.stats.chisquare(f_obs=current counts, f_exp=reference counts * n_cur/n_ref); drift when p < threshold
 * - `z`             two-proportion Z-test (binary columns), p = 2 * (1 - Phi(|z|)); drift when p < threshold
 * - `wasserstein`   Wasserstein-1 / max(std_ddof0(reference), 0.001) (Evidently's normed); drift when >= threshold
 * - `jensenshannon` scipy.spatial.distance.jensenshannon, natural log (max sqrt(ln 2)), Evidently binning; drift when >= threshold
 * - `psi`           sum((r - c) * ln(r / c)) with Evidently's zero fill and binning; drift when >= threshold
 * - `linf`          max |p_ref - p_cur| over categories / bins (L-infinity); drift when >= threshold
 */
export type MethodName = 'ks' | 'chisquare' | 'z' | 'wasserstein' | 'jensenshannon' | 'psi' | 'linf';

/** Whether the method yields a p-value (drift when p < threshold) or a distance (drift when distance >= threshold). */
export type MethodKind = 'p-value' | 'distance';

/** Result of one column's comparison, as it appears in a report. */
export interface ColumnDrift {
  name: string;
  type: ColumnType;
  method: MethodName;
  kind: MethodKind;
  /** The test statistic (KS D, chi-square, z) or the distance itself for distance methods. */
  statistic: number;
  /** Present for p-value methods. */
  pValue?: number;
  /** Present for distance methods (equals `statistic`). */
  distance?: number;
  threshold: number;
  drifted: boolean;
  /** Why this method was used: `default` (Evidently's table) or `override` (caller's per-column choice). */
  chosenBy: 'default' | 'override';
  /** Non-missing values compared (NaN/inf/empty dropped first). */
  nReference: number;
  nCurrent: number;
  /** `exact` when computed from every value; `sketch` when from a bounded-memory summary (see `errorBound`). */
  basis: 'exact' | 'sketch';
  /** From sketches (basis `sketch`): a bound on |statistic - exact statistic| (bounds.ts documents each one). */
  errorBound?: number;
  /** From sketches: an interval that holds the exact statistic (or distance). */
  statisticRange?: [number, number];
  /** From sketches, p-value methods: an interval that holds the exact p-value. */
  pValueRange?: [number, number];
  /**
   * From sketches: true when the interval straddles the threshold, so the exact verdict could differ. The verdict
   * itself is conservative: drift only when the whole interval is past the threshold.
   */
  uncertain?: boolean;
  /** Variant detail, e.g. KS `exact`/`asymp` p-value mode, or the binning used (`sturges:12`, `values:4`). */
  detail?: string;
}

export interface DriftReport {
  columns: ColumnDrift[];
  /** Drifted columns / compared columns (0 when no column was compared). */
  share: number;
  /** share >= driftShare. */
  detected: boolean;
  driftShare: number;
  /** Columns of the reference missing from current, and the reverse (reported, not compared). */
  missingInCurrent: string[];
  missingInReference: string[];
}

/** Per-column override of the method and/or threshold. */
export interface ColumnOptions {
  method?: MethodName;
  threshold?: number;
  type?: ColumnType;
}

export interface CompareOptions {
  /** Overrides by column name. */
  columns?: Record<string, ColumnOptions>;
  /** Override for every column without its own entry. */
  method?: MethodName;
  threshold?: number;
  /** Share of drifted columns at which the dataset counts as drifted (Evidently: 0.5). */
  driftShare?: number;
}

/** Default threshold of each method (Evidently's, L-infinity as NannyML's / Model Monitor's 0.1). */
export const DEFAULT_THRESHOLDS: Readonly<Record<MethodName, number>> = Object.freeze({
  ks: 0.05,
  chisquare: 0.05,
  z: 0.05,
  wasserstein: 0.1,
  jensenshannon: 0.1,
  psi: 0.1,
  linf: 0.1,
});

export const METHOD_KIND: Readonly<Record<MethodName, MethodKind>> = Object.freeze({
  ks: 'p-value',
  chisquare: 'p-value',
  z: 'p-value',
  wasserstein: 'distance',
  jensenshannon: 'distance',
  psi: 'distance',
  linf: 'distance',
});

export const METHOD_NAMES: readonly MethodName[] = Object.freeze(Object.keys(METHOD_KIND) as MethodName[]);
