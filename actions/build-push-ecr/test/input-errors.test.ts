// Bad input: one clear error naming the input and the expected form, no AWS call at all (so nothing is created in
// ECR), no build. Table-driven like docker/build-push-action's context tests, through the bundled action.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { secretLeaks, startAwsWorld, type AwsWorld } from '@mlops-actions/testkit';
import { codeRequests, runStep, workspace } from './worlds.js';

let aws: AwsWorld;
beforeAll(async () => {
  aws = await startAwsWorld();
});
afterAll(async () => aws?.close());

const REPO = 'churn-serving';

test.each<[string, Record<string, string>, RegExp, Record<string, string>?]>([
  ['missing context', { context: 'nope' }, /^Input 'context' is 'nope', which does not exist\. Expected a directory/],
  ['context is a file', { context: 'app/serve.py' }, /^Input 'context' is 'app\/serve\.py', which is not a directory\./],
  [
    'missing Dockerfile',
    { dockerfile: 'app/Dockerfile.serve' },
    /^Input 'dockerfile' is 'app\/Dockerfile\.serve', which does not exist or cannot be read\. Expected the path of a Dockerfile/,
  ],
  [
    'default Dockerfile missing',
    { context: 'empty' },
    /^Input 'dockerfile' is empty, and the default is 'empty\/Dockerfile', which does not exist/,
    { 'empty/.keep': '' },
  ],
  ['Dockerfile without FROM', { dockerfile: 'app/serve.py' }, /^Input 'dockerfile' is 'app\/serve\.py', which has no FROM instruction\./],
  ['build-args not a map', { 'build-args': '{"A": 1,' }, /^Input 'build-args' is not valid JSON/],
  ['build-args bad name', { 'build-args': 'MODEL-VERSION=3' }, /^Input 'build-args' has the name 'MODEL-VERSION'\. Expected names of letters, digits and _/],
  ['build-args twice', { 'build-args': 'A=1\nA=2' }, /^Input 'build-args' sets 'A' twice\./],
  ['invalid repository name', { repository: 'Churn_Serving' }, /^Input 'repository' is 'Churn_Serving'\. Expected an ECR repository name: lower-case letters/],
  ['repository with double separator', { repository: 'team//serving' }, /^Input 'repository' is 'team\/\/serving'\. Expected an ECR repository name/],
  ['unknown builder', { builder: 'kaniko' }, /^Input 'builder' is 'kaniko'\. Expected one of docker, buildah\.$/],
  ['bad severity', { 'fail-on-severity': 'severe' }, /^Input 'fail-on-severity' is 'severe'\. Expected one of none, low, medium, high, critical\.$/],
  ['several platforms', { platform: 'linux/amd64,linux/arm64' }, /^Input 'platform' is 'linux\/amd64,linux\/arm64', several platforms\. Expected ONE platform/],
  [
    'unversioned model package',
    { 'model-package-arn': 'arn:aws:sagemaker:us-east-1:123456789012:model-package/churn' },
    /^Input 'model-package-arn' is .*which has no version\./,
  ],
  [
    'model package in another region',
    { 'model-package-arn': 'arn:aws:sagemaker:eu-west-1:123456789012:model-package/churn/3' },
    /^Input 'model-package-arn' is an ARN in region eu-west-1/,
  ],
  ['attestations with docker media types', { attestations: 'true' }, /^Input 'attestations' is true with builder: docker and media-types: docker\./],
  [
    'keep-last with lifecycle-policy',
    { 'keep-last': '10', 'lifecycle-policy': 'policy.json' },
    /^Input 'keep-last' is set together with lifecycle-policy\./,
    { 'policy.json': '{"rules": []}' },
  ],
  [
    'lifecycle policy not JSON',
    { 'lifecycle-policy': 'policy.json' },
    /^Input 'lifecycle-policy' is 'policy\.json', which is not JSON/,
    { 'policy.json': 'rules: []' },
  ],
  ['kms-key without KMS', { 'kms-key': 'alias/ecr' }, /^Input 'kms-key' is set with encryption: AES256\./],
  ['bad registries entry', { registries: 'docker.io' }, /^Input 'registries' holds 'docker\.io'\./],
  [
    'registry host that is not ECR',
    { registries: '210987654321.dkr.ecr.eu-west-1.example.com' },
    /^Input 'registries' holds '210987654321\.dkr\.ecr\.eu-west-1\.example\.com'\. Expected ECR registries: 12-digit account IDs/,
  ],
  ['tag reserved for the cache', { tags: 'cache' }, /^Input 'tags' holds 'cache', the tag of the registry cache\./],
  ['scan-timeout without unit', { 'scan-timeout': '600' }, /^Input 'scan-timeout' is '600', a number without a unit\./],
])('%s', async (_name, inputs, expected, extraFiles) => {
  const ws = workspace();
  if (extraFiles) {
    const { mkdirSync, writeFileSync } = await import('node:fs');
    const path = await import('node:path');
    for (const [file, text] of Object.entries(extraFiles)) {
      mkdirSync(path.dirname(path.join(ws, file)), { recursive: true });
      writeFileSync(path.join(ws, file), text);
    }
  }
  const since = aws.requests.length;
  const result = await runStep(aws, { repository: REPO, ...inputs }, { workspace: ws });
  expect(result.exitCode).toBe(1);
  expect(result.errors).toHaveLength(1);
  expect(result.errors[0]).toMatch(expected);
  expect(codeRequests(aws, since)).toEqual([]);
});

test('a secret in a malformed secrets input is masked in the error', async () => {
  const secret = 'tok_9f8e7d6c5b4a';
  const result = await runStep(aws, { repository: REPO, secrets: `bad id: ${secret}: x` }, { workspace: workspace() });
  expect(result.exitCode).toBe(1);
  expect(result.errors).toHaveLength(1);
  expect(result.errors[0]).toBe(
    "Input 'secrets' cannot be read (its text is not shown: it holds secret values). Expected ID=value lines, a YAML mapping or a JSON object, each id once.",
  );
  // Masked before parsing: the log, the annotation and the summary show *** (secretLeaks also reads raw stdout).
  // The runner's header lists the step's `with:` (there a real workflow's ${{ secrets.X }} is masked by the
  // runner): everything after it, raw stdout included, must not hold the value.
  const leaks = secretLeaks(result, [secret]).filter((l) => !/^main\.log\[\d\]$/.test(l.where) || !l.excerpt.startsWith('  secrets:'));
  expect(leaks).toEqual([]);
});
