// The areas of @mlops-actions/shared that are not aws/ must bundle without any AWS code, so an action that
// needs no AWS (a GitHub- or Kubernetes-only one) carries none. The lint rules forbid the imports; this shows
// the result in a real ncc bundle of the built package.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, test } from 'vitest';
// @ts-expect-error plain ESM build scripts without type declarations
import { bundle } from '../../../scripts/bundle.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
// Inside the workspace, so '@mlops-actions/shared/...' resolves through node_modules like it does for an action.
const scratch = mkdtempSync(path.join(here, '..', '.areas-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const sharedPackage = JSON.parse(readFileSync(path.join(here, '..', '..', 'shared', 'package.json'), 'utf8')) as {
  exports: Record<string, unknown>;
  sideEffects?: boolean;
};

test('shared exports one entry per area and declares itself free of side effects', () => {
  expect(Object.keys(sharedPackage.exports).sort()).toEqual([
    './aws',
    './aws/cloudwatch',
    './aws/ecr',
    './aws/eks',
    './aws/s3',
    './aws/sagemaker',
    './core',
    './github',
    './inputs',
    './k8s',
    './report',
    './runtime',
  ]);
  expect(sharedPackage.sideEffects).toBe(false);
});

test('core, runtime, inputs, report, github and k8s bundle without any AWS SDK code', async () => {
  const entry = path.join(scratch, 'lib', 'index.js');
  const areas = ['core', 'runtime', 'inputs', 'report', 'github', 'k8s'];
  const lines = areas.map((area) => `import * as ${area} from '@mlops-actions/shared/${area}';`);
  writeFileSync(path.join(scratch, 'package.json'), JSON.stringify({ name: 'areas-probe', type: 'module', private: true }));
  mkdirSync(path.dirname(entry), { recursive: true });
  writeFileSync(entry, `${lines.join('\n')}\nconsole.log(Object.keys({ ...${areas.join(', ...')} }).length);\n`);
  await bundle(scratch, path.join(scratch, 'dist'));
  const code = readFileSync(path.join(scratch, 'dist', 'index.js'), 'utf8');
  // The probe really bundled the areas (a name from each), and nothing of the AWS SDK or Smithy came along.
  for (const name of ['setOutput', 'waitFor', 'getDuration', 'escapeHtml', 'runContext', 'kubectlRolloutStatus']) expect(code).toContain(name);
  expect(code).not.toMatch(/@aws-sdk\/|@smithy\/|SageMakerClient|STSClient/);
}, 120_000);

test('an action that takes only the session from aws/ carries no SageMaker client, not even as a lazy chunk', async () => {
  const probe = mkdtempSync(path.join(here, '..', '.aws-session-'));
  try {
    const entry = path.join(probe, 'lib', 'index.js');
    writeFileSync(path.join(probe, 'package.json'), JSON.stringify({ name: 'aws-session-probe', type: 'module', private: true }));
    mkdirSync(path.dirname(entry), { recursive: true });
    writeFileSync(entry, `import { AwsSession } from '@mlops-actions/shared/aws';\nconsole.log(typeof AwsSession.open);\n`);
    const { files }: { files: string[] } = await bundle(probe, path.join(probe, 'dist'));
    const code = files
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(path.join(probe, 'dist', file), 'utf8'))
      .join('\n');
    // The probe really bundled the session (its class and the credential chain), and no SageMaker code came along.
    expect(code).toContain('AwsSession');
    expect(code).not.toMatch(/SageMakerClient|DescribePipelineExecution|StartPipelineExecution/);
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
}, 120_000);
