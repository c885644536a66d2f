// Debian's docker-registry (distribution/distribution 2.8, a real OCI distribution registry) as a child process
// on 127.0.0.1: filesystem storage in a temporary directory, htpasswd (bcrypt) auth, deletes enabled. It binds
// port 0 and logs "listening on 127.0.0.1:PORT": that line is the event start-up waits on (no port race), then
// /v2/ must answer (401 without credentials).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { supervised, trackChild } from '../supervisor.js';
import { RegistryClient } from './client.js';
import { writeHtpasswd } from './htpasswd.js';

export interface RegistryOptions {
  /** The one user the htpasswd file allows (default 'AWS', the user of an ECR token). */
  username?: string;
  /** Default: 32 random bytes, base64. At most 72 bytes: bcrypt (htpasswd -B) ignores the rest. */
  password?: string;
  /** The executable (default /usr/bin/docker-registry, Debian's package). */
  command?: string;
  /** Start-up deadline (default 30 s: a loaded machine). */
  timeoutMs?: number;
}

export interface Registry {
  /** http://127.0.0.1:PORT */
  url: string;
  /** 127.0.0.1:PORT, what image references start with. */
  host: string;
  port: number;
  pid: number;
  username: string;
  /** The password the htpasswd file requires now. */
  readonly password: string;
  /** Replace the password (the registry re-reads the file on change): old credentials are refused from then on. */
  setPassword(password: string): Promise<void>;
  /** The storage root (filesystem driver): <dataDir>/docker/registry/v2/... */
  dataDir: string;
  /** A client with the current credentials (or the ones given). */
  client(auth?: { username: string; password: string } | null): RegistryClient;
  /** The registry's log (stderr), last 20 000 characters. */
  log(): string;
  /** Kills the registry and removes its temporary directory. Idempotent. */
  close(): Promise<void>;
}

/** bcrypt uses the first 72 bytes of a password: a longer one would let a wrong suffix through. */
function checkLength(password: string): void {
  if (Buffer.byteLength(password) > 72) throw new Error('registry passwords must be at most 72 bytes (bcrypt ignores the rest)');
}

const LISTENING = /listening on 127\.0\.0\.1:(\d+)/;

export async function startRegistry(options: RegistryOptions = {}): Promise<Registry> {
  const username = options.username ?? 'AWS';
  let password = options.password ?? randomBytes(32).toString('base64');
  checkLength(password);
  const dir = await mkdtemp(join(tmpdir(), 'testkit-registry-'));
  const dataDir = join(dir, 'data');
  const htpasswdPath = join(dir, 'htpasswd');
  const configPath = join(dir, 'config.yml');
  try {
    await writeHtpasswd(htpasswdPath, username, password);
    // JSON is YAML: no quoting pitfalls for the paths.
    const config = {
      version: 0.1,
      log: { level: 'info', formatter: 'text', accesslog: { disabled: true } },
      storage: {
        filesystem: { rootdirectory: dataDir },
        delete: { enabled: true },
        maintenance: { uploadpurging: { enabled: false } },
      },
      http: { addr: '127.0.0.1:0', secret: randomBytes(16).toString('hex'), headers: { 'X-Content-Type-Options': ['nosniff'] } },
      auth: { htpasswd: { realm: 'testkit-registry', path: htpasswdPath } },
    };
    await writeFile(configPath, JSON.stringify(config, null, 2));
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }

  const how = supervised(options.command ?? '/usr/bin/docker-registry', ['serve', configPath], 'registry-supervisor');
  const child = spawn(how.command, how.args, { stdio: ['pipe', 'ignore', 'pipe'] });
  trackChild(child);
  let log = '';
  let exited = false;
  const exitedPromise = new Promise<void>((resolve) => child.once('exit', () => ((exited = true), resolve())));
  const portPromise = new Promise<number>((resolve, reject) => {
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (chunk: string) => {
      log = (log + chunk).slice(-20_000);
      const match = LISTENING.exec(log);
      if (match) resolve(Number(match[1]));
    });
    child.once('error', (error) => reject(new Error(`docker-registry could not start (apt-get install docker-registry): ${error.message}`)));
    void exitedPromise.then(() => reject(new Error(`docker-registry exited during start-up:\n${log.trim()}`)));
  });

  let closed: Promise<void> | undefined;
  const close = (): Promise<void> =>
    (closed ??= (async () => {
      if (!exited) {
        child.stdin!.end();
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exitedPromise;
        clearTimeout(timer);
      }
      await rm(dir, { recursive: true, force: true });
    })());

  const timeoutMs = options.timeoutMs ?? 30_000;
  let port: number;
  try {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`docker-registry did not listen within ${timeoutMs} ms:\n${log.trim()}`)), timeoutMs);
    });
    try {
      port = await Promise.race([portPromise, timeout]);
      // Listening is logged just before Serve(); the first answer of /v2/ (401: auth on) proves it serves.
      const res = await Promise.race([fetch(`http://127.0.0.1:${port}/v2/`), timeout]);
      await res.arrayBuffer();
      if (res.status !== 401) throw new Error(`docker-registry answered /v2/ without credentials with HTTP ${res.status}, expected 401 (auth on)`);
    } finally {
      clearTimeout(timer);
    }
  } catch (error) {
    await close();
    throw error;
  }

  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    host: `127.0.0.1:${port}`,
    port,
    pid: child.pid!,
    username,
    get password() {
      return password;
    },
    async setPassword(next) {
      checkLength(next);
      await writeHtpasswd(htpasswdPath, username, next);
      password = next;
    },
    dataDir,
    client: (auth) => new RegistryClient(url, auth === null ? undefined : (auth ?? { username, password })),
    log: () => log,
    close,
  };
}
