/**
 * The local AWS world: `moto_server` (state and API shapes) behind a scenario layer on 127.0.0.1 that
 * the code under test uses as AWS_ENDPOINT_URL. Public API:
 *
 * ```ts
 * startAwsWorld(options?: { region?: string; motoCommand?: string; ignoreClientTokens?: boolean; enforceIam?: boolean }): Promise<AwsWorld>
 *   enforceIam: every call of the code under test is checked against the identity policies (in moto's IAM) of
 *   the role its STS key belongs to, as AWS does: Action/NotAction, Resource/NotResource, String and Arn conditions,
 *   explicit Deny; iam:PassRole for CreatePipeline/UpdatePipeline. Rules per operation: AUTHORIZATION_RULES.
 *   moto's own enforcement (INITIAL_NO_AUTH_ACTION_COUNT) is not used: it checks SageMaker calls against the
 *   resource "*" only, never sees the calls the layer answers, and fails unsigned AssumeRoleWithWebIdentity.
 * RoleSpec { name; trustPolicy: object; policies: Record<string, object>; oidc?: { issuer; jwks } }
 *
 * interface AwsWorld {
 *   endpoint: string;        // the layer, http://127.0.0.1:PORT
 *   motoEndpoint: string;    // moto itself (no faults, no executions)
 *   region: string;          // default 'us-east-1'
 *   accountId: string;       // '123456789012' (moto's default)
 *   env(): Record<string, string>;   // AWS_ENDPOINT_URL, AWS_REGION, AWS_DEFAULT_REGION, AWS_EC2_METADATA_DISABLED=true
 *   staticCredentials(): { AWS_ACCESS_KEY_ID: string; AWS_SECRET_ACCESS_KEY: string };
 *   clientConfig(creds?): { endpoint; region; credentials };   // for SDK clients on the code's side (default: static keys)
 *   sagemaker: SageMakerClient;   // harness key: never faulted, never expired
 *   createPipeline(name: string, definition: object, opts?: { roleArn?: string }): Promise<string>;   // pipeline ARN
 *   scenario(pipelineName: string, s: PipelineScenario): void;   // for executions started afterwards
 *   faults: { add(f: FaultSpec): void; clear(): void; pending(): FaultSpec[] };
 *   iam: { createRole(r: RoleSpec): Promise<string>; rolePolicies(name): Promise<PolicyDocument[]> };   // roles live in moto's IAM
 *   trustWebIdentity(t: WebIdentityTrust): void;
 *   expireCredentials(): void;
 *   requests: RequestRecord[];       // live, arrival order
 *   nextRequest(match: { operation; service? }): Promise<RequestRecord>;   // the next one to arrive (not the harness's)
 *   executions(): ExecutionView[];   // does not advance anything
 *   pipelineVersions(name: string): PipelineVersionView[];   // CreatePipeline = version 1, each UpdatePipeline +1
 *   monitoring.addExecution({ scheduleName, status, scheduledTime, processingJobArn?, failureReason? });   // ListMonitoringExecutions answers these
 *   close(): Promise<void>;          // idempotent; moto is gone when it resolves
 * }
 * PipelineScenario { ticksPerStep?: number; failAt?: { step: string; reason: string }; conditionOutcomes?: Record<string, boolean> }
 * FaultSpec { service?: string; operation: string | '*'; kind: FaultKind; count: number; when?: 'before' | 'after'; latencyMs?: number }
 *   FaultKind: 'throttle' | 'http500' | 'http503' | 'reset' | 'latency' | 'expired-token' | 'access-denied' | 'idp-communication'
 *     | 'xml-access-denied' (moto's IAM denial: 403, XML, X-Amzn-ErrorType even for JSON services) | 'html-page' (200, HTML: a proxy's page)
 *     | 'truncate' | 'hang'
 *   when 'before' (default): the request never takes effect. when 'after': it takes effect, then its answer is
 *   lost (reset | http500 | http503 | truncate: half the promised body, then the connection closes | hang: no
 *   answer until the client gives up). Every action that creates or changes something proves its retries with
 *   these, per operation: faults.add({ operation: 'CreateRepository', kind: 'reset', when: 'after', count: 1 }).
 *   The world honours ClientRequestToken for StartPipelineExecution, StopPipelineExecution and CreatePipeline
 *   like AWS (ignoreClientTokens: true turns that off, to prove a test can fail); UpdatePipeline has no token.
 * WebIdentityTrust { roleArn; jwks: { keys: object[] }; issuer; audience; subjects: string[] }   // subjects: IAM StringLike patterns
 * RequestRecord { time; service; operation; status; accessKeyId?; userAgent?; body; fault?; faultWhen?: 'after'; lostStatus?; errorCode? }
 *   lostStatus: with an after fault, the status of the answer the client never got (200: it took effect)
 * ExecutionView { arn; pipelineName; pipelineArn; status; failureReason?; parameters; clientRequestToken?; displayName;
 *   description?; parallelism?; selectedSteps?; sourceExecutionArn?; steps: PipelineStepView[]; stopRequests; ticks }
 * ```
 *
 * Behaviour worth knowing:
 * - Executions advance one tick per status check of that execution (any caller, the harness client
 *   included): a DescribePipelineExecution or a first-page ListPipelineExecutionSteps, where the two right
 *   after each other (either order, same caller) are one check; later pages and executions() only look. A step takes
 *   `ticksPerStep` ticks; ready steps start in the tick their last dependency finishes, so a chain of
 *   N steps is Succeeded on poll N * ticksPerStep. After a Stop, the next poll says Stopping, the one
 *   after Stopped.
 * - A failed step fails the execution with "Step failure: One or multiple steps failed."; the step's
 *   own reason is only in ListPipelineExecutionSteps (as on AWS).
 * - List* calls of executions/steps page with MaxResults (default 10, max 100) and NextToken.
 * - Error codes follow the protocol: JSON services say ThrottlingException / ExpiredTokenException /
 *   AccessDeniedException (400); STS (Query) says Throttling (400) / ExpiredToken (403) / AccessDenied
 *   (403). The SDK surfaces modeled STS errors by class name (InvalidIdentityToken ->
 *   InvalidIdentityTokenException); RequestRecord.errorCode has the wire code.
 * - Faults and expiry apply to every key except the harness key (HARNESS_ACCESS_KEY_ID), so a test
 *   can keep using `world.sagemaker` after breaking the code's credentials or network.
 * - `reset` destroys the socket without an answer; its record has status 0.
 * - S3 requests (path-style) carry Bucket, Key and Prefix in their identity, for IAM rules (s3:ListBucket with
 *   s3:prefix, s3:GetObject on the object); an S3 denial is 403 AccessDenied. CloudWatch (signing name
 *   monitoring) speaks JSON 1.0; PutMetricData needs cloudwatch:PutMetricData with cloudwatch:namespace.
 * - moto dies with the test process however it ends (a supervisor kills it on stdin EOF).
 * - ECR (startAwsWorld({ ecr: true })): world.ecr.addRegistry({ accountId, region }) starts the registry of another
 *   account and/or region (own docker-registry, front, host and password); ECR calls made in that region for that
 *   account (registryIds / registryId, else the caller's: an assumed role's account) are answered from it. The
 *   harness reaches moto in another account with moto's x-moto-account-id header.
 */
