// A `run:` step the way the runner's ScriptHandler runs it: the script in a temp file, the shell's argument
// template (`bash -e {0}` by default), the `Run ...` header group, workflow commands and file commands, masking,
// and the runner's "Process completed with exit code N." on failure.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { accessSync, constants } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CommandProcessor } from '../harness/command-processor.js';
import { createFileCommandFiles, fileCommandEnvironment, readFileCommands, removeFileCommandFiles } from '../harness/file-commands.js';
import type { GitHubRunContext } from '../harness/github-context.js';
import { randomToken } from '../harness/github-context.js';
import { LineSplitter } from '../harness/line-splitter.js';
import type { SecretMasker } from '../harness/secret-masker.js';
import { buildStepEnvironment, type RunnerPaths } from '../harness/step-environment.js';
import { RUNNER_CANCEL_DELAYS, RUNNER_STREAM_DRAIN_MS } from '../harness/step-process.js';
import { reportFileCommands, timedOutMessage } from '../harness/step-report.js';
import type { Annotation } from '../harness/types.js';
import { watchChild } from '../harness/watch-child.js';

export interface ScriptStepOptions {
  id: string;
  script: string;
  /** `shell:` of the step or of `defaults.run`; undefined: bash -e (sh -e without bash), like the runner on Linux. */
  shell?: string;
  /** `working-directory:`, relative to the workspace. */
  workingDirectory?: string;
  /** The step's env context: shown in the header and passed to the process. */
  envContext: Record<string, string>;
  /** The runner machine's environment (under the env context). */
  machineEnv: Record<string, string>;
  ctx: GitHubRunContext;
  paths: RunnerPaths;
  masker: SecretMasker;
  pathAdditions: string[];
  debug: boolean;
  timeoutMs: number;
}

export interface ScriptStepResult {
  conclusion: 'success' | 'failure';
  exitCode: number | null;
  outputs: Record<string, string>;
  envAdditions: Record<string, string>;
  pathAdditions: string[];
  summary: string;
  summaryRendered: string;
  log: string[];
  annotations: Annotation[];
  stdout: string;
  stderr: string;
  env: Record<string, string>;
}

interface Shell {
  /** As the runner prints it: `/usr/bin/bash -e {0}`. */
  display: string;
  argv: (scriptFile: string) => string[];
  extension: string;
}

