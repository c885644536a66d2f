/**
 * The CSV hot loops: plain functions over locals and typed arrays (V8 runs a generator's loop over closure
 * variables several times slower). Byte values: 34 `"`, 10 LF, 13 CR, 32 space, 43 `+`, 45 `-`, 46 `.`,
 * 48..57 digits, 69/101 `E`/`e`.
 */

/** What scanRows found in one buffer. `starts`/`ends` may be replaced by bigger arrays. */
export interface ScanOut {
  /** Field offsets; a quoted field with escaped quotes has a negative end (-end - 1). */
  starts: Int32Array;
  ends: Int32Array;
  rows: number;
  bad: number;
  /** Fields of the complete good rows (rows x width), or of the header row in header mode. */
  fieldCount: number;
  /** Bytes [0, consumed) held complete rows; the rest waits for more bytes. */
  consumed: number;
  /** Lines in [0, consumed) (a quoted field may span lines). */
  lines: number;
  /** 1-based line of the first row with the wrong field count, relative to the buffer (0: none) and its count. */
  firstBadLine: number;
  firstBadFields: number;
}

export function newScanOut(capacity: number): ScanOut {
  return {
    starts: new Int32Array(capacity),
    ends: new Int32Array(capacity),
    rows: 0,
    bad: 0,
    fieldCount: 0,
    consumed: 0,
    lines: 0,
    firstBadLine: 0,
    firstBadFields: 0,
  };
}

/**
 * Finds the fields of the complete rows in buf (RFC 4180 quotes, LF or CRLF; blank lines skipped). width < 0 is
 * header mode: only the first row is scanned. Rows with another field count than width are counted as bad.
 */
export function scanRows(buf: Uint8Array, final: boolean, width: number, delim: number, out: ScanOut): void {
  const n = buf.length;
  let starts = out.starts;
  let ends = out.ends;
  let nFields = 0;
  let rows = 0;
  let bad = 0;
  let fieldCount = 0;
  let i = 0;
  let consumed = 0;
  let line = 1; // line of the current row
  let lastLine = 1; // line of the current byte (quoted fields may hold line breaks)
  let firstBadLine = 0;
  let firstBadFields = 0;
  while (i < n) {
    let fStart = i;
    let fEnd = i;
    let quoted = false;
    if (buf[i] === 34) {
      let j = i + 1;
      let escaped = false;
      for (;;) {
        if (j >= n) {
          j = -1;
          break;
        }
        const q = buf[j] as number;
        if (q === 34) {
          if (j + 1 < n && buf[j + 1] === 34) {
            escaped = true;
            j += 2;
            continue;
          }
          if (j + 1 >= n && !final) j = -1; // cannot tell "" from the closing quote yet
          break;
        }
        if (q === 10) lastLine++;
        j++;
      }
      if (j < 0) break; // an incomplete quoted field: wait for more bytes
      fStart = i + 1;
      fEnd = j;
      i = j + 1;
      quoted = escaped;
      // garbage after a closing quote is kept out of the field
      while (i < n) {
        const c = buf[i] as number;
        if (c === delim || c === 10 || c === 13) break;
        i++;
      }
    } else {
      while (i < n) {
        const c = buf[i] as number;
        if (c === delim || c === 10 || c === 13) break;
        i++;
      }
      fEnd = i;
    }
    if (i >= n && !final) break; // the field may continue in the next chunk
    if (fieldCount + 2 > starts.length) {
      const biggerStarts = new Int32Array(starts.length * 2);
      biggerStarts.set(starts);
      starts = biggerStarts;
      const biggerEnds = new Int32Array(ends.length * 2);
      biggerEnds.set(ends);
      ends = biggerEnds;
    }
    starts[fieldCount] = fStart;
    ends[fieldCount] = quoted ? -fEnd - 1 : fEnd;
    fieldCount++;
    nFields++;
    if (i < n && buf[i] === delim) {
      i++;
      if (i < n || !final) continue;
      // a trailing delimiter at the end of the input: an empty last field
      starts[fieldCount] = i;
      ends[fieldCount] = i;
      fieldCount++;
      nFields++;
    }
    // end of row
    if (i < n && buf[i] === 13) i++;
    if (i < n && buf[i] === 10) i++;
    consumed = i;
    if (width < 0) {
      rows = 1;
      line = lastLine + 1;
      break;
    }
    if (nFields === 1 && fEnd === fStart && !quoted && buf[fStart - 1] !== 34) {
      fieldCount -= 1; // a blank line
    } else if (nFields !== width) {
      if (firstBadLine === 0) {
        firstBadLine = line;
        firstBadFields = nFields;
      }
      bad++;
      fieldCount -= nFields;
    } else rows++;
    nFields = 0;
    line = lastLine + 1;
    lastLine = line;
  }
  out.starts = starts;
  out.ends = ends;
  out.rows = rows;
  out.bad = bad;
  // a partial row's fields are dropped: it is scanned again with the next bytes
  out.fieldCount = width < 0 ? (rows ? fieldCount : 0) : rows * width;
  out.consumed = consumed;
  out.lines = line - 1;
  out.firstBadLine = firstBadLine;
  out.firstBadFields = firstBadFields;
}

/**
 * bytes[start, end) as a number: exact for up to 15 significant digits and |exponent| <= 22 (Clinger's fast path);
 * NaN when it is not a decimal number; Infinity when this fast path cannot tell (the caller parses the text).
 */
