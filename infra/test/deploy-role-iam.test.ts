// The deploy role of template/github-deploy-role.template.json proven with the AWS world's IAM enforcement: each
// action's own IAM scenario (actions/<name>/test/iam-scenarios.ts, the one its README policy test runs) runs as
// that role, assumed through GitHub OIDC with the template's trust policy, and every path works; the union
// without one statement fails the action that needs it, naming the IAM action. The world evaluates the role's
// policies itself (moto 5.2.1 checks SageMaker calls only against "*"; see packages/testkit/src/aws/iam.ts).
import { buildahEnv, startAwsWorld, startGitHubWorld, type AwsWorld, type GitHubWorld, type RunResult } from '@mlops-actions/testkit';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as buildPushEcr from '../../actions/build-push-ecr/test/iam-scenarios.js';
import * as checkDriftWorlds from '../../actions/check-drift/test/worlds.js';
import * as checkDrift from '../../actions/check-drift/test/iam-scenarios.js';
import * as deployEksWorlds from '../../actions/deploy-eks/test/worlds.js';
import * as deployEks from '../../actions/deploy-eks/test/iam-scenarios.js';
import * as startPipeline from '../../actions/start-pipeline/test/iam-scenarios.js';
import * as waitApproval from '../../actions/wait-approval/test/iam-scenarios.js';
import * as waitApprovalWorlds from '../../actions/wait-approval/test/worlds.js';
import { deployRole } from './support/deploy-role.js';

const said = (result: RunResult): string => [...result.errors, ...result.main.annotations.map((a) => a.message), ...(result.post?.log ?? [])].join('\n');

describe('start-pipeline as the deploy role', () => {
  let aws: AwsWorld;
  let github: GitHubWorld;
  beforeAll(async () => {
    [aws, github] = await Promise.all([startAwsWorld({ enforceIam: true }), startGitHubWorld()]);
  });
  afterAll(async () => Promise.all([aws?.close(), github?.close()]));

  test.each(startPipeline.IAM_PATHS)('the %s path works', async (kind) => {
    const outcome = await startPipeline.runIamPath({ aws, github }, kind, ({ pipeline }) => deployRole({ PipelineName: pipeline }));
    startPipeline.expectIamPathWorked(kind, outcome, aws);
  });

  test('without the union statement StartPipelineStartAndWatch, start and wait fails naming sagemaker:DescribePipeline', async () => {
    const { result } = await startPipeline.runIamPath({ aws, github }, 'start-and-wait', ({ pipeline }) =>
      deployRole({ PipelineName: pipeline }, { withoutSid: 'StartPipelineStartAndWatch' }),
    );
    expect(result.exitCode).toBe(1);
    expect(said(result)).toContain("needs 'sagemaker:DescribePipeline'");
  });
});

describe('wait-approval as the deploy role', () => {
  let worlds: waitApprovalWorlds.Worlds;
  beforeAll(async () => {
    worlds = await waitApprovalWorlds.startWorlds({ enforceIam: true });
  });
  afterAll(async () => worlds?.close());

  test.each(waitApproval.IAM_PATHS)('the %s path works (with the lineage read)', async (kind) => {
    const outcome = await waitApproval.runIamPath(worlds, kind, ({ group }) => deployRole({ ModelPackageGroupName: group }));
    await waitApproval.expectIamPathWorked(kind, outcome, worlds);
  });

  test('without the union statement WaitApprovalFindVersions, approving by version fails naming sagemaker:ListModelPackages', async () => {
    const { result } = await waitApproval.runIamPath(worlds, 'approve-by-version', ({ group }) =>
      deployRole({ ModelPackageGroupName: group }, { withoutSid: 'WaitApprovalFindVersions' }),
    );
    expect(result.exitCode).toBe(1);
    expect(said(result)).toContain("needs 'sagemaker:ListModelPackages'");
  });
});

describe('check-drift as the deploy role', () => {
  let worlds: checkDriftWorlds.Worlds;
  beforeAll(async () => {
    worlds = await checkDriftWorlds.startWorlds({ enforceIam: true });
  });
  afterAll(async () => worlds?.close());

  test.each(checkDrift.IAM_PATHS)('the %s path with metrics works', async (kind) => {
    const result = await checkDrift.runIamPath(worlds, kind, ({ bucket, namespace }) =>
      deployRole({ DataBucketName: bucket, DriftMetricsNamespace: namespace }),
    );
    checkDrift.expectIamPathWorked(kind, result, worlds);
  });

  test('without the union statement CheckDriftMetrics, the S3-prefix path fails naming cloudwatch:PutMetricData', async () => {
    const result = await checkDrift.runIamPath(worlds, 's3-prefix', ({ bucket, namespace }) =>
      deployRole({ DataBucketName: bucket, DriftMetricsNamespace: namespace }, { withoutSid: 'CheckDriftMetrics' }),
    );
    expect(result.exitCode).toBe(1);
    expect(said(result)).toContain("needs 'cloudwatch:PutMetricData'");
  });
});

describe('deploy-eks as the deploy role', () => {
  let worlds: deployEksWorlds.Worlds;
  let github: GitHubWorld;
  beforeAll(async () => {
    [worlds, github] = await Promise.all([deployEksWorlds.startWorlds({ aws: { enforceIam: true } }), startGitHubWorld()]);
  });
  afterAll(async () => Promise.all([worlds?.close(), github?.close()]));

  test('a deploy through GitHub OIDC works (the cluster accepts the role session token)', async () => {
    deployEks.expectIamDeployWorked(await deployEks.runIamDeploy(worlds, github, ({ cluster }) => deployRole({ EksClusterName: cluster })), worlds);
  });

  test('without the union statement DeployEksFindTheCluster, the deploy fails naming eks:DescribeCluster', async () => {
    const { result } = await deployEks.runIamDeploy(worlds, github, ({ cluster }) =>
      deployRole({ EksClusterName: cluster }, { withoutSid: 'DeployEksFindTheCluster' }),
    );
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]).toMatch(/^eks:DescribeCluster on cluster ml-staging failed: AccessDeniedException/);
  });
});

describe('build-push-ecr as the deploy role', () => {
  let worlds: buildPushEcr.IamWorlds;
  beforeAll(async () => {
    const [aws, github, buildah] = await Promise.all([startAwsWorld({ enforceIam: true, ecr: true }), startGitHubWorld(), buildahEnv()]);
    worlds = { aws, github, buildah };
  }, 120_000);
  afterAll(async () => Promise.all([worlds?.aws.close(), worlds?.github.close(), worlds?.buildah.close()]));

  test('create, build, push, scan, re-run', async () => {
    buildPushEcr.expectIamBuildWorked(await buildPushEcr.runIamBuild(worlds, ({ repository }) => deployRole({ EcrRepositoryName: repository })));
  }, 300_000);

  test('without the union statement BuildPushEcrLogin, the run fails naming ecr:GetAuthorizationToken', async () => {
    const { first } = await buildPushEcr.runIamBuild(
      worlds,
      ({ repository }) => deployRole({ EcrRepositoryName: repository }, { withoutSid: 'BuildPushEcrLogin' }),
      false,
    );
    expect(first.exitCode).toBe(1);
    expect(first.errors.join('\n')).toContain('ecr:GetAuthorizationToken');
  }, 300_000);
});
