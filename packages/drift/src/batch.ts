/**
 * A batch of rows from any reader: column access by index, numbers parsed lazily from the source bytes/values.
 * `numbers(c)` gives NaN for missing, non-numeric and non-finite values (Evidently drops NaN and ±inf first);
 * `strings(c)` gives null for missing values.
 */
export interface RowBatch {
  readonly names: readonly string[];
  readonly length: number;
  /** Malformed rows that the reader skipped while producing this batch (counted, never thrown by default). */
  readonly badRows: number;
  numbers(col: number): Float64Array;
  strings(col: number): (string | null)[];
}

/** Strings that mean "no value" in CSV/JSON sources (pandas' default NA set, the common part). */
export const MISSING_TOKENS: ReadonlySet<string> = new Set(['', 'NA', 'N/A', 'NaN', 'nan', 'null', 'NULL', 'None', '#N/A']);

/** Parses a whole string as a finite number; NaN when it is not one (or missing / ±inf). */
export function parseNumber(s: string | null | undefined): number {
  if (s === null || s === undefined) return Number.NaN;
  const t = s.trim();
  if (t === '' || MISSING_TOKENS.has(t)) return Number.NaN;
  const c = t.charCodeAt(0);
  // Number() accepts hex/binary/"Infinity"; keep to decimal notation like pandas' float parser
  if (!((c >= 48 && c <= 57) || c === 45 || c === 43 || c === 46)) return Number.NaN;
  if (/[xXoObB]/.test(t)) return Number.NaN;
  const v = Number(t);
  return Number.isFinite(v) ? v : Number.NaN;
}

/** A batch over JS values (JSON Lines, Parquet, Data Capture records). */
export class ValueBatch implements RowBatch {
  readonly badRows: number;
  constructor(
    readonly names: readonly string[],
    private readonly columns: readonly (readonly unknown[])[],
    readonly length: number,
    badRows = 0,
  ) {
    this.badRows = badRows;
  }

  numbers(col: number): Float64Array {
    const src = this.columns[col] ?? [];
    const out = new Float64Array(this.length);
    for (let i = 0; i < this.length; i++) {
      const v = src[i];
      if (typeof v === 'number') out[i] = Number.isFinite(v) ? v : Number.NaN;
      else if (typeof v === 'bigint') out[i] = Number(v);
      else if (typeof v === 'boolean') out[i] = v ? 1 : 0;
      else if (typeof v === 'string') out[i] = parseNumber(v);
      else out[i] = Number.NaN;
    }
    return out;
  }

  strings(col: number): (string | null)[] {
    const src = this.columns[col] ?? [];
    const out: (string | null)[] = new Array(this.length);
    for (let i = 0; i < this.length; i++) {
      const v = src[i];
      if (v === null || v === undefined) out[i] = null;
      else if (typeof v === 'string') out[i] = MISSING_TOKENS.has(v) ? null : v;
      else if (typeof v === 'number') out[i] = Number.isNaN(v) ? null : String(v);
      else if (typeof v === 'object') out[i] = v instanceof Date ? v.toISOString() : JSON.stringify(v);
      else out[i] = String(v);
    }
    return out;
  }
}

/**
 * Builds a batch from plain records (e.g. decoded Data Capture rows). Column names: `names` when given, else the
 * keys in first-seen order across the records.
 */
export function batchFromRecords(records: readonly Record<string, unknown>[], names?: readonly string[]): RowBatch {
  let cols = names;
  if (!cols) {
    const seen = new Set<string>();
    for (const r of records) for (const k of Object.keys(r)) seen.add(k);
    cols = [...seen];
  }
  const columns = cols.map((n) => records.map((r) => r[n]));
  return new ValueBatch(cols, columns, records.length);
}
