// approve and reject: who may decide, what is written (status + audit, read back from moto), what is refused
// (and then nothing is written), override rules, N-of-M approvals and self-approval.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { executionTriggeredBy, newGroupName, readPackage, registerPackage, runStep, startWorlds, type Worlds } from './worlds.js';

let worlds: Worlds;
beforeAll(async () => {
  worlds = await startWorlds();
});
afterAll(async () => worlds?.close());

const RUN_URL = /\/octo-org\/churn-model\/actions\/runs\/\d+\/attempts\/1$/;

describe('approve and reject', () => {
  test('an allowed user approves: status Approved, and who/where/when/why in ApprovalDescription and metadata', async () => {
    const arn = await registerPackage(worlds, newGroupName(), { metadata: { pipelineExecutionId: 'abc123' } });
    const result = await runStep(
      worlds,
      { 'model-package-arn': arn, mode: 'approve', approvers: 'alice, bob', comment: 'AUC 0.91 beats prod 0.88' },
      { actor: 'alice', github: { actor: 'original-author' } },
    );
    expect(result.errors).toEqual([]);
    const pkg = await readPackage(worlds, arn);
    expect(pkg.ModelApprovalStatus).toBe('Approved');
    expect(pkg.ApprovalDescription).toMatch(
      /^Approved by @alice \(1 of 1 approval: @alice\) via http\S+ at \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ: AUC 0\.91 beats prod 0\.88$/,
    );
    const metadata = pkg.CustomerMetadataProperties ?? {};
    // The pipeline's own metadata survives the update.
    expect(metadata.pipelineExecutionId).toBe('abc123');
    expect(metadata['wait-approval/decision']).toBe('Approved');
    expect(metadata['wait-approval/decided-by']).toBe('alice');
    expect(metadata['wait-approval/run']).toMatch(RUN_URL);
    // SageMaker allows no commas in metadata: they become spaces there (the description keeps them).
    expect(metadata['wait-approval/comment']).toBe('AUC 0.91 beats prod 0.88');
    expect(metadata['wait-approval/approved-by/alice']).toMatch(/^\d{4}-\d\d-\d\dT\S+Z alice http\S+$/);
    expect(result.outputs['approval-status']).toBe('Approved');
    expect(result.outputs['decided-by']).toBe('alice');
    expect(JSON.parse(result.outputs.approvals as string)).toEqual([{ login: 'alice', at: expect.any(String), run: expect.stringMatching(RUN_URL) }]);
    expect(result.outputs['model-package-arn']).toBe(arn);
    expect(result.outputs['model-package-version']).toBe('1');
    expect(result.outputs.image).toMatch(/churn-serving@sha256:/);
    expect(result.outputs['model-data-url']).toMatch(/^s3:\/\/churn-data\/models\//);
  });

  test('GITHUB_TRIGGERING_ACTOR decides, not GITHUB_ACTOR: a re-run by someone unlisted is refused', async () => {
    const arn = await registerPackage(worlds, newGroupName());
    const before = await readPackage(worlds, arn);
    const result = await runStep(worlds, { 'model-package-arn': arn, mode: 'approve', approvers: 'alice' }, { actor: 'mallory', github: { actor: 'alice' } });
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]).toMatch(/^@mallory may not approve this model package: not among the approvers \(@alice\)\. Nothing was written\./);
    const after = await readPackage(worlds, arn);
    expect(after.ModelApprovalStatus).toBe('PendingManualApproval');
    expect(after.CustomerMetadataProperties).toEqual(before.CustomerMetadataProperties);
    expect(after.LastModifiedTime).toEqual(before.LastModifiedTime);
  });

  test("reject needs a reason; it is recorded, and a later wait fails with the reviewer's reason", async () => {
    const arn = await registerPackage(worlds, newGroupName());
    const missing = await runStep(worlds, { 'model-package-arn': arn, mode: 'reject', approvers: 'bob' }, { actor: 'bob' });
    expect(missing.errors[0]).toMatch(/^Input 'comment' is empty with mode reject\./);
    const rejected = await runStep(
      worlds,
      { 'model-package-arn': arn, mode: 'reject', approvers: 'bob', comment: 'Recall dropped to 0.61 on Q3 churners' },
      { actor: 'bob' },
    );
    expect(rejected.errors).toEqual([]);
    expect(rejected.outputs['approval-status']).toBe('Rejected');
    const pkg = await readPackage(worlds, arn);
    expect(pkg.ModelApprovalStatus).toBe('Rejected');
    expect(pkg.CustomerMetadataProperties?.['wait-approval/rejected-by/bob']).toMatch(/ bob http/);
    const waited = await runStep(worlds, { 'model-package-arn': arn });
    expect(waited.exitCode).toBe(1);
    expect(waited.errors[0]).toMatch(
      /^Model package churn-models-\d+ v1 was rejected: Rejected by @bob via \S+ at \S+: Recall dropped to 0\.61 on Q3 churners\n/,
    );
    expect(waited.outputs['approval-status']).toBe('Rejected');
    expect(waited.outputs['decided-by']).toBe('bob');
    const tolerated = await runStep(worlds, { 'model-package-arn': arn, 'fail-on-reject': 'false' });
    expect(tolerated.exitCode).toBe(0);
    expect(tolerated.outputs['approval-status']).toBe('Rejected');
  });

  test('override rules: approving a Rejected or rejecting an Approved package needs allow-override', async () => {
    const arn = await registerPackage(worlds, newGroupName(), { status: 'Rejected' });
    const refused = await runStep(worlds, { 'model-package-arn': arn, mode: 'approve', approvers: 'alice' }, { actor: 'alice' });
    expect(refused.exitCode).toBe(1);
    expect(refused.errors[0]).toMatch(/is Rejected; approving it now would reverse that decision\. Nothing was written\.\nHint: Set allow-override: true/);
    expect((await readPackage(worlds, arn)).ModelApprovalStatus).toBe('Rejected');

    const overridden = await runStep(worlds, { 'model-package-arn': arn, mode: 'approve', approvers: 'alice', 'allow-override': 'true' }, { actor: 'alice' });
    expect(overridden.errors).toEqual([]);
    expect((await readPackage(worlds, arn)).ModelApprovalStatus).toBe('Approved');

    const reRejectRefused = await runStep(worlds, { 'model-package-arn': arn, mode: 'reject', approvers: 'bob', comment: 'no' }, { actor: 'bob' });
    expect(reRejectRefused.errors[0]).toMatch(
      /is already Approved \(Approved by @alice .*\); rejecting it now would reverse that decision\. Nothing was written\./,
    );
    expect((await readPackage(worlds, arn)).ModelApprovalStatus).toBe('Approved');

    const reRejected = await runStep(
      worlds,
      { 'model-package-arn': arn, mode: 'reject', approvers: 'bob', comment: 'Found a leak', 'allow-override': 'true' },
      { actor: 'bob' },
    );
    expect(reRejected.errors).toEqual([]);
    expect((await readPackage(worlds, arn)).ModelApprovalStatus).toBe('Rejected');
  });

  test('approving an Approved package again changes nothing', async () => {
    const arn = await registerPackage(worlds, newGroupName());
    await runStep(worlds, { 'model-package-arn': arn, mode: 'approve', approvers: 'alice,bob' }, { actor: 'alice' });
    const first = await readPackage(worlds, arn);
    const again = await runStep(worlds, { 'model-package-arn': arn, mode: 'approve', approvers: 'alice,bob' }, { actor: 'bob' });
    expect(again.errors).toEqual([]);
    expect(again.main.log.join('\n')).toContain('is already Approved');
    const second = await readPackage(worlds, arn);
    expect(second.LastModifiedTime).toEqual(first.LastModifiedTime);
    expect(second.ApprovalDescription).toBe(first.ApprovalDescription);
  });
});

