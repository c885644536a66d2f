/**
 * Streaming column profiles with bounded memory. Per numeric column: count, missing, mean/std (Welford), min/max,
 * whether every value is an integer, value counts while there are at most `distinctLimit` distinct values, the
 * exact values while there are at most `exactLimit` of them (then a QuantileSketch with a tracked error bound).
 * Per categorical column: value counts, capped at `maxCategories` (later new values go to OTHER_CATEGORY).
 */
import { parseNumber, type RowBatch } from './batch.js';
import { DEFAULT_SKETCH_K, QuantileSketch, type SketchJSON } from './sketch.js';
import { sortFloat64 } from './stats/sort.js';
import type { ColumnType } from './types.js';

export const OTHER_CATEGORY = '__other__';
export const PROFILE_FORMAT = 'mlops-actions/drift-profile@1';

export interface ProfileOptions {
  /** Only these columns (default: all). */
  columns?: readonly string[];
  ignoreColumns?: readonly string[];
  /** Types by column name; other columns are inferred from the first batch. */
  types?: Readonly<Record<string, ColumnType>>;
  /** Exact values kept per numeric column up to this many, then a sketch (default 1,000,000). */
  exactLimit?: number;
  /** Sketch size parameter (default 8192). */
  sketchK?: number;
  /** Distinct values counted per numeric column (default 1000). */
  distinctLimit?: number;
  /** Categories counted per categorical column before OTHER_CATEGORY (default 10000). */
  maxCategories?: number;
}

export class ProfileError extends Error {
  override name = 'ProfileError';
}

/** The one wording of a selected column that the data (or a saved profile) does not have. */
function notInTheData(missing: readonly string[]): ProfileError {
  return new ProfileError(`column(s) not in the data: ${missing.map((m) => JSON.stringify(m)).join(', ')}`);
}

/**
 * Types from one batch: numeric when the column has at least one value and every non-missing value parses as a
 * finite decimal number; categorical otherwise.
 */
export function inferColumnTypes(batch: RowBatch, only?: readonly string[]): Record<string, ColumnType> {
  const out: Record<string, ColumnType> = {};
  batch.names.forEach((name, c) => {
    if (only && !only.includes(name)) return;
    const strings = batch.strings(c);
    let seen = 0;
    let numeric = true;
    for (const s of strings) {
      if (s === null) continue;
      seen++;
      if (Number.isNaN(parseNumber(s))) {
        numeric = false;
        break;
      }
    }
    out[name] = numeric && seen > 0 ? 'numeric' : 'categorical';
  });
  return out;
}

export interface NumericColumnJSON {
  type: 'numeric';
  count: number;
  missing: number;
  mean: number;
  m2: number;
  min: number | null;
  max: number | null;
  integral: boolean;
  distinct: [number, number][] | null;
  /** Sorted exact values, little-endian float64, base64. */
  exact: string | null;
  sketch: SketchJSON | null;
}

export interface CategoricalColumnJSON {
  type: 'categorical';
  count: number;
  missing: number;
  counts: [string, number][];
  overflow: boolean;
}

export type ColumnJSON = NumericColumnJSON | CategoricalColumnJSON;

export interface ProfileJSON {
  format: typeof PROFILE_FORMAT;
  rows: number;
  badRows: number;
  columns: Record<string, ColumnJSON>;
}

export class NumericColumn {
  readonly type = 'numeric' as const;
  count = 0;
  missing = 0;
  mean = 0;
  m2 = 0;
  min = Number.POSITIVE_INFINITY;
  max = Number.NEGATIVE_INFINITY;
  integral = true;
  distinct: Map<number, number> | null = new Map();
  private exactBuf: Float64Array | null = new Float64Array(1024);
  private sortedExact: Float64Array | null = null;
  sketch: QuantileSketch | null = null;

  constructor(
    private readonly exactLimit: number,
    private readonly sketchK: number,
    private readonly distinctLimit: number,
  ) {}

