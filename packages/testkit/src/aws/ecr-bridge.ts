// The ECR bridge of the local AWS world (startAwsWorld({ ecr: true })): a real registry (Debian's
// docker-registry) stands for the ECR registry, and the layer answers the ECR API calls that concern images
// from what that registry holds. Repositories stay moto's (CreateRepository, DescribeRepositories,
// PutLifecyclePolicy... with their real validation); images and scans are the bridge's, because moto knows
// nothing of what is pushed to a registry.
//
// Owned by the bridge (everything else goes to moto unchanged):
// - GetAuthorizationToken: authorizationToken = base64("AWS:<password>") where <password> is exactly what the
//   registry's htpasswd requires now, proxyEndpoint = http://127.0.0.1:<front port> (the registry front, below),
//   expiresAt = issue time + tokenTtlSeconds (default 12 h, as ECR). One password at a time: every caller gets
//   the same one until rotatePassword() or expireTokens() (after which the next call issues a new one).
// - CreateRepository / DescribeRepositories: moto's answer with repositoryUri on the loopback registry host
//   (ECR's is <account>.dkr.ecr.<region>.amazonaws.com/<name>: the host of its proxyEndpoint).
// - DescribeImages, ListImages, BatchGetImage: from the registry's storage (tags, digests, manifest bytes and
//   media types, push time, layer sizes).
// - PutImage (a manifest through the API, e.g. another tag for an image already there): written to the registry,
//   with ECR's ImageTagAlreadyExistsException (immutable tag on another digest), ImageAlreadyExistsException (same
//   digest and tag), LayersNotFoundException (a blob the repository lacks), ImageDigestDoesNotMatchException.
// - BatchDeleteImage: by digest deletes the manifest (and its tags); by tag removes that tag, and the image with
//   its last tag, as ECR does.
// - DescribeImageScanFindings, StartImageScan: from scans a test injects with setScan(); ScanNotFoundException
//   until one is set (see ScanSpec for delays in calls).
//
// The registry front (ecr-registry-front.ts) is the proxyEndpoint: it relays to the registry unchanged and
// adds what ECR enforces that a plain registry does not (see there).
import type { Registry } from '../registry/registry-process.js';
import { createHash } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { storedManifests, type StoredManifest } from '../registry/storage.js';
import { HARNESS_ACCESS_KEY_ID } from './credentials.js';
import { motoJson } from './moto-http.js';
import type { AwsError } from './protocol.js';
import { ApiError } from './sagemaker-pipelines.js';

export type ScanStatus =
  | 'IN_PROGRESS'
  | 'COMPLETE'
  | 'FAILED'
  | 'UNSUPPORTED_IMAGE'
  | 'ACTIVE'
  | 'PENDING'
  | 'SCAN_ELIGIBILITY_EXPIRED'
  | 'FINDINGS_UNAVAILABLE';
export type Severity = 'INFORMATIONAL' | 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL' | 'UNDEFINED' | 'UNTRIAGED';

export interface ScanFinding {
  /** The CVE id, e.g. CVE-2023-4863. */
  name: string;
  severity: Severity;
  description?: string;
  uri?: string;
  packageName?: string;
  packageVersion?: string;
}

export interface ScanSpec {
  /** The status once the delays below have passed. IN_PROGRESS stays in progress forever (a scan that never ends). */
  status: ScanStatus;
  findings?: ScanFinding[];
  /** basic (ECR's own, findings[]) or enhanced (Inspector, enhancedFindings[]); default basic. */
  type?: 'basic' | 'enhanced';
  /** The first N DescribeImageScanFindings calls for the image answer ScanNotFoundException (a scan not started yet). */
  notFoundCalls?: number;
  /** The next N calls answer IN_PROGRESS. */
  inProgressCalls?: number;
  /** imageScanStatus.description (e.g. the reason of a FAILED scan). */
  description?: string;
}

export interface EcrBridgeOptions {
  registry: Registry;
  motoEndpoint: string;
  accountId: string;
  region: string;
  tokenTtlSeconds?: number;
}

interface RepositoryInfo {
  repositoryName: string;
  repositoryArn: string;
  registryId: string;
  imageTagMutability: 'MUTABLE' | 'IMMUTABLE' | string;
  imageScanningConfiguration?: { scanOnPush?: boolean };
  [key: string]: unknown;
}

