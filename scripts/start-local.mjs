// `npm start`: the whole MLOps loop run locally, job by job the way GitHub would run each (runWorkflowJob), against
// the local worlds of packages/testkit: AWS (moto + the SageMaker pipeline scenario layer + ECR in front of a real
// docker-registry), GitHub (REST + OIDC), Kubernetes (an EKS cluster's API server, controller and node). No cloud
// account, no network: everything listens on 127.0.0.1.
//
//   train     workflows-templates/sagemaker-train.yml      the pipeline runs and registers a model package
//   decide    workflows-templates/model-approval.yml       a reviewer approves (or rejects) it
//   gate      workflows-templates/deploy-on-approval.yml   the approval event (as infra/ sends it) passes the gate
//   build     workflows-templates/ml-build-deploy.yml      buildah builds the serving image, pushed to the local ECR
//   deploy    workflows-templates/ml-build-deploy.yml      job deploy-staging: the rollout in the cluster, health-checked
// The build and deploy jobs of ml-build-deploy.yml get the train and gate jobs' outputs as their `needs`.
//   drift     workflows-templates/drift-check.yml          drifted captured traffic opens an issue
//
// Scenarios (--scenario): happy (default), rollback (the new image fails its health check: rolled back),
// rejected (the reviewer rejects: nothing is built or deployed), drift (the drift check with retraining on: issue
// opened, retrain dispatch of ml-build-deploy.yml recorded, the first job of that run trains).
//
// Prints a timeline (one line per step and per job: result and duration), writes every job summary into one
// Markdown report (path printed) and the total time. Exit code 0 when every job ended as the scenario expects,
// 1 when one did not, 2 when the local setup failed, 130/143 on SIGINT/SIGTERM; the worlds and every process this
// script started are ended in every case.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CreateBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import {
  HARNESS_ACCESS_KEY_ID,
  PIPELINE_ROLE,
  buildahEnv,
  churnDefinition,
  runWorkflowJob,
  startAwsWorld,
  startGitHubWorld,
  startK8sWorld,
} from '@mlops-actions/testkit';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TEMPLATES = path.join(ROOT, 'workflows-templates');
const ML_BUILD_DEPLOY = path.join(TEMPLATES, 'ml-build-deploy.yml');
const DEPLOY_ROLE = 'arn:aws:iam::123456789012:role/github-mlops';
const PIPELINE = 'churn-training';
const GROUP = 'churn-models';
const BUCKET = 'churn-data';
const CLUSTER = 'ml-staging';
const NAMESPACE = 'staging';
const DEPLOYMENT = 'churn-serving';
const ECR_REPOSITORY = 'churn-serving';
/** What staging runs before the loop (revision 1), and what is deployed when buildah is missing. */
const RUNNING_IMAGE = `123456789012.dkr.ecr.us-east-1.amazonaws.com/${ECR_REPOSITORY}:v1`;
const KNOWN_IMAGE = `123456789012.dkr.ecr.us-east-1.amazonaws.com/${ECR_REPOSITORY}:known-good`;
const APPROVER = 'octocat';
/** Who pushed the commit that trains: not the approver (wait-approval refuses self-approval). */
const PUSHER = 'monalisa';

const SCENARIOS = {
  happy: 'train, approve, build, deploy (health-checked), drift check opens an issue',
  rollback: 'the new image fails its health check in staging: deploy-eks rolls back to the running revision',
  rejected: 'the reviewer rejects the model package: the gate refuses an approval event for it, nothing is built or deployed',
  drift: 'drifted traffic: the drift check opens an issue and dispatches ml-build-deploy.yml, whose first job retrains',
};

const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
const bold = (text) => (color ? `\u001b[1m${text}\u001b[0m` : text);
const dim = (text) => (color ? `\u001b[2m${text}\u001b[0m` : text);
const tint = (code, text) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
const print = (line = '') => process.stdout.write(`${line}\n`);
const seconds = (ms) => `${(ms / 1000).toFixed(1)}s`;
const MARK = { success: tint('32', '✓'), failure: tint('31', '✗'), cancelled: tint('33', '⊘'), skipped: dim('○') };

