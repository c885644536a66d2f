/**
 * The registry world: Debian's docker-registry (a real OCI distribution registry) on 127.0.0.1, a client that
 * reads it back over the HTTP API, and the buildah sandbox every build test uses. The AWS world's ECR bridge
 * (startAwsWorld({ ecr: true }), see aws/ecr-bridge.ts) puts this registry behind ECR's GetAuthorizationToken.
 *
 * ```ts
 * startRegistry(options?: { username?: 'AWS'; password?: string; command?; timeoutMs? }): Promise<Registry>
 * interface Registry {
 *   url: string; host: string; port: number; pid: number;   // http://127.0.0.1:PORT, 127.0.0.1:PORT
 *   username: string; readonly password: string;             // what the htpasswd (bcrypt) file requires now
 *   setPassword(password): Promise<void>;                    // rotation: the registry re-reads the file
 *   dataDir: string;                                         // filesystem storage
 *   client(auth?: { username; password } | null): RegistryClient;   // default: the current credentials; null: anonymous
 *   log(): string;
 *   close(): Promise<void>;                                  // kills it, removes the temporary directory
 * }
 * RegistryClient: ping(), manifest(repo, ref, accept?), resolve(repo, ref), blob(repo, digest), tags(repo), catalog(),
 *   deleteManifest(repo, digest), image(repo, ref) -> { manifest: { digest, mediaType, bytes, json }, config, labels, layerBytes }
 * buildahEnv(): Promise<BuildahSandbox>   // { dir, env, globalArgs, authFile, run(args, { stdin }), ok(args), close() }
 * ```
 */
export { startRegistry } from './registry-process.js';
export type { Registry, RegistryOptions } from './registry-process.js';
export { RegistryClient, RegistryHttpError, MEDIA_TYPES, MANIFEST_ACCEPT } from './client.js';
export type { Descriptor, ManifestJson, FetchedManifest, ImageConfig, ImageView } from './client.js';
export { buildahEnv } from './buildah.js';
export type { BuildahSandbox, BuildahRun } from './buildah.js';
export { storedManifests, storedRepositories, storedTag, blobBytes } from './storage.js';
export type { StoredManifest } from './storage.js';
