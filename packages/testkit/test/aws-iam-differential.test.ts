// Differential test: the layer's IAM evaluator (aws/iam.ts `evaluate`) against moto's own IAM enforcement.
// One real moto_server; users with a table of identity policies; every (policy, call) pair is sent through the
// real AWS SDK v3 clients over HTTP with that user's keys, and moto's decision (AccessDenied or not) must equal
// the evaluator's decision for the same policy, action and resource. Where moto decides differently from AWS
// (documented per policy below, with the reason), the test asserts that exact difference instead of skipping.
import { DescribeRepositoriesCommand, ECRClient } from '@aws-sdk/client-ecr';
import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand, CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import {
  CreatePipelineCommand,
  DeletePipelineCommand,
  DescribeModelPackageCommand,
  DescribePipelineCommand,
  ListModelPackagesCommand,
  ListPipelinesCommand,
  SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUTHORIZATION_RULES, churnDefinition, evaluateIamPolicies as evaluate, PIPELINE_ROLE, type PolicyDocument } from '../src/aws/index.js';
import { startMoto, type MotoProcess } from '../src/aws/moto-process.js';

const REGION = 'us-east-1';
const ACCOUNT = '123456789012'; // moto's default account
const PIPELINE = 'diff-pipe';
const BUCKET = 'diff-bucket';
const SM = `arn:aws:sagemaker:${REGION}:${ACCOUNT}`;

interface Keys {
  accessKeyId: string;
  secretAccessKey: string;
}
interface Clients {
  sagemaker: SageMakerClient;
  ecr: ECRClient;
  s3: S3Client;
}

/** One API call: what AWS authorises it as (action, resource), and how to make it with the SDK. */
interface Call {
  action: string;
  resource: string;
  send(c: Clients): Promise<unknown>;
}

const CALLS: Record<string, Call> = {
  ListPipelines: { action: 'sagemaker:ListPipelines', resource: '*', send: (c) => c.sagemaker.send(new ListPipelinesCommand({})) },
  // The resource the layer's own rule gives (the pipeline ARN), so the differential covers AUTHORIZATION_RULES too.
  DescribePipeline: {
    action: 'sagemaker:DescribePipeline',
    resource: AUTHORIZATION_RULES['sagemaker:DescribePipeline']!({ PipelineName: PIPELINE }, REGION, ACCOUNT)[0]!.resource,
    send: (c) => c.sagemaker.send(new DescribePipelineCommand({ PipelineName: PIPELINE })),
  },
  // A name that does not exist: an authorised call answers ResourceNotFound and leaves the shared state alone.
  DeletePipeline: {
    action: 'sagemaker:DeletePipeline',
    resource: `${SM}:pipeline/diff-gone`,
    send: (c) => c.sagemaker.send(new DeletePipelineCommand({ PipelineName: 'diff-gone', ClientRequestToken: 'diff-delete-token-0000000000000001' })),
  },
  ListModelPackages: { action: 'sagemaker:ListModelPackages', resource: '*', send: (c) => c.sagemaker.send(new ListModelPackagesCommand({})) },
  DescribeModelPackage: {
    action: 'sagemaker:DescribeModelPackage',
    resource: `${SM}:model-package/diff-models/1`,
    send: (c) => c.sagemaker.send(new DescribeModelPackageCommand({ ModelPackageName: `${SM}:model-package/diff-models/1` })),
  },
  // moto authorises ECR, like SageMaker, against "*" only; the call lists no repository, so "*" is what AWS uses too.
  DescribeRepositories: { action: 'ecr:DescribeRepositories', resource: '*', send: (c) => c.ecr.send(new DescribeRepositoriesCommand({})) },
  // S3 is where moto checks the real resource ARN: bucket for ListBucket, bucket/key for GetObject.
  ListBucket: { action: 's3:ListBucket', resource: `arn:aws:s3:::${BUCKET}`, send: (c) => c.s3.send(new ListObjectsV2Command({ Bucket: BUCKET })) },
  GetPublicObject: {
    action: 's3:GetObject',
    resource: `arn:aws:s3:::${BUCKET}/public/a.txt`,
    send: (c) => readObject(c, 'public/a.txt'),
  },
  GetSecretObject: {
    action: 's3:GetObject',
    resource: `arn:aws:s3:::${BUCKET}/secret/b.txt`,
    send: (c) => readObject(c, 'secret/b.txt'),
  },
};
type CallName = keyof typeof CALLS;
const SAGEMAKER_ARN_CALLS: CallName[] = ['DescribePipeline', 'DeletePipeline', 'DescribeModelPackage'];

