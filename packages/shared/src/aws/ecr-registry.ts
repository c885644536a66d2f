// The ECR registry's own HTTP API (OCI distribution), part of @mlops-actions/shared/aws/ecr: for what the ECR API
// cannot say cheaply: an image's labels (in its config blob), and the exact manifest bytes to put under one more
// tag. Basic auth with the ECR token, as ECR accepts it. HTTPS always, except the loopback registry of a local AWS
// world (RegistryLogin.plainHttp, which parseProxyEndpoint grants only to http://127.0.0.1:<port> or localhost).
import { createHash } from 'node:crypto';
import { ActionError } from '../runtime/errors.js';
import type { RegistryLogin } from './ecr.js';

/** The manifest media types a registry may answer (Docker v2 schema 2 and OCI, image and index). */
export const MANIFEST_MEDIA_TYPES = {
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociIndex: 'application/vnd.oci.image.index.v1+json',
} as const;
const ACCEPT = Object.values(MANIFEST_MEDIA_TYPES).join(', ');

/** A manifest as the registry answered it: its digest, media type, exact bytes and parsed JSON. */
export interface RegistryManifest {
  digest: string;
  mediaType: string;
  bytes: Buffer;
  json: {
    mediaType?: string;
    config?: { digest: string; size: number; mediaType: string };
    layers?: Array<{ digest: string; size: number }>;
    manifests?: unknown[];
  };
}

/** One repository of an ECR registry, through the registry API with a login from GetAuthorizationToken. */
export class EcrRegistry {
  private readonly authorization: string;
  private readonly url: string;
  constructor(
    readonly login: RegistryLogin,
    readonly repository: string,
  ) {
    this.authorization = `Basic ${Buffer.from(`${login.username}:${login.password}`).toString('base64')}`;
    // https always; plain http only for the loopback test registry shared's parseProxyEndpoint accepted.
    this.url = `${login.plainHttp ? 'http' : 'https'}://${login.registry}`;
  }

  private async request(
    method: string,
    path: string,
    init: { accept?: string; body?: Buffer; contentType?: string; signal?: AbortSignal } = {},
  ): Promise<Response> {
    const headers: Record<string, string> = { authorization: this.authorization };
    if (init.accept) headers.accept = init.accept;
    if (init.contentType) headers['content-type'] = init.contentType;
    const url = `${this.url}/v2/${this.repository}/${path}`;
    try {
      return await fetch(url, {
        method,
        headers,
        ...(init.body ? { body: new Uint8Array(init.body) } : {}),
        signal: init.signal ?? AbortSignal.timeout(60_000),
      });
    } catch (error) {
      throw new ActionError(`Could not reach the registry ${this.login.registry} (${method} ${path}): ${(error as Error).message}`, { cause: error });
    }
  }

  /** The manifest a tag or digest names; undefined when there is none. */
  async manifest(reference: string, signal?: AbortSignal): Promise<RegistryManifest | undefined> {
    const response = await this.request('GET', `manifests/${reference}`, { accept: ACCEPT, ...(signal ? { signal } : {}) });
    if (response.status === 404) {
      await response.body?.cancel();
      return undefined;
    }
    if (!response.ok) throw await this.failure(response, `reading manifest ${reference}`);
    const bytes = Buffer.from(await response.arrayBuffer());
    const digest = response.headers.get('docker-content-digest') ?? `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
    const json = JSON.parse(bytes.toString('utf8')) as RegistryManifest['json'];
    const mediaType = (response.headers.get('content-type') ?? json.mediaType ?? '').split(';')[0] as string;
    return { digest, mediaType, bytes, json };
  }

  /** The labels of the image a manifest describes (from its config blob); empty for an index. */
  async labels(manifest: RegistryManifest, signal?: AbortSignal): Promise<Record<string, string>> {
    const config = manifest.json.config;
    if (!config) return {};
    const response = await this.request('GET', `blobs/${config.digest}`, signal ? { signal } : {});
    if (!response.ok) throw await this.failure(response, `reading image config ${config.digest}`);
    const json = (await response.json()) as { config?: { Labels?: Record<string, string> | null } };
    return json.config?.Labels ?? {};
  }

  /** Puts the exact manifest bytes under `tag` (the same digest; no layer moves). */
  async tag(manifest: RegistryManifest, tag: string): Promise<void> {
    const response = await this.request('PUT', `manifests/${tag}`, { body: manifest.bytes, contentType: manifest.mediaType });
    if (!response.ok) throw await this.failure(response, `adding tag ${tag}`);
    await response.body?.cancel();
  }

  private async failure(response: Response, what: string): Promise<ActionError> {
    const text = (await response.text().catch(() => '')).slice(0, 300);
    const hint =
      response.status === 401 || response.status === 403
        ? 'The ECR token was refused: check ecr:BatchGetImage, ecr:GetDownloadUrlForLayer and ecr:PutImage on the repository.'
        : undefined;
    return new ActionError(`Registry ${this.login.registry} answered ${response.status} while ${what}: ${text}`, hint ? { hint } : {});
  }
}

/** Layers and bytes (config + compressed layers) of an image manifest. */
export function imageSize(manifest: RegistryManifest): { layers: number; bytes: number } {
  const layers = manifest.json.layers ?? [];
  return { layers: layers.length, bytes: layers.reduce((sum, l) => sum + l.size, 0) + (manifest.json.config?.size ?? 0) };
}
