// Hints for builder failures a registry caused: which ECR permission a refusal stands for, and which registry a
// base image needs a login to. The builder's own last lines stay in the hint below them.
import { ActionError } from '@mlops-actions/shared/runtime';

/** Push/pull permissions ECR checks on registry requests, for a builder's 403 (a HEAD answer has no text to quote). */
const REGISTRY_ACTIONS =
  'ecr:BatchCheckLayerAvailability, ecr:InitiateLayerUpload, ecr:UploadLayerPart, ecr:CompleteLayerUpload and ecr:PutImage to push; ecr:BatchGetImage and ecr:GetDownloadUrlForLayer to pull';

export function withRegistryDenialHint(error: unknown): unknown {
  if (!(error instanceof ActionError) || !/\b403\b|denied|not authorized/i.test(error.hint ?? '')) return error;
  const hint = error.hint ?? '';
  const named = /not authorized to perform: (ecr:\w+)/.exec(hint)?.[1];
  // A blob HEAD (buildah's "trying to reuse blob", buildx's "checking blob") is ecr:BatchCheckLayerAvailability.
  const action = named ?? (/reuse blob|checking blob|blob .* exists/i.test(hint) ? 'ecr:BatchCheckLayerAvailability' : undefined);
  const needs = action
    ? `The registry refused the request: the role needs '${action}' on the repository (see the action README for the minimal policy).`
    : `The registry refused a request: the role needs ${REGISTRY_ACTIONS} on the repository (see the action README).`;
  return new ActionError(error.message, { hint: `${needs}\n${hint}`, cause: error });
}

/** A registry the builder names in a refusal, e.g. `docker://HOST/repo:tag` or `reading manifest 1 in HOST/repo`. */
const REFUSED_HOST = /(?:docker:\/\/|\bin |\bfrom )([a-z0-9][a-z0-9.-]*(?::\d+)?)\/[^\s:]+/gi;

/**
 * A build refused by a registry this step did not log in to (a base image in another account's or region's ECR):
 * says which registry to add to `registries`, rather than leaving the builder's "unauthorized" to be decoded.
 */
export function withBaseImageLoginHint(error: unknown, hosts: string[]): unknown {
  if (!(error instanceof ActionError) || !/unauthorized|authentication required|denied|\b40[13]\b/i.test(error.hint ?? '')) return error;
  const refused = [...(error.hint ?? '').matchAll(REFUSED_HOST)].map((m) => m[1] as string).filter((host) => host.includes('.') && !hosts.includes(host));
  const host = refused[0];
  if (!host) return error;
  return new ActionError(error.message, {
    hint: `The build pulls from ${host}, which this step did not log in to: add that registry (its account ID, or its host for another region) to 'registries', and allow ecr:BatchGetImage and ecr:GetDownloadUrlForLayer on its repository to this role.\n${error.hint ?? ''}`,
    cause: error,
  });
}
