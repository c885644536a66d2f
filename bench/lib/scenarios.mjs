// What each action needs for a cold-start run against the AWS world: its inputs (and any world state). The
// measured span ends at the action's first AWS request, so a scenario only has to get the action that far,
// and should keep the run short (no waiting). An action without an entry here is still picked up: it gets the
// generic scenario (every required input without a default set to a placeholder), and the benchmark reports
// "n/a" for it if that makes no AWS request. Add an entry when a new action lands.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildahEnv, churnDefinition, PIPELINE_ROLE } from '@mlops-actions/testkit';
import { rebuildContext } from './ecr-rebuild.mjs';

export const scenarios = {
  'start-pipeline': {
    async setup(aws) {
      const name = 'bench-churn-training';
      await aws.createPipeline(name, churnDefinition('bench-churn-models'), { roleArn: PIPELINE_ROLE });
      return { inputs: { 'pipeline-name': name, wait: 'false' } };
    },
  },
  // A real build and push (buildah into the world's ECR registry) on the first run; every later run of the same
  // inputs finds the image by its build fingerprint and pushes nothing (its first AWS call is DescribeRepositories).
  'build-push-ecr': {
    async setup() {
      const buildah = await buildahEnv();
      const work = mkdtempSync(path.join(os.tmpdir(), 'bench-ecr-coldstart-'));
      rebuildContext(path.join(work, 'app'));
      process.once('exit', () => {
        rmSync(work, { recursive: true, force: true });
        rmSync(buildah.dir, { recursive: true, force: true });
      });
      return {
        inputs: { repository: 'bench-serving', context: path.join(work, 'app'), builder: 'buildah', 'fail-on-severity': 'none' },
        env: buildah.env,
      };
    },
  },
  // The first AWS request is DescribeModelPackage of a package that does not exist (the run ends after the span).
  'wait-approval': {
    async setup() {
      return { inputs: { 'model-package-arn': 'arn:aws:sagemaker:us-east-1:123456789012:model-package/bench-churn-models/1' }, failsAfterFirstRequest: true };
    },
  },
  // The first AWS request is DescribeCluster (the cluster does not exist: the run ends after the measured span).
  'deploy-eks': {
    async setup() {
      return {
        inputs: { 'cluster-name': 'bench-cluster', deployment: 'churn-serving', container: 'serving', image: 'registry.example:5000/churn-serving:1' },
        failsAfterFirstRequest: true,
      };
    },
  },
  // Model Monitor mode: the first AWS request is ListMonitoringExecutions of the schedule (an empty answer ends the
  // run with its own error after the measured span). `issue: off` keeps GitHub out of the measurement.
  'check-drift': {
    async setup() {
      return { inputs: { 'monitoring-schedule': 'bench-churn-monitor', issue: 'off' }, failsAfterFirstRequest: true };
    },
  },
};

/** The scenario of an action: its entry above, or placeholders for its required inputs. */
export async function scenarioFor(name, manifestInputs, aws) {
  const known = scenarios[name];
  if (known) return { generic: false, ...(await known.setup(aws)) };
  const inputs = {};
  for (const [input, spec] of Object.entries(manifestInputs ?? {})) {
    if (spec?.required && spec.default === undefined) inputs[input] = 'bench';
  }
  return { generic: true, inputs };
}
