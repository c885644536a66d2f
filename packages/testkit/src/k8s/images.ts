// What a container does, chosen per image by the test: the kubelet simulation turns it into container states,
// pod conditions and Events exactly as a real node would report them over time.

export type PodBehaviour =
  /** Starts at once, Ready after `afterSeconds` (default 1). */
  | { kind: 'ready'; afterSeconds?: number }
  /** Runs, never passes its readiness probe. */
  | { kind: 'never-ready'; probeMessage?: string }
  /** The pull fails: ErrImagePull, then ImagePullBackOff between retries (10 s, 20 s, ... 300 s). */
  | { kind: 'err-image-pull'; message?: string }
  /** The reference does not parse (also chosen for any image that is not a valid reference). */
  | { kind: 'invalid-image-name' }
  /** Runs `runSeconds` (default 1), exits `exitCode` (default 1), CrashLoopBackOff (10 s, 20 s, ... 300 s), again. */
  | { kind: 'crash-loop'; runSeconds?: number; exitCode?: number }
  /** A referenced Secret/ConfigMap is missing. */
  | { kind: 'create-container-config-error'; message?: string }
  /** No node fits: PodScheduled=False, reason Unschedulable. */
  | { kind: 'unschedulable'; message?: string };

export interface HttpAnswer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface ImageSpec {
  behaviour: PodBehaviour;
  /** The digest (`sha256:` + 64 hex) a tag resolves to, reported in containerStatuses[].imageID; default derived from the reference. */
  digest?: string;
  /** Lines the container writes (kubectl logs / pods/{name}/log). */
  logs?: string[];
  /** What the container answers through the service proxy: fixed, or per request path. */
  http?: HttpAnswer | ((request: { method: string; path: string; query: string; podName: string }) => HttpAnswer);
}

export const DEFAULT_UNSCHEDULABLE_MESSAGE =
  '0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.';

export const DEFAULT_CONFIG_ERROR = 'secret "app-secrets" not found';

/** docker/distribution's reference grammar (what the kubelet parses before pulling). */
const REFERENCE_RE =
  /^(?:((?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\.(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?))*(?::[0-9]+)?)\/)?([a-z0-9]+(?:(?:[._]|__|[-]*)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|[-]*)[a-z0-9]+)*)*)(?::([\w][\w.-]{0,127}))?(?:@([A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}))?$/;

export function isValidImageReference(image: string): boolean {
  return image.length > 0 && image.length <= 255 + 128 && REFERENCE_RE.test(image);
}

/** The fully qualified reference containerd reports (docker.io/library/ for short names). */
export function qualifiedImage(image: string): string {
  const first = image.split('/')[0]!;
  const hasRegistry = image.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
  let out = hasRegistry ? image : image.includes('/') ? `docker.io/${image}` : `docker.io/library/${image}`;
  const last = out.split('/').at(-1)!;
  if (!last.includes(':') && !last.includes('@')) out += ':latest';
  return out;
}

export class ImageBook {
  readonly #specs = new Map<string, ImageSpec>();

  constructor(private fallback: ImageSpec) {}

  set(image: string, spec: ImageSpec): void {
    this.#specs.set(image, spec);
  }

  setDefault(spec: ImageSpec): void {
    this.fallback = spec;
  }

  get(image: string | undefined): ImageSpec {
    if (image === undefined || !isValidImageReference(image)) return { behaviour: { kind: 'invalid-image-name' } };
    return this.#specs.get(image) ?? this.fallback;
  }
}