  add(values: Float64Array): void {
    // batch moments first (two passes, no division per value), combined with the running ones (Chan et al.)
    let bn = 0;
    let bsum = 0;
    let { min, max, integral } = this;
    for (let i = 0; i < values.length; i++) {
      const v = values[i] as number;
      // biome-ignore lint/suspicious/noSelfCompare: the fastest NaN test in the hot loop
      if (v !== v) continue;
      bn++;
      bsum += v;
      if (v < min) min = v;
      if (v > max) max = v;
      if (integral && Math.floor(v) !== v) integral = false;
    }
    const missing = values.length - bn;
    if (bn > 0) {
      const bmean = bsum / bn;
      let bm2 = 0;
      for (let i = 0; i < values.length; i++) {
        const v = values[i] as number;
        // biome-ignore lint/suspicious/noSelfCompare: the fastest NaN test in the hot loop
        if (v !== v) continue;
        const d = v - bmean;
        bm2 += d * d;
      }
      const n = this.count + bn;
      const delta = bmean - this.mean;
      this.m2 += bm2 + (delta * delta * this.count * bn) / n;
      this.mean += (delta * bn) / n;
    }
    const start = this.count;
    let count = start;
    let buf = this.exactBuf;
    if (buf && start + bn > this.exactLimit) {
      this.sketch = new QuantileSketch(this.sketchK);
      this.sketch.addMany(buf, 0, start);
      buf = null;
    }
    if (buf) {
      if (start + bn > buf.length) {
        let size = buf.length;
        while (size < start + bn) size *= 2;
        const nb = new Float64Array(Math.min(size, this.exactLimit));
        nb.set(buf.subarray(0, start));
        buf = nb;
      }
      for (let i = 0; i < values.length; i++) {
        const v = values[i] as number;
        // biome-ignore lint/suspicious/noSelfCompare: the fastest NaN test in the hot loop
        if (v === v) buf[count++] = v;
      }
    } else {
      (this.sketch as QuantileSketch).addMany(values); // skips NaN
      count += bn;
    }
    const distinct = this.distinct;
    if (distinct) {
      for (let i = 0; i < values.length; i++) {
        const v = values[i] as number;
        if (Number.isNaN(v)) continue;
        distinct.set(v, (distinct.get(v) ?? 0) + 1);
        if (distinct.size > this.distinctLimit) {
          this.distinct = null;
          break;
        }
      }
    }
    this.exactBuf = buf;
    this.sortedExact = null;
    Object.assign(this, { count, min, max, integral });
    this.missing += missing;
  }

  /** Sorted exact values, or null when the column outgrew exactLimit. */
  get exact(): Float64Array | null {
    if (this.sortedExact) return this.sortedExact;
    if (!this.exactBuf) return null;
    // sorted in place: later adds append after count, so the buffer's prefix may be in any order
    this.sortedExact = sortFloat64(this.exactBuf.subarray(0, this.count));
    return this.sortedExact;
  }

  /** Population std (ddof 0); two-pass over exact values when kept (as numpy), Welford otherwise. */
  std(): number {
    const ex = this.exact;
    if (ex && ex.length > 0) {
      let s = 0;
      for (const v of ex) s += v;
      const mu = s / ex.length;
      let ss = 0;
      for (const v of ex) ss += (v - mu) * (v - mu);
      return Math.sqrt(ss / ex.length);
    }
    return this.count > 0 ? Math.sqrt(this.m2 / this.count) : Number.NaN;
  }

  /** Number of distinct values, or Infinity when more than distinctLimit. */
  get nUnique(): number {
    return this.distinct ? this.distinct.size : Number.POSITIVE_INFINITY;
  }

  toJSON(): NumericColumnJSON {
    const ex = this.exact;
    return {
      type: 'numeric',
      count: this.count,
      missing: this.missing,
      mean: this.mean,
      m2: this.m2,
      min: this.count ? this.min : null,
      max: this.count ? this.max : null,
      integral: this.integral,
      distinct: this.distinct ? [...this.distinct] : null,
      exact: ex ? toBase64(new Uint8Array(ex.buffer, ex.byteOffset, ex.byteLength)) : null,
      sketch: this.sketch ? this.sketch.toJSON() : null,
    };
  }

  static fromJSON(j: NumericColumnJSON): NumericColumn {
    const c = new NumericColumn(Number.POSITIVE_INFINITY, j.sketch?.k ?? DEFAULT_SKETCH_K, Number.POSITIVE_INFINITY);
    c.count = j.count;
    c.missing = j.missing;
    c.mean = j.mean;
    c.m2 = j.m2;
    c.min = j.min ?? Number.POSITIVE_INFINITY;
    c.max = j.max ?? Number.NEGATIVE_INFINITY;
    c.integral = j.integral;
    c.distinct = j.distinct ? new Map(j.distinct) : null;
    if (j.exact !== null) {
      const bytes = fromBase64(j.exact);
      const copy = new Uint8Array(bytes.length);
      copy.set(bytes);
      c.sortedExact = new Float64Array(copy.buffer);
      if (c.sortedExact.length !== j.count) throw new ProfileError(`profile: exact values (${c.sortedExact.length}) do not match count (${j.count})`);
      c.exactBuf = c.sortedExact;
    } else c.exactBuf = null;
    c.sketch = j.sketch ? QuantileSketch.fromJSON(j.sketch) : null;
    if (!c.sortedExact && !c.sketch && c.count > 0) throw new ProfileError('profile: numeric column has neither exact values nor a sketch');
    return c;
  }
}