// ---------- clean-up: the worlds, temp folders, and any process still running under this one ----------

const closers = [];
let closing;
/** Set by SIGINT/SIGTERM: the run stops where it is (no timeline or report of a half-killed job). */
let stopping = false;
function cleanUp() {
  closing ??= (async () => {
    await endDescendants();
    await Promise.allSettled(closers.map((close) => close()));
    await endDescendants();
  })();
  return closing;
}

/** PIDs of every live process below this one (Linux /proc; elsewhere none are found and the worlds' close() stays). */
function descendants() {
  const children = new Map();
  let entries = [];
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return [];
  }
  for (const pid of entries) {
    try {
      // Fields after the ")" that ends the command name: state, ppid, ...
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(pid));
    } catch {
      // gone meanwhile
    }
  }
  const found = [];
  const queue = [process.pid];
  while (queue.length > 0) {
    for (const child of children.get(queue.shift()) ?? []) {
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

/** Step processes (an action waiting on a rollout, buildah...) get SIGTERM, then SIGKILL if still there after 5 s. */
async function endDescendants() {
  const pids = descendants();
  for (const pid of pids) signalPid(pid, 'SIGTERM');
  const deadline = Date.now() + 5_000;
  let left = pids.filter(alive);
  for (let pause = 10; left.length > 0 && Date.now() < deadline; pause = Math.min(pause * 2, 200)) {
    await new Promise((resolve) => setTimeout(resolve, pause));
    left = left.filter(alive);
  }
  for (const pid of left) signalPid(pid, 'SIGKILL');
}
function signalPid(pid, signal) {
  try {
    process.kill(pid, signal);
  } catch {
    // already gone
  }
}
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    stopping = true;
    print(`\n${signal}: stopping the run, ending its processes and closing the local worlds...`);
    void cleanUp().finally(() => {
      print(`${signal}: done, nothing left running.`);
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  });
}

// ---------- the run ----------

function options() {
  const { values } = parseArgs({
    options: { scenario: { type: 'string', default: 'happy' }, help: { type: 'boolean', short: 'h', default: false } },
    strict: true,
  });
  if (values.help) {
    print('npm start [-- --scenario NAME]   the whole MLOps loop, locally\n');
    for (const [name, what] of Object.entries(SCENARIOS)) print(`  ${name.padEnd(9)} ${what}`);
    process.exit(0);
  }
  if (!Object.hasOwn(SCENARIOS, values.scenario)) {
    throw new UsageError(`--scenario must be one of ${Object.keys(SCENARIOS).join(', ')}; got ${JSON.stringify(values.scenario)}`);
  }
  return values;
}
class UsageError extends Error {}

/** buildah on PATH (NO_BUILDAH=1 runs the path of a machine without it). */
function buildahAvailable() {
  if (process.env.NO_BUILDAH === '1') return false;
  try {
    execFileSync('buildah', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** The worlds, wired the way a user's AWS account, repository and cluster would be after deploying infra/. */
async function startWorlds({ withBuildah }) {
  const [aws, github, buildah] = await Promise.all([
    startAwsWorld({ ecr: withBuildah }),
    startGitHubWorld({ github: { workflowPath: '.github/workflows/sagemaker-train.yml' } }),
    withBuildah ? buildahEnv() : undefined,
  ]);
  closers.push(
    () => aws.close(),
    () => github.close(),
  );
  if (buildah) closers.push(() => buildah.close());
  // ECR's basic scan of each pushed image: finished, nothing found (build-push-ecr waits for it before passing).
  if (withBuildah) aws.ecr.setScan(ECR_REPOSITORY, '*', { status: 'COMPLETE', findings: [] });
  const k8s = await startK8sWorld({ clusterName: CLUSTER, aws });
  closers.push(() => k8s.close());
  await k8s.registerInAws(aws);

  // The IAM side of GitHub OIDC: the deploy role trusts this repository's tokens (any job, branch or environment).
  aws.trustWebIdentity({
    roleArn: DEPLOY_ROLE,
    jwks: github.oidc.jwks,
    issuer: github.oidc.issuer,
    audience: 'sts.amazonaws.com',
    subjects: [`repo:${github.repository}:*`],
  });
  await aws.createPipeline(PIPELINE, churnDefinition(GROUP), { roleArn: PIPELINE_ROLE });
  await seedDriftData(aws);

  // Staging runs revision 1 before the loop: the rollback scenario has something to roll back to.
  const healthy = (model) => ({ behaviour: { kind: 'ready', afterSeconds: 1 }, http: { status: 200, body: { status: 'ok', model } } });
  k8s.images.set(RUNNING_IMAGE, healthy('v1'));
  k8s.images.set(KNOWN_IMAGE, healthy('known-good'));
  k8s.apply({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: DEPLOYMENT, namespace: NAMESPACE },
    spec: {
      replicas: 2,
      selector: { matchLabels: { app: DEPLOYMENT } },
      template: {
        metadata: { labels: { app: DEPLOYMENT } },
        spec: { containers: [{ name: 'server', image: RUNNING_IMAGE, ports: [{ containerPort: 8080 }] }] },
      },
    },
  });
  k8s.apply({
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: DEPLOYMENT, namespace: NAMESPACE },
    spec: { selector: { app: DEPLOYMENT }, ports: [{ port: 8080, targetPort: 8080 }] },
  });
  return { aws, github, k8s, buildah, healthy };
}

const ROWS = Array.from({ length: 200 }, (_, i) => [i % 72, 20 + (i % 50), i % 3 === 0 ? 'two_year' : 'month']);
const BASELINE = `tenure,monthly_charges,contract\n${ROWS.map((r) => r.join(',')).join('\n')}\n`;

/** The training baseline, and a day of SageMaker Data Capture whose traffic has drifted away from it. */
async function seedDriftData(aws) {
  const s3 = new S3Client({ ...aws.clientConfig({ accessKeyId: HARNESS_ACCESS_KEY_ID, secretAccessKey: 'unchecked' }), forcePathStyle: true });
  try {
    await s3.send(new CreateBucketCommand({ Bucket: BUCKET }));
    await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'baselines/churn/train.csv', Body: BASELINE }));
    const at = new Date(Date.now() - 3_600_000);
    const hour = at.toISOString().slice(0, 13).replace(/-/g, '/').replace('T', '/');
    const captured = ROWS.map(([tenure, charges], i) =>
      JSON.stringify({
        captureData: {
          endpointInput: { observedContentType: 'text/csv', mode: 'INPUT', data: `${tenure + 30},${charges + 60},one_year`, encoding: 'CSV' },
        },
        eventMetadata: { eventId: String(i), inferenceTime: at.toISOString() },
        eventVersion: '0',
      }),
    );
    const key = `datacapture/${DEPLOYMENT}/AllTraffic/${hour}/capture.jsonl`;
    await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: captured.join('\n') }));
  } finally {
    s3.destroy();
  }
}

