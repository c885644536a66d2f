// What the step reports about several Deployments at once (the `deployments` JSON output next to the single-value
// outputs, which describe the first), and the digest the new pods actually run: read from their
// containerStatuses[].imageID after a successful rollout, recorded as the image-digest annotation and output.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CRASHING, GOOD_V1, REGISTRY, deploymentOf, kubectl, newDeployment, runStep, startWorlds, type Worlds } from './worlds.js';

const MODEL_V3 = `${REGISTRY}/churn-model:v3`;
const MODEL_V3_DIGEST = `sha256:${'3a'.repeat(32)}`;
const SIDECAR_V2 = `${REGISTRY}/envoy:v2`;
const SIDECAR_V2_DIGEST = `sha256:${'e2'.repeat(32)}`;

let worlds: Worlds;
beforeAll(async () => {
  worlds = await startWorlds();
  worlds.k8s.images.set(MODEL_V3, { behaviour: { kind: 'ready', afterSeconds: 1 }, digest: MODEL_V3_DIGEST });
  worlds.k8s.images.set(SIDECAR_V2, { behaviour: { kind: 'ready', afterSeconds: 1 }, digest: SIDECAR_V2_DIGEST });
});
afterAll(async () => worlds?.close());

interface DeploymentRecord {
  namespace: string;
  name: string;
  revision: number | null;
  previousRevision: number;
  rolledBack: boolean;
  containers: Array<{ name: string; image: string; previousImage: string; digest: string | null }>;
}

/** Two Deployments: a model server with a sidecar, and a batch worker (all running GOOD_V1, revision 1). */
async function twoDeployments(): Promise<{ serving: string; batch: string }> {
  const { name: serving } = await newDeployment(worlds, { containers: ['server', 'proxy'] });
  const { name: batch } = await newDeployment(worlds, { containers: ['worker'] });
  return { serving, batch };
}

describe('several Deployments at once', () => {
  test('the deployments output lists every Deployment, container, revision, image and running digest; annotations record the digests', async () => {
    const { serving, batch } = await twoDeployments();
    const result = await runStep(worlds, {
      deployment: serving,
      container: 'server',
      image: [MODEL_V3, `proxy=${SIDECAR_V2}`, `${batch}/worker=${MODEL_V3}`].join('\n'),
    });
    expect(result.errors).toEqual([]);
    const previous = 1;
    const records = JSON.parse(result.outputs.deployments ?? '') as DeploymentRecord[];
    expect(records).toEqual([
      {
        namespace: 'default',
        name: serving,
        revision: previous + 1,
        previousRevision: previous,
        rolledBack: false,
        containers: [
          { name: 'server', image: MODEL_V3, previousImage: GOOD_V1, digest: MODEL_V3_DIGEST },
          { name: 'proxy', image: SIDECAR_V2, previousImage: GOOD_V1, digest: SIDECAR_V2_DIGEST },
        ],
      },
      {
        namespace: 'default',
        name: batch,
        revision: 2,
        previousRevision: 1,
        rolledBack: false,
        containers: [{ name: 'worker', image: MODEL_V3, previousImage: GOOD_V1, digest: MODEL_V3_DIGEST }],
      },
    ]);
    // The single-value outputs stay what they were: the first Deployment, its first changed container.
    expect(result.outputs).toMatchObject({
      revision: String(previous + 1),
      'previous-revision': String(previous),
      'previous-image': GOOD_V1,
      'image-digest': MODEL_V3_DIGEST,
    });
    // The tag is traced to the digest the pods run, on each Deployment; recording it started no rollout.
    expect(deploymentOf(worlds, 'default', serving).metadata.annotations?.['mlops-actions.io/image-digest']).toBe(`${MODEL_V3_DIGEST},${SIDECAR_V2_DIGEST}`);
    expect(deploymentOf(worlds, 'default', batch).metadata.annotations?.['mlops-actions.io/image-digest']).toBe(MODEL_V3_DIGEST);
    expect(result.main.log.join('\n')).toContain(`Deployment ${batch}: the new pods run ${MODEL_V3_DIGEST} (recorded as mlops-actions.io/image-digest).`);
    const history = await kubectl(worlds, ['rollout', 'history', `deployment/${batch}`]);
    expect(
      history.stdout
        .trim()
        .split('\n')
        .filter((l) => /^\d+\s/.test(l)),
    ).toHaveLength(2);
    expect(deploymentOf(worlds, 'default', batch).metadata.generation).toBe(2);
  });

  test('one doomed: every entry says rolled back, with the revision running now and no digest', async () => {
    const { serving, batch } = await twoDeployments();
    const result = await runStep(worlds, {
      deployment: serving,
      container: 'server',
      image: [MODEL_V3, `${batch}/worker=${CRASHING}`].join('\n'),
      'max-restarts': '1',
    });
    expect(result.exitCode).toBe(1);
    const records = JSON.parse(result.outputs.deployments ?? '') as DeploymentRecord[];
    expect(records.map((r) => [r.name, r.rolledBack, r.revision === r.previousRevision + 2])).toEqual([
      [serving, true, true],
      [batch, true, true],
    ]);
    expect(records.flatMap((r) => r.containers.map((c) => [c.name, c.image, c.digest]))).toEqual([
      ['server', MODEL_V3, null],
      ['worker', CRASHING, null],
    ]);
    expect(result.outputs['image-digest']).toBe('');
    expect(deploymentOf(worlds, 'default', batch).metadata.annotations?.['mlops-actions.io/image-digest']).toBeUndefined();
  });

  test('nothing to change: the output still lists the Deployment, with no containers', async () => {
    const { name } = await newDeployment(worlds);
    const result = await runStep(worlds, { deployment: name, image: GOOD_V1 });
    expect(result.errors).toEqual([]);
    expect(JSON.parse(result.outputs.deployments ?? '')).toEqual([
      { namespace: 'default', name, revision: 1, previousRevision: 1, rolledBack: false, containers: [] },
    ]);
    expect(result.outputs['image-digest']).toBe('');
  });
});