export interface IssuedToken {
  password: string;
  token: string;
  expiresAt: Date;
  /** The access key that asked for it (the principal whose IAM policies the registry front applies). */
  accessKeyId?: string;
}

const OWNED = new Set([
  'GetAuthorizationToken',
  'CreateRepository',
  'DescribeRepositories',
  'DescribeImages',
  'ListImages',
  'BatchGetImage',
  'DescribeImageScanFindings',
  'StartImageScan',
  'PutImage',
  'BatchDeleteImage',
]);

const text = (v: unknown): string => (typeof v === 'string' ? v : '');
const seconds = (d: Date): number => d.getTime() / 1000;

function imageIdText(id: { imageDigest?: unknown; imageTag?: unknown }): string {
  return `{imageDigest:'${typeof id.imageDigest === 'string' ? id.imageDigest : 'null'}', imageTag:'${typeof id.imageTag === 'string' ? id.imageTag : 'null'}'}`;
}

function ecrError(code: string, message: string, status = 400): ApiError {
  return new ApiError({ status, code, message } satisfies AwsError);
}

/**
 * A random password, unique per issue. ECR's are ~1.5 KB; this one stays under bcrypt's 72 bytes, because the
 * registry's htpasswd (bcrypt) ignores everything after them: a longer password would accept a wrong suffix.
 */
function newPassword(): string {
  const bytes = new Uint8Array(32);
  crypto.getRandomValues(bytes);
  return `ecrworld.${Buffer.from(bytes).toString('base64url')}`;
}

export class EcrBridge {
  readonly #registry: Registry;
  readonly #options: EcrBridgeOptions;
  /** The registry front (set by the world once it listens): the proxyEndpoint. */
  frontUrl = '';
  #current: IssuedToken | undefined;
  readonly #issued: IssuedToken[] = [];
  #expired = false;
  readonly #scans = new Map<string, ScanSpec>();
  readonly #scanCalls = new Map<string, number>();
  readonly #scansStarted = new Set<string>();

  constructor(options: EcrBridgeOptions) {
    this.#options = options;
    this.#registry = options.registry;
  }

  get registry(): Registry {
    return this.#registry;
  }

