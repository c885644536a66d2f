// The OIDC provider + deploy role stack: the committed template is a fresh synthesis, the trust is GitHub's OIDC
// provider for one repository, and the role's one policy is exactly the union of the actions' README policies
// (resolved with the README's example names, it IS those policies, statement for statement).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, test } from 'vitest';
import {
  actionNames,
  buildDeployRoleStack,
  DEPLOY_ROLE_TEMPLATE_PATH,
  deployRoleTemplateText,
  readmePolicy,
  REPO_ROOT,
  templated,
} from '../src/github-deploy-role-stack.js';
import { deployRole, EXAMPLE_PARAMETERS } from './support/deploy-role.js';
import { ParameterError } from './support/deploy-template.js';

const pascal = (name: string): string => name.replace(/(^|-)([a-z])/g, (_m, _d: string, c: string) => c.toUpperCase());

describe('GitHubDeployRoleStack', () => {
  test('the committed template is a fresh synthesis (npm run synth -w infra rewrites it)', () => {
    expect(readFileSync(DEPLOY_ROLE_TEMPLATE_PATH, 'utf8'), 'run `npm run synth -w infra` and commit infra/template/').toBe(deployRoleTemplateText());
  });

  test('holds the GitHub OIDC provider and one role, deployable with plain CloudFormation', () => {
    const template = Template.fromStack(buildDeployRoleStack(new App({ analyticsReporting: false })));
    const json = template.toJSON() as { Resources: Record<string, { Type: string }>; Rules?: unknown };
    expect(
      Object.values(json.Resources)
        .map((r) => r.Type)
        .sort(),
    ).toEqual(['AWS::IAM::OIDCProvider', 'AWS::IAM::Role']);
    template.hasResourceProperties('AWS::IAM::OIDCProvider', { Url: 'https://token.actions.githubusercontent.com', ClientIdList: ['sts.amazonaws.com'] });
    expect(json.Rules).toBeUndefined();
    expect(JSON.stringify(json)).not.toMatch(/BootstrapVersion|AWS::CDK::Metadata|cdk-hnb659fds/);
  });

  test('trust: web identity from that provider, audience sts.amazonaws.com, subject any ref of the one repository (CDK context githubRepository)', () => {
    const template = Template.fromStack(buildDeployRoleStack(new App({ analyticsReporting: false }), 'octo-org/churn-model'));
    template.hasParameter('GitHubRepository', { Default: 'octo-org/churn-model' });
    template.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { Federated: { Ref: 'GitHubOidcProvider' } },
            Action: 'sts:AssumeRoleWithWebIdentity',
            Condition: {
              StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
              StringLike: { 'token.actions.githubusercontent.com:sub': { 'Fn::Sub': 'repo:${GitHubRepository}:*' } },
            },
          },
        ],
      },
    });
    expect(deployRole({ GitHubRepository: 'octo-org/other' }).trust).toMatchObject({
      Principal: { Federated: 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com' },
      Condition: { StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:octo-org/other:*' } },
    });
    // A wildcard cannot widen the trust to other repositories or owners.
    for (const wide of ['octo-org/*', '*/churn-model', 'octo-org']) expect(() => deployRole({ GitHubRepository: wide })).toThrow(ParameterError);
  });

  test("the role's one policy, with the README's example names, is every action's README policy statement for statement", () => {
    const { policy } = deployRole(EXAMPLE_PARAMETERS);
    const expected = actionNames().flatMap((name) =>
      readmePolicy(path.join(REPO_ROOT, 'actions', name)).Statement.map((statement, index) => ({
        ...statement,
        Sid: `${pascal(name)}${statement.Sid ?? index}`,
      })),
    );
    expect(actionNames()).toEqual(['build-push-ecr', 'check-drift', 'deploy-eks', 'start-pipeline', 'wait-approval']);
    expect(policy.Version).toBe('2012-10-17');
    expect(policy.Statement).toEqual(expected);
    // IAM's limit for a role's inline policies is 10,240 characters without whitespace.
    const size = JSON.stringify(policy).length;
    console.log(`deploy role policy: ${policy.Statement.length} statements, ${size} characters without whitespace (IAM limit 10,240)`);
    expect(size).toBeLessThan(10_240);
  });

  test("the READMEs' example names as parameters", () => {
    expect(EXAMPLE_PARAMETERS).toEqual({
      GitHubRepository: 'octo-org/churn-model',
      PipelineName: 'churn-training',
      PipelineExecutionRoleName: 'sagemaker-pipeline-execution',
      ModelPackageGroupName: 'churn-models',
      EcrRepositoryName: 'churn-serving',
      EksClusterName: 'ml-staging',
      DataBucketName: 'ml-data',
      DriftMetricsNamespace: 'MLOps/Drift',
    });
  });

  test('other names become the parameters: nothing of the examples is left', () => {
    const { policy } = deployRole({
      PipelineName: 'fraud-train',
      PipelineExecutionRoleName: 'fraud-exec',
      ModelPackageGroupName: 'fraud-models',
      EcrRepositoryName: 'fraud-serving',
      EksClusterName: 'prod-*',
      DataBucketName: 'fraud-data',
      DriftMetricsNamespace: 'Fraud/Drift',
    });
    const text = JSON.stringify(policy);
    expect(text).not.toMatch(/churn|ml-staging|ml-data|MLOps\/Drift|sagemaker-pipeline-execution/);
    expect(text).toContain('arn:aws:sagemaker:us-east-1:123456789012:pipeline/fraud-train/execution/*');
    expect(text).toContain('"cloudwatch:namespace":"Fraud/Drift"');
    expect(text).toContain('arn:aws:eks:us-east-1:123456789012:cluster/prod-*');
  });

  test('a README naming an example the stack has no parameter for fails the synthesis instead of granting it', () => {
    expect(() => templated('arn:aws:ecr:us-east-1:123456789012:repository/churn-inference', 'README')).toThrow(
      "README: 'arn:aws:ecr:us-east-1:123456789012:repository/churn-inference' names an example this stack has no parameter for (add it to EXAMPLE_NAMES)",
    );
    expect(templated('arn:aws:ecr:us-east-1:123456789012:repository/churn-serving', 'README')).toBe(
      'arn:${AWS::Partition}:ecr:${AWS::Region}:${AWS::AccountId}:repository/${EcrRepositoryName}',
    );
  });
});
