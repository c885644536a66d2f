/**
 * The local Kubernetes world: an HTTPS API server on 127.0.0.1 with a simulated control plane and node, for
 * kubectl and @kubernetes/client-node. Public API:
 *
 * ```ts
 * startK8sWorld(options?: K8sWorldOptions): Promise<K8sWorld>
 *   clusterName (default 'ml-staging'); aws: AwsWorld (EKS tokens are checked against it); staticTokens;
 *   clock: 'real' (default: time passes, the world ticks every tickMs=100) | 'manual' (only clock.advance moves it);
 *   defaultImage: ImageSpec (default ready after 1 s); namespaces; watchHistory (default 5000); tokenMaxAgeMs; minor ('32')
 *
 * interface K8sWorld {
 *   server: string;            // https://127.0.0.1:PORT
 *   caPem: string; caData: string;   // caData = base64(PEM): EKS certificateAuthority.data / client-node caData
 *   clusterName: string;
 *   clock: WorldClock;         // now(), advance(ms) (steps of 1 s; controllers run at each step)
 *   images: ImageBook;         // images.set('repo/app:2', { behaviour, logs?, http? }), images.setDefault(spec)
 *   faults: { add(f: K8sFaultSpec); clear(); pending() };
 *   access: { add(rule); deny(arnPart, 401 | 403, verbs?); clear() };   // missing access entry / RBAC denial
 *   requests: K8sRequestRecord[];   nextRequest(match): Promise<K8sRequestRecord>;
 *   apply(obj); get(resource, ns, name); list(resource, ns?); settle(); compact();
 *   staticToken(username?): string;   // a bearer token accepted as is (kubeconfig tests)
 *   kubeconfig(user: { token } | { exec }, { namespace? }): string;  writeKubeconfig(...): path (0600, temp dir)
 *   registerInAws(aws?): Promise<void>;   // eks:DescribeCluster answers this server's endpoint + CA (moto keeps the rest)
 *   close(): Promise<void>;
 * }
 * PodBehaviour (per image): ready{afterSeconds} | never-ready{probeMessage} | err-image-pull{message} | invalid-image-name
 *   | crash-loop{runSeconds, exitCode} | create-container-config-error{message} | unschedulable{message}
 *   (an image that is not a valid reference always gets InvalidImageName, as the kubelet does)
 * K8sFaultSpec { kind: http500 | http503 | throttle (429 + Retry-After: retryAfterSeconds) | hang | reset | latency
 *   | drop-watch (connection cut after afterEvents events) | end-watch (clean end) | gone (ERROR 410 Expired);
 *   verb? (get|list|watch|create|update|patch|delete|proxy|log); resource?; name?; namespace?; count? (1);
 *   when? 'before' | 'after' (a write takes effect, then its answer is lost: http500 | http503 | hang | reset) }
 * ```
 *
 * What it serves: discovery (/version, /api, /apis, /api/v1, /apis/apps/v1; legacy form, which clients asking for
 * aggregated discovery fall back to), /openapi/v3 (enough for kubectl apply's server-side field validation check);
 * apps/v1 Deployments (+ /status, /scale) and ReplicaSets, v1 Pods (+ /log), Services (+ /proxy to a ready pod: the
 * image's `http` answer), Events, Namespaces: get, list (labelSelector, fieldSelector), watch (resourceVersion;
 * no bookmarks; filtered watches turn objects leaving/entering the selection into DELETED/ADDED; 410 Gone as an
 * ERROR event when the history no longer reaches back), create, update (resourceVersion conflicts), patch
 * (json-patch, merge-patch, strategic-merge-patch with the real merge keys and directives, apply-patch+yaml =
 * server-side apply with field managers, conflicts and force), delete (background GC; Orphan). API server
 * defaulting and validation of the served kinds (422 with the real wording), metadata.generation bumped on spec
 * changes, status kept on main-resource writes, metadata.managedFields.
 *
 * Authentication: `Authorization: Bearer <token>`: a static token, or an EKS token (`k8s-aws-v1.` + base64url of a
 * presigned STS GetCallerIdentity URL: STS host, X-Amz-Expires=60, x-k8s-aws-id signed with the cluster name, not
 * older than 15 min by the world's clock); its signature is checked with the secret the AWS world issued for the
 * key (moto checks none), then the URL is sent to the AWS world's STS for the caller ARN (expired keys and STS
 * faults count). Anything else: 401 Unauthorized. access.deny(...) turns identities into 401/403.
 *
 * The control plane: the Deployment controller transcribed from kubernetes/pkg/controller/deployment (rolling
 * update arithmetic with maxSurge rounding up and maxUnavailable down, Recreate, new ReplicaSet per template hash,
 * revisions + revision-history, annotations copied (change-cause), revisionHistoryLimit, paused, conditions
 * Available/Progressing with NewReplicaSetCreated/FoundNewReplicaSet/ReplicaSetUpdated/NewReplicaSetAvailable/
 * ProgressDeadlineExceeded, observedGeneration), the ReplicaSet controller, the garbage collector, and a node whose
 * pods follow their images' behaviours over (world) time, with the kubelet's and scheduler's Events.
 * Controllers run asynchronously after each write (a PATCH answers before the controller has observed it, as on a
 * real cluster) and whenever the clock moves.
 */
export { startK8sWorld } from './world.js';
export type { K8sWorld, K8sWorldOptions, K8sRequestRecord, AccessRule } from './world.js';
export { WorldClock, type ClockMode } from './clock.js';
export type { ImageSpec, PodBehaviour, HttpAnswer } from './images.js';
export { ImageBook, DEFAULT_UNSCHEDULABLE_MESSAGE, DEFAULT_CONFIG_ERROR } from './images.js';
export type { K8sFaultSpec, K8sFaultKind, RequestAttributes as K8sRequestAttributes } from './faults.js';
export type { Identity as K8sIdentity } from './eks-token.js';
export { TOKEN_PREFIX as EKS_TOKEN_PREFIX, TOKEN_MAX_AGE_MS as EKS_TOKEN_MAX_AGE_MS, presignEksToken } from './eks-token.js';
export { resolveFenceposts, templateHash, REVISION as REVISION_ANNOTATION } from './controller.js';
export type { K8sObject, Deployment, ReplicaSet, Pod, Service, DeploymentCondition, ContainerStatus } from './types.js';
