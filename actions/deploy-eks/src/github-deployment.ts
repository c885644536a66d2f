import * as core from '@mlops-actions/shared/core';
import {
  createGitHubClient,
  deploymentKey,
  ensureDeployment,
  type DeploymentStatusState,
  type DeploymentTarget,
  type GitHubClient,
  gitHubMessage,
  gitHubStatus,
  inactivateReplaced,
  setDeploymentStatus,
} from '@mlops-actions/shared/github';
import { logText } from '@mlops-actions/shared/report';
import { ActionError, errorMessage } from '@mlops-actions/shared/runtime';
import type { Inputs } from './context.js';

/** `HTTP 403: Resource not accessible by integration`: GitHub's own words, without its documentation link. */
function gitHubAnswer(error: unknown): string {
  const status = gitHubStatus(error);
  return status === undefined ? gitHubMessage(error) : `HTTP ${status}: ${gitHubMessage(error)}`;
}

/** A refusal that will not go away by itself: the token may not write deployments (or see the repository). */
function refused(error: unknown): boolean {
  const status = gitHubStatus(error);
  return (status === 401 || status === 403 || status === 404) && !/rate limit/i.test(errorMessage(error));
}

/**
 * The optional GitHub Deployment of this rollout: in_progress before the change, then success (and the deployment
 * it replaced inactive) or failure. One per step of a job attempt: a re-run of the step adds statuses to the same
 * deployment. A token that may not write deployments stops the step before anything changes (the user asked for
 * the record and would otherwise deploy without it); GitHub being down or rate limiting past the client's retries
 * only costs the record: a warning, and the rollout goes on.
 */
export class GitHubDeployment {
  private constructor(
    private readonly client: GitHubClient,
    private readonly target: DeploymentTarget,
    readonly id: number,
    private readonly logUrl: string,
  ) {}

  static async start(inputs: Inputs, description: string): Promise<GitHubDeployment | undefined> {
    if (!inputs.githubToken || !inputs.environment) return undefined;
    const [owner = '', repo = ''] = inputs.run.repository.split('/');
    const target = { owner, repo, environment: inputs.environment };
    const client = createGitHubClient({ token: inputs.githubToken, log: (line) => core.info(logText(line)) });
    try {
      const { id, existed } = await ensureDeployment(client, {
        ...target,
        ref: inputs.run.sha || inputs.run.ref || 'HEAD',
        description,
        key: deploymentKey(inputs.run),
        payload: { run: inputs.runUrl, ...(inputs.modelPackageArn ? { modelPackageArn: inputs.modelPackageArn } : {}) },
      });
      const deployment = new GitHubDeployment(client, target, id, inputs.runUrl);
      await deployment.status('in_progress', 'Rolling out');
      core.info(
        logText(`GitHub deployment ${id} for environment ${inputs.environment}${existed ? ' (made by an earlier run of this step)' : ''}: in_progress.`),
      );
      return deployment;
    } catch (error) {
      if (refused(error)) {
        throw new ActionError(`github-token may not create a GitHub Deployment in ${inputs.run.repository} (${gitHubAnswer(error)}); nothing was changed.`, {
          hint: 'Give the job `permissions: deployments: write` (a GitHub App or fine-grained token needs Deployments: write, a classic token repo_deployment), or leave environment empty to deploy without a GitHub Deployment.',
        });
      }
      core.warning(`Could not create the GitHub deployment for environment ${inputs.environment}: ${gitHubAnswer(error)}. The rollout goes on without it.`);
      return undefined;
    }
  }

  async status(state: DeploymentStatusState, description: string): Promise<void> {
    try {
      await setDeploymentStatus(this.client, this.target, this.id, { state, description, logUrl: this.logUrl });
    } catch (error) {
      core.warning(`Could not set the GitHub deployment ${this.id} to ${state}: ${gitHubAnswer(error)}`);
    }
  }

  /** The final status; after a success, the deployment this one replaced becomes inactive. */
  async finish(result: 'success' | 'failure' | 'error', description: string): Promise<void> {
    await this.status(result, description);
    if (result !== 'success') return;
    try {
      const marked = await inactivateReplaced(this.client, this.target, this.id);
      if (marked.length) core.info(logText(`GitHub deployment ${marked.join(', ')} (replaced): inactive.`));
    } catch (error) {
      core.warning(`Could not mark the replaced GitHub deployment inactive: ${gitHubAnswer(error)}`);
    }
  }
}
