// What the layer saw: tests assert on it to prove which calls were made, with which credentials, and
// which of them were faulted (e.g. "the retry after the throttle used the assumed-role key").

export interface RequestRecord {
  /** Arrival time, Date.now(). */
  time: number;
  /** SigV4 signing name (`sagemaker`, `sts`, ...), or `unknown`. */
  service: string;
  /** `StartPipelineExecution`, `AssumeRoleWithWebIdentity`, ...; `Unknown` when not recognised. */
  operation: string;
  /** HTTP status answered; 0 while in flight and for `reset` (no answer at all). */
  status: number;
  /** The access key that signed the request (absent for unsigned calls such as AssumeRoleWithWebIdentity). */
  accessKeyId?: string;
  userAgent?: string;
  /** The request body as text (the JWT of AssumeRoleWithWebIdentity included: this is a test world). */
  body: string;
  /** The injected fault kind, when one was applied. */
  fault?: string;
  /** `after` when the fault struck after the request took effect (its answer was lost); absent for `before`. */
  faultWhen?: 'after';
  /** With an `after` fault: the status of the answer the client never got (200: it took effect). */
  lostStatus?: number;
  /** The AWS error code answered, when the answer was an error the layer could read. */
  errorCode?: string;
}

/** Bodies past this size are cut: S3 uploads would otherwise fill the log. */
const MAX_BODY = 256 * 1024;

export function bodyText(body: Buffer): string {
  return body.length > MAX_BODY ? `${body.subarray(0, MAX_BODY).toString('utf8')}…[${body.length} bytes]` : body.toString('utf8');
}