export { startAwsWorld } from './aws-world.js';
export type { AwsWorld, AwsWorldOptions, AwsCredentialsEnv, RoleSpec } from './aws-world.js';
export { evaluate as evaluateIamPolicies, AUTHORIZATION_RULES } from './iam.js';
export type { PolicyDocument, PolicyStatement, Authorization as IamAuthorization, Decision as IamDecision } from './iam.js';
export type { FaultSpec, FaultKind, FaultMoment } from './faults.js';
export { AFTER_FAULT_KINDS } from './faults.js';
export type { RequestRecord } from './request-log.js';
export type { WebIdentityTrust } from './sts-web-identity.js';
export { stringLike as iamStringLike } from './sts-web-identity.js';
export type {
  PipelineScenario,
  ExecutionView,
  StepView as PipelineStepView,
  StepStatus as PipelineStepStatus,
  ExecutionStatus as PipelineExecutionStatus,
  PipelineVersionView,
} from './sagemaker-pipelines.js';
export { STEP_FAILURE_REASON } from './sagemaker-pipelines.js';
export type { MonitoringExecutionSpec, MonitoringExecutionStatus } from './sagemaker-monitoring.js';
export { HARNESS_ACCESS_KEY_ID, STATIC_ACCESS_KEY_ID } from './credentials.js';
// Protocol helpers (named for the package-wide namespace): recognise a request, render an AWS error.
export { identify as identifyAwsRequest, standardError as awsStandardError, renderError as renderAwsError } from './protocol.js';
export type { Protocol as AwsProtocol, RequestIdentity as AwsRequestIdentity, AwsError } from './protocol.js';
export { churnDefinition, PIPELINE_ROLE } from './sample-pipeline.js';
export type { IssuedKey } from './credentials.js';
export type { EcrWorld, EcrOtherRegistry } from './aws-world.js';
export type { ScanSpec, ScanFinding, ScanStatus, Severity as ScanSeverity, IssuedToken as EcrIssuedToken } from './ecr-bridge.js';
export type { RegistryRequestRecord, RegistryFaultSpec } from './ecr-registry-front.js';
