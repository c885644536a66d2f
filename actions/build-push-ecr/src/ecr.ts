// The ECR calls build-push-ecr makes. TEMPORARY home: these move to @mlops-actions/shared/aws/ecr (being written
// on branch ecr-world) and this file then only adapts that module.
import {
  CreateRepositoryCommand,
  DescribeImageScanFindingsCommand,
  DescribeRepositoriesCommand,
  ECRClient,
  GetAuthorizationTokenCommand,
  PutLifecyclePolicyCommand,
  type Repository,
} from '@aws-sdk/client-ecr';
import { awsCall, classifyAwsFailure, errorCode, type AwsSession } from '@mlops-actions/shared/aws';
import { ActionError, waitFor } from '@mlops-actions/shared/runtime';
import type { RepositorySettings } from './context.js';
import type { Finding } from './scan.js';

export interface RepositoryInfo {
  name: string;
  uri: string;
  arn: string;
  registryId: string;
  created: boolean;
  immutable: boolean;
  scanOnPush: boolean;
  encryption: string;
}

export interface RegistryLogin {
  proxyEndpoint: string;
  username: string;
  password: string;
}

export interface ScanResult {
  status: string;
  findings: Finding[];
}

function info(repository: Repository, created: boolean): RepositoryInfo {
  return {
    name: repository.repositoryName ?? '',
    uri: repository.repositoryUri ?? '',
    arn: repository.repositoryArn ?? '',
    registryId: repository.registryId ?? '',
    created,
    immutable: (repository.imageTagMutability ?? 'MUTABLE').startsWith('IMMUTABLE'),
    scanOnPush: repository.imageScanningConfiguration?.scanOnPush ?? false,
    encryption: repository.encryptionConfiguration?.encryptionType ?? 'AES256',
  };
}

export class Ecr {
  private readonly client: ECRClient;
  constructor(session: AwsSession) {
    this.client = session.client(ECRClient);
  }

  /** The repository, created with `settings` when missing; an existing one is left as it is. */
  async ensureRepository(name: string, settings: RepositorySettings): Promise<RepositoryInfo> {
    const existing = await this.find(name);
    if (existing) return info(existing, false);
    let created: Repository | undefined;
    try {
      created = (
        await awsCall({ action: 'ecr:CreateRepository', resource: name }, () =>
          this.client.send(
            new CreateRepositoryCommand({
              repositoryName: name,
              imageTagMutability: settings.immutableTags ? 'IMMUTABLE' : 'MUTABLE',
              imageScanningConfiguration: { scanOnPush: settings.scanOnPush },
              encryptionConfiguration: { encryptionType: settings.encryption, ...(settings.kmsKey ? { kmsKey: settings.kmsKey } : {}) },
            }),
          ),
        )
      ).repository;
    } catch (error) {
      // Created by a retry whose first answer was lost, or by a parallel job: take it as it is.
      if (errorCode((error as { cause?: unknown }).cause ?? error) !== 'RepositoryAlreadyExistsException') throw error;
      created = await this.find(name);
    }
    if (!created) throw new ActionError(`Repository ${name} was created but cannot be read back.`);
    if (settings.lifecyclePolicy) {
      await awsCall({ action: 'ecr:PutLifecyclePolicy', resource: name }, () =>
        this.client.send(new PutLifecyclePolicyCommand({ repositoryName: name, lifecyclePolicyText: settings.lifecyclePolicy })),
      );
    }
    return info(created, true);
  }

  private async find(name: string): Promise<Repository | undefined> {
    try {
      const answer = await this.client.send(new DescribeRepositoriesCommand({ repositoryNames: [name] }));
      return answer.repositories?.[0];
    } catch (error) {
      if (errorCode(error) === 'RepositoryNotFoundException') return undefined;
      return awsCall({ action: 'ecr:DescribeRepositories', resource: name }, () => Promise.reject(error));
    }
  }

  async login(registryId?: string): Promise<RegistryLogin> {
    const answer = await awsCall({ action: 'ecr:GetAuthorizationToken' }, () =>
      this.client.send(new GetAuthorizationTokenCommand(registryId ? { registryIds: [registryId] } : {})),
    );
    const data = answer.authorizationData?.[0];
    if (!data?.authorizationToken || !data.proxyEndpoint) throw new ActionError('ecr:GetAuthorizationToken answered without a token.');
    const decoded = Buffer.from(data.authorizationToken, 'base64').toString('utf8');
    const at = decoded.indexOf(':');
    return { proxyEndpoint: data.proxyEndpoint, username: decoded.slice(0, at), password: decoded.slice(at + 1) };
  }

  /** Waits for the scan of `digest` to complete (IN_PROGRESS and "not found yet" are waited out). */
  async waitForScan(repository: string, digest: string, options: { timeoutMs: number; signal: AbortSignal }): Promise<ScanResult> {
    const { value } = await waitFor<ScanResult>({
      what: `the scan of ${repository}@${digest}`,
      poll: async (signal) => {
        try {
          const findings: Finding[] = [];
          let status = 'IN_PROGRESS';
          let nextToken: string | undefined;
          do {
            const page = await this.client.send(
              new DescribeImageScanFindingsCommand({ repositoryName: repository, imageId: { imageDigest: digest }, ...(nextToken ? { nextToken } : {}) }),
              { abortSignal: signal },
            );
            status = page.imageScanStatus?.status ?? 'IN_PROGRESS';
            for (const f of page.imageScanFindings?.findings ?? []) {
              findings.push({
                id: f.name ?? '?',
                severity: f.severity ?? 'UNDEFINED',
                ...(f.uri ? { uri: f.uri } : {}),
                ...packageOf(f.attributes),
              });
            }
            for (const f of page.imageScanFindings?.enhancedFindings ?? []) {
              const pkg = f.packageVulnerabilityDetails;
              findings.push({
                id: pkg?.vulnerabilityId ?? f.title ?? '?',
                severity: f.severity ?? 'UNDEFINED',
                ...(pkg?.sourceUrl ? { uri: pkg.sourceUrl } : {}),
                ...(pkg?.vulnerablePackages?.[0]?.name ? { packageName: pkg.vulnerablePackages[0].name } : {}),
                ...(pkg?.vulnerablePackages?.[0]?.version ? { packageVersion: pkg.vulnerablePackages[0].version } : {}),
              });
            }
            nextToken = status === 'COMPLETE' ? page.nextToken : undefined;
          } while (nextToken);
          return { status, findings };
        } catch (error) {
          const code = errorCode(error);
          if (code === 'ScanNotFoundException' || code === 'ImageNotFoundException') return { status: 'NOT_FOUND_YET', findings: [] };
          throw error;
        }
      },
      done: (r) => r.status !== 'IN_PROGRESS' && r.status !== 'PENDING' && r.status !== 'NOT_FOUND_YET',
      progress: (r) => (r.status === 'NOT_FOUND_YET' ? 'No scan of the image yet.' : `Scan ${r.status}.`),
      timeoutMs: options.timeoutMs,
      minDelayMs: 1_000,
      maxDelayMs: 15_000,
      signal: options.signal,
      classify: classifyAwsFailure,
    });
    return value;
  }
}

function packageOf(attributes: Array<{ key?: string; value?: string }> | undefined): Pick<Finding, 'packageName' | 'packageVersion'> {
  const get = (key: string) => attributes?.find((a) => a.key === key)?.value;
  const name = get('package_name');
  const version = get('package_version');
  return { ...(name ? { packageName: name } : {}), ...(version ? { packageVersion: version } : {}) };
}
