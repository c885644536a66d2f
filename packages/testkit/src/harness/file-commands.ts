// The runner's file commands (actions/runner src/Runner.Worker/FileCommandManager.cs): fresh files per step in
// RUNNER_TEMP/_runner_file_commands, read back after the process ends.
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface FileCommandFiles {
  output: string;
  state: string;
  env: string;
  path: string;
  stepSummary: string;
}

/** GITHUB_STEP_SUMMARY upload limit (CreateStepSummaryCommand.AttachmentSizeLimit). */
export const STEP_SUMMARY_LIMIT_BYTES = 1024 * 1024;

export async function createFileCommandFiles(runnerTemp: string): Promise<FileCommandFiles> {
  const dir = path.join(runnerTemp, '_runner_file_commands');
  await mkdir(dir, { recursive: true });
  const suffix = randomUUID();
  const files: FileCommandFiles = {
    output: path.join(dir, `set_output_${suffix}`),
    state: path.join(dir, `save_state_${suffix}`),
    env: path.join(dir, `set_env_${suffix}`),
    path: path.join(dir, `add_path_${suffix}`),
    stepSummary: path.join(dir, `step_summary_${suffix}`),
  };
  await Promise.all(Object.values(files).map((f) => writeFile(f, '')));
  return files;
}

export function fileCommandEnvironment(files: FileCommandFiles): Record<string, string> {
  return {
    GITHUB_OUTPUT: files.output,
    GITHUB_STATE: files.state,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    GITHUB_STEP_SUMMARY: files.stepSummary,
  };
}

export async function removeFileCommandFiles(files: FileCommandFiles): Promise<void> {
  await Promise.all(Object.values(files).map((f) => rm(f, { force: true })));
}

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Parses GITHUB_OUTPUT / GITHUB_STATE / GITHUB_ENV (EnvFileKeyValuePairs): `name=value` lines and
 * `name<<DELIMITER` heredocs. Throws the runner's messages on malformed content.
 */
export function parseKeyValueFile(text: string): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  let index = 0;
  const readLine = (): { line: string; newline: boolean } | undefined => {
    if (index >= text.length) return undefined;
    const lf = text.indexOf('\n', index);
    if (lf < 0) {
      const line = text.slice(index);
      index = text.length;
      return { line, newline: false };
    }
    const line = text.slice(index, lf);
    index = lf + 1;
    return { line, newline: true };
  };
  for (let next = readLine(); next !== undefined; next = readLine()) {
    const { line } = next;
    if (line === '') continue;
    const eq = line.indexOf('=');
    const heredoc = line.indexOf('<<');
    if (eq >= 0 && (heredoc < 0 || eq < heredoc)) {
      // The runner checks the whole line here, so "=value" yields an empty name rather than an error.
      pairs.push([line.slice(0, eq), line.slice(eq + 1)]);
    } else if (heredoc >= 0 && (eq < 0 || heredoc < eq)) {
      const name = line.slice(0, heredoc);
      const delimiter = line.slice(heredoc + 2);
      if (!name || !delimiter) {
        throw new Error(`Invalid format '${line}'. Name must not be empty and delimiter must not be empty`);
      }
      const start = index;
      let end = index;
      let current = readLine();
      while (current?.line !== delimiter) {
        if (current === undefined) throw new Error(`Invalid value. Matching delimiter not found '${delimiter}'`);
        if (!current.newline) throw new Error('Invalid value. EOF marker missing new line.');
        end = index - 1;
        current = readLine();
      }
      pairs.push([name, end > start ? text.slice(start, end) : '']);
    } else {
      throw new Error(`Invalid format '${line}'`);
    }
  }
  return pairs;
}

export interface FileCommandResults {
  outputs: Record<string, string>;
  state: Record<string, string>;
  envAdditions: Record<string, string>;
  pathAdditions: string[];
  summary: string;
  /** [file command context name, error message] for each file the runner would refuse. */
  failures: Array<{ context: string; message: string }>;
  /** Errors the runner reports without failing the command (blocked env names, oversized summary). */
  errors: string[];
}

const SET_ENV_BLOCK_LIST = ['NODE_OPTIONS'];

/** Reads the files in the runner's ProcessFiles order: path, env, step summary, state, output. */
export async function readFileCommands(files: FileCommandFiles): Promise<FileCommandResults> {
  const results: FileCommandResults = {
    outputs: {},
    state: {},
    envAdditions: {},
    pathAdditions: [],
    summary: '',
    failures: [],
    errors: [],
  };
  const guard = async (context: string, work: () => Promise<void>): Promise<void> => {
    try {
      await work();
    } catch (error) {
      results.failures.push({ context, message: (error as Error).message });
    }
  };
  await guard('path', async () => {
    const text = (await readIfExists(files.path)) ?? '';
    for (const line of text.split(/\r?\n/)) {
      if (line === '') continue;
      // Re-adding a path moves it to the front (PrependPath.RemoveAll + Add).
      results.pathAdditions = results.pathAdditions.filter((p) => p !== line);
      results.pathAdditions.push(line);
    }
  });
  await guard('env', async () => {
    for (const [name, value] of parseKeyValueFile((await readIfExists(files.env)) ?? '')) {
      if (SET_ENV_BLOCK_LIST.some((blocked) => blocked.toLowerCase() === name.toLowerCase())) {
        results.errors.push(`Can't store ${name} output parameter using '$GITHUB_ENV' command.`);
        continue;
      }
      results.envAdditions[name] = value;
    }
  });
  await guard('step_summary', async () => {
    const size = (await stat(files.stepSummary).catch(() => undefined))?.size ?? 0;
    if (size === 0) return;
    if (size > STEP_SUMMARY_LIMIT_BYTES) {
      results.errors.push(
        `$GITHUB_STEP_SUMMARY upload aborted, supports content up to a size of ${STEP_SUMMARY_LIMIT_BYTES / 1024}k, got ${Math.floor(size / 1024)}k. For more information see: https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-markdown-summary`,
      );
    }
    results.summary = (await readIfExists(files.stepSummary)) ?? '';
  });
  await guard('state', async () => {
    for (const [name, value] of parseKeyValueFile((await readIfExists(files.state)) ?? '')) results.state[name] = value;
  });
  await guard('output', async () => {
    for (const [name, value] of parseKeyValueFile((await readIfExists(files.output)) ?? '')) {
      results.outputs[name] = value;
    }
  });
  return results;
}
