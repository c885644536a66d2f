// The local AWS world: moto_server (state and API shapes) behind a scenario layer (the endpoint the code
// under test uses) that records every request, injects faults, expires credentials, checks OIDC trust,
// and runs SageMaker pipeline executions, forwarding everything else to moto unchanged.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ECRClient } from '@aws-sdk/client-ecr';
import { CreateClusterCommand, EKSClient } from '@aws-sdk/client-eks';
import { gunzipSync } from 'node:zlib';
import { CreatePipelineCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import type { RegistryClient } from '../registry/client.js';
import { startRegistry, type Registry } from '../registry/registry-process.js';
import type { StoredManifest } from '../registry/storage.js';
import { describeClusterAnswer, eksClusterName, type EksClusterAccess } from './eks-clusters.js';
import {
  CredentialBook,
  HARNESS_ACCESS_KEY_ID,
  HARNESS_SECRET_ACCESS_KEY,
  STATIC_ACCESS_KEY_ID,
  STATIC_SECRET_ACCESS_KEY,
  type IssuedKey,
} from './credentials.js';
import { FaultBook, type FaultKind, type FaultSpec } from './faults.js';
import { isForeignAnswerKind, renderForeignAnswer, sendForeignAnswer } from './foreign-answers.js';
import { startMoto, type MotoProcess } from './moto-process.js';
import { forward, motoJson, readBody, type HeldAnswer } from './moto-http.js';
import { identify, renderError, renderJson, sendError, standardError, type AwsError, type ErrorKind, type RequestIdentity } from './protocol.js';
import { bodyText, type RequestRecord } from './request-log.js';
import { ApiError, SageMakerPipelines, type ExecutionView, type PipelineScenario, type PipelineVersionView } from './sagemaker-pipelines.js';
import { isAwsError, verifyWebIdentity, webIdentityTrustOf, type WebIdentityTrust } from './sts-web-identity.js';
import { accessDenied, AUTHORIZATION_RULES, evaluate, IamStore, type Authorization, type PolicyDocument } from './iam.js';
import { EcrBridge, type IssuedToken, type ScanSpec } from './ecr-bridge.js';
import { startRegistryFront, type RegistryFaultSpec, type RegistryFront, type RegistryRequestRecord } from './ecr-registry-front.js';
import { MonitoringApiError, MonitoringExecutions, type MonitoringExecutionSpec } from './sagemaker-monitoring.js';
import { checkModelPackageUpdate } from './model-registry.js';

export interface AwsWorldOptions {
  /** Default us-east-1. */
  region?: string;
  /** The moto_server executable, default `moto_server` on PATH. */
  motoCommand?: string;
  /** How long moto_server may take to answer at start-up (default 20 s; a loaded machine can need more). */
  motoStartTimeoutMs?: number;
  /**
   * Ignore ClientRequestToken (StartPipelineExecution, StopPipelineExecution, CreatePipeline), unlike AWS.
   * Only for proving that an idempotency test fails when idempotency is gone.
   */
  ignoreClientTokens?: boolean;
  /**
   * Enforce IAM like AWS for the code under test: each call is checked against the identity policies (from
   * moto's IAM) of the role its key belongs to. Keys not issued by STS for a role are unrecognised.
   */
  enforceIam?: boolean;
  /**
   * The ECR world: a real registry (Debian's docker-registry) behind GetAuthorizationToken, and the image and
   * scan calls answered from it (see ecr-bridge.ts and ecr-registry-front.ts). Off by default (it starts a
   * process); `world.ecr` throws unless it is on.
   */
  ecr?: boolean | { tokenTtlSeconds?: number };
}

/** The ECR part of the world (startAwsWorld({ ecr: true })). */
export interface EcrWorld {
  /** The proxyEndpoint GetAuthorizationToken answers: http://127.0.0.1:PORT, the registry front. */
  endpoint: string;
  /** 127.0.0.1:PORT: the registry host of image references and of repositoryUri. */
  host: string;
  /** The real registry behind the front (its own port; the code under test never gets it). */
  registry: Registry;
  /**
   * A client of the registry itself, with the password it requires now: the test's instrument (reads what was
   * pushed), not subject to the front's ECR rules (IAM, expiry). `null` for an anonymous client.
   */
  client(auth?: { username: string; password: string } | null): RegistryClient;
  /** A real ECR client on the layer, signed with the harness key (never faulted, expired or denied). */
  api: ECRClient;
  /** The password the registry requires now (the one in every authorizationToken until it changes). */
  password(): string;
  /** Every token issued (secret-leak checks: none of them may show up in an action's output). */
  issuedTokens(): IssuedToken[];
  /** A new password now: tokens issued before are refused by the registry from the next request on. */
  rotatePassword(): Promise<string>;
  /** The current token is refused as expired (403 DENIED) until the next GetAuthorizationToken issues a new one. */
  expireTokens(): void;
  /**
   * The scan result of an image: `reference` is a digest, a tag or '*' (any image of the repository), and may be
   * set before the image is pushed. Until one is set (and during `notFoundCalls`), DescribeImageScanFindings
   * answers ScanNotFoundException.
   */
  setScan(repository: string, reference: string, scan: ScanSpec): void;
  clearScans(): void;
  /** What the registry holds for a repository (tagged and untagged manifests), newest first. */
  images(repository: string): Promise<StoredManifest[]>;
  /** Every request the registry front saw (live array). Bytes pushed = sum of bytesIn. */
  registryRequests: RegistryRequestRecord[];
  /** Faults of registry requests (before they reach the registry: nothing takes effect). */
  registryFaults: { add(f: RegistryFaultSpec): void; clear(): void; pending(): RegistryFaultSpec[] };
  /**
   * The ECR registry of another account and/or region (for base images): a registry, bridge and front of its own
   * (its own host and password). From then on GetAuthorizationToken called in `region` for `accountId` (a
   * registryIds entry, or the caller's account: an assumed role's) answers its token and proxyEndpoint, and the
   * other ECR calls in that region for that account (registryId, or the caller's) are answered from it. Ids and
   * regions without a registry of their own are still answered by the world's one. Idempotent per account/region.
   */
  addRegistry(r: { accountId: string; region: string }): Promise<EcrOtherRegistry>;
}

/** A registry added with world.ecr.addRegistry: another account's and/or region's. */
export interface EcrOtherRegistry {
  accountId: string;
  region: string;
  /** Its proxyEndpoint: http://127.0.0.1:PORT (its own front). */
  endpoint: string;
  /** 127.0.0.1:PORT: the host of its image references. */
  host: string;
  registry: Registry;
  /** The password its registry requires now (its own, not the world's registry's). */
  password(): string;
  /** A client of its registry itself, with its current password (the test's instrument). */
  client(auth?: { username: string; password: string } | null): RegistryClient;
  /** CreateRepository in its account and region (moto), so that its front serves the repository. */
  createRepository(name: string): Promise<void>;
  /** Every request its front saw. */
  registryRequests: RegistryRequestRecord[];
}
export interface RoleSpec {
  name: string;
  /** The role's trust policy. With `oidc`, a GitHub OIDC trust (Federated principal, aud/sub conditions) is honoured by AssumeRoleWithWebIdentity. */
  trustPolicy: object;
  /** Inline identity policies by name. */
  policies: Record<string, object>;
  /** The OIDC provider the trust policy's Federated principal stands for (the GitHub world's issuer and keys). */
  oidc?: { issuer: string; jwks: { keys: object[] } };
}

export interface AwsCredentialsEnv {
  AWS_ACCESS_KEY_ID: string;
  AWS_SECRET_ACCESS_KEY: string;
}

export interface AwsWorld {
  /** The scenario layer: what the code under test calls (AWS_ENDPOINT_URL). */
  endpoint: string;
  /** moto itself, behind the layer (no faults, no executions): for rare direct checks. */
  motoEndpoint: string;
  region: string;
  /** moto's default account. */
  accountId: string;
  /** AWS_ENDPOINT_URL, AWS_REGION, AWS_DEFAULT_REGION, AWS_EC2_METADATA_DISABLED=true; no credentials. */
  env(): Record<string, string>;
  /** Fake long-term keys moto accepts (expired by expireCredentials()). */
  staticCredentials(): AwsCredentialsEnv;
  /** Endpoint, region and credentials (default: the static keys) for an SDK client of the code's side. */
  clientConfig(credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string }): {
    endpoint: string;
    region: string;
    credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  };
  /**
   * A real SDK client on the layer for setup and assertions. It signs with the harness key, which is
   * exempt from faults and expiry; its DescribePipelineExecution calls do advance executions.
   */
  sagemaker: SageMakerClient;
  /** CreatePipeline (definition as an object); returns the pipeline ARN. */
  createPipeline(name: string, definition: object, opts?: { roleArn?: string }): Promise<string>;
  /** How executions of this pipeline started from now on behave. */
  scenario(pipelineName: string, s: PipelineScenario): void;
  faults: { add(f: FaultSpec): void; clear(): void; pending(): FaultSpec[] };
  iam: {
    /** Creates a role in moto's IAM with its trust policy and inline policies; returns its ARN. */
    createRole(role: RoleSpec): Promise<string>;
    /** The identity policies moto holds for a role (what an enforcing world evaluates). */
    rolePolicies(roleName: string): Promise<PolicyDocument[]>;
  };
  /** From now on AssumeRoleWithWebIdentity for `t.roleArn` checks the token like IAM. */
  trustWebIdentity(t: WebIdentityTrust): void;
  /** Every access key issued so far, and the static keys, become expired. */
  expireCredentials(): void;
  /** Every credential STS issued through the layer, secrets included (for secret-leak checks). */
  issuedCredentials(): IssuedKey[];
  /** EKS: clusters whose DescribeCluster answers a local API server (see the k8s world's registerInAws). */
  eks: {
    /**
     * CreateCluster in moto (if absent), then DescribeCluster of `name` answers `endpoint` and
     * `certificateAuthorityData` (base64 PEM) instead of moto's made-up ones, with status ACTIVE.
     */
    registerCluster(c: { name: string; endpoint: string; certificateAuthorityData: string; roleArn?: string }): Promise<void>;
  };
  /** Every request the layer saw, in arrival order (live array). */
  requests: RequestRecord[];
  /**
   * Resolves when the next matching request arrives (before it is handled): an event a test can wait on,
   * e.g. to cancel a step once it is really talking to AWS. The harness key's requests never match.
   */
  nextRequest(match: { operation: string; service?: string }): Promise<RequestRecord>;
  /** The layer's pipeline executions and their steps (reading this does not advance them). */
  executions(): ExecutionView[];
  /** Every version of a pipeline written through the layer (CreatePipeline is 1, each UpdatePipeline one more). */
  pipelineVersions(pipelineName: string): PipelineVersionView[];
  /** The ECR world (startAwsWorld({ ecr: true })); throws when it is off. */
  readonly ecr: EcrWorld;
  /** Model Monitor executions ListMonitoringExecutions answers with (moto has none). */
  monitoring: { addExecution(e: MonitoringExecutionSpec): void };
  close(): Promise<void>;
}

