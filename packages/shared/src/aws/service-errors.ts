import { isAbort } from '../runtime/cancellation.js';
import { ActionError, errorMessage } from '../runtime/errors.js';
import type { ClassifiedFailure } from '../runtime/wait.js';

/** The fields the AWS SDK v3 puts on service and network errors. */
interface SdkErrorShape {
  name?: string;
  code?: string;
  message?: string;
  $fault?: 'client' | 'server';
  $metadata?: { httpStatusCode?: number; requestId?: string; attempts?: number };
  $retryable?: { throttling?: boolean };
  /** The raw answer, set by the SDK when it could not read it (a deserialization error). */
  $response?: { statusCode?: number; headers?: Record<string, string | undefined> };
}

const THROTTLING = new Set([
  'ThrottlingException',
  'Throttling',
  'ThrottledException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'SlowDown',
  'ProvisionedThroughputExceededException',
  'BandwidthLimitExceeded',
]);
const EXPIRED = new Set(['ExpiredToken', 'ExpiredTokenException', 'RequestExpired']);
const ACCESS_DENIED = new Set(['AccessDenied', 'AccessDeniedException', 'UnauthorizedOperation', 'NotAuthorized']);
const BAD_CREDENTIALS = new Set([
  'UnrecognizedClientException',
  'InvalidClientTokenId',
  'InvalidSignatureException',
  'SignatureDoesNotMatch',
  'IncompleteSignature',
]);
const NETWORK = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNABORTED',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_SOCKET',
]);

/** Failures that are not about signing or the network, with what usually fixes them (keyed by the wire code). */
const ANSWER_HINTS: Record<string, string> = {
  ResourceLimitExceeded:
    'An account quota was reached (for pipelines: concurrent executions per account and region). Let running work finish, or ask for a higher limit in Service Quotas.',
  ResourceNotFound: 'Check the name or ARN and aws-region: AWS found no such resource there.',
  ConflictException:
    'Another change to the same resource was in progress. Re-run the step; if it keeps happening, serialise the workflows that touch it (concurrency:).',
  ValidationException: 'AWS rejected a value of the request; the message names the field. Check the input it comes from.',
  // ECR
  RepositoryNotFoundException: 'Check the repository name and aws-region (and the registry id for another account): ECR has no such repository there.',
  ImageNotFoundException: 'No image with that tag or digest exists in the repository (yet): check the tag, or that the push finished.',
  ImageTagAlreadyExistsException:
    'The repository has immutable tags and the tag already names another image: push under a new tag (e.g. the commit SHA), or re-run with the same build inputs.',
  LimitExceededException: 'An ECR quota was reached (e.g. one manual scan per image per 24 hours, or layer/part limits); it is not lifted by retrying now.',
  KmsException:
    'KMS refused the key of the repository encryption: check the key exists in this region and that the role may use it (kms:CreateGrant, kms:DescribeKey).',
  InvalidParameterException: 'ECR rejected a value of the request; the message names the field. Check the input it comes from.',
  CredentialsProviderError:
    'No AWS credentials were found. Give role-to-assume (the job needs permissions: id-token: write), or run aws-actions/configure-aws-credentials before this step.',
};

/** Classifies the SDK error itself, also when it was already wrapped into an ActionError by awsCall. */
function shape(error: unknown): SdkErrorShape {
  let inner = error;
  while (inner instanceof ActionError && inner.cause !== undefined) inner = inner.cause;
  return (inner ?? {}) as SdkErrorShape;
}

/** An answer the SDK could not read as the service's protocol: what the HTTP layer still tells about it. */
export interface ForeignAnswer {
  status: number;
  contentType: string;
  /** `X-Amzn-ErrorType`, when the answer named its error that way (moto's XML AccessDenied does). */
  errorType?: string;
}

/**
 * Something answered, but not in the service's protocol: moto's XML AccessDenied for a JSON service, a proxy's
 * HTML page, a plain-text 404. The SDK then throws its parser's error (SyntaxError: Unexpected token '<'), which
 * says nothing useful; the status and headers of the answer do.
 */
