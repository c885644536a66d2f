// One clear error for each thing that cannot be deployed, and nothing changed on the cluster: no write request
// (patch, apply, create, update, delete) reached the API server.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { apiCalls, GOOD_V1, GOOD_V2, imagesOf, newDeployment, runStep, startWorlds, type Worlds } from './worlds.js';

let worlds: Worlds;
beforeAll(async () => {
  worlds = await startWorlds();
});
afterAll(async () => worlds?.close());

const WRITES = new Set(['create', 'update', 'patch', 'delete', 'deletecollection']);
const writes = (since: number) => apiCalls(worlds, since).filter((r) => WRITES.has(r.verb) && !(r.query.dryRun === 'All'));

function workspaceWith(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'deploy-eks-ws-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('refused before anything changes', () => {
  test('a paused Deployment', async () => {
    const { name } = await newDeployment(worlds, { paused: true });
    const since = worlds.k8s.requests.length;
    const result = await runStep(worlds, { deployment: name, image: GOOD_V2 });
    expect(result.errors).toEqual([
      `Deployment ${name} in namespace default is paused: a rollout would not start, so nothing was changed.\nHint: Resume it first (kubectl rollout resume deployment/${name} -n default), or find out who paused it and why.`,
    ]);
    expect(writes(since)).toEqual([]);
    expect(imagesOf(worlds, 'default', name)).toEqual([GOOD_V1]);
  });

  test('a missing Deployment', async () => {
    const since = worlds.k8s.requests.length;
    const result = await runStep(worlds, { deployment: 'no-such-model', image: GOOD_V2 });
    expect(result.errors).toEqual([
      "Deployment 'no-such-model' was not found in namespace 'default'; nothing was changed.\nHint: Check the deployment and namespace inputs (kubectl get deployments -n <namespace> lists them), or create it with manifests.",
    ]);
    expect(writes(since)).toEqual([]);
  });

  test('a missing container, and an ambiguous one', async () => {
    const { name } = await newDeployment(worlds, { containers: ['server', 'sidecar'] });
    const since = worlds.k8s.requests.length;
    const missing = await runStep(worlds, { deployment: name, container: 'model', image: GOOD_V2 });
    expect(missing.errors).toEqual([
      `Input 'container' names container 'model', which Deployment ${name} does not have. Expected one of its containers: server, sidecar.`,
    ]);
    const ambiguous = await runStep(worlds, { deployment: name, image: GOOD_V2 });
    expect(ambiguous.errors).toEqual([
      `Input 'container' is empty and Deployment ${name} has 2 containers (server, sidecar). Expected the name of the container to update.`,
    ]);
    expect(writes(since)).toEqual([]);
  });

  test.each([
    ['registry.local:5000/Team/model:v2', /^Input 'image' has 'registry\.local:5000\/Team\/model:v2' is not an image reference: 'Team' has upper-case letters/],
    ['registry.local:5000/model:', /^Input 'image' has 'registry\.local:5000\/model:' is not an image reference: '' is not a tag/],
    ['model@sha256:1234', /is not an image reference: 'sha256:1234' is not a digest/],
  ])('a bad image reference %j (nothing is even read from the cluster)', async (image, message) => {
    const since = worlds.k8s.requests.length;
    const result = await runStep(worlds, { deployment: 'anything', image });
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(message);
    expect(result.errors[0]).toMatch(/Expected one image per line: IMAGE, CONTAINER=IMAGE or DEPLOYMENT\/CONTAINER=IMAGE/);
    expect(apiCalls(worlds, since)).toEqual([]);
  });

  test('a manifest path outside the workspace', async () => {
    const workspace = workspaceWith({ 'deploy/app.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n' });
    const since = worlds.k8s.requests.length;
    const result = await runStep(worlds, { manifests: '../../etc/passwd', image: GOOD_V2 }, { workspace });
    expect(result.errors).toEqual([
      "Input 'manifests' names '../../etc/passwd', which is outside the workspace. Expected paths or globs inside the workspace (GITHUB_WORKSPACE).",
    ]);
    expect(apiCalls(worlds, since)).toEqual([]);
  });

  test('a symbolic link in the workspace that leads outside it', async () => {
    const workspace = workspaceWith({});
    const { symlinkSync } = await import('node:fs');
    symlinkSync('/etc/hostname', path.join(workspace, 'app.yaml'));
    const since = worlds.k8s.requests.length;
    const result = await runStep(worlds, { manifests: '*.yaml', image: GOOD_V2 }, { workspace });
    expect(result.errors[0]).toMatch(/^Input 'manifests' cannot be used: 'app\.yaml' leads outside the workspace/);
    expect(writes(since)).toEqual([]);
  });

  test('a manifest that is not valid YAML, and one the API server refuses (dry run): nothing applied', async () => {
    const { name } = await newDeployment(worlds);
    const broken = workspaceWith({ 'k8s/app.yaml': `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\n  labels: [unclosed\n` });
    const since = worlds.k8s.requests.length;
    const yaml = await runStep(worlds, { manifests: 'k8s/*.yaml', image: GOOD_V2 }, { workspace: broken });
    expect(yaml.errors).toHaveLength(1);
    expect(yaml.errors[0]).toMatch(/^Input 'manifests' cannot be used: 'k8s\/app\.yaml' document 1 is not valid YAML/);
    // Valid YAML, invalid object: replicas must not be negative; with a good Service before it that must not be applied either.
    const invalid = workspaceWith({
      'k8s/a-service.yaml': 'apiVersion: v1\nkind: Service\nmetadata: {name: model-svc}\nspec: {selector: {app: model}, ports: [{port: 80}]}\n',
      'k8s/b-app.yaml': `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: ${name}}\nspec:\n  replicas: -1\n  selector: {matchLabels: {app: ${name}}}\n  template:\n    metadata: {labels: {app: ${name}}}\n    spec: {containers: [{name: server, image: ${GOOD_V1}}]}\n`,
    });
    const refused = await runStep(worlds, { manifests: 'k8s/*.yaml', image: GOOD_V2 }, { workspace: invalid });
    expect(refused.errors).toHaveLength(1);
    expect(refused.errors[0]).toMatch(
      new RegExp(
        `^The manifests were refused by the API server \\(dry run\\), so nothing was applied: Deployment ${name}: patch deployments/${name} in namespace default failed: HTTP 422 Invalid`,
      ),
    );
    expect(writes(since)).toEqual([]);
    expect(worlds.k8s.get('services', 'default', 'model-svc')).toBeUndefined();
    expect(imagesOf(worlds, 'default', name)).toEqual([GOOD_V1]);
  });
});
