// The ECR client and the commands this package sends, each from its own module under the package's dist-es/ (no
// exports map, so these paths are its public files): the package index would bundle the client of every ECR
// operation. Loaded on first use by ecr.ts; the types come from dist-types/ (tsconfig `paths`).
export { ECRClient } from '@aws-sdk/client-ecr/dist-es/ECRClient.js';
export { BatchGetImageCommand } from '@aws-sdk/client-ecr/dist-es/commands/BatchGetImageCommand.js';
export { CreateRepositoryCommand } from '@aws-sdk/client-ecr/dist-es/commands/CreateRepositoryCommand.js';
export { DescribeImageScanFindingsCommand } from '@aws-sdk/client-ecr/dist-es/commands/DescribeImageScanFindingsCommand.js';
export { DescribeImagesCommand } from '@aws-sdk/client-ecr/dist-es/commands/DescribeImagesCommand.js';
export { DescribeRepositoriesCommand } from '@aws-sdk/client-ecr/dist-es/commands/DescribeRepositoriesCommand.js';
export { GetAuthorizationTokenCommand } from '@aws-sdk/client-ecr/dist-es/commands/GetAuthorizationTokenCommand.js';
export { GetLifecyclePolicyCommand } from '@aws-sdk/client-ecr/dist-es/commands/GetLifecyclePolicyCommand.js';
export { PutLifecyclePolicyCommand } from '@aws-sdk/client-ecr/dist-es/commands/PutLifecyclePolicyCommand.js';
