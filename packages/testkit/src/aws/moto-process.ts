// The moto_server child process: the source of truth for AWS API shapes and state.
import { spawn } from 'node:child_process';
import { freePort, waitUntil } from '../net.js';
import { supervised, trackChild } from '../supervisor.js';

export interface MotoProcess {
  endpoint: string;
  port: number;
  pid: number;
  stop(): Promise<void>;
}

/** How moto is launched (exported so a test can launch it the same way from a process it then kills). */
export function supervisedMoto(port: number, command = 'moto_server'): { command: string; args: string[]; env: Record<string, string> } {
  return { ...supervised(command, ['-H', '127.0.0.1', '-p', String(port)], 'moto-supervisor'), env: {} };
}

export interface StartMotoOptions {
  /** The moto_server executable (default: `moto_server` on PATH). */
  command?: string;
  timeoutMs?: number;
}

export async function startMoto(options: StartMotoOptions = {}): Promise<MotoProcess> {
  let lastError: unknown;
  // freePort() can race with another process taking the port before moto binds it: retry on a new one.
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      return await startOnce(await freePort(), options);
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}

async function startOnce(port: number, options: StartMotoOptions): Promise<MotoProcess> {
  const how = supervisedMoto(port, options.command);
  const child = spawn(how.command, how.args, { stdio: ['pipe', 'ignore', 'pipe'], env: { ...process.env, ...how.env } });
  trackChild(child);
  let stderr = '';
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-4000); // Werkzeug logs every request here; keep only the tail
  });
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => resolve(code));
  });
  let hasExited = false;
  void exited.then(() => (hasExited = true));

  const endpoint = `http://127.0.0.1:${port}`;
  const stop = async (): Promise<void> => {
    if (hasExited) return;
    child.stdin!.end();
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };

  try {
    await waitUntil(
      async () => {
        // Checked on every probe so a moto that died at start-up (port taken, not installed) fails fast.
        if (hasExited) throw new MotoDied(`moto_server exited before answering`);
        const res = await fetch(`${endpoint}/moto-api/`, { signal: AbortSignal.timeout(1000) });
        await res.arrayBuffer();
      },
      options.timeoutMs ?? 20_000,
      `moto_server on ${endpoint}`,
      { giveUpOn: (error) => error instanceof MotoDied, intervalMs: 25 },
    );
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n${stderr.trim()}`);
  }
  return { endpoint, port, pid: child.pid!, stop };
}

class MotoDied extends Error {}
