// Model Monitor mode with the bundled action: the latest execution with a report (from the scenario layer) ->
// its processing job (moto) -> constraint_violations.json and statistics.json (moto's S3), and the issue kept in
// the GitHub world through three drifting runs and a clean one.
import {
  CloudWatchClient,
  DescribeAlarmsCommand,
  GetMetricStatisticsCommand,
  ListMetricsCommand,
  PutMetricAlarmCommand,
  type ComparisonOperator,
  type Statistic,
} from '@aws-sdk/client-cloudwatch';
import { HARNESS_ACCESS_KEY_ID } from '@mlops-actions/testkit';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { ACTION_DIR, driftViolation, monitorRun, runStep, startWorlds, type Worlds } from './worlds.js';

let worlds: Worlds;
beforeAll(async () => {
  worlds = await startWorlds();
});
afterAll(async () => worlds?.close());

const FEATURES = ['tenure', 'monthly_charges', 'total_charges', 'contract'];
let schedules = 0;
const newSchedule = (): string => `churn-monitor-${++schedules}`;

describe('Model Monitor mode', () => {
  test('reads the latest execution with a report, past newer ones still running or failed; outputs, report and summary', async () => {
    const schedule = newSchedule();
    const t = Date.now() - 3 * 3_600_000;
    // An older clean run, the one to read (drift in 2 of 4 columns), then a newer one still in progress.
    await monitorRun(worlds, schedule, { features: FEATURES, at: new Date(t) });
    const arn = await monitorRun(worlds, schedule, {
      features: FEATURES,
      violations: {
        violations: [
          driftViolation('tenure', 0.2711),
          driftViolation('contract', 0.35),
          { feature_name: 'gender', constraint_check_type: 'extra_column_check', description: 'There are extra columns in current dataset.' },
        ],
      },
      at: new Date(t + 3_600_000),
    });
    worlds.aws.monitoring.addExecution({ scheduleName: schedule, status: 'InProgress', scheduledTime: new Date(t + 2 * 3_600_000) });

    const result = await runStep(worlds, { 'monitoring-schedule': schedule, issue: 'off' }, { keepTemp: true });
    expect(result.errors).toEqual([]);
    expect(result.outputs).toMatchObject({ 'drift-detected': 'true', 'drift-share': '0.5', 'drifted-features': '["tenure","contract"]', 'issue-number': '' });
    expect(result.main.log.join('\n')).toMatch(/Monitoring execution of .* is InProgress: no report, looking further back\./);
    const report = JSON.parse(readFileSync(result.outputs.report!, 'utf8'));
    rmSync(result.paths.root, { recursive: true, force: true });
    expect(report).toMatchObject({ format: 'mlops-actions/drift-report@1', mode: 'model-monitor', detected: true, share: 0.5, compared: 4 });
    expect(report.monitor).toMatchObject({ schedule, status: 'CompletedWithViolations', processingJobArn: arn });
    expect(report.columns).toEqual([
      expect.objectContaining({ name: 'tenure', distance: 0.2711, threshold: 0.1, drifted: true }),
      expect.objectContaining({ name: 'contract', distance: 0.35, threshold: 0.1, drifted: true }),
    ]);
    expect(report.missingInReference).toEqual(['gender']);
    expect(result.summary).toContain('Drift check');
    expect(result.summary).toContain('<code>tenure</code>');
    expect(result.summary).toContain('extra_column_check');
  });

  test('a run without violations is no drift; the share comes from statistics.json', async () => {
    const schedule = newSchedule();
    await monitorRun(worlds, schedule, { features: FEATURES });
    const result = await runStep(worlds, { 'monitoring-schedule': schedule, issue: 'off' });
    expect(result.errors).toEqual([]);
    expect(result.outputs).toMatchObject({ 'drift-detected': 'false', 'drift-share': '0', 'drifted-features': '[]' });
  });

  test('one drifted column of four is below the default drift-share; drift-share: 0.25 makes it dataset drift', async () => {
    const schedule = newSchedule();
    await monitorRun(worlds, schedule, { features: FEATURES, violations: { violations: [driftViolation('tenure', 0.5)] } });
    const below = await runStep(worlds, { 'monitoring-schedule': schedule, issue: 'off' });
    expect(below.outputs).toMatchObject({ 'drift-detected': 'false', 'drift-share': '0.25', 'drifted-features': '["tenure"]' });
    const at = await runStep(worlds, { 'monitoring-schedule': schedule, issue: 'off', 'drift-share': '0.25' });
    expect(at.outputs['drift-detected']).toBe('true');
  });

  test('fail-on-drift fails the step after writing outputs; a check that fails leaves drift-detected empty', async () => {
    const schedule = newSchedule();
    await monitorRun(worlds, schedule, { features: FEATURES, violations: { violations: [driftViolation('tenure', 0.5), driftViolation('contract', 0.4)] } });
    const failed = await runStep(worlds, { 'monitoring-schedule': schedule, issue: 'off', 'fail-on-drift': 'true' });
    expect(failed.exitCode).toBe(1);
    expect(failed.errors[0]).toMatch(/^Drift detected \(fail-on-drift: true\): Dataset drift \(50\.0% of 4 columns\): tenure, contract\./);
    expect(failed.outputs['drift-detected']).toBe('true');

    const missing = await runStep(worlds, { 'monitoring-schedule': 'no-such-schedule', issue: 'off', 'fail-on-drift': 'true' });
    expect(missing.exitCode).toBe(1);
    expect(missing.errors[0]).toMatch(/^Monitoring schedule 'no-such-schedule' has no execution with a report/);
    expect(missing.outputs['drift-detected']).toBe('');
  });

  test.each([
    ['not JSON', '{"violations": [', /constraint_violations\.json is not JSON .*; it is not a Model Monitor constraint_violations\.json\./],
    ['violations that are no array', '{"violations": {"a": 1}}', /has a 'violations' member that is not an array/],
    ['a violation without a check type', '{"violations": [{"feature_name": "x"}]}', /has violation 0 without a constraint_check_type/],
  ])('a malformed constraint_violations.json (%s) is a clear error, not a crash', async (_what, text, message) => {
    const schedule = newSchedule();
    await monitorRun(worlds, schedule, { features: FEATURES, violations: text });
    const result = await runStep(worlds, { 'monitoring-schedule': schedule, issue: 'off' });
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]).toMatch(message);
    expect(result.errors[0]).not.toMatch(/Unexpected error/);
  });

  test('only failed executions: says which status the latest has', async () => {
    const schedule = newSchedule();
    worlds.aws.monitoring.addExecution({ scheduleName: schedule, status: 'Failed', scheduledTime: new Date(), failureReason: 'Job failed: no data' });
    const result = await runStep(worlds, { 'monitoring-schedule': schedule, issue: 'off' });
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]).toMatch(/has no execution with a report among its latest 1\.\nHint: The latest is Failed\./);
  });

  test('CloudWatch: DriftDetected and DriftShare per model, DriftScore and ColumnDrifted per column, in batches within the API limit', async () => {
    const schedule = newSchedule();
    // 600 columns, all drifted: 2 model metrics + 1200 column metrics = 2 PutMetricData requests (1000 per request).
    const many = Array.from({ length: 600 }, (_, i) => `f${i}`);
    await monitorRun(worlds, schedule, { features: many, violations: { violations: many.map((f, i) => driftViolation(f, 0.2 + i / 10_000)) } });
    const before = worlds.aws.requests.length;
    const result = await runStep(worlds, { 'monitoring-schedule': schedule, issue: 'off', 'cloudwatch-namespace': 'MLOps/Drift', 'model-name': 'churn-xl' });
    expect(result.errors).toEqual([]);
    const puts = worlds.aws.requests.slice(before).filter((r) => r.operation === 'PutMetricData');
    expect(puts.map((r) => r.status)).toEqual([200, 200]);
    const bodies = puts.map((r) => JSON.parse(r.body) as { MetricData: unknown[] });
    expect(bodies.map((b) => b.MetricData.length)).toEqual([1000, 202]);
    const cloudwatch = new CloudWatchClient(worlds.aws.clientConfig({ accessKeyId: HARNESS_ACCESS_KEY_ID, secretAccessKey: 'unchecked' }));
    try {
      const model = await cloudwatch.send(new ListMetricsCommand({ Namespace: 'MLOps/Drift', Dimensions: [{ Name: 'Model', Value: 'churn-xl' }] }));
      const names = new Set((model.Metrics ?? []).map((m) => m.MetricName));
      expect([...names].sort()).toEqual(['ColumnDrifted', 'DriftDetected', 'DriftScore', 'DriftShare']);
      const f7 = await cloudwatch.send(
        new ListMetricsCommand({
          Namespace: 'MLOps/Drift',
          MetricName: 'DriftScore',
          Dimensions: [
            { Name: 'Model', Value: 'churn-xl' },
            { Name: 'Column', Value: 'f7' },
          ],
        }),
      );
      expect(f7.Metrics).toHaveLength(1);
    } finally {
      cloudwatch.destroy();
    }
  });

  test("a PutMetricData whose answer is lost after CloudWatch stored it: retried, stored twice at the run's one timestamp; the README alarm's statistic (Maximum) reads the value once", async () => {
    const schedule = newSchedule();
    await monitorRun(worlds, schedule, { features: ['tenure', 'contract'], violations: { violations: [driftViolation('tenure', 0.3)] } });
    const model = `churn-lost-${schedule}`;
    const before = worlds.aws.requests.length;
    worlds.aws.faults.add({ service: 'monitoring', operation: 'PutMetricData', kind: 'reset', when: 'after', count: 1 });
    const result = await runStep(
      worlds,
      { 'monitoring-schedule': schedule, issue: 'off', 'cloudwatch-namespace': 'MLOps/Drift', 'model-name': model },
      { keepTemp: true },
    );
    expect(result.errors).toEqual([]);
    const generatedAt = (JSON.parse(readFileSync(result.outputs.report!, 'utf8')) as { generatedAt: string }).generatedAt;
    rmSync(result.paths.root, { recursive: true, force: true });
    // The first answer lost after moto stored the data, then the SDK's retry: the same data, the same timestamps.
    const puts = worlds.aws.requests.slice(before).filter((r) => r.operation === 'PutMetricData');
    expect(puts).toHaveLength(2);
    const bodies = puts.map((r) => JSON.parse(r.body) as { MetricData: Array<{ MetricName: string; Timestamp: number }> });
    expect(bodies[1]).toEqual(bodies[0]);
    const stamps = new Set(bodies[0]!.MetricData.map((d) => new Date(Math.round(d.Timestamp * 1000)).toISOString()));
    expect([...stamps]).toEqual([generatedAt]);

    const alarm = readmeAlarm();
    expect(alarm.statistic).toBe('Maximum');
    const cloudwatch = new CloudWatchClient(worlds.aws.clientConfig({ accessKeyId: HARNESS_ACCESS_KEY_ID, secretAccessKey: 'unchecked' }));
    try {
      const dimensions = [{ Name: 'Model', Value: model }];
      // The README's alarm is one CloudWatch accepts.
      await cloudwatch.send(
        new PutMetricAlarmCommand({
          AlarmName: `${model}-drift`,
          Namespace: alarm.namespace,
          MetricName: alarm.metricName,
          Dimensions: dimensions,
          Statistic: alarm.statistic as Statistic,
          Period: alarm.period,
          EvaluationPeriods: alarm.evaluationPeriods,
          Threshold: alarm.threshold,
          ComparisonOperator: alarm.comparisonOperator as ComparisonOperator,
          TreatMissingData: alarm.treatMissingData,
        }),
      );
      expect((await cloudwatch.send(new DescribeAlarmsCommand({ AlarmNames: [`${model}-drift`] }))).MetricAlarms).toHaveLength(1);
      const at = Date.parse(generatedAt);
      const reading = async (metricName: string) => {
        const answer = await cloudwatch.send(
          new GetMetricStatisticsCommand({
            Namespace: 'MLOps/Drift',
            MetricName: metricName,
            Dimensions: dimensions,
            StartTime: new Date(at - alarm.period * 1000),
            EndTime: new Date(at + alarm.period * 1000),
            Period: alarm.period,
            Statistics: [alarm.statistic as Statistic, 'SampleCount', 'Sum'],
          }),
        );
        expect(answer.Datapoints).toHaveLength(1);
        return answer.Datapoints![0]!;
      };
      // What a user sees: the copy is there (SampleCount and Sum doubled), the alarm's Maximum is the value sent.
      const detected = await reading('DriftDetected');
      expect(detected).toMatchObject({ SampleCount: 2, Sum: 2, Maximum: 1 });
      expect(detected.Maximum! >= alarm.threshold).toBe(true);
      const share = await reading('DriftShare');
      expect(share).toMatchObject({ SampleCount: 2, Sum: 1, Maximum: 0.5 });
    } finally {
      cloudwatch.destroy();
    }
  });

  test('a PutMetricData refused with a 503 before CloudWatch stored anything: the retry delivers it, stored once (why retries stay on)', async () => {
    const schedule = newSchedule();
    await monitorRun(worlds, schedule, { features: ['tenure', 'contract'], violations: { violations: [driftViolation('tenure', 0.3)] } });
    const model = `churn-503-${schedule}`;
    const before = worlds.aws.requests.length;
    worlds.aws.faults.add({ service: 'monitoring', operation: 'PutMetricData', kind: 'http503', count: 1 });
    const result = await runStep(worlds, { 'monitoring-schedule': schedule, issue: 'off', 'cloudwatch-namespace': 'MLOps/Drift', 'model-name': model });
    expect(result.errors).toEqual([]);
    expect(worlds.aws.requests.slice(before).filter((r) => r.operation === 'PutMetricData')).toHaveLength(2);
    const cloudwatch = new CloudWatchClient(worlds.aws.clientConfig({ accessKeyId: HARNESS_ACCESS_KEY_ID, secretAccessKey: 'unchecked' }));
    try {
      const answer = await cloudwatch.send(
        new GetMetricStatisticsCommand({
          Namespace: 'MLOps/Drift',
          MetricName: 'DriftDetected',
          Dimensions: [{ Name: 'Model', Value: model }],
          StartTime: new Date(Date.now() - 86_400_000),
          EndTime: new Date(Date.now() + 86_400_000),
          Period: 86_400,
          Statistics: ['Maximum', 'SampleCount'],
        }),
      );
      expect(answer.Datapoints?.map((d) => ({ Maximum: d.Maximum, SampleCount: d.SampleCount }))).toEqual([{ Maximum: 1, SampleCount: 1 }]);
    } finally {
      cloudwatch.destroy();
    }
  });
});

/** The example alarm of the README (aws cloudwatch put-metric-alarm …), as users copy it. */
function readmeAlarm(): {
  namespace: string;
  metricName: string;
  statistic: string;
  period: number;
  evaluationPeriods: number;
  threshold: number;
  comparisonOperator: string;
  treatMissingData: string;
} {
  const readme = readFileSync(path.join(ACTION_DIR, 'README.md'), 'utf8');
  const command = /aws cloudwatch put-metric-alarm[^`]*/.exec(readme)?.[0];
  if (!command) throw new Error('the README has no example alarm (aws cloudwatch put-metric-alarm)');
  const option = (name: string): string => {
    const value = new RegExp(`--${name} (\\S+)`).exec(command)?.[1];
    if (value === undefined) throw new Error(`the README's alarm has no --${name}`);
    return value;
  };
  return {
    namespace: option('namespace'),
    metricName: option('metric-name'),
    statistic: option('statistic'),
    period: Number(option('period')),
    evaluationPeriods: Number(option('evaluation-periods')),
    threshold: Number(option('threshold')),
    comparisonOperator: option('comparison-operator'),
    treatMissingData: option('treat-missing-data'),
  };
}
