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

/** Resolves when `probe` stops throwing, or rejects after `timeoutMs`. */
export async function waitUntil(probe: () => Promise<unknown>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      await probe();
      return;
    } catch (error) {
      last = error;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  throw new Error(`${what} not ready after ${timeoutMs} ms: ${String(last)}`);
}
