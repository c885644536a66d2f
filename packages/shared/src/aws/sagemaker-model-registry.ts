import type {
  DescribeModelPackageCommandOutput,
  ModelApprovalStatus,
  ModelPackageSummary,
  SageMakerClient,
  UpdateModelPackageCommandInput,
} from '@aws-sdk/client-sagemaker';
import { errorMessage } from '../runtime/errors.js';
import { awsCall, errorCode, isNotFound } from './service-errors.js';
import type { AwsSession } from './session.js';

export type ModelPackage = Omit<DescribeModelPackageCommandOutput, '$metadata'>;
export type { ModelApprovalStatus, ModelPackageSummary };

/** The three approval statuses, in SageMaker's spelling. */
export const APPROVAL_STATUSES: readonly ModelApprovalStatus[] = ['PendingManualApproval', 'Approved', 'Rejected'];

export interface ApprovalUpdate {
  arn: string;
  /**
   * Always sent: an UpdateModelPackage without it leaves the status to the service (moto erases it, and a
   * metadata-only update is a trap on AWS too), so the caller states the status it means, even when unchanged.
   */
  status: ModelApprovalStatus;
  /** At most 1024 characters (SageMaker's limit); longer text is cut here. */
  description: string;
  /** The whole map the package should carry afterwards (sent whole, so a retried or repeated write lands the same). */
  metadata: Record<string, string>;
  /** Keys to take away. */
  remove?: string[];
  /** The same token for every try of one decision. */
  clientToken: string;
}

type RegistrySdk = typeof import('./sagemaker-registry-sdk.js');
let sdkLoading: Promise<RegistrySdk> | undefined;
const loadSdk = (): Promise<RegistrySdk> => (sdkLoading ??= import('./sagemaker-registry-sdk.js'));

/** SageMaker's ApprovalDescription limit. */
export const MAX_APPROVAL_DESCRIPTION = 1024;
/** CustomerMetadataProperties: at most 50 entries, keys of 1-128 and values of 1-256 characters. */
export const MAX_CUSTOMER_METADATA = { entries: 50, key: 128, value: 256 } as const;
/** ClientToken of UpdateModelPackage: 1-36 of [a-zA-Z0-9-]. */
export const MAX_CLIENT_TOKEN = 36;
/** What SageMaker accepts in CustomerMetadataProperties keys and values: letters, spaces, digits and _.:/=+-@. */
const METADATA_CHARACTER = /[\p{L}\p{Z}\p{N}_.:/=+\-@]/u;

/**
 * `text` as a CustomerMetadataProperties key or value: each character SageMaker refuses there (commas, quotes,
 * brackets...) becomes a space, and the result is cut to `max`. Never empty (SageMaker requires 1 character).
 */
export function customerMetadataText(text: string, max: number): string {
  const cleaned = [...text].map((c) => (METADATA_CHARACTER.test(c) ? c : ' ')).join('');
  const cut = [...cleaned].slice(0, max).join('');
  return cut === '' ? '-' : cut;
}

/**
 * A model package that does not exist. SageMaker answers DescribeModelPackage/UpdateModelPackage for an unknown
 * package with a ValidationException ("... does not exist" on AWS, "... not found" in moto), not ResourceNotFound.
 */
export function isMissingModelPackage(error: unknown): boolean {
  if (isNotFound(error)) return true;
  return errorCode(error) === 'ValidationException' && /not found|does not exist/i.test(errorMessage(error));
}

/** The SageMaker Model Registry: find versioned model packages, read them, record approval decisions. */
export class ModelRegistry {
  constructor(private readonly session: AwsSession) {}

  private async sdk(): Promise<{ client: SageMakerClient; sdk: RegistrySdk }> {
    const sdk = await loadSdk();
    return { client: this.session.client(sdk.SageMakerClient), sdk };
  }

  async describe(arn: string, signal?: AbortSignal): Promise<ModelPackage> {
    return awsCall({ action: 'sagemaker:DescribeModelPackage', resource: arn }, async () => {
      const { client, sdk } = await this.sdk();
      const { $metadata: _, ...found } = await client.send(
        new sdk.DescribeModelPackageCommand({ ModelPackageName: arn }),
        signal ? { abortSignal: signal } : {},
      );
      return found;
    });
  }

  /** The package, or undefined when there is none with that ARN. */
  async find(arn: string, signal?: AbortSignal): Promise<ModelPackage | undefined> {
    try {
      return await this.describe(arn, signal);
    } catch (error) {
      if (isMissingModelPackage(error)) return undefined;
      throw error;
    }
  }

  /** The newest version of the group by creation time (optionally only among packages in `status`). */
  async latest(group: string, status?: ModelApprovalStatus): Promise<ModelPackageSummary | undefined> {
    return awsCall({ action: 'sagemaker:ListModelPackages', resource: group }, async () => {
      const { client, sdk } = await this.sdk();
      const page = await client.send(
        new sdk.ListModelPackagesCommand({
          ModelPackageGroupName: group,
          ModelPackageType: 'Versioned',
          SortBy: 'CreationTime',
          SortOrder: 'Descending',
          MaxResults: 1,
          ...(status ? { ModelApprovalStatus: status } : {}),
        }),
      );
      return page.ModelPackageSummaryList?.[0];
    });
  }

  /** Version `version` of the group, found by listing it (an ARN cannot be built without the account). */
  async version(group: string, version: number): Promise<ModelPackageSummary | undefined> {
    return awsCall({ action: 'sagemaker:ListModelPackages', resource: group }, async () => {
      const { client, sdk } = await this.sdk();
      let nextToken: string | undefined;
      do {
        const page = await client.send(
          new sdk.ListModelPackagesCommand({
            ModelPackageGroupName: group,
            ModelPackageType: 'Versioned',
            SortBy: 'CreationTime',
            SortOrder: 'Descending',
            MaxResults: 100,
            NextToken: nextToken,
          }),
        );
        const found = page.ModelPackageSummaryList?.find((p) => p.ModelPackageVersion === version);
        if (found) return found;
        nextToken = page.NextToken;
      } while (nextToken);
      return undefined;
    });
  }

  /** Writes an approval decision (status, description and the whole metadata map) in one UpdateModelPackage. */
  async update(update: ApprovalUpdate): Promise<void> {
    const { client, sdk } = await this.sdk();
    const input: UpdateModelPackageCommandInput = {
      ModelPackageArn: update.arn,
      ModelApprovalStatus: update.status,
      ApprovalDescription: update.description.slice(0, MAX_APPROVAL_DESCRIPTION),
      CustomerMetadataProperties: update.metadata,
      ...(update.remove?.length ? { CustomerMetadataPropertiesToRemove: update.remove } : {}),
      ClientToken: update.clientToken,
    };
    await awsCall({ action: 'sagemaker:UpdateModelPackage', resource: update.arn }, () => client.send(new sdk.UpdateModelPackageCommand(input)));
  }
}
