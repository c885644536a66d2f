// The EKS client and the one command this package sends, from the package's dist-es/ modules (see
// sagemaker-sdk.ts for why not the package index). Loaded on first use by eks.ts.
export { EKSClient } from '@aws-sdk/client-eks/dist-es/EKSClient.js';
export { DescribeClusterCommand } from '@aws-sdk/client-eks/dist-es/commands/DescribeClusterCommand.js';
