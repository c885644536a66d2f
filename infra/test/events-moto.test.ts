// The committed template's resources created in moto through the real AWS SDK (see support/deploy-template.ts for
// why not through moto's CloudFormation), then exercised: SageMaker-shaped events put on the default bus are matched
// by moto's EventBridge pattern engine and transformed by its input transformer into the repository_dispatch body,
// which is delivered to the GitHub world with the connection's Authorization header, read from the secret
// EventBridge keeps for the connection.
import { readFileSync } from 'node:fs';
import {
  DescribeApiDestinationCommand,
  DescribeConnectionCommand,
  DescribeRuleCommand,
  EventBridgeClient,
  ListTargetsByRuleCommand,
  PutEventsCommand,
  PutTargetsCommand,
} from '@aws-sdk/client-eventbridge';
import { GetRoleCommand, GetRolePolicyCommand, IAMClient } from '@aws-sdk/client-iam';
import { CreateSecretCommand, GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { CreateQueueCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { evaluateIamPolicies, type GitHubWorld, type PolicyDocument, startAwsWorld, startGitHubWorld, type AwsWorld } from '@mlops-actions/testkit';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EVENT_TYPES, TEMPLATE_PATH } from '../src/index.js';
import { type Deployment, deployTemplate, ParameterError, resolveParameters } from './support/deploy-template.js';
import { modelPackageEvent, pipelineExecutionEvent, type SampleEvent } from './support/sample-events.js';

const GROUP = 'churn-models';
const PIPELINE = 'churn-training';
const REPOSITORY = 'octo-org/churn-model';
const SECRET_NAME = 'mlops-actions/github-dispatch-token';
const template = JSON.parse(readFileSync(TEMPLATE_PATH, 'utf8')) as Record<string, never>;
const templateText = readFileSync(TEMPLATE_PATH, 'utf8');

let aws: AwsWorld;
let gh: GitHubWorld;
let clients: { events: EventBridgeClient; sqs: SQSClient; iam: IAMClient; secrets: SecretsManagerClient };
let deployment: Deployment;
const logical = (type: string, prefix = ''): string => {
  const found = Object.entries(deployment.resources).filter(([id, r]) => r.type === type && id.startsWith(prefix));
  if (found.length !== 1) throw new Error(`expected one ${type} ${prefix}, found ${found.length}`);
  return found[0]![0];
};
const resource = (type: string, prefix = '') => deployment.resources[logical(type, prefix)]!;

beforeAll(async () => {
  [aws, gh] = await Promise.all([startAwsWorld(), startGitHubWorld({ repository: REPOSITORY })]);
  const config = {
    endpoint: aws.motoEndpoint,
    region: aws.region,
    credentials: { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG' },
  };
  clients = { events: new EventBridgeClient(config), sqs: new SQSClient(config), iam: new IAMClient(config), secrets: new SecretsManagerClient(config) };
  // What the README tells users to do once: the token goes into Secrets Manager, never into the stack.
  await clients.secrets.send(new CreateSecretCommand({ Name: SECRET_NAME, SecretString: gh.token }));
  deployment = await deployTemplate(template, {
    stackName: 'mlops-events',
    parameters: { ModelPackageGroupName: GROUP, PipelineName: PIPELINE, GitHubRepository: REPOSITORY },
    accountId: aws.accountId,
    region: aws.region,
    clients,
  });
}, 120_000);
afterAll(async () => {
  for (const client of Object.values(clients ?? {})) client.destroy();
  await Promise.all([aws?.close(), gh?.close()]);
});

describe('the template deployed into moto, resource by resource', () => {
  test('every resource is created by its service API; the token is read from Secrets Manager, not from the template', () => {
    expect(
      Object.values(deployment.resources)
        .map((r) => r.type)
        .sort(),
    ).toEqual([
      'AWS::Events::ApiDestination',
      'AWS::Events::Connection',
      'AWS::Events::Rule',
      'AWS::Events::Rule',
      'AWS::IAM::Policy',
      'AWS::IAM::Role',
      'AWS::SQS::Queue',
      'AWS::SQS::QueuePolicy',
    ]);
    expect(deployment.calls).toContain('GetSecretValue');
    expect(deployment.parameters).toMatchObject({ GitHubTokenSecretName: SECRET_NAME, GitHubApiUrl: 'https://api.github.com' });
    expect(templateText).not.toContain(gh.token);
    expect(deployment.outputs.ApiDestinationArn).toMatch(/^arn:aws:events:us-east-1:123456789012:api-destination\/mlops-events-GitHubDispatches/);
  });

  test('the rules have exactly the synthesized patterns, with the parameters filled in', async () => {
    const approved = await clients.events.send(new DescribeRuleCommand({ Name: resource('AWS::Events::Rule', 'ModelPackageApproved').ref }));
    expect(JSON.parse(approved.EventPattern ?? '')).toEqual({
      source: ['aws.sagemaker'],
      'detail-type': ['SageMaker Model Package State Change'],
      detail: { ModelPackageGroupName: [GROUP], ModelApprovalStatus: ['Approved'] },
    });
    expect(approved.State).toBe('ENABLED');
    const finished = await clients.events.send(new DescribeRuleCommand({ Name: resource('AWS::Events::Rule', 'PipelineExecutionFinished').ref }));
    expect(JSON.parse(finished.EventPattern ?? '')).toEqual({
      source: ['aws.sagemaker'],
      'detail-type': ['SageMaker Model Building Pipeline Execution Status Change'],
      detail: {
        currentPipelineExecutionStatus: ['Succeeded', 'Failed', 'Stopped'],
        pipelineArn: [{ 'equals-ignore-case': `arn:aws:sagemaker:us-east-1:123456789012:pipeline/${PIPELINE}` }],
      },
    });
  });

  test('the connection sends Authorization: Bearer <token> from the secret, plus GitHub’s Accept and API version headers', async () => {
    const connection = await clients.events.send(new DescribeConnectionCommand({ Name: resource('AWS::Events::Connection').ref }));
    expect(connection.AuthorizationType).toBe('API_KEY');
    expect(connection.ConnectionState).toBe('AUTHORIZED');
    // EventBridge keeps the auth parameters in a secret of its own (events!connection/...): what it sends.
    const stored = JSON.parse((await clients.secrets.send(new GetSecretValueCommand({ SecretId: connection.SecretArn }))).SecretString ?? '{}') as {
      api_key_name: string;
      api_key_value: string;
      invocation_http_parameters: { header_parameters: Array<{ key: string; value: string; is_value_secret: boolean }> };
    };
    expect(stored.api_key_name).toBe('Authorization');
    expect(stored.api_key_value).toBe(`Bearer ${gh.token}`);
    expect(stored.invocation_http_parameters.header_parameters.map((h) => [h.key, h.value])).toEqual([
      ['Accept', 'application/vnd.github+json'],
      ['X-GitHub-Api-Version', '2022-11-28'],
    ]);
    const destination = await clients.events.send(new DescribeApiDestinationCommand({ Name: resource('AWS::Events::ApiDestination').ref }));
    expect(destination).toMatchObject({
      ConnectionArn: connection.ConnectionArn,
      HttpMethod: 'POST',
      InvocationEndpoint: `https://api.github.com/repos/${REPOSITORY}/dispatches`,
      InvocationRateLimitPerSecond: 1,
    });
  });

  test('each rule targets the API destination with the invoke role, the dead-letter queue and the retry policy', async () => {
    const destination = resource('AWS::Events::ApiDestination').attributes.Arn;
    for (const rule of ['ModelPackageApproved', 'PipelineExecutionFinished']) {
      const targets = await clients.events.send(new ListTargetsByRuleCommand({ Rule: resource('AWS::Events::Rule', rule).ref }));
      expect(targets.Targets).toHaveLength(1);
      expect(targets.Targets?.[0]).toMatchObject({
        Arn: destination,
        RoleArn: resource('AWS::IAM::Role').attributes.Arn,
        DeadLetterConfig: { Arn: resource('AWS::SQS::Queue').attributes.Arn },
        RetryPolicy: { MaximumEventAgeInSeconds: 86400, MaximumRetryAttempts: 64 },
      });
    }
  });

  test('the role: only EventBridge of this account may assume it, and it may invoke this API destination and nothing else', async () => {
    const role = resource('AWS::IAM::Role').ref;
    const trust = (await clients.iam.send(new GetRoleCommand({ RoleName: role }))).Role?.AssumeRolePolicyDocument ?? '';
    const trustDoc = JSON.parse(decodeURIComponent(trust)) as PolicyDocument;
    expect(trustDoc.Statement).toEqual([
      {
        Action: 'sts:AssumeRole',
        Condition: { StringEquals: { 'aws:SourceAccount': aws.accountId } },
        Effect: 'Allow',
        Principal: { Service: 'events.amazonaws.com' },
      },
    ]);
    const policyName = logical('AWS::IAM::Policy');
    const answer = await clients.iam.send(new GetRolePolicyCommand({ RoleName: role, PolicyName: policyName }));
    const policy = JSON.parse(decodeURIComponent(answer.PolicyDocument ?? '')) as PolicyDocument;
    const destination = resource('AWS::Events::ApiDestination').attributes.Arn as string;
    const decide = (action: string, target: string) => evaluateIamPolicies([policy], { action, resource: target });
    expect(decide('events:InvokeApiDestination', destination)).toBe('allow');
    // Another destination in the same account (e.g. someone else's webhook) is out of reach.
    expect(decide('events:InvokeApiDestination', destination.replace(/api-destination\/[^/]+\//, 'api-destination/other/'))).toBe('implicit-deny');
    expect(decide('events:PutEvents', `arn:aws:events:us-east-1:${aws.accountId}:event-bus/default`)).toBe('implicit-deny');
    expect(decide('secretsmanager:GetSecretValue', `arn:aws:secretsmanager:us-east-1:${aws.accountId}:secret:${SECRET_NAME}`)).toBe('implicit-deny');
  });

  test('the dead-letter queue takes messages from the two rules only, over TLS only', async () => {
    const queue = resource('AWS::SQS::Queue');
    const attributes = await clients.sqs.send(new GetQueueAttributesCommand({ QueueUrl: queue.ref, AttributeNames: ['All'] }));
    expect(attributes.Attributes?.MessageRetentionPeriod).toBe('1209600');
    const policy = JSON.parse(attributes.Attributes?.Policy ?? '{}') as PolicyDocument;
    const rules = ['ModelPackageApproved', 'PipelineExecutionFinished'].map((r) => resource('AWS::Events::Rule', r).attributes.Arn as string);
    const send = (sourceArn: string, secure = 'true') =>
      evaluateIamPolicies([policy], {
        action: 'sqs:SendMessage',
        resource: queue.attributes.Arn as string,
        context: { 'aws:SourceArn': sourceArn, 'aws:SecureTransport': secure },
      });
    expect(rules.map((arn) => send(arn))).toEqual(['allow', 'allow']);
    // The evaluator judges actions, resources and conditions; who may send is the statements' principal.
    const statements = Array.isArray(policy.Statement) ? policy.Statement : [policy.Statement];
    expect(statements.filter((s) => s.Effect === 'Allow').map((s) => (s as { Principal?: unknown }).Principal)).toEqual([
      { Service: 'events.amazonaws.com' },
      { Service: 'events.amazonaws.com' },
    ]);
    expect(send(`arn:aws:events:us-east-1:${aws.accountId}:rule/someone-elses-rule`)).toBe('implicit-deny');
    expect(send(rules[0] as string, 'false')).toBe('explicit-deny');
  });
});

describe('SageMaker events through the deployed rules (moto’s pattern matching and input transformer)', () => {
  // A probe SQS target with the API destination target's own InputTransformer receives exactly the bodies
  // EventBridge POSTs to GitHub (moto does not make the HTTP call of an API destination itself).
  async function probe(rule: string): Promise<{ url: string }> {
    const name = resource('AWS::Events::Rule', rule).ref;
    const [target] = (await clients.events.send(new ListTargetsByRuleCommand({ Rule: name }))).Targets ?? [];
    const queue = await clients.sqs.send(new CreateQueueCommand({ QueueName: `probe-${rule}` }));
    const arn = (await clients.sqs.send(new GetQueueAttributesCommand({ QueueUrl: queue.QueueUrl, AttributeNames: ['QueueArn'] }))).Attributes?.QueueArn;
    await clients.events.send(new PutTargetsCommand({ Rule: name, Targets: [{ Id: 'Probe', Arn: arn, InputTransformer: target?.InputTransformer }] }));
    return { url: queue.QueueUrl as string };
  }
  async function put(events: SampleEvent[]): Promise<string[]> {
    const answer = await clients.events.send(
      new PutEventsCommand({
        Entries: events.map((e) => ({ Source: e.source, DetailType: e.detailType, Resources: e.resources, Detail: JSON.stringify(e.detail) })),
      }),
    );
    expect(answer.FailedEntryCount).toBe(0);
    return (answer.Entries ?? []).map((e) => e.EventId as string);
  }
  async function drain(url: string): Promise<Array<{ event_type: string; client_payload: Record<string, string> }>> {
    const bodies = [];
    for (;;) {
      const answer = await clients.sqs.send(new ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: 10, WaitTimeSeconds: 0 }));
      if (!answer.Messages?.length) return bodies;
      bodies.push(...answer.Messages.map((m) => JSON.parse(m.Body ?? '')));
    }
  }
  /** What the API destination does with a body: POST it with the connection's headers (read from its secret). */
  async function deliver(body: unknown): Promise<number> {
    const connection = await clients.events.send(new DescribeConnectionCommand({ Name: resource('AWS::Events::Connection').ref }));
    const stored = JSON.parse((await clients.secrets.send(new GetSecretValueCommand({ SecretId: connection.SecretArn }))).SecretString ?? '{}') as {
      api_key_name: string;
      api_key_value: string;
      invocation_http_parameters: { header_parameters: Array<{ key: string; value: string }> };
    };
    const destination = await clients.events.send(new DescribeApiDestinationCommand({ Name: resource('AWS::Events::ApiDestination').ref }));
    // Same path and headers as on github.com; the origin is the local GitHub world's.
    const url = (destination.InvocationEndpoint as string).replace('https://api.github.com', gh.apiUrl);
    const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8', 'user-agent': 'Amazon/EventBridge/ApiDestinations' };
    for (const h of stored.invocation_http_parameters.header_parameters) headers[h.key] = h.value;
    headers[stored.api_key_name] = stored.api_key_value;
    const answer = await fetch(url, { method: destination.HttpMethod, headers, body: JSON.stringify(body) });
    await answer.arrayBuffer();
    return answer.status;
  }

  test('an Approved package of the group is announced; its creation (PendingManualApproval), a rejection and other groups are not', async () => {
    const { url } = await probe('ModelPackageApproved');
    const account = aws.accountId;
    const region = aws.region;
    const ids = await put([
      modelPackageEvent({ account, region, group: GROUP, version: 3, status: 'PendingManualApproval' }), // the creation event
      modelPackageEvent({ account, region, group: GROUP, version: 3, status: 'Approved' }),
      modelPackageEvent({ account, region, group: GROUP, version: 4, status: 'Rejected' }),
      modelPackageEvent({ account, region, group: 'fraud-models', version: 7, status: 'Approved' }),
      modelPackageEvent({ account, region, group: `${GROUP}-v2`, version: 1, status: 'Approved' }),
      pipelineExecutionEvent({ account, region, pipelineArnName: PIPELINE, status: 'Succeeded' }),
    ]);
    const bodies = await drain(url);
    expect(bodies).toHaveLength(1);
    expect(bodies[0]).toEqual({
      event_type: EVENT_TYPES.modelPackageApproved,
      client_payload: {
        model_package_arn: `arn:aws:sagemaker:us-east-1:123456789012:model-package/${GROUP}/3`,
        model_package_group: GROUP,
        model_package_version: '3',
        status: 'Approved',
        account,
        region,
        event_id: ids[1],
        time: expect.any(String),
      },
    });
    expect(Object.keys(bodies[0]?.client_payload ?? {}).length).toBeLessThanOrEqual(10);

    // Delivered with the connection's token, GitHub records a repository_dispatch the deploy-on-approval template takes.
    expect(await deliver(bodies[0])).toBe(204);
    const dispatch = gh.state.dispatches.at(-1);
    expect(dispatch).toMatchObject({ kind: 'repository_dispatch', event_type: 'model-package-approved', client_payload: bodies[0]?.client_payload });
  });

  test('a finished execution of the pipeline is announced with its execution ARN (Succeeded, Failed, Stopped; any case of the name)', async () => {
    const { url } = await probe('PipelineExecutionFinished');
    const account = aws.accountId;
    const region = aws.region;
    await put([
      pipelineExecutionEvent({ account, region, pipelineArnName: PIPELINE, status: 'Executing', previous: 'Starting' }),
      pipelineExecutionEvent({ account, region, pipelineArnName: PIPELINE, status: 'Succeeded' }),
      pipelineExecutionEvent({ account, region, pipelineArnName: 'Churn-Training', status: 'Failed' }),
      pipelineExecutionEvent({ account, region, pipelineArnName: PIPELINE, status: 'Stopped', previous: 'Stopping' }),
      pipelineExecutionEvent({ account, region, pipelineArnName: PIPELINE, status: 'Stopping' }),
      pipelineExecutionEvent({ account, region, pipelineArnName: `${PIPELINE}-nightly`, status: 'Succeeded' }),
      modelPackageEvent({ account, region, group: GROUP, version: 5, status: 'Approved' }),
    ]);
    const bodies = await drain(url);
    expect(bodies.map((b) => [b.event_type, b.client_payload.status, b.client_payload.pipeline_execution_arn])).toEqual([
      ['sagemaker-pipeline-finished', 'Succeeded', `arn:aws:sagemaker:us-east-1:123456789012:pipeline/${PIPELINE}/execution/p4jn9xou8a8s`],
      ['sagemaker-pipeline-finished', 'Failed', 'arn:aws:sagemaker:us-east-1:123456789012:pipeline/Churn-Training/execution/p4jn9xou8a8s'],
      ['sagemaker-pipeline-finished', 'Stopped', `arn:aws:sagemaker:us-east-1:123456789012:pipeline/${PIPELINE}/execution/p4jn9xou8a8s`],
    ]);
    expect(bodies[0]?.client_payload).toMatchObject({ pipeline_arn: `arn:aws:sagemaker:us-east-1:123456789012:pipeline/${PIPELINE}`, account, region });
    expect(await deliver(bodies[0])).toBe(204);
    expect(gh.state.dispatches.at(-1)).toMatchObject({ event_type: 'sagemaker-pipeline-finished', client_payload: bodies[0]?.client_payload });
  });

  test('a token GitHub does not accept gets 401 (EventBridge then sends the event to the dead-letter queue, it does not retry a 4xx)', async () => {
    const status = await fetch(`${gh.apiUrl}/repos/${REPOSITORY}/dispatches`, {
      method: 'POST',
      headers: { Authorization: 'Bearer ghp_not-the-token', 'content-type': 'application/json' },
      body: JSON.stringify({ event_type: 'model-package-approved', client_payload: {} }),
    });
    await status.arrayBuffer();
    expect(status.status).toBe(401);
  });
});

describe('parameters', () => {
  test.each([
    ['a repository that is not owner/name', { GitHubRepository: 'octo-org/churn model' }, /GitHubRepository/],
    ['a repository with a path', { GitHubRepository: 'octo-org/churn/../x' }, /GitHubRepository/],
    ['a model package group with an underscore', { ModelPackageGroupName: 'churn_models' }, /ModelPackageGroupName/],
    ['a plain-http API URL', { GitHubApiUrl: 'http://api.github.com' }, /GitHubApiUrl/],
    ['an API URL with a trailing slash', { GitHubApiUrl: 'https://ghe.example.com/api/v3/' }, /GitHubApiUrl/],
    ['a token pasted where the secret name goes', { GitHubTokenSecretName: 'ghp_abc def' }, /GitHubTokenSecretName/],
  ])('%s is refused before anything is created', (_what, override, error) => {
    const given = { ModelPackageGroupName: GROUP, PipelineName: PIPELINE, GitHubRepository: REPOSITORY, ...override };
    expect(() => resolveParameters(template, given)).toThrow(ParameterError);
    expect(() => resolveParameters(template, given)).toThrow(error);
  });

  test('GitHub Enterprise Server and a secret ARN are accepted', () => {
    expect(
      resolveParameters(template, {
        ModelPackageGroupName: GROUP,
        PipelineName: PIPELINE,
        GitHubRepository: REPOSITORY,
        GitHubApiUrl: 'https://ghe.example.com/api/v3',
        GitHubTokenSecretName: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:mlops/github-AbCdEf',
      }),
    ).toMatchObject({ GitHubApiUrl: 'https://ghe.example.com/api/v3' });
  });

  test('the model package group and the pipeline have no default: a stack cannot be made for nobody’s group', () => {
    expect(() => resolveParameters(template, { GitHubRepository: REPOSITORY })).toThrow(/ModelPackageGroupName/);
  });
});