interface Case {
  policy: PolicyDocument;
  /** Calls where moto's decision is known to be the opposite of the evaluator's, and why. */
  differs?: { calls: CallName[]; why: string };
}

const doc = (...Statement: PolicyDocument['Statement'][]): PolicyDocument => ({ Version: '2012-10-17', Statement: Statement.flat() });

const CASES: Record<string, Case> = {
  'no-policy': { policy: doc([]) },
  'allow-describe-wildcard': { policy: doc({ Effect: 'Allow', Action: 'sagemaker:Describe*', Resource: '*' }) },
  'allow-sagemaker-all': { policy: doc({ Effect: 'Allow', Action: 'sagemaker:*', Resource: '*' }) },
  'allow-action-list': {
    policy: doc({ Effect: 'Allow', Action: ['sagemaker:ListPipelines', 'sagemaker:ListModelPackages', 'ecr:DescribeRepositories'], Resource: '*' }),
  },
  'allow-all-deny-delete': {
    policy: doc({ Effect: 'Allow', Action: '*', Resource: '*' }, { Effect: 'Deny', Action: 'sagemaker:DeletePipeline', Resource: '*' }),
  },
  'allow-notaction': { policy: doc({ Effect: 'Allow', NotAction: ['sagemaker:Delete*', 's3:*'], Resource: '*' }) },
  'deny-notaction': {
    policy: doc({ Effect: 'Allow', Action: '*', Resource: '*' }, { Effect: 'Deny', NotAction: ['sagemaker:Describe*', 's3:List*'], Resource: '*' }),
  },
  'allow-s3-prefix': {
    policy: doc(
      { Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::${BUCKET}/public/*` },
      { Effect: 'Allow', Action: 's3:ListBucket', Resource: `arn:aws:s3:::${BUCKET}` },
    ),
  },
  'allow-s3-deny-secret': {
    policy: doc({ Effect: 'Allow', Action: 's3:*', Resource: '*' }, { Effect: 'Deny', Action: 's3:GetObject', Resource: `arn:aws:s3:::${BUCKET}/secret/*` }),
  },
  'allow-s3-wrong-bucket': { policy: doc({ Effect: 'Allow', Action: 's3:*', Resource: ['arn:aws:s3:::other-bucket', 'arn:aws:s3:::other-bucket/*'] }) },
  // A least-privilege SageMaker statement. moto authorises every SageMaker call against "*", and the pattern
  // `arn:...:pipeline/*` does not match the string "*": moto denies what AWS (and the evaluator) allow.
  'allow-sagemaker-arns': {
    policy: doc({ Effect: 'Allow', Action: 'sagemaker:*', Resource: [`${SM}:pipeline/*`, `${SM}:model-package/*`] }),
    differs: { calls: SAGEMAKER_ARN_CALLS, why: 'moto matches SageMaker statements against the resource "*" only' },
  },
  // AWS matches action names case-insensitively; moto's matcher is a case-sensitive regex.
  'allow-action-other-case': {
    policy: doc({ Effect: 'Allow', Action: 'SageMaker:describepipeline', Resource: '*' }),
    differs: { calls: ['DescribePipeline'], why: 'moto compares action names case-sensitively' },
  },
  // NotResource "*" matches no resource in AWS; moto ignores NotResource and takes a statement without
  // Resource as matching every resource (its trust-policy shortcut), so it allows every action named.
  'allow-notresource-all': {
    policy: doc({ Effect: 'Allow', Action: ['sagemaker:*', 's3:*'], NotResource: '*' }),
    differs: {
      calls: [
        'ListPipelines',
        'DescribePipeline',
        'DeletePipeline',
        'ListModelPackages',
        'DescribeModelPackage',
        'ListBucket',
        'GetPublicObject',
        'GetSecretObject',
      ],
      why: 'moto ignores NotResource',
    },
  },
};

// -------------------------------------------------------------------------------------------------------------

/** GetObject with its body read to the end: a body left unread is aborted when moto stops (an uncaught 'aborted'). */
async function readObject(c: Clients, key: string): Promise<string> {
  const answer = await c.s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
  return (await answer.Body?.transformToString()) ?? '';
}

let moto: MotoProcess;
const keys = new Map<string, Keys>();
const opened: { destroy(): void }[] = [];

/** moto's IAM Query API, signed by name only: used before enforcement starts, when moto checks no signature. */
async function iam(params: Record<string, string>): Promise<string> {
  const date = new Date().toISOString().replace(/[-:]/g, '').slice(0, 8);
  const res = await fetch(moto.endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
      authorization: `AWS4-HMAC-SHA256 Credential=AKIADIFFERENTIALSETUP/${date}/${REGION}/iam/aws4_request, SignedHeaders=host, Signature=0`,
    },
    body: new URLSearchParams({ Version: '2010-05-08', ...params }).toString(),
  });
  const body = await res.text();
  if (res.status !== 200) throw new Error(`moto IAM ${params.Action}: HTTP ${res.status} ${body.slice(0, 300)}`);
  return body;
}

const tag = (xml: string, name: string): string => {
  const value = new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1];
  if (value === undefined) throw new Error(`no <${name}> in ${xml.slice(0, 300)}`);
  return value;
};

async function createUser(name: string, policy: PolicyDocument): Promise<Keys> {
  await iam({ Action: 'CreateUser', UserName: name });
  // moto (like IAM) refuses a policy without statements: the user with none simply gets no policy.
  if ([policy.Statement].flat().length > 0) {
    await iam({ Action: 'PutUserPolicy', UserName: name, PolicyName: 'differential', PolicyDocument: JSON.stringify(policy) });
  }
  const answer = await iam({ Action: 'CreateAccessKey', UserName: name });
  return { accessKeyId: tag(answer, 'AccessKeyId'), secretAccessKey: tag(answer, 'SecretAccessKey') };
}

function clients(credentials: Keys): Clients {
  const config = { endpoint: moto.endpoint, region: REGION, credentials, maxAttempts: 1 };
  const made = { sagemaker: new SageMakerClient(config), ecr: new ECRClient(config), s3: new S3Client({ ...config, forcePathStyle: true }) };
  for (const client of Object.values(made)) {
    opened.push(client);
    client.middlewareStack.add(keepDeniedBody, { step: 'deserialize', priority: 'low', name: 'keepDeniedBody' });
  }
  return made;
}

/**
 * The JSON clients cannot parse moto's XML AccessDenied: below the deserializer, keep the last 403's body text so
 * that motoDenies can tell an IAM denial from any other 403 (calls are made one at a time).
 */
const keepDeniedBody = ((next: (args: unknown) => Promise<{ response: { statusCode?: number; body?: unknown } }>) => async (args: unknown) => {
  const out = await next(args);
  const response = out.response;
  if (response.statusCode === 403 && response.body instanceof Readable) {
    const text = Buffer.concat(await response.body.toArray()).toString('utf8');
    response.body = Readable.from([Buffer.from(text)]);
    lastDeniedBody = text;
  }
  return out;
}) as never;
let lastDeniedBody = '';

/** moto's decision: denied when it answers AccessDenied (403, an XML error even for the JSON services). */
async function motoDenies(call: Call, c: Clients): Promise<boolean> {
  try {
    await call.send(c);
    return false;
  } catch (error) {
    const e = error as { name?: string; message?: string; $metadata?: { httpStatusCode?: number } };
    if (e.$metadata?.httpStatusCode === 403) {
      // A 403 for any other reason (a bad signature, an unknown key) would make the comparison meaningless.
      expect(`${e.name} ${e.message} ${lastDeniedBody}`).toMatch(/AccessDenied|not authorized/);
      return true;
    }
    return false; // authorised: the service's own answer (ResourceNotFound, NoSuchKey...) is not an IAM decision
  }
}

/** Fixtures, created before enforcement starts, so that authorised calls mostly find what they ask for. */
async function createFixtures(): Promise<void> {
  const c = clients({ accessKeyId: 'AKIADIFFERENTIALSETUP', secretAccessKey: 'setup' });
  await c.sagemaker.send(
    new CreatePipelineCommand({
      PipelineName: PIPELINE,
      RoleArn: PIPELINE_ROLE,
      PipelineDefinition: JSON.stringify(churnDefinition('diff-models')),
      ClientRequestToken: 'diff-create-token-00000000000000001',
    }),
  );
  await c.s3.send(new CreateBucketCommand({ Bucket: BUCKET }));
  await c.s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'public/a.txt', Body: 'a' }));
  await c.s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'secret/b.txt', Body: 'b' }));
}