/** A checked-out repository for a retraining run: data/dataset.json pins the training data (see ml-build-deploy.yml). */
function datasetWorkspace(tmp) {
  const workspace = path.join(tmp, 'retrain-workspace');
  mkdirSync(path.join(workspace, 'data'), { recursive: true });
  const pin = { uri: `s3://${BUCKET}/baselines/churn/train.csv`, sha256: createHash('sha256').update(BASELINE).digest('hex') };
  writeFileSync(path.join(workspace, 'data', 'dataset.json'), `${JSON.stringify(pin, null, 2)}\n`);
  return workspace;
}

/** A checked-out repository for the build job: the serving image's context (FROM scratch: nothing is pulled). */
function servingWorkspace(tmp) {
  const workspace = path.join(tmp, 'workspace');
  mkdirSync(path.join(workspace, 'serving'), { recursive: true });
  writeFileSync(path.join(workspace, 'serving', 'Dockerfile'), 'FROM scratch\nARG MODEL_DATA_URL\nLABEL model-data-url=$MODEL_DATA_URL\nCOPY serve.py /app/\n');
  writeFileSync(path.join(workspace, 'serving', 'serve.py'), 'print("serving the churn model")\n');
  return workspace;
}

async function main() {
  const { scenario } = options();
  const started = Date.now();
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'mlops-start-'));
  closers.push(() => rmSync(tmp, { recursive: true, force: true }));
  const withBuildah = buildahAvailable();

  print(bold(`mlops-actions: the MLOps loop, locally (scenario ${scenario}: ${SCENARIOS[scenario]})`));
  print(dim('Starting the local worlds on 127.0.0.1: AWS (moto, SageMaker pipelines, ECR registry), GitHub (REST + OIDC), Kubernetes (EKS)...'));
  if (!withBuildah) {
    print(tint('33', `buildah is not installed (not on PATH): the image build is skipped and staging gets the known image ${KNOWN_IMAGE}.`));
  }
  const worlds = await startWorlds({ withBuildah });
  const { aws, github, k8s } = worlds;
  print(
    dim(`AWS ${aws.endpoint}, GitHub ${github.apiUrl}, Kubernetes ${k8s.server} (cluster ${CLUSTER}); role ${DEPLOY_ROLE} trusts repo:${github.repository}:*`),
  );
  print(dim(`Ready in ${seconds(Date.now() - started)}.`));

  const vars = {
    AWS_ROLE_ARN: DEPLOY_ROLE,
    AWS_REGION: 'us-east-1',
    SAGEMAKER_PIPELINE_NAME: PIPELINE,
    DATA_BUCKET: BUCKET,
    MODEL_PACKAGE_GROUP: GROUP,
    MODEL_APPROVERS: APPROVER,
    ECR_REPOSITORY,
    EKS_STAGING_CLUSTER: CLUSTER,
    K8S_DEPLOYMENT: DEPLOYMENT,
    K8S_HEALTH_CHECK_SERVICE: `${DEPLOYMENT}:8080`,
    IMAGE_BUILDER: 'buildah', // no Docker daemon here
    HEALTH_CHECK_INTERVAL: '500ms',
    HEALTH_CHECK_COUNT: '3',
    DRIFT_BASELINE: `s3://${BUCKET}/baselines/churn/train.csv`,
    DATA_CAPTURE_PREFIX: `s3://${BUCKET}/datacapture/${DEPLOYMENT}/`,
  };
  const env = { ...aws.env(), ...github.env(), ...(worlds.buildah?.env ?? {}) };
  const runs = [];

  /** One job, printed as it goes: a line per step, then a line for the job. `expect` is the scenario's verdict. */
  async function job(label, workflowFile, jobId, expect, options) {
    const workflowName = displayName(workflowFile);
    print();
    print(`${bold(label)} ${dim(`${workflowName}, job ${jobId} (${options.github.eventName})`)}`);
    const at = Date.now();
    const result = await runWorkflowJob({
      workflow: workflowFile,
      job: jobId,
      vars,
      env,
      ...options,
      github: { workflowPath: `.github/workflows/${path.basename(workflowFile)}`, ...options.github },
      onStep: (step) => {
        const took = step.conclusion === 'skipped' ? '' : ` ${seconds(step.endedAt - step.startedAt)}`;
        print(`    ${MARK[step.conclusion] ?? '?'} ${step.name}${dim(took)}`);
        for (const error of step.errors) print(`        ${tint('31', `Error: ${error}`)}`);
      },
    });
    if (stopping) await new Promise(() => {}); // the signal handler ends the process
    const run = { label, workflowName, jobId, at: at - started, took: Date.now() - at, result, conclusion: result.conclusion, expect };
    runs.push(run);
    printJobLine(run);
    return result;
  }
  /** A job the loop does not reach in this scenario (its trigger never comes), with the reason. */
  function skipped(label, workflowFile, jobId, reason) {
    const run = { label, workflowName: displayName(workflowFile), jobId, at: Date.now() - started, took: 0, conclusion: 'skipped', expect: 'skipped', reason };
    runs.push(run);
    print();
    printJobLine(run);
  }

  if (scenario === 'drift') {
    await driftLoop({ job, k8s, github, tmp });
  } else {
    await releaseLoop({ scenario, job, skipped, worlds, tmp, withBuildah });
  }

  const total = Date.now() - started;
  const report = writeReport({ scenario, runs, total, tmp: os.tmpdir(), withBuildah });
  const unexpected = runs.filter((r) => r.conclusion !== r.expect);
  print();
  print(bold('Timeline'));
  for (const run of runs) print(timelineLine(run));
  print();
  print(`Report (every job summary): ${report}`);
  if (unexpected.length > 0) {
    print(tint('31', `Not as the scenario expects: ${unexpected.map((r) => `${r.label} ${r.conclusion} (expected ${r.expect})`).join(', ')}`));
  }
  print(bold(`Scenario ${scenario}: ${unexpected.length === 0 ? 'as expected' : 'NOT as expected'}. Total ${seconds(total)}.`));
  return unexpected.length === 0 ? 0 : 1;
}

