// IAM for the local AWS world: roles and their policies live in moto's IAM (created and read back through its
// real IAM API); the layer evaluates identity policies for the requests it answers, the way AWS does.
//
// Why the layer evaluates and not moto (checked against moto 5.2.1 with INITIAL_NO_AUTH_ACTION_COUNT):
// - moto authorises every SageMaker call against the resource "*", so a statement scoped to a pipeline ARN
//   (what a least-privilege policy is) never matches: DescribePipeline with Resource pipeline/x is denied.
// - moto never sees the pipeline-execution calls the layer answers itself (Start/Describe/List/Stop...).
// - with enforcement on, moto answers an unsigned AssumeRoleWithWebIdentity (GitHub OIDC) with HTTP 500.
// What this evaluates: Effect (an explicit Deny wins), Action/NotAction (case-insensitive wildcards),
// Resource/NotResource (wildcards), and the String*/Arn* condition operators (with IfExists) on the context
// keys a rule supplies (e.g. iam:PassedToService). Anything else in a policy is refused loudly, never ignored.
// test/aws-iam-differential.test.ts ties this evaluator to moto's real enforcement where moto can decide: users
// with a table of policies call moto (IAM on) through the SDK, and moto's AccessDenied-or-not must equal
// `evaluate` on each row (Action/NotAction wildcards, explicit Deny, S3 bucket/object ARNs, which moto checks
// precisely); the rows where moto departs from AWS (SageMaker ARNs, action case, NotResource) assert that
// documented difference.
import type { AwsError } from './protocol.js';
import { stringLike } from './sts-web-identity.js';

export interface PolicyStatement {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  Action?: string | string[];
  NotAction?: string | string[];
  Resource?: string | string[];
  NotResource?: string | string[];
  Condition?: Record<string, Record<string, string | string[]>>;
}

export interface PolicyDocument {
  Version?: string;
  Statement: PolicyStatement | PolicyStatement[];
}

/** One authorisation an API call needs: an IAM action on a resource, with the condition context AWS supplies. */
export interface Authorization {
  action: string;
  resource: string;
  context?: Record<string, string>;
}

export type Decision = 'allow' | 'explicit-deny' | 'implicit-deny';

const list = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

function matchesAny(patterns: string[], value: string, ignoreCase: boolean): boolean {
  return patterns.some((p) => (ignoreCase ? stringLike(p.toLowerCase(), value.toLowerCase()) : stringLike(p, value)));
}

const CONDITION_OPERATORS: Record<string, (expected: string[], actual: string) => boolean> = {
  StringEquals: (e, a) => e.includes(a),
  StringNotEquals: (e, a) => !e.includes(a),
  StringEqualsIgnoreCase: (e, a) => e.some((x) => x.toLowerCase() === a.toLowerCase()),
  StringLike: (e, a) => matchesAny(e, a, false),
  StringNotLike: (e, a) => !matchesAny(e, a, false),
  ArnEquals: (e, a) => e.includes(a),
  ArnLike: (e, a) => matchesAny(e, a, false),
  ArnNotEquals: (e, a) => !e.includes(a),
  ArnNotLike: (e, a) => !matchesAny(e, a, false),
  // e.g. aws:SecureTransport in resource policies; values are 'true' / 'false' (JSON booleans arrive as strings).
  Bool: (e, a) => e.some((x) => String(x).toLowerCase() === a.toLowerCase()),
};

function conditionHolds(condition: PolicyStatement['Condition'], context: Record<string, string>): boolean {
  for (const [rawOperator, entries] of Object.entries(condition ?? {})) {
    const ifExists = rawOperator.endsWith('IfExists');
    const operator = ifExists ? rawOperator.slice(0, -'IfExists'.length) : rawOperator;
    const test = CONDITION_OPERATORS[operator];
    if (!test) throw new Error(`the local IAM does not evaluate the condition operator ${rawOperator}`);
    for (const [key, expected] of Object.entries(entries)) {
      const actual = Object.entries(context).find(([k]) => k.toLowerCase() === key.toLowerCase())?.[1];
      if (actual === undefined) {
        // A missing key: IfExists and the negated operators hold; the others do not.
        if (ifExists || operator.includes('Not')) continue;
        return false;
      }
      if (!test(list(expected), actual)) return false;
    }
  }
  return true;
}

