import { parquetMetadataAsync, parquetRead } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { type RowBatch, ValueBatch } from './batch.js';

/** A random-access file: hyparquet's AsyncBuffer (back it with a local file or S3 ranged GETs). */
export interface ByteSource {
  byteLength: number;
  slice(start: number, end?: number): ArrayBuffer | Promise<ArrayBuffer>;
}

export interface ParquetOptions {
  /** Only these top-level columns (default: every flat column). */
  columns?: readonly string[];
}

/** Reads a Parquet file one row group at a time (bounded memory: one row group's columns). */
export async function* readParquet(file: ByteSource, options: ParquetOptions = {}): AsyncGenerator<RowBatch> {
  const metadata = await parquetMetadataAsync(file);
  const flat = metadata.schema
    .slice(1)
    .filter((s) => !s.num_children)
    .map((s) => s.name);
  const names = options.columns ? [...options.columns] : flat;
  let rowStart = 0;
  for (const group of metadata.row_groups) {
    const n = Number(group.num_rows);
    const rowEnd = rowStart + n;
    const columns = names.map(() => new Array<unknown>(n));
    const index = new Map(names.map((c, i) => [c, i]));
    await parquetRead({
      file,
      metadata,
      compressors, // snappy, gzip, brotli, zstd, lz4 (hyparquet itself reads only snappy/uncompressed)
      columns: names,
      rowStart,
      rowEnd,
      onChunk: (chunk) => {
        const ci = index.get(chunk.columnName);
        if (ci === undefined) return;
        const target = columns[ci] as unknown[];
        const from = Math.max(chunk.rowStart, rowStart);
        const to = Math.min(chunk.rowEnd, rowEnd);
        for (let r = from; r < to; r++) target[r - rowStart] = chunk.columnData[r - chunk.rowStart];
      },
    });
    yield new ValueBatch(names, columns, n);
    rowStart = rowEnd;
  }
}