export class CategoricalColumn {
  readonly type = 'categorical' as const;
  count = 0;
  missing = 0;
  overflow = false;
  /** Count cells by value: one Map lookup per value in add() (a Map<string, number> needs a get and a set). */
  private cells = new Map<string, { n: number }>();
  private countsView: Map<string, number> | null = null;

  constructor(private readonly maxCategories: number) {}

  /** Count per value (OTHER_CATEGORY holds the values past maxCategories). */
  get counts(): Map<string, number> {
    if (!this.countsView) this.countsView = new Map([...this.cells].map(([value, cell]) => [value, cell.n]));
    return this.countsView;
  }

  set counts(counts: Map<string, number>) {
    this.cells = new Map([...counts].map(([value, n]) => [value, { n }]));
    this.countsView = null;
  }

  add(values: (string | null)[]): void {
    const cells = this.cells;
    let missing = 0;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v === null || v === undefined) {
        missing++;
        continue;
      }
      const cell = cells.get(v);
      if (cell !== undefined) cell.n++;
      else if (cells.size < this.maxCategories) cells.set(v, { n: 1 });
      else {
        this.overflow = true;
        const other = cells.get(OTHER_CATEGORY);
        if (other) other.n++;
        else cells.set(OTHER_CATEGORY, { n: 1 });
      }
    }
    this.missing += missing;
    this.count += values.length - missing;
    this.countsView = null;
  }

  get nUnique(): number {
    return this.cells.size;
  }

  toJSON(): CategoricalColumnJSON {
    return { type: 'categorical', count: this.count, missing: this.missing, counts: [...this.counts], overflow: this.overflow };
  }

  static fromJSON(j: CategoricalColumnJSON): CategoricalColumn {
    const c = new CategoricalColumn(Number.POSITIVE_INFINITY);
    c.count = j.count;
    c.missing = j.missing;
    c.counts = new Map(j.counts);
    c.overflow = j.overflow;
    return c;
  }
}

export type ColumnProfile = NumericColumn | CategoricalColumn;

export class Profile {
  constructor(
    readonly rows: number,
    readonly badRows: number,
    readonly columns: ReadonlyMap<string, ColumnProfile>,
  ) {}

  toJSON(): ProfileJSON {
    const columns: Record<string, ColumnJSON> = {};
    for (const [name, col] of this.columns) columns[name] = col.toJSON();
    return { format: PROFILE_FORMAT, rows: this.rows, badRows: this.badRows, columns };
  }

  /**
   * Only `columns` (default: all) without `ignoreColumns`, by the same rule as ProfileBuilder applies to data: a
   * saved profile given as baseline is narrowed like data would be.
   */
  select(options: Pick<ProfileOptions, 'columns' | 'ignoreColumns'>): Profile {
    const wanted = options.columns ? [...options.columns] : [...this.columns.keys()];
    const missing = wanted.filter((name) => !this.columns.has(name));
    if (missing.length) throw notInTheData(missing);
    const ignore = new Set(options.ignoreColumns ?? []);
    const kept = wanted.filter((name) => !ignore.has(name)).map((name) => [name, this.columns.get(name) as ColumnProfile] as const);
    return new Profile(this.rows, this.badRows, new Map(kept));
  }

  static fromJSON(json: unknown): Profile {
    const j = json as ProfileJSON;
    if (!j || typeof j !== 'object' || j.format !== PROFILE_FORMAT || typeof j.columns !== 'object')
      throw new ProfileError(`not a drift profile: expected an object with format "${PROFILE_FORMAT}"`);
    const columns = new Map<string, ColumnProfile>();
    for (const [name, c] of Object.entries(j.columns)) {
      if (c.type === 'numeric') columns.set(name, NumericColumn.fromJSON(c));
      else if (c.type === 'categorical') columns.set(name, CategoricalColumn.fromJSON(c));
      else throw new ProfileError(`profile column ${JSON.stringify(name)}: unknown type`);
    }
    return new Profile(j.rows, j.badRows, columns);
  }
}

