/** What the runner tells a step about the run it belongs to (environment variables the runner always sets). */
export interface RunContext {
  repository: string;
  runId: string;
  runAttempt: string;
  job: string;
  /** The step's id (`GITHUB_ACTION`): tells two uses of one action in a job apart. */
  stepId: string;
  serverUrl: string;
  sha: string;
  ref: string;
  workflow: string;
  /**
   * Who started this run attempt (`GITHUB_TRIGGERING_ACTOR`): on a re-run, the person who re-ran it, whereas
   * `GITHUB_ACTOR` stays the author of the first attempt. Falls back to GITHUB_ACTOR on runners that lack it.
   */
  triggeringActor: string;
}

export function runContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  return {
    repository: env.GITHUB_REPOSITORY ?? 'local/repository',
    runId: env.GITHUB_RUN_ID ?? '0',
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
    job: env.GITHUB_JOB ?? '',
    stepId: env.GITHUB_ACTION ?? '',
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    workflow: env.GITHUB_WORKFLOW ?? '',
    triggeringActor: env.GITHUB_TRIGGERING_ACTOR || env.GITHUB_ACTOR || '',
  };
}

/** Link to the run's page, for summaries and descriptions. */
export function runUrl(context: RunContext): string {
  return `${context.serverUrl}/${context.repository}/actions/runs/${context.runId}/attempts/${context.runAttempt}`;
}
