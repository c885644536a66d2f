// The retrain trigger with the bundled action: repository_dispatch with the drift payload, workflow_dispatch of
// the training workflow with the given inputs, nothing without drift, and not again for a quiet update inside
// the issue's cooldown. At most once: a dispatch whose answer is lost after GitHub took it is not resent (the
// GitHub world records every dispatch it carried out), a re-run of the same workflow run does not send it again,
// and a refused dispatch is an error with GitHub's words.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { driftViolation, monitorRun, runStep, startWorlds, type Worlds } from './worlds.js';

let worlds: Worlds;
beforeAll(async () => {
  worlds = await startWorlds();
});
afterAll(async () => worlds?.close());

const FEATURES = ['tenure', 'contract'];
const drifting = (schedule: string) => monitorRun(worlds, schedule, { features: FEATURES, violations: { violations: [driftViolation('tenure', 0.3)] } });

describe('retraining', () => {
  test('repository_dispatch carries model, share, drifted features, run and issue; workflow_dispatch the given inputs on the ref', async () => {
    await drifting('retrain-a');
    const event = await runStep(worlds, { 'monitoring-schedule': 'retrain-a', 'retrain-event': 'drift-detected' }, { github: { runId: '4242' } });
    expect(event.errors).toEqual([]);
    expect(worlds.github.state.dispatches.at(-1)).toMatchObject({
      kind: 'repository_dispatch',
      event_type: 'drift-detected',
      client_payload: {
        model: 'retrain-a',
        drift_share: '0.5',
        drifted_features: '["tenure"]',
        run_url: expect.stringContaining('/runs/4242/'),
        issue: event.outputs['issue-number'],
      },
    });
    await drifting('retrain-b');
    const workflow = await runStep(worlds, {
      'monitoring-schedule': 'retrain-b',
      issue: 'off',
      'retrain-workflow': 'train.yml',
      'retrain-inputs': '{"reason": "drift"}',
    });
    expect(workflow.errors).toEqual([]);
    expect(worlds.github.state.dispatches.at(-1)).toMatchObject({
      kind: 'workflow_dispatch',
      workflow_id: 'train.yml',
      ref: 'main',
      inputs: { reason: 'drift' },
    });
  });

  test('no drift, no dispatch; drift again inside the cooldown (a quiet issue update): no second dispatch', async () => {
    await monitorRun(worlds, 'retrain-c', { features: FEATURES });
    const before = worlds.github.state.dispatches.length;
    expect((await runStep(worlds, { 'monitoring-schedule': 'retrain-c', 'retrain-event': 'drift-detected' })).errors).toEqual([]);
    expect(worlds.github.state.dispatches.length).toBe(before);
    await drifting('retrain-c');
    await runStep(worlds, { 'monitoring-schedule': 'retrain-c', 'retrain-event': 'drift-detected', cooldown: '6h' });
    expect(worlds.github.state.dispatches.length).toBe(before + 1);
    await drifting('retrain-c');
    const quiet = await runStep(worlds, { 'monitoring-schedule': 'retrain-c', 'retrain-event': 'drift-detected', cooldown: '6h' });
    expect(quiet.errors).toEqual([]);
    expect(quiet.main.log.join('\n')).toMatch(/retraining was triggered less than the cooldown ago .*; not again\./);
    expect(worlds.github.state.dispatches.length).toBe(before + 1);
  });
});

const WORKFLOW_DISPATCH = 'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches';
const REPOSITORY_DISPATCH = 'POST /repos/{owner}/{repo}/dispatches';

