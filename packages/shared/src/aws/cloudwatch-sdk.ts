// The CloudWatch client and PutMetricData only, from dist-es/ (see sagemaker-sdk.ts). Loaded on first use.
export { CloudWatchClient } from '@aws-sdk/client-cloudwatch/dist-es/CloudWatchClient.js';
export { PutMetricDataCommand } from '@aws-sdk/client-cloudwatch/dist-es/commands/PutMetricDataCommand.js';
