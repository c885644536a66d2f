import { describe, expect, it } from 'vitest';
import { repo, useGitHubWorld } from './fixtures/github-world.js';

const gh = useGitHubWorld();

describe('dispatches', () => {
  it('records a repository_dispatch (204) and validates it', async () => {
    const res = await gh.octokit.rest.repos.createDispatchEvent({ ...repo, event_type: 'retrain', client_payload: { model: 'churn', psi: 0.31 } });
    expect(res.status).toBe(204);
    expect(res.data).toBe('');
    expect(gh.world.state.dispatches).toEqual([
      { kind: 'repository_dispatch', event_type: 'retrain', client_payload: { model: 'churn', psi: 0.31 }, at: expect.any(String) },
    ]);
    const tooMany = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, i]));
    await expect(gh.octokit.rest.repos.createDispatchEvent({ ...repo, event_type: 'x', client_payload: tooMany })).rejects.toMatchObject({
      status: 422,
      response: { data: { message: 'Invalid request.\n\nNo more than 10 properties are allowed; 11 were supplied.' } },
    });
    // event_type missing on purpose.
    await expect(gh.octokit.request('POST /repos/{owner}/{repo}/dispatches', { ...repo } as never)).rejects.toMatchObject({ status: 422 });
  });

  it('records a workflow_dispatch (204) and refuses an unknown ref', async () => {
    const res = await gh.octokit.rest.actions.createWorkflowDispatch({
      ...repo,
      workflow_id: 'deploy.yml',
      ref: 'main',
      inputs: { 'model-package-arn': 'arn:aws:sagemaker:eu-west-1:123456789012:model-package/churn/3', decision: 'approve' },
    });
    expect(res.status).toBe(204);
    expect(gh.world.state.dispatches[0]).toMatchObject({
      kind: 'workflow_dispatch',
      workflow_id: 'deploy.yml',
      ref: 'main',
      inputs: { decision: 'approve' },
    });
    await expect(gh.octokit.rest.actions.createWorkflowDispatch({ ...repo, workflow_id: 'deploy.yml', ref: 'nope' })).rejects.toMatchObject({
      status: 422,
      response: { data: { message: 'No ref found for: nope' } },
    });
  });
});

