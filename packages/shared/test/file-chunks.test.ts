import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FILE_CHUNK_RING, readFileChunks } from '@mlops-actions/shared/runtime';
import { describe, expect, test } from 'vitest';

const dir = mkdtempSync(path.join(os.tmpdir(), 'file-chunks-'));
const openFds = () => readdirSync('/proc/self/fd').length;

describe('readFileChunks', () => {
  test('every byte once, in order, in chunks of the size asked (the last one shorter); an empty file gives none', async () => {
    const bytes = randomBytes(10_000);
    const file = path.join(dir, 'data.bin');
    writeFileSync(file, bytes);
    const sizes: number[] = [];
    const copies: Buffer[] = [];
    for await (const chunk of readFileChunks(file, { chunkBytes: 4096 })) {
      sizes.push(chunk.length);
      copies.push(Buffer.from(chunk));
    }
    expect(sizes).toEqual([4096, 4096, 1808]);
    expect(Buffer.concat(copies).equals(bytes)).toBe(true);
    writeFileSync(path.join(dir, 'empty'), '');
    expect(await Array.fromAsync(readFileChunks(path.join(dir, 'empty')))).toEqual([]);
  });

  test('the buffers are reused after FILE_CHUNK_RING chunks (the contract readers rely on), and no fresh one is made', async () => {
    const file = path.join(dir, 'ring.bin');
    writeFileSync(file, randomBytes(4096 * (FILE_CHUNK_RING + 2)));
    const backing: ArrayBufferLike[] = [];
    for await (const chunk of readFileChunks(file, { chunkBytes: 4096 })) backing.push(chunk.buffer);
    expect(new Set(backing).size).toBe(FILE_CHUNK_RING);
    expect(backing[FILE_CHUNK_RING]).toBe(backing[0]);
  });

  test('the file is closed when the reader stops early, on abort, and on a missing file an ENOENT error names it', async () => {
    const file = path.join(dir, 'close.bin');
    writeFileSync(file, randomBytes(100_000));
    const before = openFds();
    for await (const _ of readFileChunks(file, { chunkBytes: 1000 })) break;
    expect(openFds()).toBe(before);
    const controller = new AbortController();
    const reading = (async () => {
      for await (const _ of readFileChunks(file, { chunkBytes: 1000, signal: controller.signal })) controller.abort(new Error('cancelled by the test'));
    })();
    await expect(reading).rejects.toThrow('cancelled by the test');
    expect(openFds()).toBe(before);
    await expect(Array.fromAsync(readFileChunks(path.join(dir, 'missing.csv')))).rejects.toThrow(/ENOENT.*missing\.csv/);
  });
});