function statementApplies(s: PolicyStatement, request: Authorization): boolean {
  if (s.Effect !== 'Allow' && s.Effect !== 'Deny') throw new Error(`policy statement ${s.Sid ?? ''} has Effect ${String(s.Effect)}`);
  const actionHit = s.NotAction !== undefined ? !matchesAny(list(s.NotAction), request.action, true) : matchesAny(list(s.Action), request.action, true);
  if (!actionHit) return false;
  const resourceHit =
    s.NotResource !== undefined ? !matchesAny(list(s.NotResource), request.resource, false) : matchesAny(list(s.Resource), request.resource, false);
  return resourceHit && conditionHolds(s.Condition, request.context ?? {});
}

/** AWS's identity-policy evaluation within one account: an explicit Deny wins, else an Allow is needed. */
export function evaluate(policies: PolicyDocument[], request: Authorization): Decision {
  let allowed = false;
  for (const policy of policies) {
    for (const statement of Array.isArray(policy.Statement) ? policy.Statement : [policy.Statement]) {
      if (!statementApplies(statement, request)) continue;
      if (statement.Effect === 'Deny') return 'explicit-deny';
      allowed = true;
    }
  }
  return allowed ? 'allow' : 'implicit-deny';
}

/** The JSON-protocol AccessDeniedException AWS answers (SageMaker says it with HTTP 400). */
export function accessDenied(principal: string, request: Authorization, decision: Decision): AwsError {
  const why =
    decision === 'explicit-deny' ? `with an explicit deny in an identity-based policy` : `because no identity-based policy allows the ${request.action} action`;
  return {
    status: 400,
    code: 'AccessDeniedException',
    message: `User: ${principal} is not authorized to perform: ${request.action} on resource: ${request.resource} ${why}`,
  };
}

// -------------------------------------------------------------------------------------------------------------
// What each operation needs. Operations without a rule are refused by an enforcing world (a loud gap, not a
// silent allow): a later action adds its rules here.

type Params = Record<string, unknown>;
const text = (v: unknown): string => (typeof v === 'string' ? v : '');

function pipelineArn(region: string, account: string, nameOrArn: string): string {
  // SageMaker puts the pipeline name into its ARNs in lower case.
  return nameOrArn.startsWith('arn:') ? nameOrArn : `arn:aws:sagemaker:${region}:${account}:pipeline/${nameOrArn.toLowerCase()}`;
}

const onPipeline =
  (action: string) =>
  (p: Params, region: string, account: string): Authorization[] => [{ action, resource: pipelineArn(region, account, text(p.PipelineName)) }];
const onExecution =
  (action: string) =>
  (p: Params): Authorization[] => [{ action, resource: text(p.PipelineExecutionArn) }];
/** CreatePipeline/UpdatePipeline pass RoleArn to SageMaker: IAM also checks iam:PassRole on it. */
const passingRole =
  (action: string) =>
  (p: Params, region: string, account: string): Authorization[] => [
    ...onPipeline(action)(p, region, account),
    ...(p.RoleArn !== undefined ? [{ action: 'iam:PassRole', resource: text(p.RoleArn), context: { 'iam:PassedToService': 'sagemaker.amazonaws.com' } }] : []),
  ];

/** ECR: the repository ARN (registryId is the account that owns it); GetAuthorizationToken is on "*". */
function repositoryArn(p: Params, region: string, account: string, name: string): string {
  return `arn:aws:ecr:${region}:${text(p.registryId) || account}:repository/${name}`;
}
const onRepository =
  (action: string) =>
  (p: Params, region: string, account: string): Authorization[] => [{ action, resource: repositoryArn(p, region, account, text(p.repositoryName)) }];
/** DescribeRepositories: each named repository, or all of them. */
const onRepositories =
  (action: string) =>
  (p: Params, region: string, account: string): Authorization[] => {
    const names = Array.isArray(p.repositoryNames) ? p.repositoryNames.map(text) : [];
    return names.length
      ? names.map((name) => ({ action, resource: repositoryArn(p, region, account, name) }))
      : [{ action, resource: repositoryArn(p, region, account, '*') }];
  };
/** CreateRepository with tags also needs ecr:TagResource on the new repository (as AWS checks it). */
const creatingRepository = (p: Params, region: string, account: string): Authorization[] => [
  ...onRepository('ecr:CreateRepository')(p, region, account),
  ...(Array.isArray(p.tags) && p.tags.length ? onRepository('ecr:TagResource')(p, region, account) : []),
];

