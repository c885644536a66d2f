// model-approval.yml and deploy-on-approval.yml run as whole workflows the way GitHub would (runWorkflow: the trigger,
// needs, outputs, if:) with the bundled wait-approval action, against the local AWS (Model Registry in moto) and GitHub worlds, OIDC to AWS.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CreateModelPackageCommand,
  CreateModelPackageGroupCommand,
  DescribeModelPackageCommand,
  type ModelApprovalStatus,
  UpdateModelPackageCommand,
} from '@aws-sdk/client-sagemaker';
import {
  runWorkflow,
  startAwsWorld,
  startGitHubWorld,
  type AwsWorld,
  type GitHubWorld,
  type WorkflowJobResult,
  type WorkflowRunResult,
} from '@mlops-actions/testkit';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const here = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const root = path.resolve(here, '..');
const DEPLOY_ROLE = 'arn:aws:iam::123456789012:role/github-mlops';
const GROUP = 'churn-models';
const IMAGE = `123456789012.dkr.ecr.us-east-1.amazonaws.com/churn-serving@sha256:${'b'.repeat(64)}`;
const vars = { AWS_ROLE_ARN: DEPLOY_ROLE, AWS_REGION: 'us-east-1', MODEL_PACKAGE_GROUP: GROUP, MODEL_APPROVERS: 'octocat, hubot' };

let aws: AwsWorld;
let gh: GitHubWorld;
beforeAll(async () => {
  [aws, gh] = await Promise.all([startAwsWorld(), startGitHubWorld()]);
  aws.trustWebIdentity({
    roleArn: DEPLOY_ROLE,
    jwks: gh.oidc.jwks,
    issuer: gh.oidc.issuer,
    audience: 'sts.amazonaws.com',
    subjects: ['repo:octo-org/churn-model:*'],
  });
  for (const group of [GROUP, 'fraud-models']) await aws.sagemaker.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: group }));
});
afterAll(async () => {
  await Promise.all([aws?.close(), gh?.close()]);
});

/** Registers a version the way a pipeline's RegisterModel step does; returns its ARN. */
async function register(group: string, status: ModelApprovalStatus = 'PendingManualApproval'): Promise<string> {
  const created = await aws.sagemaker.send(
    new CreateModelPackageCommand({
      ModelPackageGroupName: group,
      ModelApprovalStatus: status,
      InferenceSpecification: {
        Containers: [{ Image: IMAGE, ModelDataUrl: `s3://churn-data/models/${group}/model.tar.gz` }],
        SupportedContentTypes: ['text/csv'],
        SupportedResponseMIMETypes: ['text/csv'],
      },
    }),
  );
  return created.ModelPackageArn as string;
}
const describePackage = (arn: string) => aws.sagemaker.send(new DescribeModelPackageCommand({ ModelPackageName: arn }));
const versionOf = (arn: string) => arn.split('/').at(-1) as string;

