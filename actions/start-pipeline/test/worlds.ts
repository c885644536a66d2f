// Shared setup for start-pipeline's tests: the local AWS and GitHub worlds, a fresh pipeline per test, and
// runs of the bundled action the way the runner runs it.
import {
  HARNESS_ACCESS_KEY_ID,
  actionDir,
  churnDefinition,
  PIPELINE_ROLE,
  runAction,
  startAwsWorld,
  type AwsWorldOptions,
  startGitHubWorld,
  type AwsWorld,
  type GitHubWorld,
  type PipelineScenario,
  type RunActionOptions,
  type RunResult,
} from '@mlops-actions/testkit';

export const ACTION_DIR = actionDir('start-pipeline');
export const DEPLOY_ROLE = 'arn:aws:iam::123456789012:role/github-mlops';

export interface Worlds {
  aws: AwsWorld;
  github: GitHubWorld;
  close(): Promise<void>;
}

export async function startWorlds(awsOptions: AwsWorldOptions = {}): Promise<Worlds> {
  const [aws, github] = await Promise.all([startAwsWorld(awsOptions), startGitHubWorld()]);
  // The IAM side of GitHub OIDC: the role trusts tokens of this repository with the default audience.
  aws.trustWebIdentity({
    roleArn: DEPLOY_ROLE,
    jwks: github.oidc.jwks,
    issuer: github.oidc.issuer,
    audience: 'sts.amazonaws.com',
    subjects: ['repo:octo-org/churn-model:*'],
  });
  return { aws, github, close: async () => void (await Promise.all([aws.close(), github.close()])) };
}

let counter = 0;

/** A new pipeline (and model package group) so each test has its own executions. */
export async function newPipeline(worlds: Worlds, scenario?: PipelineScenario): Promise<{ name: string; group: string; arn: string }> {
  counter += 1;
  const name = `churn-training-${counter}`;
  const group = `churn-models-${counter}`;
  const arn = await worlds.aws.createPipeline(name, churnDefinition(group), { roleArn: PIPELINE_ROLE });
  if (scenario) worlds.aws.scenario(name, scenario);
  return { name, group, arn };
}

export interface StepOptions extends Partial<Omit<RunActionOptions, 'actionDir' | 'inputs'>> {
  /** Credentials: the static keys (what configure-aws-credentials leaves behind), or OIDC with role-to-assume. */
  auth?: 'static' | 'oidc' | 'none';
  actionDir?: string;
}

/** Runs the bundled action; fast polling so a pipeline of four steps takes well under a second. */
export function runStep(worlds: Worlds, inputs: Record<string, string>, options: StepOptions = {}): Promise<RunResult> {
  const auth = options.auth ?? 'static';
  const { auth: _auth, env, actionDir: dir, ...rest } = options;
  return runAction({
    actionDir: dir ?? ACTION_DIR,
    inputs: { 'poll-interval': '100ms', ...(auth === 'oidc' ? { 'role-to-assume': DEPLOY_ROLE } : {}), ...inputs },
    env: {
      ...worlds.aws.env(),
      ...(auth === 'static' ? worlds.aws.staticCredentials() : {}),
      ...(auth === 'oidc' ? worlds.github.env() : {}),
      ...env,
    },
    timeoutMs: 60_000,
    ...rest,
  });
}

/** The requests the code under test made (the world's own instrument client excluded), by operation. */
export function calls(worlds: Worlds, operation: string, since = 0): number {
  return worlds.aws.requests.slice(since).filter((r) => r.operation === operation && r.accessKeyId !== HARNESS_ACCESS_KEY_ID).length;
}

export function executionsOf(worlds: Worlds, pipeline: string): ReturnType<AwsWorld['executions']> {
  return worlds.aws.executions().filter((e) => e.pipelineName === pipeline);
}