const ACCOUNT_ID = '123456789012';

/**
 * Writes answers and notes in the request's log record what was answered. With an `after` fault the answer
 * is handed to `lose` instead: the request took effect, the client never learns it did.
 */
class Reply {
  constructor(
    readonly res: ServerResponse,
    readonly record: RequestRecord,
    readonly id: RequestIdentity,
    readonly method: string,
    readonly lose?: (answer: HeldAnswer) => void,
  ) {}

  json(payload: unknown): void {
    this.send(renderJson(this.id.service, payload));
  }

  error(error: AwsError): void {
    this.record.errorCode = error.code;
    this.send(renderError(this.id.service, error, this.method));
  }

  /** An error the world itself makes up (a `before` fault): never lost, since nothing took effect. */
  fault(error: AwsError): void {
    this.record.status = error.status;
    this.record.errorCode = error.code;
    sendError(this.res, this.id.service, error, this.method);
  }

  send(answer: { status: number; headers: Record<string, string>; body: string | Buffer }): void {
    const held = { ...answer, body: Buffer.isBuffer(answer.body) ? answer.body : Buffer.from(answer.body) };
    if (this.lose) {
      this.record.lostStatus = held.status;
      this.lose(held);
      return;
    }
    this.record.status = held.status;
    this.res.writeHead(held.status, { ...held.headers, 'content-length': held.body.length });
    this.res.end(held.body);
  }
}

