// ml-build-deploy.yml run end to end through runWorkflow (every job, in needs order, outputs through needs) against
// the local worlds: AWS (moto + the pipeline scenario; ECR bridged to a real docker-registry), GitHub (REST + OIDC),
// Kubernetes (API server + Deployment controller, EKS tokens checked against the AWS world) and buildah. The
// approval comes through model-approval.yml, run the same way between the jobs.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DescribeModelPackageCommand } from '@aws-sdk/client-sagemaker';
import {
  PIPELINE_ROLE,
  buildahEnv,
  churnDefinition,
  runWorkflow,
  startAwsWorld,
  startGitHubWorld,
  startK8sWorld,
  type AwsWorld,
  type BuildahSandbox,
  type GitHubWorld,
  type K8sWorld,
  type NeededJob,
  type WorkflowRunResult,
} from '@mlops-actions/testkit';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { GOOD_V1, REGISTRY, deploymentOf, newDeployment } from '../../actions/deploy-eks/test/worlds.js';

const here = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WORKFLOW = path.join(here, 'ml-build-deploy.yml');
const DEPLOY_ROLE = 'arn:aws:iam::123456789012:role/github-mlops';
const PIPELINE = 'churn-training';
const GROUP = 'churn-models';
const CLUSTER = 'ml-cluster';
const APP = 'churn-model';
const DATASET = { uri: 's3://churn-data/datasets/2026-11-30/churn.csv', sha256: 'ab'.repeat(32) };
const github = { workflowPath: '.github/workflows/ml-build-deploy.yml', actor: 'octocat', triggeringActor: 'octocat' };
const vars = {
  AWS_ROLE_ARN: DEPLOY_ROLE,
  AWS_REGION: 'us-east-1',
  SAGEMAKER_PIPELINE_NAME: PIPELINE,
  ECR_REPOSITORY: 'churn-serving',
  IMAGE_BUILDER: 'buildah',
  EKS_STAGING_CLUSTER: CLUSTER,
  EKS_PRODUCTION_CLUSTER: CLUSTER,
  K8S_DEPLOYMENT: APP,
  K8S_CONTAINER: 'server',
  K8S_HEALTH_CHECK_SERVICE: `${APP}:8080`,
  HEALTH_CHECK_INTERVAL: '1s',
  HEALTH_CHECK_COUNT: '2',
  PIPELINE_POLL_INTERVAL: '2s',
  // model-approval.yml
  MODEL_PACKAGE_GROUP: GROUP,
  MODEL_APPROVERS: 'hubot',
};
const HEALTHY = { behaviour: { kind: 'ready', afterSeconds: 1 }, http: { status: 200, body: { status: 'ok' } } } as const;
const UNHEALTHY = { behaviour: { kind: 'ready', afterSeconds: 1 }, http: { status: 500, body: { status: 'model failed to load' } } } as const;

// buildah builds the serving image for real when it is installed; without it (or with NO_BUILDAH=1) the build job is
// not run and its outputs are given (said on the console): an image per commit that the Kubernetes world runs with
// its default behaviour. Everything else still runs.
const hasBuildah = !process.env.NO_BUILDAH && spawnSync('buildah', ['--version']).status === 0;