describe('model-approval.yml, job decide (workflow_dispatch)', () => {
  /** "Run workflow" with these inputs; the workflow's one job. */
  const approval = async (inputs: Record<string, string>, actor = 'octocat'): Promise<WorkflowJobResult> => {
    const run = await runWorkflow({
      workflow: path.join(here, 'model-approval.yml'),
      event: { name: 'workflow_dispatch', inputs },
      vars,
      env: { ...aws.env(), ...gh.env() },
      github: { workflowPath: '.github/workflows/model-approval.yml', actor: 'octocat', triggeringActor: actor },
    });
    expect(run.order).toEqual(['decide']);
    return run.jobs.decide as WorkflowJobResult;
  };

  test('approve by ARN: the decision, who and why are written into the Model Registry and come out as job outputs', async () => {
    const arn = await register(GROUP);
    const job = await approval({ decision: 'approve', comment: 'AUC 0.91 on the holdout set', 'model-package-arn': arn });
    expect(job.steps.map((s) => [s.id, s.conclusion])).toEqual([['decision', 'success']]);
    expect(job.conclusion).toBe('success');
    // with: carried the inputs as typed; the group is left empty when an ARN is given (the action takes one or the other).
    expect(job.steps[0]?.inputs).toMatchObject({ mode: 'approve', 'model-package-arn': arn, 'model-package-group': '', 'min-approvals': '1' });
    expect(job.outputs).toMatchObject({ 'approval-status': 'Approved', 'model-package-arn': arn, 'decided-by': 'octocat' });
    const read = await describePackage(arn);
    expect(read.ModelApprovalStatus).toBe('Approved');
    expect(read.ApprovalDescription).toMatch(/^Approved by @octocat\b.* via .*: AUC 0\.91 on the holdout set$/);
  });

  test('reject by group (the repository variable) and version: Rejected with the reason', async () => {
    const arn = await register(GROUP);
    const job = await approval({ decision: 'reject', comment: 'drift in the tenure feature', version: versionOf(arn) });
    expect(job.conclusion).toBe('success');
    expect(job.steps[0]?.inputs).toMatchObject({ mode: 'reject', 'model-package-arn': '', 'model-package-group': GROUP, version: versionOf(arn) });
    expect(job.outputs).toMatchObject({ 'approval-status': 'Rejected', 'model-package-arn': arn });
    const read = await describePackage(arn);
    expect(read.ModelApprovalStatus).toBe('Rejected');
    expect(read.ApprovalDescription).toMatch(/^Rejected by @octocat via .*: drift in the tenure feature$/);
  });

  test('someone not in MODEL_APPROVERS is refused and the package is unchanged', async () => {
    const arn = await register(GROUP);
    const job = await approval({ decision: 'approve', comment: 'ship it', 'model-package-arn': arn }, 'mallory');
    expect(job.conclusion).toBe('failure');
    expect(job.steps[0]?.errors.join('\n')).toMatch(/mallory/);
    expect((await describePackage(arn)).ModelApprovalStatus).toBe('PendingManualApproval');
  });

  test('a comment with quotes, a comment marker and expression text reaches the registry exactly as typed', async () => {
    const arn = await register(GROUP);
    const comment = `ok #not-a-comment "q" 'q' \${{ github.sha }} ::warning::not-a-command; $(id) \`id\``;
    const job = await approval({ decision: 'approve', comment, 'model-package-arn': arn });
    expect(job.conclusion).toBe('success');
    expect((await describePackage(arn)).ApprovalDescription?.endsWith(`: ${comment}`)).toBe(true);
    expect(job.steps[0]?.annotations.filter((a) => a.level === 'warning' && a.message === 'not-a-command')).toEqual([]);
  });

  test('GitHub refuses a dispatch whose decision is not one of the choices, before any run exists', async () => {
    await expect(approval({ decision: 'maybe', 'model-package-arn': 'x' })).rejects.toThrow(
      "Provided value 'maybe' for input 'decision' not in the list of allowed values",
    );
  });
});

/**
 * The client_payload the infra/ stack sends for an approval: its committed template's InputTemplate, filled from a
 * SageMaker event the way EventBridge fills quoted placeholders. A renamed field on either side fails these tests.
 */
function approvedDispatch(event: { account: string; region: string; id: string; time: string; detail: Record<string, unknown> }): {
  event_type: string;
  client_payload: Record<string, string>;
} {
  const template = JSON.parse(readFileSync(path.join(root, 'infra', 'template', 'mlops-events.template.json'), 'utf8')) as {
    Resources: Record<
      string,
      { Type: string; Properties: { Targets?: Array<{ InputTransformer?: { InputPathsMap: Record<string, string>; InputTemplate: string } }> } }
    >;
  };
  const transformer = Object.values(template.Resources)
    .filter((r) => r.Type === 'AWS::Events::Rule')
    .map((r) => r.Properties.Targets?.[0]?.InputTransformer)
    .find((t) => t?.InputTemplate.includes('"model-package-approved"'));
  if (!transformer) throw new Error('infra template has no model-package-approved target');
  let body = transformer.InputTemplate;
  for (const [name, jsonPath] of Object.entries(transformer.InputPathsMap)) {
    const value = jsonPath
      .replace(/^\$\./, '')
      .split('.')
      .reduce<unknown>((at, key) => (at as Record<string, unknown>)?.[key], event);
    body = body.replaceAll(`<${name}>`, String(value));
  }
  return JSON.parse(body);
}