/** train -> decide -> gate -> build -> deploy (-> drift, happy path). */
async function releaseLoop({ scenario, job, skipped, worlds, tmp, withBuildah }) {
  const { k8s, github, healthy } = worlds;
  const train = await job('train', path.join(TEMPLATES, 'sagemaker-train.yml'), 'train', 'success', {
    github: { eventName: 'push', actor: PUSHER, triggeringActor: PUSHER },
  });
  const modelPackageArn = train.outputs['model-package-arn'] ?? '';
  if (train.conclusion !== 'success' || !modelPackageArn) return;

  const rejected = scenario === 'rejected';
  const decide = await job('decide', path.join(TEMPLATES, 'model-approval.yml'), 'decide', 'success', {
    github: { eventName: 'workflow_dispatch', actor: APPROVER, triggeringActor: APPROVER },
    inputs: rejected
      ? { decision: 'reject', comment: 'recall on the churners dropped 4 points', 'model-package-arn': modelPackageArn }
      : { decision: 'approve', comment: 'AUC 0.91 on the holdout set', 'model-package-arn': modelPackageArn },
  });
  if (decide.conclusion !== 'success') return;
  if (rejected) {
    print(dim("    infra/'s rule sends model-package-approved only for Approved packages; one is sent anyway here (a forged or"));
    print(dim('    mistaken dispatch) to show that the gate refuses it and nothing after it runs'));
  }

  // The approval event, as infra/'s EventBridge rule sends it to GitHub (repository_dispatch).
  const version = modelPackageArn.split('/').at(-1);
  const dispatch = { model_package_arn: modelPackageArn, model_package_version: version, model_package_group: GROUP };
  const approvalEvent = { eventName: 'repository_dispatch', event: { action: 'model-package-approved', client_payload: dispatch } };
  const gate = await job('gate', path.join(TEMPLATES, 'deploy-on-approval.yml'), 'gate', rejected ? 'failure' : 'success', { github: approvalEvent });
  // ml-build-deploy.yml's jobs after its approval: start-pipeline's outputs are train's, wait-approval's the gate's.
  const needs = { 'start-pipeline': { result: train.conclusion, outputs: train.outputs }, 'wait-approval': { result: gate.conclusion, outputs: gate.outputs } };
  const push = { eventName: 'push', actor: PUSHER, triggeringActor: PUSHER };
  // docker/setup-buildx-action is skipped (IMAGE_BUILDER is buildah), but the runner resolves every step first.
  const standIns = { 'docker/setup-buildx-action': path.join(TEMPLATES, 'test', 'fixtures', 'noop-action') };
  if (gate.conclusion !== 'success') {
    // The runner skips the jobs that need a failed one (their if: is success()): judged by runWorkflowJob too.
    const before = currentImage(k8s);
    const build = { result: 'skipped', outputs: {} };
    await job('build', ML_BUILD_DEPLOY, 'build-push-ecr', 'skipped', { github: push, needs, actions: standIns });
    await job('deploy', ML_BUILD_DEPLOY, 'deploy-staging', 'skipped', {
      github: push,
      needs: { 'wait-approval': needs['wait-approval'], 'build-push-ecr': build },
    });
    print(dim(`    staging still runs ${currentImage(k8s)}${currentImage(k8s) === before ? ' (unchanged)' : ''}`));
    return;
  }
  let image = KNOWN_IMAGE;
  if (withBuildah) {
    const build = await job('build', ML_BUILD_DEPLOY, 'build-push-ecr', 'success', {
      github: push,
      actions: standIns,
      workspace: servingWorkspace(tmp),
      needs,
    });
    if (build.conclusion !== 'success') return;
    image = build.outputs['image-uri-with-digest'];
  } else {
    skipped('build', ML_BUILD_DEPLOY, 'build-push-ecr', `buildah is not installed: deploying the known image ${KNOWN_IMAGE}`);
  }

  // What the new container does in the cluster: healthy, or (rollback) failing its health endpoint.
  const rollback = scenario === 'rollback';
  k8s.images.set(image, rollback ? { behaviour: { kind: 'ready', afterSeconds: 1 }, http: { status: 503, body: { status: 'degraded' } } } : healthy('new'));
  const deploy = await job('deploy', ML_BUILD_DEPLOY, 'deploy-staging', rollback ? 'failure' : 'success', {
    github: push,
    needs: { 'wait-approval': needs['wait-approval'], 'build-push-ecr': { result: 'success', outputs: { 'image-uri-with-digest': image } } },
  });
  print(dim(`    staging runs ${currentImage(k8s)}${deploy.outputs['rolled-back'] === 'true' ? ' (rolled back)' : ''}`));
  if (rollback) return;

  await job('drift', path.join(TEMPLATES, 'drift-check.yml'), 'drift', 'success', {
    github: { eventName: 'schedule' },
    actions: { 'actions/upload-artifact': path.join(TEMPLATES, 'test', 'fixtures', 'upload-artifact') },
  });
  printIssues(github);
}