let aws: AwsWorld;
let gh: GitHubWorld;
let k8s: K8sWorld;
let buildah: BuildahSandbox | undefined;
let repo: string;
beforeAll(async () => {
  [aws, gh, buildah] = await Promise.all([
    startAwsWorld({ ecr: true }),
    startGitHubWorld({ github: { ...github, eventName: 'push' } }),
    hasBuildah ? buildahEnv() : Promise.resolve(undefined),
  ]);
  if (!hasBuildah) console.warn('buildah is not installed: job build-push-ecr is not run; its outputs are given (options.given)');
  k8s = await startK8sWorld({ clusterName: CLUSTER, aws, namespaces: ['default', 'kube-system', 'staging', 'production'] });
  await k8s.registerInAws(aws);
  k8s.images.set(GOOD_V1, HEALTHY);
  // The subjects GitHub gives this repository's jobs: the branch, and the two environments of the deploy jobs.
  aws.trustWebIdentity({
    roleArn: DEPLOY_ROLE,
    jwks: gh.oidc.jwks,
    issuer: gh.oidc.issuer,
    audience: 'sts.amazonaws.com',
    subjects: [
      'repo:octo-org/churn-model:ref:refs/heads/main',
      'repo:octo-org/churn-model:environment:staging',
      'repo:octo-org/churn-model:environment:production',
    ],
  });
  await aws.createPipeline(PIPELINE, churnDefinition(GROUP), { roleArn: PIPELINE_ROLE });
  // The scan on push finds nothing at or above the template's default gate (critical).
  aws.ecr.setScan(vars.ECR_REPOSITORY, '*', {
    status: 'COMPLETE',
    findings: [{ name: 'CVE-2024-0003', severity: 'MEDIUM', packageName: 'libxml2', packageVersion: '2.9.10' }],
  });
  const worlds = { aws, k8s, close: async () => {} };
  for (const namespace of ['staging', 'production']) await newDeployment(worlds, { name: APP, namespace, image: GOOD_V1 });
  // The repository at the pushed commit: the dataset pin and the serving image's build context.
  repo = mkdtempSync(path.join(os.tmpdir(), 'ml-build-deploy-repo-'));
  mkdirSync(path.join(repo, 'data'));
  mkdirSync(path.join(repo, 'serving'));
  writeFileSync(path.join(repo, 'data', 'dataset.json'), `${JSON.stringify(DATASET, null, 2)}\n`);
  writeFileSync(
    path.join(repo, 'serving', 'Dockerfile'),
    'FROM scratch\nARG MODEL_DATA_URL\nLABEL model-data-url=$MODEL_DATA_URL\nCOPY serve.py /app/serve.py\n',
  );
  writeFileSync(path.join(repo, 'serving', 'serve.py'), 'print("serving")\n');
}, 120_000);
afterAll(async () => {
  await Promise.all([k8s?.close(), aws?.close(), gh?.close(), buildah?.close()]);
});

/** Approves or rejects through model-approval.yml, as a reviewer would from the Actions tab. */
async function review(arn: string, decision: 'approve' | 'reject', comment: string): Promise<WorkflowRunResult> {
  return runWorkflow({
    workflow: path.join(here, 'model-approval.yml'),
    event: { name: 'workflow_dispatch', inputs: { decision, comment, 'model-package-arn': arn } },
    vars,
    env: { ...aws.env(), ...gh.env() },
    github: { workflowPath: '.github/workflows/model-approval.yml', actor: 'hubot', triggeringActor: 'hubot' },
    oidc: gh.oidc,
  });
}

/**
 * One push of `sha` changing the dataset pin, the chain run to the end; the reviewer decides after training. Each push
 * is a run of its own (run id), as on GitHub: start-pipeline treats the same run id as a re-run and attaches to the
 * execution it started before.
 */
