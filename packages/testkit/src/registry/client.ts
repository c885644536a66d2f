// Reading a registry back over its HTTP API (the OCI distribution spec), for assertions: what a puller sees.
// No registry library: fetch, Basic auth, and the Accept header a modern client sends, so the registry answers
// each manifest in the media type it was pushed with (it never converts).

export const MEDIA_TYPES = {
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  dockerConfig: 'application/vnd.docker.container.image.v1+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociConfig: 'application/vnd.oci.image.config.v1+json',
} as const;

/** Every manifest kind, so the registry answers each in its own media type. */
export const MANIFEST_ACCEPT = [MEDIA_TYPES.dockerManifest, MEDIA_TYPES.dockerManifestList, MEDIA_TYPES.ociManifest, MEDIA_TYPES.ociIndex].join(', ');

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  platform?: { architecture?: string; os?: string; variant?: string };
  annotations?: Record<string, string>;
}

export interface ManifestJson {
  schemaVersion: number;
  mediaType?: string;
  config?: Descriptor;
  layers?: Descriptor[];
  manifests?: Descriptor[];
  annotations?: Record<string, string>;
}

export interface FetchedManifest {
  /** Docker-Content-Digest: sha256 of the exact bytes. */
  digest: string;
  /** Content-Type as the registry answered it. */
  mediaType: string;
  bytes: Buffer;
  json: ManifestJson;
}

/** An image config (the part that matters for assertions). */
export interface ImageConfig {
  architecture?: string;
  os?: string;
  created?: string;
  config?: { Labels?: Record<string, string> | null; Env?: string[]; Cmd?: string[]; Entrypoint?: string[] };
  rootfs?: { type: string; diff_ids: string[] };
  history?: { created?: string; created_by?: string; empty_layer?: boolean }[];
}

export interface ImageView {
  manifest: FetchedManifest;
  /** Undefined for an index / manifest list. */
  config?: ImageConfig;
  labels: Record<string, string>;
  /** Compressed layer bytes as the manifest declares them (what ECR reports as imageSizeInBytes). */
  layerBytes: number;
}

export class RegistryHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    message: string,
  ) {
    super(message);
    this.name = 'RegistryHttpError';
  }
}

export class RegistryClient {
  /**
   * @param url  http://127.0.0.1:PORT
   * @param auth Basic credentials, or none (to see what an anonymous client gets).
   */
  constructor(
    readonly url: string,
    private readonly auth?: { username: string; password: string },
  ) {}

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    const headers: Record<string, string> = { ...extra };
    if (this.auth) headers.authorization = `Basic ${Buffer.from(`${this.auth.username}:${this.auth.password}`).toString('base64')}`;
    return headers;
  }

  private async request(method: string, path: string, headers: Record<string, string> = {}): Promise<Response> {
    const res = await fetch(`${this.url}${path}`, { method, headers: this.headers(headers), redirect: 'follow' });
    if (!res.ok) {
      const text = method === 'HEAD' ? '' : await res.text();
      let code: string | undefined;
      try {
        code = (JSON.parse(text) as { errors?: { code?: string }[] }).errors?.[0]?.code;
      } catch {
        code = undefined;
      }
      throw new RegistryHttpError(res.status, code, `${method} ${path}: HTTP ${res.status}${code ? ` ${code}` : ''} ${text.slice(0, 300)}`);
    }
    return res;
  }

  /** GET /v2/: resolves when the credentials are accepted (throws RegistryHttpError 401 otherwise). */
  async ping(): Promise<void> {
    await (await this.request('GET', '/v2/')).arrayBuffer();
  }

  async manifest(repository: string, reference: string, accept = MANIFEST_ACCEPT): Promise<FetchedManifest> {
    const res = await this.request('GET', `/v2/${repository}/manifests/${reference}`, { accept });
    const bytes = Buffer.from(await res.arrayBuffer());
    return {
      digest: res.headers.get('docker-content-digest') ?? '',
      mediaType: (res.headers.get('content-type') ?? '').split(';')[0]!.trim(),
      bytes,
      json: JSON.parse(bytes.toString('utf8')) as ManifestJson,
    };
  }

  /** The digest a tag points at, or undefined when there is no such manifest. */
  async resolve(repository: string, reference: string): Promise<string | undefined> {
    try {
      const res = await this.request('HEAD', `/v2/${repository}/manifests/${reference}`, { accept: MANIFEST_ACCEPT });
      return res.headers.get('docker-content-digest') ?? undefined;
    } catch (error) {
      if (error instanceof RegistryHttpError && error.status === 404) return undefined;
      throw error;
    }
  }

  async blob(repository: string, digest: string): Promise<Buffer> {
    const res = await this.request('GET', `/v2/${repository}/blobs/${digest}`);
    return Buffer.from(await res.arrayBuffer());
  }

  /** The repository's tags, sorted; [] for a repository nothing was pushed to. */
  async tags(repository: string): Promise<string[]> {
    try {
      const res = await this.request('GET', `/v2/${repository}/tags/list`);
      const body = (await res.json()) as { tags?: string[] | null };
      return [...(body.tags ?? [])].sort();
    } catch (error) {
      if (error instanceof RegistryHttpError && error.status === 404) return [];
      throw error;
    }
  }

  async catalog(): Promise<string[]> {
    const res = await this.request('GET', '/v2/_catalog?n=1000');
    return ((await res.json()) as { repositories?: string[] }).repositories ?? [];
  }

  async deleteManifest(repository: string, digest: string): Promise<void> {
    await (await this.request('DELETE', `/v2/${repository}/manifests/${digest}`)).arrayBuffer();
  }

  /** The manifest, and for an image manifest its config, labels and layer bytes. */
  async image(repository: string, reference: string): Promise<ImageView> {
    const manifest = await this.manifest(repository, reference);
    if (!manifest.json.config) return { manifest, labels: {}, layerBytes: 0 };
    const config = JSON.parse((await this.blob(repository, manifest.json.config.digest)).toString('utf8')) as ImageConfig;
    return {
      manifest,
      config,
      labels: config.config?.Labels ?? {},
      layerBytes: (manifest.json.layers ?? []).reduce((sum, layer) => sum + layer.size, 0),
    };
  }
}
