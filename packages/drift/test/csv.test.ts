// readCsv gives the same rows, strings, numbers, bad rows and line numbers whatever the chunking: rows cut by a chunk
// (finished in a small copy), quoted line breaks across chunks, batches of at most 8192 rows.
import { describe, expect, it } from 'vitest';
import { type CsvOptions, CsvError, readCsv } from '../src/index.js';

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
