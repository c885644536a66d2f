// What the committed bundle carries, for its cold start (issue 7, part 4; `npm run bench` measures the time):
// no HTTP client but the SDK's (the OIDC token is one node:https GET, so undici and @actions/http-client, a
// quarter of the old bundle, are gone with @actions/core), the SageMaker client without the package index
// that holds every SageMaker operation, and (esbuild, scripts/bundle.mjs) only the parts of the SDK's ES module
// builds that are imported.
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
// index.js and every chunk it may load (dist/chunks/).
const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
const code = files.map((f) => readFileSync(path.join(dist, f), 'utf8')).join('\n');

const entry = readFileSync(path.join(dist, 'index.js'), 'utf8');

describe('bundle contents', () => {
  test('the license list names the bundled packages (so the checks below can fail)', () => {
    expect(bundled).toContain('@aws-sdk/client-sagemaker');
    expect(bundled).toContain('@smithy/node-http-handler');
  });

  test('no second HTTP client: neither undici nor @actions/http-client (nor @actions/core, which loads them)', () => {
    for (const name of ['undici', '@actions/http-client', '@actions/core', '@actions/exec']) expect(bundled, name).not.toContain(name);
  });

  test('the SageMaker client comes from its own modules, not the package index of every operation', () => {
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

  test('the SDK comes from its ES module builds, trimmed to what is used: no unused operation schema, no CommonJS build', () => {
    expect(files.length, files.join(', ')).toBeGreaterThan(1);
    expect(code).toContain('StartPipelineExecution$');
    // The schema of an operation this action never calls: ncc kept every operation's (schemas_0, 445 KB).
    expect(code).not.toContain('CreateNotebookInstance$');
    // esbuild names each bundled module in a comment: none is a CommonJS build (ncc bundled dist-cjs, with
    // @smithy/core's cbor and event-stream code whole).
    expect(code).toMatch(/node_modules\/@smithy\/core\/dist-es\//);
    expect(code).not.toMatch(/node_modules\/@(?:smithy|aws-sdk)\/[^/\s]+\/dist-cjs\//);
  });

  test("Node's HTTP modules are required, never imported as ES modules (that reads node:http's WebSocket getter, loading undici)", () => {
    expect(code).toMatch(/require\("node:https?"\)/);
    expect(code).not.toMatch(/\bfrom\s*["'](?:node:)?https?["']|\bimport\(\s*["'](?:node:)?https?["']\s*\)/);
    expect(code).not.toContain('WebSocket');
  });

  test('the yaml library is a lazy chunk, loaded only for a parameters map written in YAML', () => {
    // esbuild's comment naming each bundled module: the yaml package is in a chunk, none of it in the entry.
    expect(code).toMatch(/node_modules\/yaml\//);
    expect(entry).not.toMatch(/node_modules\/yaml\//);
    expect(entry).not.toContain('parseDocument');
  });

  test('the proxy agents (agent-base, http(s)-proxy-agent, debug) are a lazy chunk, loaded only when a proxy is configured', () => {
    expect(code).toMatch(/node_modules\/https-proxy-agent\//);
    for (const name of ['agent-base', 'http-proxy-agent', 'https-proxy-agent', 'debug', 'proxy-from-env']) {
      expect(entry, name).not.toMatch(new RegExp(`node_modules/${name}/`));
    }
  });
});
