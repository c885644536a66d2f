// Reading the data: every file of a source (a workspace file, an S3 object, every object under an S3 prefix,
// the Data Capture files of a window) streamed into the engine's readers and a ProfileBuilder. Bad rows are
// counted (on-bad-rows: skip) or fail the step naming the file and line (fail); nothing is held whole.
import { createReadStream } from 'node:fs';
import { open as openFile, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import * as core from '@mlops-actions/shared/core';
import { listDataCapture, s3Url, type S3Reader } from '@mlops-actions/shared/aws/s3';
import { logText } from '@mlops-actions/shared/report';
import { ActionError, errorMessage, readFileChunks } from '@mlops-actions/shared/runtime';
import { batchFromRecords, CsvError, ProfileError, readCsv, readJsonLines, readParquet, type ProfileBuilder, type RowBatch } from '@mlops-actions/drift';
import { decodeCaptureLine } from './capture.js';
import type { DataMode, FileFormat, Format, Source } from './context.js';

/** What reading one source came to, for the summary and the report. */
export interface ReadStats {
  files: number;
  bytes: number;
  rows: number;
  badRows: number;
  /** The first few bad rows: file, line (when known) and why. */
  badSamples: Array<{ file: string; line?: number; reason: string }>;
  /** Data Capture: events whose inferenceTime is before the window. */
  outsideWindow: number;
  /** Data Capture: the hour folders listed. */
  hours?: number;
}

const MAX_SAMPLES = 5;

export function emptyStats(): ReadStats {
  return { files: 0, bytes: 0, rows: 0, badRows: 0, badSamples: [], outsideWindow: 0 };
}

interface DataFile {
  /** As shown to people: the path as given, or the s3:// URL. */
  name: string;
  format: FileFormat;
  gzip: boolean;
  size: number;
  stream(): Promise<Readable>;
  /** A local file's bytes in reused buffers (readFileChunks): what the CSV reader is fed when there is no gzip. */
  chunks?(): AsyncIterable<Uint8Array>;
  /** hyparquet's AsyncBuffer: random access to the bytes. */
  buffer(): { byteLength: number; slice(start: number, end?: number): Promise<ArrayBuffer> };
}

/** A file's format from its name (before a .gz): .csv, .jsonl/.ndjson/.json, .parquet. */
export function formatOf(name: string): { format?: FileFormat; gzip: boolean } {
  const gzip = /\.gz$/i.test(name);
  const base = name.replace(/\.gz$/i, '').toLowerCase();
  if (base.endsWith('.csv') || base.endsWith('.tsv')) return { format: 'csv', gzip };
  if (base.endsWith('.jsonl') || base.endsWith('.ndjson') || base.endsWith('.json')) return { format: 'jsonl', gzip };
  if (base.endsWith('.parquet') || base.endsWith('.pq')) return { format: 'parquet', gzip };
  return { gzip };
}

export class SourceError extends ActionError {}

/** The files of a source, in key order for a prefix. */
export async function* filesOf(
  input: 'baseline' | 'current',
  source: Source,
  format: Format,
  s3: S3Reader | undefined,
  signal: AbortSignal,
): AsyncGenerator<DataFile> {
  const pick = (name: string): { format: FileFormat; gzip: boolean } | undefined => {
    const known = formatOf(name);
    const chosen = format === 'auto' ? known.format : format;
    return chosen ? { format: chosen, gzip: known.gzip } : undefined;
  };
  if (source.kind === 'file') {
    const info = await stat(source.path).catch((error: NodeJS.ErrnoException) => {
      throw new SourceError(`Input '${input}': '${source.shown}' cannot be read (${error.code ?? error.message}).`, {
        hint: 'Check the path (relative to the workspace) and that an earlier step wrote the file.',
      });
    });
    if (!info.isFile()) throw new SourceError(`Input '${input}': '${source.shown}' is not a regular file.`);
    const chosen = pick(source.path);
    if (!chosen) throw unknownFormat(input, source.shown);
    yield localFile(source.shown, source.path, info.size, chosen, signal);
    return;
  }
  if (!s3) throw new Error('S3 source without an AWS session');
  const { location } = source;
  if (location.key !== '' && !location.key.endsWith('/')) {
    const chosen = pick(location.key);
    if (!chosen) throw unknownFormat(input, source.shown);
    // One object; its size comes with the first read.
    yield s3File(s3, source.shown, location, -1, chosen, signal);
    return;
  }
  let found = 0;
  // Many small objects: each GetObject is a round trip, so the next few are opened while one is read (in key
  // order; at most READ_AHEAD unread answers wait, each holding one socket and one buffer).
  const ahead: DataFile[] = [];
  for await (const object of s3.list(location, { signal })) {
    if (object.key.endsWith('/') || object.size === 0) continue;
    const chosen = pick(object.key);
    // Under a prefix, files of other kinds (_SUCCESS, manifests) are passed over, not read as data.
    if (!chosen) {
      core.info(`Skipping ${logText(s3Url(object))}: not a .csv, .jsonl, .json or .parquet file (set ${input}-format to read it).`);
      continue;
    }
    found += 1;
    ahead.push(prefetched(s3File(s3, s3Url(object), object, object.size, chosen, signal)));
    if (ahead.length > READ_AHEAD) yield ahead.shift()!;
  }
  while (ahead.length) yield ahead.shift()!;
  if (found === 0) {
    throw new SourceError(`Input '${input}': no data files under ${source.shown}.`, {
      hint: 'Check the bucket and prefix (a prefix ends with /) and that the role may list it (s3:ListBucket).',
    });
  }
}

const READ_AHEAD = 8;

/** The file with its stream already requested (Parquet is read by ranges instead, so it is left alone). */
function prefetched(file: DataFile): DataFile {
  if (file.format === 'parquet') return file;
  const opening = file.stream();
  // A failure is reported when the file's turn comes, not as an unhandled rejection now.
  opening.catch(() => {});
  return { ...file, stream: () => opening };
}

function unknownFormat(input: string, name: string): SourceError {
  return new SourceError(`Input '${input}': cannot tell the format of '${name}' from its name.`, {
    hint: `Name it .csv, .jsonl or .parquet (optionally .gz), or set ${input}-format: csv, jsonl or parquet.`,
  });
}

function localFile(name: string, full: string, size: number, kind: { format: FileFormat; gzip: boolean }, signal: AbortSignal): DataFile {
  return {
    name,
    ...kind,
    size,
    stream: async () => createReadStream(full, { highWaterMark: 1 << 20 }),
    chunks: () => readFileChunks(full, { signal }),
    buffer: () => ({
      byteLength: size,
      async slice(start: number, end = size) {
        const handle = await openFile(full, 'r');
        try {
          const out = Buffer.alloc(Math.max(0, end - start));
          await handle.read(out, 0, out.length, start);
          return out.buffer.slice(out.byteOffset, out.byteOffset + out.length) as ArrayBuffer;
        } finally {
          await handle.close();
        }
      },
    }),
  };
}

function s3File(
  s3: S3Reader,
  name: string,
  location: { bucket: string; key: string },
  size: number,
  kind: { format: FileFormat; gzip: boolean },
  signal: AbortSignal,
): DataFile {
  const file: DataFile = {
    name,
    ...kind,
    size,
    async stream() {
      const opened = await s3.open(location, signal);
      if (!opened) throw new SourceError(`${name} does not exist (NoSuchKey).`, { hint: 'Check the s3:// URL.' });
      file.size = opened.size;
      return opened.body;
    },
    buffer: () => ({
      byteLength: file.size,
      slice: (start: number, end = file.size) => s3.readRange(location, start, end, signal),
    }),
  };
  return file;
}

/** Every batch of a file through the engine's reader of its format. */
async function* batchesOf(file: DataFile, onBadRows: 'fail' | 'skip', columns?: string[]): AsyncGenerator<RowBatch> {
  if (file.format === 'parquet') {
    if (file.gzip) throw new SourceError(`${file.name}: a gzipped Parquet file; Parquet compresses its pages itself, store it without .gz.`);
    if (file.size < 0) {
      // The size of a single S3 object is learned from a first read.
      const head = await file.stream();
      head.destroy();
    }
    yield* readParquet(file.buffer(), columns ? { columns } : {});
    return;
  }
  const mode = onBadRows === 'fail' ? 'fail' : 'count';
  if (file.format === 'csv' && !file.gzip && file.chunks) {
    yield* readCsv(file.chunks(), { onBadRows: mode });
    return;
  }
  const raw = await file.stream();
  const body = file.gzip ? raw.pipe(createGunzip()) : raw;
  raw.on('error', (error) => body.destroy(error));
  const reader = file.format === 'csv' ? readCsv(body, { onBadRows: mode }) : readJsonLines(body, { onBadRows: mode });
  yield* reader;
}

/** Progress on long reads: at most one line per 15 s. */
class Progress {
  private last = Date.now();
  constructor(private readonly what: string) {}
  tick(stats: ReadStats): void {
    const now = Date.now();
    if (now - this.last < 15_000) return;
    this.last = now;
    core.info(`Reading ${this.what}: ${stats.rows.toLocaleString('en-US')} rows from ${stats.files} file(s) so far.`);
  }
}

function noteBad(stats: ReadStats, file: string, reason: string, line?: number, count = 1): void {
  stats.badRows += count;
  if (stats.badSamples.length < MAX_SAMPLES) stats.badSamples.push({ file, reason, ...(line !== undefined ? { line } : {}) });
}

/** What to check when a selected column is not in a baseline, data or saved profile. */
export const COLUMNS_HINT = 'Check columns, ignore-columns and column-types against the file.';

/** A file that cannot be read at all: what failed, named. */
function unreadable(file: DataFile, error: unknown): ActionError {
  if (error instanceof ActionError) return error;
  if (error instanceof ProfileError) return new ActionError(`${file.name}: ${error.message}`, { hint: COLUMNS_HINT });
  if (error instanceof CsvError) {
    return new ActionError(`${file.name}: ${error.message}`, {
      hint: 'Fix the row, or set on-bad-rows: skip to leave malformed rows out (they are counted in the report).',
    });
  }
  return new ActionError(`${file.name} could not be read as ${file.format}${file.gzip ? ' (gzip)' : ''}: ${errorMessage(error)}`, {
    hint: `Check that the file is ${file.format}${file.gzip ? ', gzip-compressed' : ''}; set the -format input if its name misleads.`,
  });
}

/** Reads a data source (not Data Capture) into the builder. */
export async function readSource(
  input: 'baseline' | 'current',
  source: Source,
  format: Format,
  builder: ProfileBuilder,
  options: { s3?: S3Reader; onBadRows: 'fail' | 'skip'; signal: AbortSignal },
): Promise<ReadStats> {
  const stats = emptyStats();
  const progress = new Progress(input);
  for await (const file of filesOf(input, source, format, options.s3, options.signal)) {
    stats.files += 1;
    try {
      for await (const batch of batchesOf(file, options.onBadRows)) {
        builder.add(batch);
        stats.rows += batch.length;
        if (batch.badRows) noteBad(stats, file.name, firstBadReason(batch), firstBadLine(batch), batch.badRows);
        progress.tick(stats);
      }
    } catch (error) {
      throw unreadable(file, error);
    }
    stats.bytes += Math.max(0, file.size);
  }
  return stats;
}

function firstBadReason(batch: RowBatch): string {
  return (batch as RowBatch & { badRowSamples?: Array<{ reason: string }> }).badRowSamples?.[0]?.reason ?? 'malformed row';
}
function firstBadLine(batch: RowBatch): number | undefined {
  return (batch as RowBatch & { badRowSamples?: Array<{ line: number }> }).badRowSamples?.[0]?.line;
}

/** Reads the Data Capture files of the window into the builder. */
export async function readCapture(
  source: DataMode & { current: { kind: 's3' } },
  builder: ProfileBuilder,
  columns: string[],
  options: { s3: S3Reader; onBadRows: 'fail' | 'skip'; signal: AbortSignal; now: Date },
): Promise<ReadStats> {
  const capture = source.capture!;
  const stats = emptyStats();
  const listing = await listDataCapture(options.s3, source.current.location, { windowMs: capture.windowMs, now: options.now, signal: options.signal });
  stats.hours = listing.hours.length;
  const progress = new Progress('the Data Capture files');
  const windowStart = options.now.getTime() - capture.windowMs;
  const bad = (file: string, line: number, reason: string): void => {
    if (options.onBadRows === 'fail') {
      throw new ActionError(`${file} line ${line}: ${reason}.`, {
        hint: 'Set on-bad-rows: skip to leave such records out (they are counted in the report), or fix capture-side/capture-columns.',
      });
    }
    noteBad(stats, file, reason, line);
  };
  for (const object of listing.objects) {
    const name = s3Url(object);
    const opened = await options.s3.open(object, options.signal);
    if (!opened) continue; // deleted between the listing and the read
    stats.files += 1;
    stats.bytes += object.size;
    const body = /\.gz$/i.test(object.key) ? opened.body.pipe(createGunzip()) : opened.body;
    const lines = createInterface({ input: body, crlfDelay: Number.POSITIVE_INFINITY });
    let csv: string[] = [];
    let records: Array<Record<string, unknown>> = [];
    const flush = async (): Promise<void> => {
      if (csv.length) {
        const text = csv.join('\n');
        csv = [];
        for await (const batch of readCsv([text], { names: columns, onBadRows: options.onBadRows === 'fail' ? 'fail' : 'count' })) {
          builder.add(batch);
          stats.rows += batch.length;
          if (batch.badRows) noteBad(stats, name, firstBadReason(batch), undefined, batch.badRows);
        }
      }
      if (records.length) {
        const batch = batchFromRecords(records, columns);
        records = [];
        builder.add(batch);
        stats.rows += batch.length;
      }
    };
    let number = 0;
    try {
      for await (const line of lines) {
        number += 1;
        if (line.trim() === '') continue;
        const decoded = decodeCaptureLine(line, { side: capture.side, columns, windowStart });
        if (decoded.kind === 'outside-window') {
          stats.outsideWindow += 1;
          continue;
        }
        if (decoded.kind === 'bad') {
          bad(name, number, decoded.reason);
          continue;
        }
        for (const record of decoded.badRecords) bad(name, number, record.reason);
        if (decoded.payload.type === 'csv') csv.push(decoded.payload.text.replace(/\r?\n$/, ''));
        else records.push(...decoded.payload.records);
        if (csv.length >= 5_000 || records.length >= 5_000) await flush();
        progress.tick(stats);
      }
      await flush();
    } catch (error) {
      if (error instanceof ActionError) throw error;
      if (error instanceof CsvError)
        throw new ActionError(`${name}: a CSV payload: ${error.message}`, { hint: 'Set on-bad-rows: skip to leave such records out.' });
      if (error instanceof ProfileError) throw new ActionError(`${name}: ${error.message}`, { hint: 'Check capture-columns, columns and ignore-columns.' });
      throw new ActionError(`${name} could not be read: ${errorMessage(error)}`);
    }
  }
  return stats;
}