/** drift-check.yml (it retrains on drift) -> the first job of the release run it dispatched. */
async function driftLoop({ job, github, tmp }) {
  const drift = await job('drift', path.join(TEMPLATES, 'drift-check.yml'), 'drift', 'success', {
    github: { eventName: 'schedule' },
    actions: { 'actions/upload-artifact': path.join(TEMPLATES, 'test', 'fixtures', 'upload-artifact') },
  });
  printIssues(github);
  const dispatched = github.state.dispatches.filter((d) => d.kind === 'workflow_dispatch');
  for (const d of dispatched) print(dim(`    retrain dispatch recorded: workflow ${d.workflow_id} on ${d.ref}, inputs ${JSON.stringify(d.inputs)}`));
  if (drift.conclusion !== 'success' || dispatched.length === 0) return;
  const [retrain] = dispatched;
  // The dispatched run's first job: it reads the dataset pin of the checked-out commit and trains.
  await job('retrain', path.join(TEMPLATES, retrain.workflow_id), 'start-pipeline', 'success', {
    github: { eventName: 'workflow_dispatch', ref: retrain.ref.startsWith('refs/') ? retrain.ref : `refs/heads/${retrain.ref}` },
    inputs: retrain.inputs,
    workspace: datasetWorkspace(tmp),
  });
}

