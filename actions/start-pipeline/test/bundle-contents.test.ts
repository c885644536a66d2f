// What the committed bundle carries, for its cold start (issue 7, part 4; `npm run bench` measures the time):
// no HTTP client but the SDK's (the OIDC token is one node:https GET, so undici and @actions/http-client, a
// quarter of the old bundle, are gone with @actions/core), and the SageMaker client without the package index
// that holds every SageMaker operation.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ACTION_DIR } from './worlds.js';

const dist = path.join(ACTION_DIR, 'dist');
const bundled = new Set(
  readFileSync(path.join(dist, 'licenses.txt'), 'utf8')
    .split('\n')
    .map((line) => /^((?:@[^/@\s]+\/)?[^/@\s]+)@\d[^\s]*$/.exec(line)?.[1])
    .filter((name): name is string => name !== undefined),
);
const code = readdirSync(dist)
  .filter((f) => f.endsWith('.js'))
  .map((f) => readFileSync(path.join(dist, f), 'utf8'))
  .join('\n');

const entry = readFileSync(path.join(dist, 'index.js'), 'utf8');

describe('bundle contents', () => {
  test('the license list names the bundled packages (so the checks below can fail)', () => {
    expect(bundled).toContain('@aws-sdk/client-sagemaker');
    expect(bundled).toContain('@smithy/node-http-handler');
  });

  test('no second HTTP client: neither undici nor @actions/http-client (nor @actions/core, which loads them)', () => {
    for (const name of ['undici', '@actions/http-client', '@actions/core', '@actions/exec']) expect(bundled, name).not.toContain(name);
  });

  test("the SageMaker client comes from its own modules, not the package index of every operation", () => {
    expect(code).toContain('DescribePipelineExecutionCommand');
    // An operation this action never calls: present only if the whole client package was bundled.
    expect(code).not.toContain('CreateNotebookInstanceCommand');
  });

  test('STS and the SageMaker client are lazy chunks: a run loads STS only when it assumes a role', () => {
    // STS's service id and the SageMaker schemas: in some chunk of dist/, not in the entry file.
    expect(code).toContain('AWSSecurityTokenServiceV20110615');
    expect(entry).not.toContain('AWSSecurityTokenServiceV20110615');
    expect(code).toContain('DescribePipelineExecution$');
    expect(entry).not.toContain('DescribePipelineExecution$');
  });
});
