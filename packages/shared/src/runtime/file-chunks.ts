// A file's bytes in chunks, read into a small ring of reused buffers.
import { open } from 'node:fs/promises';

/** Buffers in the ring: a chunk stays valid until this many more have been read (two, for a reader's carry). */
export const FILE_CHUNK_RING = 3;

/**
 * Reads a file in chunks of `chunkBytes` (default 1 MiB) into FILE_CHUNK_RING reused buffers: no fresh
 * allocation per chunk. On the CI machine (a VM) every fresh MiB costs page faults: reading 123 MB through
 * createReadStream took 0.42 s (0.35 s of it in the kernel), through reused buffers 0.02 s. A chunk is valid until
 * FILE_CHUNK_RING - 1 more chunks have been read: copy what must live longer.
 */
export async function* readFileChunks(file: string, options: { chunkBytes?: number; signal?: AbortSignal } = {}): AsyncGenerator<Uint8Array> {
  const size = options.chunkBytes ?? 1 << 20;
  const ring = Array.from({ length: FILE_CHUNK_RING }, () => new Uint8Array(size));
  const handle = await open(file, 'r');
  try {
    for (let n = 0; ; n++) {
      options.signal?.throwIfAborted();
      const buffer = ring[n % FILE_CHUNK_RING] as Uint8Array;
      const { bytesRead } = await handle.read(buffer, 0, size, null);
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}
