// start-pipeline end to end: the bundled action in a child process, against moto + the scenario layer.
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { DescribeModelPackageCommand, DescribePipelineCommand, StopPipelineExecutionCommand } from '@aws-sdk/client-sagemaker';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { churnDefinition, PIPELINE_ROLE } from '@mlops-actions/testkit';
import { calls, executionsOf, newPipeline, runStep, startWorlds, type Worlds } from './worlds.js';

let worlds: Worlds;
beforeAll(async () => {
  worlds = await startWorlds();
});
afterAll(async () => worlds?.close());

describe('a pipeline that succeeds', () => {
  test('outputs the model package it registered, which exists in the Model Registry', async () => {
    const { name, group } = await newPipeline(worlds);
    const result = await runStep(worlds, {
      'pipeline-name': name,
      // Approved, not the definition's default (PendingManualApproval): only a parameter that reaches the RegisterModel
      // step registers the package as Approved.
      parameters: 'InputDataUrl: s3://churn-data/input/3f4c9a1e.csv\nModelApprovalStatus: Approved\nTrainingInstanceCount: 2',
    });
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(0);
    const { outputs } = result;
    expect(outputs.status).toBe('Succeeded');
    expect(outputs['execution-arn']).toMatch(new RegExp(`^arn:aws:sagemaker:us-east-1:123456789012:pipeline/${name}/execution/[a-z0-9]{12}$`));
    expect(outputs['model-package-arn']).toBe(`arn:aws:sagemaker:us-east-1:123456789012:model-package/${group}/1`);
    expect(outputs['failure-reason']).toBe('');
    expect(outputs['console-url']).toContain('https://us-east-1.console.aws.amazon.com/sagemaker/home?region=us-east-1#/pipelines/');

    const registered = await worlds.aws.sagemaker.send(new DescribeModelPackageCommand({ ModelPackageName: outputs['model-package-arn'] }));
    expect(registered.ModelApprovalStatus).toBe('Approved');
    expect(registered.ModelPackageGroupName).toBe(group);

    const [execution] = executionsOf(worlds, name);
    expect(execution?.parameters).toMatchObject({
      InputDataUrl: 's3://churn-data/input/3f4c9a1e.csv',
      ModelApprovalStatus: 'Approved',
      TrainingInstanceCount: '2',
    });
    expect(execution?.displayName).toBe('octo-org-churn-model-14503987201-1');
    expect(execution?.description).toContain('https://github.com/octo-org/churn-model/actions/runs/14503987201/attempts/1');

    const steps = JSON.parse(outputs.steps as string) as Array<Record<string, unknown>>;
    expect(steps.map((s) => [s.name, s.type, s.status])).toEqual([
      ['Preprocess', 'Processing', 'Succeeded'],
      ['Train', 'Training', 'Succeeded'],
      ['CheckAccuracy', 'Condition', 'Succeeded'],
      ['RegisterChurnModel', 'RegisterModel', 'Succeeded'],
    ]);
    expect(steps[2]?.details).toEqual({ conditionOutcome: 'True' });
    expect((steps[1]?.details as Record<string, string> | undefined)?.trainingJobArn).toMatch(/:training-job\//);
  });

  test('logs each step transition once, not once per poll', async () => {
    const { name } = await newPipeline(worlds, { ticksPerStep: 4 });
    const since = worlds.aws.requests.length;
    const result = await runStep(worlds, { 'pipeline-name': name });
    expect(result.exitCode).toBe(0);
    const log = result.main.log.join('\n');
    expect(log.match(/Train \(Training\) Executing/g)).toHaveLength(1);
    expect(log.match(/Train \(Training\) Succeeded/g)).toHaveLength(1);
    expect(log.match(/RegisterChurnModel \(RegisterModel\) Succeeded.*: registered arn:aws:sagemaker:/g)).toHaveLength(1);
    // 4 steps x 4 ticks = 16 status checks (each reads the steps), but far fewer progress lines.
    expect(calls(worlds, 'ListPipelineExecutionSteps', since)).toBeGreaterThanOrEqual(16);
    // The overall picture changes once per step that runs (Preprocess, Train, CheckAccuracy and, its condition being
    // true, RegisterChurnModel; AccuracyTooLow is skipped) and once more when the execution finishes: 5 distinct
    // states, so exactly 5 progress lines, each logged once.
    const ran = ['Preprocess', 'Train', 'CheckAccuracy', 'RegisterChurnModel'];
    const expected = [
      ...ran.map((step, done) => `Execution Executing: ${done} step${done === 1 ? '' : 's'} succeeded, running ${step}`),
      `Execution Succeeded: ${ran.length} steps succeeded`,
    ];
    const progress = result.main.log.filter((l) => l.startsWith('Execution '));
    expect(progress).toEqual(expected);
  });

  test('the job summary has the run table, the step table and a mermaid graph coloured by status', async () => {
    const { name, group } = await newPipeline(worlds);
    const result = await runStep(worlds, { 'pipeline-name': name });
    const summary = result.summary;
    expect(summary).toContain(`## ✅ SageMaker pipeline ${name}: Succeeded`);
    expect(summary).toContain(`<code>arn:aws:sagemaker:us-east-1:123456789012:model-package/${group}/1</code>`);
    expect(summary).toContain('#/model-registry/');
    expect(summary).toMatch(/<th>Step<\/th><th>Type<\/th><th>Status<\/th><th>Started<\/th><th>Duration<\/th><th>Details<\/th>/);
    expect(summary).toContain('<td>Train</td><td>Training</td><td>✅ Succeeded</td>');
    const mermaid = /```mermaid\n([\s\S]+?)\n```/.exec(summary)?.[1] ?? '';
    expect(mermaid).toMatch(/^flowchart LR/);
    expect(mermaid).toContain('n_Preprocess --> n_Train');
    expect(mermaid).toContain('n_CheckAccuracy -->|"true"| n_RegisterChurnModel');
    expect(mermaid).toContain('n_CheckAccuracy -->|"false"| n_AccuracyTooLow');
    expect(mermaid).toMatch(/class n_Preprocess,n_Train,n_CheckAccuracy,n_RegisterChurnModel succeeded/);
    // The branch that did not run is drawn, dashed.
    expect(mermaid).toMatch(/class n_AccuracyTooLow skipped/);
  });
});

describe('a pipeline that fails', () => {
  test("fails the step with the failing step's reason, in the error, the outputs and the summary", async () => {
    const reason = "AlgorithmError: ValueError: could not convert string to float: 'yes'";
    const { name } = await newPipeline(worlds, { failAt: { step: 'Train', reason } });
    const result = await runStep(worlds, { 'pipeline-name': name });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toContain(`Failed: Step 'Train' (Training) failed: ${reason}`);
    expect(result.outputs.status).toBe('Failed');
    expect(result.outputs['failure-reason']).toBe(`Step 'Train' (Training) failed: ${reason}`);
    expect(result.outputs['model-package-arn']).toBe('');
    expect(result.summary).toContain('## ❌ SageMaker pipeline');
    expect(result.summary).toContain(reason.replace(/'/g, "'"));
    expect(result.summary).toMatch(/class n_Train failed/);
  });

  test('a Fail step reports its error message', async () => {
    const { name } = await newPipeline(worlds, { conditionOutcomes: { CheckAccuracy: false } });
    const result = await runStep(worlds, { 'pipeline-name': name });
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]).toMatch(/Step 'AccuracyTooLow' \(Fail\) failed: Accuracy below 0\.8 in execution [a-z0-9]{12}/);
    const steps = JSON.parse(result.outputs.steps as string) as Array<{ name: string; details: Record<string, string> }>;
    expect(steps.find((s) => s.name === 'CheckAccuracy')?.details.conditionOutcome).toBe('False');
    expect(steps.find((s) => s.name === 'RegisterChurnModel')).toBeUndefined();
  });
});

describe('a pipeline stopped by someone else', () => {
  test('fails the step with status Stopped', async () => {
    const { name } = await newPipeline(worlds, { ticksPerStep: 100_000 });
    const run = runStep(worlds, { 'pipeline-name': name });
    while (executionsOf(worlds, name).length === 0 || (executionsOf(worlds, name)[0]?.ticks ?? 0) < 2) await new Promise((r) => setTimeout(r, 20));
    const arn = executionsOf(worlds, name)[0]?.arn as string;
    await worlds.aws.sagemaker.send(new StopPipelineExecutionCommand({ PipelineExecutionArn: arn, ClientRequestToken: 'stopped-from-the-console-0000000001' }));
    const result = await run;
    expect(result.exitCode).toBe(1);
    expect(result.outputs.status).toBe('Stopped');
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(new RegExp(`^Pipeline execution ${arn.replace(/[/.]/g, '\\$&')} Stopped`));
    expect(result.summary).toContain('## ⏹️ SageMaker pipeline');
  });
});

describe('waiting', () => {
  test('times out at the deadline, fails the step and leaves the execution running', async () => {
    const { name } = await newPipeline(worlds, { ticksPerStep: 100_000 });
    const started = Date.now();
    const result = await runStep(worlds, { 'pipeline-name': name, timeout: '2s', 'poll-interval': '200ms' });
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(
      /^Timed out after 2s waiting for pipeline execution arn:aws:sagemaker:.* \(last seen: Execution Executing: 0 steps succeeded, running Preprocess\)\.\nHint: The execution keeps running/,
    );
    expect(result.outputs.status).toBe('Executing');
    const [execution] = executionsOf(worlds, name);
    expect(execution?.status).toBe('Executing');
    expect(execution?.stopRequests).toBe(0);
    expect(result.summary).toContain('Timed out after 2s; the execution keeps running.');
  });

  test('wait: false returns right after the start; the post step leaves the execution alone', async () => {
    const { name } = await newPipeline(worlds, { ticksPerStep: 100_000 });
    const result = await runStep(worlds, { 'pipeline-name': name, wait: 'false' }, { post: true });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.status).toBe('Executing');
    expect(result.outputs['execution-arn']).toMatch(/execution\//);
    expect(result.post?.exitCode).toBe(0);
    expect(calls(worlds, 'StopPipelineExecution')).toBe(0);
    expect(executionsOf(worlds, name)[0]?.stopRequests).toBe(0);
  });
});

describe('idempotency', () => {
  test('the same run attempt twice starts exactly one execution; a re-run attempt starts a new one', async () => {
    const { name } = await newPipeline(worlds);
    const github = { runId: '900001', runAttempt: '1' };
    const first = await runStep(worlds, { 'pipeline-name': name }, { github });
    const retried = await runStep(worlds, { 'pipeline-name': name }, { github });
    expect(first.exitCode).toBe(0);
    expect(retried.exitCode).toBe(0);
    expect(retried.outputs['execution-arn']).toBe(first.outputs['execution-arn']);
    expect(executionsOf(worlds, name)).toHaveLength(1);

    const rerun = await runStep(worlds, { 'pipeline-name': name }, { github: { ...github, runAttempt: '2' } });
    expect(rerun.exitCode).toBe(0);
    expect(rerun.outputs['execution-arn']).not.toBe(first.outputs['execution-arn']);
    expect(executionsOf(worlds, name)).toHaveLength(2);
    expect(executionsOf(worlds, name)[1]?.displayName).toBe('octo-org-churn-model-900001-2');
  });

  test('other parameters in the same attempt (a matrix leg) start their own execution', async () => {
    const { name } = await newPipeline(worlds);
    const github = { runId: '900002' };
    await runStep(worlds, { 'pipeline-name': name, parameters: 'InputDataUrl=s3://a/1.csv' }, { github });
    await runStep(worlds, { 'pipeline-name': name, parameters: 'InputDataUrl=s3://a/2.csv' }, { github });
    expect(executionsOf(worlds, name).map((e) => e.parameters.InputDataUrl)).toEqual(['s3://a/1.csv', 's3://a/2.csv']);
  });
});

describe('options', () => {
  test('pipeline-definition creates the pipeline, then updates it, before starting', async () => {
    const workspace = mkdtempSync(path.join(tmpdir(), 'ws-'));
    const name = `upserted-${Date.now()}`;
    const definition = churnDefinition(`${name}-models`) as { Parameters: Array<{ Name: string }> };
    writeFileSync(path.join(workspace, 'pipeline.json'), JSON.stringify(definition));
    const created = await runStep(worlds, { 'pipeline-name': name, 'pipeline-definition': 'pipeline.json', 'pipeline-role-arn': PIPELINE_ROLE }, { workspace });
    expect(created.errors).toEqual([]);
    expect(created.main.log).toContain(`Pipeline ${name} created from pipeline.json.`);
    expect(created.outputs.status).toBe('Succeeded');

    definition.Parameters.push({ Name: 'LearningRate', Type: 'Float', DefaultValue: 0.1 } as { Name: string });
    writeFileSync(path.join(workspace, 'pipeline.json'), JSON.stringify(definition));
    const updated = await runStep(
      worlds,
      { 'pipeline-name': name, 'pipeline-definition': 'pipeline.json', parameters: 'LearningRate: 0.05' },
      { workspace, github: { runId: '900003' } },
    );
    expect(updated.errors).toEqual([]);
    expect(updated.main.log).toContain(`Pipeline ${name} updated from pipeline.json.`);
    const stored = await worlds.aws.sagemaker.send(new DescribePipelineCommand({ PipelineName: name }));
    expect(JSON.parse(stored.PipelineDefinition as string).Parameters.map((p: { Name: string }) => p.Name)).toContain('LearningRate');
    expect(stored.RoleArn).toBe(PIPELINE_ROLE);
    expect(executionsOf(worlds, name)[1]?.parameters.LearningRate).toBe('0.05');
  });

  test('selective execution, parallelism, display name and description reach SageMaker', async () => {
    const { name } = await newPipeline(worlds);
    const first = await runStep(worlds, { 'pipeline-name': name }, { github: { runId: '900004' } });
    const source = first.outputs['execution-arn'] as string;
    const result = await runStep(
      worlds,
      {
        'pipeline-name': name,
        'selected-steps': 'Train, CheckAccuracy',
        'source-execution-arn': source,
        'max-parallel-steps': '2',
        'display-name': 'retrain-from-features',
        description: 'Retrain only',
      },
      { github: { runId: '900005', actor: 'original-author', triggeringActor: 'rerunner' } },
    );
    expect(result.errors).toEqual([]);
    const execution = executionsOf(worlds, name)[1];
    expect(execution?.selectedSteps).toEqual(['Train', 'CheckAccuracy']);
    expect(execution?.sourceExecutionArn).toBe(source);
    expect(execution?.parallelism).toBe(2);
    expect(execution?.displayName).toBe('retrain-from-features');
    // The run and who triggered this attempt (not GITHUB_ACTOR) close the description, for wait-approval's lineage.
    expect(execution?.description).toMatch(/^Retrain only\ngithub-run: http\S+\/actions\/runs\/900005\/attempts\/1\ngithub-triggering-actor: rerunner$/);
    expect(JSON.parse(result.outputs.steps as string).map((s: { name: string }) => s.name)).toEqual(['Train', 'CheckAccuracy']);
  });

  test('a pipeline given by ARN', async () => {
    const { name, arn } = await newPipeline(worlds);
    const result = await runStep(worlds, { 'pipeline-name': arn });
    expect(result.errors).toEqual([]);
    expect(executionsOf(worlds, name)).toHaveLength(1);
  });

  test('the root-level alias (uses: owner/mlops-actions/start-pipeline@v1) runs the same bundle', async () => {
    const { repoRoot } = await import('@mlops-actions/testkit');
    const { name } = await newPipeline(worlds);
    const result = await runStep(worlds, { 'pipeline-name': name }, { actionDir: path.join(repoRoot(), 'start-pipeline'), post: true });
    expect(result.errors).toEqual([]);
    expect(result.outputs.status).toBe('Succeeded');
    expect(result.post?.exitCode).toBe(0);
  });
});