/** Builds a Profile from batches, one pass, memory bounded by the options' limits. */
export class ProfileBuilder {
  rows = 0;
  badRows = 0;
  private columns = new Map<string, ColumnProfile>();
  private plan: { index: number; col: ColumnProfile }[] | null = null;
  private names: readonly string[] | null = null;
  private readonly opts: Required<Omit<ProfileOptions, 'columns' | 'ignoreColumns' | 'types'>> & ProfileOptions;

  constructor(options: ProfileOptions = {}) {
    this.opts = {
      exactLimit: 1_000_000,
      sketchK: DEFAULT_SKETCH_K,
      distinctLimit: 1000,
      maxCategories: 10_000,
      ...options,
    };
  }

  add(batch: RowBatch): void {
    this.badRows += batch.badRows;
    if (batch.length === 0) return;
    if (!this.plan) this.makePlan(batch);
    else if (batch.names !== this.names && batch.names.join('\u0000') !== this.names?.join('\u0000'))
      throw new ProfileError('every batch must have the same columns as the first one');
    for (const { index, col } of this.plan as { index: number; col: ColumnProfile }[]) {
      if (col.type === 'numeric') col.add(batch.numbers(index));
      else col.add(batch.strings(index));
    }
    this.rows += batch.length;
  }

  private makePlan(batch: RowBatch): void {
    const o = this.opts;
    const wanted = o.columns ? [...o.columns] : [...batch.names];
    const missing = wanted.filter((c) => !batch.names.includes(c));
    if (missing.length) throw notInTheData(missing);
    const ignore = new Set(o.ignoreColumns ?? []);
    const inferred = inferColumnTypes(
      batch,
      wanted.filter((n) => !o.types?.[n]),
    );
    this.names = batch.names;
    this.plan = wanted
      .filter((name) => !ignore.has(name))
      .map((name) => {
        const type = o.types?.[name] ?? (inferred[name] as ColumnType);
        const col: ColumnProfile = type === 'numeric' ? new NumericColumn(o.exactLimit, o.sketchK, o.distinctLimit) : new CategoricalColumn(o.maxCategories);
        this.columns.set(name, col);
        return { index: batch.names.indexOf(name), col };
      });
  }

  finish(): Profile {
    return new Profile(this.rows, this.badRows, this.columns);
  }
}

/** Convenience: profile every batch of an (async) iterable. */
export async function profileOf(batches: AsyncIterable<RowBatch> | Iterable<RowBatch>, options?: ProfileOptions): Promise<Profile> {
  const b = new ProfileBuilder(options);
  for await (const batch of batches) b.add(batch);
  return b.finish();
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function toBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  let s = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] as number;
    const b = i + 1 < bytes.length ? (bytes[i + 1] as number) : 0;
    const c = i + 2 < bytes.length ? (bytes[i + 2] as number) : 0;
    s += B64[a >> 2];
    s += B64[((a & 3) << 4) | (b >> 4)];
    s += i + 1 < bytes.length ? B64[((b & 15) << 2) | (c >> 6)] : '=';
    s += i + 2 < bytes.length ? B64[c & 63] : '=';
    if (s.length >= 65536) {
      parts.push(s);
      s = '';
    }
  }
  parts.push(s);
  return parts.join('');
}

function fromBase64(s: string): Uint8Array {
  const lookup = new Int16Array(128).fill(-1);
  for (let i = 0; i < B64.length; i++) lookup[B64.charCodeAt(i)] = i;
  const clean = s.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let p = 0;
  for (let i = 0; i < clean.length; i += 4) {
    const a = lookup[clean.charCodeAt(i)] as number;
    const b = lookup[clean.charCodeAt(i + 1)] as number;
    const c = i + 2 < clean.length ? (lookup[clean.charCodeAt(i + 2)] as number) : 0;
    const d = i + 3 < clean.length ? (lookup[clean.charCodeAt(i + 3)] as number) : 0;
    if (a < 0 || b < 0 || c < 0 || d < 0) throw new ProfileError('profile: exact values are not valid base64');
    out[p++] = (a << 2) | (b >> 4);
    if (i + 2 < clean.length) out[p++] = ((b & 15) << 4) | (c >> 2);
    if (i + 3 < clean.length) out[p++] = ((c & 3) << 6) | d;
  }
  return out.subarray(0, p);
}
