// Shared setup for build-push-ecr's tests: the local AWS world (moto + the ECR bridge to a real docker-registry),
// a buildah sandbox, build contexts with FROM scratch Dockerfiles (nothing can be pulled here), and runs of the
// bundled action the way the runner runs it.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import {
  HARNESS_ACCESS_KEY_ID,
  actionDir,
  buildahEnv,
  runAction,
  startAwsWorld,
  type AwsWorld,
  type AwsWorldOptions,
  type BuildahSandbox,
  type RunActionOptions,
  type RunResult,
} from '@mlops-actions/testkit';

export const ACTION_DIR = actionDir('build-push-ecr');

/** A workspace holding a build context `app/` with a FROM scratch Dockerfile and the given files. */
export function workspace(files: Record<string, string> = {}, dockerfile = 'FROM scratch\nCOPY . /app\n'): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bpe-ws-'));
  const app = path.join(dir, 'app');
  mkdirSync(app);
  writeFileSync(path.join(app, 'Dockerfile'), dockerfile);
  for (const [name, text] of Object.entries({ 'serve.py': 'print("serving")\n', ...files })) {
    mkdirSync(path.dirname(path.join(app, name)), { recursive: true });
    writeFileSync(path.join(app, name), text);
  }
  return dir;
}

export interface StepOptions extends Partial<Omit<RunActionOptions, 'actionDir' | 'inputs'>> {
  sandboxEnv?: Record<string, string>;
}

export function runStep(aws: AwsWorld, inputs: Record<string, string>, options: StepOptions = {}): Promise<RunResult> {
  const { env, sandboxEnv, ...rest } = options;
  return runAction({
    actionDir: ACTION_DIR,
    inputs: { context: 'app', ...inputs },
    env: { ...aws.env(), ...aws.staticCredentials(), ...sandboxEnv, ...env },
    timeoutMs: 120_000,
    ...rest,
  });
}

/** The requests the code under test made (the world's own instrument client excluded). */
export function codeRequests(aws: AwsWorld, since = 0): string[] {
  return aws.requests
    .slice(since)
    .filter((r) => r.accessKeyId !== HARNESS_ACCESS_KEY_ID)
    .map((r) => r.operation);
}

export interface Worlds {
  aws: AwsWorld;
  buildah: BuildahSandbox;
  close(): Promise<void>;
}

/** The AWS world with its ECR bridge (a real docker-registry behind GetAuthorizationToken) and a buildah sandbox. */
export async function startWorlds(options: AwsWorldOptions = {}): Promise<Worlds> {
  const [aws, buildah] = await Promise.all([startAwsWorld({ ecr: true, ...options }), buildahEnv()]);
  return {
    aws,
    buildah,
    close: async () => void (await Promise.all([aws.close(), buildah.close()])),
  };
}

let counter = 0;
/** A repository name of its own for each test. */
export function newRepository(prefix = 'churn-serving'): string {
  counter += 1;
  return `${prefix}-${process.pid}-${counter}`;
}

/** Runs the bundled action with builder: buildah in the sandbox (storage, isolation and registries via env). */
export function runBuildah(worlds: Worlds, inputs: Record<string, string>, options: StepOptions = {}): Promise<RunResult> {
  return runStep(worlds.aws, { builder: 'buildah', 'fail-on-severity': 'none', ...inputs }, { sandboxEnv: worlds.buildah.env, ...options });
}
