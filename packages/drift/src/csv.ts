/**
 * Streaming CSV reader, byte level: one pass over each chunk with a small state machine (RFC 4180 quotes, CRLF or
 * LF), no per-field regex and no per-field strings unless a caller asks for strings. Numbers are parsed straight
 * from the bytes (exact decimal-to-double for up to 15 significant digits via Clinger's fast path, else the
 * engine's own correctly rounded parser).
 *
 * Large inputs are scanned in parallel: after the first `parallel.after` bytes (read on this thread: the header,
 * and the first batches that type inference looks at), whole-row pieces go to scan workers that find the fields
 * and parse every field as a number; this thread keeps the order, the line numbers and the strings.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { MISSING_TOKENS, parseNumber, type RowBatch } from './batch.js';
import { fastNumber, lastRowEnd, newScanOut, type ScanOut, scanRows, scanWorkerSource } from './csv-scan.js';

export interface CsvOptions {
  /** Field delimiter, one ASCII character (default `,`). */
  delimiter?: string;
  /** Column names; when absent the first row is the header (default). */
  names?: readonly string[];
  /** `count` (default): a row with the wrong number of fields is skipped and counted; `fail`: throw CsvError. */
  onBadRows?: 'count' | 'fail';
  /**
   * Scan workers for large inputs: `workers` (default: the machine's parallelism, at most 3; 0 scans on this
   * thread only), after how many bytes they start (default 8 MiB) and the piece each one scans (default 4 MiB).
   */
  parallel?: { workers?: number; after?: number; pieceBytes?: number };
}

export class CsvError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
    this.name = 'CsvError';
  }
}

const decoder = new TextDecoder();

/** Parses bytes[start, end) as a number; NaN when not a finite decimal number. */
export function parseNumberBytes(b: Uint8Array, start: number, end: number): number {
  const v = fastNumber(b, start, end);
  return v === Number.POSITIVE_INFINITY ? slow(b, start, end) : v;
}

function slow(b: Uint8Array, start: number, end: number): number {
  return parseNumber(decoder.decode(b.subarray(start, end)));
}

/** Decodes bytes[start, end) to a string; ASCII fast path. */
function decodeField(b: Uint8Array, start: number, end: number, quoted: boolean): string {
  let s: string;
  const len = end - start;
  let ascii = len <= 32;
  if (ascii) for (let i = start; i < end; i++) if ((b[i] as number) > 127) ascii = false;
  if (ascii) {
    s = '';
    for (let i = start; i < end; i++) s += String.fromCharCode(b[i] as number);
  } else s = decoder.decode(b.subarray(start, end));
  if (quoted) s = s.replaceAll('""', '"');
  return s;
}

/**
 * Recently decoded short fields, by a hash of their bytes: a column of a few distinct labels decodes each label
 * once per slot instead of once per row, and hands out the same string object each time, so counting it in a
 * Map reuses the string's cached hash. Direct-mapped; a collision only costs a fresh decode.
 */
const CACHE_SIZE = 4096;
const CACHE_MAX_LEN = 32;

class FieldCache {
  private readonly hashes = new Int32Array(CACHE_SIZE);
  private readonly strings: (string | undefined)[] = new Array(CACHE_SIZE).fill(undefined);
  /** Per slot: the string is a missing-value token (looked up once per slot, not once per row). */
  private readonly missing = new Uint8Array(CACHE_SIZE);

  /** The value of unquoted bytes[start, end): its string, or null for a missing-value token. */
  get(b: Uint8Array, start: number, end: number): string | null {
    const len = end - start;
    if (len > CACHE_MAX_LEN) {
      const s = decodeField(b, start, end, false);
      return MISSING_TOKENS.has(s) ? null : s;
    }
    let h = 0x811c9dc5 | 0;
    for (let i = start; i < end; i++) h = Math.imul(h ^ (b[i] as number), 16777619);
    const slot = (h ^ (h >>> 15)) & (CACHE_SIZE - 1);
    const s = this.strings[slot];
    if (s !== undefined && this.hashes[slot] === h && s.length === len && sameAscii(s, b, start)) return this.missing[slot] ? null : s;
    const fresh = decodeField(b, start, end, false);
    this.strings[slot] = fresh;
    this.hashes[slot] = h;
    const missing = MISSING_TOKENS.has(fresh);
    this.missing[slot] = missing ? 1 : 0;
    return missing ? null : fresh;
  }
}

