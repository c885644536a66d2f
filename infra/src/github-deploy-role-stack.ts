// The GitHub side of the account: the IAM OIDC provider for GitHub Actions and ONE role the workflows of one
// repository assume for the whole chain (start-pipeline, wait-approval, build-push-ecr, deploy-eks, check-drift).
// Its policy is the union of the minimal policies the actions' READMEs list ("## Minimal IAM policy", the first
// JSON block; each action's test/iam-policy.test.ts proves its block), read from the READMEs when the stack is
// synthesized, never copied: the README's example names become the stack's parameters (EXAMPLE_NAMES), and a
// README naming something this table does not know fails the synthesis instead of granting it.
// test/deploy-role-iam.test.ts runs each action's IAM scenario under this role in the IAM-enforcing AWS world.
import { readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { App, CfnOutput, CfnParameter, DefaultStackSynthesizer, Fn, Stack, type StackProps } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';

/** The repository root (this file is infra/src/*.ts, or infra/lib/*.js once compiled). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEPLOY_ROLE_STACK_NAME = 'MlopsGitHubDeployRole';
export const DEPLOY_ROLE_TEMPLATE_PATH = path.join(REPO_ROOT, 'infra', 'template', 'github-deploy-role.template.json');
export const GITHUB_OIDC_HOST = 'token.actions.githubusercontent.com';
export const GITHUB_OIDC_AUDIENCE = 'sts.amazonaws.com';

export interface PolicyStatement {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  Action?: string | string[];
  Resource?: string | string[];
  Condition?: Record<string, Record<string, string | string[]>>;
}

/** The identity policy of an action's README: the first JSON block of its "## Minimal IAM policy" section. */
export function readmePolicy(actionDir: string): { Version: string; Statement: PolicyStatement[] } {
  const readme = readFileSync(path.join(actionDir, 'README.md'), 'utf8');
  const section = readme.split(/^## /m).find((s) => s.startsWith('Minimal IAM policy'));
  if (!section) throw new Error(`${path.join(actionDir, 'README.md')} has no "## Minimal IAM policy" section`);
  const block = /```json\n([\s\S]*?)```/.exec(section)?.[1];
  if (!block) throw new Error(`${path.join(actionDir, 'README.md')}: the "Minimal IAM policy" section has no JSON block`);
  return JSON.parse(block) as { Version: string; Statement: PolicyStatement[] };
}

/** Every action in actions/ (a folder with an action.yml), in name order. */
export function actionNames(root = REPO_ROOT): string[] {
  return readdirSync(path.join(root, 'actions'))
    .filter((name) => existsSync(path.join(root, 'actions', name, 'action.yml')))
    .sort();
}

/**
 * The README examples' account, region and names, and the parameter each becomes. Applied in this order to
 * every string of a policy (ARNs and condition values); an example value left over afterwards is an error.
 */
export const EXAMPLE_NAMES: ReadonlyArray<readonly [example: string, template: string]> = [
  ['arn:aws:', 'arn:${AWS::Partition}:'],
  [':us-east-1:', ':${AWS::Region}:'],
  [':123456789012:', ':${AWS::AccountId}:'],
  ['pipeline/churn-training', 'pipeline/${PipelineName}'],
  ['role/sagemaker-pipeline-execution', 'role/${PipelineExecutionRoleName}'],
  ['model-package/churn-models/', 'model-package/${ModelPackageGroupName}/'],
  ['repository/churn-serving', 'repository/${EcrRepositoryName}'],
  ['cluster/ml-staging', 'cluster/${EksClusterName}'],
  [':::ml-data', ':::${DataBucketName}'],
];
/** Condition values that are example names as a whole. */
export const EXAMPLE_VALUES: Readonly<Record<string, string>> = { 'MLOps/Drift': '${DriftMetricsNamespace}' };
/** The parameter values that turn the union back into the READMEs' examples ({ PipelineName: 'churn-training', ... }). */
export function exampleParameters(): Record<string, string> {
  const parameters: Record<string, string> = {};
  for (const [example, template] of [...EXAMPLE_NAMES, ...Object.entries(EXAMPLE_VALUES)]) {
    const name = /\$\{([A-Za-z]+)\}/.exec(template)?.[1];
    if (!name) continue; // the pseudo parameters (AWS::Region ...)
    const [prefix, suffix] = [template.slice(0, template.indexOf('${')), template.slice(template.indexOf('}') + 1)];
    parameters[name] = example.slice(prefix.length, example.length - suffix.length);
  }
  return parameters;
}
const LEFTOVER_EXAMPLES = /123456789012|us-east-1|churn-|ml-staging|ml-data|MLOps\/Drift|sagemaker-pipeline-execution/;

/** A README string with its example names turned into ${Parameter} / ${AWS::...} placeholders. */
export function templated(value: string, where: string): string {
  let out = EXAMPLE_VALUES[value] ?? value;
  for (const [example, template] of EXAMPLE_NAMES) out = out.replaceAll(example, template);
  if (LEFTOVER_EXAMPLES.test(out)) throw new Error(`${where}: '${value}' names an example this stack has no parameter for (add it to EXAMPLE_NAMES)`);
  return out;
}

const pascal = (name: string): string => name.replace(/(^|-)([a-z])/g, (_m, _dash: string, letter: string) => letter.toUpperCase());

/**
 * The union: every statement of every action's README policy, its Sid prefixed with the action
 * (StartPipelineStartAndWatch), its strings templated. Strings stay plain here; the stack wraps them in Fn::Sub.
 */
export function unionStatements(root = REPO_ROOT): PolicyStatement[] {
  return actionNames(root).flatMap((name) =>
    readmePolicy(path.join(root, 'actions', name)).Statement.map((statement, index) => {
      const where = `actions/${name}/README.md statement ${statement.Sid ?? index}`;
      const strings = (v: string | string[] | undefined) =>
        v === undefined ? undefined : Array.isArray(v) ? v.map((s) => templated(s, where)) : templated(v, where);
      const condition = statement.Condition
        ? Object.fromEntries(
            Object.entries(statement.Condition).map(([operator, entries]) => [
              operator,
              Object.fromEntries(Object.entries(entries).map(([key, value]) => [key, strings(value) as string | string[]])),
            ]),
          )
        : undefined;
      return {
        Sid: `${pascal(name)}${statement.Sid ?? index}`,
        Effect: statement.Effect,
        ...(statement.Action !== undefined ? { Action: statement.Action } : {}),
        ...(statement.Resource !== undefined ? { Resource: strings(statement.Resource) } : {}),
        ...(condition ? { Condition: condition } : {}),
      };
    }),
  );
}

/** A templated string as CloudFormation takes it: Fn::Sub when it has a placeholder. */
const sub = (value: string): string => (value.includes('${') ? Fn.sub(value) : value);
const subAll = (value: unknown): unknown =>
  typeof value === 'string'
    ? sub(value)
    : Array.isArray(value)
      ? value.map(subAll)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, subAll(v)]))
        : value;

