import type { DescribePipelineExecutionCommandOutput, PipelineExecutionStep, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { isAbort, sleep } from '../runtime/cancellation.js';
import { awsCall, describeAwsError, isNotFound, isTransient } from './service-errors.js';
import { consoleOrigin } from './region.js';
import { parseModelPackageArn, parsePipelineExecutionArn } from './sagemaker-arns.js';
import type { AwsSession } from './session.js';

export interface PipelineInfo {
  arn: string;
  name: string;
  /** The registered definition JSON, as SageMaker stores it. */
  definition: string;
  roleArn?: string;
  status?: string;
}

export interface StartRequest {
  pipeline: string;
  parameters: Map<string, string>;
  displayName: string;
  description?: string;
  maxParallelSteps?: number;
  selectedSteps?: string[];
  sourceExecutionArn?: string;
  /** 32-128 characters; the same token never starts a second execution. */
  clientToken: string;
}

export type Execution = DescribePipelineExecutionCommandOutput;
export type ExecutionStep = PipelineExecutionStep;

type SageMakerSdk = typeof import('./sagemaker-sdk.js');
let sdkLoading: Promise<SageMakerSdk> | undefined;
/**
 * A lazy chunk of the bundle: a run may end before its first SageMaker call (bad input), and plain Node can
 * import this module (bench/ does) without loading dist-es/, which only a bundler resolves.
 */
const loadSdk = (): Promise<SageMakerSdk> => (sdkLoading ??= import('./sagemaker-sdk.js'));

/** SageMaker Pipelines: find/upsert a pipeline, start, watch and stop executions. */
export class SageMakerPipelines {
  constructor(private readonly session: AwsSession) {}

  /** The session's SageMaker client and the command classes, loaded with the first call. */
  private async sdk(): Promise<{ client: SageMakerClient; sdk: SageMakerSdk }> {
    const sdk = await loadSdk();
    return { client: this.session.client(sdk.SageMakerClient), sdk };
  }

  /** The pipeline, or undefined when it does not exist. */
  async find(pipeline: string): Promise<PipelineInfo | undefined> {
    try {
      const answer = await awsCall({ action: 'sagemaker:DescribePipeline', resource: pipeline }, async () => {
        const { client, sdk } = await this.sdk();
        return client.send(new sdk.DescribePipelineCommand({ PipelineName: pipeline }));
      });
      return {
        arn: answer.PipelineArn ?? pipeline,
        name: answer.PipelineName ?? pipeline,
        definition: answer.PipelineDefinition ?? '{}',
        ...(answer.RoleArn ? { roleArn: answer.RoleArn } : {}),
        ...(answer.PipelineStatus ? { status: answer.PipelineStatus } : {}),
      };
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  /** Creates the pipeline, or updates its definition and role: what the SageMaker Python SDK's upsert() does. */
  async upsert(request: { name: string; definition: string; roleArn: string; clientToken: string; exists: boolean }): Promise<'created' | 'updated'> {
    if (request.exists) {
      await this.update(request);
      return 'updated';
    }
    const { client, sdk } = await this.sdk();
    await awsCall({ action: 'sagemaker:CreatePipeline', resource: request.name }, () =>
      client.send(
        new sdk.CreatePipelineCommand({
          PipelineName: request.name,
          PipelineDefinition: request.definition,
          RoleArn: request.roleArn,
          ClientRequestToken: request.clientToken,
        }),
      ),
    );
    return 'created';
  }

  /**
   * UpdatePipeline has no ClientRequestToken and each accepted call is a new pipeline version, so it is not left
   * to the SDK's blind retries: when a try fails in a way that may have taken effect (its answer lost: a reset, a
   * 5xx, a timeout), the pipeline is read back and the update is sent again only if it did not land. Should
   * SageMaker ever store the definition other than as sent, this costs one extra same-definition version, no more.
   */
  private async update(request: { name: string; definition: string; roleArn: string }): Promise<void> {
    const { sdk } = await this.sdk();
    const once = this.session.client(sdk.SageMakerClient, { maxAttempts: 1 });
    const attempts = this.session.options.maxAttempts;
    for (let attempt = 1; ; attempt += 1) {
      try {
        await once.send(new sdk.UpdatePipelineCommand({ PipelineName: request.name, PipelineDefinition: request.definition, RoleArn: request.roleArn }));
        return;
      } catch (error) {
        if (isAbort(error) || !isTransient(error) || attempt >= attempts)
          throw describeAwsError(error, { action: 'sagemaker:UpdatePipeline', resource: request.name });
        const now = await this.find(request.name);
        if (now?.definition === request.definition && now.roleArn === request.roleArn) return;
        // The SDK's own base delay and cap (standard mode: 100 ms doubling, at most 20 s), with full jitter.
        await sleep(Math.random() * Math.min(20_000, 100 * 2 ** attempt));
      }
    }
  }

  async start(request: StartRequest): Promise<string> {
    const { client, sdk } = await this.sdk();
    const answer = await awsCall({ action: 'sagemaker:StartPipelineExecution', resource: request.pipeline }, () =>
      client.send(
        new sdk.StartPipelineExecutionCommand({
          PipelineName: request.pipeline,
          ClientRequestToken: request.clientToken,
          PipelineExecutionDisplayName: request.displayName,
          ...(request.description ? { PipelineExecutionDescription: request.description } : {}),
          PipelineParameters: [...request.parameters].map(([Name, Value]) => ({ Name, Value })),
          ...(request.maxParallelSteps ? { ParallelismConfiguration: { MaxParallelExecutionSteps: request.maxParallelSteps } } : {}),
          ...(request.selectedSteps?.length
            ? {
                SelectiveExecutionConfig: {
                  SelectedSteps: request.selectedSteps.map((StepName) => ({ StepName })),
                  ...(request.sourceExecutionArn ? { SourcePipelineExecutionArn: request.sourceExecutionArn } : {}),
                },
              }
            : {}),
        }),
      ),
    );
    if (!answer.PipelineExecutionArn) throw new Error('StartPipelineExecution returned no PipelineExecutionArn');
    return answer.PipelineExecutionArn;
  }

  async describeExecution(arn: string, signal?: AbortSignal): Promise<Execution> {
    return awsCall({ action: 'sagemaker:DescribePipelineExecution', resource: arn }, async () => {
      const { client, sdk } = await this.sdk();
      return client.send(new sdk.DescribePipelineExecutionCommand({ PipelineExecutionArn: arn }), signal ? { abortSignal: signal } : {});
    });
  }

  /** The execution, or undefined when it does not exist. */
  async findExecution(arn: string): Promise<Execution | undefined> {
    try {
      return await this.describeExecution(arn);
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  /** Every step of the execution (all pages), oldest first. */
  async listSteps(arn: string, signal?: AbortSignal): Promise<ExecutionStep[]> {
    return awsCall({ action: 'sagemaker:ListPipelineExecutionSteps', resource: arn }, async () => {
      const { client, sdk } = await this.sdk();
      const steps: ExecutionStep[] = [];
      let nextToken: string | undefined;
      do {
        const page = await client.send(
          new sdk.ListPipelineExecutionStepsCommand({ PipelineExecutionArn: arn, SortOrder: 'Ascending', MaxResults: 100, NextToken: nextToken }),
          signal ? { abortSignal: signal } : {},
        );
        steps.push(...(page.PipelineExecutionSteps ?? []));
        nextToken = page.NextToken;
      } while (nextToken);
      return steps;
    });
  }

  /** The definition JSON the execution runs (the pipeline's current one may be newer). */
  async definitionForExecution(arn: string, signal?: AbortSignal): Promise<string> {
    const answer = await awsCall({ action: 'sagemaker:DescribePipelineDefinitionForExecution', resource: arn }, async () => {
      const { client, sdk } = await this.sdk();
      return client.send(new sdk.DescribePipelineDefinitionForExecutionCommand({ PipelineExecutionArn: arn }), signal ? { abortSignal: signal } : {});
    });
    return answer.PipelineDefinition ?? '{}';
  }

  /** The parameters the execution was started with (all pages), name -> value. */
  async parametersForExecution(arn: string, signal?: AbortSignal): Promise<Map<string, string>> {
    return awsCall({ action: 'sagemaker:ListPipelineParametersForExecution', resource: arn }, async () => {
      const { client, sdk } = await this.sdk();
      const parameters = new Map<string, string>();
      let nextToken: string | undefined;
      do {
        const page = await client.send(
          new sdk.ListPipelineParametersForExecutionCommand({ PipelineExecutionArn: arn, MaxResults: 100, NextToken: nextToken }),
          signal ? { abortSignal: signal } : {},
        );
        for (const p of page.PipelineParameters ?? []) if (p.Name !== undefined) parameters.set(p.Name, p.Value ?? '');
        nextToken = page.NextToken;
      } while (nextToken);
      return parameters;
    });
  }

  async stop(arn: string, clientToken: string): Promise<void> {
    const { client, sdk } = await this.sdk();
    await awsCall({ action: 'sagemaker:StopPipelineExecution', resource: arn }, () =>
      client.send(new sdk.StopPipelineExecutionCommand({ PipelineExecutionArn: arn, ClientRequestToken: clientToken })),
    );
  }
}

/** Console pages: a pipeline, an execution, a model package, a job, a job's CloudWatch log streams. */
export const sagemakerConsole = {
  pipeline: (region: string, name: string): string => `${consoleOrigin(region)}/sagemaker/home?region=${region}#/pipelines/${encodeURIComponent(name)}`,
  execution: (region: string, executionArn: string): string => {
    const parsed = parsePipelineExecutionArn(executionArn);
    const [name, id] = parsed ? [parsed.pipelineName, parsed.executionId] : ['', executionArn];
    return `${consoleOrigin(region)}/sagemaker/home?region=${region}#/pipelines/${encodeURIComponent(name)}/executions/${encodeURIComponent(id)}`;
  },
  trainingJob: (region: string, name: string): string => `${consoleOrigin(region)}/sagemaker/home?region=${region}#/jobs/${encodeURIComponent(name)}`,
  processingJob: (region: string, name: string): string =>
    `${consoleOrigin(region)}/sagemaker/home?region=${region}#/processing-jobs/${encodeURIComponent(name)}`,
  transformJob: (region: string, name: string): string =>
    `${consoleOrigin(region)}/sagemaker/home?region=${region}#/transform-jobs/${encodeURIComponent(name)}`,
  tuningJob: (region: string, name: string): string =>
    `${consoleOrigin(region)}/sagemaker/home?region=${region}#/hyper-tuning-jobs/${encodeURIComponent(name)}`,
  /**
   * CloudWatch Logs streams of a log group whose names start with `prefix` (SageMaker names a job's streams
   * `<job name>/algo-1-...`). The console's logsV2 fragment encodes each value twice with `%` written as `$`.
   */
  logStreams: (region: string, group: string, prefix: string): string => {
    const fragment = (value: string): string => encodeURIComponent(encodeURIComponent(value)).replace(/%/g, '$');
    return `${consoleOrigin(region)}/cloudwatch/home?region=${region}#logsV2:log-groups/log-group/${fragment(group)}$3FlogStreamNameFilter$3D${fragment(prefix)}`;
  },
  modelPackage: (region: string, packageArn: string): string => {
    const parsed = parseModelPackageArn(packageArn);
    return parsed?.version !== undefined
      ? `${consoleOrigin(region)}/sagemaker/home?region=${region}#/model-registry/${encodeURIComponent(parsed.name)}/versions/${parsed.version}`
      : `${consoleOrigin(region)}/sagemaker/home?region=${region}#/model-registry`;
  },
};
