// Starting another workflow: repository_dispatch (an event type and a payload of at most 10 top-level keys) or
// workflow_dispatch (a workflow file or id, a ref, at most 25 inputs, all strings).
//
// At most once. GitHub takes no idempotency key for dispatches and offers no way to look one up afterwards, so a
// dispatch resent after its answer was lost (a 5xx or a reset after GitHub took it) starts the workflow twice: two
// trainings. The request is therefore sent once, without the client's retries of 5xx and network errors; when its
// answer is lost the caller learns 'unknown' and says so instead of guessing. Rate limits (403/429 with
// Retry-After) are still waited out by the client: GitHub refused those requests, nothing was started.
import { mayHaveTakenEffect, type GitHubClient } from './client.js';

export type DispatchTarget = { kind: 'repository_dispatch'; eventType: string } | { kind: 'workflow_dispatch'; workflow: string; ref: string };

/** GitHub's limits: client_payload has at most 10 top-level properties, workflow inputs at most 25. */
export const MAX_CLIENT_PAYLOAD_KEYS = 10;
export const MAX_WORKFLOW_INPUTS = 25;

/** `delivered`: GitHub answered 204. `unknown`: the answer was lost (5xx, reset): it may or may not have started. */
export type DispatchResult = { delivered: true } | { delivered: 'unknown'; error: unknown };

/** Sends the dispatch once. A 4xx (a missing workflow, bad inputs, no permission) throws, GitHub's error as it is. */
export async function dispatch(client: GitHubClient, repository: string, target: DispatchTarget, payload: Record<string, string>): Promise<DispatchResult> {
  const [owner = '', repo = ''] = repository.split('/');
  // Not retried by the client: a resend after a lost answer could start the workflow a second time.
  const once = { request: { retries: 0 } };
  try {
    if (target.kind === 'repository_dispatch') {
      const client_payload = Object.fromEntries(Object.entries(payload).slice(0, MAX_CLIENT_PAYLOAD_KEYS));
      await client.request('POST /repos/{owner}/{repo}/dispatches', { owner, repo, event_type: target.eventType, client_payload, ...once });
    } else {
      const inputs = Object.fromEntries(Object.entries(payload).slice(0, MAX_WORKFLOW_INPUTS));
      await client.request('POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches', {
        owner,
        repo,
        workflow_id: target.workflow,
        ref: target.ref,
        inputs,
        ...once,
      });
    }
  } catch (error) {
    if (mayHaveTakenEffect(error)) return { delivered: 'unknown', error };
    throw error;
  }
  return { delivered: true };
}
