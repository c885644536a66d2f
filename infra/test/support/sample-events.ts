// SageMaker's EventBridge events in the shapes AWS documents (awsdocs amazon-sagemaker-developer-guide,
// automating-sagemaker-with-eventbridge.md): the detail of a model package event mirrors DescribeModelPackage.

export interface SampleEvent {
  source: string;
  detailType: string;
  resources: string[];
  detail: Record<string, unknown>;
}

export function modelPackageEvent(options: { account: string; region: string; group: string; version: number; status: string }): SampleEvent {
  const arn = `arn:aws:sagemaker:${options.region}:${options.account}:model-package/${options.group}/${options.version}`;
  return {
    source: 'aws.sagemaker',
    detailType: 'SageMaker Model Package State Change',
    resources: [arn],
    detail: {
      ModelPackageGroupName: options.group,
      ModelPackageVersion: options.version,
      ModelPackageArn: arn,
      CreationTime: '2026-12-02T09:00:14Z',
      InferenceSpecification: {
        Containers: [
          {
            Image: `${options.account}.dkr.ecr.${options.region}.amazonaws.com/churn:1`,
            ModelDataUrl: `s3://churn-artifacts/${options.group}/model.tar.gz`,
          },
        ],
        SupportedContentTypes: ['text/csv'],
        SupportedResponseMIMETypes: ['text/csv'],
      },
      ModelPackageStatus: 'Completed',
      ModelPackageStatusDetails: { ValidationStatuses: [], ImageScanStatuses: [] },
      CertifyForMarketplace: false,
      ModelApprovalStatus: options.status,
      MetadataProperties: { GeneratedBy: `arn:aws:sagemaker:${options.region}:${options.account}:pipeline/churn-training/execution/4r83jejmhorv` },
      LastModifiedTime: '2026-12-02T10:00:14Z',
    },
  };
}

export function pipelineExecutionEvent(options: { account: string; region: string; pipelineArnName: string; status: string; previous?: string }): SampleEvent {
  const pipelineArn = `arn:aws:sagemaker:${options.region}:${options.account}:pipeline/${options.pipelineArnName}`;
  const executionArn = `${pipelineArn}/execution/p4jn9xou8a8s`;
  return {
    source: 'aws.sagemaker',
    detailType: 'SageMaker Model Building Pipeline Execution Status Change',
    resources: [pipelineArn, executionArn],
    detail: {
      pipelineExecutionDisplayName: 'execution-42',
      currentPipelineExecutionStatus: options.status,
      previousPipelineExecutionStatus: options.previous ?? 'Executing',
      executionStartTime: '2026-12-02T09:03:13Z',
      executionEndTime: '2026-12-02T10:10:10Z',
      pipelineExecutionDescription: 'octo-org/churn-model run 14503987201',
      pipelineArn,
      pipelineExecutionArn: executionArn,
    },
  };
}
