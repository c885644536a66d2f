// The import bans in biome.jsonc hold: each rule is shown firing on a real file in the tree (overrides match by
// path, so the probe must sit where the banned import would), and not firing where the import is allowed.
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const biome = path.join(root, 'node_modules', '.bin', 'biome');

interface Diagnostic {
  category: string;
  message: string;
}

/** The noRestrictedImports messages Biome reports for a one-import file written at `dir` in the tree. */
function restrictedImports(dir: string, importLine: string): string[] {
  const file = path.join(root, dir, `lint-probe-${process.pid}-${Math.random().toString(36).slice(2)}.ts`);
  writeFileSync(file, `${importLine}\nexport const probe = x;\n`);
  try {
    const run = spawnSync(biome, ['lint', '--reporter=json', path.relative(root, file)], { cwd: root, encoding: 'utf8' });
    const report = JSON.parse(run.stdout) as { diagnostics: Diagnostic[] };
    return report.diagnostics.filter((d) => d.category === 'lint/style/noRestrictedImports').map((d) => d.message);
  } finally {
    rmSync(file, { force: true });
  }
}

const onlyAws = /Only aws\/ talks to AWS/;
const noAwsArea = /must not depend on aws\//;
const sharedCore = /Use @mlops-actions\/shared\/core/;

test.each([
  ['a deep @aws-sdk path in runtime/', 'packages/shared/src/runtime', "import { x } from '@aws-sdk/client-sagemaker/dist-es/SageMakerClient.js';", onlyAws],
  ['an @aws-sdk client in core/', 'packages/shared/src/core', "import { x } from '@aws-sdk/client-sts';", onlyAws],
  ['a @smithy package in inputs/', 'packages/shared/src/inputs', "import { x } from '@smithy/node-http-handler';", onlyAws],
  ['../aws/session.js from report/', 'packages/shared/src/report', "import { x } from '../aws/session.js';", noAwsArea],
  ['the shared aws entry from github/', 'packages/shared/src/github', "import { x } from '@mlops-actions/shared/aws';", noAwsArea],
  ['@actions/core in an action', 'actions/start-pipeline/src', "import { x } from '@actions/core';", sharedCore],
  ['@actions/core in shared aws/', 'packages/shared/src/aws', "import { x } from '@actions/core';", sharedCore],
  ['a deep @actions/core path in runtime/', 'packages/shared/src/runtime', "import { x } from '@actions/core/lib/summary.js';", sharedCore],
])('biome rejects %s', (_what, dir, importLine, message) => {
  const messages = restrictedImports(dir, importLine);
  expect(messages).toHaveLength(1);
  expect(messages[0]).toMatch(message);
});

test.each([
  ['the AWS SDK in shared aws/', 'packages/shared/src/aws', "import { x } from '@aws-sdk/client-sts';"],
  ['the shared core from runtime/', 'packages/shared/src/runtime', "import { x } from '../core/index.js';"],
  ['the shared aws entry in an action', 'actions/start-pipeline/src', "import { x } from '@mlops-actions/shared/aws';"],
])('biome allows %s', (_what, dir, importLine) => {
  expect(restrictedImports(dir, importLine)).toEqual([]);
});
