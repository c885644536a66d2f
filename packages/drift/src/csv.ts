/**
 * Streaming CSV reader, byte level: one pass over each chunk with a small state machine (RFC 4180 quotes, CRLF or
 * LF), no per-field regex and no per-field strings unless a caller asks for strings. Numbers are parsed straight
 * from the bytes (exact decimal-to-double for up to 15 significant digits via Clinger's fast path, else the
 * engine's own correctly rounded parser).
 */
import { MISSING_TOKENS, parseNumber, type RowBatch } from './batch.js';

export interface CsvOptions {
  /** Field delimiter, one ASCII character (default `,`). */
  delimiter?: string;
  /** Column names; when absent the first row is the header (default). */
  names?: readonly string[];
  /** `count` (default): a row with the wrong number of fields is skipped and counted; `fail`: throw CsvError. */
  onBadRows?: 'count' | 'fail';
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

const QUOTE = 34;
const LF = 10;
const CR = 13;
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];
const decoder = new TextDecoder();

/** Parses bytes[start, end) as a number; NaN when not a finite decimal number. */
export function parseNumberBytes(b: Uint8Array, start: number, end: number): number {
  // trim spaces
  while (start < end && b[start] === 32) start++;
  while (end > start && b[end - 1] === 32) end--;
  if (start >= end) return Number.NaN;
  let i = start;
  let neg = false;
  let c = b[i] as number;
  if (c === 45 || c === 43) {
    neg = c === 45;
    i++;
  }
  let mant = 0;
  let digits = 0;
  let exp10 = 0;
  let sawDigit = false;
  while (i < end) {
    c = b[i] as number;
    if (c < 48 || c > 57) break;
    sawDigit = true;
    if (digits < 15) {
      mant = mant * 10 + (c - 48);
      if (mant !== 0) digits++;
    } else return slow(b, start, end);
    i++;
  }
  if (i < end && b[i] === 46) {
    i++;
    while (i < end) {
      c = b[i] as number;
      if (c < 48 || c > 57) break;
      sawDigit = true;
      if (digits < 15) {
        mant = mant * 10 + (c - 48);
        if (mant !== 0) digits++;
        exp10--;
      } else return slow(b, start, end);
      i++;
    }
  }
  if (!sawDigit) return slow(b, start, end);
  if (i < end) {
    c = b[i] as number;
    if (c !== 101 && c !== 69) return slow(b, start, end);
    i++;
    let eneg = false;
    if (i < end && (b[i] === 45 || b[i] === 43)) {
      eneg = b[i] === 45;
      i++;
    }
    let e = 0;
    let ed = 0;
    while (i < end) {
      c = b[i] as number;
      if (c < 48 || c > 57) return Number.NaN;
      e = e * 10 + (c - 48);
      ed++;
      i++;
    }
    if (ed === 0 || e > 400) return slow(b, start, end);
    exp10 += eneg ? -e : e;
  }
  let v: number;
  if (exp10 === 0) v = mant;
  else if (exp10 > 0 && exp10 <= 22) v = mant * (POW10[exp10] as number);
  else if (exp10 < 0 && exp10 >= -22) v = mant / (POW10[-exp10] as number);
  else return slow(b, start, end);
  return neg ? -v : v;
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

/** One chunk's complete rows: field [start, end) offsets into `bytes`; quoted fields flagged by a negative end. */
class CsvBatch implements RowBatch {
  constructor(
    readonly names: readonly string[],
    private readonly bytes: Uint8Array,
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
    readonly length: number,
    readonly badRows: number,
    private readonly caches: FieldCache[],
  ) {}

  numbers(col: number): Float64Array {
    const w = this.names.length;
    const out = new Float64Array(this.length);
    const { bytes, starts, ends } = this;
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

const encoder = new TextEncoder();

/**
 * Reads CSV from byte (or string) chunks; yields one batch per input chunk with the complete rows it holds.
 * Feed large chunks (e.g. 1 MiB) for speed. Blank lines are skipped; a row with a different field count than the
 * header is a bad row.
 */
export async function* readCsv(chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>, options: CsvOptions = {}): AsyncGenerator<RowBatch> {
  const delim = (options.delimiter ?? ',').charCodeAt(0);
  if (!options.delimiter || options.delimiter.length === 1) {
    /* ok */
  } else throw new RangeError(`delimiter must be one character, got ${JSON.stringify(options.delimiter)}`);
  let names: string[] | undefined = options.names ? [...options.names] : undefined;
  let carry: Uint8Array = new Uint8Array(0);
  let line = 1; // 1-based line number of the first row in `carry`
  let starts = new Int32Array(1024);
  let ends = new Int32Array(1024);
  const failOnBad = options.onBadRows === 'fail';
  const caches: FieldCache[] = []; // per column, shared by the batches

  const processBuffer = function* (buf: Uint8Array, final: boolean): Generator<RowBatch> {
    const n = buf.length;
    let rowStartPos = 0; // start of current row
    let nFields = 0; // fields in the current row so far
    let rows = 0;
    let bad = 0;
    let width = names ? names.length : -1;
    let fieldCount = 0; // fields written to starts/ends (rows * width + current)
    let i = 0;
    let consumedTo = 0;
    let headerFields: string[] | null = names ? null : [];
    let lastLine = line;
    while (i < n) {
      // parse one field starting at i
      let fStart = i;
      let fEnd: number;
      let quoted = false;
      let c = buf[i] as number;
      if (c === QUOTE) {
        quoted = true;
        let j = i + 1;
        let escaped = false;
        for (;;) {
          if (j >= n) {
            j = -1;
            break;
          }
          if (buf[j] === QUOTE) {
            if (j + 1 < n && buf[j + 1] === QUOTE) {
              escaped = true;
              j += 2;
              continue;
            }
            if (j + 1 >= n && !final) {
              j = -1; // cannot tell "" from end-quote yet
              break;
            }
            break;
          }
          if (buf[j] === LF) lastLine++;
          j++;
        }
        if (j < 0) break; // incomplete quoted field: wait for more bytes
        fStart = i + 1;
        fEnd = j;
        i = j + 1;
        quoted = escaped;
        // skip to delimiter / end of line (garbage after a closing quote is kept out)
        while (i < n && buf[i] !== delim && buf[i] !== LF && buf[i] !== CR) i++;
      } else {
        while (i < n) {
          c = buf[i] as number;
          if (c === delim || c === LF || c === CR) break;
          i++;
        }
        fEnd = i;
      }
      if (i >= n && !final) break; // field may continue in the next chunk
      // store the field
      if (headerFields) headerFields.push(decodeField(buf, fStart, fEnd, quoted));
      else {
        if (fieldCount >= starts.length) {
          const ns = new Int32Array(starts.length * 2);
          ns.set(starts);
          starts = ns;
          const ne = new Int32Array(ends.length * 2);
          ne.set(ends);
          ends = ne;
        }
        starts[fieldCount] = fStart;
        ends[fieldCount] = quoted ? -fEnd - 1 : fEnd;
        fieldCount++;
      }
      nFields++;
      // end of field: delimiter or end of line or end of (final) buffer
      if (i < n && buf[i] === delim) {
        i++;
        if (i >= n && final) {
          // trailing delimiter at EOF: an empty last field
          if (!headerFields) {
            starts[fieldCount] = i;
            ends[fieldCount] = i;
            fieldCount++;
          }
          nFields++;
        } else continue;
      }
      // end of row
      if (i < n && buf[i] === CR) i++;
      if (i < n && buf[i] === LF) i++;
      const rowIsBlank = nFields === 1 && fEnd === fStart && !quoted && buf[fStart - 1] !== QUOTE;
      if (headerFields) {
        names = headerFields;
        width = names.length;
        headerFields = null;
      } else if (rowIsBlank) {
        fieldCount -= 1;
      } else if (nFields !== width) {
        if (failOnBad) throw new CsvError(`CSV line ${line}: ${nFields} fields, expected ${width} (the header's count)`, line);
        bad++;
        fieldCount -= nFields;
      } else rows++;
      nFields = 0;
      rowStartPos = i;
      consumedTo = i;
      line = lastLine + 1;
      lastLine = line;
    }
    if (!headerFields && names) {
      // drop the partial row's fields
      fieldCount = rows * (width as number);
    }
    void rowStartPos;
    carry = buf.subarray(consumedTo);
    if (rows > 0 || bad > 0) yield new CsvBatch(names as string[], buf, starts.slice(0, fieldCount), ends.slice(0, fieldCount), rows, bad, caches);
  };

  for await (const chunk of chunks) {
    // a plain Uint8Array view (a Buffer is a subclass): one element kind in the hot loops
    const bytes = typeof chunk === 'string' ? encoder.encode(chunk) : new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (bytes.length === 0) continue;
    let buf: Uint8Array;
    if (carry.length === 0) buf = bytes;
    else {
      buf = new Uint8Array(carry.length + bytes.length);
      buf.set(carry);
      buf.set(bytes, carry.length);
    }
    yield* processBuffer(buf, false);
  }
  if (carry.length > 0) yield* processBuffer(carry, true);
  if (!names) throw new CsvError('CSV input is empty: no header row', 1);
}
