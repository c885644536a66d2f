/**
 * Streaming CSV reader, byte level: one pass over each chunk with a small state machine (RFC 4180 quotes, CRLF or
 * LF), no per-field regex and no per-field strings unless a caller asks for strings. Numbers are parsed straight
 * from the bytes (exact decimal-to-double for up to 15 significant digits via Clinger's fast path, else the
 * engine's own correctly rounded parser).
 */
import { MISSING_TOKENS, parseNumber, type RowBatch } from './batch.js';
import { availableParallelism } from 'node:os';
import { type ScannedPiece, ScanPipeline } from './csv-parallel.js';
import { fastNumber, newScanOut, type ScanOut, scanRows } from './csv-scan.js';

export interface CsvOptions {
  /** Field delimiter, one ASCII character (default `,`). */
  delimiter?: string;
  /** Column names; when absent the first row is the header (default). */
  names?: readonly string[];
  /** `count` (default): a row with the wrong number of fields is skipped and counted; `fail`: throw CsvError. */
  onBadRows?: 'count' | 'fail';
  /**
   * Scan workers for large inputs: how many (default: one per core, at most 3; 0 scans on this thread only), after
   * how many bytes they take over (default 8 MiB: the header and the first batches, which type inference reads, are
   * scanned here) and the piece each scans (default 4 MiB).
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
    /** The columns numbers were asked of (shared by the batches of one input): the scan workers parse those. */
    private readonly asked: Uint8Array,
    /** A scan worker's numbers: by slot, `stride` rows per slot, this batch from row `first` of its piece. */
    private readonly parsed?: { numbers: Float64Array; slots: Int32Array; stride: number; first: number },
  ) {}

  numbers(col: number): Float64Array {
    const w = this.names.length;
    const { bytes, starts, ends, parsed } = this;
    this.asked[col] = 1;
    const slot = parsed ? (parsed.slots[col] as number) : -1;
    if (parsed && slot >= 0) {
      const from = slot * parsed.stride + parsed.first;
      const out = parsed.numbers.slice(from, from + this.length);
      for (let r = 0; r < out.length; r++) {
        if (out[r] !== Number.POSITIVE_INFINITY) continue; // the fast path could not tell: the engine's parser
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
  asked: Uint8Array,
  parsed?: { numbers: Float64Array; slots: Int32Array },
): RowBatch[] {
  const w = names.length;
  const batches: RowBatch[] = [];
  for (let first = 0; first < rows || (first === 0 && bad > 0); first += BATCH_ROWS) {
    const n = Math.min(BATCH_ROWS, rows - first);
    const range = [first * w, (first + n) * w] as const;
    const numbers = parsed ? { ...parsed, stride: rows, first } : undefined;
    batches.push(new CsvBatch(names, bytes, starts.subarray(...range), ends.subarray(...range), n, first === 0 ? bad : 0, caches, asked, numbers));
  }
  return batches;
}

const encoder = new TextEncoder();

/** A copy in a buffer of its own: a caller's chunk may be reused once the next one is asked for. */
function concat(parts: readonly Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Slots for a worker's numbers: the columns numbers were asked of, in order; -1 for the others. */
function slotsOf(asked: Uint8Array): Int32Array {
  const slots = new Int32Array(asked.length).fill(-1);
  let next = 0;
  asked.forEach((yes, col) => {
    if (yes) slots[col] = next++;
  });
  return slots;
}

/**
 * Reads CSV from byte (or string) chunks; yields batches of complete rows in input order. Feed large chunks
 * (e.g. 1 MiB) for speed. Blank lines are skipped; a row with a different field count than the header is a bad row.
 * A batch is read before the next one is asked for (its field offsets are reused): the arrays that numbers() and
 * strings() return are the caller's to keep.
 */
export async function* readCsv(chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>, options: CsvOptions = {}): AsyncGenerator<RowBatch> {
  if (options.delimiter !== undefined && options.delimiter.length !== 1)
    throw new RangeError(`delimiter must be one character, got ${JSON.stringify(options.delimiter)}`);
  const delim = (options.delimiter ?? ',').charCodeAt(0);
  const failOnBad = options.onBadRows === 'fail';
  const workers = options.parallel?.workers ?? Math.min(3, availableParallelism());
  const parallelAfter = options.parallel?.after ?? 8 << 20;
  const pieceBytes = options.parallel?.pieceBytes ?? 4 << 20;
  let names: string[] | undefined = options.names ? [...options.names] : undefined;
  let line = 1; // line of the next row to scan
  const out: ScanOut = newScanOut(1 << 16);
  const caches: FieldCache[] = []; // per column, shared by the batches
  let asked = new Uint8Array(0); // per column: numbers were asked of it (sized once the header is known)
  let carry: Uint8Array = new Uint8Array(0); // the start of a row the last chunk cut
  let scannedHere = 0;

  const throwBad = (firstBadLine: number, firstBadFields: number): void => {
    if (!failOnBad || firstBadLine === 0) return;
    const at = line + firstBadLine - 1;
    throw new CsvError(`CSV line ${at}: ${firstBadFields} fields, expected ${names?.length} (the header's count)`, at);
  };
  /** Scans buf here: the header first if not known yet, then the complete rows; the rest becomes the carry. */
  const scan = (buf: Uint8Array, final: boolean): RowBatch[] => {
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
    if (asked.length !== names.length) asked = new Uint8Array(names.length);
    scanRows(buf, final, names.length, delim, out);
    throwBad(out.firstBadLine, out.firstBadFields);
    line += out.lines;
    scannedHere += out.consumed;
    carry = buf.subarray(out.consumed);
    // views, not copies: the next scan reuses the arrays, once the caller has asked for the batch after these
    const fields = [0, out.fieldCount] as const;
    return batchesOf(names, buf, out.starts.subarray(...fields), out.ends.subarray(...fields), out.rows, out.bad, caches, asked);
  };

  let pipeline: ScanPipeline | undefined;
  /** A worker's piece as batches; after a misled cut (a stray quote) this thread reads the rest of the input. */
  const fromWorker = async function* (piece: ScannedPiece): AsyncGenerator<RowBatch> {
    throwBad(piece.firstBadLine, piece.firstBadFields);
    line += piece.lines;
    const { numbers, slots } = piece;
    yield* batchesOf(names as string[], piece.bytes, piece.starts, piece.ends, piece.rows, piece.bad, caches, asked, { numbers, slots });
    if (piece.consumed < piece.bytes.length) {
      const leftover = piece.bytes.slice(piece.consumed);
      const rest = await (pipeline as ScanPipeline).takeRest();
      carry = concat([leftover, rest], leftover.length + rest.length);
      await pipeline?.close();
      pipeline = undefined;
    }
    piece.release();
  };

  try {
    for await (const chunk of chunks) {
      // a plain Uint8Array view (a Buffer is a subclass): one element kind in the hot loops
      const bytes = typeof chunk === 'string' ? encoder.encode(chunk) : new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      if (bytes.length === 0) continue;
      if (pipeline) {
        pipeline.push(bytes);
        while (pipeline && pipeline.pending > 2 * workers) yield* fromWorker(await pipeline.next());
        if (pipeline?.stuck) {
          // a whole piece without a row end outside quotes: what was sent first, then this thread goes on
          while (pipeline && pipeline.pending > 0) yield* fromWorker(await pipeline.next());
          if (pipeline) {
            carry = await pipeline.takeRest();
            await pipeline.close();
            pipeline = undefined;
          }
        }
        continue;
      }
      // the row the last chunk cut is finished in a small copy; the rest of the chunk is scanned where it is
      let rest = bytes;
      if (carry.length > 0) {
        const lf = bytes.indexOf(10);
        const cut = lf < 0 ? bytes.length : lf + 1;
        yield* scan(concat([carry, bytes.subarray(0, cut)], carry.length + cut), false);
        rest = bytes.subarray(cut);
        if (carry.length > 0) rest = concat([carry, rest], carry.length + rest.length); // a quoted line break
      }
      if (rest.length > 0) yield* scan(rest, false);
      if (names && workers > 0 && scannedHere >= parallelAfter) {
        const columns = asked;
        pipeline = new ScanPipeline(workers, pieceBytes, names.length, delim, () => slotsOf(columns));
        pipeline.push(carry);
        carry = new Uint8Array(0);
        scannedHere = Number.NEGATIVE_INFINITY; // once
      }
    }
    while (pipeline && pipeline.pending > 0) yield* fromWorker(await pipeline.next());
    if (pipeline) {
      carry = await pipeline.takeRest(); // the last piece, not full: scanned here, no round trip
      await pipeline.close();
      pipeline = undefined;
    }
    if (carry.length > 0) yield* scan(carry, true);
  } finally {
    await pipeline?.close();
  }
  if (!names) throw new CsvError('CSV input is empty: no header row', 1);
}
