// What the tags to push hold before anything is built: the image of this run's inputs (found by its build
// fingerprint label), or an image built from other inputs, which an immutable repository cannot give the tag up for.
import type { EcrRegistry, RegistryManifest } from '@mlops-actions/shared/aws/ecr';
import { ActionError } from '@mlops-actions/shared/runtime';
import { FINGERPRINT_LABEL } from './labels.js';

export interface TagConflict {
  tag: string;
  manifest: RegistryManifest;
  /** The fingerprint label of the image the tag holds ('' when it has none). */
  fingerprint: string;
}

/**
 * What the tags to push hold now: an image of this repository that carries this run's build fingerprint (the
 * first found), and the first tag that holds an image built from other inputs.
 */
export async function readTags(registry: EcrRegistry, tags: string[], fingerprint: string): Promise<{ match?: RegistryManifest; conflict?: TagConflict }> {
  let match: RegistryManifest | undefined;
  let conflict: TagConflict | undefined;
  for (const tag of tags) {
    const manifest = await registry.manifest(tag);
    if (!manifest) continue;
    const found = (await registry.labels(manifest))[FINGERPRINT_LABEL] ?? '';
    if (found === fingerprint) match ??= manifest;
    else conflict ??= { tag, manifest, fingerprint: found };
  }
  return { ...(match ? { match } : {}), ...(conflict ? { conflict } : {}) };
}

/** The failure of a run whose tag, in an immutable repository, holds an image built from other inputs: both digests. */
export function immutableTagConflict(conflict: TagConflict, ours: { digest: string; built: boolean }, fingerprint: string, repository: string): ActionError {
  const oursText = ours.built ? `this run built ${ours.digest} and pushed nothing` : `this run's inputs are in ${ours.digest}`;
  return new ActionError(
    `Tag '${conflict.tag}' of ${repository} holds ${conflict.manifest.digest}, an image built from other inputs (fingerprint ${conflict.fingerprint || 'none'}; this run: ${fingerprint}), and the repository's tags are immutable; ${oursText}.`,
    {
      hint: `Push under another tag (tags input), or delete ${repository}:${conflict.tag} if it is wrong. A re-run with the same inputs pushes nothing; a changed context, Dockerfile, build-args, target, platform or label makes a new image, which needs a new tag.`,
    },
  );
}
