// The synthesized stack, checked with aws-cdk-lib's assertions, and the committed template kept equal to a fresh synth.
import { readFileSync } from 'node:fs';
import { App, DefaultStackSynthesizer } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, test } from 'vitest';
import { DispatchInput, EVENT_TYPES, MlopsEventsStack, TEMPLATE_PATH, templateText } from '../src/index.js';

const tenPaths = (): Record<string, string> => Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`field_${i}`, `$.detail.f${i}`]));

let template: Template;
let json: Record<string, unknown>;
beforeAll(() => {
  const app = new App({ analyticsReporting: false });
  const stack = new MlopsEventsStack(app, 'Test', {
    analyticsReporting: false,
    synthesizer: new DefaultStackSynthesizer({ generateBootstrapVersionRule: false }),
    defaults: { modelPackageGroupName: 'churn-models', pipelineName: 'churn-training', githubRepository: 'octo-org/churn-model' },
  });
  template = Template.fromStack(stack);
  json = template.toJSON();
});

const destinationArn = { 'Fn::GetAtt': [Match.stringLikeRegexp('^GitHubDispatchesApiDestination'), 'Arn'] };

describe('MlopsEventsStack', () => {
  test('holds the event path and nothing else (no Lambda, no OIDC provider or deploy role yet)', () => {
    const types = Object.values(json.Resources as Record<string, { Type: string }>).map((r) => r.Type);
    expect(types.sort()).toEqual([
      'AWS::Events::ApiDestination',
      'AWS::Events::Connection',
      'AWS::Events::Rule',
      'AWS::Events::Rule',
      'AWS::IAM::Policy',
      'AWS::IAM::Role',
      'AWS::SQS::Queue',
      'AWS::SQS::QueuePolicy',
    ]);
    // Deployable with plain CloudFormation: no bootstrap version rule, no CDK metadata, no assets.
    expect(json.Rules).toBeUndefined();
    expect(JSON.stringify(json)).not.toMatch(/BootstrapVersion|AWS::CDK::Metadata|cdk-hnb659fds/);
  });

  test('the approval rule: SageMaker model package events of the group, Approved only (the event also fires on creation)', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      EventPattern: Match.exact({
        source: ['aws.sagemaker'],
        'detail-type': ['SageMaker Model Package State Change'],
        detail: { ModelPackageGroupName: [{ Ref: 'ModelPackageGroupName' }], ModelApprovalStatus: ['Approved'] },
      }),
      State: 'ENABLED',
    });
  });

  test('the pipeline rule: executions of the pipeline that Succeeded, Failed or Stopped, the ARN compared ignoring case', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      EventPattern: Match.exact({
        source: ['aws.sagemaker'],
        'detail-type': ['SageMaker Model Building Pipeline Execution Status Change'],
        detail: {
          currentPipelineExecutionStatus: ['Succeeded', 'Failed', 'Stopped'],
          pipelineArn: [
            {
              'equals-ignore-case': {
                'Fn::Sub': [
                  'arn:${AWS::Partition}:sagemaker:${AWS::Region}:${AWS::AccountId}:pipeline/${PipelineName}',
                  { PipelineName: { Ref: 'PipelineName' } },
                ],
              },
            },
          ],
        },
      }),
    });
  });

  test.each([
    [
      EVENT_TYPES.modelPackageApproved,
      {
        model_package_arn: '$.detail.ModelPackageArn',
        model_package_group: '$.detail.ModelPackageGroupName',
        model_package_version: '$.detail.ModelPackageVersion',
        status: '$.detail.ModelApprovalStatus',
        account: '$.account',
        region: '$.region',
        event_id: '$.id',
        time: '$.time',
      },
    ],
    [
      EVENT_TYPES.pipelineFinished,
      {
        pipeline_execution_arn: '$.detail.pipelineExecutionArn',
        pipeline_arn: '$.detail.pipelineArn',
        status: '$.detail.currentPipelineExecutionStatus',
        account: '$.account',
        region: '$.region',
        event_id: '$.id',
        time: '$.time',
      },
    ],
  ])('the %s target: the API destination, the invoke role, DLQ, retries, and the repository_dispatch body', (eventType, paths) => {
    const placeholders = Object.keys(paths)
      .map((name) => `"${name}":"<${name}>"`)
      .join(',');
    template.hasResourceProperties('AWS::Events::Rule', {
      Targets: [
        Match.exact({
          Id: 'Target0',
          Arn: destinationArn,
          RoleArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^InvokeApiDestinationRole'), 'Arn'] },
          DeadLetterConfig: { Arn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^DeadLetterQueue'), 'Arn'] } },
          RetryPolicy: { MaximumEventAgeInSeconds: 86400, MaximumRetryAttempts: 64 },
          InputTransformer: {
            InputPathsMap: paths,
            InputTemplate: `{"event_type":"${eventType}","client_payload":{${placeholders}}}`,
          },
        }),
      ],
    });
    // GitHub allows at most 10 top-level client_payload properties and an event_type of at most 100 characters.
    expect(Object.keys(paths).length).toBeLessThanOrEqual(10);
    expect(eventType.length).toBeLessThanOrEqual(100);
  });

  test('a dispatch GitHub would refuse (422) cannot be built: more than 10 client_payload properties, an event_type over 100 characters', () => {
    const paths = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`field_${i}`, `$.detail.f${i}`]));
    expect(() => new DispatchInput(EVENT_TYPES.pipelineFinished, paths)).toThrow('client_payload of sagemaker-pipeline-finished has more than 10 properties');
    expect(() => new DispatchInput('x'.repeat(101), { status: '$.detail.currentPipelineExecutionStatus' })).toThrow('is not 1 to 100 characters long');
    expect(() => new DispatchInput('', {})).toThrow('is not 1 to 100 characters long');
    expect(new DispatchInput('x'.repeat(100), tenPaths()).bind().inputTemplate).toMatch(/^\{"event_type":"x{100}","client_payload":\{/);
  });

  test('the connection: API key auth, Authorization = "Bearer " + a Secrets Manager dynamic reference named by a parameter', () => {
    template.hasResourceProperties('AWS::Events::Connection', {
      AuthorizationType: 'API_KEY',
      AuthParameters: {
        ApiKeyAuthParameters: {
          ApiKeyName: 'Authorization',
          ApiKeyValue: { 'Fn::Join': ['', ['Bearer {{resolve:secretsmanager:', { Ref: 'GitHubTokenSecretName' }, ':SecretString:::}}']] },
        },
        InvocationHttpParameters: {
          HeaderParameters: [
            { IsValueSecret: false, Key: 'Accept', Value: 'application/vnd.github+json' },
            { IsValueSecret: false, Key: 'X-GitHub-Api-Version', Value: '2022-11-28' },
          ],
        },
      },
    });
    template.hasParameter('GitHubTokenSecretName', { Type: 'String', Default: 'mlops-actions/github-dispatch-token' });
  });

  test('no secret in the template: no parameter or property takes the token itself', () => {
    const text = JSON.stringify(json);
    // Token shapes GitHub issues (classic, fine-grained, app, OAuth) appear nowhere.
    expect(text).not.toMatch(/gh[pousr]_[A-Za-z0-9]{10,}|github_pat_/);
    // The only Authorization value is the dynamic reference (resolved by CloudFormation at deploy time).
    const connections = Object.values(template.findResources('AWS::Events::Connection')) as Array<{ Properties: Record<string, unknown> }>;
    expect(connections).toHaveLength(1);
    expect(JSON.stringify(connections[0]?.Properties.AuthParameters)).toContain('{{resolve:secretsmanager:');
    // No parameter could carry it: none is NoEcho (a NoEcho token would sit in the stack's parameters).
    for (const [name, parameter] of Object.entries(json.Parameters as Record<string, Record<string, unknown>>)) {
      expect(parameter.NoEcho, name).toBeUndefined();
    }
    expect(Object.keys(json.Parameters as object).sort()).toEqual([
      'GitHubApiUrl',
      'GitHubRepository',
      'GitHubTokenSecretName',
      'ModelPackageGroupName',
      'PipelineName',
    ]);
  });

  test('the API destination: POST {GitHubApiUrl}/repos/{GitHubRepository}/dispatches, 1 request per second at most', () => {
    template.hasResourceProperties('AWS::Events::ApiDestination', {
      HttpMethod: 'POST',
      InvocationEndpoint: {
        'Fn::Sub': [
          '${GitHubApiUrl}/repos/${GitHubRepository}/dispatches',
          { GitHubApiUrl: { Ref: 'GitHubApiUrl' }, GitHubRepository: { Ref: 'GitHubRepository' } },
        ],
      },
      InvocationRateLimitPerSecond: 1,
    });
  });

  test('IAM: EventBridge of this account assumes the role; it may invoke that one destination and nothing else', () => {
    template.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: Match.exact({
        Version: '2012-10-17',
        Statement: [
          {
            Action: 'sts:AssumeRole',
            Effect: 'Allow',
            Principal: { Service: 'events.amazonaws.com' },
            Condition: { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } },
          },
        ],
      }),
    });
    template.resourceCountIs('AWS::IAM::Policy', 1);
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: Match.exact({
        Version: '2012-10-17',
        Statement: [{ Action: 'events:InvokeApiDestination', Effect: 'Allow', Resource: destinationArn }],
      }),
    });
  });

  test('the dead-letter queue: encrypted, kept 14 days, SendMessage only from the two rules, TLS only', () => {
    template.hasResourceProperties('AWS::SQS::Queue', { SqsManagedSseEnabled: true, MessageRetentionPeriod: 1209600 });
    const policies = Object.values(template.findResources('AWS::SQS::QueuePolicy')) as Array<{
      Properties: { PolicyDocument: { Statement: Array<Record<string, unknown>> } };
    }>;
    const statements = policies[0]?.Properties.PolicyDocument.Statement ?? [];
    expect(statements.filter((s) => s.Effect === 'Allow').map((s) => [s.Action, s.Principal, s.Condition])).toEqual([
      [
        'sqs:SendMessage',
        { Service: 'events.amazonaws.com' },
        { ArnEquals: { 'aws:SourceArn': { 'Fn::GetAtt': [expect.stringMatching(/^ModelPackageApproved/), 'Arn'] } } },
      ],
      [
        'sqs:SendMessage',
        { Service: 'events.amazonaws.com' },
        { ArnEquals: { 'aws:SourceArn': { 'Fn::GetAtt': [expect.stringMatching(/^PipelineExecutionFinished/), 'Arn'] } } },
      ],
    ]);
    expect(statements.find((s) => s.Effect === 'Deny')).toMatchObject({ Condition: { Bool: { 'aws:SecureTransport': 'false' } } });
  });

  test('parameter defaults come from the props (the CDK app passes -c context values)', () => {
    template.hasParameter('ModelPackageGroupName', { Default: 'churn-models', AllowedPattern: Match.anyValue() });
    template.hasParameter('GitHubRepository', { Default: 'octo-org/churn-model' });
  });
});

describe('template/mlops-events.template.json', () => {
  test('is the fresh synthesis of the stack (run `npm run synth -w infra` after changing src/)', () => {
    expect(readFileSync(TEMPLATE_PATH, 'utf8')).toBe(templateText());
  });
});