function which(command: string, searchPath: string): string | undefined {
  if (command.includes('/')) return command;
  for (const dir of searchPath.split(':')) {
    if (!dir) continue;
    const candidate = path.join(dir, command);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

// ScriptHandlerHelpers: the default shells and their argument templates.
function resolveShell(shell: string | undefined, searchPath: string): Shell {
  const template = (name: string, args: string, extension: string): Shell => {
    const executable = which(name, searchPath);
    if (!executable) throw new Error(`${name}: command not found (shell: ${shell ?? 'default'})`);
    return {
      display: `${executable} ${args}`,
      argv: (file) => [executable, ...args.split(' ').map((a) => (a === '{0}' ? file : a))],
      extension,
    };
  };
  const name = shell?.trim();
  if (!name) return which('bash', searchPath) ? template('bash', '-e {0}', '.sh') : template('sh', '-e {0}', '.sh');
  switch (name) {
    case 'bash':
      return template('bash', '--noprofile --norc -eo pipefail {0}', '.sh');
    case 'sh':
      return template('sh', '-e {0}', '.sh');
    case 'python':
      return template('python3', '{0}', '.py');
    case 'pwsh':
    case 'powershell':
    case 'cmd':
      throw new Error(`shell: ${name} is not available locally (runWorkflowJob runs bash, sh, python or a custom '<command> {0}')`);
    default: {
      if (!name.includes('{0}')) throw new Error(`Invalid shell option. Shell path and args should be separated by space and contain '{0}': '${name}'`);
      const [command = '', ...args] = name.split(/\s+/);
      return template(command, args.join(' '), '');
    }
  }
}

export async function runScriptStep(options: ScriptStepOptions): Promise<ScriptStepResult> {
  const { ctx, paths, masker } = options;
  const files = await createFileCommandFiles(paths.runnerTemp);
  const runtimeToken = randomToken(40);
  masker.add(runtimeToken);
  const env = buildStepEnvironment({
    ctx,
    paths,
    stepId: options.id,
    debug: options.debug,
    inputs: [],
    fileCommands: fileCommandEnvironment(files),
    pathAdditions: options.pathAdditions,
    runtimeToken,
    userEnv: { ...options.machineEnv, ...options.envContext },
  });
  const processor = new CommandProcessor({ masker, debug: options.debug, env, workspace: paths.workspace, repository: ctx.repository });
  const cwd = options.workingDirectory ? path.resolve(paths.workspace, options.workingDirectory) : paths.workspace;
  let scriptFile: string | undefined;
  try {
    const shell = resolveShell(options.shell, env.PATH ?? '');
    writeHeader(processor, options, shell);
    scriptFile = path.join(paths.runnerTemp, `${randomUUID()}${shell.extension}`);
    await writeFile(scriptFile, options.script);
    const outcome = await spawnScript(shell.argv(scriptFile), env, cwd, options.timeoutMs, (line) => processor.processLine(line));
    const fileResults = await readFileCommands(files);
    reportFileCommands(processor, fileResults);
    if (outcome.timedOut) {
      processor.addIssue('error', timedOutMessage(runName(options.script), options.timeoutMs));
    } else if (outcome.exitCode !== 0) {
      processor.addIssue('error', `Process completed with exit code ${outcome.exitCode ?? `null (signal ${outcome.signal})`}.`);
    }
    const failed = outcome.timedOut || outcome.exitCode !== 0 || processor.commandFailed;
    return {
      conclusion: failed ? 'failure' : 'success',
      exitCode: outcome.exitCode,
      outputs: { ...processor.outputs, ...fileResults.outputs },
      envAdditions: fileResults.envAdditions,
      pathAdditions: fileResults.pathAdditions,
      summary: fileResults.summary,
      summaryRendered: fileResults.summary
        .split('\n')
        .map((l) => masker.mask(l))
        .join('\n'),
      log: processor.log,
      annotations: processor.annotations,
      stdout: outcome.stdout,
      stderr: outcome.stderr,
      env,
    };
  } catch (error) {
    // A shell that cannot be started fails the step with the runner's kind of message, not the job runner.
    processor.addIssue('error', (error as Error).message);
    return {
      conclusion: 'failure',
      exitCode: null,
      outputs: {},
      envAdditions: {},
      pathAdditions: [],
      summary: '',
      summaryRendered: '',
      log: processor.log,
      annotations: processor.annotations,
      stdout: '',
      stderr: '',
      env,
    };
  } finally {
    await removeFileCommandFiles(files);
    if (scriptFile) await rm(scriptFile, { force: true });
  }
}

/** `Run <first line>`: the runner's display name of a script step. */
export function runName(script: string): string {
  const trimmed = script.replace(/^[ \t\r\n]+/, '');
  const newline = trimmed.search(/[\r\n]/);
  return `Run ${newline >= 0 ? trimmed.slice(0, newline) : trimmed}`;
}

// ScriptHandler.PrintActionDetails: the script in bright cyan, the shell, then the env context.
function writeHeader(processor: CommandProcessor, options: ScriptStepOptions, shell: Shell): void {
  processor.output(`##[group]${runName(options.script)}`);
  for (const line of options.script.replace(/\r\n/g, '\n').replace(/\n+$/, '').split('\n')) processor.output(`\u001b[36;1m${line}\u001b[0m`);
  processor.output(`shell: ${shell.display}`);
  const env = Object.entries(options.envContext);
  if (env.length > 0) {
    processor.output('env:');
    for (const [name, value] of env) processor.output(`  ${name}: ${value}`);
  }
  processor.output('##[endgroup]');
}

interface SpawnOutcome {
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
}

// ProcessInvoker: stdin closed at once, both streams line by line, SIGINT -> SIGTERM -> SIGKILL on timeout, and
// at most RUNNER_STREAM_DRAIN_MS for the streams to close after the process exits.
function spawnScript(argv: string[], env: Record<string, string>, cwd: string, timeoutMs: number, onLine: (line: string) => void): Promise<SpawnOutcome> {
  const [command = '', ...args] = argv;
  const child = spawn(command, args, { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
  child.stdin.end();
  child.stdin.on('error', () => undefined);
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  const out = new LineSplitter(onLine);
  const err = new LineSplitter(onLine);
  child.stdout.on('data', (chunk: Buffer) => (stdout.push(chunk), out.write(chunk)));
  child.stderr.on('data', (chunk: Buffer) => (stderr.push(chunk), err.write(chunk)));
  const timers: NodeJS.Timeout[] = [];
  let timedOut = false;
  let exited = false;
  timers.push(
    setTimeout(() => {
      if (exited) return;
      timedOut = true;
      child.kill('SIGINT');
      timers.push(
        setTimeout(() => {
          if (!exited) child.kill('SIGTERM');
          timers.push(setTimeout(() => !exited && child.kill('SIGKILL'), RUNNER_CANCEL_DELAYS.sigtermToKillMs));
        }, RUNNER_CANCEL_DELAYS.sigintToSigtermMs),
      );
    }, timeoutMs),
  );
  return watchChild(child, {
    drainMs: RUNNER_STREAM_DRAIN_MS,
    onExit: () => {
      exited = true;
    },
    onSettle: () => {
      for (const t of timers) clearTimeout(t);
    },
  }).then(({ exitCode, signal }) => {
    out.end();
    err.end();
    return { exitCode, signal, timedOut, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') };
  });
}
