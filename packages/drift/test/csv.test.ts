// readCsv gives the same rows, strings, numbers, bad rows and line numbers whatever the chunking (rows cut by a chunk
// and finished in a small copy, quoted line breaks across chunks, batches of at most 8192 rows), and its scan workers
// give exactly what this thread's scan gives, whatever the piece size, also where a stray quote misleads the cut.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type CsvOptions, CsvError, type RowBatch, readCsv } from '../src/index.js';

interface Read {
  rows: number;
  bad: number;
  strings: (string | null)[][];
  numbers: number[][];
}

function* chunksOf(text: string, size: number): Generator<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  for (let i = 0; i < bytes.length; i += size) yield bytes.slice(i, i + size);
}

/** Reads like ProfileBuilder does: numbers of the numeric columns, strings of the others, batch by batch. */
async function read(text: string, chunk: number, numericCols: readonly number[], options: CsvOptions): Promise<Read> {
  const out: Read = { rows: 0, bad: 0, strings: [], numbers: [] };
  for await (const b of readCsv(chunksOf(text, chunk), options)) {
    out.rows += b.length;
    out.bad += b.badRows;
    b.names.forEach((_, c) => {
      out.strings[c] ??= [];
      out.numbers[c] ??= [];
      if (numericCols.includes(c)) (out.numbers[c] as number[]).push(...b.numbers(c));
      else (out.strings[c] as (string | null)[]).push(...b.strings(c));
    });
  }
  return out;
}

/** Rows of every awkward kind: quoted delimiters, escaped quotes, line breaks in quotes, CRLF, blanks, NA, bad rows. */
function awkwardCsv(rows: number): string {
  const numbers = ['1.5', '-0', '.5', '1e300', '0.30000000000000004', '123456789012345678', '7E-3', 'NA', '', 'inf', '0x10', ' 42 ', '-1.25e+2'];
  const labels = ['plain', '"quoted, comma"', '"say ""hi"""', '"two\nlines"', 'é', 'NA', '""', `long-${'x'.repeat(50)}`];
  const lines = ['n,label,m'];
  for (let i = 0; i < rows; i++) {
    if (i % 97 === 13) lines.push(''); // blank line
    if (i % 211 === 50) lines.push(`${i},too,many,fields`); // bad row
    const eol = i % 5 === 0 ? '\r' : '';
    lines.push(`${numbers[i % numbers.length]},${labels[(i * 7) % labels.length]},${i}${eol}`);
  }
  return `${lines.join('\n')}\n`;
}