/** Whether the ASCII string s equals bytes[start, start + s.length) (a non-ASCII s never matches: its bytes differ). */
function sameAscii(s: string, b: Uint8Array, start: number): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) !== b[start + i]) return false;
  return true;
}

/**
 * One piece's complete rows: field [start, end) offsets into `bytes`; quoted fields flagged by a negative end.
 */
class CsvBatch implements RowBatch {
  constructor(
    readonly names: readonly string[],
    private readonly bytes: Uint8Array,
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
    readonly length: number,
    readonly badRows: number,
    private readonly caches: FieldCache[],
    /** The columns numbers were asked of, shared by the batches of one input: the workers parse those. */
    private readonly numeric: Uint8Array,
    /** Every flagged column's fastNumber, column-major, when a scan worker made them. */
    private readonly parsed?: ParsedNumbers,
  ) {}

  numbers(col: number): Float64Array {
    const w = this.names.length;
    const { bytes, starts, ends } = this;
    this.numeric[col] = 1;
    if (this.parsed?.numeric[col] === 1) {
      const { numbers, stride, firstRow } = this.parsed;
      const out = numbers.slice(col * stride + firstRow, col * stride + firstRow + this.length);
      for (let r = 0; r < out.length; r++) {
        if (out[r] !== Number.POSITIVE_INFINITY) continue;
        const k = r * w + col;
        const e = ends[k] as number;
        out[r] = slow(bytes, starts[k] as number, e < 0 ? -e - 1 : e);
      }
      return out;
    }
    const out = new Float64Array(this.length);
    for (let r = 0, k = col; r < this.length; r++, k += w) {
      const e = ends[k] as number;
      out[r] = parseNumberBytes(bytes, starts[k] as number, e < 0 ? -e - 1 : e);
    }
    return out;
  }

  strings(col: number): (string | null)[] {
    const w = this.names.length;
    const out: (string | null)[] = new Array(this.length);
    const { bytes, starts, ends } = this;
    let cache = this.caches[col];
    if (!cache) {
      cache = new FieldCache();
      this.caches[col] = cache;
    }
    for (let r = 0, k = col; r < this.length; r++, k += w) {
      const e = ends[k] as number;
      if (e < 0) {
        out[r] = decodeField(bytes, starts[k] as number, -e - 1, true);
        continue;
      }
      out[r] = cache.get(bytes, starts[k] as number, e);
    }
    return out;
  }
}

/** A scan worker's numbers for a piece: column-major with `stride` rows per column; a batch starts at firstRow. */
interface ParsedNumbers {
  numbers: Float64Array;
  numeric: Uint8Array;
  stride: number;
  firstRow: number;
}

/**
 * At most this many rows per batch: the caller's per-column arrays stay small objects (V8 puts arrays over 128 KiB
 * in its large-object space, where filling one with strings measured several times slower).
 */
const BATCH_ROWS = 8192;

/** One piece's rows as batches of at most BATCH_ROWS rows (its bad-row count goes with the first). */
function batchesOf(
  names: readonly string[],
  bytes: Uint8Array,
  starts: Int32Array,
  ends: Int32Array,
  rows: number,
  bad: number,
  caches: FieldCache[],
  numeric: Uint8Array,
  parsed?: { numbers: Float64Array; numeric: Uint8Array },
): RowBatch[] {
  const w = names.length;
  const batches: RowBatch[] = [];
  for (let first = 0; first < rows || (first === 0 && bad > 0); first += BATCH_ROWS) {
    const n = Math.min(BATCH_ROWS, rows - first);
    const range = [first * w, (first + n) * w] as const;
    const numbers = parsed ? { ...parsed, stride: rows, firstRow: first } : undefined;
    batches.push(new CsvBatch(names, bytes, starts.subarray(...range), ends.subarray(...range), n, first === 0 ? bad : 0, caches, numeric, numbers));
  }
  return batches;
}

const encoder = new TextEncoder();
const MiB = 1 << 20;