/** How an answer is lost after the request took effect (see FaultKind). */
function loseAnswer(kind: FaultKind, req: IncomingMessage, res: ServerResponse, reply: Reply, answer: HeldAnswer): void {
  switch (kind) {
    case 'reset':
      req.socket.destroy();
      return;
    case 'http500':
    case 'http503':
      reply.fault(standardError(kind, reply.id.service));
      return;
    case 'truncate': {
      // The status line and headers promise the whole body; half of it comes, then the connection closes.
      reply.record.status = answer.status;
      const headers = Object.fromEntries(Object.entries(answer.headers).filter(([name]) => name !== 'content-length'));
      res.writeHead(answer.status, { ...headers, 'content-length': answer.body.length });
      res.write(answer.body.subarray(0, Math.floor(answer.body.length / 2)), () => req.socket.destroy());
      return;
    }
    case 'hang':
      // No answer at all: the client gives up on its own timeout and closes the connection.
      return;
    default:
      throw new Error(`${kind} is not a fault after the request`);
  }
}

export async function startAwsWorld(options: AwsWorldOptions = {}): Promise<AwsWorld> {
  const region = options.region ?? 'us-east-1';
  const moto: MotoProcess = await startMoto({ command: options.motoCommand, timeoutMs: options.motoStartTimeoutMs });
  // moto imports a service's backend on its first request (~250 ms for SageMaker): start that now,
  // without waiting, so it overlaps the test's own setup.
  void motoJson(moto.endpoint, {
    service: 'sagemaker',
    targetPrefix: 'SageMaker',
    operation: 'ListPipelines',
    region,
    accessKeyId: HARNESS_ACCESS_KEY_ID,
    body: {},
  }).catch(() => {});
  const credentials = new CredentialBook(ACCOUNT_ID);
  const eksClusters = new Map<string, EksClusterAccess>();
  const faults = new FaultBook();
  const trusts = new Map<string, WebIdentityTrust>();
  const requests: RequestRecord[] = [];
  const pipelines = new SageMakerPipelines({
    motoEndpoint: moto.endpoint,
    accountId: ACCOUNT_ID,
    credentials,
    honourClientTokens: !options.ignoreClientTokens,
  });

  const monitoring = new MonitoringExecutions();
  const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
  const iam = new IamStore(moto.endpoint);

  /** The error AWS would answer when this key may not do these things, else undefined. */
  const authorizeKey = async (accessKeyId: string | undefined, requests: Authorization[]): Promise<AwsError | undefined> => {
    const key = accessKeyId ? credentials.issued.get(accessKeyId) : undefined;
    if (!key?.roleArn) return { status: 400, code: 'UnrecognizedClientException', message: 'The security token included in the request is invalid.' };
    const policies = await iam.rolePolicies(key.roleArn.split('/').pop()!);
    for (const request of requests) {
      const decision = evaluate(policies, request);
      if (decision !== 'allow') return accessDenied(credentials.principalArn(accessKeyId), request, decision);
    }
    return undefined;
  };

  /** The error AWS would answer when the caller may not make this call, else undefined. */
  const authorize = async (id: RequestIdentity): Promise<AwsError | undefined> => {
    const iamAction = `${id.service}:${id.operation}`;
    const rule = AUTHORIZATION_RULES[iamAction];
    if (!rule)
      return {
        status: 500,
        code: 'InternalFailure',
        message: `local AWS world: no IAM rule for ${iamAction}; add one to AUTHORIZATION_RULES (testkit aws/iam.ts)`,
      };
    const denied = await authorizeKey(id.accessKeyId, rule(id.params, id.region ?? region, ACCOUNT_ID));
    // S3 says it its own way: 403 AccessDenied (in XML), with the same message.
    return denied && id.service === 's3' && denied.code === 'AccessDeniedException' ? { ...denied, status: 403, code: 'AccessDenied' } : denied;
  };

  // The ECR world: the registry, the bridge that answers image calls from it, and the front (proxyEndpoint); one
  // for the world's account and region, and one more per account/region a test adds (world.ecr.addRegistry).
  type EcrParts = { registry: Registry; bridge: EcrBridge; front: RegistryFront };
  const startEcrParts = async (accountId: string, ecrRegion: string, enforce: boolean): Promise<EcrParts> => {
    const registry = await startRegistry();
    const bridge = new EcrBridge({
      registry,
      motoEndpoint: moto.endpoint,
      accountId,
      region: ecrRegion,
      ...(typeof options.ecr === 'object' && options.ecr.tokenTtlSeconds !== undefined ? { tokenTtlSeconds: options.ecr.tokenTtlSeconds } : {}),
    });
    const front = await startRegistryFront({
      bridge,
      registryUrl: registry.url,
      accountId,
      region: ecrRegion,
      ...(enforce ? { authorize: authorizeKey } : {}),
    }).catch(async (error: unknown) => {
      await registry.close();
      throw error;
    });
    bridge.frontUrl = front.url;
    try {
      await bridge.rotatePassword();
    } catch (error) {
      await front.close();
      await registry.close();
      throw error;
    }
    return { registry, bridge, front };
  };
  let ecr: EcrParts | undefined;
  /** Registries of other accounts/regions, by `${accountId}/${region}` (a promise: concurrent adds share one). */
  const otherEcr = new Map<string, Promise<EcrParts>>();
  const otherEcrStarted = new Map<string, EcrParts>();
  /** The bridge that answers for a registry id in a region: its own when a test added it, else the world's. */
  const ecrBridgeFor = (accountId: string, ecrRegion: string): EcrBridge => otherEcrStarted.get(`${accountId}/${ecrRegion}`)?.bridge ?? ecr!.bridge;
  if (options.ecr) {
    try {
      ecr = await startEcrParts(ACCOUNT_ID, region, options.enforceIam === true);
    } catch (error) {
      await moto.stop();
      throw error;
    }
  }

  const waiters = new Set<{ matches: (r: RequestRecord) => boolean; resolve: (r: RequestRecord) => void }>();
  const notifyWaiters = (record: RequestRecord): void => {
    for (const waiter of waiters) {
      if (!waiter.matches(record)) continue;
      waiters.delete(waiter);
      waiter.resolve(record);
    }
  };

  /** The resource an AccessDenied message names: an ARN from the request, else the named pipeline. */
  const deniedResource = (id: RequestIdentity): string => {
    const arn = Object.values(id.params).find((v): v is string => typeof v === 'string' && v.startsWith('arn:'));
    if (arn) return arn;
    const r = id.region ?? region;
    if (typeof id.params.PipelineName === 'string') return `arn:aws:sagemaker:${r}:${ACCOUNT_ID}:pipeline/${id.params.PipelineName}`;
    if (typeof id.params.ModelPackageGroupName === 'string')
      return `arn:aws:sagemaker:${r}:${ACCOUNT_ID}:model-package-group/${id.params.ModelPackageGroupName}`;
    return '*';
  };

  /**
   * An ECR call the bridges own, answered by the bridge of its registry: the account is the registryId asked for,
   * else the caller's (the account of its key); the region is the call's. GetAuthorizationToken asks each of its
   * registryIds of its own bridge.
   */
  const handleEcr = async (id: RequestIdentity): Promise<unknown> => {
    const callRegion = id.region ?? region;
    const caller = credentials.accountOf(id.accessKeyId);
    const call = { operation: id.operation, params: id.params, region: callRegion, accessKeyId: id.accessKeyId };
    if (id.operation !== 'GetAuthorizationToken') {
      const account = typeof id.params.registryId === 'string' ? id.params.registryId : caller;
      return ecrBridgeFor(account, callRegion).handle(call);
    }
    const ids = Array.isArray(id.params.registryIds) && id.params.registryIds.length ? (id.params.registryIds as unknown[]).map(String) : [caller];
    const authorizationData: unknown[] = [];
    for (const registryId of ids) {
      const answer = (await ecrBridgeFor(registryId, callRegion).handle({ ...call, params: { registryIds: [registryId] } })) as {
        authorizationData: unknown[];
      };
      authorizationData.push(...answer.authorizationData);
    }
    return { authorizationData };
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const arrived = Date.now();
    let body = await readBody(req);
    // The SDK gzips large request bodies of operations with AWS's request compression (CloudWatch PutMetricData
    // over 10 KB); AWS inflates them, moto does not: the layer does, and forwards the plain body.
    if (String(req.headers['content-encoding'] ?? '').toLowerCase() === 'gzip') {
      body = gunzipSync(body);
      delete req.headers['content-encoding'];
    }
    const id = identify(method, req.url ?? '/', req.headers, body);
    const record: RequestRecord = {
      time: arrived,
      service: id.service,
      operation: id.operation,
      status: 0,
      ...(id.accessKeyId !== undefined ? { accessKeyId: id.accessKeyId } : {}),
      ...(typeof req.headers['user-agent'] === 'string' ? { userAgent: req.headers['user-agent'] } : {}),
      body: bodyText(body),
    };
    requests.push(record);
    notifyWaiters(record);
    const instrument = credentials.isHarness(id.accessKeyId);
    // 1. Injected faults (the world's own instrument is never faulted). A request a `before` fault refuses never
    // takes effect, so it leaves an armed `after` fault for the next one; otherwise the `after` fault is chosen
    // on arrival and strikes once the request has been handled.
    const fault = instrument ? undefined : faults.take(id.service, id.operation, 'before');
    const after = instrument || fault ? undefined : faults.take(id.service, id.operation, 'after');
    if (after) {
      record.fault = after.kind;
      record.faultWhen = 'after';
    }
    const reply = new Reply(res, record, id, method, after ? (answer) => loseAnswer(after.kind, req, res, reply, answer) : undefined);

    try {
      if (fault) {
        record.fault = fault.kind;
        if (fault.kind === 'reset') {
          req.socket.destroy();
          return;
        }
        if (isForeignAnswerKind(fault.kind)) {
          const answer = renderForeignAnswer(fault.kind, { principal: credentials.principalArn(id.accessKeyId), action: `${id.service}:${id.operation}` });
          record.status = answer.status;
          sendForeignAnswer(res, answer);
          return;
        }
        if (fault.kind === 'hang') return;
        if (fault.kind === 'latency') {
          await sleep(fault.latencyMs ?? 1000);
        } else {
          reply.fault(
            standardError(fault.kind as ErrorKind, id.service, {
              principal: credentials.principalArn(id.accessKeyId),
              action: `${id.service}:${id.operation}`,
              resource: deniedResource(id),
            }),
          );
          return;
        }
      }

      // 2. Expired credentials: what AWS answers to a request signed with a key past its expiry.
      if (!instrument && credentials.isExpired(id.accessKeyId)) {
        reply.error(standardError('expired-token', id.service));
        return;
      }

      // 2b. IAM, for the code under test (see iam.ts for what moto itself does and does not enforce).
      if (options.enforceIam && !instrument && id.service !== 'sts') {
        const refusal = await authorize(id);
        if (refusal) {
          reply.error(refusal);
          return;
        }
      }

      // 3. Web identity trust (moto would accept any token).
      if (id.service === 'sts' && id.operation === 'AssumeRoleWithWebIdentity') {
        const roleArn = String(id.params.RoleArn ?? '');
        const trust = trusts.get(roleArn);
        if (trust) {
          const verdict = verifyWebIdentity(String(id.params.WebIdentityToken ?? ''), trust);
          if (isAwsError(verdict)) {
            reply.error(verdict);
            return;
          }
        }
      }

      // 4. What the layer owns: SageMaker pipeline executions.
      if (id.service === 'sagemaker' && pipelines.handles(id.operation)) {
        try {
          const payload = await pipelines.handle({ operation: id.operation, params: id.params, region: id.region ?? region, accessKeyId: id.accessKeyId });
          reply.json(payload);
        } catch (error) {
          if (error instanceof ApiError) reply.error(error.error);
          else throw error;
        }
        return;
      }

      // 4b. Model Monitor executions (moto has no schedules).
      if (id.service === 'sagemaker' && id.operation === 'ListMonitoringExecutions') {
        try {
          reply.json(monitoring.list(id.params, id.region ?? region, ACCOUNT_ID));
        } catch (error) {
          if (error instanceof MonitoringApiError) reply.error(error.error);
          else throw error;
        }
        return;
      }

      // 4b. What the ECR bridge owns: tokens, images and scans (from the registry), repositoryUri on the local host.
      if (ecr && id.service === 'ecr' && ecr.bridge.handles(id.operation)) {
        try {
          reply.json(await handleEcr(id));
        } catch (error) {
          if (error instanceof ApiError) reply.error(error.error);
          else throw error;
        }
        return;
      }

      // 4c. EKS clusters backed by a local API server: moto's answer with the real endpoint and CA.
      const eksCluster = id.service === 'eks' && id.operation === 'DescribeCluster' ? eksClusters.get(eksClusterName(req.url ?? '')) : undefined;
      if (eksCluster) {
        const answer = await forward(moto.endpoint, req, body, res, { deliver: (held) => reply.send(describeClusterAnswer(held, eksCluster)) });
        if (answer.errorType) record.errorCode = answer.errorType;
        return;
      }

      // 4d. Model Registry constraints moto does not check (model-registry.ts).
      if (id.service === 'sagemaker' && id.operation === 'UpdateModelPackage') {
        const invalid = checkModelPackageUpdate(id.params);
        if (invalid) {
          reply.error(invalid);
          return;
        }
      }

      // 5. Everything else: moto, unchanged. STS answers are read to learn the keys they issue.
      const isSts = id.service === 'sts';
      const answer = await forward(moto.endpoint, req, body, res, { buffer: isSts, ...(reply.lose ? { deliver: reply.lose } : {}) });
      if (reply.lose) record.lostStatus = answer.status;
      else record.status = answer.status;
      const code = answer.errorType ?? (answer.status >= 400 ? /<Code>([^<]+)<\/Code>/.exec(answer.body?.toString('utf8') ?? '')?.[1] : undefined);
      if (code) record.errorCode = code;
      if (isSts && answer.status === 200 && answer.body) {
        credentials.recordStsAnswer(id.operation, answer.body.toString('utf8'), typeof id.params.RoleArn === 'string' ? id.params.RoleArn : undefined);
      }
    } catch (error) {
      if (!res.headersSent) {
        reply.fault({ status: 500, code: 'InternalFailure', message: `local AWS world: ${(error as Error).message}` });
      } else {
        res.destroy();
      }
    }
  }

  const server: Server = createServer((req, res) => {
    // handle() answers its own errors; this only catches a client that went away mid-request.
    handle(req, res).catch(() => res.destroy());
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
  } catch (error) {
    await ecr?.front.close();
    await ecr?.registry.close();
    await moto.stop();
    throw error;
  }
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const sagemaker = new SageMakerClient({
    endpoint,
    region,
    credentials: { accessKeyId: HARNESS_ACCESS_KEY_ID, secretAccessKey: HARNESS_SECRET_ACCESS_KEY },
  });

  let ecrWorld: EcrWorld | undefined;
  if (ecr) {
    const { registry, bridge, front } = ecr;
    ecrWorld = {
      endpoint: front.url,
      host: front.url.replace(/^http:\/\//, ''),
      registry,
      client: (auth) => registry.client(auth),
      api: new ECRClient({ endpoint, region, credentials: { accessKeyId: HARNESS_ACCESS_KEY_ID, secretAccessKey: HARNESS_SECRET_ACCESS_KEY } }),
      password: () => registry.password,
      issuedTokens: () => bridge.issuedTokens(),
      rotatePassword: async () => (await bridge.rotatePassword()).password,
      expireTokens: () => bridge.expireTokens(),
      setScan: (repository, reference, scan) => bridge.setScan(repository, reference, scan),
      clearScans: () => bridge.clearScans(),
      images: (repository) => bridge.images(repository),
      registryRequests: front.requests,
      registryFaults: front.faults,
      async addRegistry({ accountId, region: otherRegion }) {
        const key = `${accountId}/${otherRegion}`;
        if (key === `${ACCOUNT_ID}/${region}`) throw new Error(`${key} is the world's own registry (world.ecr)`);
        let starting = otherEcr.get(key);
        if (!starting) {
          starting = startEcrParts(accountId, otherRegion, false).then((parts) => (otherEcrStarted.set(key, parts), parts));
          otherEcr.set(key, starting);
        }
        const parts = await starting;
        return {
          accountId,
          region: otherRegion,
          endpoint: parts.front.url,
          host: parts.front.url.replace(/^http:\/\//, ''),
          registry: parts.registry,
          password: () => parts.registry.password,
          client: (auth) => parts.registry.client(auth),
          async createRepository(name) {
            const answer = await motoJson(moto.endpoint, {
              service: 'ecr',
              targetPrefix: 'AmazonEC2ContainerRegistry_V20150921',
              operation: 'CreateRepository',
              region: otherRegion,
              accessKeyId: HARNESS_ACCESS_KEY_ID,
              accountId,
              body: { repositoryName: name },
            });
            if (answer.status !== 200 && answer.errorCode() !== 'RepositoryAlreadyExistsException') {
              throw new Error(`CreateRepository ${name} in ${key}: HTTP ${answer.status} ${answer.text.slice(0, 300)}`);
            }
          },
          registryRequests: parts.front.requests,
        };
      },
    };
  }

  let closed: Promise<void> | undefined;
  const eksClient = new EKSClient({ endpoint, region, credentials: { accessKeyId: HARNESS_ACCESS_KEY_ID, secretAccessKey: HARNESS_SECRET_ACCESS_KEY } });
  const world: AwsWorld = {
    endpoint,
    motoEndpoint: moto.endpoint,
    region,
    accountId: ACCOUNT_ID,
    env: () => ({ AWS_ENDPOINT_URL: endpoint, AWS_REGION: region, AWS_DEFAULT_REGION: region, AWS_EC2_METADATA_DISABLED: 'true' }),
    staticCredentials: () => ({ AWS_ACCESS_KEY_ID: STATIC_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY: STATIC_SECRET_ACCESS_KEY }),
    clientConfig: (creds) => ({
      endpoint,
      region,
      credentials: creds ?? { accessKeyId: STATIC_ACCESS_KEY_ID, secretAccessKey: STATIC_SECRET_ACCESS_KEY },
    }),
    sagemaker,
    async createPipeline(name, definition, opts = {}) {
      const out = await sagemaker.send(
        new CreatePipelineCommand({
          PipelineName: name,
          PipelineDefinition: JSON.stringify(definition),
          RoleArn: opts.roleArn ?? `arn:aws:iam::${ACCOUNT_ID}:role/SageMakerPipelineExecutionRole`,
        }),
      );
      return out.PipelineArn!;
    },
    scenario: (pipelineName, s) => pipelines.scenario(pipelineName, s),
    faults: {
      add: (f) => faults.add(f),
      clear: () => faults.clear(),
      pending: () => faults.pending(),
    },
    iam: {
      async createRole(role) {
        const arn = await iam.createRole(role.name, role.trustPolicy, role.policies);
        if (role.oidc) trusts.set(arn, webIdentityTrustOf(arn, role.trustPolicy, role.oidc));
        return arn;
      },
      rolePolicies: (name) => iam.rolePolicies(name),
    },
    trustWebIdentity: (t) => {
      trusts.set(t.roleArn, structuredClone(t));
    },
    expireCredentials: () => credentials.expireAll(),
    issuedCredentials: () => [...credentials.issued.values()],
    eks: {
      async registerCluster(c) {
        try {
          await eksClient.send(
            new CreateClusterCommand({
              name: c.name,
              roleArn: c.roleArn ?? `arn:aws:iam::${ACCOUNT_ID}:role/eks-cluster-role`,
              resourcesVpcConfig: { subnetIds: ['subnet-0a1b2c3d'] },
            }),
          );
        } catch (error) {
          if ((error as { name?: string }).name !== 'ResourceInUseException') throw error;
        }
        eksClusters.set(c.name, { endpoint: c.endpoint, certificateAuthorityData: c.certificateAuthorityData });
      },
    },
    requests,
    nextRequest: (match) =>
      new Promise<RequestRecord>((resolve) => {
        waiters.add({
          matches: (r) =>
            r.operation === match.operation && (match.service === undefined || r.service === match.service) && !credentials.isHarness(r.accessKeyId),
          resolve,
        });
      }),
    executions: () => pipelines.view(),
    pipelineVersions: (name) => pipelines.versions(name),
    get ecr(): EcrWorld {
      if (!ecrWorld) throw new Error('the ECR world is off: start the AWS world with startAwsWorld({ ecr: true })');
      return ecrWorld;
    },
    monitoring: { addExecution: (e) => monitoring.add(e) },
    close: () => {
      closed ??= (async () => {
        sagemaker.destroy();
        ecrWorld?.api.destroy();
        await ecr?.front.close();
        await ecr?.registry.close();
        for (const parts of await Promise.allSettled(otherEcr.values())) {
          if (parts.status === 'fulfilled') await Promise.all([parts.value.front.close(), parts.value.registry.close()]);
        }
        eksClient.destroy();
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await moto.stop();
      })();
      return closed;
    },
  };
  return world;
}