describe('deployments', () => {
  it('creates deployments (201) resolving the ref, and lists them newest first with filters', async () => {
    const { status, data: staging } = await gh.octokit.rest.repos.createDeployment({
      ...repo,
      ref: 'main',
      environment: 'staging',
      auto_merge: false,
      required_contexts: [],
      payload: { image: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/churn:3' },
      description: 'Deploy churn model v3',
    });
    expect(status).toBe(201);
    if (!('id' in staging)) throw new Error('expected a deployment');
    expect(staging).toMatchObject({
      ref: 'main',
      sha: gh.world.state.refs.main,
      task: 'deploy',
      environment: 'staging',
      original_environment: 'staging',
      production_environment: false,
      transient_environment: false,
      payload: { image: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/churn:3' },
      statuses_url: `${gh.world.apiUrl}/repos/octo-org/churn-model/deployments/${staging.id}/statuses`,
      creator: { login: 'github-actions[bot]' },
    });
    const { data: prod } = await gh.octokit.rest.repos.createDeployment({ ...repo, ref: 'main', required_contexts: [] });
    if (!('id' in prod)) throw new Error('expected a deployment');
    expect(prod).toMatchObject({ environment: 'production', production_environment: true });

    const all = await gh.octokit.rest.repos.listDeployments(repo);
    expect(all.data.map((d) => d.id)).toEqual([prod.id, staging.id]);
    const onlyStaging = await gh.octokit.rest.repos.listDeployments({ ...repo, environment: 'staging' });
    expect(onlyStaging.data.map((d) => d.id)).toEqual([staging.id]);
    await expect(gh.octokit.rest.repos.createDeployment({ ...repo, ref: 'no-such-branch' })).rejects.toMatchObject({ status: 422 });
  });

  it('creates and lists deployment statuses; a success marks the previous deployment inactive', async () => {
    const create = async (): Promise<number> => {
      const { data } = await gh.octokit.rest.repos.createDeployment({ ...repo, ref: 'main', environment: 'staging', required_contexts: [] });
      if (!('id' in data)) throw new Error('expected a deployment');
      return data.id;
    };
    const first = await create();
    const s1 = await gh.octokit.rest.repos.createDeploymentStatus({
      ...repo,
      deployment_id: first,
      state: 'in_progress',
      log_url: 'https://example.invalid/run/1',
    });
    expect(s1.status).toBe(201);
    expect(s1.data).toMatchObject({
      state: 'in_progress',
      environment: 'staging',
      log_url: 'https://example.invalid/run/1',
      target_url: 'https://example.invalid/run/1',
    });
    await gh.octokit.rest.repos.createDeploymentStatus({ ...repo, deployment_id: first, state: 'success', environment_url: 'https://churn.staging.example' });
    const second = await create();
    await gh.octokit.rest.repos.createDeploymentStatus({ ...repo, deployment_id: second, state: 'success' });

    const firstStatuses = await gh.octokit.rest.repos.listDeploymentStatuses({ ...repo, deployment_id: first });
    expect(firstStatuses.data.map((s) => s.state)).toEqual(['inactive', 'success', 'in_progress']);
    expect(gh.world.state.deploymentStatuses.filter((s) => s.deployment_id === second).map((s) => s.state)).toEqual(['success']);
    await expect(gh.octokit.rest.repos.createDeploymentStatus({ ...repo, deployment_id: first, state: 'bogus' as 'success' })).rejects.toMatchObject({
      status: 422,
    });
    await expect(gh.octokit.rest.repos.listDeploymentStatuses({ ...repo, deployment_id: 424242 })).rejects.toMatchObject({ status: 404 });
  });

  it('refuses deployments to a token without the Deployments permission, as GitHub does (App/fine-grained 403, classic 404)', async () => {
    gh.world.setTokenAccess({ kind: 'app', members: 'read', deployments: 'read' });
    expect((await gh.octokit.rest.repos.listDeployments(repo)).status).toBe(200);
    await expect(gh.octokit.rest.repos.createDeployment({ ...repo, ref: 'main', required_contexts: [] })).rejects.toMatchObject({
      status: 403,
      response: { data: { message: 'Resource not accessible by integration' } },
    });
    gh.world.setTokenAccess({ kind: 'fine-grained', members: 'read', deployments: 'none' });
    await expect(gh.octokit.rest.repos.listDeployments(repo)).rejects.toMatchObject({
      status: 403,
      response: { data: { message: 'Resource not accessible by personal access token' } },
    });
    gh.world.setTokenAccess({ kind: 'classic', scopes: ['read:org'] });
    await expect(gh.octokit.rest.repos.createDeployment({ ...repo, ref: 'main', required_contexts: [] })).rejects.toMatchObject({ status: 404 });
    gh.world.setTokenAccess({ kind: 'classic', scopes: ['repo_deployment'] });
    expect((await gh.octokit.rest.repos.createDeployment({ ...repo, ref: 'main', required_contexts: [] })).status).toBe(201);
    expect(gh.world.state.deployments).toHaveLength(1);
  });

  it('refuses descriptions over 140 characters (422), and an answer lost after the create still created it', async () => {
    await expect(gh.octokit.rest.repos.createDeployment({ ...repo, ref: 'main', required_contexts: [], description: 'x'.repeat(141) })).rejects.toMatchObject({
      status: 422,
    });
    gh.world.faults.add({ route: 'POST /repos/{owner}/{repo}/deployments', status: 502, afterHandling: true });
    await expect(gh.octokit.rest.repos.createDeployment({ ...repo, ref: 'main', required_contexts: [] })).rejects.toMatchObject({
      status: 502,
    });
    expect(gh.world.state.deployments).toHaveLength(1);
  });
});