  get frontHost(): string {
    return this.frontUrl.replace(/^https?:\/\//, '');
  }

  handles(operation: string): boolean {
    return OWNED.has(operation);
  }

  // ---------------------------------------------------------------------------------------------------------
  // Tokens

  /** The token the registry accepts now (undefined before the first GetAuthorizationToken). */
  currentToken(): IssuedToken | undefined {
    return this.#current;
  }

  /** Every token issued so far (for secret-leak checks). */
  issuedTokens(): IssuedToken[] {
    return [...this.#issued];
  }

  isExpired(password: string): boolean {
    const current = this.#current;
    if (!current || current.password !== password) return false;
    return this.#expired || current.expiresAt.getTime() <= Date.now();
  }

  /** A new password now: the registry refuses the old one from the next request on. */
  async rotatePassword(accessKeyId?: string): Promise<IssuedToken> {
    const password = newPassword();
    await this.#registry.setPassword(password);
    const ttl = this.#options.tokenTtlSeconds ?? 12 * 3600;
    const issued: IssuedToken = {
      password,
      token: Buffer.from(`AWS:${password}`).toString('base64'),
      expiresAt: new Date(Date.now() + ttl * 1000),
      ...(accessKeyId ? { accessKeyId } : {}),
    };
    this.#current = issued;
    this.#issued.push(issued);
    this.#expired = false;
    return issued;
  }

  /** The current token is refused as expired by the front from now on; the next GetAuthorizationToken issues a new one. */
  expireTokens(): void {
    this.#expired = true;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Scans

  setScan(repository: string, reference: string, scan: ScanSpec): void {
    const key = `${repository}@${reference}`;
    this.#scans.set(key, structuredClone(scan));
    for (const k of this.#scanCalls.keys()) if (k.startsWith(`${repository}@`)) this.#scanCalls.delete(k);
  }

  clearScans(): void {
    this.#scans.clear();
    this.#scanCalls.clear();
    this.#scansStarted.clear();
  }

  /** The spec for an image: by digest, then by one of its tags, then the repository's '*'. */
  #scanSpec(repository: string, image: StoredManifest): ScanSpec | undefined {
    for (const ref of [image.digest, ...image.tags, '*']) {
      const spec = this.#scans.get(`${repository}@${ref}`);
      if (spec) return spec;
    }
    return undefined;
  }

  /** The scan state of an image; `consume` counts a DescribeImageScanFindings call towards the spec's delays. */
  #scanState(repository: string, image: StoredManifest, consume: boolean): { status: ScanStatus | 'NOT_FOUND'; spec?: ScanSpec } {
    const spec = this.#scanSpec(repository, image);
    const key = `${repository}@${image.digest}`;
    if (!spec) return { status: this.#scansStarted.has(key) ? 'IN_PROGRESS' : 'NOT_FOUND' };
    const calls = this.#scanCalls.get(key) ?? 0;
    if (consume) this.#scanCalls.set(key, calls + 1);
    if (calls < (spec.notFoundCalls ?? 0)) return { status: 'NOT_FOUND' };
    if (calls < (spec.notFoundCalls ?? 0) + (spec.inProgressCalls ?? 0)) return { status: 'IN_PROGRESS' };
    return { status: spec.status, spec };
  }

  // ---------------------------------------------------------------------------------------------------------
  // Repositories (moto's)

  async repository(name: string): Promise<RepositoryInfo | undefined> {
    const answer = await motoJson(this.#options.motoEndpoint, {
      service: 'ecr',
      targetPrefix: 'AmazonEC2ContainerRegistry_V20150921',
      operation: 'DescribeRepositories',
      region: this.#options.region,
      accessKeyId: HARNESS_ACCESS_KEY_ID,
      // The bridge's own account (a registry of another account is another bridge).
      accountId: this.#options.accountId,
      body: { repositoryNames: [name] },
    });
    if (answer.errorCode() === 'RepositoryNotFoundException') return undefined;
    if (answer.status !== 200) throw new Error(`moto DescribeRepositories: HTTP ${answer.status} ${answer.text.slice(0, 300)}`);
    return (answer.json().repositories as RepositoryInfo[] | undefined)?.[0];
  }

  async #requireRepository(params: Record<string, unknown>): Promise<RepositoryInfo> {
    const name = text(params.repositoryName);
    const repo = await this.repository(name);
    if (!repo) throw this.#repositoryNotFound(name, params);
    return repo;
  }

  #repositoryNotFound(name: string, params: Record<string, unknown>): ApiError {
    return ecrError(
      'RepositoryNotFoundException',
      `The repository with name '${name}' does not exist in the registry with id '${text(params.registryId) || this.#options.accountId}'`,
    );
  }

