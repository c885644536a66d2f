// What the registry holds, read from its filesystem storage (distribution's on-disk layout, stable since 2.0):
//   <data>/docker/registry/v2/repositories/<name>/_manifests/revisions/sha256/<hex>/link   every manifest, tagged or not
//   <data>/docker/registry/v2/repositories/<name>/_manifests/tags/<tag>/current/link       what a tag points at
//   <data>/docker/registry/v2/blobs/sha256/<hex[0:2]>/<hex>/data                            manifest and blob bytes
// The HTTP API cannot list untagged manifests, and the world needs them (an image whose tag moved still exists,
// as in ECR), so the ECR bridge reads the store directly. Tests read through the HTTP API (client.ts).
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ManifestJson } from './client.js';

export interface StoredManifest {
  digest: string;
  /** Tags pointing at it now, sorted. */
  tags: string[];
  /** When the registry stored the manifest in this repository (mtime of its revision link). */
  pushedAt: Date;
  bytes: Buffer;
  /** The manifest's own mediaType field (docker v2 schema 2, OCI manifest or index...). */
  mediaType: string;
  json: ManifestJson;
}

const v2 = (dataDir: string): string => join(dataDir, 'docker', 'registry', 'v2');

async function entries(path: string): Promise<string[]> {
  try {
    return await readdir(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

async function readLink(path: string): Promise<string | undefined> {
  try {
    return (await readFile(path, 'utf8')).trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

export async function blobBytes(dataDir: string, digest: string): Promise<Buffer | undefined> {
  const hex = digest.replace(/^sha256:/, '');
  if (!/^[a-f0-9]{64}$/.test(hex)) return undefined;
  try {
    return await readFile(join(v2(dataDir), 'blobs', 'sha256', hex.slice(0, 2), hex, 'data'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The repositories that have at least one manifest. */
export async function storedRepositories(dataDir: string): Promise<string[]> {
  const root = join(v2(dataDir), 'repositories');
  const found: string[] = [];
  const walk = async (relative: string): Promise<void> => {
    const names = await entries(join(root, relative));
    if (names.includes('_manifests')) found.push(relative);
    for (const name of names) if (!name.startsWith('_')) await walk(relative ? `${relative}/${name}` : name);
  };
  await walk('');
  return found.sort();
}

/** Every manifest of a repository (tagged or not), newest push first. */
export async function storedManifests(dataDir: string, repository: string): Promise<StoredManifest[]> {
  const manifests = join(v2(dataDir), 'repositories', ...repository.split('/'), '_manifests');
  const tagsByDigest = new Map<string, string[]>();
  for (const tag of await entries(join(manifests, 'tags'))) {
    const digest = await readLink(join(manifests, 'tags', tag, 'current', 'link'));
    if (digest) tagsByDigest.set(digest, [...(tagsByDigest.get(digest) ?? []), tag]);
  }
  const result: StoredManifest[] = [];
  for (const hex of await entries(join(manifests, 'revisions', 'sha256'))) {
    const linkPath = join(manifests, 'revisions', 'sha256', hex, 'link');
    const digest = await readLink(linkPath);
    if (!digest) continue;
    const bytes = await blobBytes(dataDir, digest);
    if (!bytes) continue;
    const json = JSON.parse(bytes.toString('utf8')) as ManifestJson;
    result.push({
      digest,
      tags: (tagsByDigest.get(digest) ?? []).sort(),
      pushedAt: (await stat(linkPath)).mtime,
      bytes,
      mediaType: json.mediaType ?? (json.manifests ? 'application/vnd.oci.image.index.v1+json' : 'application/vnd.oci.image.manifest.v1+json'),
      json,
    });
  }
  return result.sort((a, b) => b.pushedAt.getTime() - a.pushedAt.getTime() || a.digest.localeCompare(b.digest));
}

/** The digest a tag points at now, or undefined. */
export async function storedTag(dataDir: string, repository: string, tag: string): Promise<string | undefined> {
  return readLink(join(v2(dataDir), 'repositories', ...repository.split('/'), '_manifests', 'tags', tag, 'current', 'link'));
}
