import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';

/** A free TCP port on 127.0.0.1 (tests never bind fixed ports: some are taken on some machines). */
export async function freePort(): Promise<number> {
  const server: Server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export interface WaitUntilOptions {
  /** An error of the probe for which waiting longer is pointless: rethrown at once. */
  giveUpOn?: (error: unknown) => boolean;
  /** Pause between probes (default 50 ms). */
  intervalMs?: number;
}

/** Resolves when `probe` stops throwing, or rejects after `timeoutMs` (or at once on an error `giveUpOn` accepts). */
export async function waitUntil(probe: () => Promise<unknown>, timeoutMs: number, what: string, options: WaitUntilOptions = {}): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      await probe();
      return;
    } catch (error) {
      if (options.giveUpOn?.(error)) throw error;
      last = error;
      await new Promise((r) => setTimeout(r, options.intervalMs ?? 50));
    }
  }
  throw new Error(`${what} not ready after ${timeoutMs} ms: ${String(last)}`);
}
