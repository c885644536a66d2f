// `npm start`: the train job of workflows-templates/sagemaker-train.yml, run locally the way GitHub would run it
// (runWorkflowJob), against the local AWS world (moto + the pipeline scenario layer) and the local GitHub world
// (REST + OIDC). No cloud account, no network: everything listens on 127.0.0.1.
//
// Prints each step's log as the run page shows it, the job outputs and the job summary (tables as text, the
// mermaid graph as written); writes the raw summary markdown under the OS temp dir. Exit code 0 when the job
// succeeds, 1 when it fails, 2 when the local setup itself fails; the worlds are closed in every case (Ctrl-C too).
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PIPELINE_ROLE, churnDefinition, renderLog, renderSummary, runWorkflowJob, startAwsWorld, startGitHubWorld } from '@mlops-actions/testkit';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WORKFLOW = path.join(ROOT, 'workflows-templates', 'sagemaker-train.yml');
const JOB = 'train';
const DEPLOY_ROLE = 'arn:aws:iam::123456789012:role/github-mlops';
const PIPELINE = 'churn-training';
const GROUP = 'churn-models';
const BUCKET = 'churn-data';
const GITHUB = { eventName: 'push', workflowPath: '.github/workflows/sagemaker-train.yml', job: JOB };

const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
const bold = (text) => (color ? `\u001b[1m${text}\u001b[0m` : text);
const dim = (text) => (color ? `\u001b[2m${text}\u001b[0m` : text);
const tint = (code, text) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
const print = (line = '') => process.stdout.write(`${line}\n`);
const seconds = (ms) => `${(ms / 1000).toFixed(1)}s`;
const MARK = { success: tint('32', '✓'), failure: tint('31', '✗'), cancelled: tint('33', '⊘'), skipped: dim('○') };

let worlds = [];
let closing;
function closeWorlds() {
  closing ??= Promise.allSettled(worlds.map((w) => w.close()));
  return closing;
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    print(`\n${signal}: closing the local worlds...`);
    void closeWorlds().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  });
}

function printStep(step) {
  const took = step.conclusion === 'skipped' ? '' : dim(` ${seconds(step.endedAt - step.startedAt)}`);
  print(`${MARK[step.conclusion] ?? '?'} ${bold(step.name)}${took}`);
  for (const line of renderLog(step.log, { color }, '    ')) print(line);
  if (step.outcome === 'failure' && step.conclusion === 'success') print(dim('    (continue-on-error: the job goes on)'));
}

async function main() {
  const started = Date.now();
  print(bold('mlops-actions: local run of workflows-templates/sagemaker-train.yml, job train'));
  print(dim('Starting the local AWS world (moto) and GitHub world (REST + OIDC) on 127.0.0.1...'));
  const [aws, github] = await Promise.all([startAwsWorld(), startGitHubWorld({ github: GITHUB })]);
  worlds = [aws, github];
  // The IAM side of GitHub OIDC: the deploy role trusts this repository's tokens with the default audience.
  aws.trustWebIdentity({
    roleArn: DEPLOY_ROLE,
    jwks: github.oidc.jwks,
    issuer: github.oidc.issuer,
    audience: 'sts.amazonaws.com',
    subjects: ['repo:octo-org/churn-model:*'],
  });
  const pipelineArn = await aws.createPipeline(PIPELINE, churnDefinition(GROUP), { roleArn: PIPELINE_ROLE });
  const vars = { AWS_ROLE_ARN: DEPLOY_ROLE, AWS_REGION: 'us-east-1', SAGEMAKER_PIPELINE_NAME: PIPELINE, DATA_BUCKET: BUCKET };
  print(dim(`AWS ${aws.endpoint} (moto ${aws.motoEndpoint}), GitHub ${github.apiUrl}`));
  print(dim(`Pipeline ${pipelineArn} (model package group ${GROUP}); role ${DEPLOY_ROLE} trusts repo:octo-org/churn-model:*`));
  print(
    dim(
      `vars: ${Object.entries(vars)
        .map(([k, v]) => `${k}=${v}`)
        .join(' ')}`,
    ),
  );
  print(dim(`Ready in ${seconds(Date.now() - started)}. Event: push to refs/heads/main of ${github.repository}.`));
  print();

  const job = await runWorkflowJob({
    workflow: WORKFLOW,
    job: JOB,
    vars,
    env: { ...aws.env(), ...github.env() },
    github: GITHUB,
    onStep: printStep,
  });

  // Post steps: the runner lists them after the last step, in reverse order.
  for (const step of [...job.steps].reverse()) {
    if (!step.post) continue;
    print(`${MARK[step.post.conclusion] ?? '?'} ${bold(`Post ${step.name}`)}`);
    for (const line of renderLog(step.post.log, { color }, '    ')) print(line);
  }
  for (const warning of job.warnings) print(tint('33', `Warning: ${warning}`));

  print();
  print(bold(`Job ${job.name}: ${job.conclusion}`) + dim(` (${seconds(Date.now() - started)} in all)`));
  print();
  print(bold('Job outputs'));
  const width = Math.max(0, ...Object.keys(job.outputs).map((k) => k.length));
  for (const [name, value] of Object.entries(job.outputs)) print(`  ${name.padEnd(width)}  ${value || dim('(empty)')}`);

  print();
  print(bold('Job summary'));
  if (job.summary.trim()) {
    for (const line of renderSummary(job.summary, { color })) print(`  ${line}`.trimEnd());
    const file = path.join(os.tmpdir(), `mlops-actions-${JOB}-summary-${process.pid}.md`);
    writeFileSync(file, job.summary);
    print();
    print(`Raw summary markdown: ${file}`);
  } else {
    print(dim('  (no step wrote a summary)'));
  }
  return job.conclusion === 'success' ? 0 : 1;
}

let code = 2;
try {
  code = await main();
} catch (error) {
  process.stderr.write(`npm start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  code = 2;
} finally {
  await closeWorlds();
}
process.exit(code);
