import * as core from '@mlops-actions/shared/core';
import { createGitHubClient, type GitHubClient } from '@mlops-actions/shared/github';
import { logText } from '@mlops-actions/shared/report';
import { errorMessage } from '@mlops-actions/shared/runtime';
import type { Inputs } from './context.js';

/**
 * The optional GitHub Deployment of this rollout: created in_progress before the change, then success (GitHub
 * marks the environment's earlier deployments inactive: auto_inactive) or failure. It records, it never decides:
 * a GitHub failure is a warning and the rollout goes on.
 */
export class GitHubDeployment {
  private constructor(
    private readonly client: GitHubClient,
    private readonly owner: string,
    private readonly repo: string,
    private readonly id: number,
    private readonly logUrl: string,
  ) {}

  static async start(inputs: Inputs, description: string): Promise<GitHubDeployment | undefined> {
    if (!inputs.githubToken || !inputs.environment) return undefined;
    const [owner, repo] = inputs.run.repository.split('/');
    if (!owner || !repo) return undefined;
    const client = createGitHubClient({ token: inputs.githubToken, log: (line) => core.info(logText(line)) });
    try {
      const created = await client.request('POST /repos/{owner}/{repo}/deployments', {
        owner,
        repo,
        ref: inputs.run.sha || inputs.run.ref || 'HEAD',
        environment: inputs.environment,
        description: description.slice(0, 140),
        auto_merge: false,
        required_contexts: [],
        payload: { run: inputs.runUrl, ...(inputs.modelPackageArn ? { modelPackageArn: inputs.modelPackageArn } : {}) },
      });
      const id = (created.data as { id?: number }).id;
      if (typeof id !== 'number') {
        core.warning(`GitHub did not create a deployment for environment ${inputs.environment}: ${JSON.stringify(created.data).slice(0, 200)}`);
        return undefined;
      }
      const deployment = new GitHubDeployment(client, owner, repo, id, inputs.runUrl);
      await deployment.status('in_progress', 'Rolling out');
      core.info(logText(`GitHub deployment ${id} for environment ${inputs.environment}: in_progress.`));
      return deployment;
    } catch (error) {
      core.warning(`Could not create the GitHub deployment for environment ${inputs.environment}: ${errorMessage(error)}`);
      return undefined;
    }
  }

  async status(state: 'in_progress' | 'success' | 'failure' | 'error', description: string): Promise<void> {
    try {
      await this.client.request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
        owner: this.owner,
        repo: this.repo,
        deployment_id: this.id,
        state,
        description: description.slice(0, 140),
        log_url: this.logUrl,
        auto_inactive: true,
      });
    } catch (error) {
      core.warning(`Could not set the GitHub deployment ${this.id} to ${state}: ${errorMessage(error)}`);
    }
  }
}