/** A workflow by its path in the repository. */
function displayName(workflowFile) {
  return path.relative(ROOT, workflowFile);
}

function currentImage(k8s) {
  return k8s.get('deployments', NAMESPACE, DEPLOYMENT)?.spec?.template?.spec?.containers?.[0]?.image ?? '(none)';
}
function printIssues(github) {
  for (const issue of github.state.issues) print(dim(`    issue #${issue.number} ${issue.state}: ${issue.title} [${issue.labels.join(', ')}]`));
}

function verdict(run) {
  return run.conclusion === run.expect ? '' : tint('31', ` (expected ${run.expect})`);
}
function printJobLine(run) {
  const facts = jobFacts(run);
  print(`${MARK[run.conclusion] ?? '?'} ${bold(`${run.label}: ${run.conclusion}`)} ${dim(seconds(run.took))}${verdict(run)}${facts ? `  ${facts}` : ''}`);
}
function timelineLine(run) {
  const where = `${run.workflowName}, job ${run.jobId}`;
  return `  ${MARK[run.conclusion] ?? '?'} ${`+${seconds(run.at)}`.padStart(7)} ${seconds(run.took).padStart(6)}  ${run.label.padEnd(8)} ${run.conclusion.padEnd(8)} ${dim(where)}${verdict(run)}`;
}
/** The one fact a reader looks for in each job. */
function jobFacts(run) {
  if (run.reason) return run.reason;
  const o = run.result?.outputs ?? {};
  if (o['rolled-back'] === 'true') return `rolled back: ${o['failure-reason'] ?? ''}`;
  if (o.revision) return `revision ${o.revision} (was ${o['previous-revision'] || '-'})`;
  if (o['image-uri-with-digest']) return o['image-uri-with-digest'];
  if (o['approval-status']) return `${o['approval-status']} by ${o['decided-by'] || '?'}`;
  if (o['drift-detected']) return `drift ${o['drift-detected']} (share ${o['drift-share']})`;
  if (o['model-package-arn']) return o['model-package-arn'];
  return '';
}