export const AUTHORIZATION_RULES: Record<string, (p: Params, region: string, account: string) => Authorization[]> = {
  'ecr:GetAuthorizationToken': () => [{ action: 'ecr:GetAuthorizationToken', resource: '*' }],
  'ecr:CreateRepository': creatingRepository,
  'ecr:DescribeRepositories': onRepositories('ecr:DescribeRepositories'),
  'ecr:DeleteRepository': onRepository('ecr:DeleteRepository'),
  'ecr:PutLifecyclePolicy': onRepository('ecr:PutLifecyclePolicy'),
  'ecr:GetLifecyclePolicy': onRepository('ecr:GetLifecyclePolicy'),
  'ecr:PutImageScanningConfiguration': onRepository('ecr:PutImageScanningConfiguration'),
  'ecr:PutImageTagMutability': onRepository('ecr:PutImageTagMutability'),
  'ecr:TagResource': (p) => [{ action: 'ecr:TagResource', resource: text(p.resourceArn) }],
  'ecr:ListTagsForResource': (p) => [{ action: 'ecr:ListTagsForResource', resource: text(p.resourceArn) }],
  'ecr:DescribeImages': onRepository('ecr:DescribeImages'),
  'ecr:ListImages': onRepository('ecr:ListImages'),
  'ecr:BatchGetImage': onRepository('ecr:BatchGetImage'),
  'ecr:BatchCheckLayerAvailability': onRepository('ecr:BatchCheckLayerAvailability'),
  'ecr:BatchDeleteImage': onRepository('ecr:BatchDeleteImage'),
  'ecr:PutImage': onRepository('ecr:PutImage'),
  'ecr:InitiateLayerUpload': onRepository('ecr:InitiateLayerUpload'),
  'ecr:UploadLayerPart': onRepository('ecr:UploadLayerPart'),
  'ecr:CompleteLayerUpload': onRepository('ecr:CompleteLayerUpload'),
  'ecr:GetDownloadUrlForLayer': onRepository('ecr:GetDownloadUrlForLayer'),
  'ecr:DescribeImageScanFindings': onRepository('ecr:DescribeImageScanFindings'),
  'ecr:StartImageScan': onRepository('ecr:StartImageScan'),
  'sagemaker:DescribePipeline': onPipeline('sagemaker:DescribePipeline'),
  'sagemaker:CreatePipeline': passingRole('sagemaker:CreatePipeline'),
  'sagemaker:UpdatePipeline': passingRole('sagemaker:UpdatePipeline'),
  'sagemaker:StartPipelineExecution': onPipeline('sagemaker:StartPipelineExecution'),
  'sagemaker:ListPipelineExecutions': onPipeline('sagemaker:ListPipelineExecutions'),
  'sagemaker:DescribePipelineExecution': onExecution('sagemaker:DescribePipelineExecution'),
  'sagemaker:ListPipelineExecutionSteps': onExecution('sagemaker:ListPipelineExecutionSteps'),
  'sagemaker:StopPipelineExecution': onExecution('sagemaker:StopPipelineExecution'),
  'sagemaker:DescribePipelineDefinitionForExecution': onExecution('sagemaker:DescribePipelineDefinitionForExecution'),
  'sagemaker:ListPipelineParametersForExecution': onExecution('sagemaker:ListPipelineParametersForExecution'),
  'eks:DescribeCluster': (p, region, account) => [{ action: 'eks:DescribeCluster', resource: `arn:aws:eks:${region}:${account}:cluster/${text(p.name)}` }],
  // Model Monitor reads. ListMonitoringExecutions has no resource type in IAM (Resource "*").
  'sagemaker:ListMonitoringExecutions': () => [{ action: 'sagemaker:ListMonitoringExecutions', resource: '*' }],
  'sagemaker:DescribeProcessingJob': (p, region, account) => [
    { action: 'sagemaker:DescribeProcessingJob', resource: `arn:aws:sagemaker:${region}:${account}:processing-job/${text(p.ProcessingJobName).toLowerCase()}` },
  ],
  // S3 (path-style requests; protocol.ts puts Bucket, Key and Prefix into params). Listing is s3:ListBucket on the
  // bucket, with the s3:prefix condition key; reading is s3:GetObject on the object.
  's3:ListObjectsV2': (p) => [{ action: 's3:ListBucket', resource: `arn:aws:s3:::${text(p.Bucket)}`, context: { 's3:prefix': text(p.Prefix) } }],
  's3:ListObjects': (p) => [{ action: 's3:ListBucket', resource: `arn:aws:s3:::${text(p.Bucket)}`, context: { 's3:prefix': text(p.Prefix) } }],
  's3:GetObject': (p) => [{ action: 's3:GetObject', resource: `arn:aws:s3:::${text(p.Bucket)}/${text(p.Key)}` }],
  's3:HeadObject': (p) => [{ action: 's3:GetObject', resource: `arn:aws:s3:::${text(p.Bucket)}/${text(p.Key)}` }],
  // CloudWatch's signing name is monitoring; the IAM action is cloudwatch:PutMetricData (no resource type; the
  // cloudwatch:namespace condition key narrows it).
  'monitoring:PutMetricData': (p) => [{ action: 'cloudwatch:PutMetricData', resource: '*', context: { 'cloudwatch:namespace': text(p.Namespace) } }],
  // The Model Registry: a versioned package's ARN is model-package/GROUP/N. ListModelPackages has no resource type
  // in IAM (the Service Authorization Reference lists none), so it is authorised on "*".
  'sagemaker:DescribeModelPackage': (p) => [{ action: 'sagemaker:DescribeModelPackage', resource: text(p.ModelPackageName) }],
  'sagemaker:UpdateModelPackage': (p) => [{ action: 'sagemaker:UpdateModelPackage', resource: text(p.ModelPackageArn) }],
  'sagemaker:ListModelPackages': () => [{ action: 'sagemaker:ListModelPackages', resource: '*' }],
};