/** What a scan worker sends back for one piece. */
interface PieceResult {
  buffer: ArrayBuffer;
  length: number;
  rows: number;
  bad: number;
  consumed: number;
  lines: number;
  firstBadLine: number;
  firstBadFields: number;
  starts: Int32Array;
  ends: Int32Array;
  numbers: Float64Array;
  numeric: Uint8Array;
}

/** Scan workers, round robin; results come back by piece id. */
class ScanPool {
  private readonly workers: Worker[];
  private readonly waiting = new Map<number, { resolve: (r: PieceResult) => void; reject: (e: Error) => void }>();
  private nextId = 0;

  constructor(count: number) {
    const source = scanWorkerSource();
    this.workers = Array.from({ length: count }, () => {
      const worker = new Worker(source, { eval: true });
      worker.on('message', (m: PieceResult & { id: number }) => {
        this.waiting.get(m.id)?.resolve(m);
        this.waiting.delete(m.id);
      });
      worker.on('error', (error) => this.failAll(error));
      return worker;
    });
  }

  /** Scans bytes (its buffer is transferred to the worker and comes back in the result). */
  scan(bytes: Uint8Array, final: boolean, width: number, delim: number, numeric: Uint8Array): Promise<PieceResult> {
    const id = this.nextId++;
    const worker = this.workers[id % this.workers.length] as Worker;
    const { buffer } = bytes;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ id, buffer, length: bytes.length, final, width, delim, numeric }, [buffer as ArrayBuffer]);
    });
  }

  private failAll(error: Error): void {
    for (const w of this.waiting.values()) w.reject(error);
    this.waiting.clear();
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** A copy in a buffer of its own (pieces' buffers are transferred to the workers; a caller's chunk never is). */
function concat(parts: readonly Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * Reads CSV from byte (or string) chunks; yields batches of complete rows in input order. Feed large chunks
 * (e.g. 1 MiB) for speed. Blank lines are skipped; a row with a different field count than the header is a bad row.
 */
export async function* readCsv(chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>, options: CsvOptions = {}): AsyncGenerator<RowBatch> {
  if (options.delimiter !== undefined && options.delimiter.length !== 1)
    throw new RangeError(`delimiter must be one character, got ${JSON.stringify(options.delimiter)}`);
  const delim = (options.delimiter ?? ',').charCodeAt(0);
  const failOnBad = options.onBadRows === 'fail';
  const workers = options.parallel?.workers ?? Math.min(3, availableParallelism());
  const parallelAfter = options.parallel?.after ?? 8 * MiB;
  const pieceBytes = options.parallel?.pieceBytes ?? 4 * MiB;
  let names: string[] | undefined = options.names ? [...options.names] : undefined;
  let line = 1; // line of the next row to scan
  const out: ScanOut = newScanOut(1 << 16);
  const caches: FieldCache[] = []; // per column, shared by the batches
  let numeric = new Uint8Array(0); // per column: numbers were asked of it (sized once the header is known)
  let carry: Uint8Array = new Uint8Array(0);
  let scannedHere = 0;

  const checkBad = (firstBadLine: number, firstBadFields: number): void => {
    if (!failOnBad || firstBadLine === 0) return;
    const at = line + firstBadLine - 1;
    throw new CsvError(`CSV line ${at}: ${firstBadFields} fields, expected ${names?.length} (the header's count)`, at);
  };
  /** Scans buf on this thread: the header first if not known yet, then complete rows; the rest becomes carry. */
  const scanHere = (buf: Uint8Array, final: boolean): RowBatch[] => {
    if (!names) {
      scanRows(buf, final, -1, delim, out);
      if (out.rows === 0) {
        carry = buf;
        return [];
      }
      names = Array.from({ length: out.fieldCount }, (_, k) => {
        const e = out.ends[k] as number;
        return decodeField(buf, out.starts[k] as number, e < 0 ? -e - 1 : e, e < 0);
      });
      line += out.lines;
      buf = buf.subarray(out.consumed);
    }
    if (numeric.length !== names.length) numeric = new Uint8Array(names.length);
    scanRows(buf, final, names.length, delim, out);
    checkBad(out.firstBadLine, out.firstBadFields);
    line += out.lines;
    scannedHere += out.consumed;
    carry = buf.subarray(out.consumed);
    return batchesOf(names, buf, out.starts.slice(0, out.fieldCount), out.ends.slice(0, out.fieldCount), out.rows, out.bad, caches, numeric);
  };

  let pool: ScanPool | undefined;
  const inFlight: Promise<PieceResult>[] = [];
  let pending: Uint8Array[] = []; // bytes read but not sent, from a row start
  let pendingBytes = 0;
  /** Turns a worker's result into a batch; a piece that did not end at a row end means lastRowEnd was misled. */
  const batchOf = (r: PieceResult): { batches: RowBatch[]; leftover?: Uint8Array } => {
    const bytes = new Uint8Array(r.buffer, 0, r.length);
    checkBad(r.firstBadLine, r.firstBadFields);
    line += r.lines;
    const batches = batchesOf(names as string[], bytes, r.starts, r.ends, r.rows, r.bad, caches, numeric, { numbers: r.numbers, numeric: r.numeric });
    return { batches, ...(r.consumed < r.length ? { leftover: bytes.subarray(r.consumed) } : {}) };
  };
  /** Back to this thread for the rest of the input: the bytes of every piece still in flight come back first. */
  const stopParallel = async (leftover: Uint8Array): Promise<void> => {
    const back = [leftover];
    for (const p of inFlight.splice(0)) {
      const r = await p;
      back.push(new Uint8Array(r.buffer, 0, r.length));
    }
    back.push(...pending);
    carry = concat(
      back,
      back.reduce((s, b) => s + b.length, 0),
    );
    pending = [];
    pendingBytes = 0;
    await pool?.close();
    pool = undefined;
  };

  try {
    for await (const chunk of chunks) {
      // a plain Uint8Array view (a Buffer is a subclass): one element kind in the hot loops
      const bytes = typeof chunk === 'string' ? encoder.encode(chunk) : new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      if (bytes.length === 0) continue;
      if (!pool) {
        // the row the last chunk cut is finished in a small copy; the rest of the chunk is scanned where it is
        let rest = bytes;
        if (carry.length > 0) {
          const lf = bytes.indexOf(10);
          const cut = lf < 0 ? bytes.length : lf + 1;
          yield* scanHere(concat([carry, bytes.subarray(0, cut)], carry.length + cut), false);
          rest = bytes.subarray(cut);
          if (carry.length > 0) rest = concat([carry, rest], carry.length + rest.length); // a quoted line break
        }
        if (rest.length > 0) yield* scanHere(rest, false);
        if (names && workers > 0 && scannedHere >= parallelAfter) {
          pool = new ScanPool(workers);
          pending = [new Uint8Array(carry)];
          pendingBytes = carry.length;
          carry = new Uint8Array(0);
        }
        continue;
      }
      pending.push(bytes);
      pendingBytes += bytes.length;
      if (pendingBytes < pieceBytes) continue;
      const piece = concat(pending, pendingBytes);
      const end = lastRowEnd(Buffer.from(piece.buffer, piece.byteOffset, piece.length));
      if (end === 0) {
        pending = [piece];
        // no row end outside quotes in many pieces: a stray quote misled lastRowEnd; this thread takes the rest
        if (pendingBytes > 4 * pieceBytes) await stopParallel(new Uint8Array(0));
        continue;
      }
      const rest = piece.slice(end);
      pending = rest.length ? [rest] : [];
      pendingBytes = rest.length;
      inFlight.push(pool.scan(piece.subarray(0, end), false, (names as string[]).length, delim, numeric.slice()));
      while (inFlight.length > 2 * workers) {
        const { batches, leftover } = batchOf(await (inFlight.shift() as Promise<PieceResult>));
        yield* batches;
        if (leftover) await stopParallel(leftover);
        if (!pool) break;
      }
    }
    while (pool && inFlight.length) {
      const { batches, leftover } = batchOf(await (inFlight.shift() as Promise<PieceResult>));
      yield* batches;
      if (leftover) await stopParallel(leftover);
    }
    if (pool) {
      // the last bytes (at most a piece) on this thread: no round trip for the tail
      carry = concat(pending, pendingBytes);
      await pool.close();
      pool = undefined;
    }
    if (carry.length > 0) {
      yield* scanHere(carry, true);
    }
  } finally {
    await pool?.close();
  }
  if (!names) throw new CsvError('CSV input is empty: no header row', 1);
}