function sageMakerEvent(arn: string) {
  const [, , , region, account, resource] = arn.split(':') as string[];
  const [, group, version] = (resource as string).split('/');
  return {
    account: account as string,
    region: region as string,
    id: '844e2571-85d4-695f-b930-0153b71dcb42',
    time: '2026-12-02T10:00:14Z',
    detail: { ModelPackageArn: arn, ModelPackageGroupName: group, ModelPackageVersion: Number(version), ModelApprovalStatus: 'Approved' },
  };
}

describe('deploy-on-approval.yml (repository_dispatch model-package-approved)', () => {
  /** The whole workflow on a repository_dispatch with this payload. */
  const dispatched = (clientPayload: Record<string, unknown>, type = 'model-package-approved'): Promise<WorkflowRunResult> =>
    runWorkflow({
      workflow: path.join(here, 'deploy-on-approval.yml'),
      event: { name: 'repository_dispatch', type, clientPayload },
      vars,
      env: { ...aws.env(), ...gh.env() },
      github: { workflowPath: '.github/workflows/deploy-on-approval.yml' },
    });
  /** The gate job of a refused dispatch; the deploy job after it must not have run. */
  const gate = async (clientPayload: Record<string, unknown>): Promise<WorkflowJobResult> => {
    const run = await dispatched(clientPayload);
    expect(run.timeline.map((t) => [t.job, t.conclusion])).toEqual([
      ['gate', 'failure'],
      ['deploy', 'skipped'],
    ]);
    expect(run.jobs.deploy?.steps).toEqual([]);
    return run.jobs.gate as WorkflowJobResult;
  };
  const refused = (job: WorkflowJobResult) => ({
    conclusion: job.conclusion,
    failed: job.steps.find((s) => s.conclusion === 'failure')?.id,
    errors: job.steps.flatMap((s) => s.errors).join('\n'),
    outputs: job.outputs['model-package-arn'] ?? '',
  });

  test('an Approved package of the group passes the gate, and the deploy job gets its outputs through needs', async () => {
    const arn = await register(GROUP);
    await aws.sagemaker.send(
      new UpdateModelPackageCommand({ ModelPackageArn: arn, ModelApprovalStatus: 'Approved', ApprovalDescription: 'approved in the console' }),
    );
    const dispatch = approvedDispatch(sageMakerEvent(arn));
    expect(dispatch.event_type).toBe('model-package-approved');
    const run = await dispatched(dispatch.client_payload);
    expect(run.timeline.map((t) => [t.job, t.conclusion])).toEqual([
      ['gate', 'success'],
      ['deploy', 'success'],
    ]);
    const job = run.jobs.gate as WorkflowJobResult;
    expect(job.steps.map((s) => [s.id, s.conclusion])).toEqual([
      ['__run', 'success'],
      ['approved', 'success'],
      ['__run_2', 'success'],
    ]);
    expect(job.steps[1]?.inputs).toMatchObject({ 'model-package-group': GROUP, version: versionOf(arn), status: 'Approved', mode: 'wait' });
    expect(job.outputs).toMatchObject({ 'model-package-arn': arn, 'model-package-version': versionOf(arn), image: IMAGE });

    // The deploy job got the gate's outputs through needs.
    const deploy = run.jobs.deploy as WorkflowJobResult;
    expect(deploy.steps[0]?.env).toMatchObject({ MODEL_PACKAGE_ARN: arn, IMAGE, MODEL_DATA_URL: `s3://churn-data/models/${GROUP}/model.tar.gz` });
    expect(deploy.steps[0]?.log).toContain(`Image: ${IMAGE}, model data: s3://churn-data/models/${GROUP}/model.tar.gz`);
  });

  test('a payload without the package is refused before any AWS call', async () => {
    const before = aws.requests.length;
    const job = await gate({ status: 'Approved' });
    expect(refused(job)).toMatchObject({ conclusion: 'failure', failed: '__run', outputs: '' });
    expect(refused(job).errors).toContain('client_payload must carry model_package_arn and model_package_version');
    expect(aws.requests.slice(before).filter((r) => r.service === 'sagemaker')).toEqual([]);
  });

  test('a malformed version is refused by the action, naming the input, before any SageMaker call', async () => {
    const arn = await register(GROUP, 'Approved');
    const before = aws.requests.length;
    const job = await gate({ model_package_arn: arn, model_package_version: '3; curl evil' });
    expect(refused(job)).toMatchObject({ conclusion: 'failure', failed: 'approved', outputs: '' });
    expect(refused(job).errors).toMatch(/version/);
    expect(aws.requests.slice(before).filter((r) => r.service === 'sagemaker')).toEqual([]);
  });

  test.each([
    ['a malformed ARN', (arn: string) => `${arn}\n::set-output name=x::y`],
    ['a package of another account', (arn: string) => arn.replace(':123456789012:', ':210987654321:')],
    ['a package of another region', (arn: string) => arn.replace(':us-east-1:', ':eu-west-1:')],
    ['a package of another group with the same version number', (arn: string) => arn.replace(`/${GROUP}/`, '/fraud-models/')],
  ])('%s is refused: the dispatched ARN is not the package checked', async (_what, forge) => {
    const arn = await register(GROUP, 'Approved');
    await register('fraud-models', 'Approved');
    const job = await gate({ ...approvedDispatch(sageMakerEvent(arn)).client_payload, model_package_arn: forge(arn) });
    expect(refused(job)).toMatchObject({ conclusion: 'failure', failed: '__run_2' });
    expect(refused(job).errors).toContain(`client_payload.model_package_arn is not ${arn}`);
    // The scripts never echo payload values: a forged value writes no workflow command (no output, no annotation).
    expect(job.steps.filter((s) => s.kind === 'run').map((s) => s.outputs)).toEqual([{}, {}]);
    expect(job.steps.some((s) => 'x' in s.outputs)).toBe(false);
    expect(job.steps.flatMap((s) => s.annotations.map((a) => `${a.level}: ${a.message.replace(/ arn:.*$/, '')}`))).toEqual([
      'error: client_payload.model_package_arn is not',
      'error: Process completed with exit code 1.',
    ]);
  });

  test.each([
    ['PendingManualApproval', 'PendingManualApproval'],
    ['Rejected', 'Rejected'],
  ] as const)('a %s package is refused (the payload says Approved, the registry does not)', async (_what, status) => {
    const arn = await register(GROUP, status);
    const job = await gate({ ...approvedDispatch(sageMakerEvent(arn)).client_payload, status: 'Approved' });
    expect(refused(job)).toMatchObject({ conclusion: 'failure', failed: 'approved', outputs: '' });
    expect(refused(job).errors).toContain(`is ${status}, not Approved`);
  });

  test('another event type does not start the workflow', async () => {
    const run = await dispatched({}, 'sagemaker-pipeline-finished');
    expect(run).toMatchObject({ triggered: false, conclusion: 'skipped', order: [] });
    expect(run.notTriggeredReason).toMatch(/repository_dispatch type 'sagemaker-pipeline-finished' is not in on\.repository_dispatch\.types/);
  });
});