async function push(sha: string, decision: 'approve' | 'reject') {
  const reviews: WorkflowRunResult[] = [];
  // The OIDC subjects of the tokens each job got.
  const subjects: Record<string, string[]> = {};
  let issuedBefore = 0;
  const given: Record<string, NeededJob> = hasBuildah
    ? {}
    : {
        'build-push-ecr': {
          result: 'success',
          outputs: { 'image-uri-with-digest': `${REGISTRY}/churn-serving:${sha}`, 'image-uri': `${REGISTRY}/churn-serving:${sha}` },
        },
      };
  const run = await runWorkflow({
    workflow: WORKFLOW,
    event: { name: 'push', changedFiles: ['data/dataset.json'] },
    github: { ...github, sha, runId: `9${sha.slice(0, 9).replace(/\D/g, '0')}`, runNumber: sha.slice(0, 1) },
    vars,
    env: { ...aws.env(), ...gh.env(), ...(buildah?.env ?? {}) },
    checkout: repo,
    actions: { 'docker/setup-buildx-action': path.join(here, 'test', 'fixtures', 'noop-action') },
    environments: { production: 'approve' },
    given,
    oidc: gh.oidc,
    onJobStart: (job) => {
      issuedBefore = gh.oidc.issued.length;
      subjects[job] = [];
    },
    // DEBUG_CHAIN=1 prints each step as it ends (and the tail of a failed step's log).
    onStep: (job, step) =>
      process.env.DEBUG_CHAIN &&
      console.log(
        new Date().toISOString(),
        job,
        step.id,
        step.conclusion,
        step.errors.join(' / '),
        step.conclusion === 'failure' ? step.log.slice(-15).join('\n') : '',
      ),
    onJob: async (job) => {
      if (subjects[job.job]) subjects[job.job] = [...new Set(gh.oidc.issued.slice(issuedBefore).map((t) => t.claims.sub))];
      if (job.job !== 'start-pipeline' || job.conclusion !== 'success') return;
      reviews.push(await review(job.outputs['model-package-arn'] ?? '', decision, decision === 'approve' ? 'AUC 0.91 on holdout' : 'AUC below baseline'));
    },
  });
  return { run, review: reviews[0], subjects };
}

/** The lineage job's table as rows of cells. */
function lineage(run: WorkflowRunResult): Record<string, [string, string]> {
  const rows = (run.jobs.lineage?.summary ?? '')
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| Stage') && !line.startsWith('| ---'))
    .map((line) => line.slice(2, -2).split(' | '));
  return Object.fromEntries(rows.map(([stage = '', result = '', reference = '']) => [stage, [result, reference]]));
}

const conclusions = (run: WorkflowRunResult) => run.timeline.map((t) => [t.job, t.conclusion]);
const imageOf = (namespace: string) => deploymentOf({ aws, k8s, close: async () => {} }, namespace, APP).spec.template.spec.containers[0]?.image;
const revisionOf = (namespace: string) =>
  deploymentOf({ aws, k8s, close: async () => {} }, namespace, APP).metadata.annotations?.['deployment.kubernetes.io/revision'];

