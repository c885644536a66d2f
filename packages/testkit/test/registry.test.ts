// The registry process on its own: start-up on an event, htpasswd with the password on stdin, close().
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { startRegistry } from '../src/index.js';

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

test('starts on 127.0.0.1 with auth on; close() kills it and removes its directory; close is idempotent', async () => {
  const registry = await startRegistry({ password: 'first-password' });
  expect(registry.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  await expect(registry.client().ping()).resolves.toBeUndefined();
  await expect(registry.client(null).ping()).rejects.toMatchObject({ status: 401 });
  expect(existsSync(registry.dataDir.replace(/\/data$/, ''))).toBe(true);
  await Promise.all([registry.close(), registry.close()]);
  expect(alive(registry.pid)).toBe(false);
  expect(existsSync(registry.dataDir.replace(/\/data$/, ''))).toBe(false);
  await expect(fetch(`${registry.url}/v2/`)).rejects.toThrow();
});

test('the password reaches htpasswd on stdin, never on its argv; rotation takes effect at once', async () => {
  // An htpasswd on PATH that records its argv and stdin, then runs the real one with the same input.
  const shim = await mkdtemp(join(tmpdir(), 'htpasswd-shim-'));
  const record = join(shim, 'record');
  await writeFile(
    join(shim, 'htpasswd'),
    `#!/bin/sh\nprintf '%s\\n' "$*" >> ${record}\ninput=$(cat)\nprintf 'stdin-bytes=%s\\n' "\${#input}" >> ${record}\nprintf '%s' "$input" | /usr/bin/htpasswd "$@"\n`,
  );
  await chmod(join(shim, 'htpasswd'), 0o755);
  const path = process.env.PATH;
  process.env.PATH = `${shim}:${path}`;
  try {
    const registry = await startRegistry({ password: 'secret-one-abcdef' });
    try {
      await registry.setPassword('secret-two-ghijkl');
      await expect(registry.client({ username: 'AWS', password: 'secret-one-abcdef' }).ping()).rejects.toMatchObject({ status: 401 });
      await expect(registry.client({ username: 'AWS', password: 'secret-two-ghijkl' }).ping()).resolves.toBeUndefined();
      const recorded = await readFile(record, 'utf8');
      expect(recorded.split('\n').filter((l) => l.startsWith('-'))).toEqual(['-niB -C 5 AWS', '-niB -C 5 AWS']);
      expect(recorded).toContain(`stdin-bytes=${'secret-one-abcdef'.length}`);
      expect(recorded).not.toContain('secret-one');
      expect(recorded).not.toContain('secret-two');
      // Nor in the registry's own command line.
      const cmdline = await readFile(`/proc/${registry.pid}/cmdline`, 'utf8');
      expect(cmdline).not.toContain('secret-');
    } finally {
      await registry.close();
    }
  } finally {
    process.env.PATH = path;
    await rm(shim, { recursive: true, force: true });
  }
});

test('passwords longer than bcrypt reads (72 bytes) are refused rather than half-checked', async () => {
  await expect(startRegistry({ password: 'x'.repeat(73) })).rejects.toThrow('at most 72 bytes');
});
