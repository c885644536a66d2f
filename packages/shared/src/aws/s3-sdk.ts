// The S3 client and the commands this package sends, each from its own module under the package's dist-es/ (as
// sagemaker-sdk.ts does): the package index would bundle every S3 operation. Loaded on first use by s3.ts.
export { S3Client } from '@aws-sdk/client-s3/dist-es/S3Client.js';
export { GetObjectCommand } from '@aws-sdk/client-s3/dist-es/commands/GetObjectCommand.js';
export { ListObjectsV2Command } from '@aws-sdk/client-s3/dist-es/commands/ListObjectsV2Command.js';
