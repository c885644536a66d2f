// The event path of the MLOps loop: SageMaker's own events reach GitHub as repository_dispatch, so no runner waits
// for a reviewer (or a pipeline). One API destination (POST {GitHubApiUrl}/repos/{GitHubRepository}/dispatches)
// behind one connection, two rules:
// - "SageMaker Model Package State Change" of one model package group with ModelApprovalStatus Approved
//   -> event_type model-package-approved (the event also fires when a package is created or its metadata changes,
//   so the rule filters on the status, not on the detail-type alone);
// - "SageMaker Model Building Pipeline Execution Status Change" of one pipeline to Succeeded | Failed | Stopped
//   -> event_type sagemaker-pipeline-finished.
// The token lives in Secrets Manager; the template holds only a dynamic reference to it, which CloudFormation
// resolves at deploy time into the connection (EventBridge keeps it in the connection's own secret).
import { CfnOutput, CfnParameter, Duration, Fn, SecretValue, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';

/** The repository_dispatch event types the rules send (the templates' `on: repository_dispatch: types:`). */
export const EVENT_TYPES = {
  modelPackageApproved: 'model-package-approved',
  pipelineFinished: 'sagemaker-pipeline-finished',
} as const;

export const MODEL_PACKAGE_DETAIL_TYPE = 'SageMaker Model Package State Change';
export const PIPELINE_EXECUTION_DETAIL_TYPE = 'SageMaker Model Building Pipeline Execution Status Change';
export const PIPELINE_FINAL_STATUSES = ['Succeeded', 'Failed', 'Stopped'] as const;

export interface MlopsEventsStackProps extends StackProps {
  /** Defaults of the CloudFormation parameters (a value given at deploy time wins). */
  defaults?: {
    modelPackageGroupName?: string;
    pipelineName?: string;
    githubRepository?: string;
    githubTokenSecretName?: string;
    githubApiUrl?: string;
  };
  /** How long EventBridge keeps retrying a dispatch GitHub did not accept (429/5xx/network); default 24 h. */
  maxEventAge?: Duration;
  /** Retries before an undelivered dispatch goes to the dead-letter queue; default 64. */
  retryAttempts?: number;
}

/**
 * The body of a repository_dispatch: `{"event_type": TYPE, "client_payload": {NAME: "<NAME>", ...}}`, each NAME an
 * input path of the event. Every placeholder is quoted, so client_payload holds strings only (a workflow reads
 * `model_package_version` as "3" whatever its JSON type in the event) and the body is the same under every
 * EventBridge implementation (AWS inserts a quoted placeholder's value as string content). The values come from
 * AWS-generated fields (ARNs, names, statuses, ids, times) whose patterns exclude quotes and backslashes.
 */
export class DispatchInput extends events.RuleTargetInput {
  constructor(
    readonly eventType: string,
    readonly payload: Record<string, string>,
  ) {
    super();
    // GitHub accepts an event_type of 1 to 100 characters and at most 10 top-level client_payload properties
    // (422 otherwise, and the event would only reach the dead-letter queue); EventBridge at most 100 input paths.
    if (eventType.length < 1 || eventType.length > 100) throw new Error(`event_type ${eventType} is not 1 to 100 characters long`);
    if (Object.keys(payload).length > 10) throw new Error(`client_payload of ${eventType} has more than 10 properties`);
    for (const name of Object.keys(payload)) {
      if (!/^[A-Za-z0-9_-]{1,256}$/.test(name)) throw new Error(`client_payload property name ${name} is not a valid input path name`);
    }
  }

  override bind(): events.RuleTargetInputProperties {
    const fields = Object.keys(this.payload)
      .map((name) => `${JSON.stringify(name)}:"<${name}>"`)
      .join(',');
    return {
      inputPathsMap: { ...this.payload },
      inputTemplate: `{"event_type":${JSON.stringify(this.eventType)},"client_payload":{${fields}}}`,
    };
  }
}

export const DEFAULT_TOKEN_SECRET_NAME = 'mlops-actions/github-dispatch-token';

export class MlopsEventsStack extends Stack {
  readonly rules: { modelPackageApproved: events.Rule; pipelineFinished: events.Rule };
  readonly deadLetterQueue: sqs.Queue;
  readonly apiDestination: events.ApiDestination;
  readonly connection: events.Connection;
  readonly invokeRole: iam.Role;

  constructor(scope: Construct, id: string, props: MlopsEventsStackProps = {}) {
    super(scope, id, props);
    const defaults = props.defaults ?? {};
    this.templateOptions.description =
      'mlops-actions event path: SageMaker model package approvals and pipeline executions -> GitHub repository_dispatch (EventBridge API destination, DLQ, retries)';

    const groupName = new CfnParameter(this, 'ModelPackageGroupName', {
      type: 'String',
      description: 'SageMaker model package group whose Approved packages are announced (event_type model-package-approved).',
      allowedPattern: '^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$',
      constraintDescription: 'a model package group name: letters, digits and single hyphens, 1-63 characters',
      ...(defaults.modelPackageGroupName ? { default: defaults.modelPackageGroupName } : {}),
    });
    const pipelineName = new CfnParameter(this, 'PipelineName', {
      type: 'String',
      description: 'SageMaker pipeline whose finished executions are announced (event_type sagemaker-pipeline-finished).',
      allowedPattern: '^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,255}$',
      constraintDescription: 'a SageMaker pipeline name: letters, digits and single hyphens, 1-256 characters',
      ...(defaults.pipelineName ? { default: defaults.pipelineName } : {}),
    });
    const repository = new CfnParameter(this, 'GitHubRepository', {
      type: 'String',
      description: 'owner/name of the repository that receives the repository_dispatch events.',
      allowedPattern: '^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]{1,100}$',
      constraintDescription: 'owner/name, e.g. octo-org/churn-model',
      ...(defaults.githubRepository ? { default: defaults.githubRepository } : {}),
    });
    const tokenSecret = new CfnParameter(this, 'GitHubTokenSecretName', {
      type: 'String',
      description:
        'Name or ARN of the Secrets Manager secret (a plain string) holding the GitHub token that may create repository_dispatch events ' +
        '(fine-grained: Contents read and write on the repository; classic: repo). Only a reference to it is in this template.',
      allowedPattern: '^[A-Za-z0-9/_+=.@:-]{1,2048}$',
      default: defaults.githubTokenSecretName ?? DEFAULT_TOKEN_SECRET_NAME,
    });
    // cfn-lint's "looks like a password" rule (W2509) fires on the name: the value is a secret's name, not the secret.
    Validations.of(this).acknowledge({ id: 'CloudFormation-Validate::W2509', reason: 'GitHubTokenSecretName holds the name of a secret, not a secret' });
    const apiUrl = new CfnParameter(this, 'GitHubApiUrl', {
      type: 'String',
      description: 'GitHub REST API base URL: https://api.github.com, or https://HOST/api/v3 for GitHub Enterprise Server.',
      allowedPattern: '^https://[A-Za-z0-9.-]+(:[0-9]+)?(/[A-Za-z0-9._~/-]*[A-Za-z0-9._~-])?$',
      constraintDescription: 'an https URL without a trailing slash',
      default: defaults.githubApiUrl ?? 'https://api.github.com',
    });

    // Authorization: Bearer <token>. The value is a {{resolve:secretsmanager:...}} dynamic reference: CloudFormation
    // reads the secret while it creates the connection, and neither the template nor the stack's parameters hold it.
    const token = SecretValue.secretsManager(tokenSecret.valueAsString);
    this.connection = new events.Connection(this, 'GitHubConnection', {
      description: 'GitHub REST API (repository_dispatch) with the token from Secrets Manager',
      authorization: events.Authorization.apiKey('Authorization', SecretValue.unsafePlainText(`Bearer ${token.unsafeUnwrap()}`)),
      headerParameters: {
        Accept: events.HttpParameter.fromString('application/vnd.github+json'),
        'X-GitHub-Api-Version': events.HttpParameter.fromString('2022-11-28'),
      },
    });
    this.apiDestination = new events.ApiDestination(this, 'GitHubDispatches', {
      description: 'POST repository_dispatch',
      connection: this.connection,
      endpoint: Fn.sub('${GitHubApiUrl}/repos/${GitHubRepository}/dispatches', {
        GitHubApiUrl: apiUrl.valueAsString,
        GitHubRepository: repository.valueAsString,
      }),
      httpMethod: events.HttpMethod.POST,
      // GitHub's secondary rate limits punish bursts; approvals and pipeline ends are rare events.
      rateLimitPerSecond: 1,
    });

    // Undelivered dispatches (GitHub refused them: 401/403/404/422, or retries ran out) are kept for 14 days.
    this.deadLetterQueue = new sqs.Queue(this, 'DeadLetterQueue', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      retentionPeriod: Duration.days(14),
      enforceSSL: true,
    });

    // One role for both rules: it may invoke this API destination and nothing else; only EventBridge of this
    // account may assume it.
    this.invokeRole = new iam.Role(this, 'InvokeApiDestinationRole', {
      description: 'EventBridge invokes the GitHub repository_dispatch API destination',
      assumedBy: new iam.ServicePrincipal('events.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': this.account } },
      }),
    });

    const target = (event: events.RuleTargetInput) =>
      new targets.ApiDestination(this.apiDestination, {
        event,
        eventRole: this.invokeRole,
        deadLetterQueue: this.deadLetterQueue,
        maxEventAge: props.maxEventAge ?? Duration.hours(24),
        retryAttempts: props.retryAttempts ?? 64,
      });

    this.rules = {
      modelPackageApproved: new events.Rule(this, 'ModelPackageApproved', {
        description: 'A model package of the group is Approved -> repository_dispatch model-package-approved',
        eventPattern: {
          source: ['aws.sagemaker'],
          detailType: [MODEL_PACKAGE_DETAIL_TYPE],
          detail: {
            ModelPackageGroupName: [groupName.valueAsString],
            ModelApprovalStatus: ['Approved'],
          },
        },
        targets: [
          target(
            new DispatchInput(EVENT_TYPES.modelPackageApproved, {
              model_package_arn: '$.detail.ModelPackageArn',
              model_package_group: '$.detail.ModelPackageGroupName',
              model_package_version: '$.detail.ModelPackageVersion',
              status: '$.detail.ModelApprovalStatus',
              account: '$.account',
              region: '$.region',
              event_id: '$.id',
              time: '$.time',
            }),
          ),
        ],
      }),
      pipelineFinished: new events.Rule(this, 'PipelineExecutionFinished', {
        description: 'An execution of the pipeline Succeeded, Failed or Stopped -> repository_dispatch sagemaker-pipeline-finished',
        eventPattern: {
          source: ['aws.sagemaker'],
          detailType: [PIPELINE_EXECUTION_DETAIL_TYPE],
          detail: {
            currentPipelineExecutionStatus: [...PIPELINE_FINAL_STATUSES],
            // Pipeline ARNs may carry the name in another case than it was created with: compare ignoring case.
            pipelineArn: [
              {
                'equals-ignore-case': Fn.sub('arn:${AWS::Partition}:sagemaker:${AWS::Region}:${AWS::AccountId}:pipeline/${PipelineName}', {
                  PipelineName: pipelineName.valueAsString,
                }),
              },
            ],
          },
        },
        targets: [
          target(
            new DispatchInput(EVENT_TYPES.pipelineFinished, {
              pipeline_execution_arn: '$.detail.pipelineExecutionArn',
              pipeline_arn: '$.detail.pipelineArn',
              status: '$.detail.currentPipelineExecutionStatus',
              account: '$.account',
              region: '$.region',
              event_id: '$.id',
              time: '$.time',
            }),
          ),
        ],
      }),
    };

    new CfnOutput(this, 'ApiDestinationArn', { value: this.apiDestination.apiDestinationArn });
    new CfnOutput(this, 'DeadLetterQueueUrl', {
      value: this.deadLetterQueue.queueUrl,
      description: 'Dispatches GitHub did not accept end here (read the message attributes ERROR_CODE / ERROR_MESSAGE)',
    });
    new CfnOutput(this, 'ModelPackageApprovedRuleArn', { value: this.rules.modelPackageApproved.ruleArn });
    new CfnOutput(this, 'PipelineExecutionFinishedRuleArn', { value: this.rules.pipelineFinished.ruleArn });
  }
}
