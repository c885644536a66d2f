// builder: docker. No Docker engine runs on this machine, so `docker` here is a RECORDING EXECUTABLE put first on
// PATH: it writes down each invocation's argv, stdin and environment, and for `buildx build` writes the
// --metadata-file buildx would write, naming an image the test pushed beforehand with real buildah (so the
// action's read-back of the manifest from the registry is real). What is checked is the exact command lines the
// action gives docker: buildx flags, the login's password on stdin only, the ECR cache options, media types,
// provenance and SBOM off, and the post step's logout.
import { chmodSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { CreateRepositoryCommand } from '@aws-sdk/client-ecr';
import { secretLeaks } from '@mlops-actions/testkit';
import { newRepository, runStep, startWorlds, workspace, type Worlds } from './worlds.js';

let worlds: Worlds;
beforeAll(async () => {
  worlds = await startWorlds();
  writeFileSync(worlds.buildah.authFile, '{"auths": {}}');
}, 120_000);
afterAll(async () => worlds?.close());

const RECORDER = `#!/bin/bash
# Recording stand-in for the docker CLI (see the test): one folder per call with argv, stdin and environment.
n=$(ls "$RECORD_DIR" | wc -l)
d="$RECORD_DIR/$(printf '%03d' "$n")"
mkdir -p "$d"
printf '%s\\0' "$@" > "$d/argv"
cat > "$d/stdin"
env -0 > "$d/env"
if [ "$1" = buildx ] && [ "$2" = build ]; then
  prev=""
  for a in "$@"; do
    if [ "$prev" = "--metadata-file" ]; then printf '{"containerimage.digest": "%s"}' "$FAKE_BUILDX_DIGEST" > "$a"; fi
    prev="$a"
  done
fi
exit 0
`;

interface Call {
  argv: string[];
  stdin: string;
  env: Record<string, string>;
}

function calls(dir: string): Call[] {
  return readdirSync(dir)
    .sort()
    .map((n) => {
      const read = (f: string) => readFileSync(path.join(dir, n, f), 'utf8');
      const env = Object.fromEntries(
        read('env')
          .split('\0')
          .filter(Boolean)
          .map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]),
      );
      return { argv: read('argv').split('\0').slice(0, -1), stdin: read('stdin'), env };
    });
}

test('docker buildx: exact command lines, password on stdin only, ECR cache options, one Docker v2 manifest, logout in post', async () => {
  const repository = newRepository();
  const host = worlds.aws.ecr.host;
  // The image buildx "pushed": built and pushed for real with buildah, into a mutable repository.
  await worlds.aws.ecr.api.send(new CreateRepositoryCommand({ repositoryName: repository, imageTagMutability: 'MUTABLE' }));
  const seed = workspace();
  await worlds.buildah.ok(['bud', '--format', 'docker', '--tag', `${host}/${repository}:seed`, path.join(seed, 'app')]);
  await worlds.buildah.ok(['login', '--username', 'AWS', '--password-stdin', '--tls-verify=false', host], { stdin: worlds.aws.ecr.password() });
  const digestFile = path.join(worlds.buildah.dir, 'seed-digest');
  await worlds.buildah.ok([
    'push',
    '--format',
    'v2s2',
    '--tls-verify=false',
    '--digestfile',
    digestFile,
    `${host}/${repository}:seed`,
    `docker://${host}/${repository}:seed`,
  ]);
  const digest = readFileSync(digestFile, 'utf8').trim();

  const bin = mkdtempSync(path.join(tmpdir(), 'bpe-docker-'));
  const record = mkdtempSync(path.join(tmpdir(), 'bpe-record-'));
  writeFileSync(path.join(bin, 'docker'), RECORDER);
  chmodSync(path.join(bin, 'docker'), 0o755);
  const sha = 'c0ffee0123456789abcdef0123456789abcdef01';
  const ws = workspace();
  const secret = 'npm-token-Zk81Pq';
  const result = await runStep(
    worlds.aws,
    {
      repository,
      'build-args': 'MODEL_VERSION=7',
      secrets: `npm=${secret}`,
      target: 'serve',
      platform: 'linux/amd64',
      tags: 'staging',
      'fail-on-severity': 'none',
    },
    {
      workspace: ws,
      github: { sha },
      post: true,
      keepTemp: true,
      secrets: [secret],
      env: { PATH: `${bin}:${process.env.PATH}`, RECORD_DIR: record, FAKE_BUILDX_DIGEST: digest },
    },
  );
  expect(result.exitCode, result.main.stdout.slice(-3000)).toBe(0);
  expect(result.outputs).toMatchObject({ 'image-digest': digest, pushed: 'true', 'image-uri-with-digest': `${host}/${repository}@${digest}` });

  const recorded = calls(record);
  expect(recorded.map((c) => c.argv.slice(0, 2).join(' '))).toEqual(['login --username', 'buildx build', `logout ${host}`]);
  const [login, build, logout] = recorded as [Call, Call, Call];
  const password = worlds.aws.ecr.password();
  expect(login.argv).toEqual(['login', '--username', 'AWS', '--password-stdin', host]);
  expect(login.stdin).toBe(password);
  const dockerConfig = login.env.DOCKER_CONFIG as string;
  expect(dockerConfig).toMatch(/build-push-ecr-[^/]+\/docker-config$/);
  expect(dockerConfig.startsWith(result.paths.runnerTemp)).toBe(true);
  expect(logout.env.DOCKER_CONFIG).toBe(dockerConfig);

  const image = `${host}/${repository}`;
  const app = path.join(ws, 'app');
  const secretFile = build.argv[build.argv.indexOf('--secret') + 1] as string;
  expect(secretFile).toMatch(/^id=npm,src=.*build-push-ecr-[^/]+\/secrets\/secret-0$/);
  const labels = build.argv.flatMap((a, i) => (build.argv[i - 1] === '--label' ? [a.slice(0, a.indexOf('='))] : []));
  expect(labels).toEqual([
    'org.opencontainers.image.source',
    'org.opencontainers.image.revision',
    'org.opencontainers.image.created',
    'org.mlops-actions.build-fingerprint',
  ]);
  const withoutLabels = build.argv.filter((a, i) => a !== '--label' && build.argv[i - 1] !== '--label');
  expect(withoutLabels).toEqual([
    'buildx',
    'build',
    '--file',
    path.join(app, 'Dockerfile'),
    '--tag',
    `${image}:${sha}`,
    '--tag',
    `${image}:staging`,
    '--build-arg',
    'MODEL_VERSION=7',
    '--secret',
    secretFile,
    '--target',
    'serve',
    '--platform',
    'linux/amd64',
    '--provenance=false',
    '--sbom=false',
    '--output',
    // The loopback test registry is plain HTTP: registry.insecure=true only because proxyEndpoint is 127.0.0.1.
    'type=image,push=true,oci-mediatypes=false,registry.insecure=true',
    '--cache-from',
    `type=registry,ref=${image}:cache,registry.insecure=true`,
    '--cache-to',
    `type=registry,ref=${image}:cache,mode=max,image-manifest=true,oci-mediatypes=true,registry.insecure=true`,
    '--metadata-file',
    expect.stringMatching(/build-push-ecr-[^/]+\/metadata\.json$/),
    app,
  ]);

  // The password and the secret: on stdin of the login only; in no argv, no environment, nowhere in the outputs.
  for (const call of recorded) {
    for (const value of [password, secret]) {
      expect(call.argv.join(' ')).not.toContain(value);
      expect(Object.values(call.env).join('\n')).not.toContain(value);
    }
    expect(Object.keys(call.env).filter((k) => k.startsWith('INPUT_') || k === 'AWS_SECRET_ACCESS_KEY')).toEqual([]);
  }
  expect(secretLeaks(result, [password, secret])).toEqual([]);
  expect(readdirSync(result.paths.runnerTemp).filter((n) => n.startsWith('build-push-ecr-'))).toEqual([]);
});