export interface GitHubDeployRoleStackProps extends StackProps {
  /** owner/name whose workflows may assume the role (the GitHubRepository parameter's default; CDK context githubRepository). */
  githubRepository?: string;
}

export class GitHubDeployRoleStack extends Stack {
  readonly role: iam.CfnRole;
  readonly provider: iam.CfnOIDCProvider;

  constructor(scope: Construct, id: string, props: GitHubDeployRoleStackProps = {}) {
    super(scope, id, props);
    this.templateOptions.description =
      'mlops-actions: the GitHub Actions OIDC provider and one deploy role for the whole chain (the union of the actions\u2019 minimal IAM policies)';

    const name = (parameterId: string, description: string, pattern: string, constraint: string, fallback?: string) =>
      new CfnParameter(this, parameterId, {
        type: 'String',
        description,
        allowedPattern: pattern,
        constraintDescription: constraint,
        ...(fallback !== undefined ? { default: fallback } : {}),
      });
    name(
      'GitHubRepository',
      'owner/name of the repository whose workflows may assume the role (any branch, tag, environment or pull request of it).',
      '^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]{1,100}$',
      'owner/name, e.g. octo-org/churn-model',
      props.githubRepository,
    );
    name(
      'PipelineName',
      'SageMaker pipeline start-pipeline starts, creates or updates, as it appears in ARNs: SageMaker puts the name in lower case there.',
      '^[a-z0-9](-*[a-z0-9]){0,255}$',
      'the pipeline name in lower case (letters, digits and single hyphens)',
    );
    name(
      'PipelineExecutionRoleName',
      'Name of the role SageMaker runs the pipeline as (start-pipeline passes it with pipeline-definition: iam:PassRole).',
      '^[\\w+=,.@-]{1,64}$',
      'an IAM role name',
    );
    name('ModelPackageGroupName', 'Model package group wait-approval reads and approves.', '^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$', 'a model package group name');
    name(
      'EcrRepositoryName',
      'ECR repository build-push-ecr creates and pushes to (a wildcard such as churn-* covers several).',
      '^[a-z0-9*][a-z0-9._/*-]{0,255}$',
      'an ECR repository name, optionally with *',
    );
    name(
      'EksClusterName',
      'EKS cluster deploy-eks deploys to (ml-* covers staging and production clusters).',
      '^[0-9A-Za-z*][A-Za-z0-9_*-]{0,99}$',
      'an EKS cluster name, optionally with *',
    );
    name(
      'DataBucketName',
      'S3 bucket check-drift reads baselines, Data Capture and Model Monitor reports from.',
      '^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$',
      'an S3 bucket name',
    );
    name('DriftMetricsNamespace', 'CloudWatch namespace check-drift puts its metrics in.', '^[^:$][^:]{0,254}$', 'a CloudWatch namespace', 'MLOps/Drift');

    // IAM trusts GitHub's certificate through its own CA library, so no thumbprint is pinned here.
    this.provider = new iam.CfnOIDCProvider(this, 'GitHubOidcProvider', {
      url: `https://${GITHUB_OIDC_HOST}`,
      clientIdList: [GITHUB_OIDC_AUDIENCE],
    });

    this.role = new iam.CfnRole(this, 'DeployRole', {
      description: 'Assumed by GitHub Actions workflows of one repository through OIDC to run the mlops-actions chain',
      maxSessionDuration: 3600,
      assumeRolePolicyDocument: {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { Federated: this.provider.ref },
            Action: 'sts:AssumeRoleWithWebIdentity',
            Condition: {
              StringEquals: { [`${GITHUB_OIDC_HOST}:aud`]: GITHUB_OIDC_AUDIENCE },
              StringLike: { [`${GITHUB_OIDC_HOST}:sub`]: Fn.sub('repo:${GitHubRepository}:*') },
            },
          },
        ],
      },
      policies: [{ policyName: 'mlops-actions', policyDocument: { Version: '2012-10-17', Statement: subAll(unionStatements()) } }],
    });

    new CfnOutput(this, 'DeployRoleArn', { value: this.role.attrArn, description: 'role-to-assume of every mlops-actions step' });
    new CfnOutput(this, 'GitHubOidcProviderArn', { value: this.provider.ref });
  }
}

/** Adds the stack to an app the way both the CDK app and the committed template do. */
export function buildDeployRoleStack(app: App, githubRepository?: string): GitHubDeployRoleStack {
  return new GitHubDeployRoleStack(app, DEPLOY_ROLE_STACK_NAME, {
    ...(githubRepository ? { githubRepository } : {}),
    analyticsReporting: false,
    synthesizer: new DefaultStackSynthesizer({ generateBootstrapVersionRule: false }),
  });
}

/** The committed template/github-deploy-role.template.json, freshly synthesized. */
export function deployRoleTemplateText(): string {
  const app = new App({ analyticsReporting: false });
  const stack = buildDeployRoleStack(app);
  return `${JSON.stringify(app.synth().getStackByName(stack.stackName).template, null, 2)}\n`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(DEPLOY_ROLE_TEMPLATE_PATH, deployRoleTemplateText());
  console.log(`wrote ${path.relative(process.cwd(), DEPLOY_ROLE_TEMPLATE_PATH)}`);
}
