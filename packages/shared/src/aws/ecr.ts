// Amazon ECR (@mlops-actions/shared/aws/ecr): repositories (create when missing, report what exists), registry
// login (GetAuthorizationToken), images by tag or digest, manifests, and waiting for a vulnerability scan; the
// registry's own HTTP API (labels, manifests, retagging) is ecr-registry.ts, exported from here. The SDK is a lazy
// chunk (ecr-sdk.ts): a run that fails on its inputs never loads it.
import type {
  DescribeImageScanFindingsCommandOutput,
  ECRClient,
  EnhancedImageScanFinding,
  ImageDetail,
  ImageScanFinding,
  Repository,
} from '@aws-sdk/client-ecr';
import * as core from '../core/index.js';
import { ActionError, TimeoutError } from '../runtime/errors.js';
import { waitFor, type WaitResult } from '../runtime/wait.js';
import { MANIFEST_MEDIA_TYPES } from './ecr-registry.js';
import { awsCall, classifyAwsFailure, describeAwsError, errorCode } from './service-errors.js';
import type { AwsSession } from './session.js';

export { EcrRegistry, imageSize, MANIFEST_MEDIA_TYPES, type RegistryManifest } from './ecr-registry.js';

type EcrSdk = typeof import('./ecr-sdk.js');
let sdkLoading: Promise<EcrSdk> | undefined;
const loadSdk = (): Promise<EcrSdk> => (sdkLoading ??= import('./ecr-sdk.js'));

// ---------------------------------------------------------------------------------------------------------------
// Vocabulary

/** ECR's repository name rule (its API model), 2 to 256 characters: lower case, digits, . _ - separators, / for namespaces. */
export const ECR_REPOSITORY_NAME = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;

export function isValidRepositoryName(name: string): boolean {
  return name.length >= 2 && name.length <= 256 && ECR_REPOSITORY_NAME.test(name);
}

/** Severities of ECR scan findings, lowest first (basic scans use the first five; enhanced scans add UNTRIAGED). */
export const ECR_SEVERITIES = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;
export type EcrSeverity = (typeof ECR_SEVERITIES)[number];

/**
 * The rank of a finding's severity for a threshold (0 = INFORMATIONAL ... 4 = CRITICAL). UNDEFINED (basic) and
 * UNTRIAGED (enhanced: not rated yet) rank as INFORMATIONAL: they fail only a gate at 'informational'.
 */
export function severityRank(severity: string): number {
  const index = (ECR_SEVERITIES as readonly string[]).indexOf(severity.toUpperCase());
  return Math.max(index, 0);
}

/** Scan statuses that end a wait with findings: COMPLETE (basic) and ACTIVE (enhanced, continuous). */
const SCAN_FINISHED = new Set(['COMPLETE', 'ACTIVE']);
/** Statuses still on the way: a scan not created yet (ScanNotFoundException), running, or queued. */
const SCAN_WAITING = new Set(['NOT_FOUND', 'IN_PROGRESS', 'PENDING']);

// ---------------------------------------------------------------------------------------------------------------
// Repositories

export interface RepositorySettings {
  name: string;
  arn: string;
  registryId: string;
  /** <registry host>/<name> */
  uri: string;
  scanOnPush: boolean;
  tagMutability: string;
  encryption: { type: string; kmsKey?: string };
  createdAt?: Date;
}

export type RepositoryEncryption = { type: 'AES256' } | { type: 'KMS'; kmsKey?: string };

export interface EnsureRepositoryRequest {
  name: string;
  scanOnPush: boolean;
  immutableTags: boolean;
  encryption: RepositoryEncryption;
  /** Lifecycle policy JSON text, applied only to a repository this call creates. */
  lifecyclePolicy?: string;
  tags?: Record<string, string>;
}

export interface EnsuredRepository {
  repository: RepositorySettings;
  /** False: it existed, and was left as it is (its settings are what `repository` reports). */
  created: boolean;
  lifecyclePolicyApplied: boolean;
}

