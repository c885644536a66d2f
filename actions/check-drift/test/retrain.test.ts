// The retrain trigger with the bundled action: repository_dispatch with the drift payload, workflow_dispatch of
// the training workflow with the given inputs, nothing without drift, and not again for a quiet update inside
// the issue's cooldown.
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
