// What each action needs for a cold-start run against the AWS world: its inputs (and any world state). The
// measured span ends at the action's first AWS request, so a scenario only has to get the action that far,
// and should keep the run short (no waiting). An action without an entry here is still picked up: it gets the
// generic scenario (every required input without a default set to a placeholder), and the benchmark reports
// "n/a" for it if that makes no AWS request. Add an entry when a new action lands.
import { churnDefinition, PIPELINE_ROLE } from '@mlops-actions/testkit';

export const scenarios = {
  'start-pipeline': {
    async setup(aws) {
      const name = 'bench-churn-training';
      await aws.createPipeline(name, churnDefinition('bench-churn-models'), { roleArn: PIPELINE_ROLE });
      return { inputs: { 'pipeline-name': name, wait: 'false' } };
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