describe('ml-build-deploy.yml end to end', () => {
  test('happy path: a data change trains, is approved, built, rolled out to staging and production, with the lineage', async () => {
    k8s.images.setDefault(HEALTHY);
    const sha = '1111111111111111111111111111111111111111';
    const { run, review: approval, subjects } = await push(sha, 'approve');
    expect(run.triggered).toBe(true);
    expect(conclusions(run)).toEqual([
      ['start-pipeline', 'success'],
      ['wait-approval', 'success'],
      ['build-push-ecr', 'success'],
      ['deploy-staging', 'success'],
      ['deploy-production', 'success'],
      ['lineage', 'success'],
    ]);
    expect(approval?.jobs.decide?.outputs['approval-status']).toBe('Approved');

    // Outputs through needs: each job's inputs are the outputs of the jobs it needs.
    const started = run.jobs['start-pipeline']?.outputs ?? {};
    expect(started).toMatchObject({ 'dataset-uri': DATASET.uri, 'dataset-sha256': DATASET.sha256, status: 'Succeeded' });
    const execution = aws.executions().find((e) => e.arn === started['execution-arn']);
    expect(execution?.parameters.InputDataUrl).toBe(DATASET.uri);
    const packageArn = started['model-package-arn'] ?? '';
    expect(packageArn).toMatch(new RegExp(`:model-package/${GROUP}/\\d+$`));
    const approved = run.jobs['wait-approval'];
    expect(approved?.steps[0]?.inputs?.['model-package-arn']).toBe(packageArn);
    expect(approved?.outputs).toMatchObject({ 'approval-status': 'Approved', 'model-package-arn': packageArn, 'decided-by': 'hubot' });
    const image = run.jobs['build-push-ecr']?.outputs['image-uri-with-digest'] ?? '';
    if (hasBuildah) {
      expect(run.jobs['build-push-ecr']?.steps.find((s) => s.id === 'image')?.inputs).toMatchObject({
        'model-package-arn': packageArn,
        'pipeline-execution-arn': started['execution-arn'],
        builder: 'buildah',
      });
      expect(image).toMatch(/@sha256:[0-9a-f]{64}$/);
    }
    for (const [job, namespace] of [
      ['deploy-staging', 'staging'],
      ['deploy-production', 'production'],
    ] as const) {
      const deploy = run.jobs[job];
      expect(deploy?.steps[0]?.inputs).toMatchObject({ image, 'model-package-arn': packageArn, namespace, 'cluster-name': CLUSTER });
      expect(deploy?.outputs).toMatchObject({ 'rolled-back': 'false', revision: revisionOf(namespace) });
      expect(imageOf(namespace)).toBe(image);
    }
    expect(run.jobs['deploy-production']?.environment).toEqual({ name: 'production', decision: 'approve' });
    // Each job's OIDC tokens name what GitHub would: the branch, or the job's environment.
    expect(subjects).toEqual({
      'start-pipeline': ['repo:octo-org/churn-model:ref:refs/heads/main'],
      'wait-approval': ['repo:octo-org/churn-model:ref:refs/heads/main'],
      ...(hasBuildah ? { 'build-push-ecr': ['repo:octo-org/churn-model:ref:refs/heads/main'] } : {}),
      'deploy-staging': ['repo:octo-org/churn-model:environment:staging'],
      'deploy-production': ['repo:octo-org/churn-model:environment:production'],
      lineage: [],
    });
    // deploy-eks recorded a GitHub Deployment per environment for this commit, ending in success.
    const deployments = gh.state.deployments.filter((d) => d.sha === sha);
    expect(deployments.map((d) => d.environment)).toEqual(['staging', 'production']);
    for (const d of deployments) expect(gh.state.deploymentStatuses.filter((st) => st.deployment_id === d.id).at(-1)?.state).toBe('success');
    const registered = await aws.sagemaker.send(new DescribeModelPackageCommand({ ModelPackageName: packageArn }));
    expect(registered.ModelApprovalStatus).toBe('Approved');

    // One table from the commit to the running revisions.
    expect(lineage(run)).toEqual({
      Commit: ['push', `\`${sha}\` on refs/heads/main`],
      Dataset: ['success', `${DATASET.uri} (sha256 \`${DATASET.sha256.slice(0, 12)}\`)`],
      'Pipeline execution': ['Succeeded', started['execution-arn']],
      'Model package': ['Approved by hubot', packageArn],
      Image: ['success', image],
      'Staging deployment': ['success', `revision ${revisionOf('staging')}`],
      'Production deployment': ['success', `revision ${revisionOf('production')}`],
    });
  }, 120_000);

  test('rejection: the reviewer rejects, wait-approval fails, nothing is built or deployed', async () => {
    k8s.images.setDefault(HEALTHY);
    const before = { staging: [imageOf('staging'), revisionOf('staging')], production: [imageOf('production'), revisionOf('production')] };
    const { run, review: rejection } = await push('2222222222222222222222222222222222222222', 'reject');
    expect(rejection?.jobs.decide?.outputs['approval-status']).toBe('Rejected');
    expect(conclusions(run)).toEqual([
      ['start-pipeline', 'success'],
      ['wait-approval', 'failure'],
      ['build-push-ecr', 'skipped'],
      ['deploy-staging', 'skipped'],
      ['deploy-production', 'skipped'],
      ['lineage', 'success'],
    ]);
    expect(run.conclusion).toBe('failure');
    expect(run.jobs['wait-approval']?.steps[0]?.errors.join('\n')).toMatch(/AUC below baseline/);
    expect({ staging: [imageOf('staging'), revisionOf('staging')], production: [imageOf('production'), revisionOf('production')] }).toEqual(before);
    const table = lineage(run);
    expect(table['Model package']?.[0]).toMatch(/^Rejected/);
    expect(table.Image).toEqual(['skipped', '-']);
    expect(table['Staging deployment']).toEqual(['skipped', '-']);
    expect(table['Production deployment']).toEqual(['skipped', '-']);
  }, 120_000);

  test('rollback: the new image fails its staging health check, staging rolls back, production is not touched', async () => {
    k8s.images.setDefault(UNHEALTHY);
    const before = { staging: imageOf('staging'), production: [imageOf('production'), revisionOf('production')] };
    const { run } = await push('3333333333333333333333333333333333333333', 'approve');
    expect(conclusions(run)).toEqual([
      ['start-pipeline', 'success'],
      ['wait-approval', 'success'],
      ['build-push-ecr', 'success'],
      ['deploy-staging', 'failure'],
      ['deploy-production', 'skipped'],
      ['lineage', 'success'],
    ]);
    const staging = run.jobs['deploy-staging']?.outputs ?? {};
    expect(staging['rolled-back']).toBe('true');
    expect(staging['failure-reason']).toMatch(/HealthCheckFailed/);
    // Staging runs the image it ran before; production still runs its image at its revision.
    expect(imageOf('staging')).toBe(before.staging);
    expect([imageOf('production'), revisionOf('production')]).toEqual(before.production);
    const table = lineage(run);
    expect(table['Staging deployment']?.[0]).toBe('failure');
    expect(table['Staging deployment']?.[1]).toMatch(new RegExp(`^rolled back to revision ${revisionOf('staging')}: .*HealthCheckFailed`));
    expect(table['Production deployment']).toEqual(['skipped', '-']);
  }, 120_000);
});

