// The paths of check-drift that its README's IAM policy must allow, run as a role the caller describes (the
// README's policy in test/iam-policy.test.ts; the deploy role of infra/, the union of every action's policy, in
// infra/test/deploy-role-iam.test.ts). The data is in the README's bucket (BUCKET) under the README's prefixes,
// and the metrics go to the README's namespace: the caller's role must grant those.
import type { RunResult } from '@mlops-actions/testkit';
import { expect } from 'vitest';
import { BUCKET, driftViolation, monitorRun, put, runStep, type Worlds } from './worlds.js';

export type IamPath = 'model-monitor' | 'data-capture' | 's3-prefix';
export const IAM_PATHS: readonly IamPath[] = ['model-monitor', 'data-capture', 's3-prefix'];
export const README_NAMESPACE = 'MLOps/Drift';
const FEATURES = ['tenure', 'monthly_charges'];

/** A role's trust statement (GitHub OIDC) and identity policy. */
export interface RoleUnderTest {
  trust: object;
  policy: object;
}

let counter = 0;

const hour = (d: Date): string => d.toISOString().slice(0, 13).replace(/-/g, '/').replace('T', '/');
const capture = (data: string, at: Date): string =>
  JSON.stringify({
    captureData: { endpointInput: { observedContentType: 'text/csv', mode: 'INPUT', data, encoding: 'CSV' } },
    eventMetadata: { eventId: 'e', inferenceTime: at.toISOString() },
  });

export async function runIamPath(worlds: Worlds, kind: IamPath, roleFor: (names: { bucket: string; namespace: string }) => RoleUnderTest): Promise<RunResult> {
  counter += 1;
  const role = roleFor({ bucket: BUCKET, namespace: README_NAMESPACE });
  const roleArn = await worlds.aws.iam.createRole({
    name: `github-drift-${process.pid}-${counter}`,
    trustPolicy: { Version: '2012-10-17', Statement: [role.trust] },
    policies: { 'check-drift': role.policy },
    oidc: worlds.github.oidc,
  });
  const inputs: Record<string, string> = { 'role-to-assume': roleArn, 'cloudwatch-namespace': README_NAMESPACE, issue: 'off' };
  const run = `${process.pid}-${counter}`;
  if (kind === 'model-monitor') {
    const schedule = `churn-monitor-iam-${run}`;
    await monitorRun(worlds, schedule, { features: FEATURES, violations: { violations: [driftViolation('tenure', 0.3)] } });
    inputs['monitoring-schedule'] = schedule;
  } else {
    const baseline = `baselines/churn-${run}/train.csv`;
    await put(worlds, baseline, `tenure,monthly_charges\n${Array.from({ length: 50 }, (_, i) => `${i},${20 + i}`).join('\n')}\n`);
    inputs.baseline = `s3://${BUCKET}/${baseline}`;
    const at = new Date(Date.now() - 3_600_000);
    if (kind === 'data-capture') {
      const lines = Array.from({ length: 50 }, (_, i) => capture(`${i + 40},${90 + i}`, at)).join('\n');
      await put(worlds, `datacapture/churn-${run}/AllTraffic/${hour(at)}/c.jsonl`, lines);
      Object.assign(inputs, { current: `s3://${BUCKET}/datacapture/churn-${run}/`, 'current-format': 'data-capture' });
    } else {
      await put(
        worlds,
        `baselines/churn-${run}/today/part-0.csv`,
        `tenure,monthly_charges\n${Array.from({ length: 50 }, (_, i) => `${i + 40},${90 + i}`).join('\n')}\n`,
      );
      inputs.current = `s3://${BUCKET}/baselines/churn-${run}/today/`;
    }
  }
  return runStep(worlds, inputs, { auth: 'none' });
}

/** What each path shows when the role allows what it needs: drift found, and (Model Monitor) the metrics put. */
export function expectIamPathWorked(kind: IamPath, result: RunResult, worlds: Worlds): void {
  expect(result.errors).toEqual([]);
  expect(result.outputs['drift-detected']).toBe('true');
  if (kind === 'model-monitor') expect(worlds.aws.requests.filter((r) => r.operation === 'PutMetricData').at(-1)?.status).toBe(200);
}
