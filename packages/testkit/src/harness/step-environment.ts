// The environment of a step process, built the way ActionRunner + NodeScriptActionHandler + ProcessInvoker build
// it, but hermetic: of the host environment only a few basics pass (no AWS_*, GITHUB_*, ... leak into a test).
import { githubEnvironment, type GitHubRunContext } from './github-context.js';
import { inputEnvName } from './inputs.js';

const HOST_BASICS = ['PATH', 'HOME', 'TMPDIR', 'LANG', 'LC_ALL', 'TZ', 'USER', 'LOGNAME', 'SHELL'];

export interface RunnerPaths {
  workspace: string;
  runnerWorkspace: string;
  runnerTemp: string;
  toolCache: string;
  eventPath: string;
}

export interface StepEnvironmentInput {
  ctx: GitHubRunContext;
  paths: RunnerPaths;
  stepId: string;
  /** `owner/repo` and ref of a remote action (GITHUB_ACTION_REPOSITORY/REF); undefined for a local one. */
  actionRepository?: { name: string; ref: string };
  debug: boolean;
  inputs: Array<[name: string, value: string]>;
  fileCommands: Record<string, string>;
  /** Saved state of main, for post (ActionRunner: STATE_<name>). */
  state?: Record<string, string>;
  /** GITHUB_ENV / GITHUB_PATH additions of earlier steps. */
  envAdditions?: Record<string, string>;
  pathAdditions?: string[];
  runtimeToken: string;
  userEnv: Record<string, string>;
}

export function hostBasics(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of HOST_BASICS) {
    const value = process.env[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}

export function buildStepEnvironment(input: StepEnvironmentInput): Record<string, string> {
  // What the runner sets itself (ActionRunner/Handler: the github and runner contexts' runtime variables, the file
  // command paths, ACTIONS_RUNTIME_*) is applied after the step's `env:`, so `env:` cannot override it: on GitHub
  // `env: { GITHUB_OUTPUT: ... }` or `env: { RUNNER_TEMP: ... }` is ignored. Context values a test gives through
  // env (GITHUB_REPOSITORY, GITHUB_API_URL, ...) reach the process because they were folded into the context.
  const runnerOwned: Record<string, string> = {
    ...githubEnvironment(input.ctx),
    ...input.fileCommands,
    GITHUB_ACTION: input.stepId,
    GITHUB_EVENT_PATH: input.paths.eventPath,
    GITHUB_WORKSPACE: input.paths.workspace,
    RUNNER_ARCH: 'X64',
    RUNNER_ENVIRONMENT: 'github-hosted',
    RUNNER_NAME: 'GitHub Actions 2',
    RUNNER_OS: 'Linux',
    RUNNER_TEMP: input.paths.runnerTemp,
    RUNNER_TOOL_CACHE: input.paths.toolCache,
    RUNNER_WORKSPACE: input.paths.runnerWorkspace,
    // The runtime service is unreachable on purpose: nothing in a test may leave the loopback interface.
    ACTIONS_RUNTIME_URL: 'http://127.0.0.1:1/',
    ACTIONS_RUNTIME_TOKEN: input.runtimeToken,
    ACTIONS_RESULTS_URL: 'http://127.0.0.1:1/',
    ...(input.actionRepository ? { GITHUB_ACTION_REPOSITORY: input.actionRepository.name, GITHUB_ACTION_REF: input.actionRepository.ref } : {}),
    ...(input.debug ? { RUNNER_DEBUG: '1' } : {}),
  };
  const env: Record<string, string> = {
    ...hostBasics(),
    // Safety, not fidelity: the AWS SDK would otherwise probe 169.254.169.254 when it finds no credentials.
    AWS_EC2_METADATA_DISABLED: 'true',
    ...(input.envAdditions ?? {}),
    ...input.userEnv,
    ...runnerOwned,
  };
  // STATE_* and INPUT_* come after the env context too.
  for (const [name, value] of Object.entries(input.state ?? {})) env[`STATE_${name}`] = value;
  for (const [name, value] of input.inputs) env[inputEnvName(name)] = value;
  if (input.pathAdditions && input.pathAdditions.length > 0) {
    // Handler.AddPrependPathToEnvironment: GITHUB_PATH additions go first, the latest addition first of all.
    const base = env.PATH ?? '';
    env.PATH = [...input.pathAdditions].reverse().join(':') + (base ? `:${base}` : '');
  }
  env.GITHUB_ACTIONS = 'true';
  env.CI ??= 'true';
  // NodeScriptActionHandler removes it: it can break the node the runner ships (actions/runner#795).
  delete env.NODE_ICU_DATA;
  return env;
}

/** options.env entries that describe the github context; applied to it so that `${{ github.* }}` agrees. */
export function githubContextOverrides(env: Record<string, string>): Partial<GitHubRunContext> {
  const pick = (key: string): string | undefined => env[key];
  const out: Partial<GitHubRunContext> = {};
  const map: Array<[keyof GitHubRunContext, string]> = [
    ['repository', 'GITHUB_REPOSITORY'],
    ['repositoryId', 'GITHUB_REPOSITORY_ID'],
    ['repositoryOwnerId', 'GITHUB_REPOSITORY_OWNER_ID'],
    ['ref', 'GITHUB_REF'],
    ['sha', 'GITHUB_SHA'],
    ['eventName', 'GITHUB_EVENT_NAME'],
    ['runId', 'GITHUB_RUN_ID'],
    ['runNumber', 'GITHUB_RUN_NUMBER'],
    ['runAttempt', 'GITHUB_RUN_ATTEMPT'],
    ['job', 'GITHUB_JOB'],
    ['workflow', 'GITHUB_WORKFLOW'],
    ['actor', 'GITHUB_ACTOR'],
    ['actorId', 'GITHUB_ACTOR_ID'],
    ['headRef', 'GITHUB_HEAD_REF'],
    ['baseRef', 'GITHUB_BASE_REF'],
    ['serverUrl', 'GITHUB_SERVER_URL'],
    ['apiUrl', 'GITHUB_API_URL'],
    ['graphqlUrl', 'GITHUB_GRAPHQL_URL'],
  ];
  for (const [field, key] of map) {
    const value = pick(key);
    if (value !== undefined) (out as Record<string, string>)[field] = value;
  }
  return out;
}
