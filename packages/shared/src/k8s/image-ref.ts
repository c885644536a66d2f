/**
 * Container image references, read the way the container runtime reads them (github.com/distribution/reference):
 * `[domain[:port]/]path[:tag][@digest]`. The first path component is a registry domain only when it holds a `.`
 * or a `:`, is `localhost`, or has an upper-case letter; otherwise the image is on Docker Hub. So
 * `registry.local:5000/team/model:v2` is repository `registry.local:5000/team/model` with tag `v2` (splitting on
 * the first or last `:` gets that wrong), and `model` is `docker.io/library/model`.
 */

export interface ImageReference {
  /** The registry as written, or `docker.io` when none is: `123456789012.dkr.ecr.us-east-1.amazonaws.com`, `localhost:5000`. */
  domain: string;
  /** The repository path inside the registry; Docker Hub's one-component names get `library/`. */
  path: string;
  tag?: string;
  /** `sha256:<64 hex>` (or another algorithm). */
  digest?: string;
  /** The reference as given. */
  original: string;
}

const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
const DOMAIN_NAME = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\.(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?))*$/;
const IPV6 = /^\[[0-9a-fA-F:.]+\]$/;
const PORT = /^[0-9]{1,5}$/;
const MAX_NAME = 255;

export class ImageReferenceError extends Error {
  constructor(
    readonly reference: string,
    readonly problem: string,
  ) {
    super(`'${reference}' is not an image reference: ${problem}`);
    this.name = 'ImageReferenceError';
  }
}

/** What an image reference looks like, for error messages. */
export const IMAGE_REFERENCE_FORM =
  'an image reference like 123456789012.dkr.ecr.us-east-1.amazonaws.com/model:v2, registry.local:5000/team/model@sha256:<64 hex>, or nginx:1.27';

function validDomain(domain: string): boolean {
  let host = domain;
  const portAt = domain.lastIndexOf(':');
  if (portAt > domain.lastIndexOf(']')) {
    const port = domain.slice(portAt + 1);
    if (!PORT.test(port) || Number(port) > 65535) return false;
    host = domain.slice(0, portAt);
  }
  return DOMAIN_NAME.test(host) || IPV6.test(host);
}

/** Parses a reference; throws ImageReferenceError saying what is wrong. */
export function parseImageReference(reference: string): ImageReference {
  const fail = (problem: string): never => {
    throw new ImageReferenceError(reference, problem);
  };
  if (reference === '') fail('it is empty');
  if (/\s/.test(reference)) fail('it contains white space');
  let rest = reference;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) fail(`'${digest}' is not a digest (algorithm:hex, e.g. sha256: and 64 hex digits)`);
    if (digest.startsWith('sha256:') && !/^sha256:[0-9a-f]{64}$/.test(digest)) fail('a sha256 digest has exactly 64 lower-case hex digits');
  }
  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) fail(`'${tag}' is not a tag (letters, digits, _ . -, at most 128, not starting with . or -)`);
  }
  if (rest === '') fail('it has no repository name');
  const parts = rest.split('/');
  let domain = 'docker.io';
  const first = parts[0]!;
  if (parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase())) {
    domain = first;
    parts.shift();
    if (!validDomain(domain)) fail(`'${domain}' is not a registry host[:port]`);
  }
  for (const part of parts) {
    if (part === '') fail('it has an empty path component (//, or a trailing /)');
    if (!COMPONENT.test(part)) {
      fail(
        part !== part.toLowerCase()
          ? `'${part}' has upper-case letters (repository names are lower case)`
          : `'${part}' is not a repository path component (lower-case letters, digits, and . _ __ - between them)`,
      );
    }
  }
  if (domain === 'index.docker.io') domain = 'docker.io';
  if (domain === 'docker.io' && parts.length === 1) parts.unshift('library');
  const path = parts.join('/');
  if (rest.length > MAX_NAME) fail(`the repository name is longer than ${MAX_NAME} characters`);
  return { domain, path, ...(tag !== undefined ? { tag } : {}), ...(digest !== undefined ? { digest } : {}), original: reference };
}

/** `domain/path`, the identity two references are matched by (`nginx` and `docker.io/library/nginx` are the same). */
export function repositoryOf(ref: ImageReference): string {
  return `${ref.domain}/${ref.path}`;
}

/** True when both name the same repository, whatever their tags and digests. */
export function sameRepository(a: string, b: string): boolean {
  return repositoryOf(parseImageReference(a)) === repositoryOf(parseImageReference(b));
}

/**
 * True when two references surely name the same image: the same repository and the same digest, or (neither has
 * a digest) the same tag, where no tag means `latest`. A tag is not proof of the same content: `latest` may
 * have moved, so a caller decides whether an equal tag is "the same image" (this action says so and restarts
 * only with force-restart).
 */
export function sameImage(a: string, b: string): boolean {
  const x = parseImageReference(a);
  const y = parseImageReference(b);
  if (repositoryOf(x) !== repositoryOf(y)) return false;
  if (x.digest || y.digest) return x.digest === y.digest;
  return (x.tag ?? 'latest') === (y.tag ?? 'latest');
}

/** A short label for logs: the repository's last component with tag and digest prefix. */
/**
 * The repository digest in a container status's imageID: `sha256:…` of `registry/repo@sha256:…` (containerd) or
 * `docker-pullable://repo@sha256:…` (dockershim). Undefined for a bare local image id (`sha256:…` alone names
 * the image config, not something a registry can be asked for) or no imageID yet.
 */
export function repositoryDigestOf(imageID: string | undefined): string | undefined {
  return /@(sha256:[0-9a-f]{64})$/.exec(imageID ?? '')?.[1];
}

export function shortImage(reference: string): string {
  try {
    const ref = parseImageReference(reference);
    const name = ref.path.split('/').pop() ?? ref.path;
    return `${name}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest.slice(0, 19)}` : ''}`;
  } catch {
    return reference;
  }
}

/** Where an image goes in a pod template: its containers and init containers. */
export interface PodSpecLike {
  containers?: Array<{ name: string; image?: string }>;
  initContainers?: Array<{ name: string; image?: string }>;
  ephemeralContainers?: Array<{ name: string; image?: string }>;
}

export interface Substitution {
  /** Where it happened, e.g. `Deployment/model-server container server`. */
  where: string;
  from: string;
  to: string;
}

/**
 * Replaces, in one pod spec, every container image whose repository equals the repository of one of `images`
 * (the image as given, tag and digest included). Matching is by parsed repository, so `registry:5000/app` never
 * matches `registry:5000/app-canary`, and a tag or digest on either side does not matter. Returns what changed.
 */
export function substituteImages(spec: PodSpecLike, images: ImageReference[], where: string): Substitution[] {
  const changes: Substitution[] = [];
  for (const list of [spec.initContainers, spec.containers]) {
    for (const container of list ?? []) {
      if (!container.image) continue;
      let current: ImageReference;
      try {
        current = parseImageReference(container.image);
      } catch {
        continue; // not ours to judge: the API server refuses it if it is invalid
      }
      const match = images.find((image) => repositoryOf(image) === repositoryOf(current));
      if (!match || match.original === container.image) continue;
      changes.push({ where: `${where} container ${container.name}`, from: container.image, to: match.original });
      container.image = match.original;
    }
  }
  return changes;
}
