// Starting another workflow: repository_dispatch (an event type and a payload of at most 10 top-level keys) or
// workflow_dispatch (a workflow file or id, a ref, at most 25 inputs, all strings).
import type { GitHubClient } from './client.js';

export type DispatchTarget = { kind: 'repository_dispatch'; eventType: string } | { kind: 'workflow_dispatch'; workflow: string; ref: string };

/** GitHub's limits: client_payload has at most 10 top-level properties, workflow inputs at most 25. */
export const MAX_CLIENT_PAYLOAD_KEYS = 10;
export const MAX_WORKFLOW_INPUTS = 25;

export async function dispatch(client: GitHubClient, repository: string, target: DispatchTarget, payload: Record<string, string>): Promise<void> {
  const [owner = '', repo = ''] = repository.split('/');
  if (target.kind === 'repository_dispatch') {
    const client_payload = Object.fromEntries(Object.entries(payload).slice(0, MAX_CLIENT_PAYLOAD_KEYS));
    await client.request('POST /repos/{owner}/{repo}/dispatches', { owner, repo, event_type: target.eventType, client_payload });
    return;
  }
  const inputs = Object.fromEntries(Object.entries(payload).slice(0, MAX_WORKFLOW_INPUTS));
  await client.request('POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches', {
    owner,
    repo,
    workflow_id: target.workflow,
    ref: target.ref,
    inputs,
  });
}
