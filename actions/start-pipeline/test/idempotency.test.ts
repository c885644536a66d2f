// Retries that must not do things twice. The world lets each request take effect and THEN loses the answer
// (connection reset, 5xx, half a body, no answer until the client times out), so the SDK's retry reaches
// AWS a second time: only idempotency tokens, or a re-read before retrying, keep that from doubling the effect.
// (Faults before the request prove nothing here: the first try never happened.) Each kind of lost answer is
// tried on the start, the stop on cancellation, and the upsert of pipeline-definition, against the bundle.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { churnDefinition, PIPELINE_ROLE, type FaultKind, type RunResult } from '@mlops-actions/testkit';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { calls, executionsOf, newPipeline, runStep, startWorlds, type Worlds } from './worlds.js';

let worlds: Worlds;
beforeAll(async () => {
  worlds = await startWorlds();
});
afterAll(async () => worlds?.close());

/** Answers lost after the effect that the SDK's retry strategy sees at once (hang has its own test: it waits for the SDK's timeout). */
const LOST: FaultKind[] = ['reset', 'http500', 'http503', 'truncate'];

/** Status codes of the answers the action never got for this operation since `since` (200: it took effect). */
function lostAnswers(w: Worlds, operation: string, since: number): Array<number | undefined> {
  return w.aws.requests
    .slice(since)
    .filter((r) => r.operation === operation && r.faultWhen === 'after')
    .map((r) => r.lostStatus);
}

function workspaceWith(definition: object): string {
  const workspace = mkdtempSync(path.join(tmpdir(), 'idem-'));
  writeFileSync(path.join(workspace, 'pipeline.json'), JSON.stringify(definition));
  return workspace;
}

let fresh = 0;
const freshName = (): string => `churn-upsert-${++fresh}`;

// --- the three effects, each a function so the same scenario can run against a world without tokens ---

async function startWithLostAnswer(
  w: Worlds,
  kind: FaultKind,
  extra: { timeoutMs?: number } = {},
): Promise<{ result: RunResult; name: string; since: number }> {
  const { name } = await newPipeline(w);
  const since = w.aws.requests.length;
  w.aws.faults.add({ operation: 'StartPipelineExecution', kind, when: 'after', count: 1 });
  const result = await runStep(w, { 'pipeline-name': name }, extra);
  return { result, name, since };
}

async function stopWithLostAnswer(w: Worlds, kind: FaultKind): Promise<{ result: RunResult; name: string; since: number }> {
  const { name } = await newPipeline(w, { ticksPerStep: 100_000 });
  const since = w.aws.requests.length;
  // Cancel once the action is watching the execution (its first status check arrives), not after a timer, with
  // the runner's real sequence (SIGINT; SIGTERM 7.5 s later only if it is still running).
  const watching = w.aws.nextRequest({ operation: 'DescribePipelineExecution' });
  w.aws.faults.add({ operation: 'StopPipelineExecution', kind, when: 'after', count: 1 });
  const result = await runStep(w, { 'pipeline-name': name }, { post: true, cancel: { when: { event: watching } } });
  return { result, name, since };
}

async function createWithLostAnswer(w: Worlds, kind: FaultKind): Promise<{ result: RunResult; name: string }> {
  const name = freshName();
  w.aws.faults.add({ operation: 'CreatePipeline', kind, when: 'after', count: 1 });
  const workspace = workspaceWith(churnDefinition(`${name}-models`));
  const result = await runStep(w, { 'pipeline-name': name, 'pipeline-definition': 'pipeline.json', 'pipeline-role-arn': PIPELINE_ROLE }, { workspace });
  return { result, name };
}

