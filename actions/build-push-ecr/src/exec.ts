import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import * as core from '@mlops-actions/shared/core';
import { ActionError, CancelledError } from '@mlops-actions/shared/runtime';

export interface ExecOptions {
  env: NodeJS.ProcessEnv;
  /** Written to the child's stdin, then stdin is closed (a password for --password-stdin). */
  stdin?: string;
  cwd?: string;
  signal?: AbortSignal;
  /** What the command does, for errors: "building the image". */
  what: string;
}

/** Variables a builder never needs that hold credentials or the action's inputs (INPUT_SECRETS has secret values). */
const NOT_FOR_CHILDREN =
  /^(INPUT_.*|AWS_SECRET_ACCESS_KEY|AWS_SESSION_TOKEN|AWS_ACCESS_KEY_ID|ACTIONS_ID_TOKEN_REQUEST_TOKEN|ACTIONS_RUNTIME_TOKEN|GITHUB_TOKEN|STATE_.*)$/;

/** The action's environment without credentials and inputs, plus `extra`: what a builder process gets. */
export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!NOT_FOR_CHILDREN.test(key)) env[key] = value;
  return { ...env, ...extra };
}

/**
 * Runs a builder command, its output streamed to the log between stop-commands markers (a line of build
 * output such as `::add-mask::` or `::set-output` from a RUN step is shown, never obeyed). Fails with the last
 * lines of output when the command fails; the command line is logged (it never holds a secret).
 */
export async function run(command: string, args: string[], options: ExecOptions): Promise<string> {
  core.info(`[command]${command} ${args.join(' ')}`);
  const token = `build-push-ecr-${randomUUID()}`;
  process.stdout.write(`::stop-commands::${token}\n`);
  const tail: string[] = [];
  let output = '';
  try {
    const code = await new Promise<number | string>((resolve, reject) => {
      const child = spawn(command, args, { env: options.env, cwd: options.cwd, stdio: ['pipe', 'pipe', 'pipe'] });
      const onAbort = (): void => {
        child.kill('SIGTERM');
      };
      options.signal?.addEventListener('abort', onAbort, { once: true });
      const collect = (chunk: Buffer): void => {
        const text = chunk.toString('utf8');
        output += text;
        process.stdout.write(text);
        for (const line of text.split(/\r?\n/)) if (line.trim()) tail.push(line);
        if (tail.length > 30) tail.splice(0, tail.length - 30);
      };
      child.stdout.on('data', collect);
      child.stderr.on('data', collect);
      child.on('error', (error) => {
        options.signal?.removeEventListener('abort', onAbort);
        reject(error);
      });
      child.on('close', (exitCode, signal) => {
        options.signal?.removeEventListener('abort', onAbort);
        resolve(exitCode ?? signal ?? 'unknown');
      });
      child.stdin.on('error', () => {});
      child.stdin.end(options.stdin ?? '');
    });
    if (options.signal?.aborted) throw new CancelledError(options.what);
    if (code !== 0) {
      throw new ActionError(`${command} failed while ${options.what} (exit ${code}).`, { hint: `Its last lines:\n${tail.slice(-12).join('\n')}` });
    }
    return output;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new ActionError(`${command} is not installed on this runner (needed for ${options.what}).`, {
        hint: command === 'buildah' ? 'Install buildah (apt-get install buildah) or use builder: docker.' : 'Use a runner with Docker, or builder: buildah.',
      });
    }
    throw error;
  } finally {
    process.stdout.write(`\n::${token}::\n`);
  }
}
