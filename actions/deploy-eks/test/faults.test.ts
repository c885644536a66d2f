// The API server misbehaving while the action works: 5xx, throttling with Retry-After, a request that never
// answers, dropped watches; and refusals: 401 (no access entry) and 403 (RBAC) turned into a hint naming the IAM
// principal. Every fault is armed so it must be consumed by the action's own requests.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { apiCalls, deploymentOf, GOOD_V2, imagesOf, newDeployment, runStep, startWorlds, type Worlds } from './worlds.js';

const PRINCIPAL = 'arn:aws:sts::123456789012:user/moto';
let worlds: Worlds;
beforeAll(async () => {
  worlds = await startWorlds();
});
afterAll(async () => worlds?.close());

describe('survived', () => {
  test('5xx, 429 with Retry-After, a hung request and dropped watches: the rollout still succeeds', async () => {
    const { name } = await newDeployment(worlds);
    const since = worlds.k8s.requests.length;
    worlds.k8s.faults.add({ kind: 'http503', verb: 'get', resource: 'deployments', name, count: 1 });
    worlds.k8s.faults.add({ kind: 'throttle', verb: 'patch', resource: 'deployments', name, retryAfterSeconds: 2, count: 1 });
    worlds.k8s.faults.add({ kind: 'http500', verb: 'list', resource: 'pods', count: 2 });
    worlds.k8s.faults.add({ kind: 'hang', verb: 'list', resource: 'replicasets', count: 1 });
    worlds.k8s.faults.add({ kind: 'drop-watch', verb: 'watch', resource: 'deployments', count: 3 });
    const result = await runStep(worlds, { deployment: name, image: GOOD_V2 });
    expect(result.errors).toEqual([]);
    expect(worlds.k8s.faults.pending()).toEqual([]);
    expect(imagesOf(worlds, 'default', name)).toEqual([GOOD_V2]);
    const log = result.main.log.join('\n');
    expect(log).toMatch(/get deployments failed with HTTP 503 ServiceUnavailable; trying again/);
    expect(log).toMatch(/patch deployments failed with HTTP 429 TooManyRequests; trying again in 2\.0 s/);
    expect(log).toMatch(/list replicasets failed with timeout; trying again/);
    // The throttled patch was sent twice and took effect once: revision 2, no revision 3. (The last patch records
    // the digest the new pods run, on the Deployment's metadata: no new revision.)
    expect(
      apiCalls(worlds, since)
        .filter((r) => r.verb === 'patch' && r.resource === 'deployments')
        .map((r) => r.status),
    ).toEqual([429, 200, 200]);
    expect(deploymentOf(worlds, 'default', name).metadata.annotations?.['mlops-actions.io/image-digest']).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(result.outputs.revision).toBe('2');
    // The watch was re-established after each drop.
    expect(apiCalls(worlds, since).filter((r) => r.verb === 'watch').length).toBeGreaterThanOrEqual(4);
  });

  test('a patch whose answer is lost after it took effect (after-fault): the retry changes nothing twice', async () => {
    const { name } = await newDeployment(worlds);
    worlds.k8s.faults.add({ kind: 'http503', verb: 'patch', resource: 'deployments', name, count: 1, when: 'after' });
    const result = await runStep(worlds, { deployment: name, image: GOOD_V2 });
    expect(result.errors).toEqual([]);
    expect(worlds.k8s.faults.pending()).toEqual([]);
    expect(result.outputs.revision).toBe('2');
  });
});

describe('refused', () => {
  test('401 (no access entry): the error names the IAM principal and explains EKS access entries / aws-auth', async () => {
    const { name } = await newDeployment(worlds);
    worlds.k8s.access.deny('user/moto', 401);
    try {
      const result = await runStep(worlds, { deployment: name, image: GOOD_V2 });
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]).toMatch(new RegExp(`^Kubernetes API: get deployments/${name} in namespace default failed: HTTP 401 Unauthorized`));
      // The principal is what STS's GetCallerIdentity says (moto calls its default user arn:aws:sts::...:user/moto).
      expect(result.errors[0]).toContain(`Hint: The cluster did not accept the identity (${PRINCIPAL}).`);
      expect(result.errors[0]).toContain(`aws eks create-access-entry --cluster-name ml-staging --principal-arn ${PRINCIPAL}`);
      expect(result.errors[0]).toMatch(/aws-auth ConfigMap/);
    } finally {
      worlds.k8s.access.clear();
    }
  });

  test('403 (RBAC): the error says which verb on which resource the principal lacks; nothing changed', async () => {
    const { name } = await newDeployment(worlds);
    worlds.k8s.access.deny('user/moto', 403, ['patch']);
    try {
      const result = await runStep(worlds, { deployment: name, image: GOOD_V2 });
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]).toMatch(new RegExp(`^Kubernetes API: patch deployments/${name} in namespace default failed: HTTP 403 Forbidden`));
      expect(result.errors[0]).toContain(`Hint: The identity (${PRINCIPAL}) may not patch deployments in namespace default: grant it with Kubernetes RBAC`);
      expect(imagesOf(worlds, 'default', name)).not.toContain(GOOD_V2);
    } finally {
      worlds.k8s.access.clear();
    }
  });
});