describe('StartPipelineExecution retried after its answer was lost starts one execution', () => {
  test.each(LOST)('%s after the execution started', async (kind) => {
    const { result, name, since } = await startWithLostAnswer(worlds, kind);
    expect(result.errors).toEqual([]);
    expect(lostAnswers(worlds, 'StartPipelineExecution', since)).toEqual([200]);
    expect(calls(worlds, 'StartPipelineExecution', since)).toBe(2);
    const executions = executionsOf(worlds, name);
    expect(executions).toHaveLength(1);
    expect(result.outputs['execution-arn']).toBe(executions[0]!.arn);
    expect(result.outputs.status).toBe('Succeeded');
  });

  test('no answer at all: the SDK gives up on its request timeout (60 s) and the retry follows the same execution', async () => {
    const { result, name, since } = await startWithLostAnswer(worlds, 'hang', { timeoutMs: 150_000 });
    expect(result.errors).toEqual([]);
    expect(calls(worlds, 'StartPipelineExecution', since)).toBe(2);
    expect(executionsOf(worlds, name)).toHaveLength(1);
    expect(result.outputs.status).toBe('Succeeded');
  }, 180_000);
});

describe('StopPipelineExecution on cancellation, retried after its answer was lost, stops once', () => {
  test.each(LOST)('%s after the stop was accepted', async (kind) => {
    const { result, name, since } = await stopWithLostAnswer(worlds, kind);
    expect(result.main.signalsSent.map((s) => s.signal)).toEqual(['SIGINT']);
    expect(lostAnswers(worlds, 'StopPipelineExecution', since)).toEqual([200]);
    expect(calls(worlds, 'StopPipelineExecution', since)).toBe(2);
    const [execution] = executionsOf(worlds, name);
    expect(execution?.stopRequests).toBe(1);
    expect(result.errors[0]).toMatch(/^Cancelled while waiting for arn:aws:sagemaker:.*; stop requested, status Stopping\.$/);
    // The post step sees the stop done and does not send another.
    expect(result.post?.exitCode).toBe(0);
  });
});

describe('pipeline-definition upsert retried after its answer was lost writes one version', () => {
  test.each(LOST)('CreatePipeline: %s after the pipeline was created', async (kind) => {
    const { result, name } = await createWithLostAnswer(worlds, kind);
    expect(result.errors).toEqual([]);
    expect(worlds.aws.pipelineVersions(name)).toHaveLength(1);
    expect(executionsOf(worlds, name)).toHaveLength(1);
  });

  test.each(LOST)('UpdatePipeline (no client token on AWS): %s after the update was written', async (kind) => {
    const { name } = await newPipeline(worlds);
    const definition = churnDefinition(`${name}-v2`);
    const since = worlds.aws.requests.length;
    worlds.aws.faults.add({ operation: 'UpdatePipeline', kind, when: 'after', count: 1 });
    const result = await runStep(worlds, { 'pipeline-name': name, 'pipeline-definition': 'pipeline.json' }, { workspace: workspaceWith(definition) });
    expect(result.errors).toEqual([]);
    expect(lostAnswers(worlds, 'UpdatePipeline', since)).toEqual([200]);
    const versions = worlds.aws.pipelineVersions(name);
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    expect(JSON.parse(versions[1]!.definition)).toEqual(definition);
    expect(executionsOf(worlds, name)).toHaveLength(1);
  });
});

// The tests above can fail: against a world that ignores ClientRequestToken (what the old before-request
// faults could not tell apart), the same scenarios double their effect or fail.
describe('the same scenarios against a world that ignores client tokens', () => {
  let careless: Worlds;
  beforeAll(async () => {
    careless = await startWorlds({ ignoreClientTokens: true });
  });
  afterAll(async () => careless?.close());

  test('the start is doubled', async () => {
    const { name } = await startWithLostAnswer(careless, 'reset');
    expect(executionsOf(careless, name)).toHaveLength(2);
  });

  test('the stop is doubled', async () => {
    const { name } = await stopWithLostAnswer(careless, 'reset');
    expect(executionsOf(careless, name)[0]?.stopRequests).toBe(2);
  });

  test('the create fails on its own retry: the pipeline already exists', async () => {
    const { result } = await createWithLostAnswer(careless, 'reset');
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]).toMatch(/sagemaker:CreatePipeline .*already exists/);
  });
});