  /** ECR's repositoryUri host is the host of its proxyEndpoint: here, the loopback registry front. */
  #localUri(repo: Record<string, unknown>): Record<string, unknown> {
    return { ...repo, repositoryUri: `${this.frontHost}/${String(repo.repositoryName)}` };
  }

  async #moto(operation: string, params: Record<string, unknown>, region: string, accessKeyId: string | undefined): Promise<Record<string, unknown>> {
    const answer = await motoJson(this.#options.motoEndpoint, {
      service: 'ecr',
      targetPrefix: 'AmazonEC2ContainerRegistry_V20150921',
      operation,
      region,
      accessKeyId: accessKeyId ?? HARNESS_ACCESS_KEY_ID,
      body: params,
    });
    if (answer.status !== 200) throw ecrError(answer.errorCode() ?? 'ServerException', answer.errorMessage() ?? answer.text.slice(0, 300), answer.status);
    return answer.json();
  }

  // ---------------------------------------------------------------------------------------------------------
  // Images (the registry's)

  async images(repository: string): Promise<StoredManifest[]> {
    return storedManifests(this.#registry.dataDir, repository);
  }

  async #find(repository: string, id: { imageDigest?: unknown; imageTag?: unknown }): Promise<StoredManifest | undefined> {
    const images = await this.images(repository);
    const digest = typeof id.imageDigest === 'string' ? id.imageDigest : undefined;
    const tag = typeof id.imageTag === 'string' ? id.imageTag : undefined;
    return images.find((image) => (digest === undefined || image.digest === digest) && (tag === undefined || image.tags.includes(tag)));
  }

  #imageNotFound(repository: string, id: { imageDigest?: unknown; imageTag?: unknown }, params: Record<string, unknown>): ApiError {
    return ecrError(
      'ImageNotFoundException',
      `The image with imageId ${imageIdText(id)} does not exist within the repository with name '${repository}' in the registry with id '${text(params.registryId) || this.#options.accountId}'`,
    );
  }

  #detail(repo: RepositoryInfo, image: StoredManifest): Record<string, unknown> {
    const scan = this.#scanState(repo.repositoryName, image, false);
    const layers = image.json.layers ?? [];
    return {
      registryId: repo.registryId,
      repositoryName: repo.repositoryName,
      imageDigest: image.digest,
      ...(image.tags.length ? { imageTags: image.tags } : {}),
      imageSizeInBytes: layers.reduce((sum, layer) => sum + layer.size, 0),
      imagePushedAt: seconds(image.pushedAt),
      imageManifestMediaType: image.mediaType,
      ...(image.json.config ? { artifactMediaType: image.json.config.mediaType } : {}),
      ...(scan.status !== 'NOT_FOUND'
        ? {
            imageScanStatus: { status: scan.status, description: scan.spec?.description ?? scanDescription(scan.status) },
            ...(scan.spec && isFinished(scan.status) ? { imageScanFindingsSummary: findingsSummary(scan.spec) } : {}),
          }
        : {}),
    };
  }

  /** Answers one of the owned operations (throws ApiError with ECR's code and message). */
  async handle(call: { operation: string; params: Record<string, unknown>; region: string; accessKeyId?: string }): Promise<unknown> {
    const { params } = call;
    switch (call.operation) {
      case 'GetAuthorizationToken': {
        if (!this.#current || this.#expired || this.#current.expiresAt.getTime() <= Date.now()) await this.rotatePassword(call.accessKeyId);
        else if (call.accessKeyId) this.#current.accessKeyId = call.accessKeyId;
        const token = this.#current!;
        const ids = Array.isArray(params.registryIds) && params.registryIds.length ? (params.registryIds as unknown[]).map(String) : [this.#options.accountId];
        // Every id asked of this bridge gets its registry: the world routes ids of registries it added (other
        // accounts, other regions: world.ecr.addRegistry) to their own bridges, and every other id here.
        return {
          authorizationData: ids.map(() => ({ authorizationToken: token.token, expiresAt: seconds(token.expiresAt), proxyEndpoint: this.frontUrl })),
        };
      }
      case 'CreateRepository': {
        const answer = await this.#moto(call.operation, params, call.region, call.accessKeyId);
        return { ...answer, repository: this.#localUri(answer.repository as Record<string, unknown>) };
      }
      case 'DescribeRepositories': {
        const answer = await this.#moto(call.operation, params, call.region, call.accessKeyId);
        return { ...answer, repositories: ((answer.repositories as Record<string, unknown>[] | undefined) ?? []).map((r) => this.#localUri(r)) };
      }
      case 'DescribeImages': {
        const repo = await this.#requireRepository(params);
        const ids = Array.isArray(params.imageIds) ? (params.imageIds as { imageDigest?: unknown; imageTag?: unknown }[]) : undefined;
        if (ids) {
          const details: Record<string, unknown>[] = [];
          for (const id of ids) {
            const image = await this.#find(repo.repositoryName, id);
            if (!image) throw this.#imageNotFound(repo.repositoryName, id, params);
            if (!details.some((d) => d.imageDigest === image.digest)) details.push(this.#detail(repo, image));
          }
          return { imageDetails: details };
        }
        const tagStatus = text((params.filter as { tagStatus?: unknown } | undefined)?.tagStatus) || 'ANY';
        const all = (await this.images(repo.repositoryName)).filter((image) => tagStatus === 'ANY' || (tagStatus === 'TAGGED') === image.tags.length > 0);
        return page(
          all.map((image) => this.#detail(repo, image)),
          params,
          'imageDetails',
          100,
        );
      }
      case 'ListImages': {
        const repo = await this.#requireRepository(params);
        const tagStatus = text((params.filter as { tagStatus?: unknown } | undefined)?.tagStatus) || 'ANY';
        const ids: Record<string, string>[] = [];
        for (const image of await this.images(repo.repositoryName)) {
          if (image.tags.length === 0 && tagStatus !== 'TAGGED') ids.push({ imageDigest: image.digest });
          if (tagStatus !== 'UNTAGGED') for (const tag of image.tags) ids.push({ imageDigest: image.digest, imageTag: tag });
        }
        return page(ids, params, 'imageIds', 100);
      }
      case 'BatchGetImage': {
        const repo = await this.#requireRepository(params);
        const accepted = Array.isArray(params.acceptedMediaTypes) ? (params.acceptedMediaTypes as string[]) : undefined;
        const images: Record<string, unknown>[] = [];
        const failures: Record<string, unknown>[] = [];
        for (const id of (params.imageIds as { imageDigest?: string; imageTag?: string }[] | undefined) ?? []) {
          const image = await this.#find(repo.repositoryName, id);
          if (!image) {
            failures.push({ imageId: id, failureCode: 'ImageNotFound', failureReason: 'Requested image not found' });
            continue;
          }
          if (accepted && !accepted.includes(image.mediaType)) {
            failures.push({ imageId: id, failureCode: 'UnsupportedImageType', failureReason: 'The requested media type is not supported' });
            continue;
          }
          images.push({
            registryId: repo.registryId,
            repositoryName: repo.repositoryName,
            imageId: { imageDigest: image.digest, ...(id.imageTag ? { imageTag: id.imageTag } : {}) },
            imageManifest: image.bytes.toString('utf8'),
            imageManifestMediaType: image.mediaType,
          });
        }
        return { images, failures };
      }
      case 'PutImage':
        return this.#putImage(await this.#requireRepository(params), params);
      case 'BatchDeleteImage':
        return this.#batchDelete(await this.#requireRepository(params), params);
      case 'StartImageScan': {
        const repo = await this.#requireRepository(params);
        const id = (params.imageId ?? {}) as { imageDigest?: unknown; imageTag?: unknown };
        const image = await this.#find(repo.repositoryName, id);
        if (!image) throw this.#imageNotFound(repo.repositoryName, id, params);
        this.#scansStarted.add(`${repo.repositoryName}@${image.digest}`);
        return {
          registryId: repo.registryId,
          repositoryName: repo.repositoryName,
          imageId: { imageDigest: image.digest, ...(typeof id.imageTag === 'string' ? { imageTag: id.imageTag } : {}) },
          imageScanStatus: { status: 'IN_PROGRESS', description: scanDescription('IN_PROGRESS') },
        };
      }
      case 'DescribeImageScanFindings': {
        const repo = await this.#requireRepository(params);
        const id = (params.imageId ?? {}) as { imageDigest?: unknown; imageTag?: unknown };
        const image = await this.#find(repo.repositoryName, id);
        if (!image) throw this.#imageNotFound(repo.repositoryName, id, params);
        const state = this.#scanState(repo.repositoryName, image, params.nextToken === undefined);
        if (state.status === 'NOT_FOUND') {
          throw ecrError(
            'ScanNotFoundException',
            `Image scan does not exist for the image with '${imageIdText(id)}' in the repository with name '${repo.repositoryName}' in the registry with id '${repo.registryId}'`,
          );
        }
        const base = {
          registryId: repo.registryId,
          repositoryName: repo.repositoryName,
          imageId: { imageDigest: image.digest, ...(typeof id.imageTag === 'string' ? { imageTag: id.imageTag } : {}) },
          imageScanStatus: { status: state.status, description: state.spec?.description ?? scanDescription(state.status) },
        };
        if (!state.spec || !isFinished(state.status)) return base;
        const spec = state.spec;
        const enhanced = spec.type === 'enhanced';
        const all = (spec.findings ?? []).map((f) => (enhanced ? this.#enhancedFinding(repo, image, f) : basicFinding(f)));
        const paged = page(all, params, enhanced ? 'enhancedFindings' : 'findings', 100);
        return {
          ...base,
          imageScanFindings: { ...findingsSummary(spec), [enhanced ? 'enhancedFindings' : 'findings']: paged[enhanced ? 'enhancedFindings' : 'findings'] },
          ...(paged.nextToken ? { nextToken: paged.nextToken } : {}),
        };
      }
      default:
        throw new Error(`the ECR bridge does not own ${call.operation}`);
    }
  }

  async #registryFetch(
    method: string,
    path: string,
    init: { body?: Buffer; contentType?: string } = {},
  ): Promise<{ status: number; code?: string; text: string }> {
    const registry = this.#registry;
    const res = await fetch(`${registry.url}${path}`, {
      method,
      headers: {
        authorization: `Basic ${Buffer.from(`${registry.username}:${registry.password}`).toString('base64')}`,
        ...(init.contentType ? { 'content-type': init.contentType } : {}),
      },
      ...(init.body ? { body: init.body } : {}),
    });
    const text = await res.text();
    let code: string | undefined;
    try {
      code = (JSON.parse(text) as { errors?: { code?: string }[] }).errors?.[0]?.code;
    } catch {
      code = undefined;
    }
    return { status: res.status, ...(code ? { code } : {}), text };
  }

  async #putImage(repo: RepositoryInfo, params: Record<string, unknown>): Promise<unknown> {
    const manifest = text(params.imageManifest);
    if (!manifest) throw ecrError('InvalidParameterException', "Invalid parameter at 'imageManifest' failed to satisfy constraint: 'Member must not be null'");
    const bytes = Buffer.from(manifest, 'utf8');
    const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
    if (typeof params.imageDigest === 'string' && params.imageDigest !== digest) {
      throw ecrError(
        'ImageDigestDoesNotMatchException',
        `The specified image digest '${params.imageDigest}' does not match the digest that Amazon ECR calculated for the image '${digest}'.`,
      );
    }
    let mediaType = text(params.imageManifestMediaType);
    if (!mediaType) {
      try {
        mediaType = String((JSON.parse(manifest) as { mediaType?: unknown }).mediaType ?? '');
      } catch {
        throw ecrError('InvalidParameterException', 'Invalid parameter at imageManifest: the manifest is not JSON');
      }
    }
    const tag = typeof params.imageTag === 'string' ? params.imageTag : undefined;
    const images = await this.images(repo.repositoryName);
    if (tag) {
      const holder = images.find((image) => image.tags.includes(tag));
      if (holder?.digest === digest) {
        throw ecrError(
          'ImageAlreadyExistsException',
          `Image with digest '${digest}' and tag '${tag}' already exists in the repository with name '${repo.repositoryName}' in registry with id '${repo.registryId}'`,
        );
      }
      if (holder && repo.imageTagMutability === 'IMMUTABLE') {
        throw ecrError(
          'ImageTagAlreadyExistsException',
          `The image tag '${tag}' already exists in the '${repo.repositoryName}' repository and cannot be overwritten because the repository is immutable.`,
        );
      }
    } else if (images.some((image) => image.digest === digest)) {
      throw ecrError(
        'ImageAlreadyExistsException',
        `Image with digest '${digest}' already exists in the repository with name '${repo.repositoryName}' in registry with id '${repo.registryId}'`,
      );
    }
    const answer = await this.#registryFetch('PUT', `/v2/${repo.repositoryName}/manifests/${tag ?? digest}`, {
      body: bytes,
      ...(mediaType ? { contentType: mediaType } : {}),
    });
    if (answer.status === 400 && answer.code === 'MANIFEST_BLOB_UNKNOWN') {
      throw ecrError(
        'LayersNotFoundException',
        `Layers with digests referenced by the manifest do not exist in the repository with name '${repo.repositoryName}' in registry with id '${repo.registryId}'`,
      );
    }
    if (answer.status >= 300)
      throw ecrError('InvalidParameterException', `The registry refused the manifest: HTTP ${answer.status} ${answer.code ?? ''} ${answer.text.slice(0, 200)}`);
    return {
      image: {
        registryId: repo.registryId,
        repositoryName: repo.repositoryName,
        imageId: { imageDigest: digest, ...(tag ? { imageTag: tag } : {}) },
        imageManifest: manifest,
        ...(mediaType ? { imageManifestMediaType: mediaType } : {}),
      },
    };
  }

  async #batchDelete(repo: RepositoryInfo, params: Record<string, unknown>): Promise<unknown> {
    const imageIds: Record<string, string>[] = [];
    const failures: Record<string, unknown>[] = [];
    for (const id of (params.imageIds as { imageDigest?: string; imageTag?: string }[] | undefined) ?? []) {
      const image = await this.#find(repo.repositoryName, id);
      if (!image) {
        failures.push({ imageId: id, failureCode: 'ImageNotFound', failureReason: 'Requested image not found' });
        continue;
      }
      if (id.imageTag && image.tags.length > 1) {
        // Only this tag goes: the registry API cannot untag, so its tag directory is removed from the store.
        await rm(
          join(this.#registry.dataDir, 'docker', 'registry', 'v2', 'repositories', ...repo.repositoryName.split('/'), '_manifests', 'tags', id.imageTag),
          {
            recursive: true,
            force: true,
          },
        );
      } else {
        const answer = await this.#registryFetch('DELETE', `/v2/${repo.repositoryName}/manifests/${image.digest}`);
        if (answer.status >= 300) throw new Error(`registry DELETE ${image.digest}: HTTP ${answer.status} ${answer.text.slice(0, 200)}`);
      }
      imageIds.push({ imageDigest: image.digest, ...(id.imageTag ? { imageTag: id.imageTag } : {}) });
    }
    return { imageIds, failures };
  }

  #enhancedFinding(repo: RepositoryInfo, image: StoredManifest, f: ScanFinding): Record<string, unknown> {
    const now = Date.now() / 1000;
    return {
      awsAccountId: this.#options.accountId,
      description: f.description ?? `${f.name} in ${f.packageName ?? 'a package'}`,
      findingArn: `arn:aws:inspector2:${this.#options.region}:${this.#options.accountId}:finding/${Buffer.from(`${image.digest}/${f.name}`).toString('hex').slice(0, 32)}`,
      firstObservedAt: now,
      lastObservedAt: now,
      updatedAt: now,
      packageVulnerabilityDetails: {
        vulnerabilityId: f.name,
        source: 'NVD',
        sourceUrl: f.uri ?? `https://nvd.nist.gov/vuln/detail/${f.name}`,
        vulnerablePackages: f.packageName ? [{ name: f.packageName, version: f.packageVersion ?? '0' }] : [],
      },
      resources: [{ id: `${repo.repositoryArn}/${image.digest}`, type: 'AWS_ECR_CONTAINER_IMAGE' }],
      severity: f.severity,
      status: 'ACTIVE',
      title: `${f.name} - ${f.packageName ?? 'package'}`,
      type: 'PACKAGE_VULNERABILITY',
    };
  }
}

/** Scan states after which findings exist (basic: COMPLETE; enhanced, continuous: ACTIVE). */
function isFinished(status: ScanStatus): boolean {
  return status === 'COMPLETE' || status === 'ACTIVE';
}

function scanDescription(status: ScanStatus): string {
  switch (status) {
    case 'COMPLETE':
      return 'The scan was completed successfully.';
    case 'ACTIVE':
      return 'Continuous scan is selected for image.';
    case 'IN_PROGRESS':
    case 'PENDING':
      return 'The scan is in progress.';
    case 'FAILED':
      return 'The scan failed.';
    default:
      return status;
  }
}

function findingsSummary(spec: ScanSpec): Record<string, unknown> {
  const counts: Record<string, number> = {};
  for (const f of spec.findings ?? []) counts[f.severity] = (counts[f.severity] ?? 0) + 1;
  const now = Date.now() / 1000;
  return { imageScanCompletedAt: now, vulnerabilitySourceUpdatedAt: now, findingSeverityCounts: counts };
}

function basicFinding(f: ScanFinding): Record<string, unknown> {
  return {
    name: f.name,
    description: f.description ?? `${f.name} in ${f.packageName ?? 'a package'}`,
    uri: f.uri ?? `https://security-tracker.debian.org/tracker/${f.name}`,
    severity: f.severity,
    attributes: [
      ...(f.packageName ? [{ key: 'package_name', value: f.packageName }] : []),
      ...(f.packageVersion ? [{ key: 'package_version', value: f.packageVersion }] : []),
    ],
  };
}

/** ECR paging: maxResults (1..1000, default `fallback`) and an opaque nextToken (here an offset). */
function page<T>(items: T[], params: Record<string, unknown>, key: string, fallback: number): Record<string, unknown> {
  const max = typeof params.maxResults === 'number' ? params.maxResults : fallback;
  if (!Number.isInteger(max) || max < 1 || max > 1000) {
    throw ecrError('InvalidParameterException', `Invalid parameter at 'maxResults' failed to satisfy constraint: 'Member must have value between 1 and 1000'`);
  }
  let start = 0;
  if (params.nextToken !== undefined) {
    start = Number(
      Buffer.from(text(params.nextToken), 'base64url')
        .toString('utf8')
        .replace(/^offset:/, ''),
    );
    if (!Number.isInteger(start) || start < 0) throw ecrError('InvalidParameterException', 'Invalid parameter at nextToken');
  }
  const slice = items.slice(start, start + max);
  const next = start + max < items.length ? Buffer.from(`offset:${start + max}`).toString('base64url') : undefined;
  return { [key]: slice, ...(next ? { nextToken: next } : {}) };
}
