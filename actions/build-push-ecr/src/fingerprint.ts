import { createHash } from 'node:crypto';
import { lstat, open, readFile, readdir, readlink } from 'node:fs/promises';
import * as path from 'node:path';
import { hasExceptions, isIgnored, parseDockerignore, type IgnorePattern } from './dockerignore.js';

/** Bumped when what goes into a fingerprint changes, so old images are never taken for new ones. */
const FINGERPRINT_VERSION = 'build-push-ecr/1';

export interface FingerprintInput {
  contextDir: string;
  dockerfileText: string;
  buildArgs: Map<string, string>;
  target?: string;
  platform?: string;
  mediaTypes: string;
  attestations: boolean;
  /** The labels that go on the image, without the creation time (which differs on every run). */
  labels: Map<string, string>;
  /** Secret ids only: their values never reach the fingerprint (it is a label anyone who pulls can read). */
  secretIds: string[];
}

export interface ContextDigest {
  digest: string;
  files: number;
  bytes: number;
}

/**
 * The build fingerprint: sha256 over everything that decides what the image holds. Two runs with the same
 * fingerprint build the same image (up to timestamps), so a re-run finds it and pushes nothing.
 */
export function buildFingerprint(input: FingerprintInput, context: ContextDigest): string {
  const sorted = (map: Map<string, string>) => [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const identity = JSON.stringify({
    v: FINGERPRINT_VERSION,
    context: context.digest,
    dockerfile: sha256(input.dockerfileText),
    buildArgs: sorted(input.buildArgs),
    target: input.target ?? '',
    platform: input.platform ?? '',
    mediaTypes: input.mediaTypes,
    attestations: input.attestations,
    labels: sorted(input.labels),
    secrets: [...input.secretIds].sort(),
  });
  return `sha256:${sha256(identity)}`;
}

function sha256(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * The content of the build context as the builder sees it: every file, directory and symlink not excluded by
 * .dockerignore, with its path, type, executable bit, and content (symlinks by target; they are not followed).
 * Asynchronous reads, so the hashing of a large context overlaps the AWS calls and logins running meanwhile.
 */
export async function digestContext(contextDir: string): Promise<ContextDigest> {
  let patterns: IgnorePattern[] = [];
  try {
    patterns = parseDockerignore(await readFile(path.join(contextDir, '.dockerignore'), 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const walkIgnored = hasExceptions(patterns);
  const hash = createHash('sha256');
  let files = 0;
  let bytes = 0;
  const buffer = Buffer.allocUnsafe(1 << 20);
  const walk = async (rel: string): Promise<void> => {
    const entries = (await readdir(rel ? path.join(contextDir, rel) : contextDir)).sort();
    for (const name of entries) {
      const childRel = rel ? `${rel}/${name}` : name;
      const full = path.join(contextDir, childRel);
      const stat = await lstat(full);
      const ignored = isIgnored(patterns, childRel);
      if (stat.isDirectory()) {
        if (!ignored) hash.update(`d\0${childRel}\0`);
        if (!ignored || walkIgnored) await walk(childRel);
        continue;
      }
      if (ignored) continue;
      if (stat.isSymbolicLink()) {
        hash.update(`l\0${childRel}\0${await readlink(full)}\0`);
      } else if (stat.isFile()) {
        const fileHash = createHash('sha256');
        const file = await open(full, 'r');
        try {
          for (
            let { bytesRead } = await file.read(buffer, 0, buffer.length, null);
            bytesRead > 0;
            { bytesRead } = await file.read(buffer, 0, buffer.length, null)
          ) {
            fileHash.update(buffer.subarray(0, bytesRead));
            bytes += bytesRead;
          }
        } finally {
          await file.close();
        }
        hash.update(`f\0${childRel}\0${stat.mode & 0o111 ? 'x' : '-'}\0${fileHash.digest('hex')}\0`);
        files += 1;
      }
      // Sockets, FIFOs and devices are not sent to the builder either.
    }
  };
  await walk('');
  return { digest: hash.digest('hex'), files, bytes };
}