describe('min-approvals', () => {
  test('two distinct people are needed; the same person twice counts once', async () => {
    const arn = await registerPackage(worlds, newGroupName());
    const inputs = { 'model-package-arn': arn, mode: 'approve', approvers: 'alice, bob, carol', 'min-approvals': '2' };
    const first = await runStep(worlds, inputs, { actor: 'alice' });
    expect(first.errors).toEqual([]);
    expect(first.outputs['approval-status']).toBe('PendingManualApproval');
    expect(first.main.log.join('\n')).toContain("Recorded @alice's approval of churn-models-");
    let pkg = await readPackage(worlds, arn);
    expect(pkg.ModelApprovalStatus).toBe('PendingManualApproval');
    expect(pkg.ApprovalDescription).toMatch(/^PendingManualApproval: 1 of 2 approvals: @alice; the latest by @alice via /);

    // alice again (a re-run, another attempt): still one approval.
    const twice = await runStep(worlds, inputs, { actor: 'Alice', github: { runAttempt: '2' } });
    expect(twice.errors).toEqual([]);
    expect(twice.main.log.join('\n')).toContain('already recorded; 1 of 2 approvals');
    pkg = await readPackage(worlds, arn);
    expect(pkg.ModelApprovalStatus).toBe('PendingManualApproval');
    expect(Object.keys(pkg.CustomerMetadataProperties ?? {}).filter((k) => k.startsWith('wait-approval/approved-by/'))).toEqual([
      'wait-approval/approved-by/alice',
    ]);

    const second = await runStep(worlds, inputs, { actor: 'bob' });
    expect(second.errors).toEqual([]);
    expect(second.outputs['approval-status']).toBe('Approved');
    pkg = await readPackage(worlds, arn);
    expect(pkg.ModelApprovalStatus).toBe('Approved');
    expect(pkg.ApprovalDescription).toMatch(/^Approved by @bob \(2 of 2 approvals: @alice, @bob\) via /);
    expect(JSON.parse(second.outputs.approvals as string).map((a: { login: string }) => a.login)).toEqual(['alice', 'bob']);
  });

  test('a rejection by any approver rejects, whatever the approvals so far', async () => {
    const arn = await registerPackage(worlds, newGroupName());
    const inputs = { 'model-package-arn': arn, approvers: 'alice, bob', 'min-approvals': '2' };
    await runStep(worlds, { ...inputs, mode: 'approve' }, { actor: 'alice' });
    const rejected = await runStep(worlds, { ...inputs, mode: 'reject', comment: 'Bias report not reviewed' }, { actor: 'bob' });
    expect(rejected.errors).toEqual([]);
    expect((await readPackage(worlds, arn)).ModelApprovalStatus).toBe('Rejected');
  });

  test('min-approvals above the number of listed approvers is refused up front', async () => {
    const arn = await registerPackage(worlds, newGroupName());
    const result = await runStep(worlds, { 'model-package-arn': arn, mode: 'approve', approvers: 'alice', 'min-approvals': '2' }, { actor: 'alice' });
    expect(result.errors[0]).toMatch(/^Input 'min-approvals' is 2, but approvers names only 1 person\./);
  });
});