function settings(r: Repository): RepositorySettings {
  return {
    name: r.repositoryName ?? '',
    arn: r.repositoryArn ?? '',
    registryId: r.registryId ?? '',
    uri: r.repositoryUri ?? '',
    scanOnPush: r.imageScanningConfiguration?.scanOnPush === true,
    tagMutability: r.imageTagMutability ?? 'MUTABLE',
    encryption: {
      type: r.encryptionConfiguration?.encryptionType ?? 'AES256',
      ...(r.encryptionConfiguration?.kmsKey ? { kmsKey: r.encryptionConfiguration.kmsKey } : {}),
    },
    ...(r.createdAt ? { createdAt: r.createdAt } : {}),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Login

export interface RegistryLogin {
  /** The host (and port) to log in to and to name images with, e.g. 123456789012.dkr.ecr.eu-west-1.amazonaws.com. */
  registry: string;
  /** Always 'AWS' for ECR. */
  username: string;
  /** Masked as soon as it is read. Give it to a login on stdin, never on argv. */
  password: string;
  expiresAt?: Date;
  /** As GetAuthorizationToken answered it. */
  proxyEndpoint: string;
  /** True only for http://127.0.0.1:<port> or http://localhost:<port> (a local test registry): talk plain HTTP. */
  plainHttp: boolean;
}

/**
 * Where a registry login may go: https:// anywhere, plain http:// only to a loopback registry on an explicit port
 * (http://127.0.0.1:<port> or http://localhost:<port>, the contract of local test worlds). Anything else is refused:
 * the token would travel in clear text.
 */
export function parseProxyEndpoint(endpoint: string): { registry: string; plainHttp: boolean } {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new ActionError(`GetAuthorizationToken answered a proxyEndpoint that is not a URL: '${endpoint.slice(0, 200)}'.`);
  }
  const bare = url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
  if (url.protocol === 'https:' && bare) return { registry: url.host, plainHttp: false };
  if (url.protocol === 'http:' && bare && (url.hostname === '127.0.0.1' || url.hostname === 'localhost') && url.port !== '') {
    return { registry: url.host, plainHttp: true };
  }
  throw new ActionError(`Refusing the registry endpoint '${endpoint.slice(0, 200)}': the registry password would be sent without TLS.`, {
    hint: 'ECR answers https:// endpoints. Plain http:// is accepted only for a local test registry at http://127.0.0.1:<port> or http://localhost:<port>; check AWS_ENDPOINT_URL / AWS_ENDPOINT_URL_ECR.',
  });
}

/** One entry of GetAuthorizationToken's authorizationData, decoded; its secrets masked first. */
function registryLogin(entry: { authorizationToken?: string; proxyEndpoint?: string; expiresAt?: Date }): RegistryLogin {
  const token = entry.authorizationToken ?? '';
  if (token) core.setSecret(token);
  const decoded = Buffer.from(token, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0 || colon === decoded.length - 1) throw new ActionError('GetAuthorizationToken answered a token that is not base64("user:password").');
  const password = decoded.slice(colon + 1);
  core.setSecret(password);
  const { registry, plainHttp } = parseProxyEndpoint(entry.proxyEndpoint ?? '');
  return {
    registry,
    username: decoded.slice(0, colon),
    password,
    ...(entry.expiresAt ? { expiresAt: entry.expiresAt } : {}),
    proxyEndpoint: entry.proxyEndpoint ?? '',
    plainHttp,
  };
}

/** A registry of an account in a region: what GetAuthorizationToken is asked for (registryIds, in that region). */
export interface EcrRegistryId {
  registryId: string;
  region: string;
}

/** A 12-digit account ID, or an ECR registry host: <account>.dkr.ecr.<region>.amazonaws.com (.com.cn in China). */
const ECR_REGISTRY = /^(\d{12})(?:\.dkr\.ecr\.([a-z]{2}(?:-[a-z]+)+-\d{1,2})\.amazonaws\.com(?:\.cn)?)?$/;

/** The registry an account ID (in `defaultRegion`) or a registry host names; undefined when it is neither. */
export function parseEcrRegistry(value: string, defaultRegion: string): EcrRegistryId | undefined {
  const match = ECR_REGISTRY.exec(value);
  if (!match) return undefined;
  return { registryId: match[1] as string, region: match[2] ?? defaultRegion };
}

// ---------------------------------------------------------------------------------------------------------------
// Images and scans

export type ImageReference = { tag: string } | { digest: string };

export interface EcrImage {
  repository: string;
  registryId: string;
  digest: string;
  tags: string[];
  /** Compressed layer bytes, as ECR reports them. */
  sizeBytes?: number;
  pushedAt?: Date;
  manifestMediaType?: string;
  /** The config's media type. */
  artifactMediaType?: string;
  scanStatus?: string;
  findingSeverityCounts?: Record<string, number>;
}

export interface EcrManifest {
  digest: string;
  mediaType: string;
  /** The manifest JSON exactly as stored. */
  manifest: string;
}

export interface ScanFinding {
  /** CVE id (basic: name; enhanced: vulnerabilityId). */
  id: string;
  severity: string;
  packageName?: string;
  packageVersion?: string;
  uri?: string;
  description?: string;
}

export interface ScanResult {
  /** COMPLETE / ACTIVE (findings read), or a status that ended the scan without them (FAILED, UNSUPPORTED_IMAGE...). */
  status: string;
  description?: string;
  type: 'basic' | 'enhanced';
  findings: ScanFinding[];
  severityCounts: Record<string, number>;
  /** Polls it took, and how long. */
  polls: number;
  elapsedMs: number;
}

/** The scan did not finish within its deadline (distinct from any other timeout: the gate could not decide). */
export class ScanTimeoutError extends TimeoutError {
  constructor(message: string) {
    super(
      message,
      'The image was pushed; its scan did not finish in time. Raise scan-timeout, or check the repository has scan on push (basic) or enhanced scanning enabled for it.',
    );
    this.name = 'ScanTimeoutError';
  }
}

const imageId = (ref: ImageReference): { imageTag: string } | { imageDigest: string } => ('tag' in ref ? { imageTag: ref.tag } : { imageDigest: ref.digest });
const refText = (repository: string, ref: ImageReference): string => ('tag' in ref ? `${repository}:${ref.tag}` : `${repository}@${ref.digest}`);

function image(detail: ImageDetail): EcrImage {
  return {
    repository: detail.repositoryName ?? '',
    registryId: detail.registryId ?? '',
    digest: detail.imageDigest ?? '',
    tags: [...(detail.imageTags ?? [])].sort(),
    ...(detail.imageSizeInBytes !== undefined ? { sizeBytes: detail.imageSizeInBytes } : {}),
    ...(detail.imagePushedAt ? { pushedAt: detail.imagePushedAt } : {}),
    ...(detail.imageManifestMediaType ? { manifestMediaType: detail.imageManifestMediaType } : {}),
    ...(detail.artifactMediaType ? { artifactMediaType: detail.artifactMediaType } : {}),
    ...(detail.imageScanStatus?.status ? { scanStatus: detail.imageScanStatus.status } : {}),
    ...(detail.imageScanFindingsSummary?.findingSeverityCounts ? { findingSeverityCounts: { ...detail.imageScanFindingsSummary.findingSeverityCounts } } : {}),
  };
}

function basicFinding(f: ImageScanFinding): ScanFinding {
  const attribute = (key: string): string | undefined => f.attributes?.find((a) => a.key === key)?.value;
  const packageName = attribute('package_name');
  const packageVersion = attribute('package_version');
  return {
    id: f.name ?? '',
    severity: f.severity ?? 'UNDEFINED',
    ...(packageName ? { packageName } : {}),
    ...(packageVersion ? { packageVersion } : {}),
    ...(f.uri ? { uri: f.uri } : {}),
    ...(f.description ? { description: f.description } : {}),
  };
}

function enhancedFinding(f: EnhancedImageScanFinding): ScanFinding {
  const details = f.packageVulnerabilityDetails;
  const pkg = details?.vulnerablePackages?.[0];
  return {
    id: details?.vulnerabilityId ?? f.title ?? '',
    severity: f.severity ?? 'UNTRIAGED',
    ...(pkg?.name ? { packageName: pkg.name } : {}),
    ...(pkg?.version ? { packageVersion: pkg.version } : {}),
    ...(details?.sourceUrl ? { uri: details.sourceUrl } : {}),
    ...(f.description ? { description: f.description } : {}),
  };
}

interface ScanPoll {
  status: string;
  description?: string;
  page?: DescribeImageScanFindingsCommandOutput;
}

export interface WaitForScanOptions {
  timeoutMs: number;
  signal: AbortSignal;
  /** Default 5 s and 30 s: a basic scan takes seconds to minutes. */
  minDelayMs?: number;
  maxDelayMs?: number;
  /** Renews the session's credentials after an ExpiredToken answer (default: the session's). */
  renewCredentials?: () => Promise<boolean>;
}

// ---------------------------------------------------------------------------------------------------------------

/** ECR for one session: repositories, login, images, scans. */
export class Ecr {
  constructor(private readonly session: AwsSession) {}

  private async sdk(): Promise<{ client: ECRClient; sdk: EcrSdk }> {
    const sdk = await loadSdk();
    return { client: this.session.client(sdk.ECRClient), sdk };
  }

  /** The repository's settings, or undefined when it does not exist. */
  async findRepository(name: string): Promise<RepositorySettings | undefined> {
    try {
      const answer = await awsCall({ action: 'ecr:DescribeRepositories', resource: name }, async () => {
        const { client, sdk } = await this.sdk();
        return client.send(new sdk.DescribeRepositoriesCommand({ repositoryNames: [name] }));
      });
      const found = answer.repositories?.[0];
      return found ? settings(found) : undefined;
    } catch (error) {
      if (errorCode(error) === 'RepositoryNotFoundException') return undefined;
      throw error;
    }
  }

  /**
   * The repository, created with the requested settings when it does not exist. An existing repository is left
   * as it is (settings and lifecycle policy alike) and reported. Safe to retry and to re-run: when the SDK's retry
   * of CreateRepository finds the repository its own lost first attempt created (RepositoryAlreadyExistsException
   * on attempt > 1), it counts as created here and the lifecycle policy is still applied; on a first attempt,
   * someone else created it, and it is left alone.
   */
  async ensureRepository(request: EnsureRepositoryRequest): Promise<EnsuredRepository> {
    const existing = await this.findRepository(request.name);
    if (existing) return { repository: existing, created: false, lifecyclePolicyApplied: false };
    const { client, sdk } = await this.sdk();
    let repository: RepositorySettings | undefined;
    let created = true;
    try {
      const answer = await client.send(
        new sdk.CreateRepositoryCommand({
          repositoryName: request.name,
          imageScanningConfiguration: { scanOnPush: request.scanOnPush },
          imageTagMutability: request.immutableTags ? 'IMMUTABLE' : 'MUTABLE',
          encryptionConfiguration:
            request.encryption.type === 'KMS'
              ? { encryptionType: 'KMS', ...(request.encryption.kmsKey ? { kmsKey: request.encryption.kmsKey } : {}) }
              : { encryptionType: 'AES256' },
          ...(request.tags && Object.keys(request.tags).length ? { tags: Object.entries(request.tags).map(([Key, Value]) => ({ Key, Value })) } : {}),
        }),
      );
      if (answer.repository) repository = settings(answer.repository);
    } catch (error) {
      if (errorCode(error) !== 'RepositoryAlreadyExistsException') throw describeAwsError(error, { action: 'ecr:CreateRepository', resource: request.name });
      created = ((error as { $metadata?: { attempts?: number } }).$metadata?.attempts ?? 1) > 1;
    }
    repository ??= await this.findRepository(request.name);
    if (!repository) throw new ActionError(`Repository ${request.name} was created but DescribeRepositories does not find it.`);
    let lifecyclePolicyApplied = false;
    if (created && request.lifecyclePolicy !== undefined) {
      await awsCall({ action: 'ecr:PutLifecyclePolicy', resource: request.name }, () =>
        client.send(new sdk.PutLifecyclePolicyCommand({ repositoryName: request.name, lifecyclePolicyText: request.lifecyclePolicy })),
      );
      lifecyclePolicyApplied = true;
    }
    return { repository, created, lifecyclePolicyApplied };
  }

  /** The repository's lifecycle policy text, or undefined when it has none. */
  async lifecyclePolicy(name: string): Promise<string | undefined> {
    try {
      const answer = await awsCall({ action: 'ecr:GetLifecyclePolicy', resource: name }, async () => {
        const { client, sdk } = await this.sdk();
        return client.send(new sdk.GetLifecyclePolicyCommand({ repositoryName: name }));
      });
      return answer.lifecyclePolicyText;
    } catch (error) {
      if (errorCode(error) === 'LifecyclePolicyNotFoundException') return undefined;
      throw error;
    }
  }

  /**
   * Registry credentials from GetAuthorizationToken: one login per registry id (default: the caller's account).
   * GetAuthorizationToken answers for registries of the region it is called in: `region` (default the session's)
   * picks that client. The password (and the token it comes from) is masked before anything else happens with it.
   */
  async getRegistryLogin(registryIds?: string[], region?: string): Promise<RegistryLogin[]> {
    const answer = await awsCall({ action: 'ecr:GetAuthorizationToken', resource: '*' }, async () => {
      const { sdk } = await this.sdk();
      const client = region && region !== this.session.region ? this.session.client(sdk.ECRClient, { config: { region } }) : this.session.client(sdk.ECRClient);
      return client.send(new sdk.GetAuthorizationTokenCommand(registryIds?.length ? { registryIds } : {}));
    });
    const data = answer.authorizationData ?? [];
    if (data.length === 0) throw new ActionError('GetAuthorizationToken answered no authorization data.');
    return data.map((entry) => registryLogin(entry));
  }

  /** Logins to registries of any account and region: one GetAuthorizationToken per region, in first-seen order. */
  async getRegistryLogins(registries: EcrRegistryId[]): Promise<RegistryLogin[]> {
    const byRegion = new Map<string, string[]>();
    for (const { registryId, region } of registries) {
      const ids = byRegion.get(region) ?? [];
      if (!ids.includes(registryId)) ids.push(registryId);
      byRegion.set(region, ids);
    }
    const logins: RegistryLogin[] = [];
    for (const [region, ids] of byRegion) logins.push(...(await this.getRegistryLogin(ids, region)));
    return logins;
  }

  /** The image a tag or digest names, or undefined when there is none (the repository must exist). */
  async findImage(repository: string, ref: ImageReference): Promise<EcrImage | undefined> {
    try {
      const answer = await awsCall({ action: 'ecr:DescribeImages', resource: refText(repository, ref) }, async () => {
        const { client, sdk } = await this.sdk();
        return client.send(new sdk.DescribeImagesCommand({ repositoryName: repository, imageIds: [imageId(ref)] }));
      });
      const detail = answer.imageDetails?.[0];
      return detail ? image(detail) : undefined;
    } catch (error) {
      if (errorCode(error) === 'ImageNotFoundException') return undefined;
      throw error;
    }
  }

  /** The image a tag or digest names; an ActionError naming it when there is none. */
  async describeImage(repository: string, ref: ImageReference): Promise<EcrImage> {
    const found = await this.findImage(repository, ref);
    if (!found) throw new ActionError(`Image ${refText(repository, ref)} does not exist in ECR.`);
    return found;
  }

  /** The manifest exactly as ECR stores it (BatchGetImage, any media type). */
  async getManifest(repository: string, ref: ImageReference): Promise<EcrManifest> {
    const answer = await awsCall({ action: 'ecr:BatchGetImage', resource: refText(repository, ref) }, async () => {
      const { client, sdk } = await this.sdk();
      return client.send(
        new sdk.BatchGetImageCommand({
          repositoryName: repository,
          imageIds: [imageId(ref)],
          acceptedMediaTypes: Object.values(MANIFEST_MEDIA_TYPES),
        }),
      );
    });
    const found = answer.images?.[0];
    if (!found?.imageManifest) {
      const failure = answer.failures?.[0];
      throw new ActionError(
        `Image ${refText(repository, ref)}: BatchGetImage answered ${failure?.failureCode ?? 'no image'}${failure?.failureReason ? ` (${failure.failureReason})` : ''}.`,
      );
    }
    return { digest: found.imageId?.imageDigest ?? '', mediaType: found.imageManifestMediaType ?? '', manifest: found.imageManifest };
  }

  /**
   * Waits for the image's vulnerability scan and returns its findings (every page). "Scan not found yet"
   * (ScanNotFoundException: scan on push has not started it) and IN_PROGRESS/PENDING are waited out with the shared
   * waiter (deadline, backoff, cancellation, one line per change); a scan that ends without findings (FAILED,
   * UNSUPPORTED_IMAGE...) is returned with that status for the caller to judge. Past the deadline: ScanTimeoutError.
   */
  async waitForScan(repository: string, digest: string, options: WaitForScanOptions): Promise<ScanResult> {
    const what = `the vulnerability scan of ${repository}@${digest}`;
    const { sdk } = await this.sdk();
    let result: WaitResult<ScanPoll>;
    try {
      result = await waitFor<ScanPoll>({
        what,
        timeoutMs: options.timeoutMs,
        minDelayMs: options.minDelayMs ?? 5_000,
        maxDelayMs: options.maxDelayMs ?? 30_000,
        signal: options.signal,
        classify: classifyAwsFailure,
        renewCredentials: options.renewCredentials ?? (() => this.session.renewCredentials()),
        poll: async (signal) => {
          try {
            const page = await this.session
              .client(sdk.ECRClient)
              .send(new sdk.DescribeImageScanFindingsCommand({ repositoryName: repository, imageId: { imageDigest: digest }, maxResults: 1000 }), {
                abortSignal: signal,
              });
            return {
              status: page.imageScanStatus?.status ?? 'UNKNOWN',
              ...(page.imageScanStatus?.description ? { description: page.imageScanStatus.description } : {}),
              page,
            };
          } catch (error) {
            if (errorCode(error) === 'ScanNotFoundException') return { status: 'NOT_FOUND' };
            throw error;
          }
        },
        done: (poll) => !SCAN_WAITING.has(poll.status),
        progress: (poll) =>
          poll.status === 'NOT_FOUND' ? `Scan of ${repository}@${digest}: not started yet.` : `Scan of ${repository}@${digest}: ${poll.status}.`,
      });
    } catch (error) {
      if (error instanceof TimeoutError) throw new ScanTimeoutError(error.message);
      throw describeAwsError(error, { action: 'ecr:DescribeImageScanFindings', resource: `${repository}@${digest}` });
    }
    const first = result.value.page;
    const findings: ScanFinding[] = [];
    let type: 'basic' | 'enhanced' = 'basic';
    if (first && SCAN_FINISHED.has(result.value.status)) {
      let page: DescribeImageScanFindingsCommandOutput | undefined = first;
      while (page) {
        const basic = page.imageScanFindings?.findings ?? [];
        const enhanced = page.imageScanFindings?.enhancedFindings ?? [];
        if (enhanced.length) type = 'enhanced';
        findings.push(...basic.map(basicFinding), ...enhanced.map(enhancedFinding));
        const nextToken: string | undefined = page.nextToken;
        page = nextToken
          ? await awsCall({ action: 'ecr:DescribeImageScanFindings', resource: `${repository}@${digest}` }, () =>
              this.session
                .client(sdk.ECRClient)
                .send(new sdk.DescribeImageScanFindingsCommand({ repositoryName: repository, imageId: { imageDigest: digest }, maxResults: 1000, nextToken }), {
                  abortSignal: options.signal,
                }),
            )
          : undefined;
      }
    }
    const severityCounts: Record<string, number> = { ...(first?.imageScanFindings?.findingSeverityCounts ?? {}) };
    if (Object.keys(severityCounts).length === 0) for (const f of findings) severityCounts[f.severity] = (severityCounts[f.severity] ?? 0) + 1;
    return {
      status: result.value.status,
      ...(result.value.description ? { description: result.value.description } : {}),
      type,
      findings,
      severityCounts,
      polls: result.polls,
      elapsedMs: result.elapsedMs,
    };
  }
}