/** One Markdown file: the timeline, then each job's summary as the run page shows it. */
function writeReport({ scenario, runs, total, tmp, withBuildah }) {
  const cell = (text) => String(text).replaceAll('|', '\\|').replaceAll('\n', ' ');
  const lines = [
    `# mlops-actions local loop: scenario ${scenario}`,
    '',
    `${SCENARIOS[scenario]}. Total ${seconds(total)}.${withBuildah ? '' : ' buildah is not installed: the image build was skipped.'}`,
    '',
    '| Job | Workflow | Start | Took | Result | Expected |',
    '| --- | --- | --- | --- | --- | --- |',
    ...runs.map((r) => `| ${r.label} | ${cell(`${r.workflowName} (${r.jobId})`)} | +${seconds(r.at)} | ${seconds(r.took)} | ${r.conclusion} | ${r.expect} |`),
  ];
  for (const run of runs) {
    lines.push('', `## ${run.label}: ${run.workflowName}, job ${run.jobId} (${run.conclusion})`, '');
    if (run.reason) lines.push(`Not run: ${run.reason}.`);
    else if (run.result.summary.trim()) lines.push(run.result.summary.trim());
    else lines.push('(no step wrote a job summary)');
    const errors = run.result?.steps.flatMap((s) => s.errors.map((e) => `- ${s.name}: ${cell(e)}`)) ?? [];
    if (errors.length > 0) lines.push('', '### Errors', '', ...errors);
  }
  const file = path.join(tmp, `mlops-actions-start-${scenario}-${process.pid}.md`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

let code = 2;
try {
  code = await main();
} catch (error) {
  const text = error instanceof UsageError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`npm start: ${text}\n`);
  code = 2;
} finally {
  await cleanUp();
}
process.exit(code);
