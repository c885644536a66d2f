/** The release of mlops-actions; sent in the AWS user agent. A test keeps it equal to the root package.json. */
export const VERSION = '0.1.0';