export function fastNumber(b: Uint8Array, start: number, end: number): number {
  while (start < end && b[start] === 32) start++;
  while (end > start && b[end - 1] === 32) end--;
  if (start >= end) return Number.NaN;
  let i = start;
  let c = b[i] as number;
  // only decimal notation is a number (as in pandas): a letter first ("NA", "inf", "v12") is not
  if (!((c >= 48 && c <= 57) || c === 45 || c === 43 || c === 46)) return Number.NaN;
  let neg = false;
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
    if (digits >= 15) return Number.POSITIVE_INFINITY;
    mant = mant * 10 + (c - 48);
    if (mant !== 0) digits++;
    i++;
  }
  if (i < end && b[i] === 46) {
    i++;
    while (i < end) {
      c = b[i] as number;
      if (c < 48 || c > 57) break;
      sawDigit = true;
      if (digits >= 15) return Number.POSITIVE_INFINITY;
      mant = mant * 10 + (c - 48);
      if (mant !== 0) digits++;
      exp10--;
      i++;
    }
  }
  if (!sawDigit) return Number.POSITIVE_INFINITY;
  if (i < end) {
    c = b[i] as number;
    if (c !== 101 && c !== 69) return Number.POSITIVE_INFINITY;
    i++;
    let negExp = false;
    if (i < end && (b[i] === 45 || b[i] === 43)) {
      negExp = b[i] === 45;
      i++;
    }
    let e = 0;
    let expDigits = 0;
    while (i < end) {
      c = b[i] as number;
      if (c < 48 || c > 57) return Number.NaN;
      e = e * 10 + (c - 48);
      expDigits++;
      i++;
    }
    if (expDigits === 0 || e > 400) return Number.POSITIVE_INFINITY;
    exp10 += negExp ? -e : e;
  }
  if (exp10 > 22 || exp10 < -22) return Number.POSITIVE_INFINITY;
  // 10^k is exact up to k = 22, and so is each product on the way
  let pow = 1;
  for (let k = exp10 < 0 ? -exp10 : exp10; k > 0; k--) pow *= 10;
  const v = exp10 < 0 ? mant / pow : mant * pow;
  return neg ? -v : v;
}

/**
 * The numbers of the columns that have a slot (fastNumber of each field), by slot: out[slot * rows + row]; a
 * column without one (-1) is not parsed (labels parsed as numbers would only cost time: the reader gives slots to
 * the columns its caller asked numbers of).
 */
export function columnNumbers(
  bytes: Uint8Array,
  starts: Int32Array,
  ends: Int32Array,
  width: number,
  rows: number,
  slots: Int32Array,
  out: Float64Array,
): void {
  for (let col = 0; col < width; col++) {
    const slot = slots[col] as number;
    if (slot < 0) continue;
    const base = slot * rows;
    for (let r = 0, k = col; r < rows; r++, k += width) {
      const e = ends[k] as number;
      out[base + r] = fastNumber(bytes, starts[k] as number, e < 0 ? -e - 1 : e);
    }
  }
}

/**
 * The end of the last complete row in bytes, which start at a row start: the byte after the last LF outside
 * quotes (0: none). Walks the quotes with the native indexOf (memchr), so bytes without quotes cost two native
 * scans. A stray quote inside an unquoted field can mislead it; the reader checks each piece's scan and falls back.
 */
export function lastRowEnd(bytes: Uint8Array): number {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  let pos = 0;
  let end = 0;
  for (;;) {
    const open = buf.indexOf(34, pos);
    const outsideEnd = open < 0 ? buf.length : open;
    if (outsideEnd > pos) {
      const lf = buf.lastIndexOf(10, outsideEnd - 1);
      if (lf >= pos) end = lf + 1;
    }
    if (open < 0) return end;
    const close = buf.indexOf(34, open + 1);
    if (close < 0) return end;
    pos = close + 1;
  }
}

/**
 * The scan workers' source, built from the functions above (each stands alone: literals only, no module names but
 * each other), so an action bundle stays one file. A message brings a piece of whole rows and the arrays to fill,
 * all transferred, and the same arrays go back (or bigger ones when they were too small): nothing is allocated per
 * piece once the reader's buffers go round (fresh memory costs page faults on a VM).
 */
export function scanWorkerSource(): string {
  return `'use strict';
const { parentPort } = require('node:worker_threads');
${scanRows.toString()}
${fastNumber.toString()}
${columnNumbers.toString()}
parentPort.on('message', (m) => {
  const bytes = new Uint8Array(m.buffer, 0, m.length);
  const out = { starts: new Int32Array(m.starts), ends: new Int32Array(m.ends), rows: 0, bad: 0, fieldCount: 0, consumed: 0, lines: 0, firstBadLine: 0, firstBadFields: 0 };
  ${scanRows.name}(bytes, false, m.width, m.delim, out);
  let parsedColumns = 0;
  for (const slot of m.slots) if (slot >= 0) parsedColumns++;
  let numbers = new Float64Array(m.numbers);
  if (numbers.length < parsedColumns * out.rows) numbers = new Float64Array(parsedColumns * out.rows);
  ${columnNumbers.name}(bytes, out.starts, out.ends, m.width, out.rows, m.slots, numbers);
  parentPort.postMessage(
    { id: m.id, slots: m.slots, buffer: m.buffer, length: m.length, rows: out.rows, bad: out.bad, consumed: out.consumed, lines: out.lines,
      firstBadLine: out.firstBadLine, firstBadFields: out.firstBadFields, fieldCount: out.fieldCount,
      starts: out.starts.buffer, ends: out.ends.buffer, numbers: numbers.buffer },
    [m.buffer, out.starts.buffer, out.ends.buffer, numbers.buffer],
  );
});
`;
}
