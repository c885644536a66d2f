// The whole path with real parts: the bundled action builds with real buildah (FROM scratch: nothing can be
// pulled here), logs in with the token the AWS world's GetAuthorizationToken issues, and pushes to a real
// docker-registry behind it. What a puller sees is read back from the registry over its HTTP API.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MEDIA_TYPES } from '@mlops-actions/testkit';
import { FINGERPRINT_LABEL } from '../src/labels.js';
import { codeRequests, newRepository, runBuildah, startWorlds, workspace, type Worlds } from './worlds.js';

let worlds: Worlds;
beforeAll(async () => {
  worlds = await startWorlds();
}, 120_000);
afterAll(async () => worlds?.close());

const SHA = '3f2a9c1d4e5b6a7980c1d2e3f4a5b6c7d8e9f0a1';
const PACKAGE = 'arn:aws:sagemaker:us-east-1:123456789012:model-package/churn-models/7';
const EXECUTION = 'arn:aws:sagemaker:us-east-1:123456789012:pipeline/churn-training/execution/abc123def456';

describe('buildah, default settings', () => {
  const repository = newRepository();
  let ws: string;
  let first: Awaited<ReturnType<typeof runBuildah>>;
  beforeAll(async () => {
    ws = workspace({ 'model/weights.bin': 'w'.repeat(50_000), 'notes.log': 'ignored' });
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`${ws}/app/.dockerignore`, '*.log\n');
    first = await runBuildah(
      worlds,
      {
        repository,
        'model-package-arn': PACKAGE,
        'pipeline-execution-arn': EXECUTION,
        tags: 'Feature/Staging',
        'build-args': 'MODEL_VERSION=7',
        labels: 'team=ml-platform',
      },
      { workspace: ws, github: { sha: SHA, ref: 'refs/tags/v1.4.0' } },
    );
  }, 180_000);

  test('pushes one Docker v2 schema 2 manifest whose digest is image-digest, with the lineage labels', async () => {
    expect(first.exitCode, first.main.stdout.slice(-3000)).toBe(0);
    const host = worlds.aws.ecr.host;
    expect(first.outputs).toMatchObject({
      registry: host,
      'image-uri': `${host}/${repository}:${SHA}`,
      'image-uri-with-digest': `${host}/${repository}@${first.outputs['image-digest']}`,
      tags: [SHA, 'churn-models-v7', '1.4.0', 'feature-staging'].join('\n'),
      pushed: 'true',
    });
    const view = await worlds.aws.ecr.client().image(repository, SHA);
    expect(view.manifest.digest).toBe(first.outputs['image-digest']);
    expect(view.manifest.mediaType).toBe(MEDIA_TYPES.dockerManifest);
    expect(view.manifest.json.mediaType).toBe(MEDIA_TYPES.dockerManifest);
    expect(view.manifest.json.config?.mediaType).toBe(MEDIA_TYPES.dockerConfig);
    expect(view.manifest.json.manifests).toBeUndefined();
    expect(view.labels).toMatchObject({
      'org.opencontainers.image.source': 'https://github.com/octo-org/churn-model',
      'org.opencontainers.image.revision': SHA,
      'org.mlops-actions.model-package-arn': PACKAGE,
      'org.mlops-actions.model-package-version': '7',
      'org.mlops-actions.pipeline-execution-arn': EXECUTION,
      team: 'ml-platform',
    });
    expect(view.labels[FINGERPRINT_LABEL]).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(view.labels['org.opencontainers.image.created']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    // Every tag names the same manifest.
    for (const tag of ['churn-models-v7', '1.4.0', 'feature-staging']) {
      expect((await worlds.aws.ecr.client().manifest(repository, tag)).digest).toBe(view.manifest.digest);
    }
  });

  test('the repository was created with scan on push, immutable tags and AES256', async () => {
    const { DescribeRepositoriesCommand } = await import('@aws-sdk/client-ecr');
    const answer = await worlds.aws.ecr.api.send(new DescribeRepositoriesCommand({ repositoryNames: [repository] }));
    expect(answer.repositories?.[0]).toMatchObject({
      imageTagMutability: 'IMMUTABLE',
      imageScanningConfiguration: { scanOnPush: true },
      encryptionConfiguration: { encryptionType: 'AES256' },
    });
  });

  test('the summary names the image, media type, size, tags, labels', () => {
    const summary = first.summary;
    expect(summary).toContain(first.outputs['image-digest']);
    expect(summary).toContain(MEDIA_TYPES.dockerManifest);
    expect(summary).toMatch(/in 1 layer\(s\)/);
    expect(summary).toContain('<code>churn-models-v7</code>');
    expect(summary).toContain('org.mlops-actions.model-package-arn');
  });

  test('a second run with the same inputs pushes nothing and outputs the same digest', async () => {
    const pushesBefore = worlds.aws.ecr.registryRequests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD').length;
    const since = worlds.aws.requests.length;
    const again = await runBuildah(
      worlds,
      {
        repository,
        'model-package-arn': PACKAGE,
        'pipeline-execution-arn': EXECUTION,
        tags: 'Feature/Staging',
        'build-args': 'MODEL_VERSION=7',
        labels: 'team=ml-platform',
      },
      { workspace: ws, github: { sha: SHA, ref: 'refs/tags/v1.4.0' } },
    );
    expect(again.exitCode, again.main.stdout.slice(-3000)).toBe(0);
    expect(again.outputs['image-digest']).toBe(first.outputs['image-digest']);
    expect(again.outputs.pushed).toBe('false');
    const writes = worlds.aws.ecr.registryRequests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD').slice(pushesBefore);
    expect(writes).toEqual([]);
    expect(again.main.stdout).not.toContain('buildah bud');
    expect(codeRequests(worlds.aws, since)).not.toContain('CreateRepository');
    expect(again.summary).toContain('nothing pushed');
  });

  test('a changed file in the context makes a new image; the immutable tag then fails naming the tag and both digests, pushing nothing', async () => {
    const { createHash } = await import('node:crypto');
    const { readdirSync, readFileSync, writeFileSync } = await import('node:fs');
    writeFileSync(`${ws}/app/serve.py`, 'print("serving v2")\n');
    const writesBefore = worlds.aws.ecr.registryRequests.length;
    const imagesBefore = (await worlds.aws.ecr.images(repository)).map((image) => image.digest);
    const changed = await runBuildah(
      worlds,
      { repository, 'model-package-arn': PACKAGE, tags: 'Feature/Staging' },
      { workspace: ws, github: { sha: SHA }, keepTemp: true },
    );
    expect(changed.exitCode).toBe(1);
    const match = new RegExp(
      `^Tag '${SHA}' of ${repository} holds ${first.outputs['image-digest']}, an image built from other inputs \\(fingerprint sha256:[0-9a-f]{64}; this run: sha256:[0-9a-f]{64}\\), and the repository's tags are immutable; this run built (sha256:[0-9a-f]{64}) and pushed nothing\\.`,
    ).exec(changed.errors[0] ?? '');
    expect(match, changed.errors.join('\n')).not.toBeNull();
    const ours = match?.[1] as string;
    expect(ours).not.toBe(first.outputs['image-digest']);
    // The digest named is the one of the manifest a push would have sent (written locally by the build, kept here).
    const [workDir] = readdirSync(changed.paths.runnerTemp).filter((name) => name.startsWith('build-push-ecr-'));
    const manifest = readFileSync(`${changed.paths.runnerTemp}/${workDir}/unpushed/manifest.json`);
    expect(`sha256:${createHash('sha256').update(manifest).digest('hex')}`).toBe(ours);
    expect(JSON.parse(manifest.toString('utf8')).mediaType).toBe(MEDIA_TYPES.dockerManifest);
    // Built, not pushed: no write reached the registry and the repository holds what it held.
    expect(changed.main.stdout).toContain('buildah bud');
    const writes = worlds.aws.ecr.registryRequests.slice(writesBefore).filter((r) => r.method !== 'GET' && r.method !== 'HEAD');
    expect(writes).toEqual([]);
    expect((await worlds.aws.ecr.images(repository)).map((image) => image.digest)).toEqual(imagesBefore);
    const { rmSync } = await import('node:fs');
    rmSync(changed.paths.root, { recursive: true, force: true });
  });

  test('a .dockerignore-d file does not change the fingerprint', async () => {
    const { writeFileSync } = await import('node:fs');
    const other = workspace({ 'model/weights.bin': 'w'.repeat(50_000), 'notes.log': 'ignored' });
    writeFileSync(`${other}/app/.dockerignore`, '*.log\n');
    const repo2 = newRepository();
    const a = await runBuildah(worlds, { repository: repo2 }, { workspace: other, github: { sha: SHA } });
    expect(a.outputs.pushed).toBe('true');
    writeFileSync(`${other}/app/notes.log`, 'changed, but ignored');
    const b = await runBuildah(worlds, { repository: repo2 }, { workspace: other, github: { sha: SHA } });
    expect(b.exitCode, b.main.stdout.slice(-2000)).toBe(0);
    expect(b.outputs).toMatchObject({ pushed: 'false', 'image-digest': a.outputs['image-digest'] });
  });
});