describe('self-approval', () => {
  test('the person who triggered the training run may not approve its model; another approver may', async () => {
    const execution = await executionTriggeredBy(worlds, 'alice');
    const arn = await registerPackage(worlds, newGroupName(), { generatedBy: execution });
    const inputs = { 'model-package-arn': arn, mode: 'approve', approvers: 'alice, bob' };
    const refused = await runStep(worlds, inputs, { actor: 'ALICE' });
    expect(refused.exitCode).toBe(1);
    expect(refused.errors[0]).toMatch(
      /^@ALICE triggered the training run that made churn-models-\d+ v1 \(https:\/\/github\.com\/\S+\), so may not approve it\. Nothing was written\./,
    );
    expect((await readPackage(worlds, arn)).ModelApprovalStatus).toBe('PendingManualApproval');

    const allowed = await runStep(worlds, { ...inputs, 'allow-self-approval': 'true' }, { actor: 'alice' });
    expect(allowed.errors).toEqual([]);
    expect(allowed.summary).toContain('triggered by');

    const other = await registerPackage(worlds, newGroupName(), { generatedBy: execution });
    const byBob = await runStep(worlds, { ...inputs, 'model-package-arn': other }, { actor: 'bob' });
    expect(byBob.errors).toEqual([]);
    expect((await readPackage(worlds, other)).ModelApprovalStatus).toBe('Approved');
  });

  test('an unknown lineage is said in the log and summary, not guessed', async () => {
    const noTrailer = await executionTriggeredBy(worlds, undefined, 'Started by hand');
    const arn = await registerPackage(worlds, newGroupName(), { generatedBy: noTrailer });
    const result = await runStep(worlds, { 'model-package-arn': arn, mode: 'approve', approvers: 'alice' }, { actor: 'alice' });
    expect(result.errors).toEqual([]);
    expect(result.main.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([
      expect.stringMatching(
        /^Self-approval could not be checked for churn-models-\d+ v1: the training run is not known \(the pipeline execution's description names no GitHub run/,
      ),
    ]);
    expect(result.summary).toContain("Not known: the pipeline execution's description names no GitHub run");
  });
});