test('docker buildx: an immutable tag holding another image: buildx builds with push=false and no --cache-to, the step names both digests', async () => {
  const repository = newRepository();
  const host = worlds.aws.ecr.host;
  // The tag `staging` already holds another image (pushed for real with buildah; it has no build fingerprint).
  await worlds.aws.ecr.api.send(new CreateRepositoryCommand({ repositoryName: repository, imageTagMutability: 'IMMUTABLE' }));
  const seed = workspace({ 'other.txt': 'another image\n' });
  await worlds.buildah.ok(['bud', '--format', 'docker', '--tag', `${host}/${repository}:staging`, path.join(seed, 'app')]);
  await worlds.buildah.ok(['login', '--username', 'AWS', '--password-stdin', '--tls-verify=false', host], { stdin: worlds.aws.ecr.password() });
  const digestFile = path.join(worlds.buildah.dir, 'staging-digest');
  await worlds.buildah.ok([
    'push',
    '--format',
    'v2s2',
    '--tls-verify=false',
    '--digestfile',
    digestFile,
    `${host}/${repository}:staging`,
    `docker://${host}/${repository}:staging`,
  ]);
  const theirs = readFileSync(digestFile, 'utf8').trim();
  const ours = `sha256:${'ab'.repeat(32)}`;

  const bin = mkdtempSync(path.join(tmpdir(), 'bpe-docker-'));
  const record = mkdtempSync(path.join(tmpdir(), 'bpe-record-'));
  writeFileSync(path.join(bin, 'docker'), RECORDER);
  chmodSync(path.join(bin, 'docker'), 0o755);
  const writesBefore = worlds.aws.ecr.registryRequests.length;
  const result = await runStep(
    worlds.aws,
    { repository, tags: 'staging', 'fail-on-severity': 'none' },
    { workspace: workspace(), env: { PATH: `${bin}:${process.env.PATH}`, RECORD_DIR: record, FAKE_BUILDX_DIGEST: ours } },
  );
  expect(result.exitCode).toBe(1);
  expect(result.errors[0]).toMatch(new RegExp(`^Tag 'staging' of ${repository} holds ${theirs}, an image built from other inputs \\(fingerprint none; `));
  expect(result.errors[0]).toContain(`this run built ${ours} and pushed nothing.`);
  const recorded = calls(record);
  expect(recorded.map((c) => c.argv.slice(0, 2).join(' '))).toEqual(['login --username', 'buildx build']);
  const build = (recorded[1] as Call).argv;
  expect(build).toContain('type=image,push=false,oci-mediatypes=false,registry.insecure=true');
  expect(build).not.toContain('--cache-to');
  expect(build).toContain(`type=registry,ref=${host}/${repository}:cache,registry.insecure=true`);
  const writes = worlds.aws.ecr.registryRequests.slice(writesBefore).filter((r) => r.method !== 'GET' && r.method !== 'HEAD');
  expect(writes).toEqual([]);
});