describe('buildah, media-types: oci', () => {
  test('pushes one OCI image manifest (not an index), read back from the registry with its digest, config and labels', async () => {
    const repository = newRepository('oci-serving');
    const result = await runBuildah(worlds, { repository, 'media-types': 'oci', labels: 'team=ml-platform' }, { workspace: workspace(), github: { sha: SHA } });
    expect(result.exitCode, result.main.stdout.slice(-3000)).toBe(0);
    expect(result.main.stdout).toContain('--format oci');
    const view = await worlds.aws.ecr.client().image(repository, SHA);
    expect(view.manifest.digest).toBe(result.outputs['image-digest']);
    // What the registry answers (Content-Type) and what the manifest says about itself.
    expect(view.manifest.mediaType).toBe(MEDIA_TYPES.ociManifest);
    expect(view.manifest.json.mediaType).toBe(MEDIA_TYPES.ociManifest);
    expect(view.manifest.json.config?.mediaType).toBe(MEDIA_TYPES.ociConfig);
    expect(view.manifest.json.manifests).toBeUndefined();
    expect(view.manifest.json.layers?.every((layer) => layer.mediaType.startsWith('application/vnd.oci.image.layer.v1.tar'))).toBe(true);
    expect(view.labels).toMatchObject({ team: 'ml-platform', 'org.opencontainers.image.revision': SHA });
    expect(view.labels[FINGERPRINT_LABEL]).toMatch(/^sha256:[0-9a-f]{64}$/);
    // ECR's own view (the bridge reads the registry) agrees, and the summary reports the media type.
    const { BatchGetImageCommand } = await import('@aws-sdk/client-ecr');
    const answer = await worlds.aws.ecr.api.send(new BatchGetImageCommand({ repositoryName: repository, imageIds: [{ imageTag: SHA }] }));
    expect(answer.images?.[0]?.imageManifestMediaType).toBe(MEDIA_TYPES.ociManifest);
    expect(result.summary).toContain(MEDIA_TYPES.ociManifest);
  });
});