export function foreignAnswer(error: unknown): ForeignAnswer | undefined {
  const e = shape(error);
  const status = e.$metadata?.httpStatusCode;
  // Service exceptions carry $fault; a deserialization error carries the raw $response instead.
  if (e.$fault !== undefined || status === undefined || e.$response === undefined) return undefined;
  // A body cut short by the network (the connection reset mid-answer: "aborted", ECONNRESET) is not a foreign
  // answer: the API answered, the network lost the rest, and a retry is right.
  if (e.code && NETWORK.has(e.code)) return undefined;
  const headers = e.$response.headers ?? {};
  const header = (name: string): string | undefined => Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1];
  // Header values come from whatever answered: keep only a plain token, never echo arbitrary text.
  const contentType = /^[\w.+-]+\/[\w.+-]+/.exec(header('content-type') ?? '')?.[0] ?? 'no content-type';
  const errorType = /^[A-Za-z][\w.]{0,99}/.exec(header('x-amzn-errortype') ?? '')?.[0];
  return { status, contentType, ...(errorType ? { errorType } : {}) };
}

export function errorCode(error: unknown): string {
  const foreign = foreignAnswer(error);
  if (foreign) return foreign.errorType ?? `HTTP ${foreign.status} ${foreign.contentType}`;
  const e = shape(error);
  return e.name && e.name !== 'Error' ? e.name : (e.code ?? e.name ?? 'Error');
}

/**
 * The resource does not exist (SageMaker says ResourceNotFound; other services and SDK models add Exception; ECR
 * names what is missing: RepositoryNotFoundException, ImageNotFoundException, LifecyclePolicyNotFoundException).
 * ECR's ScanNotFoundException is not one: the image exists and its scan has not started yet (a state to wait out).
 */
export function isNotFound(error: unknown): boolean {
  return /^(?:ResourceNotFound(?:Exception)?|RepositoryNotFoundException|ImageNotFoundException|LifecyclePolicyNotFoundException)$/.test(errorCode(error));
}

export function isThrottling(error: unknown): boolean {
  const e = shape(error);
  return THROTTLING.has(errorCode(error)) || e.$retryable?.throttling === true || e.$metadata?.httpStatusCode === 429;
}

export function isExpiredCredentials(error: unknown): boolean {
  return EXPIRED.has(errorCode(error));
}

export function isNetworkError(error: unknown): boolean {
  const e = shape(error);
  if (e.code && NETWORK.has(e.code)) return true;
  if (errorCode(error) === 'TimeoutError' || errorCode(error) === 'RequestTimeout') return true;
  // Codes as whole words, case-sensitive: /EPIPE/i matched "DescribePipeline" inside an AccessDenied message,
  // so a denied status check was retried as a network error until the timeout.
  return /\b(?:ECONNRESET|ECONNREFUSED|ETIMEDOUT|EPIPE)\b|socket hang up|timed out|Client network socket disconnected/.test(e.message ?? '');
}

/** Worth trying again later: throttling, a 5xx, or the network. Everything else is a real answer. */
export function isTransient(error: unknown): boolean {
  const status = shape(error).$metadata?.httpStatusCode;
  // Not the service's answer: only a gateway's 5xx (502/503/504 from a proxy or load balancer) may pass; a 403
  // or an HTML login page answers the same way next time.
  const foreign = foreignAnswer(error);
  if (foreign) return foreign.status >= 500 && !ACCESS_DENIED.has(foreign.errorType ?? '');
  return isThrottling(error) || (status !== undefined && status >= 500) || shape(error).$fault === 'server' || isNetworkError(error);
}

/**
 * The IAM action and resource AWS names in an AccessDenied message ("... is not authorized to perform: iam:PassRole
 * on resource: arn:..."): a call can be denied for another action than its own (CreatePipeline for iam:PassRole).
 */
function deniedAuthorization(message: string): { action: string; resource: string } | undefined {
  const match = /not authorized to perform: ([\w-]+:[\w*-]+)(?: on resource: (\S+))?/.exec(message);
  return match ? { action: match[1]!, resource: match[2] ?? 'the resource' } : undefined;
}

export interface CallContext {
  /** e.g. 'sagemaker:StartPipelineExecution' — the IAM action the call needs. */
  action: string;
  /** What the call was about, e.g. the pipeline ARN. */
  resource?: string;
}

/**
 * Turns an SDK error into an ActionError that says which call failed, on what, and what to do about it.
 * ActionErrors pass through unchanged.
 */
