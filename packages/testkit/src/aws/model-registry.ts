// Model Registry constraints moto 5.2.1 does not check but SageMaker does (from the service model): an
// UpdateModelPackage that breaks one is answered with AWS's ValidationException before it reaches moto, so code
// that would be refused on AWS is refused here too. Checked against moto itself (wait-approval's tests):
// ListModelPackages filters by group and status, sorts by CreationTime both ways and pages with NextToken;
// DescribeModelPackage returns MetadataProperties, CustomerMetadataProperties and ModelMetrics as created; an
// unknown package is a ValidationException "... not found". moto's UpdateModelPackage REPLACES the whole
// CustomerMetadataProperties map with the one sent, and erases ModelApprovalStatus/ApprovalDescription when they
// are not sent.
import type { AwsError } from './protocol.js';

const METADATA = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
const CLIENT_TOKEN = /^[a-zA-Z0-9-]+$/;

const invalid = (value: unknown, member: string, rule: string): AwsError => ({
  status: 400,
  code: 'ValidationException',
  message: `1 validation error detected: Value '${String(value).slice(0, 300)}' at '${member}' failed to satisfy constraint: ${rule}`,
});

/** The ValidationException SageMaker answers for this UpdateModelPackage, or undefined when it passes. */
export function checkModelPackageUpdate(params: Record<string, unknown>): AwsError | undefined {
  const token = params.ClientToken;
  if (token !== undefined && (typeof token !== 'string' || token.length < 1 || token.length > 36 || !CLIENT_TOKEN.test(token))) {
    return invalid(token, 'clientToken', 'Member must have length less than or equal to 36, Member must satisfy regular expression pattern: [a-zA-Z0-9-]+');
  }
  const description = params.ApprovalDescription;
  if (typeof description === 'string' && description.length > 1024) {
    return invalid(description, 'approvalDescription', 'Member must have length less than or equal to 1024');
  }
  const metadata = params.CustomerMetadataProperties;
  if (metadata !== undefined && typeof metadata === 'object' && metadata !== null) {
    const entries = Object.entries(metadata as Record<string, unknown>);
    if (entries.length < 1 || entries.length > 50) {
      return invalid(`{${entries.length} entries}`, 'customerMetadataProperties', 'Member must have length less than or equal to 50');
    }
    for (const [key, value] of entries) {
      if (key.length < 1 || key.length > 128 || !METADATA.test(key)) {
        return invalid(
          key,
          'customerMetadataProperties',
          'Map keys must satisfy constraint: [Member must have length less than or equal to 128, Member must satisfy regular expression pattern: ([\\p{L}\\p{Z}\\p{N}_.:\\/=+\\-@]*)${1,128}]',
        );
      }
      if (typeof value !== 'string' || value.length < 1 || value.length > 256 || !METADATA.test(value)) {
        return invalid(
          value,
          'customerMetadataProperties',
          'Map value must satisfy constraint: [Member must have length less than or equal to 256, Member must satisfy regular expression pattern: ([\\p{L}\\p{Z}\\p{N}_.:\\/=+\\-@]*)${1,256}]',
        );
      }
    }
  }
  return undefined;
}