describe('at most once', () => {
  test.each([
    ['a 500 after GitHub took it', WORKFLOW_DISPATCH, { 'retrain-workflow': 'train.yml' }, false],
    ['a connection reset after GitHub took it', REPOSITORY_DISPATCH, { 'retrain-event': 'drift-detected' }, true],
  ])('%s: exactly one dispatch, a warning, retrain-dispatched unknown, the step succeeds', async (_what, route, retrain, reset) => {
    const schedule = `retrain-lost-${reset ? 'reset' : '500'}`;
    await drifting(schedule);
    const before = worlds.github.state.dispatches.length;
    const sent = worlds.github.requests.length;
    // Had the client retried, its second try would have gone through: two dispatches, two trainings.
    const fault = worlds.github.faults.add({ route, status: 500, afterHandling: true, reset, count: 1 });
    const result = await runStep(worlds, { 'monitoring-schedule': schedule, issue: 'off', ...retrain });
    expect(fault.hits).toBe(1);
    expect(worlds.github.requests.slice(sent).filter((r) => r.route === route)).toHaveLength(1);
    expect(worlds.github.state.dispatches.length).toBe(before + 1);
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.outputs['retrain-dispatched']).toBe('unknown');
    const warnings = result.main.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
    expect(warnings).toContainEqual(
      expect.stringMatching(
        /^The retrain dispatch \(.+\) may or may not have been delivered: GitHub's answer was lost \(.+\)\. Check the Actions tab of octo-org\/churn-model; it was not resent, to avoid starting training twice\.$/,
      ),
    );
    expect(result.summary).toMatch(/Retraining.*⚠️ .*unknown \(GitHub's answer was lost; not resent, check the Actions tab\)/s);
  });

  test('a secondary rate limit on the dispatch (GitHub refused it) is waited out and the dispatch sent once', async () => {
    await drifting('retrain-limited');
    const before = worlds.github.state.dispatches.length;
    const limit = worlds.github.faults.secondaryRateLimit(REPOSITORY_DISPATCH, { retryAfterSeconds: 1 });
    const result = await runStep(worlds, { 'monitoring-schedule': 'retrain-limited', issue: 'off', 'retrain-event': 'drift-detected' });
    expect(result.errors).toEqual([]);
    expect(limit.hits).toBe(1);
    expect(worlds.github.state.dispatches.length).toBe(before + 1);
    expect(result.outputs['retrain-dispatched']).toBe('true');
  });

  test("a delivered dispatch: retrain-dispatched true; a refused one (no such ref, 422) fails the step with GitHub's message, nothing dispatched", async () => {
    await drifting('retrain-ok');
    const ok = await runStep(worlds, { 'monitoring-schedule': 'retrain-ok', issue: 'off', 'retrain-event': 'drift-detected' });
    expect(ok.errors).toEqual([]);
    expect(ok.outputs['retrain-dispatched']).toBe('true');
    await drifting('retrain-422');
    const before = worlds.github.state.dispatches.length;
    const refused = await runStep(worlds, {
      'monitoring-schedule': 'retrain-422',
      issue: 'off',
      'retrain-workflow': 'train.yml',
      'retrain-ref': 'no-such-branch',
    });
    expect(refused.exitCode).toBe(1);
    expect(refused.errors[0]).toMatch(
      /^Could not trigger retraining \(workflow train\.yml on no-such-branch\): GitHub answered 422: No ref found for: no-such-branch\nHint: The workflow file must exist on no-such-branch/,
    );
    expect(worlds.github.state.dispatches.length).toBe(before);
  });

  test('a re-run of the workflow run that dispatched (same GITHUB_RUN_ID, attempt 2, past the cooldown) does not dispatch again; the next run does', async () => {
    const schedule = 'retrain-rerun';
    await drifting(schedule);
    const before = worlds.github.state.dispatches.length;
    // cooldown 0s: the cooldown alone would let every run comment and dispatch.
    const inputs = { 'monitoring-schedule': schedule, 'retrain-event': 'drift-detected', cooldown: '0s' };
    const first = await runStep(worlds, inputs, { github: { runId: '7100', runAttempt: '1' } });
    expect(first.errors).toEqual([]);
    expect(first.outputs['retrain-dispatched']).toBe('true');
    expect(worlds.github.state.dispatches.length).toBe(before + 1);
    const body = (): string | null | undefined => worlds.github.state.issues.find((i) => i.number === Number(first.outputs['issue-number']))?.body;
    expect(body()).toContain('retrain-run=7100.1.delivered -->');

    const rerun = await runStep(worlds, inputs, { github: { runId: '7100', runAttempt: '2' } });
    expect(rerun.errors).toEqual([]);
    expect(rerun.main.log.join('\n')).toMatch(
      /Attempt 1 of this workflow run already sent the retrain dispatch \(noted on issue #\d+\); a re-run does not send it again\./,
    );
    expect(rerun.outputs['retrain-dispatched']).toBe('false');
    expect(worlds.github.state.dispatches.length).toBe(before + 1);
    // The note survived the re-run's body update.
    expect(body()).toContain('retrain-run=7100.1.delivered -->');

    const next = await runStep(worlds, inputs, { github: { runId: '7101', runAttempt: '1' } });
    expect(next.errors).toEqual([]);
    expect(next.outputs['retrain-dispatched']).toBe('true');
    expect(worlds.github.state.dispatches.length).toBe(before + 2);
    expect(body()).toContain('retrain-run=7101.1.delivered -->');
  });
});