export function describeAwsError(error: unknown, call: CallContext): ActionError {
  if (error instanceof ActionError) return error;
  const code = errorCode(error);
  const on = call.resource ? ` on ${call.resource}` : '';
  const foreign = foreignAnswer(error);
  if (foreign) return describeForeignAnswer(error, foreign, `${call.action}${on} failed`, call);
  const message = errorMessage(error) || `HTTP ${shape(error).$metadata?.httpStatusCode ?? '?'}`;
  const base = `${call.action}${on} failed: ${code}: ${message}`;
  if (ACCESS_DENIED.has(code)) {
    const named = deniedAuthorization(message);
    const denied = named && named.action !== call.action ? named : { action: call.action, resource: call.resource ?? 'the resource' };
    return new ActionError(base, {
      cause: error,
      hint: `The role the action runs as needs '${denied.action}' on ${denied.resource} in its IAM policy (see the action README for the minimal policy).`,
    });
  }
  if (isExpiredCredentials(error)) {
    return new ActionError(base, {
      cause: error,
      hint: 'The AWS credentials expired. Use the role-to-assume input so the action can renew them, or raise role-duration-seconds in configure-aws-credentials above the time this step needs.',
    });
  }
  if (BAD_CREDENTIALS.has(code)) {
    return new ActionError(base, {
      cause: error,
      hint: 'AWS did not accept the credentials: check that they belong to this partition and are not revoked, and that nothing rewrote AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY/AWS_SESSION_TOKEN.',
    });
  }
  if (isThrottling(error)) {
    return new ActionError(base, { cause: error, hint: 'AWS kept throttling the call after all retries; try again later or raise max-attempts.' });
  }
  const { $metadata } = shape(error);
  if (($metadata?.httpStatusCode ?? 0) >= 500) {
    const attempts = $metadata?.attempts ? ` on all ${$metadata.attempts} attempts` : '';
    return new ActionError(base, {
      cause: error,
      hint: `AWS answered with a server error (HTTP ${$metadata?.httpStatusCode})${attempts}. This is usually temporary: re-run the job or raise max-attempts, and check the AWS Health Dashboard for the region.`,
    });
  }
  if (isNetworkError(error)) {
    return new ActionError(`${call.action}${on} failed: could not reach AWS (${code}: ${message})`, {
      cause: error,
      hint: 'Check the runner can reach the AWS endpoint; on self-hosted runners set HTTPS_PROXY / NO_PROXY if traffic must go through a proxy.',
    });
  }
  const hint = ANSWER_HINTS[code] ?? ANSWER_HINTS[code.replace(/Exception$/, '')];
  return new ActionError(base, { cause: error, ...(hint ? { hint } : {}) });
}

const FOREIGN_HINT =
  'Something other than the AWS API answered (a proxy, a captive portal, or an endpoint that is not this service): check AWS_ENDPOINT_URL and the proxy settings (HTTPS_PROXY / NO_PROXY) of the runner.';

/** The parser's complaint is noise: say what answered instead, and keep the IAM hint when the answer named AccessDenied. */
function describeForeignAnswer(error: unknown, foreign: ForeignAnswer, failed: string, call: CallContext): ActionError {
  if (foreign.errorType) {
    const message = `${failed}: ${foreign.errorType} (HTTP ${foreign.status}, answered as ${foreign.contentType} instead of the service's protocol)`;
    const named = describeAwsError(Object.assign(new Error(message), { name: foreign.errorType, $metadata: { httpStatusCode: foreign.status } }), call);
    return new ActionError(message, { cause: error, ...(named.hint ? { hint: named.hint } : {}) });
  }
  const message = `${failed}: the answer did not come from the AWS API (HTTP ${foreign.status}, ${foreign.contentType})`;
  return new ActionError(message, {
    cause: error,
    hint: foreign.status >= 500 ? `${FOREIGN_HINT} A 5xx page like this one is often a gateway that recovers: re-run the job.` : FOREIGN_HINT,
  });
}

/** Wraps one AWS call so every failure carries the IAM action and the resource. */
export async function awsCall<T>(call: CallContext, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isAbort(error)) throw error;
    throw describeAwsError(error, call);
  }
}

/** The retry classifier of AWS calls for runtime's wait loop. */
export function classifyAwsFailure(error: unknown): ClassifiedFailure {
  const label = errorCode(error);
  if (isExpiredCredentials(error)) return { kind: 'renew-credentials', label };
  return { kind: isTransient(error) ? 'transient' : 'fatal', label };
}
