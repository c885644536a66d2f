import { open } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { type ByteSource, compareProfiles, ProfileBuilder, readParquet } from '../src/index.js';
import { vegaData } from './data.js';

/** A ByteSource over a local file with positional reads (what the action does with S3 ranged GETs). */
async function fileSource(path: string): Promise<ByteSource & { close(): Promise<void>; reads: number }> {
  const fh = await open(path);
  const { size } = await fh.stat();
  const src = {
    byteLength: size,
    reads: 0,
    async slice(start: number, end = size) {
      src.reads++;
      const buf = Buffer.alloc(end - start);
      await fh.read(buf, 0, end - start, start);
      return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.length) as ArrayBuffer;
    },
    close: () => fh.close(),
  };
  return src;
}

describe('readParquet', () => {
  it('streams flights-3m.parquet row group by row group into profiles (same counts as rows read)', async () => {
    const src = await fileSource(vegaData('flights-3m.parquet'));
    try {
      const ref = new ProfileBuilder({ exactLimit: 200_000 });
      const cur = new ProfileBuilder({ exactLimit: 200_000 });
      let rows = 0;
      let groups = 0;
      for await (const batch of readParquet(src, { columns: ['delay', 'distance'] })) {
        expect(batch.names).toEqual(['delay', 'distance']);
        (groups % 2 === 0 ? ref : cur).add(batch);
        rows += batch.length;
        groups++;
        if (rows >= 1_000_000) break;
      }
      expect(groups).toBeGreaterThan(1);
      const a = ref.finish();
      const b = cur.finish();
      expect(a.rows + b.rows).toBe(rows);
      const report = compareProfiles(a, b);
      for (const c of report.columns) {
        expect(c.method).toBe('wasserstein');
        expect(c.nReference + c.nCurrent + (a.columns.get(c.name)?.missing ?? 0) + (b.columns.get(c.name)?.missing ?? 0)).toBe(rows);
        expect(Number.isFinite(c.statistic)).toBe(true);
      }
    } finally {
      await src.close();
    }
  });
});