describe('buildah, target', () => {
  test('target picks the build stage: the pushed image is that stage (its label and its one layer), and another target is another image', async () => {
    const dockerfile = 'FROM scratch AS model\nCOPY model.bin /model/\nLABEL stage=model\n\nFROM scratch AS serve\nCOPY app.py /app/\nLABEL stage=serve\n';
    const ws = workspace({ 'model.bin': 'weights', 'app.py': 'print("serve")\n' }, dockerfile);
    const repository = newRepository('target-serving');
    const model = await runBuildah(worlds, { repository, target: 'model', tags: 'model-stage' }, { workspace: ws, github: { sha: SHA } });
    expect(model.exitCode, model.main.stdout.slice(-3000)).toBe(0);
    const modelView = await worlds.aws.ecr.client().image(repository, 'model-stage');
    expect(modelView.labels.stage).toBe('model');
    expect(modelView.manifest.json.layers).toHaveLength(1);
    const serve = await runBuildah(worlds, { repository, tags: 'serve-stage' }, { workspace: ws, github: { sha: 'b'.repeat(40) } });
    expect(serve.exitCode, serve.main.stdout.slice(-3000)).toBe(0);
    expect((await worlds.aws.ecr.client().image(repository, 'serve-stage')).labels.stage).toBe('serve');
    expect(serve.outputs['image-digest']).not.toBe(model.outputs['image-digest']);
  });
});
