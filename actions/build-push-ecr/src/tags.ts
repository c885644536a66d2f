import { parseModelPackageArn } from '@mlops-actions/shared/aws/sagemaker';
import type { RunContext } from '@mlops-actions/shared/github';

/** A tag as Docker/ECR accept it: [A-Za-z0-9_] then up to 127 of [A-Za-z0-9_.-]. We also lower-case. */
const TAG = /^[a-z0-9_][a-z0-9_.-]{0,127}$/;
/** The tag that holds the docker builder's registry cache (never an image tag). */
export const CACHE_TAG = 'cache';

/**
 * A tag made valid: lower case, every run of other characters (a branch's '/', spaces) as '-', no leading '.'
 * or '-', at most 128 characters. Undefined when nothing usable is left.
 */
export function sanitizeTag(text: string): string | undefined {
  const cleaned = text
    .toLowerCase()
    .replace(/[^a-z0-9_.-]+/g, '-')
    .replace(/^[.-]+/, '')
    .slice(0, 128)
    .replace(/[.-]+$/, '');
  return cleaned && TAG.test(cleaned) ? cleaned : undefined;
}

export function isValidTag(text: string): boolean {
  return TAG.test(text);
}

/** `1.2.3` (and pre-release/build) from refs/tags/v1.2.3 or refs/tags/1.2.3; undefined for any other ref. */
export function semverFromRef(ref: string): string | undefined {
  const match = /^refs\/tags\/v?((0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)$/.exec(ref);
  // '+' (build metadata) is not allowed in a tag: it becomes '-'.
  return match ? sanitizeTag(match[1] as string) : undefined;
}

/** `churn-models-v3` for a versioned model package ARN. */
export function modelPackageTag(arn: string): string | undefined {
  const parsed = parseModelPackageArn(arn);
  if (parsed?.version === undefined) return undefined;
  return sanitizeTag(`${parsed.name}-v${parsed.version}`);
}

export interface TagPlan {
  /** In order: commit SHA, model package version, semver, user tags; each once. */
  tags: string[];
  /** User tags that had to be changed, for the log: [given, used]. */
  changed: Array<[string, string]>;
}

/** The tags of the image. `userTags` are sanitised (the caller refused the ones that cannot be). */
export function computeTags(input: { sha: string; modelPackageArn?: string; run: RunContext; userTags: string[] }): TagPlan {
  const tags: string[] = [];
  const changed: Array<[string, string]> = [];
  const add = (tag: string | undefined): void => {
    if (tag && !tags.includes(tag)) tags.push(tag);
  };
  add(input.sha ? sanitizeTag(input.sha) : undefined);
  if (input.modelPackageArn) add(modelPackageTag(input.modelPackageArn));
  add(semverFromRef(input.run.ref));
  for (const given of input.userTags) {
    const tag = sanitizeTag(given);
    if (tag !== given && tag) changed.push([given, tag]);
    add(tag);
  }
  return { tags, changed };
}
