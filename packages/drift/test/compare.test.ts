import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  batchFromRecords,
  type ColumnType,
  CompareError,
  compareProfiles,
  type MethodName,
  Profile,
  ProfileBuilder,
  profileOf,
  readCsv,
  readJsonLines,
  type RowBatch,
} from '../src/index.js';
import { vegaData } from './data.js';
import { relClose } from './scipy.js';

interface PyColumn {
  name: string;
  type: ColumnType;
  method: MethodName | null;
  ref: (number | string)[];
  cur: (number | string)[];
  int?: boolean;
}
interface PyResult {
  method: MethodName;
  statistic?: number | string;
  p?: number;
}

/** Evidently's stattests, re-expressed in numpy/scipy (test/evidently_ref.py), on the same values. */
function evidently(columns: PyColumn[]): PyResult[] {
  const out = execFileSync('python3', [fileURLToPath(new URL('./evidently_ref.py', import.meta.url))], {
    input: JSON.stringify({ columns }),
    maxBuffer: 1 << 30,
    encoding: 'utf8',
  });
  return JSON.parse(out) as PyResult[];
}

function* chunksOf(text: string, size: number) {
  const bytes = new TextEncoder().encode(text);
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

const weatherCsv = readFileSync(vegaData('seattle-weather.csv'), 'utf8');
const weatherLines = weatherCsv.trim().split('\n');
const weatherYear = (year: string) => [weatherLines[0], ...weatherLines.slice(1).filter((l) => l.startsWith(year))].join('\n');

function checkAgainst(report: ReturnType<typeof compareProfiles>, cols: PyColumn[], py: PyResult[]) {
  cols.forEach((c, i) => {
    const ours = report.columns.find((x) => x.name === c.name && (c.method === null || x.method === c.method));
    const theirs = py[i] as PyResult;
    expect(ours, c.name).toBeDefined();
    if (!ours) return;
    expect(ours.method, c.name).toBe(theirs.method);
    expect(ours.basis).toBe('exact');
    if (typeof theirs.statistic === 'string') expect(String(ours.statistic)).toBe(theirs.statistic === 'inf' ? 'Infinity' : theirs.statistic);
    else if (theirs.statistic !== undefined)
      expect(relClose(ours.statistic, theirs.statistic), `${c.name} ${ours.method}: ${ours.statistic} vs ${theirs.statistic}`).toBe(true);
    if (theirs.p !== undefined) expect(relClose(ours.pValue as number, theirs.p), `${c.name} ${ours.method} p: ${ours.pValue} vs ${theirs.p}`).toBe(true);
  });
}

describe('compareProfiles reproduces Evidently (numpy/scipy reference) on real data', () => {
  it('seattle-weather 2012 vs 2015 through the CSV reader in 7-byte chunks: default methods (<= 1000 rows: KS, chi-square)', async () => {
    const ref = await profileOf(readCsv(chunksOf(weatherYear('2012'), 7)));
    const cur = await profileOf(readCsv(chunksOf(weatherYear('2015'), 7)));
    expect(ref.rows).toBe(366);
    expect(cur.rows).toBe(365);
    const report = compareProfiles(ref, cur);
    const names = ['precipitation', 'temp_max', 'temp_min', 'wind', 'weather'];
    const col = (text: string, name: string, numeric: boolean) => {
      const lines = text.trim().split('\n');
      const idx = (lines[0] as string).split(',').indexOf(name);
      return lines.slice(1).map((l) => (numeric ? Number(l.split(',')[idx]) : (l.split(',')[idx] as string)));
    };
    const cols: PyColumn[] = names.map((n) => ({
      name: n,
      type: n === 'weather' ? 'categorical' : 'numeric',
      method: null,
      ref: col(weatherYear('2012'), n, n !== 'weather'),
      cur: col(weatherYear('2015'), n, n !== 'weather'),
    }));
    checkAgainst(report, cols, evidently(cols));
    // date: categorical (366 distinct) -> chi-square; 4 numeric > 5 unique -> KS; weather (5 values) -> chi-square
    expect(report.columns.map((c) => c.method)).toEqual(['chisquare', 'ks', 'ks', 'ks', 'ks', 'chisquare']);
    // every method by override, on every column where it applies (one python run for all of them)
    const runs = (['psi', 'jensenshannon', 'linf', 'wasserstein', 'ks', 'chisquare'] as MethodName[]).map((method) => {
      const applicable = cols.filter((c) => c.type === 'numeric' || !['ks', 'wasserstein'].includes(method));
      const r = compareProfiles(ref, cur, { columns: Object.fromEntries(applicable.map((c) => [c.name, { method }])) });
      return { method, r, withMethod: applicable.map((c) => ({ ...c, method })) };
    });
    const py = evidently(runs.flatMap((x) => x.withMethod));
    let at = 0;
    for (const { method, r, withMethod } of runs) {
      const mine = r.columns.filter((c) => withMethod.some((w) => w.name === c.name));
      checkAgainst({ ...r, columns: mine }, withMethod, py.slice(at, at + withMethod.length));
      at += withMethod.length;
      for (const c of mine) expect(c).toMatchObject({ method, chosenBy: 'override' });
    }
  });

  it('flights-200k (JSON Lines): first vs second 100k rows, > 1000 rows: normed Wasserstein and Jensen-Shannon', async () => {
    const rows = JSON.parse(readFileSync(vegaData('flights-200k.json'), 'utf8')) as Record<string, number>[];
    const refRows = rows.slice(0, 100_000);
    const curRows = rows.slice(100_000, 200_000);
    const jsonl = (rs: object[]) => `${rs.map((r) => JSON.stringify(r)).join('\n')}\n`;
    const ref = await profileOf(readJsonLines(chunksOf(jsonl(refRows), 65_536)), { types: { delay: 'numeric' } });
    const cur = await profileOf(readJsonLines(chunksOf(jsonl(curRows), 65_536)), { types: { delay: 'numeric' } });
    const report = compareProfiles(ref, cur, { columns: { time: { method: 'psi' } } });
    const cols: PyColumn[] = ['delay', 'distance', 'time'].map((n) => ({
      name: n,
      type: 'numeric',
      method: n === 'time' ? 'psi' : null,
      ref: refRows.map((r) => r[n] as number),
      cur: curRows.map((r) => r[n] as number),
      int: n !== 'time',
    }));
    const py = evidently(cols);
    checkAgainst(report, cols, py);
    expect(report.columns.map((c) => c.method)).toEqual(['wasserstein', 'wasserstein', 'psi']);
    // psi on the integer columns exercises numpy's integer-dtype Sturges rule
    const psiInts = compareProfiles(ref, cur, { method: 'psi' });
    const pyPsi = evidently(cols.map((c) => ({ ...c, method: 'psi' })));
    checkAgainst(
      psiInts,
      cols.map((c) => ({ ...c, method: 'psi' })),
      pyPsi,
    );
  });

  it('flights-10k origin/destination: categorical Jensen-Shannon, and the saved profile gives the same report', async () => {
    const rows = JSON.parse(readFileSync(vegaData('flights-10k.json'), 'utf8')) as Record<string, string>[];
    const half = (from: number, to: number) => batchFromRecords(rows.slice(from, to));
    const ref = await profileOf([half(0, 5000)]);
    const cur = await profileOf([half(5000, 10_000)]);
    const report = compareProfiles(ref, cur);
    const cols: PyColumn[] = ['origin', 'destination'].map((n) => ({
      name: n,
      type: 'categorical',
      method: null,
      ref: rows.slice(0, 5000).map((r) => r[n] as string),
      cur: rows.slice(5000).map((r) => r[n] as string),
    }));
    checkAgainst(report, cols, evidently(cols));
    const saved = Profile.fromJSON(JSON.parse(JSON.stringify(ref.toJSON())));
    expect(compareProfiles(saved, cur)).toEqual(report);
    expect(report.share).toBe(report.columns.filter((c) => c.drifted).length / report.columns.length);
    expect(report.detected).toBe(report.share >= 0.5);
  });

  it('a category only in current is reported (chi-square p = 0), a numeric/categorical clash is a clear error', async () => {
    const a = await profileOf([batchFromRecords([{ c: 'x' }, { c: 'y' }, { c: 'w' }])]);
    const b = await profileOf([batchFromRecords([{ c: 'x' }, { c: 'z' }, { c: 'z' }])]);
    const r = compareProfiles(a, b);
    expect(r.columns[0]).toMatchObject({ method: 'chisquare', pValue: 0, drifted: true });
    const n = await profileOf([batchFromRecords([{ c: 1 }, { c: 2 }])]);
    expect(() => compareProfiles(n, b)).toThrow(CompareError);
    expect(() => compareProfiles(n, b)).toThrow(/numeric in the reference but categorical/);
  });
});

describe('readCsv', () => {
  const collect = async (it: AsyncIterable<RowBatch>) => {
    const rows: (string | null)[][] = [];
    let bad = 0;
    for await (const b of it) {
      bad += b.badRows;
      for (let r = 0; r < b.length; r++) rows.push(b.names.map((_, c) => b.strings(c)[r] as string | null));
    }
    return { rows, bad };
  };

  it('quotes, escaped quotes, CRLF, blank lines, missing values, a final row without newline, any chunking', async () => {
    const text = 'a,b,c\r\n1,"x, y",3\r\n\r\n"4","say ""hi""",\n7,NA,9.5e-3';
    for (const size of [1, 2, 3, 5, 8, 1000]) {
      const { rows, bad } = await collect(readCsv(chunksOf(text, size)));
      expect(rows, `chunk ${size}`).toEqual([
        ['1', 'x, y', '3'],
        ['4', 'say "hi"', null],
        ['7', null, '9.5e-3'],
      ]);
      expect(bad).toBe(0);
    }
    const [batch] = await Array.fromAsync(readCsv(['a,b\n1.5,2\n-3e2, 7 \n']));
    expect(Array.from((batch as RowBatch).numbers(0))).toEqual([1.5, -300]);
    expect(Array.from((batch as RowBatch).numbers(1))).toEqual([2, 7]);
  });

  it('counts rows with the wrong field count, or fails naming the line', async () => {
    const text = 'a,b\n1,2\n3\n4,5,6\n7,8\n';
    const { rows, bad } = await collect(readCsv([text]));
    expect(rows).toEqual([
      ['1', '2'],
      ['7', '8'],
    ]);
    expect(bad).toBe(2);
    await expect(collect(readCsv([text], { onBadRows: 'fail' }))).rejects.toThrow(/CSV line 3: 1 fields, expected 2/);
    const p = new ProfileBuilder();
    for await (const b of readCsv([text])) p.add(b);
    expect(p.finish().badRows).toBe(2);
  });

  it('labels through the decoded-field cache: many distinct labels (more than its slots), repeats, non-ASCII, long ones, missing tokens', async () => {
    // 6000 distinct labels repeated in a scrambled order, so slots are reused and overwritten
    const labels = Array.from({ length: 6000 }, (_, i) => (i % 7 === 0 ? `é${i}` : i % 11 === 0 ? `long-label-${'x'.repeat(40)}-${i}` : `v${i}`));
    const column = Array.from({ length: 30_000 }, (_, i) => (i % 97 === 0 ? 'NA' : (labels[(i * 7919) % labels.length] as string)));
    const text = `label,n\n${column.map((l, i) => `${l},${i}`).join('\n')}\n`;
    for (const size of [4093, 1 << 20]) {
      const seen: (string | null)[] = [];
      for await (const b of readCsv(chunksOf(text, size))) seen.push(...b.strings(0));
      expect(seen).toEqual(column.map((l) => (l === 'NA' ? null : l)));
    }
  });

  it('parses numbers exactly like the engine (Number) on seattle-weather', async () => {
    const all: number[] = [];
    for await (const b of readCsv(chunksOf(weatherCsv, 4096))) all.push(...b.numbers(2));
    const expected = weatherLines.slice(1).map((l) => Number(l.split(',')[2]));
    expect(all).toEqual(expected);
  });
});
