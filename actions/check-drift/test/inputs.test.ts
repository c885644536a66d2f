// Bad input gets one clear error that names the input and the expected form, before any read or call (the
// bundled action, table-driven). No AWS or GitHub request is made for any of them.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runStep, startWorlds, type Worlds } from './worlds.js';

let worlds: Worlds;
beforeAll(async () => {
  worlds = await startWorlds();
});
afterAll(async () => worlds?.close());

const data = { baseline: 'train.csv', current: 'today.csv' };
// [what, inputs, the error (exact start)]
const cases: Array<[string, Record<string, string>, RegExp]> = [
  ['no baseline', { current: 'a.csv' }, /^Input 'baseline' is required but empty\. Expected a path in the workspace, or an s3:\/\/bucket\/key URL/],
  ['no current', { baseline: 'a.csv' }, /^Input 'current' is required but empty\./],
  ['a baseline outside the workspace', { ...data, baseline: '../../etc/passwd' }, /^Input 'baseline' is '\.\.\/\.\.\/etc\/passwd', outside the workspace\./],
  [
    'an http URL',
    { ...data, current: 'https://example.com/x.csv' },
    /^Input 'current' is 'https:\/\/example\.com\/x\.csv'\. Expected a path in the workspace, or an s3:\/\//,
  ],
  [
    'an S3 URL with a bad bucket',
    { ...data, current: 's3://Bad_Bucket/x.csv' },
    /^Input 'current' is 's3:\/\/Bad_Bucket\/x\.csv', which is no valid s3:\/\/ URL\./,
  ],
  ['baseline with monitoring-schedule', { baseline: 'a.csv', 'monitoring-schedule': 'churn' }, /^Input 'baseline' is set together with monitoring-schedule\./],
  ['a bad schedule name', { 'monitoring-schedule': 'churn monitor' }, /^Input 'monitoring-schedule' is 'churn monitor'\. Expected a monitoring schedule name/],
  [
    'data-capture from a file',
    { ...data, 'current-format': 'data-capture' },
    /^Input 'current' is 'today\.csv'\. Expected with current-format: data-capture, an s3:\/\/ Data Capture prefix/,
  ],
  ['an unknown format', { ...data, 'current-format': 'xlsx' }, /^Input 'current-format' is 'xlsx'\. Expected auto, csv, jsonl, parquet, data-capture\.$/],
  [
    'a window without a unit',
    { baseline: 'a.csv', current: 's3://ml-data/ep/', 'current-format': 'data-capture', window: '24' },
    /^Input 'window' is '24', a number without a unit\./,
  ],
  [
    'a window over 90 days',
    { baseline: 'a.csv', current: 's3://ml-data/ep/', 'current-format': 'data-capture', window: '100d' },
    /^Input 'window' is '100d'\. Expected a duration/,
  ],
  [
    'a bad capture side',
    { baseline: 'a.csv', current: 's3://ml-data/ep/', 'current-format': 'data-capture', 'capture-side': 'both' },
    /^Input 'capture-side' is 'both'\. Expected input, output\.$/,
  ],
  ['an unknown method', { ...data, method: 'kl' }, /^Input 'method' is 'kl'\. Expected auto, ks, chisquare, z, wasserstein, jensenshannon, psi, linf\.$/],
  [
    'an unknown column method',
    { ...data, 'column-methods': 'tenure: kl' },
    /^Input 'column-methods' gives column 'tenure' the method 'kl'\. Expected one of ks, /,
  ],
  [
    'a non-numeric column threshold',
    { ...data, 'column-thresholds': '{"tenure": "high"}' },
    /^Input 'column-thresholds' is 'high'\. Expected a number from 0 to 1000000\.$/,
  ],
  [
    'an unknown column type',
    { ...data, 'column-types': 'tenure=integer' },
    /^Input 'column-types' gives column 'tenure' the type 'integer'\. Expected numeric or categorical per column\.$/,
  ],
  ['a drift share over 1', { ...data, 'drift-share': '1.5' }, /^Input 'drift-share' is '1\.5'\. Expected a number from 0 to 1\.$/],
  [
    'an exact limit that is not a whole number',
    { ...data, 'exact-limit': '1e6' },
    /^Input 'exact-limit' is '1e6'\. Expected a whole number from 1000 to 100000000\.$/,
  ],
  ['a threshold that is text', { ...data, threshold: 'strict' }, /^Input 'threshold' is 'strict'\. Expected a number from 0 to 1000000\.$/],
  ['a bad on-bad-rows', { ...data, 'on-bad-rows': 'ignore' }, /^Input 'on-bad-rows' is 'ignore'\. Expected fail, skip\.$/],
  ['a bad fail-on-drift', { ...data, 'fail-on-drift': 'yes' }, /^Input 'fail-on-drift' is 'yes'\. Expected true or false\.$/],
  ['a bad issue mode', { ...data, issue: 'close' }, /^Input 'issue' is 'close'\. Expected open, close-when-resolved, off\.$/],
  ['an empty token with issues on', { ...data, 'github-token': '' }, /^Input 'github-token' is empty\. Expected a token with issues: write/],
  ['a cooldown without a unit', { ...data, cooldown: '60' }, /^Input 'cooldown' is '60', a number without a unit\./],
  [
    'both retrain triggers',
    { ...data, 'retrain-workflow': 'train.yml', 'retrain-event': 'retrain' },
    /^Input 'retrain-event' is set together with retrain-workflow\./,
  ],
  [
    'a retrain workflow that is a path',
    { ...data, 'retrain-workflow': '.github/workflows/train.yml' },
    /^Input 'retrain-workflow' is '\.github\/workflows\/train\.yml'\. Expected a workflow file name such as train\.yml/,
  ],
  ['retrain inputs without a workflow', { ...data, 'retrain-inputs': 'a=1' }, /^Input 'retrain-inputs' is set without retrain-workflow\./],
  [
    'an AWS/ CloudWatch namespace',
    { ...data, 'cloudwatch-namespace': 'AWS/SageMaker' },
    /^Input 'cloudwatch-namespace' is 'AWS\/SageMaker'\. Expected a CloudWatch namespace/,
  ],
  [
    'save-profile to S3',
    { ...data, 'save-profile': 's3://ml-data/p.json' },
    /^Input 'save-profile' is 's3:\/\/ml-data\/p\.json'\. Expected a path in the workspace/,
  ],
  [
    'a bad role',
    { ...data, current: 's3://ml-data/x.csv', 'role-to-assume': 'github-drift' },
    /^Input 'role-to-assume' is 'github-drift'\. Expected an IAM role ARN/,
  ],
  ['columns named twice', { ...data, columns: 'a, b, a' }, /^Input 'columns' names 'a' twice\./],
  [
    'save-profile with monitoring-schedule',
    { 'monitoring-schedule': 'churn', 'save-profile': 'p.json' },
    /^Input 'save-profile' is set with monitoring-schedule\. Expected it only with baseline and current\.$/,
  ],
  [
    'exact-limit with monitoring-schedule (it reads no data there)',
    { 'monitoring-schedule': 'churn', 'exact-limit': '5000' },
    /^Input 'exact-limit' is set with monitoring-schedule\. Expected it only with baseline and current \(Model Monitor mode reads no data\)\.$/,
  ],
];

describe('bad inputs', () => {
  test.each(cases)('%s', async (_what, inputs, message) => {
    const awsBefore = worlds.aws.requests.length;
    const githubBefore = worlds.github.requests.length;
    const result = await runStep(worlds, inputs);
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(message);
    expect(worlds.aws.requests.length).toBe(awsBefore);
    expect(worlds.github.requests.length).toBe(githubBefore);
    expect(result.outputs['drift-detected'] ?? '').toBe('');
  });
});
