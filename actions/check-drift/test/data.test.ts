// Data mode with the bundled action, on real data (vega-datasets' seattle-weather): workspace files, S3 objects
// and prefixes of many objects (paged listings), SageMaker Data Capture in all three encodings under the hour
// folders of a window, saved profiles, and every malformed row/file, empty window or missing column as a clear
// error or counted per on-bad-rows, never a crash.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BUCKET, put, runStep, startWorlds, type Worlds } from './worlds.js';

const WEATHER = path.join(path.dirname(createRequire(import.meta.url).resolve('vega-datasets')), '..', 'data', 'seattle-weather.csv');
const [HEADER, ...ROWS] = readFileSync(WEATHER, 'utf8').trim().split('\n') as [string, ...string[]];
const month = (row: string): number => Number(row.slice(5, 7));
const WINTER = ROWS.filter((r) => [12, 1, 2].includes(month(r)));
const SUMMER = ROWS.filter((r) => [6, 7, 8].includes(month(r)));
const csv = (rows: string[]): string => `${HEADER}\n${rows.join('\n')}\n`;
/** The feature columns (date left out), as a Data Capture CSV payload has them. */
const FEATURES = ['precipitation', 'temp_max', 'temp_min', 'wind', 'weather'];
const features = (row: string): string => row.split(',').slice(1).join(',');

let worlds: Worlds;
const workspace = mkdtempSync(path.join(tmpdir(), 'drift-ws-'));
beforeAll(async () => {
  worlds = await startWorlds();
  writeFileSync(path.join(workspace, 'winter.csv'), csv(WINTER));
  writeFileSync(path.join(workspace, 'summer.csv'), csv(SUMMER));
  writeFileSync(path.join(workspace, 'winter-b.csv.gz'), gzipSync(csv(WINTER.filter((_, i) => i % 2 === 1))));
  writeFileSync(path.join(workspace, 'features.csv'), `${FEATURES.join(',')}\n${WINTER.map(features).join('\n')}\n`);
});
afterAll(async () => {
  await worlds?.close();
  rmSync(workspace, { recursive: true, force: true });
});

const step = (inputs: Record<string, string>, options: { keepTemp?: boolean } = {}) =>
  runStep(worlds, { issue: 'off', 'ignore-columns': 'date', ...inputs }, { workspace, ...options });

function readReport(result: {
  outputs: Record<string, string>;
  paths: { root: string };
}): Record<string, unknown> & { columns: Array<Record<string, unknown>> } {
  const report = JSON.parse(readFileSync(result.outputs.report!, 'utf8'));
  rmSync(result.paths.root, { recursive: true, force: true });
  return report;
}

