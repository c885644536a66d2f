// buildah as non-interactive root on a machine without a container engine, the recipe every test uses (the
// world's own tests and the build-push-ecr action's): the vfs storage driver (no overlay mounts needed),
// chroot isolation (no runc), and a storage root, run root, auth file and registries.conf of the test's own
// in a temporary directory, so parallel tests never share a lock or an image store and nothing touches
// /var/lib/containers. Everything is given through the environment, so the action under test (which runs
// `buildah ...` itself) gets the same sandbox without knowing about it:
//   CONTAINERS_STORAGE_CONF   storage.conf with driver vfs, graphroot and runroot in the sandbox
//   STORAGE_DRIVER=vfs        (the same, for tools that read only the variable)
//   BUILDAH_ISOLATION=chroot  `buildah bud` without runc
//   REGISTRY_AUTH_FILE        where `buildah login` writes and push/pull read credentials
//   CONTAINERS_REGISTRIES_CONF no short-name search and the public registries blocked: nothing can be pulled
//                             from the internet by mistake (tests use FROM scratch or images built locally)
//   TMPDIR                    big temporary files (layer tarballs) inside the sandbox
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface BuildahRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface BuildahSandbox {
  dir: string;
  /** The environment variables above: merge them into the env of the action or command under test. */
  env: Record<string, string>;
  /** Global flags with the same effect, for a direct call: --root, --runroot, --storage-driver vfs. */
  globalArgs: string[];
  authFile: string;
  /**
   * Runs `buildah <globalArgs> <args>` in the sandbox; `stdin` is written to its stdin (passwords go there, never
   * on argv). Resolves with the exit code and output; never throws for a non-zero exit.
   */
  run(args: string[], options?: { stdin?: string; cwd?: string }): Promise<BuildahRun>;
  /** Like run(), but rejects with the output on a non-zero exit. */
  ok(args: string[], options?: { stdin?: string; cwd?: string }): Promise<BuildahRun>;
  /** Removes the sandbox (storage, auth file). Idempotent. */
  close(): Promise<void>;
}

/** Public registries a test must never reach. */
const BLOCKED = [
  'docker.io',
  'registry-1.docker.io',
  'quay.io',
  'ghcr.io',
  'gcr.io',
  'public.ecr.aws',
  'registry.fedoraproject.org',
  'registry.access.redhat.com',
];

export async function buildahEnv(): Promise<BuildahSandbox> {
  const dir = await mkdtemp(join(tmpdir(), 'testkit-buildah-'));
  const root = join(dir, 'root');
  const runroot = join(dir, 'run');
  const temporary = join(dir, 'tmp');
  await Promise.all([mkdir(root), mkdir(runroot), mkdir(temporary)]);
  const storageConf = join(dir, 'storage.conf');
  const registriesConf = join(dir, 'registries.conf');
  const authFile = join(dir, 'auth.json');
  await writeFile(storageConf, `[storage]\ndriver = "vfs"\ngraphroot = ${JSON.stringify(root)}\nrunroot = ${JSON.stringify(runroot)}\n`);
  await writeFile(
    registriesConf,
    `${['unqualified-search-registries = []', ...BLOCKED.map((location) => `\n[[registry]]\nlocation = "${location}"\nblocked = true`)].join('\n')}\n`,
  );
  const env: Record<string, string> = {
    CONTAINERS_STORAGE_CONF: storageConf,
    CONTAINERS_REGISTRIES_CONF: registriesConf,
    STORAGE_DRIVER: 'vfs',
    BUILDAH_ISOLATION: 'chroot',
    REGISTRY_AUTH_FILE: authFile,
    TMPDIR: temporary,
  };
  const globalArgs = ['--root', root, '--runroot', runroot, '--storage-driver', 'vfs'];

  const run = (args: string[], options: { stdin?: string; cwd?: string } = {}): Promise<BuildahRun> =>
    new Promise((resolve, reject) => {
      const child = spawn('buildah', [...globalArgs, ...args], {
        cwd: options.cwd ?? dir,
        env: { ...process.env, ...env },
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
      child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
      child.once('error', (error) => reject(new Error(`buildah could not run (apt-get install buildah): ${error.message}`)));
      child.once('close', (code) => resolve({ code, stdout, stderr }));
      child.stdin.end(options.stdin ?? '');
    });

  let closed: Promise<void> | undefined;
  return {
    dir,
    env,
    globalArgs,
    authFile,
    run,
    async ok(args, options) {
      const result = await run(args, options);
      if (result.code !== 0) throw new Error(`buildah ${args[0]} exited ${result.code}:\n${result.stderr.trim()}\n${result.stdout.trim()}`);
      return result;
    },
    close: () => (closed ??= rm(dir, { recursive: true, force: true, maxRetries: 3 })),
  };
}
