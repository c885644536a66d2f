// Faults during waits and writes are survived without double effects: throttling and 5xx while waiting, and
// UpdateModelPackage answers lost AFTER the write took effect (the SDK sends the write again).
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { calls, decideElsewhere, newGroupName, readPackage, registerPackage, runStep, startWorlds, type Worlds } from './worlds.js';

let worlds: Worlds;
beforeAll(async () => {
  worlds = await startWorlds();
});
afterAll(async () => worlds?.close());
// A test that fails midway must not leave its armed faults to the next one.
afterEach(() => worlds.aws.faults.clear());

const approvalKeys = (metadata: Record<string, string> | undefined): string[] =>
  Object.keys(metadata ?? {}).filter((k) => k.startsWith('wait-approval/approved-by/'));

describe('faults', () => {
  test('throttling and 5xx while waiting are waited out, said once per kind, and the decision is still seen', async () => {
    const arn = await registerPackage(worlds, newGroupName());
    const approved = (async () => {
      await worlds.aws.nextRequest({ operation: 'DescribeModelPackage' });
      await worlds.aws.nextRequest({ operation: 'DescribeModelPackage' });
      // Every try of the next checks fails (max-attempts 1: the SDK does not retry), then the approval lands. It
      // lands only once the five faulted checks were seen: decided earlier, the check in flight could read it first.
      worlds.aws.faults.add({ operation: 'DescribeModelPackage', kind: 'throttle', count: 3 });
      worlds.aws.faults.add({ operation: 'DescribeModelPackage', kind: 'http503', count: 2 });
      for (let faulted = 0; faulted < 5; faulted += 1) await worlds.aws.nextRequest({ operation: 'DescribeModelPackage' });
      await decideElsewhere(worlds, arn, 'Approved', 'ok');
    })();
    const result = await runStep(worlds, { 'model-package-arn': arn, 'max-attempts': '1' });
    await approved;
    expect(result.errors).toEqual([]);
    expect(result.outputs['approval-status']).toBe('Approved');
    const warnings = result.main.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
    expect(warnings).toEqual([expect.stringMatching(/failed with ThrottlingException/), expect.stringMatching(/failed with ServiceUnavailable/)]);
    expect(worlds.aws.faults.pending()).toEqual([]);
  });

  test.each(['reset', 'http500', 'truncate'] as const)(
    'an approval whose UpdateModelPackage answer is lost after it took effect (%s) is recorded once',
    async (kind) => {
      const arn = await registerPackage(worlds, newGroupName());
      const since = worlds.aws.requests.length;
      worlds.aws.faults.add({ operation: 'UpdateModelPackage', kind, when: 'after', count: 1 });
      const inputs = { 'model-package-arn': arn, mode: 'approve', approvers: 'alice, bob', 'min-approvals': '2', comment: 'looks good' };
      const result = await runStep(worlds, inputs, { actor: 'alice' });
      expect(result.errors).toEqual([]);
      // The write was sent twice (the first took effect, its answer was lost) with the same token.
      const writes = worlds.aws.requests.slice(since).filter((r) => r.operation === 'UpdateModelPackage');
      expect(writes.length).toBe(2);
      expect(writes[0]?.faultWhen).toBe('after');
      expect(new Set(writes.map((w) => JSON.parse(w.body).ClientToken)).size).toBe(1);
      const pkg = await readPackage(worlds, arn);
      expect(pkg.ModelApprovalStatus).toBe('PendingManualApproval');
      expect(approvalKeys(pkg.CustomerMetadataProperties)).toEqual(['wait-approval/approved-by/alice']);
      expect(pkg.ApprovalDescription).toMatch(/^PendingManualApproval: 1 of 2 approvals: @alice;/);

      // bob's approval, its answer lost too: Approved, with exactly two approvals.
      worlds.aws.faults.add({ operation: 'UpdateModelPackage', kind, when: 'after', count: 1 });
      const second = await runStep(worlds, inputs, { actor: 'bob' });
      expect(second.errors).toEqual([]);
      const done = await readPackage(worlds, arn);
      expect(done.ModelApprovalStatus).toBe('Approved');
      expect(approvalKeys(done.CustomerMetadataProperties).sort()).toEqual(['wait-approval/approved-by/alice', 'wait-approval/approved-by/bob']);
      expect(done.ApprovalDescription).toMatch(/^Approved by @bob \(2 of 2 approvals: @alice, @bob\)/);
    },
  );

  test('a re-run of the whole step after a lost answer finds the approval already recorded and writes nothing', async () => {
    const arn = await registerPackage(worlds, newGroupName());
    const inputs = { 'model-package-arn': arn, mode: 'approve', approvers: 'alice, bob', 'min-approvals': '2' };
    // Every try's answer is lost: the step fails, though the first try took effect.
    worlds.aws.faults.add({ operation: 'UpdateModelPackage', kind: 'http500', when: 'after', count: 5 });
    const failed = await runStep(worlds, { ...inputs, 'max-attempts': '2' }, { actor: 'alice' });
    expect(failed.exitCode).toBe(1);
    worlds.aws.faults.clear();
    const since = worlds.aws.requests.length;
    const rerun = await runStep(worlds, inputs, { actor: 'alice', github: { runAttempt: '2' } });
    expect(rerun.errors).toEqual([]);
    expect(rerun.main.log.join('\n')).toContain("@alice's approval of");
    expect(calls(worlds, 'UpdateModelPackage', since)).toBe(0);
    expect(approvalKeys((await readPackage(worlds, arn)).CustomerMetadataProperties)).toEqual(['wait-approval/approved-by/alice']);
  });

  test('throttled writes are retried by the SDK and land once', async () => {
    const arn = await registerPackage(worlds, newGroupName());
    worlds.aws.faults.add({ operation: 'UpdateModelPackage', kind: 'throttle', count: 2 });
    const result = await runStep(worlds, { 'model-package-arn': arn, mode: 'reject', approvers: 'bob', comment: 'Bias report missing' }, { actor: 'bob' });
    expect(result.errors).toEqual([]);
    const pkg = await readPackage(worlds, arn);
    expect(pkg.ModelApprovalStatus).toBe('Rejected');
    expect(Object.keys(pkg.CustomerMetadataProperties ?? {}).filter((k) => k.startsWith('wait-approval/rejected-by/'))).toEqual([
      'wait-approval/rejected-by/bob',
    ]);
  });
});