describe('workspace files', () => {
  test('winter vs summer: dataset drift, every column with its method, statistic and verdict; a mermaid chart per top column', async () => {
    const result = await step({ baseline: 'winter.csv', current: 'summer.csv' }, { keepTemp: true });
    expect(result.errors).toEqual([]);
    expect(result.outputs['drift-detected']).toBe('true');
    const drifted = JSON.parse(result.outputs['drifted-features']!) as string[];
    expect(drifted).toEqual(expect.arrayContaining(['temp_max', 'temp_min']));
    const report = readReport(result);
    expect(report.columns.map((c) => c.name).sort()).toEqual(['precipitation', 'temp_max', 'temp_min', 'weather', 'wind']);
    for (const column of report.columns) {
      expect(column).toMatchObject({ method: expect.any(String), threshold: expect.any(Number), drifted: expect.any(Boolean), statistic: expect.any(Number) });
    }
    expect(Number(result.outputs['drift-share'])).toBeCloseTo((report as { share: number }).share, 6);
    expect(result.summary).toMatch(/```mermaid\nxychart-beta\n {2}title "temp_m(ax|in)"/);
    expect(result.summary).toContain('<code>temp_max</code>');
  });

  test('two halves of the same winter: no dataset drift; a gzipped CSV is read like the plain one', async () => {
    writeFileSync(path.join(workspace, 'winter-a.csv'), csv(WINTER.filter((_, i) => i % 2 === 0)));
    const result = await step({ baseline: 'winter-a.csv', current: 'winter-b.csv.gz' });
    expect(result.errors).toEqual([]);
    expect(result.outputs['drift-detected']).toBe('false');
  });

  test('a CSV of 14 MB (read in reused 1 MiB buffers, rows cut at every chunk edge, past 8 MiB scanned by workers) profiles exactly like its gzipped copy (read as a stream)', async () => {
    // the rows shifted a little per copy, so that no chunk repeats the bytes of the one before it
    const rows = Array.from({ length: 300 }, (_, copy) =>
      ROWS.map((r) => r.replace(/,(\d+\.\d)/, (_, x: string) => `,${(Number(x) + copy / 10).toFixed(1)}`)),
    ).flat();
    const text = csv(rows);
    expect(text.length).toBeGreaterThan(13 << 20); // past the 8 MiB read on the main thread: pieces go to the scan workers
    writeFileSync(path.join(workspace, 'big.csv'), text);
    writeFileSync(path.join(workspace, 'big-copy.csv.gz'), gzipSync(text));
    const result = await step(
      { baseline: 'big.csv', current: 'big-copy.csv.gz', 'column-methods': 'temp_max: ks\ntemp_min: ks\nwind: ks\nprecipitation: ks' },
      { keepTemp: true },
    );
    expect(result.errors).toEqual([]);
    const log = result.main.log.join('\n');
    expect(log).toContain(`Baseline: ${rows.length} rows from 1 file(s).`);
    expect(log).toContain(`Current: ${rows.length} rows from 1 file(s).`);
    const report = readReport(result);
    expect(report.columns.map((c) => [c.name, c.statistic])).toEqual(
      expect.arrayContaining(['precipitation', 'temp_max', 'temp_min', 'wind', 'weather'].map((n) => [n, 0])),
    );
  });

  test('save-profile writes the baseline profile; a later run compares against it without the data', async () => {
    const first = await step({ baseline: 'winter.csv', current: 'summer.csv', 'save-profile': 'profiles/winter.json' });
    expect(first.errors).toEqual([]);
    const second = await step({ baseline: 'profiles/winter.json', current: 'summer.csv' });
    expect(second.errors).toEqual([]);
    expect(second.outputs['drifted-features']).toBe(first.outputs['drifted-features']);
    expect(second.outputs['drift-share']).toBe(first.outputs['drift-share']);
  });

  test('a saved profile as baseline is narrowed by columns and ignore-columns like data; a selected column it lacks is the same error', async () => {
    const saved = await step({ baseline: 'winter.csv', current: 'summer.csv', 'ignore-columns': '', 'save-profile': 'profiles/all.json' });
    expect(saved.errors).toEqual([]);
    const warnings = (result: { main: { annotations: Array<{ level: string; message: string }> } }) =>
      result.main.annotations.filter((a) => a.level === 'warning').map((a) => a.message);

    const ignored = await step({ baseline: 'profiles/all.json', current: 'summer.csv', 'ignore-columns': 'date, weather' }, { keepTemp: true });
    expect(ignored.errors).toEqual([]);
    expect(warnings(ignored)).toEqual([]);
    const report = readReport(ignored) as ReturnType<typeof readReport> & { missingInCurrent: string[] };
    expect(report.columns.map((c) => c.name).sort()).toEqual(['precipitation', 'temp_max', 'temp_min', 'wind']);
    expect(report.missingInCurrent).toEqual([]);

    const chosen = await step({ baseline: 'profiles/all.json', current: 'summer.csv', columns: 'temp_max, wind' }, { keepTemp: true });
    expect(chosen.errors).toEqual([]);
    expect(warnings(chosen)).toEqual([]);
    expect(readReport(chosen).columns.map((c) => c.name)).toEqual(['temp_max', 'wind']);

    // The same error as for a data baseline (see "'columns' naming a column the baseline lacks" below), naming the profile.
    const missing = await step({ baseline: 'profiles/all.json', current: 'summer.csv', columns: 'temp_max, humidity' });
    expect(missing.exitCode).toBe(1);
    expect(missing.errors).toEqual([
      'profiles/all.json: column(s) not in the data: "humidity"\nHint: Check columns, ignore-columns and column-types against the file.',
    ]);
  });
});

describe('sketches (exact-limit)', () => {
  test('past exact-limit a column is sketched: the report gives the bound and an interval holding the exact statistic', async () => {
    // 30k rows of a shifted skewed column: with exact-limit 1000 the sketch compacts, so its error is not zero
    const column = (n: number, seed: number, shift: number) => {
      let a = seed;
      const rand = () => {
        a = (a * 48271) % 2147483647;
        return a / 2147483647;
      };
      return Array.from({ length: n }, () => (-Math.log(1 - rand()) * 10 + shift).toFixed(3));
    };
    writeFileSync(path.join(workspace, 'big-ref.csv'), `x\n${column(30_000, 11, 0).join('\n')}\n`);
    writeFileSync(path.join(workspace, 'big-cur.csv'), `x\n${column(30_000, 12, 0.4).join('\n')}\n`);
    const inputs = { baseline: 'big-ref.csv', current: 'big-cur.csv', 'ignore-columns': '', method: 'ks' };
    const exactRun = await step(inputs, { keepTemp: true });
    const sketchRun = await step({ ...inputs, 'exact-limit': '1000' }, { keepTemp: true });
    expect(exactRun.errors).toEqual([]);
    expect(sketchRun.errors).toEqual([]);
    const exact = readReport(exactRun).columns[0] as { basis: string; statistic: number; pValue: number };
    const sketched = readReport(sketchRun).columns[0] as {
      basis: string;
      statistic: number;
      errorBound: number;
      statisticRange: [number, number];
      pValueRange: [number, number];
      uncertain: boolean;
    };
    expect(exact.basis).toBe('exact');
    expect(sketched).toMatchObject({ basis: 'sketch', errorBound: expect.any(Number), uncertain: expect.any(Boolean) });
    expect(sketched.errorBound).toBeGreaterThan(0);
    expect(Math.abs(sketched.statistic - exact.statistic)).toBeLessThanOrEqual(sketched.errorBound);
    expect(exact.statistic).toBeGreaterThanOrEqual(sketched.statisticRange[0]);
    expect(exact.statistic).toBeLessThanOrEqual(sketched.statisticRange[1]);
    expect(exact.pValue).toBeGreaterThanOrEqual(sketched.pValueRange[0]);
    expect(exact.pValue).toBeLessThanOrEqual(sketched.pValueRange[1]);
    expect(sketchRun.summary).toMatch(/ks \(sketch ±\d/);
  });
});

describe('S3', () => {
  test('a prefix of 1100 objects is listed page by page (2 ListObjectsV2 pages) and every object read', async () => {
    const rows = Array.from({ length: 1100 }, (_, i) => SUMMER[i % SUMMER.length]!);
    for (let i = 0; i < rows.length; i += 100) {
      await Promise.all(rows.slice(i, i + 100).map((row, j) => put(worlds, `current/many/part-${String(i + j).padStart(5, '0')}.csv`, csv([row]))));
    }
    await put(worlds, 'current/many/_SUCCESS', 'x');
    await put(worlds, 'baseline/winter.csv', csv(WINTER));
    const before = worlds.aws.requests.length;
    const result = await step({ baseline: `s3://${BUCKET}/baseline/winter.csv`, current: `s3://${BUCKET}/current/many/` }, { keepTemp: true });
    expect(result.errors).toEqual([]);
    const calls = worlds.aws.requests.slice(before);
    expect(calls.filter((r) => r.operation === 'ListObjectsV2')).toHaveLength(2);
    expect(calls.filter((r) => r.operation === 'GetObject')).toHaveLength(1 + 1100);
    const report = readReport(result) as unknown as { current: { rows: number; files: number } };
    expect(report.current).toMatchObject({ rows: rows.length, files: rows.length });
    expect(result.outputs['drift-detected']).toBe('true');
  }, 300_000);

  test('an empty prefix and a missing object are clear errors', async () => {
    const empty = await step({ baseline: `s3://${BUCKET}/baseline/winter.csv`, current: `s3://${BUCKET}/nothing-here/` });
    expect(empty.errors).toEqual([expect.stringMatching(/^Input 'current': no data files under s3:\/\/ml-data\/nothing-here\/\./)]);
    const missing = await step({ baseline: `s3://${BUCKET}/baseline/winter.csv`, current: `s3://${BUCKET}/missing.csv` });
    expect(missing.errors).toEqual([expect.stringMatching(/missing\.csv does not exist \(NoSuchKey\)/)]);
  });
});

describe('SageMaker Data Capture', () => {
  const hourFolder = (date: Date): string =>
    `${date.getUTCFullYear()}/${String(date.getUTCMonth() + 1).padStart(2, '0')}/${String(date.getUTCDate()).padStart(2, '0')}/${String(date.getUTCHours()).padStart(2, '0')}`;
  const event = (input: object, at: Date): string =>
    JSON.stringify({
      captureData: { endpointInput: input, endpointOutput: { observedContentType: 'text/csv', mode: 'OUTPUT', data: '0.5', encoding: 'CSV' } },
      eventMetadata: { eventId: String(Math.random()), inferenceTime: at.toISOString() },
      eventVersion: '0',
    });
  const encodings = {
    CSV: (row: string) => ({ observedContentType: 'text/csv', mode: 'INPUT', data: features(row), encoding: 'CSV' }),
    JSON: (row: string) => ({
      observedContentType: 'application/json',
      mode: 'INPUT',
      data: JSON.stringify({
        instances: [
          features(row)
            .split(',')
            .map((v, i) => (i < 4 ? Number(v) : v)),
        ],
      }),
      encoding: 'JSON',
    }),
    BASE64: (row: string) => ({ observedContentType: 'text/csv', mode: 'INPUT', data: Buffer.from(features(row)).toString('base64'), encoding: 'BASE64' }),
  };

  test('all three encodings in the hour folders of the window are read; older folders and events are left out', async () => {
    const now = Date.now();
    const endpoint = 'datacapture/churn-endpoint';
    const recent = new Date(now - 2 * 3_600_000);
    const older = new Date(now - 3 * 86_400_000);
    // Summer traffic in the window, one file per encoding; winter traffic 3 days ago (outside a 24h window).
    const rows = SUMMER.slice(0, 90);
    for (const [name, encode] of Object.entries(encodings)) {
      const lines = rows.filter((_, i) => i % 3 === Object.keys(encodings).indexOf(name)).map((r) => event(encode(r), recent));
      await put(worlds, `${endpoint}/AllTraffic/${hourFolder(recent)}/capture-${name}.jsonl`, `${lines.join('\n')}\n`);
    }
    await put(
      worlds,
      `${endpoint}/AllTraffic/${hourFolder(older)}/capture-old.jsonl`,
      WINTER.slice(0, 50)
        .map((r) => event(encodings.CSV(r), older))
        .join('\n'),
    );
    const result = await step(
      { baseline: 'features.csv', current: `s3://${BUCKET}/${endpoint}/`, 'current-format': 'data-capture', window: '24h', 'ignore-columns': '' },
      { keepTemp: true },
    );
    expect(result.errors).toEqual([]);
    const report = readReport(result) as unknown as { current: { rows: number; files: number; hours: number; badRows: number }; model: string };
    expect(report.current).toMatchObject({ rows: 90, files: 3, hours: 25, badRows: 0 });
    expect(report.model).toBe('churn-endpoint');
    expect(result.outputs['drift-detected']).toBe('true');
  });

  test('a saved profile as baseline: CSV payloads are named by its columns left after ignore-columns, as with a data baseline', async () => {
    const endpoint = 'datacapture/profile-endpoint';
    const recent = new Date(Date.now() - 3_600_000);
    const lines = SUMMER.slice(0, 60).map((r) => event(encodings.CSV(r), recent));
    await put(worlds, `${endpoint}/AllTraffic/${hourFolder(recent)}/capture.jsonl`, `${lines.join('\n')}\n`);
    // The profile has date (first) and the five features; the payloads carry the five features only.
    const saved = await step({ baseline: 'winter.csv', current: 'summer.csv', 'ignore-columns': '', 'save-profile': 'profiles/with-date.json' });
    expect(saved.errors).toEqual([]);
    const capture = { current: `s3://${BUCKET}/${endpoint}/`, 'current-format': 'data-capture', 'ignore-columns': 'date' };
    const fromData = await step({ baseline: 'winter.csv', ...capture }, { keepTemp: true });
    const fromProfile = await step({ baseline: 'profiles/with-date.json', ...capture }, { keepTemp: true });
    for (const result of [fromData, fromProfile]) {
      expect(result.errors).toEqual([]);
      const report = readReport(result) as unknown as { current: { rows: number; badRows: number }; columns: Array<{ name: string }> };
      expect(report.current).toMatchObject({ rows: 60, badRows: 0 });
      expect(report.columns.map((c) => c.name).sort()).toEqual([...FEATURES].sort());
    }
  });

  test('malformed capture lines: on-bad-rows fail names file and line; skip counts them and lists examples', async () => {
    const now = new Date(Date.now() - 3_600_000);
    const endpoint = 'datacapture/bad-endpoint/AllTraffic';
    const good = SUMMER.slice(0, 30).map((r) => event(encodings.CSV(r), now));
    const lines = [...good.slice(0, 10), 'not json at all', JSON.stringify({ foo: 1 }), event({ data: 'x', encoding: 'UTF-16' }, now), ...good.slice(10)];
    await put(worlds, `${endpoint}/${hourFolder(now)}/capture.jsonl`, lines.join('\n'));
    const current = `s3://${BUCKET}/datacapture/bad-endpoint/`;
    const failed = await step({ baseline: 'features.csv', current, 'current-format': 'data-capture', 'ignore-columns': '' });
    expect(failed.exitCode).toBe(1);
    expect(failed.errors[0]).toMatch(/^s3:\/\/ml-data\/datacapture\/bad-endpoint\/AllTraffic\/.*capture\.jsonl line 11: not JSON\./);
    expect(failed.outputs['drift-detected']).toBe('');
    const skipped = await step(
      { baseline: 'features.csv', current, 'current-format': 'data-capture', 'ignore-columns': '', 'on-bad-rows': 'skip' },
      { keepTemp: true },
    );
    expect(skipped.errors).toEqual([]);
    expect(skipped.main.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([
      expect.stringMatching(/Skipped malformed rows \(on-bad-rows: skip\): 0 in the baseline, 3 in the current data/),
    ]);
    const report = readReport(skipped) as unknown as { current: { rows: number; badRows: number; badSamples: Array<{ line: number; reason: string }> } };
    expect(report.current.rows).toBe(30);
    expect(report.current.badRows).toBe(3);
    expect(report.current.badSamples.map((s) => [s.line, s.reason])).toEqual([
      [11, 'not JSON'],
      [12, 'no captureData object (not a Data Capture record)'],
      [13, "encoding 'UTF-16' (expected CSV, JSON or BASE64)"],
    ]);
    expect(skipped.summary).toContain('Malformed rows (examples)');
  });

  test('an empty window is a clear error saying where it looked', async () => {
    const result = await step({
      baseline: 'features.csv',
      current: `s3://${BUCKET}/datacapture/quiet-endpoint/`,
      'current-format': 'data-capture',
      window: '6h',
      'ignore-columns': '',
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]).toMatch(
      /^Input 'current': the Data Capture window is empty: no capture files in the [67] hour folder\(s\) of the window under s3:\/\/ml-data\/datacapture\/quiet-endpoint\/\./,
    );
  });
});

describe('bad rows, bad files, missing columns', () => {
  test('a malformed CSV row: fail names the file and line; skip counts it', async () => {
    writeFileSync(path.join(workspace, 'ragged.csv'), `${csv(SUMMER.slice(0, 40)).trimEnd()}\n1,2\n${SUMMER.slice(40, 80).join('\n')}\n`);
    const failed = await step({ baseline: 'winter.csv', current: 'ragged.csv' });
    expect(failed.exitCode).toBe(1);
    expect(failed.errors[0]).toMatch(/^ragged\.csv: .*42/);
    expect(failed.errors[0]).not.toMatch(/Unexpected error/);
    const skipped = await step({ baseline: 'winter.csv', current: 'ragged.csv', 'on-bad-rows': 'skip' });
    expect(skipped.errors).toEqual([]);
    expect(skipped.main.annotations.map((a) => a.message).join('\n')).toMatch(/0 in the baseline, 1 in the current data/);
  });

  test.each([
    ['an empty file', 'empty.csv', '', /^Input 'current': empty\.csv holds no rows\.|empty\.csv/],
    ['a file that is not gzip', 'fake.csv.gz', 'plain text', /^fake\.csv\.gz could not be read as csv \(gzip\)/],
    ['a file of unknown kind', 'data.bin', 'x', /^Input 'current': cannot tell the format of 'data\.bin' from its name\./],
    ['a missing file', undefined, undefined, /^Input 'current': 'nope\.csv' cannot be read \(ENOENT\)\./],
    ['a Parquet file that is not', 'fake.parquet', 'not parquet at all', /^fake\.parquet could not be read as parquet/],
  ])('%s is a clear error, not a crash', async (_what, name, content, message) => {
    if (name && content !== undefined) writeFileSync(path.join(workspace, name), content);
    const result = await step({ baseline: 'winter.csv', current: name ?? 'nope.csv' });
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]).toMatch(message);
    expect(result.errors[0]).not.toMatch(/Unexpected error/);
  });

  test('a baseline column missing from the current data is a warning and reported; no common column at all is an error', async () => {
    writeFileSync(
      path.join(workspace, 'no-wind.csv'),
      `date,precipitation,temp_max,temp_min,weather\n${SUMMER.map((r) =>
        r
          .split(',')
          .filter((_, i) => i !== 4)
          .join(','),
      ).join('\n')}\n`,
    );
    const partial = await step({ baseline: 'winter.csv', current: 'no-wind.csv' }, { keepTemp: true });
    expect(partial.errors).toEqual([]);
    expect(partial.main.annotations.map((a) => a.message)).toContain('Columns of the baseline missing from the current data (not compared): wind');
    expect(readReport(partial)).toMatchObject({ missingInCurrent: ['wind'] });
    writeFileSync(path.join(workspace, 'other.csv'), 'a,b\n1,2\n3,4\n');
    const none = await step({ baseline: 'winter.csv', current: 'other.csv' });
    expect(none.exitCode).toBe(1);
    expect(none.errors[0]).toMatch(/^No column could be compared: the current data has none of the baseline's columns\./);
  });

  test("'columns' naming a column the baseline lacks is a clear error", async () => {
    const result = await step({ baseline: 'winter.csv', current: 'summer.csv', columns: 'temp_max, humidity' });
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]).toMatch(/^winter\.csv: .*humidity.*\nHint: Check columns, ignore-columns and column-types/);
  });
});
