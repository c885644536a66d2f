// A pipeline definition shaped like a SageMaker Python SDK export, shared by the world's tests, the actions'
// tests, `npm start` and the benchmarks.

/** The role the sample pipeline's jobs run as. */
export const PIPELINE_ROLE = 'arn:aws:iam::123456789012:role/SageMakerPipelineExecutionRole';
const ROLE = PIPELINE_ROLE;

/** Preprocess -> Train -> CheckAccuracy ? RegisterChurnModel : AccuracyTooLow, like a SageMaker SDK export. */
export function churnDefinition(group: string): object {
  return {
    Version: '2020-12-01',
    Metadata: {},
    Parameters: [
      { Name: 'ModelApprovalStatus', Type: 'String', DefaultValue: 'PendingManualApproval' },
      { Name: 'InputDataUrl', Type: 'String', DefaultValue: 's3://churn-data/input/churn.csv' },
      { Name: 'TrainingInstanceCount', Type: 'Integer', DefaultValue: 1 },
    ],
    PipelineExperimentConfig: { ExperimentName: { Get: 'Execution.PipelineName' }, TrialName: { Get: 'Execution.PipelineExecutionId' } },
    Steps: [
      {
        Name: 'Preprocess',
        Type: 'Processing',
        Arguments: {
          ProcessingResources: { ClusterConfig: { InstanceType: 'ml.m5.xlarge', InstanceCount: 1, VolumeSizeInGB: 30 } },
          AppSpecification: { ImageUri: '683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-scikit-learn:1.2-1-cpu-py3' },
          RoleArn: ROLE,
          ProcessingInputs: [
            {
              InputName: 'input-1',
              S3Input: { S3Uri: { Get: 'Parameters.InputDataUrl' }, LocalPath: '/opt/ml/processing/input', S3DataType: 'S3Prefix', S3InputMode: 'File' },
            },
          ],
          ProcessingOutputConfig: {
            Outputs: [
              { OutputName: 'train', S3Output: { S3Uri: 's3://churn-data/prepared/train', LocalPath: '/opt/ml/processing/train', S3UploadMode: 'EndOfJob' } },
              { OutputName: 'test', S3Output: { S3Uri: 's3://churn-data/prepared/test', LocalPath: '/opt/ml/processing/test', S3UploadMode: 'EndOfJob' } },
            ],
          },
        },
      },
      {
        Name: 'Train',
        Type: 'Training',
        Arguments: {
          AlgorithmSpecification: { TrainingImage: '683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1', TrainingInputMode: 'File' },
          OutputDataConfig: { S3OutputPath: 's3://churn-data/models' },
          StoppingCondition: { MaxRuntimeInSeconds: 86400 },
          ResourceConfig: { InstanceCount: { Get: 'Parameters.TrainingInstanceCount' }, InstanceType: 'ml.m5.xlarge', VolumeSizeInGB: 30 },
          RoleArn: ROLE,
          InputDataConfig: [
            {
              ChannelName: 'train',
              DataSource: {
                S3DataSource: { S3DataType: 'S3Prefix', S3Uri: { Get: "Steps.Preprocess.ProcessingOutputConfig.Outputs['train'].S3Output.S3Uri" } },
              },
            },
          ],
        },
      },
      {
        Name: 'CheckAccuracy',
        Type: 'Condition',
        Arguments: {
          Conditions: [{ Type: 'GreaterThanOrEqualTo', LeftValue: { Get: "Steps.Train.FinalMetricDataList['validation:accuracy'].Value" }, RightValue: 0.8 }],
          IfSteps: [
            {
              Name: 'RegisterChurnModel',
              Type: 'RegisterModel',
              Arguments: {
                ModelPackageGroupName: group,
                ModelApprovalStatus: { Get: 'Parameters.ModelApprovalStatus' },
                InferenceSpecification: {
                  Containers: [
                    {
                      Image: '683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1',
                      ModelDataUrl: { Get: 'Steps.Train.ModelArtifacts.S3ModelArtifacts' },
                    },
                  ],
                  SupportedContentTypes: ['text/csv'],
                  SupportedResponseMIMETypes: ['text/csv'],
                },
                CustomerMetadataProperties: { pipelineExecutionId: { Get: 'Execution.PipelineExecutionId' } },
              },
            },
          ],
          ElseSteps: [
            {
              Name: 'AccuracyTooLow',
              Type: 'Fail',
              Arguments: { ErrorMessage: { 'Std:Join': { On: ' ', Values: ['Accuracy below 0.8 in execution', { Get: 'Execution.PipelineExecutionId' }] } } },
            },
          ],
        },
      },
    ],
  };
}
