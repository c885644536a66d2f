// Image references parsed the way the container runtime parses them, and substitution by repository.
import { describe, expect, test } from 'vitest';
import { parseImageReference, repositoryDigestOf, repositoryOf, sameImage, substituteImages } from '../src/k8s/image-ref.js';

const DIGEST = `sha256:${'a'.repeat(64)}`;

describe('parseImageReference', () => {
  test.each([
    ['nginx', 'docker.io', 'library/nginx', undefined, undefined],
    ['nginx:1.27', 'docker.io', 'library/nginx', '1.27', undefined],
    ['team/model', 'docker.io', 'team/model', undefined, undefined],
    ['index.docker.io/library/nginx:latest', 'docker.io', 'library/nginx', 'latest', undefined],
    ['registry.local:5000/team/model:v2', 'registry.local:5000', 'team/model', 'v2', undefined],
    ['registry.local:5000/team/model', 'registry.local:5000', 'team/model', undefined, undefined],
    ['localhost:5000/model', 'localhost:5000', 'model', undefined, undefined],
    ['localhost/model:1', 'localhost', 'model', '1', undefined],
    ['[::1]:5000/model:1', '[::1]:5000', 'model', '1', undefined],
    [`123456789012.dkr.ecr.us-east-1.amazonaws.com/churn/model:v7@${DIGEST}`, '123456789012.dkr.ecr.us-east-1.amazonaws.com', 'churn/model', 'v7', DIGEST],
    [`registry.local:5000/model@${DIGEST}`, 'registry.local:5000', 'model', undefined, DIGEST],
    ['Registry.Example/model', 'Registry.Example', 'model', undefined, undefined],
  ])('%s', (reference, domain, path, tag, digest) => {
    const parsed = parseImageReference(reference);
    expect({ domain: parsed.domain, path: parsed.path, tag: parsed.tag, digest: parsed.digest }).toEqual({ domain, path, tag, digest });
  });

  test.each([
    ['', /empty/],
    ['Model:v1', /upper-case/],
    ['registry.local:5000/team//model', /empty path component/],
    ['registry.local:5000/model:', /not a tag/],
    ['model:-bad', /not a tag/],
    ['model@sha256:abc', /not a digest/],
    [`model@sha256:${'A'.repeat(64)}`, /64 lower-case/],
    ['registry.local:99999/model', /not a registry/],
    ['model name', /white space/],
    ['model/', /empty path component/],
    ['team/mo$del', /not a repository path component/],
  ])('%j is refused: %s', (reference, problem) => {
    expect(() => parseImageReference(reference)).toThrow(problem);
  });

  test('the repository is the identity: tags and digests do not matter, Docker Hub names are normalised', () => {
    expect(repositoryOf(parseImageReference('nginx:1'))).toBe('docker.io/library/nginx');
    expect(sameImage('nginx', 'docker.io/library/nginx:latest')).toBe(true);
    expect(sameImage('registry:5000/a:v1', 'registry:5000/a:v2')).toBe(false);
    expect(sameImage(`r.io/a:v1@${DIGEST}`, `r.io/a@${DIGEST}`)).toBe(true);
    expect(sameImage(`r.io/a:v1@${DIGEST}`, 'r.io/a:v1')).toBe(false);
  });
});

describe('substituteImages', () => {
  test('replaces by repository only: ports, tags and digests read properly, look-alike repositories left alone', () => {
    const spec = {
      initContainers: [{ name: 'migrate', image: 'registry.local:5000/team/model:v1' }],
      containers: [
        { name: 'server', image: 'registry.local:5000/team/model:v1' },
        { name: 'canary', image: 'registry.local:5000/team/model-canary:v1' },
        { name: 'other-registry', image: 'registry.local:5001/team/model:v1' },
        { name: 'sidecar', image: 'envoyproxy/envoy:v1.30' },
        { name: 'pinned', image: `registry.local:5000/team/model@${DIGEST}` },
      ],
    };
    const changes = substituteImages(spec, [parseImageReference('registry.local:5000/team/model:v2')], 'Deployment/model');
    expect(spec.containers.map((c) => c.image)).toEqual([
      'registry.local:5000/team/model:v2',
      'registry.local:5000/team/model-canary:v1',
      'registry.local:5001/team/model:v1',
      'envoyproxy/envoy:v1.30',
      'registry.local:5000/team/model:v2',
    ]);
    expect(spec.initContainers[0]?.image).toBe('registry.local:5000/team/model:v2');
    expect(changes.map((c) => c.where)).toEqual([
      'Deployment/model container migrate',
      'Deployment/model container server',
      'Deployment/model container pinned',
    ]);
  });

  test('a Docker Hub short name matches its long form', () => {
    const spec = { containers: [{ name: 'web', image: 'docker.io/library/nginx:1.25' }] };
    substituteImages(spec, [parseImageReference('nginx:1.27')], 'x');
    expect(spec.containers[0]?.image).toBe('nginx:1.27');
  });
});

describe('repositoryDigestOf (containerStatuses[].imageID)', () => {
  test.each([
    [`123456789012.dkr.ecr.us-east-1.amazonaws.com/churn-model@${DIGEST}`, DIGEST], // containerd
    [`docker-pullable://registry.local:5000/team/model@${DIGEST}`, DIGEST], // dockershim
    [DIGEST, undefined], // a local image's config id: nothing a registry can be asked for
    ['', undefined], // not started yet
    [undefined, undefined],
  ])('%s -> %s', (imageID, digest) => {
    expect(repositoryDigestOf(imageID)).toBe(digest);
  });
});
