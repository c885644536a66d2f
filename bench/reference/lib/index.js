// The reference action of bench/run.mjs: the least that any action calling SageMaker has to ship and run —
// @actions/core for inputs/outputs, the SageMaker client, one DescribePipelineExecution. The benchmark bundles it
// with scripts/bundle.mjs (the actions' exact ncc settings; bundle() reads `<dir>/lib/index.js`, hence this
// path) into a temp dir. Plain ESM JavaScript, so no build step sits between this file and its bundle.
// The input is read before the client is made, as the actions do, so the benchmark's phase split (module
// loading until the first INPUT_* read) means the same thing for both.
import * as core from '@actions/core';
import { DescribePipelineExecutionCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';

try {
  const executionArn = core.getInput('execution-arn', { required: true });
  const client = new SageMakerClient({});
  const out = await client.send(new DescribePipelineExecutionCommand({ PipelineExecutionArn: executionArn }));
  core.setOutput('status', out.PipelineExecutionStatus ?? '');
} catch (error) {
  core.setFailed(error instanceof Error ? error.message : String(error));
}
