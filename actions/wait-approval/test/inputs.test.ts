// Bad input: one clear error naming the input and the expected form, before any AWS call; hostile values from
// inputs and from AWS never break out of the log or the summary.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { calls, newGroupName, registerPackage, runStep, startWorlds, type Worlds } from './worlds.js';

let worlds: Worlds;
beforeAll(async () => {
  worlds = await startWorlds();
});
afterAll(async () => worlds?.close());

const ARN = 'arn:aws:sagemaker:us-east-1:123456789012:model-package/churn-models/3';

describe('input errors', () => {
  test.each([
    [{ mode: 'aprove', 'model-package-arn': ARN }, /^Input 'mode' is 'aprove'\. Expected wait, approve or reject\./],
    [{}, /^Input 'model-package-arn' and model-package-group are both empty\. Expected a model package ARN, or a model-package-group/],
    [
      { 'model-package-arn': 'arn:aws:sagemaker:us-east-1:123456789012:model-package-group/churn' },
      /^Input 'model-package-arn' is 'arn:aws:sagemaker:us-east-1:123456789012:model-package-group\/churn'\. Expected the ARN of a versioned model package/,
    ],
    [
      { 'model-package-arn': ARN.replace('us-east-1', 'eu-west-1') },
      /^Input 'model-package-arn' is an ARN in region eu-west-1, but the action works in region us-east-1\./,
    ],
    [{ 'model-package-arn': ARN, 'model-package-group': 'churn-models' }, /^Input 'model-package-group' is set together with model-package-arn\./],
    [{ 'model-package-group': 'churn_models' }, /^Input 'model-package-group' is 'churn_models'\. Expected a model package group name/],
    [{ 'model-package-group': 'churn-models', version: 'v3' }, /^Input 'version' is 'v3'\. Expected latest, or a version number such as 3\./],
    [{ 'model-package-arn': ARN, status: 'approved' }, /^Input 'status' is 'approved'\. Expected one of PendingManualApproval, Approved, Rejected/],
    [{ 'model-package-arn': ARN, mode: 'approve' }, /^Input 'approvers' is empty with mode approve\./],
    [{ 'model-package-arn': ARN, mode: 'approve', approvers: 'alice, octo-org/' }, /^Input 'approvers' names 'octo-org\/'\. Expected GitHub logins/],
    [{ 'model-package-arn': ARN, mode: 'approve', approvers: 'alice, alice' }, /^Input 'approvers' names 'alice' twice\./],
    [
      { 'model-package-arn': ARN, mode: 'approve', approvers: 'alice', 'min-approvals': '0' },
      /^Input 'min-approvals' is 0\. Expected a whole number from 1 to 20\./,
    ],
    [{ 'model-package-arn': ARN, timeout: '10' }, /^Input 'timeout' is '10', a number without a unit\./],
    [{ 'model-package-arn': ARN, 'fail-on-reject': 'yes' }, /^Input 'fail-on-reject' is 'yes'\. Expected true or false\./],
    [
      { 'model-package-arn': ARN, mode: 'approve', approvers: 'alice', comment: 'x'.repeat(1001) },
      /^Input 'comment' is 1001 characters long\. Expected a comment of at most 1000 characters\./,
    ],
  ] as Array<[Record<string, string>, RegExp]>)('%j', async (inputs, message) => {
    const since = worlds.aws.requests.length;
    const result = await runStep(worlds, inputs, { actor: 'alice' });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([expect.stringMatching(message)]);
    expect(worlds.aws.requests.length).toBe(since);
  });
});

describe('hostile values', () => {
  test('a comment with workflow commands, markdown and HTML stays inside its row and its log line', async () => {
    const arn = await registerPackage(worlds, newGroupName());
    const comment = '</td></tr><script>x</script>\n::error::forged\n## heading | a | b';
    const result = await runStep(worlds, { 'model-package-arn': arn, mode: 'approve', approvers: 'alice', comment }, { actor: 'alice' });
    expect(result.errors).toEqual([]);
    expect(result.main.annotations.filter((a) => a.message.includes('forged'))).toEqual([]);
    expect(result.summary).not.toContain('<script>');
    expect(result.summary).not.toMatch(/^## heading/m);
    expect(result.summary).toContain('&lt;script&gt;');
    expect(calls(worlds, 'UpdateModelPackage')).toBeGreaterThan(0);
  });
});