// -------------------------------------------------------------------------------------------------------------
// moto's IAM (Query protocol), signed by name only: the world runs moto without enforcement.

async function iamCall(motoEndpoint: string, params: Record<string, string>): Promise<string> {
  const date = new Date().toISOString().replace(/[-:]/g, '').slice(0, 8);
  const res = await fetch(motoEndpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
      authorization: `AWS4-HMAC-SHA256 Credential=AKIATESTKITHARNESS01/${date}/us-east-1/iam/aws4_request, SignedHeaders=host, Signature=0`,
    },
    body: new URLSearchParams({ Version: '2010-05-08', ...params }).toString(),
  });
  const body = await res.text();
  if (res.status !== 200) throw new Error(`moto IAM ${params.Action}: HTTP ${res.status} ${body.slice(0, 300)}`);
  return body;
}

const xmlText = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_m, n: string) => String.fromCharCode(Number(n)))
    .replace(/&amp;/g, '&');

const all = (xml: string, tag: string): string[] => [...xml.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => xmlText(m[1]!));

function parseDocument(raw: string): PolicyDocument {
  const decoded = raw.trim().startsWith('%') ? decodeURIComponent(raw) : raw;
  return JSON.parse(decoded) as PolicyDocument;
}

export class IamStore {
  constructor(private readonly motoEndpoint: string) {}

  async createRole(name: string, trustPolicy: object, policies: Record<string, object>): Promise<string> {
    const created = await iamCall(this.motoEndpoint, { Action: 'CreateRole', RoleName: name, AssumeRolePolicyDocument: JSON.stringify(trustPolicy) });
    for (const [policyName, document] of Object.entries(policies)) {
      await iamCall(this.motoEndpoint, { Action: 'PutRolePolicy', RoleName: name, PolicyName: policyName, PolicyDocument: JSON.stringify(document) });
    }
    const arn = all(created, 'Arn')[0];
    if (!arn) throw new Error(`moto IAM CreateRole answered no Arn for ${name}`);
    return arn;
  }

  /** The role's identity policies as moto holds them: inline ones and the default version of attached ones. */
  async rolePolicies(roleName: string): Promise<PolicyDocument[]> {
    const documents: PolicyDocument[] = [];
    const inline = all(await iamCall(this.motoEndpoint, { Action: 'ListRolePolicies', RoleName: roleName }), 'member');
    for (const policyName of inline) {
      const answer = await iamCall(this.motoEndpoint, { Action: 'GetRolePolicy', RoleName: roleName, PolicyName: policyName });
      documents.push(parseDocument(all(answer, 'PolicyDocument')[0] ?? '{}'));
    }
    const attached = all(await iamCall(this.motoEndpoint, { Action: 'ListAttachedRolePolicies', RoleName: roleName }), 'PolicyArn');
    for (const policyArn of attached) {
      const policy = await iamCall(this.motoEndpoint, { Action: 'GetPolicy', PolicyArn: policyArn });
      const version = all(policy, 'DefaultVersionId')[0] ?? 'v1';
      const answer = await iamCall(this.motoEndpoint, { Action: 'GetPolicyVersion', PolicyArn: policyArn, VersionId: version });
      documents.push(parseDocument(all(answer, 'Document')[0] ?? '{}'));
    }
    return documents;
  }
}