describe('ml-build-deploy.yml triggers and the dataset pin', () => {
  test('a push that changes neither code/pipeline paths nor the dataset pin starts nothing', async () => {
    const run = await runWorkflow({ workflow: WORKFLOW, event: { name: 'push', changedFiles: ['README.md', 'docs/model-card.md'] }, vars });
    expect(run).toMatchObject({ triggered: false, order: [] });
    expect(run.notTriggeredReason).toMatch(/no changed file matches on\.push\.paths/);
  });

  test('a pin that is not an S3 URI + SHA-256 fails the first job with an error on the file; nothing starts', async () => {
    const bad = mkdtempSync(path.join(os.tmpdir(), 'ml-build-deploy-badpin-'));
    mkdirSync(path.join(bad, 'data'));
    writeFileSync(path.join(bad, 'data', 'dataset.json'), JSON.stringify({ uri: 's3://churn-data/new data.csv\nsha256=0', sha256: DATASET.sha256 }));
    const executions = aws.executions().length;
    const run = await runWorkflow({
      workflow: WORKFLOW,
      event: { name: 'push', changedFiles: ['data/dataset.json'] },
      github: { ...github, runId: '8000000001' },
      vars,
      env: { ...aws.env(), ...gh.env() },
      checkout: bad,
      actions: { 'docker/setup-buildx-action': path.join(here, 'test', 'fixtures', 'noop-action') },
    });
    const first = run.jobs['start-pipeline'];
    expect(first?.steps.map((s) => [s.id, s.conclusion])).toEqual([
      ['__actions_checkout', 'success'],
      ['dataset', 'failure'],
      ['pipeline', 'skipped'],
    ]);
    expect(first?.steps[1]?.annotations[0]).toMatchObject({ level: 'error', properties: { file: 'data/dataset.json' } });
    expect(first?.steps[1]?.errors[0]).toMatch(/uri must be an s3:\/\/bucket\/key URI without spaces/);
    expect(aws.executions()).toHaveLength(executions);
    expect(conclusions(run).slice(1)).toEqual([
      ['wait-approval', 'skipped'],
      ['build-push-ecr', 'skipped'],
      ['deploy-staging', 'skipped'],
      ['deploy-production', 'skipped'],
      ['lineage', 'success'],
    ]);
  });

  test('workflow_dispatch (as drift-check.yml sends it): the reason is in the lineage table', async () => {
    // Every stage given (not run): this checks the dispatch input and the table, the stages are covered above.
    const run = await runWorkflow({
      workflow: WORKFLOW,
      event: { name: 'workflow_dispatch', inputs: { reason: 'drift | 3 of 12 columns' } },
      github: { ...github, sha: 'f'.repeat(40) },
      vars,
      given: {
        'start-pipeline': {
          outputs: {
            'dataset-uri': DATASET.uri,
            'dataset-sha256': DATASET.sha256,
            'execution-arn': 'arn:x',
            status: 'Succeeded',
            'model-package-arn': 'arn:p',
          },
        },
        'wait-approval': { outputs: { 'approval-status': 'Approved', 'model-package-arn': 'arn:p', 'decided-by': 'hubot' } },
        'build-push-ecr': { outputs: { 'image-uri-with-digest': 'r/i@sha256:1' } },
        'deploy-staging': { outputs: { revision: '4', 'rolled-back': 'false' } },
        'deploy-production': { result: 'failure', outputs: { revision: '2', 'rolled-back': 'true', 'failure-reason': 'CrashLoopBackOff:\nexit 3' } },
      },
    });
    expect(lineage(run)).toMatchObject({
      Commit: ['workflow_dispatch (drift \\| 3 of 12 columns)', `\`${'f'.repeat(40)}\` on refs/heads/main`],
      'Production deployment': ['failure', 'rolled back to revision 2: CrashLoopBackOff: exit 3'],
    });
  });
});