describe('readCsv chunking', () => {
  it('the same rows, strings, numbers and bad rows for any chunk size as in one chunk', async () => {
    const text = awkwardCsv(6000);
    const whole = await read(text, text.length * 2, [0, 2], {});
    expect(whole.rows).toBe(6000);
    expect(whole.bad).toBeGreaterThan(20);
    expect(new Set(whole.strings[1])).toEqual(new Set(['plain', 'quoted, comma', 'say "hi"', 'two\nlines', 'é', null, `long-${'x'.repeat(50)}`]));
    for (const chunk of [1, 2, 3, 7, 100, 777, 4096, 65536]) expect(await read(text, chunk, [0, 2], {}), `chunk ${chunk}`).toEqual(whole);
  });

  it('chunks without a quote read like the whole text with one, for comma, tab and semicolon delimiters', async () => {
    // one quoted row at the very end: read whole, every byte goes through the quote-aware scan; in small chunks,
    // every chunk but the last has no quote
    for (const delim of [',', '\t', ';']) {
      const rows = Array.from({ length: 3000 }, (_, i) => {
        if (i % 101 === 7) return ''; // a blank line
        if (i % 211 === 9) return ['1', '2'].join(delim); // a bad row
        if (i % 13 === 0) return ['', `v${i % 9}`, 'NA'].join(delim); // missing values
        return [String(i / 8), `label ${i % 17}\u0001`, `${i}e-2`].join(delim) + (i % 3 === 0 ? '\r' : '');
      });
      const text = `a${delim}b${delim}c\n${rows.join('\n')}\n"q"${delim}x${delim}1\n4${delim}y${delim}`;
      const options = { delimiter: delim };
      const whole = await read(text, text.length * 2, [0, 2], options);
      expect(whole.rows).toBeGreaterThan(2800);
      expect(whole.strings[1]?.at(-1)).toBe('y');
      expect(whole.numbers[2]?.at(-1)).toBeNaN(); // the empty last field after a trailing delimiter
      for (const chunk of [7, 100, 4096]) expect(await read(text, chunk, [0, 2], options), `delimiter ${JSON.stringify(delim)}, chunk ${chunk}`).toEqual(whole);
    }
  });

  it('on-bad-rows fail names the line, counting the line breaks inside quoted fields, whatever the chunking', async () => {
    const good = Array.from({ length: 4000 }, (_, i) => `${i},"q\n${i}"`); // two lines per row
    const text = `n,s\n${good.join('\n')}\n1,2,3\n`;
    const line = 1 + 4000 * 2 + 1;
    for (const chunk of [333, 1 << 20]) {
      const error = await read(text, chunk, [0], { onBadRows: 'fail' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CsvError);
      expect((error as CsvError).message).toBe(`CSV line ${line}: 3 fields, expected 2 (the header's count)`);
      expect((error as CsvError).line).toBe(line);
    }
  });

  it('batches hold at most 8192 rows (large arrays of strings fill several times slower in V8)', async () => {
    const text = `a,b\n${Array.from({ length: 20_000 }, (_, i) => `${i},x${i % 5}`).join('\n')}\n`;
    const sizes: number[] = [];
    for await (const b of readCsv([text])) sizes.push(b.length);
    expect(sizes).toEqual([8192, 8192, 3616]);
  });
});

const serial: CsvOptions = { parallel: { workers: 0 } };
const parallel = (pieceBytes: number, workers = 2): CsvOptions => ({ parallel: { workers, after: 64, pieceBytes } });

describe('readCsv scan workers', () => {
  it('the same rows, strings, numbers and bad rows as one thread, for any chunk and piece size', async () => {
    const text = awkwardCsv(6000);
    const expected = await read(text, 1 << 20, [0, 2], serial);
    expect(expected.rows).toBe(6000);
    expect(expected.bad).toBeGreaterThan(20);
    for (const [chunk, piece] of [
      [1000, 4096],
      [777, 1500],
      [65536, 65536],
      [3, 100],
    ] as const) {
      const got = await read(text, chunk, [0, 2], parallel(piece));
      expect(got, `chunk ${chunk}, piece ${piece}`).toEqual(expected);
    }
  });

  it('a stray quote inside an unquoted field misleads the split: the piece check catches it and one thread finishes', async () => {
    // `a"b` opens no quote (quotes count only at a field's start), but a quote walk takes it as one, so the line
    // break inside the next quoted field looks like a row end
    const block = 'a"b,1\n"x\ny",2\nplain,3\n';
    const text = `label,n\n${block.repeat(3000)}`;
    const expected = await read(text, 1 << 20, [1], serial);
    expect(expected.rows).toBe(9000);
    expect(expected.strings[0]?.slice(0, 3)).toEqual(['a"b', 'x\ny', 'plain']);
    for (const piece of [200, 4096]) expect(await read(text, 500, [1], parallel(piece))).toEqual(expected);
    // a stray quote and then no quote at all: no row end "outside quotes" for many pieces; the bytes are not held
    // until the end of the input (memory stays bounded): this thread takes over after a few pieces
    const lone = `label,n\n${Array.from({ length: 5000 }, (_, i) => `${i === 500 ? 'st"ray' : `v${i}`},${i}`).join('\n')}\n`;
    expect(await read(lone, 300, [1], parallel(1024))).toEqual(await read(lone, 300, [1], serial));
    const chunks = [...chunksOf(lone, 300)];
    let given = 0;
    const source = (function* () {
      for (const c of chunks) {
        given++;
        yield c;
      }
    })();
    const givenAtBatch: number[] = [];
    for await (const b of readCsv(source, parallel(1024))) if (b.length) givenAtBatch.push(given);
    expect(givenAtBatch.filter((g) => g < chunks.length / 2).length).toBeGreaterThan(10);
  });

  it('on-bad-rows fail names the same line from a worker as from this thread', async () => {
    const good = Array.from({ length: 4000 }, (_, i) => `${i},"q\n${i}"`); // two lines per row
    const text = `n,s\n${good.join('\n')}\n1,2,3\n`;
    const line = 1 + 4000 * 2 + 1;
    await expect(read(text, 1 << 20, [0], { ...serial, onBadRows: 'fail' })).rejects.toThrow(`CSV line ${line}: 3 fields, expected 2`);
    const error = await read(text, 333, [0], { ...parallel(2048), onBadRows: 'fail' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CsvError);
    expect((error as CsvError).line).toBe(line);
  });

  it('a reader left early stops its workers: their threads are gone', async () => {
    const threads = () => Number(/^Threads:\s+(\d+)/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1]);
    const before = threads();
    const text = awkwardCsv(3000);
    let seen = 0;
    let during = 0;
    for await (const b of readCsv(chunksOf(text, 500), parallel(1024))) {
      seen += (b as RowBatch).length;
      during = Math.max(during, threads());
      if (seen > 1000) break;
    }
    expect(during).toBeGreaterThanOrEqual(before + 2);
    expect(threads()).toBe(before);
  });
});
