// mode: wait — a decision made by another process is seen at the next status check (so within one capped
// interval), a rejection fails with the reviewer's reason, a timeout fails with its own message, cancellation
// ends the wait, and the package is chosen by ARN, by version, or as the newest (optionally among a status).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { calls, decideElsewhere, newGroupName, registerPackage, runStep, startWorlds, type Worlds } from './worlds.js';

let worlds: Worlds;
beforeAll(async () => {
  worlds = await startWorlds();
});
afterAll(async () => worlds?.close());

/** The times of the action's DescribeModelPackage calls of this package since `since`. */
function describeTimes(since: number, arn: string): number[] {
  return worlds.aws.requests
    .slice(since)
    .filter((r) => r.operation === 'DescribeModelPackage' && r.accessKeyId !== 'AKIATESTKITHARNESS01' && r.body.includes(arn))
    .map((r) => r.time);
}

describe('mode: wait', () => {
  test('an approval by another process while the action waits is seen at the next check; the pause grows to the cap and no further', async () => {
    const arn = await registerPackage(worlds, newGroupName());
    const since = worlds.aws.requests.length;
    // Approve once the action has checked 6 times: by then its pause has grown to the 400 ms cap.
    const approved = (async () => {
      for (let i = 0; i < 6; i += 1) await worlds.aws.nextRequest({ operation: 'DescribeModelPackage' });
      await decideElsewhere(worlds, arn, 'Approved', 'Approved in the console by the ML lead');
      return describeTimes(since, arn).length;
    })();
    const result = await runStep(worlds, { 'model-package-arn': arn, 'poll-interval': '400ms' });
    expect(result.errors).toEqual([]);
    expect(result.outputs['approval-status']).toBe('Approved');
    expect(result.outputs['approval-description']).toBe('Approved in the console by the ML lead');
    const checksBeforeApproval = await approved;
    const times = describeTimes(since, arn);
    // The action saw it at the first check that began after the decision, not later. (The check in flight when the
    // decision was written may already read it, so that one can be the last.)
    expect(times.length).toBeGreaterThanOrEqual(checksBeforeApproval);
    expect(times.length).toBeLessThanOrEqual(checksBeforeApproval + 1);
    // The pauses grow from the 200 ms floor (min(5 s, cap)) to the cap; sleeps never end early, so each later pause
    // is at least the jittered cap (0.8 x 400 ms).
    const gaps = times.slice(1).map((t, i) => t - (times[i] as number));
    expect(Math.min(...gaps.slice(-2))).toBeGreaterThanOrEqual(0.8 * 400 - 5);
    // One log line per change, not per check.
    const lines = result.main.log.filter((l) => /is PendingManualApproval|is Approved/.test(l));
    expect(lines).toEqual([
      expect.stringMatching(/ is PendingManualApproval$/),
      expect.stringMatching(/ is Approved: Approved in the console by the ML lead$/),
      expect.stringMatching(/^Model package .* is Approved: /),
    ]);
  });

  test("a rejection by another process fails the step with the reviewer's reason", async () => {
    const arn = await registerPackage(worlds, newGroupName());
    const rejected = worlds.aws
      .nextRequest({ operation: 'DescribeModelPackage' })
      .then(() => decideElsewhere(worlds, arn, 'Rejected', 'Drift on tenure_months'));
    const result = await runStep(worlds, { 'model-package-arn': arn });
    await rejected;
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]).toMatch(/^Model package churn-models-\d+ v1 was rejected: Drift on tenure_months\nHint: Set fail-on-reject: false/);
    expect(result.summary).toMatch(/⛔ Model package churn-models-\d+ v1: Rejected/);
  });

  test('a timeout fails with its own message and leaves the package as it is', async () => {
    const arn = await registerPackage(worlds, newGroupName());
    const result = await runStep(worlds, { 'model-package-arn': arn, timeout: '2s', 'poll-interval': '300ms' });
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]).toMatch(
      /^Timed out after 2s waiting for churn-models-\d+ v1 to be approved or rejected; it is still PendingManualApproval\.\nHint: /,
    );
    expect(result.outputs['approval-status']).toBe('PendingManualApproval');
    expect(result.summary).toContain('timed out waiting for a decision, still PendingManualApproval');
  });

  test('cancellation ends the wait at once', async () => {
    const arn = await registerPackage(worlds, newGroupName());
    const result = await runStep(
      worlds,
      { 'model-package-arn': arn, timeout: '10m' },
      {
        cancel: {
          when: {
            event: worlds.aws.nextRequest({ operation: 'DescribeModelPackage' }).then(() => worlds.aws.nextRequest({ operation: 'DescribeModelPackage' })),
          },
          delays: { sigintToSigtermMs: 20_000 },
        },
      },
    );
    expect(result.main.cancelled).toBe(true);
    expect(result.errors).toContain(`Cancelled while waiting for a decision on ${arn.split('/').slice(-2).join(' v')}.`);
    // It ended on SIGINT: no SIGTERM was needed.
    expect(result.main.signalsSent.map((s) => s.signal)).toEqual(['SIGINT']);
  });

  test('an already decided package needs no wait', async () => {
    const arn = await registerPackage(worlds, newGroupName(), { status: 'Approved' });
    const since = worlds.aws.requests.length;
    const result = await runStep(worlds, { 'model-package-arn': arn });
    expect(result.errors).toEqual([]);
    expect(calls(worlds, 'DescribeModelPackage', since)).toBe(1);
  });
});

describe('selecting the package', () => {
  test('version: latest picks the newest of several; status narrows it; a number picks that version', async () => {
    const group = newGroupName();
    await registerPackage(worlds, group, { status: 'Approved' });
    const second = await registerPackage(worlds, group, { status: 'PendingManualApproval' });
    const third = await registerPackage(worlds, group, { status: 'Approved' });
    const latest = await runStep(worlds, { 'model-package-group': group });
    expect(latest.errors).toEqual([]);
    expect(latest.outputs['model-package-arn']).toBe(third);
    expect(latest.outputs['model-package-version']).toBe('3');

    const pending = await runStep(
      worlds,
      { 'model-package-group': group, status: 'PendingManualApproval', mode: 'approve', approvers: 'alice' },
      { actor: 'alice' },
    );
    expect(pending.errors).toEqual([]);
    expect(pending.outputs['model-package-arn']).toBe(second);
    expect(pending.outputs['approval-status']).toBe('Approved');

    const byNumber = await runStep(worlds, { 'model-package-group': group, version: '1' });
    expect(byNumber.outputs['model-package-version']).toBe('1');

    const wrongStatus = await runStep(worlds, { 'model-package-group': group, version: '1', status: 'Rejected' });
    expect(wrongStatus.errors[0]).toMatch(/^Model package \S+\/1 is Approved, not Rejected\./);
  });

  test('a group without versions, a missing version and a missing ARN are clear errors', async () => {
    const none = await runStep(worlds, { 'model-package-group': 'no-such-group' });
    expect(none.errors[0]).toMatch(/^Model package group 'no-such-group' has no versions in region us-east-1\./);
    const group = newGroupName();
    await registerPackage(worlds, group);
    const missing = await runStep(worlds, { 'model-package-group': group, version: '7' });
    expect(missing.errors[0]).toMatch(new RegExp(`^Model package group '${group}' has no version 7 in region us-east-1\\.`));
    const arn = `arn:aws:sagemaker:us-east-1:123456789012:model-package/${group}/9`;
    const gone = await runStep(worlds, { 'model-package-arn': arn });
    expect(gone.errors[0]).toMatch(/^Model package arn:\S+\/9 does not exist\./);
  });
});