describe('ml-build-deploy.yml wired wrong', () => {
  // The same template with one name changed: on GitHub each would quietly read '' and fail (or deploy nothing) jobs
  // later; here the run stops before its first job, naming the reference.
  test.each([
    [
      'a needs output misspelt',
      'image: ${{ needs.build-push-ecr.outputs.image-uri-with-digest }}',
      'image: ${{ needs.build-push-ecr.outputs.image-uri-digest }}',
      /job 'deploy-staging' reads needs\.build-push-ecr\.outputs\.image-uri-digest, which job 'build-push-ecr' does not declare/,
    ],
    [
      'a job output naming an output the action does not have',
      'model-package-arn: ${{ steps.pipeline.outputs.model-package-arn }}',
      'model-package-arn: ${{ steps.pipeline.outputs.model-package }}',
      /job 'start-pipeline' reads steps\.pipeline\.outputs\.model-package, which your-org\/mlops-actions\/start-pipeline@v1 does not declare/,
    ],
    [
      'a job that reads a job outside its needs',
      'needs: [wait-approval, build-push-ecr, deploy-staging]',
      'needs: [build-push-ecr, deploy-staging]',
      /job 'deploy-production' reads needs\.wait-approval\.outputs\.model-package-arn but 'wait-approval' is not in its needs/,
    ],
  ])('%s', async (_what, from, to, message) => {
    const text = readFileSync(WORKFLOW, 'utf8');
    expect(text).toContain(from);
    const broken = path.join(mkdtempSync(path.join(os.tmpdir(), 'ml-build-deploy-broken-')), 'ml-build-deploy.yml');
    writeFileSync(broken, text.replace(from, to));
    const started: string[] = [];
    await expect(
      runWorkflow({ workflow: broken, event: { name: 'push', changedFiles: ['data/dataset.json'] }, vars, onJobStart: (job) => void started.push(job) }),
    ).rejects.toThrow(message);
    expect(started).toEqual([]);
  });
});