/**
 * Turn enforcement on now: moto's INITIAL_NO_AUTH_ACTION_COUNT set to 0 through its /moto-api/reset-auth (what
 * moto's own server-mode helper `set_initial_no_auth_action_count` does), instead of a start-up count that would
 * have to equal the number of set-up requests exactly.
 */
async function enforceFromNowOn(): Promise<void> {
  const res = await fetch(`${moto.endpoint}/moto-api/reset-auth`, { method: 'POST', body: '0' });
  expect(res.status).toBe(200);
  expect(await res.json()).toMatchObject({ status: 'ok' });
}

beforeAll(async () => {
  moto = await startMoto();
  await createFixtures();
  for (const [name, { policy }] of Object.entries(CASES)) keys.set(name, await createUser(name, policy));
  await enforceFromNowOn();
});

afterAll(async () => {
  for (const c of opened) c.destroy();
  await moto?.stop();
});

describe('the layer IAM evaluator against moto enforcement', () => {
  it('moto enforces: an unknown key is refused', async () => {
    const c = clients({ accessKeyId: 'AKIANOSUCHUSER000000', secretAccessKey: 'x' });
    await expect(c.sagemaker.send(new ListPipelinesCommand({}))).rejects.toMatchObject({ $metadata: { httpStatusCode: 403 } });
  });

  for (const [policyName, { policy, differs }] of Object.entries(CASES)) {
    it(`${policyName}: moto and the evaluator decide alike${differs ? ` except where ${differs.why}` : ''}`, async () => {
      const c = clients(keys.get(policyName)!);
      const verdict = (denied: boolean): string => (denied ? 'deny' : 'allow');
      const rows: { call: string; moto: string; expected: string; evaluator: string }[] = [];
      for (const [callName, call] of Object.entries(CALLS)) {
        const evaluatorDenies = evaluate([policy], { action: call.action, resource: call.resource }) !== 'allow';
        const expectedDenies = differs?.calls.includes(callName) ? !evaluatorDenies : evaluatorDenies;
        rows.push({ call: callName, moto: verdict(await motoDenies(call, c)), expected: verdict(expectedDenies), evaluator: verdict(evaluatorDenies) });
      }
      // One assertion over the whole table, so that a failure shows every row of the policy that disagrees.
      expect(rows.filter((r) => r.moto !== r.expected)).toEqual([]);
      console.log(`${policyName}: ${rows.map((r) => `${r.call}=${r.moto}${r.moto === r.evaluator ? '' : '(differs)'}`).join(' ')}`);
    });
  }
});
