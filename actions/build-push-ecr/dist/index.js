import { createRequire as __bundleCreateRequire } from 'node:module';
const require = __bundleCreateRequire(import.meta.url);
import {
  ActionError,
  CancelledError,
  InputError,
  JSON_NUMBER,
  MAP_FORMS,
  TimeoutError,
  errorMessage,
  jsonSyntaxError,
  nested,
  twice
} from "./chunks/chunk-ADL3AHX3.js";
import {
  NodeHttpHandler
} from "./chunks/chunk-6YQ7U77Y.js";
import {
  spawn
} from "./chunks/chunk-QUGX6CBX.js";
import {
  https_exports
} from "./chunks/chunk-XXW5MR4D.js";
import {
  http_exports
} from "./chunks/chunk-36EOMZRB.js";
import {
  EOL,
  access,
  appendFile,
  basename,
  constants as constants2,
  join,
  lstat,
  open,
  readFile,
  readdir,
  readlink,
  resolve,
  tmpdir,
  writeFile
} from "./chunks/chunk-4ZMCAFKB.js";
import {
  appendFileSync,
  chmodSync,
  closeSync,
  constants,
  createHash,
  existsSync,
  fstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  randomUUID,
  readFileSync,
  readSync,
  rmSync,
  statSync,
  writeFileSync
} from "./chunks/chunk-FD3BTITG.js";
import "./chunks/chunk-5JZGMAOE.js";

// ../../packages/shared/lib/runtime/version.js
var VERSION = "0.1.0";

// ../../packages/shared/lib/runtime/duration.js
function formatDuration(ms) {
  if (!Number.isFinite(ms) || ms < 0)
    return "-";
  if (ms < 1e3)
    return `${Math.round(ms)}ms`;
  let seconds = Math.round(ms / 1e3);
  const parts = [];
  for (const [unit, size] of [
    ["d", 86400],
    ["h", 3600],
    ["m", 60]
  ]) {
    if (seconds >= size) {
      parts.push(`${Math.floor(seconds / size)}${unit}`);
      seconds %= size;
    }
  }
  if (seconds > 0 || parts.length === 0)
    parts.push(`${seconds}s`);
  return parts.join(" ");
}

// ../../packages/shared/lib/core/index.js
function toCommandValue(input) {
  if (input === null || input === void 0)
    return "";
  if (typeof input === "string" || input instanceof String)
    return String(input);
  return JSON.stringify(input);
}
var escapeData = (s) => toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
var escapeProperty = (s) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
function issueCommand(command, properties, message) {
  const props = Object.entries(properties).filter(([, value]) => value).map(([key, value]) => `${key}=${escapeProperty(value)}`).join(",");
  const head = Object.keys(properties).length > 0 ? `${command} ${props}` : command;
  process.stdout.write(`::${head}::${escapeData(message)}${EOL}`);
}
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath)
    throw new Error(`Unable to find environment variable for file command ${command}`);
  if (!existsSync(filePath))
    throw new Error(`Missing file at path: ${filePath}`);
  appendFileSync(filePath, `${message}${EOL}`, { encoding: "utf8" });
}
function keyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${randomUUID()}`;
  const converted = toCommandValue(value);
  if (key.includes(delimiter))
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  if (converted.includes(delimiter))
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  return `${key}<<${delimiter}${EOL}${converted}${EOL}${delimiter}`;
}
function getInput(name, options) {
  const value = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options?.required && !value)
    throw new Error(`Input required and not supplied: ${name}`);
  return options?.trimWhitespace === false ? value : value.trim();
}
function setOutput(name, value) {
  if (process.env.GITHUB_OUTPUT)
    return issueFileCommand("OUTPUT", keyValueMessage(name, value));
  process.stdout.write(EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function saveState(name, value) {
  if (process.env.GITHUB_STATE)
    return issueFileCommand("STATE", keyValueMessage(name, value));
  issueCommand("save-state", { name }, toCommandValue(value));
}
function getState(name) {
  return process.env[`STATE_${name}`] || "";
}
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function info(message) {
  process.stdout.write(message + EOL);
}
function debug(message) {
  issueCommand("debug", {}, message);
}
function annotation(properties) {
  if (Object.keys(properties).length === 0)
    return {};
  const { title, file, startLine: line, endLine, startColumn: col, endColumn } = properties;
  return { title, file, line, endLine, col, endColumn };
}
function error(message, properties = {}) {
  issueCommand("error", annotation(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", annotation(properties), message instanceof Error ? message.toString() : message);
}
function setFailed(message) {
  process.exitCode = 1;
  error(message);
}
var Summary = class {
  buffer = "";
  addRaw(text, addEOL = false) {
    this.buffer += text + (addEOL ? EOL : "");
    return this;
  }
  stringify() {
    return this.buffer;
  }
  async write(options) {
    const filePath = process.env.GITHUB_STEP_SUMMARY;
    if (!filePath)
      throw new Error("Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.");
    try {
      await access(filePath, constants2.R_OK | constants2.W_OK);
    } catch {
      throw new Error(`Unable to access summary file: '${filePath}'. Check if the file has correct read/write permissions.`);
    }
    await (options?.overwrite ? writeFile : appendFile)(filePath, this.buffer, { encoding: "utf8" });
    this.buffer = "";
    return this;
  }
};
var summary = new Summary();

// ../../packages/shared/lib/runtime/cancellation.js
function onRunnerCancel() {
  const controller = new AbortController();
  let received;
  const handler = (name) => {
    if (received) {
      info(`Received ${name} again; still cleaning up.`);
      return;
    }
    received = name;
    warning(`Received ${name}: the job was cancelled.`);
    controller.abort(new Error(`cancelled by ${name}`));
  };
  process.on("SIGINT", handler);
  process.on("SIGTERM", handler);
  return {
    signal: controller.signal,
    reason: () => received,
    dispose() {
      process.off("SIGINT", handler);
      process.off("SIGTERM", handler);
    }
  };
}
function sleep(ms, signal) {
  return new Promise((resolve2, reject) => {
    if (signal?.aborted) {
      reject(abortError(signal));
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve2();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError(signal));
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
function abortError(signal) {
  const error2 = new Error(signal.reason instanceof Error ? signal.reason.message : "aborted");
  error2.name = "AbortError";
  return error2;
}
function isAbort(error2) {
  let inner = error2;
  for (let depth = 0; inner && typeof inner === "object" && depth < 5; depth += 1) {
    if (inner.name === "AbortError")
      return true;
    inner = inner.cause;
  }
  return false;
}

// ../../packages/shared/lib/runtime/wait.js
var GROWTH = 1.6;
var JITTER = 0.2;
var LAST_POLL_GRACE_MS = 5e3;
async function waitFor(options) {
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const started = now();
  const deadline = started + options.timeoutMs;
  let delay = options.minDelayMs;
  let polls = 0;
  let transientErrors = 0;
  let lastProgress;
  let lastErrorCode;
  let justRenewed = false;
  const timedOut = (detail = "") => new TimeoutError(`Timed out after ${formatDuration(now() - started)} waiting for ${options.what}` + (lastProgress ? ` (last seen: ${lastProgress})` : "") + detail + ".");
  for (; ; ) {
    if (options.signal.aborted)
      throw new CancelledError(`waiting for ${options.what}`);
    polls += 1;
    const pollDeadline = AbortSignal.timeout(Math.max(deadline - now(), 0) + (options.lastPollGraceMs ?? LAST_POLL_GRACE_MS));
    try {
      const value = await options.poll(AbortSignal.any([options.signal, pollDeadline]));
      justRenewed = false;
      if (lastErrorCode)
        info(`Recovered after ${lastErrorCode}.`);
      lastErrorCode = void 0;
      const progress = options.progress(value);
      if (progress !== lastProgress) {
        info(progress);
        lastProgress = progress;
        delay = options.minDelayMs;
      } else {
        delay = Math.min(delay * GROWTH, options.maxDelayMs);
      }
      if (options.done(value))
        return { value, polls, elapsedMs: now() - started, transientErrors };
    } catch (error2) {
      if (options.signal.aborted)
        throw new CancelledError(`waiting for ${options.what}`);
      if (pollDeadline.aborted)
        throw timedOut("; the last status check did not answer in time");
      if (isAbort(error2))
        throw new CancelledError(`waiting for ${options.what}`);
      const { kind, label: code2 } = options.classify(error2);
      if (kind === "renew-credentials" && !justRenewed && options.renewCredentials && await options.renewCredentials()) {
        info(`${code2}: renewed the credentials.`);
        justRenewed = true;
        continue;
      }
      if (kind !== "transient")
        throw error2;
      transientErrors += 1;
      if (code2 !== lastErrorCode)
        warning(`Polling ${options.what} failed with ${code2} (${errorMessage(error2)}); backing off and trying again.`);
      lastErrorCode = code2;
      delay = Math.min(Math.max(delay, options.minDelayMs) * 2, options.maxDelayMs);
    }
    const remaining = deadline - now();
    if (remaining <= 0)
      throw timedOut();
    const jittered = delay * (1 - JITTER) + random() * delay * JITTER;
    try {
      await (options.sleep ?? sleep)(Math.min(jittered, remaining), options.signal);
    } catch {
      throw new CancelledError(`waiting for ${options.what}`);
    }
  }
}

// ../../packages/shared/lib/runtime/run.js
async function runAction(steps) {
  const isPost = getState("isPost") === "true";
  try {
    if (isPost) {
      await steps.post?.();
    } else {
      saveState("isPost", "true");
      await steps.main();
    }
  } catch (error2) {
    reportFailure(error2);
  }
  process.exit(process.exitCode ?? 0);
}
function reportFailure(error2) {
  if (error2 instanceof ActionError) {
    if (error2.location) {
      error(error2.report(), { file: error2.location.file, startLine: error2.location.line, startColumn: error2.location.column });
      process.exitCode = 1;
    } else {
      setFailed(error2.report());
    }
    return;
  }
  if (error2 instanceof Error && error2.stack)
    debug(error2.stack);
  setFailed(`Unexpected error: ${errorMessage(error2)}. Re-run with step debug logging (ACTIONS_STEP_DEBUG) for the stack.`);
}

// ../../packages/shared/lib/aws/region.js
var REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
function resolveRegion(inputName = "aws-region") {
  const fromInput = getInput(inputName).trim();
  const value = fromInput || process.env.AWS_REGION?.trim() || process.env.AWS_DEFAULT_REGION?.trim() || "";
  if (value === "") {
    throw new ActionError("No AWS region: the aws-region input is empty and AWS_REGION is not set.", {
      hint: `Set '${inputName}: us-east-1' (your region) on this step, or run aws-actions/configure-aws-credentials before it.`
    });
  }
  if (!REGION.test(value)) {
    if (fromInput)
      throw new InputError(inputName, `is '${value}'`, "an AWS region code like us-east-1 or eu-west-2");
    throw new ActionError(`AWS_REGION is '${value}', which is not an AWS region code like us-east-1.`);
  }
  return value;
}
function partitionOf(region) {
  if (region.startsWith("cn-"))
    return "aws-cn";
  if (region.startsWith("us-gov-"))
    return "aws-us-gov";
  if (region.startsWith("us-isob-"))
    return "aws-iso-b";
  if (region.startsWith("us-iso-"))
    return "aws-iso";
  return "aws";
}

// ../../packages/shared/lib/aws/arn.js
var ARN = /^arn:(aws|aws-cn|aws-us-gov|aws-iso|aws-iso-b|aws-iso-e|aws-iso-f|aws-eusc):([a-z0-9-]+):([a-z0-9-]*):(\d{12}|):(.+)$/;
function parseArn(text) {
  const match = ARN.exec(text);
  if (!match)
    return void 0;
  const [, partition, service, region, accountId, resource] = match;
  return {
    partition,
    service,
    region,
    accountId,
    resource
  };
}
function parseRoleArn(input, value, region) {
  const arn = parseArn(value);
  const partition = region ? partitionOf(region) : "aws";
  const expected = `an IAM role ARN like arn:${partition}:iam::123456789012:role/github-mlops`;
  if (arn?.service !== "iam" || arn.region !== "" || arn.accountId === "") {
    throw new InputError(input, `is '${value}'`, expected);
  }
  if (!/^role\/([\x21-\x7e]+\/)*[\w+=,.@-]{1,64}$/.test(arn.resource)) {
    throw new InputError(input, `names '${arn.resource}', which is not a role`, expected);
  }
  if (region)
    checkArnPartition(input, arn, region, expected);
  return arn;
}
function checkArnPartition(input, arn, region, expected) {
  const partition = partitionOf(region);
  if (arn.partition !== partition) {
    throw new InputError(input, `is an ARN in partition ${arn.partition}, but region ${region} is in partition ${partition}`, expected);
  }
}
function checkArnRegion(input, arn, region) {
  checkArnPartition(input, arn, region, `an ARN starting arn:${partitionOf(region)}:, or set aws-region`);
  if (arn.region !== region) {
    throw new InputError(input, `is an ARN in region ${arn.region}, but the action works in region ${region}`, `an ARN in ${region}, or set aws-region: ${arn.region}`);
  }
}

// ../../packages/shared/lib/aws/service-errors.js
var THROTTLING = /* @__PURE__ */ new Set([
  "ThrottlingException",
  "Throttling",
  "ThrottledException",
  "TooManyRequestsException",
  "RequestLimitExceeded",
  "RequestThrottled",
  "RequestThrottledException",
  "SlowDown",
  "ProvisionedThroughputExceededException",
  "BandwidthLimitExceeded"
]);
var EXPIRED = /* @__PURE__ */ new Set(["ExpiredToken", "ExpiredTokenException", "RequestExpired"]);
var ACCESS_DENIED = /* @__PURE__ */ new Set(["AccessDenied", "AccessDeniedException", "UnauthorizedOperation", "NotAuthorized"]);
var BAD_CREDENTIALS = /* @__PURE__ */ new Set([
  "UnrecognizedClientException",
  "InvalidClientTokenId",
  "InvalidSignatureException",
  "SignatureDoesNotMatch",
  "IncompleteSignature"
]);
var NETWORK = /* @__PURE__ */ new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ECONNABORTED",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "UND_ERR_SOCKET"
]);
var ANSWER_HINTS = {
  ResourceLimitExceeded: "An account quota was reached (for pipelines: concurrent executions per account and region). Let running work finish, or ask for a higher limit in Service Quotas.",
  ResourceNotFound: "Check the name or ARN and aws-region: AWS found no such resource there.",
  ConflictException: "Another change to the same resource was in progress. Re-run the step; if it keeps happening, serialise the workflows that touch it (concurrency:).",
  ValidationException: "AWS rejected a value of the request; the message names the field. Check the input it comes from.",
  // ECR
  RepositoryNotFoundException: "Check the repository name and aws-region (and the registry id for another account): ECR has no such repository there.",
  ImageNotFoundException: "No image with that tag or digest exists in the repository (yet): check the tag, or that the push finished.",
  ImageTagAlreadyExistsException: "The repository has immutable tags and the tag already names another image: push under a new tag (e.g. the commit SHA), or re-run with the same build inputs.",
  LimitExceededException: "An ECR quota was reached (e.g. one manual scan per image per 24 hours, or layer/part limits); it is not lifted by retrying now.",
  KmsException: "KMS refused the key of the repository encryption: check the key exists in this region and that the role may use it (kms:CreateGrant, kms:DescribeKey).",
  InvalidParameterException: "ECR rejected a value of the request; the message names the field. Check the input it comes from.",
  CredentialsProviderError: "No AWS credentials were found. Give role-to-assume (the job needs permissions: id-token: write), or run aws-actions/configure-aws-credentials before this step."
};
function shape(error2) {
  let inner = error2;
  while (inner instanceof ActionError && inner.cause !== void 0)
    inner = inner.cause;
  return inner ?? {};
}
function foreignAnswer(error2) {
  const e = shape(error2);
  const status = e.$metadata?.httpStatusCode;
  if (e.$fault !== void 0 || status === void 0 || e.$response === void 0)
    return void 0;
  if (e.code && NETWORK.has(e.code))
    return void 0;
  const headers = e.$response.headers ?? {};
  const header = (name) => Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1];
  const contentType = /^[\w.+-]+\/[\w.+-]+/.exec(header("content-type") ?? "")?.[0] ?? "no content-type";
  const errorType = /^[A-Za-z][\w.]{0,99}/.exec(header("x-amzn-errortype") ?? "")?.[0];
  return { status, contentType, ...errorType ? { errorType } : {} };
}
function errorCode(error2) {
  const foreign = foreignAnswer(error2);
  if (foreign)
    return foreign.errorType ?? `HTTP ${foreign.status} ${foreign.contentType}`;
  const e = shape(error2);
  return e.name && e.name !== "Error" ? e.name : e.code ?? e.name ?? "Error";
}
function isThrottling(error2) {
  const e = shape(error2);
  return THROTTLING.has(errorCode(error2)) || e.$retryable?.throttling === true || e.$metadata?.httpStatusCode === 429;
}
function isExpiredCredentials(error2) {
  return EXPIRED.has(errorCode(error2));
}
function isNetworkError(error2) {
  const e = shape(error2);
  if (e.code && NETWORK.has(e.code))
    return true;
  if (errorCode(error2) === "TimeoutError" || errorCode(error2) === "RequestTimeout")
    return true;
  return /\b(?:ECONNRESET|ECONNREFUSED|ETIMEDOUT|EPIPE)\b|socket hang up|timed out|Client network socket disconnected/.test(e.message ?? "");
}
function isTransient(error2) {
  const status = shape(error2).$metadata?.httpStatusCode;
  const foreign = foreignAnswer(error2);
  if (foreign)
    return foreign.status >= 500 && !ACCESS_DENIED.has(foreign.errorType ?? "");
  return isThrottling(error2) || status !== void 0 && status >= 500 || shape(error2).$fault === "server" || isNetworkError(error2);
}
function deniedAuthorization(message) {
  const match = /not authorized to perform: ([\w-]+:[\w*-]+)(?: on resource: (\S+))?/.exec(message);
  return match ? { action: match[1], resource: match[2] ?? "the resource" } : void 0;
}
function describeAwsError(error2, call) {
  if (error2 instanceof ActionError)
    return error2;
  const code2 = errorCode(error2);
  const on = call.resource ? ` on ${call.resource}` : "";
  const foreign = foreignAnswer(error2);
  if (foreign)
    return describeForeignAnswer(error2, foreign, `${call.action}${on} failed`, call);
  const message = errorMessage(error2) || `HTTP ${shape(error2).$metadata?.httpStatusCode ?? "?"}`;
  const base = `${call.action}${on} failed: ${code2}: ${message}`;
  if (ACCESS_DENIED.has(code2)) {
    const named = deniedAuthorization(message);
    const denied = named && named.action !== call.action ? named : { action: call.action, resource: call.resource ?? "the resource" };
    return new ActionError(base, {
      cause: error2,
      hint: `The role the action runs as needs '${denied.action}' on ${denied.resource} in its IAM policy (see the action README for the minimal policy).`
    });
  }
  if (isExpiredCredentials(error2)) {
    return new ActionError(base, {
      cause: error2,
      hint: "The AWS credentials expired. Use the role-to-assume input so the action can renew them, or raise role-duration-seconds in configure-aws-credentials above the time this step needs."
    });
  }
  if (BAD_CREDENTIALS.has(code2)) {
    return new ActionError(base, {
      cause: error2,
      hint: "AWS did not accept the credentials: check that they belong to this partition and are not revoked, and that nothing rewrote AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY/AWS_SESSION_TOKEN."
    });
  }
  if (isThrottling(error2)) {
    return new ActionError(base, { cause: error2, hint: "AWS kept throttling the call after all retries; try again later or raise max-attempts." });
  }
  const { $metadata } = shape(error2);
  if (($metadata?.httpStatusCode ?? 0) >= 500) {
    const attempts = $metadata?.attempts ? ` on all ${$metadata.attempts} attempts` : "";
    return new ActionError(base, {
      cause: error2,
      hint: `AWS answered with a server error (HTTP ${$metadata?.httpStatusCode})${attempts}. This is usually temporary: re-run the job or raise max-attempts, and check the AWS Health Dashboard for the region.`
    });
  }
  if (isNetworkError(error2)) {
    return new ActionError(`${call.action}${on} failed: could not reach AWS (${code2}: ${message})`, {
      cause: error2,
      hint: "Check the runner can reach the AWS endpoint; on self-hosted runners set HTTPS_PROXY / NO_PROXY if traffic must go through a proxy."
    });
  }
  const hint = ANSWER_HINTS[code2] ?? ANSWER_HINTS[code2.replace(/Exception$/, "")];
  return new ActionError(base, { cause: error2, ...hint ? { hint } : {} });
}
var FOREIGN_HINT = "Something other than the AWS API answered (a proxy, a captive portal, or an endpoint that is not this service): check AWS_ENDPOINT_URL and the proxy settings (HTTPS_PROXY / NO_PROXY) of the runner.";
function describeForeignAnswer(error2, foreign, failed, call) {
  if (foreign.errorType) {
    const message2 = `${failed}: ${foreign.errorType} (HTTP ${foreign.status}, answered as ${foreign.contentType} instead of the service's protocol)`;
    const named = describeAwsError(Object.assign(new Error(message2), { name: foreign.errorType, $metadata: { httpStatusCode: foreign.status } }), call);
    return new ActionError(message2, { cause: error2, ...named.hint ? { hint: named.hint } : {} });
  }
  const message = `${failed}: the answer did not come from the AWS API (HTTP ${foreign.status}, ${foreign.contentType})`;
  return new ActionError(message, {
    cause: error2,
    hint: foreign.status >= 500 ? `${FOREIGN_HINT} A 5xx page like this one is often a gateway that recovers: re-run the job.` : FOREIGN_HINT
  });
}
async function awsCall(call, run2) {
  try {
    return await run2();
  } catch (error2) {
    if (isAbort(error2))
      throw error2;
    throw describeAwsError(error2, call);
  }
}
function classifyAwsFailure(error2) {
  const label = errorCode(error2);
  if (isExpiredCredentials(error2))
    return { kind: "renew-credentials", label };
  return { kind: isTransient(error2) ? "transient" : "fatal", label };
}

// ../../packages/shared/lib/aws/oidc-hints.js
function decodeJwtClaims(token) {
  const payload = token.split(".")[1];
  if (!payload)
    return {};
  try {
    return JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    return {};
  }
}
function oidcHint(sdkCode, message, claims, roleArn, durationSeconds) {
  const code2 = sdkCode.replace(/Exception$/, "");
  const aud = Array.isArray(claims.aud) ? claims.aud.join(",") : claims.aud ?? "?";
  const issuerHost = (claims.iss ?? "https://token.actions.githubusercontent.com").replace(/^https:\/\//, "");
  if (/audience/i.test(message)) {
    return `The token's audience is '${aud}', which the IAM OIDC provider for ${issuerHost} does not list as a client ID. Add '${aud}' to the provider's audiences, or set the 'audience' input to the audience registered there (usually sts.amazonaws.com).`;
  }
  if (/No OpenIDConnect provider/i.test(message)) {
    return `Create an IAM OIDC identity provider for https://${issuerHost} with audience '${aud}' in the role's account.`;
  }
  if (/DurationSeconds|MaxSessionDuration|duration/i.test(message)) {
    return `role-duration asks for ${durationSeconds}s; the role's MaxSessionDuration must be at least that (raise it on the role or lower role-duration).`;
  }
  if (code2 === "AccessDenied" || /Not authorized to perform sts:AssumeRoleWithWebIdentity/i.test(message)) {
    const sub = claims.sub ?? "?";
    return `The trust policy of ${roleArn} does not accept this token. It must allow sts:AssumeRoleWithWebIdentity for the federated principal ${issuerHost} with "${issuerHost}:aud": "${aud}" and a "${issuerHost}:sub" condition matching "${sub}" (StringLike, case-sensitive owner/repo; jobs with an environment have sub repo:OWNER/REPO:environment:NAME).`;
  }
  if (code2 === "IDPCommunicationError" || /retrieve verification key/i.test(message)) {
    return `STS could not reach GitHub's OIDC provider (${claims.iss ?? "token.actions.githubusercontent.com"}) to check the token. This passes within minutes: re-run the job, or raise max-attempts.`;
  }
  if (code2 === "InvalidIdentityToken" || code2 === "IDPRejectedClaim") {
    return `STS rejected the token (iss ${claims.iss ?? "?"}, aud ${aud}, sub ${claims.sub ?? "?"}). Check the IAM OIDC provider's URL and audiences.`;
  }
  return "Check the role ARN, its trust policy and that the IAM OIDC provider for token.actions.githubusercontent.com exists.";
}

// ../../packages/shared/lib/aws/http.js
var proxySupport;
async function loadProxySupport() {
  if (proxyConfigured() && !proxySupport)
    proxySupport = await import("./chunks/proxy-agent-7DOUXYMV.js");
}
function loadedProxySupport() {
  if (!proxySupport)
    throw new Error("the proxy agent was not loaded: await loadProxySupport() first");
  return proxySupport;
}
function proxyConfigured(env = process.env) {
  return Boolean(env.HTTPS_PROXY || env.https_proxy || env.HTTP_PROXY || env.http_proxy || env.ALL_PROXY || env.all_proxy);
}
function proxyAgent(secure) {
  return proxyConfigured() ? new (loadedProxySupport()).EnvironmentProxyAgent(secure) : void 0;
}
function requestHandler() {
  const timeouts = { connectionTimeout: 5e3, requestTimeout: 6e4, throwOnRequestTimeout: true };
  if (!proxyConfigured())
    return new NodeHttpHandler(timeouts);
  const { EnvironmentProxyAgent } = loadedProxySupport();
  return new NodeHttpHandler({
    ...timeouts,
    httpAgent: new EnvironmentProxyAgent(false),
    httpsAgent: new EnvironmentProxyAgent(true)
  });
}

// ../../packages/shared/lib/aws/oidc-token.js
var RETRY_STATUSES = /* @__PURE__ */ new Set([502, 503, 504]);
var MAX_RETRIES = 10;
var REQUEST_TIMEOUT_MS = 6e4;
function get(url, bearer) {
  const secure = url.protocol === "https:";
  return new Promise((resolve2, reject) => {
    const request = (secure ? https_exports : http_exports).request(url, {
      method: "GET",
      headers: { Accept: "application/json", Authorization: `Bearer ${bearer}`, "User-Agent": "actions/oidc-client" },
      agent: proxyAgent(secure),
      timeout: REQUEST_TIMEOUT_MS
    }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk) => body += chunk);
      response.on("end", () => resolve2({ status: response.statusCode ?? 0, body }));
      response.on("error", reject);
    });
    request.on("timeout", () => request.destroy(new Error(`no answer within ${REQUEST_TIMEOUT_MS / 1e3} s`)));
    request.on("error", reject);
    request.end();
  });
}
function answerMessage(answer) {
  try {
    const message = JSON.parse(answer.body).message;
    if (typeof message === "string" && message)
      return message;
  } catch {
  }
  return `Failed request: (${answer.status})`;
}
async function getIDToken(audience) {
  const requestToken = process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  if (!requestToken)
    throw new Error("Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable");
  const requestUrl = process.env.ACTIONS_ID_TOKEN_REQUEST_URL;
  if (!requestUrl)
    throw new Error("Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable");
  const url = audience ? `${requestUrl}&audience=${encodeURIComponent(audience)}` : requestUrl;
  debug(`ID token url is ${url}`);
  await loadProxySupport();
  let answer = await get(new URL(url), requestToken);
  for (let retry = 0; RETRY_STATUSES.has(answer.status) && retry < MAX_RETRIES; retry++) {
    await new Promise((resolve2) => setTimeout(resolve2, 5 * 2 ** Math.min(retry + 1, 10)));
    answer = await get(new URL(url), requestToken);
  }
  if (answer.status < 200 || answer.status > 299) {
    throw new Error(`Failed to get ID Token. Error Code: ${answer.status}. Error Message: ${answerMessage(answer)}`);
  }
  let token;
  try {
    token = JSON.parse(answer.body).value;
  } catch {
    token = void 0;
  }
  if (typeof token !== "string" || !token)
    throw new Error("Response json body do not have ID Token field");
  setSecret(token);
  return token;
}

// ../../packages/shared/lib/aws/credentials.js
var RENEW_BEFORE_MS = 5 * 6e4;
function sessionNameFor(context) {
  const suffix = `-${context.runId}-${context.runAttempt}`;
  const repo = context.repository.replace("/", ".").replace(/[^\w+=,.@-]/g, "-");
  return `gha-${repo}`.slice(0, 64 - suffix.length) + suffix;
}
async function resolveCredentials(options) {
  if (!options.roleToAssume) {
    return { provider: void 0, origin: "default-chain", renew: async () => false };
  }
  const roleArn = options.roleToAssume;
  const oidcAvailable = Boolean(process.env.ACTIONS_ID_TOKEN_REQUEST_URL && process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
  const haveEnvKeys = Boolean(process.env.AWS_ACCESS_KEY_ID && process.env.AWS_SECRET_ACCESS_KEY);
  if (!oidcAvailable && !haveEnvKeys) {
    throw new ActionError(`Cannot assume ${roleArn}: this job has no GitHub OIDC token and no AWS credentials.`, {
      hint: "Give the job the 'id-token: write' permission (in the workflow or the job: permissions: { id-token: write, contents: read }). Workflows triggered by pull requests from forks never get an OIDC token."
    });
  }
  const origin = oidcAvailable ? "web-identity" : "assume-role";
  const fetch2 = oidcAvailable ? () => assumeWithWebIdentity(options, roleArn) : () => assumeWithEnvironmentKeys(options, roleArn);
  let current = await fetch2();
  const log = (fresh) => info(`Assumed ${fresh.principalArn ?? roleArn} via ${origin === "web-identity" ? "GitHub OIDC" : "sts:AssumeRole with the credentials in the environment"} (valid for ${formatDuration(fresh.identity.expiration ? fresh.identity.expiration.getTime() - Date.now() : 0)}).`);
  log(current);
  const source = {
    origin,
    provider: async () => {
      const expiresAt = current.identity.expiration?.getTime() ?? Infinity;
      if (expiresAt - Date.now() < RENEW_BEFORE_MS) {
        current = await fetch2();
        log(current);
      }
      return current.identity;
    },
    async renew() {
      current = await fetch2();
      log(current);
      return true;
    }
  };
  return source;
}
function toIdentity(credentials, roleArn) {
  if (!credentials?.AccessKeyId || !credentials.SecretAccessKey) {
    throw new ActionError(`STS returned no credentials for ${roleArn}.`);
  }
  setSecret(credentials.AccessKeyId);
  setSecret(credentials.SecretAccessKey);
  if (credentials.SessionToken)
    setSecret(credentials.SessionToken);
  return {
    accessKeyId: credentials.AccessKeyId,
    secretAccessKey: credentials.SecretAccessKey,
    ...credentials.SessionToken ? { sessionToken: credentials.SessionToken } : {},
    ...credentials.Expiration ? { expiration: credentials.Expiration } : {}
  };
}
async function assumeWithWebIdentity(options, roleArn) {
  let token;
  try {
    token = await getIDToken(options.audience);
  } catch (error2) {
    throw new ActionError(`Could not get a GitHub OIDC token for audience '${options.audience}': ${errorMessage(error2)}`, {
      cause: error2,
      hint: "The job needs the 'id-token: write' permission."
    });
  }
  setSecret(token);
  const sts = await options.stsClient();
  const { AssumeRoleWithWebIdentityCommand } = await import("./chunks/dist-es-3LWD5L25.js");
  try {
    const answer = await sts.send(new AssumeRoleWithWebIdentityCommand({
      RoleArn: roleArn,
      RoleSessionName: options.sessionName,
      WebIdentityToken: token,
      DurationSeconds: options.durationSeconds
    }));
    return { identity: toIdentity(answer.Credentials, roleArn), principalArn: answer.AssumedRoleUser?.Arn };
  } catch (error2) {
    if (error2 instanceof ActionError)
      throw error2;
    const code2 = errorCode(error2);
    throw new ActionError(`sts:AssumeRoleWithWebIdentity for ${roleArn} failed: ${code2}: ${errorMessage(error2)}`, {
      cause: error2,
      hint: oidcHint(code2, errorMessage(error2), decodeJwtClaims(token), roleArn, options.durationSeconds)
    });
  } finally {
    sts.destroy();
  }
}
async function assumeWithEnvironmentKeys(options, roleArn) {
  const sts = await options.stsClient();
  const { AssumeRoleCommand } = await import("./chunks/dist-es-3LWD5L25.js");
  try {
    const answer = await sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: options.sessionName, DurationSeconds: options.durationSeconds }));
    return { identity: toIdentity(answer.Credentials, roleArn), principalArn: answer.AssumedRoleUser?.Arn };
  } catch (error2) {
    const code2 = errorCode(error2);
    const hint = code2 === "AccessDenied" ? `The role's trust policy must allow the current identity to call sts:AssumeRole, and that identity needs sts:AssumeRole on ${roleArn}. Role chaining caps the session at 1h.` : "Check role-to-assume and the credentials in the environment.";
    throw new ActionError(`sts:AssumeRole for ${roleArn} with the credentials in the environment failed: ${code2}: ${errorMessage(error2)}`, {
      cause: error2,
      hint
    });
  } finally {
    sts.destroy();
  }
}

// ../../packages/shared/lib/aws/session.js
var AwsSession = class _AwsSession {
  options;
  credentials;
  clients = /* @__PURE__ */ new Map();
  constructor(options, credentials) {
    this.options = options;
    this.credentials = credentials;
  }
  static async open(options) {
    await loadProxySupport();
    const base = baseConfig(options);
    const credentials = await resolveCredentials({
      ...options.roleToAssume ? { roleToAssume: options.roleToAssume } : {},
      audience: options.audience,
      sessionName: options.sessionName,
      durationSeconds: options.durationSeconds,
      // STS only when a role is assumed: a lazy chunk of the bundle, not loaded by runs with keys in the environment.
      stsClient: async (provider) => {
        const { STSClient } = await import("./chunks/dist-es-3LWD5L25.js");
        return new STSClient({ ...base, ...provider ? { credentials: provider } : {} });
      }
    });
    if (credentials.origin === "default-chain")
      info("Using the AWS credentials already in the environment (default provider chain).");
    return new _AwsSession(options, credentials);
  }
  get region() {
    return this.options.region;
  }
  /**
   * The client of a given class, built once per session (and again after credentials are renewed). `maxAttempts`
   * overrides the session's for a call that must not be retried blindly (one that is not idempotent); `config`
   * adds service settings (S3's forcePathStyle).
   */
  client(Client, overrides = {}) {
    const maxAttempts = overrides.maxAttempts ?? this.options.maxAttempts;
    const config = overrides.config ?? {};
    const plain = maxAttempts === this.options.maxAttempts && Object.keys(config).length === 0;
    const key = plain ? Client : `${Client.name}/${maxAttempts}/${JSON.stringify(config)}`;
    let client = this.clients.get(key);
    if (!client) {
      client = new Client({
        ...baseConfig(this.options),
        ...config,
        maxAttempts,
        ...this.credentials.provider ? { credentials: this.credentials.provider } : {}
      });
      this.clients.set(key, client);
    }
    return client;
  }
  /**
   * Renews assumed-role credentials now (after an ExpiredToken answer). The SDK caches credentials inside each
   * client, so the clients are rebuilt too.
   */
  async renewCredentials() {
    if (!await this.credentials.renew())
      return false;
    this.closeClients();
    return true;
  }
  close() {
    this.closeClients();
  }
  closeClients() {
    for (const client of this.clients.values())
      client.destroy();
    this.clients.clear();
  }
};
function baseConfig(options) {
  return {
    region: options.region,
    maxAttempts: options.maxAttempts,
    retryMode: "standard",
    // A plain string is appended verbatim: mlops-actions/<action>/<version> (a [name, version] pair would
    // become name#version).
    customUserAgent: `mlops-actions/${options.action}/${options.version}`,
    requestHandler: requestHandler()
  };
}

// ../../packages/shared/lib/inputs/duration.js
var UNIT_MS = { ms: 1, s: 1e3, m: 6e4, h: 36e5, d: 864e5 };
var PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/y;
function parseDuration(text) {
  const source = text.trim().toLowerCase().replace(/\s+/g, "");
  if (source === "")
    return void 0;
  let total = 0;
  let previousUnit = Infinity;
  PART.lastIndex = 0;
  while (PART.lastIndex < source.length) {
    const match = PART.exec(source);
    if (!match)
      return void 0;
    const unit = UNIT_MS[match[2]];
    if (unit >= previousUnit)
      return void 0;
    previousUnit = unit;
    total += Number(match[1]) * unit;
  }
  return Math.round(total);
}

// ../../packages/shared/lib/inputs/json-members.js
function* jsonMembers(text) {
  let i = text.indexOf("{") + 1;
  const ws = () => {
    while (i < text.length && " 	\n\r".includes(text[i]))
      i += 1;
  };
  const string = () => {
    const start = i;
    i += 1;
    while (i < text.length && text[i] !== '"')
      i += text[i] === "\\" ? 2 : 1;
    i += 1;
    return JSON.parse(text.slice(start, i));
  };
  const token = (pattern) => {
    pattern.lastIndex = i;
    const match = pattern.exec(text);
    if (!match)
      throw new Error(`jsonMembers: not a JSON object at offset ${i}`);
    i += match[0].length;
    return match[0];
  };
  for (; ; ) {
    ws();
    if (text[i] === "}")
      return;
    if (text[i] === ",") {
      i += 1;
      ws();
    }
    const key = string();
    ws();
    i += 1;
    ws();
    const c = text[i];
    if (c === "{" || c === "[") {
      yield { key, value: { nested: true } };
      return;
    }
    if (c === '"')
      yield { key, value: string() };
    else if (c === "t")
      yield { key, value: token(/true/y) };
    else if (c === "f")
      yield { key, value: token(/false/y) };
    else if (c === "n")
      yield { key, value: (token(/null/y), null) };
    else
      yield { key, value: token(JSON_NUMBER) };
  }
}

// ../../packages/shared/lib/inputs/inputs.js
function raw(name) {
  return getInput(name, { trimWhitespace: true });
}
function getString(name, options = {}) {
  const value = raw(name);
  if (value === "") {
    if (options.required)
      throw new InputError(name, "is required but empty", options.expected ?? "a value");
    return void 0;
  }
  if (options.maxLength !== void 0 && value.length > options.maxLength) {
    throw new InputError(name, `is ${value.length} characters long`, options.expected ?? `at most ${options.maxLength} characters`);
  }
  if (options.pattern && !options.pattern.test(value)) {
    throw new InputError(name, `is '${value}'`, options.expected ?? `a value matching ${options.pattern}`);
  }
  return value;
}
function getRequiredString(name, options = {}) {
  return getString(name, { ...options, required: true });
}
var TRUE = /* @__PURE__ */ new Set(["true", "True", "TRUE"]);
var FALSE = /* @__PURE__ */ new Set(["false", "False", "FALSE"]);
function getBoolean(name, fallback) {
  const value = raw(name);
  if (value === "")
    return typeof fallback === "boolean" ? fallback : parseDefault(name, fallback, (text) => TRUE.has(text) ? true : FALSE.has(text) ? false : void 0);
  if (TRUE.has(value))
    return true;
  if (FALSE.has(value))
    return false;
  throw new InputError(name, `is '${value}'`, "true or false");
}
function getInteger(name, options = {}) {
  const value = raw(name);
  if (value === "")
    return void 0;
  const range = describeRange(options.min, options.max);
  if (!/^-?\d+$/.test(value))
    throw new InputError(name, `is '${value}'`, `a whole number${range}`);
  const parsed = Number(value);
  if (options.min !== void 0 && parsed < options.min || options.max !== void 0 && parsed > options.max) {
    throw new InputError(name, `is ${value}`, `a whole number${range}`);
  }
  return parsed;
}
function parseDefault(name, text, parse) {
  const value = parse(text);
  if (value === void 0)
    throw new Error(`The default of input '${name}' ('${text}') is not a valid value.`);
  return value;
}
function describeRange(min, max) {
  if (min !== void 0 && max !== void 0)
    return ` from ${min} to ${max}`;
  if (min !== void 0)
    return ` of at least ${min}`;
  if (max !== void 0)
    return ` of at most ${max}`;
  return "";
}
function getDuration(name, options) {
  const value = raw(name);
  if (value === "")
    return typeof options.fallback === "number" ? options.fallback : parseDefault(name, options.fallback, parseDuration);
  const expected = "a duration with a unit, like 90s, 45m, 1h30m or 2h" + (options.min !== void 0 || options.max !== void 0 ? ` (${options.min !== void 0 ? `at least ${formatDuration(options.min)}` : ""}${options.min !== void 0 && options.max !== void 0 ? ", " : ""}${options.max !== void 0 ? `at most ${formatDuration(options.max)}` : ""})` : "");
  const ms = parseDuration(value);
  if (ms === void 0) {
    const problem = /^\d+(\.\d+)?$/.test(value) ? `is '${value}', a number without a unit` : `is '${value}'`;
    throw new InputError(name, problem, expected);
  }
  if (options.min !== void 0 && ms < options.min || options.max !== void 0 && ms > options.max) {
    throw new InputError(name, `is '${value}'`, expected);
  }
  return ms;
}
function getList(name, options = {}) {
  const text = raw(name);
  const items = text.split(/[\n,]/).map((item) => item.trim()).filter((item) => item !== "" && !item.startsWith("#"));
  const expected = options.expected ?? "items, one per line or comma-separated";
  if (text !== "" && items.length === 0 && !/^\s*#/m.test(text))
    throw new InputError(name, "has no items", expected);
  if (options.unique) {
    const twice2 = items.find((item, i) => items.indexOf(item) !== i);
    if (twice2 !== void 0)
      throw new InputError(name, `names '${twice2}' twice`, `${expected}, each once`);
  }
  return items;
}
async function getMap(name) {
  const text = raw(name);
  const result = /* @__PURE__ */ new Map();
  if (text === "")
    return result;
  if (text.startsWith("{"))
    return mapFromJsonOrFlowYaml(name, text);
  if (looksLikeNameValueLines(text))
    return mapFromNameValueLines(name, text);
  return (await loadYaml()).yamlMap(name, text);
}
var loadYaml = () => import("./chunks/yaml-map-LDLGADQ7.js");
async function mapFromJsonOrFlowYaml(name, text) {
  try {
    JSON.parse(text);
  } catch {
    const flow = (await loadYaml()).flowYamlMap(name, text);
    if (flow)
      return flow;
    throw new InputError(name, `is not valid JSON (${jsonSyntaxError(text).describe})`, MAP_FORMS);
  }
  const result = /* @__PURE__ */ new Map();
  for (const { key, value } of jsonMembers(text)) {
    if (result.has(key))
      throw twice(name, key);
    if (value !== null && typeof value === "object")
      throw nested(name, key);
    result.set(key, value ?? "");
  }
  return result;
}
function looksLikeNameValueLines(text) {
  const lines = contentLines(text);
  return lines.length > 0 && lines.every((line) => /^[^\s=:{}[\]]+\s*=/.test(line));
}
function contentLines(text) {
  return text.split("\n").map((line) => line.trim()).filter((line) => line !== "" && !line.startsWith("#"));
}
function mapFromNameValueLines(name, text) {
  const result = /* @__PURE__ */ new Map();
  for (const line of contentLines(text)) {
    const at = line.indexOf("=");
    const key = line.slice(0, at).trim();
    if (result.has(key))
      throw twice(name, key);
    result.set(key, line.slice(at + 1).trim());
  }
  return result;
}

// ../../packages/shared/lib/github/run-context.js
function runContext(env = process.env) {
  return {
    repository: env.GITHUB_REPOSITORY ?? "local/repository",
    runId: env.GITHUB_RUN_ID ?? "0",
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? "1",
    job: env.GITHUB_JOB ?? "",
    stepId: env.GITHUB_ACTION ?? "",
    serverUrl: env.GITHUB_SERVER_URL ?? "https://github.com",
    sha: env.GITHUB_SHA ?? "",
    ref: env.GITHUB_REF ?? "",
    workflow: env.GITHUB_WORKFLOW ?? "",
    triggeringActor: env.GITHUB_TRIGGERING_ACTOR || env.GITHUB_ACTOR || ""
  };
}

// ../../packages/shared/lib/aws/session-inputs.js
var SESSION_INPUT_DEFAULTS = { audience: "sts.amazonaws.com", "role-duration": "1h", "max-attempts": "5" };
function readSessionInputs(action) {
  const region = resolveRegion("aws-region");
  const role = getString("role-to-assume");
  if (role)
    parseRoleArn("role-to-assume", role, region);
  const durationMs = getDuration("role-duration", { fallback: SESSION_INPUT_DEFAULTS["role-duration"], min: 9e5, max: 432e5 });
  const sessionName = getString("role-session-name", { pattern: /^[\w+=,.@-]{2,64}$/, expected: "2 to 64 characters from letters, digits and +=,.@_-" });
  if (sessionName && !role)
    throw new InputError("role-session-name", "is set without role-to-assume", "it only together with role-to-assume (the name of the session the action assumes)");
  return {
    action,
    version: VERSION,
    region,
    ...role ? { roleToAssume: role } : {},
    audience: getString("audience", { pattern: /^\S{1,256}$/, expected: "an OIDC audience such as sts.amazonaws.com" }) ?? SESSION_INPUT_DEFAULTS.audience,
    sessionName: sessionName ?? sessionNameFor(runContext()),
    durationSeconds: Math.round(durationMs / 1e3),
    maxAttempts: getInteger("max-attempts", { min: 1, max: 20 }) ?? Number(SESSION_INPUT_DEFAULTS["max-attempts"])
  };
}

// lib/builders/buildah.js
function buildahCommands(workDir) {
  const authFile = join(workDir, "auth.json");
  const env = { REGISTRY_AUTH_FILE: authFile };
  const tls = (insecure) => insecure ? ["--tls-verify=false"] : [];
  const digestFile = (plan, i) => join(plan.workDir, `digest-${i}`);
  const unpushedDigestFile = (plan) => join(plan.workDir, "digest-unpushed");
  const local = (plan) => `${plan.imageRepo}:${plan.tags[0]}`;
  const pushFormat = (plan) => ["--format", plan.mediaTypes === "docker" ? "v2s2" : "oci"];
  const bud = (plan) => {
    const args = ["bud", "--authfile", authFile, "--file", plan.dockerfile, "--format", plan.mediaTypes === "docker" ? "docker" : "oci"];
    args.push(plan.cache ? "--layers" : "--layers=false");
    for (const [name, value] of plan.buildArgs)
      args.push("--build-arg", `${name}=${value}`);
    for (const { id, file } of plan.secretFiles)
      args.push("--secret", `id=${id},src=${file}`);
    if (plan.target)
      args.push("--target", plan.target);
    if (plan.platform)
      args.push("--platform", plan.platform);
    for (const [name, value] of plan.labels)
      args.push("--label", `${name}=${value}`);
    args.push(...tls(plan.insecure), "--tag", local(plan), plan.contextDir);
    return { command: "buildah", args, env };
  };
  return {
    authEnv: () => env,
    login: (host, username, password, insecure) => ({
      command: "buildah",
      args: ["login", "--authfile", authFile, "--username", username, "--password-stdin", ...tls(insecure), host],
      env,
      stdin: password
    }),
    buildAndPush(plan) {
      const pushes = plan.tags.map((tag, i) => ({
        command: "buildah",
        args: [
          "push",
          "--authfile",
          authFile,
          ...pushFormat(plan),
          "--digestfile",
          digestFile(plan, i),
          ...tls(plan.insecure),
          local(plan),
          `docker://${plan.imageRepo}:${tag}`
        ],
        env
      }));
      return [bud(plan), ...pushes];
    },
    buildWithoutPush(plan) {
      const target = `dir:${join(plan.workDir, "unpushed")}`;
      return [bud(plan), { command: "buildah", args: ["push", ...pushFormat(plan), "--digestfile", unpushedDigestFile(plan), local(plan), target], env }];
    },
    unpushedDigestFrom(plan, readFile2) {
      return readFile2(unpushedDigestFile(plan)).trim();
    },
    digestFrom(plan, readFile2) {
      return readFile2(digestFile(plan, 0)).trim();
    },
    logout: (hosts) => hosts.map((host) => ({ command: "buildah", args: ["logout", "--authfile", authFile, host], env }))
  };
}

// lib/builders/docker.js
function dockerCommands(workDir) {
  const env = { DOCKER_CONFIG: join(workDir, "docker-config") };
  const metadataFile = (plan) => join(plan.workDir, "metadata.json");
  const buildx = (plan, push) => {
    const args = ["buildx", "build", "--file", plan.dockerfile];
    for (const tag of plan.tags)
      args.push("--tag", `${plan.imageRepo}:${tag}`);
    for (const [name, value] of plan.buildArgs)
      args.push("--build-arg", `${name}=${value}`);
    for (const { id, file } of plan.secretFiles)
      args.push("--secret", `id=${id},src=${file}`);
    if (plan.target)
      args.push("--target", plan.target);
    if (plan.platform)
      args.push("--platform", plan.platform);
    for (const [name, value] of plan.labels)
      args.push("--label", `${name}=${value}`);
    args.push(`--provenance=${plan.attestations ? "mode=max" : "false"}`, `--sbom=${plan.attestations}`);
    const insecure = plan.insecure ? ",registry.insecure=true" : "";
    args.push("--output", `type=image,push=${push},oci-mediatypes=${plan.mediaTypes === "oci"}${insecure}`);
    if (plan.cache) {
      const ref = `${plan.imageRepo}:cache`;
      args.push("--cache-from", `type=registry,ref=${ref}${insecure}`);
      if (push)
        args.push("--cache-to", `type=registry,ref=${ref},mode=max,image-manifest=true,oci-mediatypes=true${insecure}`);
    }
    args.push("--metadata-file", metadataFile(plan), plan.contextDir);
    return args;
  };
  const digestFrom = (plan, readFile2) => {
    const metadata = JSON.parse(readFile2(metadataFile(plan)));
    const digest = metadata["containerimage.digest"];
    if (typeof digest !== "string")
      throw new Error(`docker buildx wrote no containerimage.digest into ${metadataFile(plan)}`);
    return digest;
  };
  return {
    authEnv: () => env,
    login: (host, username, password) => ({
      command: "docker",
      args: ["login", "--username", username, "--password-stdin", host],
      env,
      stdin: password
    }),
    buildAndPush(plan) {
      return [{ command: "docker", args: buildx(plan, true), env }];
    },
    buildWithoutPush(plan) {
      return [{ command: "docker", args: buildx(plan, false), env }];
    },
    unpushedDigestFrom: digestFrom,
    digestFrom,
    logout: (hosts) => hosts.map((host) => ({ command: "docker", args: ["logout", host], env }))
  };
}

// ../../packages/shared/lib/aws/sagemaker-arns.js
var EXECUTION = /^pipeline\/([^/]+)\/execution\/([a-z0-9]+)$/;
var MODEL_PACKAGE = /^model-package\/([^/]+)(?:\/(\d+))?$/;
function sagemakerResource(text, pattern) {
  const arn = parseArn(text);
  if (arn?.service !== "sagemaker" || arn.accountId === "")
    return void 0;
  const match = pattern.exec(arn.resource);
  return match ? { arn, match } : void 0;
}
function parsePipelineExecutionArn(text) {
  const found = sagemakerResource(text, EXECUTION);
  return found && { arn: found.arn, pipelineName: found.match[1], executionId: found.match[2] };
}
function parseModelPackageArn(text) {
  const found = sagemakerResource(text, MODEL_PACKAGE);
  if (!found)
    return void 0;
  const version = found.match[2];
  return { arn: found.arn, name: found.match[1], ...version !== void 0 ? { version: Number(version) } : {} };
}

// ../../packages/shared/lib/aws/ecr-registry.js
var MANIFEST_MEDIA_TYPES = {
  dockerManifest: "application/vnd.docker.distribution.manifest.v2+json",
  dockerList: "application/vnd.docker.distribution.manifest.list.v2+json",
  ociManifest: "application/vnd.oci.image.manifest.v1+json",
  ociIndex: "application/vnd.oci.image.index.v1+json"
};
var ACCEPT = Object.values(MANIFEST_MEDIA_TYPES).join(", ");
var EcrRegistry = class {
  login;
  repository;
  authorization;
  url;
  constructor(login, repository) {
    this.login = login;
    this.repository = repository;
    this.authorization = `Basic ${Buffer.from(`${login.username}:${login.password}`).toString("base64")}`;
    this.url = `${login.plainHttp ? "http" : "https"}://${login.registry}`;
  }
  async request(method, path, init = {}) {
    const headers = { authorization: this.authorization };
    if (init.accept)
      headers.accept = init.accept;
    if (init.contentType)
      headers["content-type"] = init.contentType;
    const url = `${this.url}/v2/${this.repository}/${path}`;
    try {
      return await fetch(url, {
        method,
        headers,
        ...init.body ? { body: new Uint8Array(init.body) } : {},
        signal: init.signal ?? AbortSignal.timeout(6e4)
      });
    } catch (error2) {
      throw new ActionError(`Could not reach the registry ${this.login.registry} (${method} ${path}): ${error2.message}`, { cause: error2 });
    }
  }
  /** The manifest a tag or digest names; undefined when there is none. */
  async manifest(reference, signal) {
    const response = await this.request("GET", `manifests/${reference}`, { accept: ACCEPT, ...signal ? { signal } : {} });
    if (response.status === 404) {
      await response.body?.cancel();
      return void 0;
    }
    if (!response.ok)
      throw await this.failure(response, `reading manifest ${reference}`);
    const bytes2 = Buffer.from(await response.arrayBuffer());
    const digest = response.headers.get("docker-content-digest") ?? `sha256:${createHash("sha256").update(bytes2).digest("hex")}`;
    const json = JSON.parse(bytes2.toString("utf8"));
    const mediaType = (response.headers.get("content-type") ?? json.mediaType ?? "").split(";")[0];
    return { digest, mediaType, bytes: bytes2, json };
  }
  /** The labels of the image a manifest describes (from its config blob); empty for an index. */
  async labels(manifest, signal) {
    const config = manifest.json.config;
    if (!config)
      return {};
    const response = await this.request("GET", `blobs/${config.digest}`, signal ? { signal } : {});
    if (!response.ok)
      throw await this.failure(response, `reading image config ${config.digest}`);
    const json = await response.json();
    return json.config?.Labels ?? {};
  }
  /** Puts the exact manifest bytes under `tag` (the same digest; no layer moves). */
  async tag(manifest, tag) {
    const response = await this.request("PUT", `manifests/${tag}`, { body: manifest.bytes, contentType: manifest.mediaType });
    if (!response.ok)
      throw await this.failure(response, `adding tag ${tag}`);
    await response.body?.cancel();
  }
  async failure(response, what) {
    const text = (await response.text().catch(() => "")).slice(0, 300);
    const hint = response.status === 401 || response.status === 403 ? "The ECR token was refused: check ecr:BatchGetImage, ecr:GetDownloadUrlForLayer and ecr:PutImage on the repository." : void 0;
    return new ActionError(`Registry ${this.login.registry} answered ${response.status} while ${what}: ${text}`, hint ? { hint } : {});
  }
};
function imageSize(manifest) {
  const layers = manifest.json.layers ?? [];
  return { layers: layers.length, bytes: layers.reduce((sum, l) => sum + l.size, 0) + (manifest.json.config?.size ?? 0) };
}

// ../../packages/shared/lib/aws/ecr.js
var sdkLoading;
var loadSdk = () => sdkLoading ??= import("./chunks/ecr-sdk-N4TCY4GW.js");
var SCAN_FINISHED = /* @__PURE__ */ new Set(["COMPLETE", "ACTIVE"]);
var SCAN_WAITING = /* @__PURE__ */ new Set(["NOT_FOUND", "IN_PROGRESS", "PENDING"]);
function settings(r) {
  return {
    name: r.repositoryName ?? "",
    arn: r.repositoryArn ?? "",
    registryId: r.registryId ?? "",
    uri: r.repositoryUri ?? "",
    scanOnPush: r.imageScanningConfiguration?.scanOnPush === true,
    tagMutability: r.imageTagMutability ?? "MUTABLE",
    encryption: {
      type: r.encryptionConfiguration?.encryptionType ?? "AES256",
      ...r.encryptionConfiguration?.kmsKey ? { kmsKey: r.encryptionConfiguration.kmsKey } : {}
    },
    ...r.createdAt ? { createdAt: r.createdAt } : {}
  };
}
function parseProxyEndpoint(endpoint) {
  let url;
  try {
    url = new URL(endpoint);
  } catch {
    throw new ActionError(`GetAuthorizationToken answered a proxyEndpoint that is not a URL: '${endpoint.slice(0, 200)}'.`);
  }
  const bare = url.pathname === "/" && !url.search && !url.hash && !url.username && !url.password;
  if (url.protocol === "https:" && bare)
    return { registry: url.host, plainHttp: false };
  if (url.protocol === "http:" && bare && (url.hostname === "127.0.0.1" || url.hostname === "localhost") && url.port !== "") {
    return { registry: url.host, plainHttp: true };
  }
  throw new ActionError(`Refusing the registry endpoint '${endpoint.slice(0, 200)}': the registry password would be sent without TLS.`, {
    hint: "ECR answers https:// endpoints. Plain http:// is accepted only for a local test registry at http://127.0.0.1:<port> or http://localhost:<port>; check AWS_ENDPOINT_URL / AWS_ENDPOINT_URL_ECR."
  });
}
function registryLogin(entry) {
  const token = entry.authorizationToken ?? "";
  if (token)
    setSecret(token);
  const decoded = Buffer.from(token, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon <= 0 || colon === decoded.length - 1)
    throw new ActionError('GetAuthorizationToken answered a token that is not base64("user:password").');
  const password = decoded.slice(colon + 1);
  setSecret(password);
  const { registry, plainHttp } = parseProxyEndpoint(entry.proxyEndpoint ?? "");
  return {
    registry,
    username: decoded.slice(0, colon),
    password,
    ...entry.expiresAt ? { expiresAt: entry.expiresAt } : {},
    proxyEndpoint: entry.proxyEndpoint ?? "",
    plainHttp
  };
}
var ECR_REGISTRY = /^(\d{12})(?:\.dkr\.ecr\.([a-z]{2}(?:-[a-z]+)+-\d{1,2})\.amazonaws\.com(?:\.cn)?)?$/;
function parseEcrRegistry(value, defaultRegion) {
  const match = ECR_REGISTRY.exec(value);
  if (!match)
    return void 0;
  return { registryId: match[1], region: match[2] ?? defaultRegion };
}
var ScanTimeoutError = class extends TimeoutError {
  constructor(message) {
    super(message, "The image was pushed; its scan did not finish in time. Raise scan-timeout, or check the repository has scan on push (basic) or enhanced scanning enabled for it.");
    this.name = "ScanTimeoutError";
  }
};
var imageId = (ref) => "tag" in ref ? { imageTag: ref.tag } : { imageDigest: ref.digest };
var refText = (repository, ref) => "tag" in ref ? `${repository}:${ref.tag}` : `${repository}@${ref.digest}`;
function image(detail) {
  return {
    repository: detail.repositoryName ?? "",
    registryId: detail.registryId ?? "",
    digest: detail.imageDigest ?? "",
    tags: [...detail.imageTags ?? []].sort(),
    ...detail.imageSizeInBytes !== void 0 ? { sizeBytes: detail.imageSizeInBytes } : {},
    ...detail.imagePushedAt ? { pushedAt: detail.imagePushedAt } : {},
    ...detail.imageManifestMediaType ? { manifestMediaType: detail.imageManifestMediaType } : {},
    ...detail.artifactMediaType ? { artifactMediaType: detail.artifactMediaType } : {},
    ...detail.imageScanStatus?.status ? { scanStatus: detail.imageScanStatus.status } : {},
    ...detail.imageScanFindingsSummary?.findingSeverityCounts ? { findingSeverityCounts: { ...detail.imageScanFindingsSummary.findingSeverityCounts } } : {}
  };
}
function basicFinding(f) {
  const attribute = (key) => f.attributes?.find((a) => a.key === key)?.value;
  const packageName = attribute("package_name");
  const packageVersion = attribute("package_version");
  return {
    id: f.name ?? "",
    severity: f.severity ?? "UNDEFINED",
    ...packageName ? { packageName } : {},
    ...packageVersion ? { packageVersion } : {},
    ...f.uri ? { uri: f.uri } : {},
    ...f.description ? { description: f.description } : {}
  };
}
function enhancedFinding(f) {
  const details = f.packageVulnerabilityDetails;
  const pkg = details?.vulnerablePackages?.[0];
  return {
    id: details?.vulnerabilityId ?? f.title ?? "",
    severity: f.severity ?? "UNTRIAGED",
    ...pkg?.name ? { packageName: pkg.name } : {},
    ...pkg?.version ? { packageVersion: pkg.version } : {},
    ...details?.sourceUrl ? { uri: details.sourceUrl } : {},
    ...f.description ? { description: f.description } : {}
  };
}
var Ecr = class {
  session;
  constructor(session) {
    this.session = session;
  }
  async sdk() {
    const sdk = await loadSdk();
    return { client: this.session.client(sdk.ECRClient), sdk };
  }
  /** The repository's settings, or undefined when it does not exist. */
  async findRepository(name) {
    try {
      const answer = await awsCall({ action: "ecr:DescribeRepositories", resource: name }, async () => {
        const { client, sdk } = await this.sdk();
        return client.send(new sdk.DescribeRepositoriesCommand({ repositoryNames: [name] }));
      });
      const found = answer.repositories?.[0];
      return found ? settings(found) : void 0;
    } catch (error2) {
      if (errorCode(error2) === "RepositoryNotFoundException")
        return void 0;
      throw error2;
    }
  }
  /**
   * The repository, created with the requested settings when it does not exist. An existing repository is left
   * as it is (settings and lifecycle policy alike) and reported. Safe to retry and to re-run: when the SDK's retry
   * of CreateRepository finds the repository its own lost first attempt created (RepositoryAlreadyExistsException
   * on attempt > 1), it counts as created here and the lifecycle policy is still applied; on a first attempt,
   * someone else created it, and it is left alone.
   */
  async ensureRepository(request) {
    const existing = await this.findRepository(request.name);
    if (existing)
      return { repository: existing, created: false, lifecyclePolicyApplied: false };
    const { client, sdk } = await this.sdk();
    let repository;
    let created = true;
    try {
      const answer = await client.send(new sdk.CreateRepositoryCommand({
        repositoryName: request.name,
        imageScanningConfiguration: { scanOnPush: request.scanOnPush },
        imageTagMutability: request.immutableTags ? "IMMUTABLE" : "MUTABLE",
        encryptionConfiguration: request.encryption.type === "KMS" ? { encryptionType: "KMS", ...request.encryption.kmsKey ? { kmsKey: request.encryption.kmsKey } : {} } : { encryptionType: "AES256" },
        ...request.tags && Object.keys(request.tags).length ? { tags: Object.entries(request.tags).map(([Key, Value]) => ({ Key, Value })) } : {}
      }));
      if (answer.repository)
        repository = settings(answer.repository);
    } catch (error2) {
      if (errorCode(error2) !== "RepositoryAlreadyExistsException")
        throw describeAwsError(error2, { action: "ecr:CreateRepository", resource: request.name });
      created = (error2.$metadata?.attempts ?? 1) > 1;
    }
    repository ??= await this.findRepository(request.name);
    if (!repository)
      throw new ActionError(`Repository ${request.name} was created but DescribeRepositories does not find it.`);
    let lifecyclePolicyApplied = false;
    if (created && request.lifecyclePolicy !== void 0) {
      await awsCall({ action: "ecr:PutLifecyclePolicy", resource: request.name }, () => client.send(new sdk.PutLifecyclePolicyCommand({ repositoryName: request.name, lifecyclePolicyText: request.lifecyclePolicy })));
      lifecyclePolicyApplied = true;
    }
    return { repository, created, lifecyclePolicyApplied };
  }
  /** The repository's lifecycle policy text, or undefined when it has none. */
  async lifecyclePolicy(name) {
    try {
      const answer = await awsCall({ action: "ecr:GetLifecyclePolicy", resource: name }, async () => {
        const { client, sdk } = await this.sdk();
        return client.send(new sdk.GetLifecyclePolicyCommand({ repositoryName: name }));
      });
      return answer.lifecyclePolicyText;
    } catch (error2) {
      if (errorCode(error2) === "LifecyclePolicyNotFoundException")
        return void 0;
      throw error2;
    }
  }
  /**
   * Registry credentials from GetAuthorizationToken: one login per registry id (default: the caller's account).
   * GetAuthorizationToken answers for registries of the region it is called in: `region` (default the session's)
   * picks that client. The password (and the token it comes from) is masked before anything else happens with it.
   */
  async getRegistryLogin(registryIds, region) {
    const answer = await awsCall({ action: "ecr:GetAuthorizationToken", resource: "*" }, async () => {
      const { sdk } = await this.sdk();
      const client = region && region !== this.session.region ? this.session.client(sdk.ECRClient, { config: { region } }) : this.session.client(sdk.ECRClient);
      return client.send(new sdk.GetAuthorizationTokenCommand(registryIds?.length ? { registryIds } : {}));
    });
    const data = answer.authorizationData ?? [];
    if (data.length === 0)
      throw new ActionError("GetAuthorizationToken answered no authorization data.");
    return data.map((entry) => registryLogin(entry));
  }
  /** Logins to registries of any account and region: one GetAuthorizationToken per region, in first-seen order. */
  async getRegistryLogins(registries) {
    const byRegion = /* @__PURE__ */ new Map();
    for (const { registryId, region } of registries) {
      const ids = byRegion.get(region) ?? [];
      if (!ids.includes(registryId))
        ids.push(registryId);
      byRegion.set(region, ids);
    }
    const logins = [];
    for (const [region, ids] of byRegion)
      logins.push(...await this.getRegistryLogin(ids, region));
    return logins;
  }
  /** The image a tag or digest names, or undefined when there is none (the repository must exist). */
  async findImage(repository, ref) {
    try {
      const answer = await awsCall({ action: "ecr:DescribeImages", resource: refText(repository, ref) }, async () => {
        const { client, sdk } = await this.sdk();
        return client.send(new sdk.DescribeImagesCommand({ repositoryName: repository, imageIds: [imageId(ref)] }));
      });
      const detail = answer.imageDetails?.[0];
      return detail ? image(detail) : void 0;
    } catch (error2) {
      if (errorCode(error2) === "ImageNotFoundException")
        return void 0;
      throw error2;
    }
  }
  /** The image a tag or digest names; an ActionError naming it when there is none. */
  async describeImage(repository, ref) {
    const found = await this.findImage(repository, ref);
    if (!found)
      throw new ActionError(`Image ${refText(repository, ref)} does not exist in ECR.`);
    return found;
  }
  /** The manifest exactly as ECR stores it (BatchGetImage, any media type). */
  async getManifest(repository, ref) {
    const answer = await awsCall({ action: "ecr:BatchGetImage", resource: refText(repository, ref) }, async () => {
      const { client, sdk } = await this.sdk();
      return client.send(new sdk.BatchGetImageCommand({
        repositoryName: repository,
        imageIds: [imageId(ref)],
        acceptedMediaTypes: Object.values(MANIFEST_MEDIA_TYPES)
      }));
    });
    const found = answer.images?.[0];
    if (!found?.imageManifest) {
      const failure = answer.failures?.[0];
      throw new ActionError(`Image ${refText(repository, ref)}: BatchGetImage answered ${failure?.failureCode ?? "no image"}${failure?.failureReason ? ` (${failure.failureReason})` : ""}.`);
    }
    return { digest: found.imageId?.imageDigest ?? "", mediaType: found.imageManifestMediaType ?? "", manifest: found.imageManifest };
  }
  /**
   * Waits for the image's vulnerability scan and returns its findings (every page). "Scan not found yet"
   * (ScanNotFoundException: scan on push has not started it) and IN_PROGRESS/PENDING are waited out with the shared
   * waiter (deadline, backoff, cancellation, one line per change); a scan that ends without findings (FAILED,
   * UNSUPPORTED_IMAGE...) is returned with that status for the caller to judge. Past the deadline: ScanTimeoutError.
   */
  async waitForScan(repository, digest, options) {
    const what = `the vulnerability scan of ${repository}@${digest}`;
    const { sdk } = await this.sdk();
    let result;
    try {
      result = await waitFor({
        what,
        timeoutMs: options.timeoutMs,
        minDelayMs: options.minDelayMs ?? 5e3,
        maxDelayMs: options.maxDelayMs ?? 3e4,
        signal: options.signal,
        classify: classifyAwsFailure,
        renewCredentials: options.renewCredentials ?? (() => this.session.renewCredentials()),
        poll: async (signal) => {
          try {
            const page = await this.session.client(sdk.ECRClient).send(new sdk.DescribeImageScanFindingsCommand({ repositoryName: repository, imageId: { imageDigest: digest }, maxResults: 1e3 }), {
              abortSignal: signal
            });
            return {
              status: page.imageScanStatus?.status ?? "UNKNOWN",
              ...page.imageScanStatus?.description ? { description: page.imageScanStatus.description } : {},
              page
            };
          } catch (error2) {
            if (errorCode(error2) === "ScanNotFoundException")
              return { status: "NOT_FOUND" };
            throw error2;
          }
        },
        done: (poll) => !SCAN_WAITING.has(poll.status),
        progress: (poll) => poll.status === "NOT_FOUND" ? `Scan of ${repository}@${digest}: not started yet.` : `Scan of ${repository}@${digest}: ${poll.status}.`
      });
    } catch (error2) {
      if (error2 instanceof TimeoutError)
        throw new ScanTimeoutError(error2.message);
      throw describeAwsError(error2, { action: "ecr:DescribeImageScanFindings", resource: `${repository}@${digest}` });
    }
    const first = result.value.page;
    const findings = [];
    let type = "basic";
    if (first && SCAN_FINISHED.has(result.value.status)) {
      let page = first;
      while (page) {
        const basic = page.imageScanFindings?.findings ?? [];
        const enhanced = page.imageScanFindings?.enhancedFindings ?? [];
        if (enhanced.length)
          type = "enhanced";
        findings.push(...basic.map(basicFinding), ...enhanced.map(enhancedFinding));
        const nextToken = page.nextToken;
        page = nextToken ? await awsCall({ action: "ecr:DescribeImageScanFindings", resource: `${repository}@${digest}` }, () => this.session.client(sdk.ECRClient).send(new sdk.DescribeImageScanFindingsCommand({ repositoryName: repository, imageId: { imageDigest: digest }, maxResults: 1e3, nextToken }), {
          abortSignal: options.signal
        })) : void 0;
      }
    }
    const severityCounts2 = { ...first?.imageScanFindings?.findingSeverityCounts ?? {} };
    if (Object.keys(severityCounts2).length === 0)
      for (const f of findings)
        severityCounts2[f.severity] = (severityCounts2[f.severity] ?? 0) + 1;
    return {
      status: result.value.status,
      ...result.value.description ? { description: result.value.description } : {},
      type,
      findings,
      severityCounts: severityCounts2,
      polls: result.polls,
      elapsedMs: result.elapsedMs
    };
  }
};

// lib/defaults.js
var INPUT_DEFAULTS = {
  context: ".",
  builder: "docker",
  "media-types": "docker",
  attestations: "false",
  cache: "true",
  "fail-on-severity": "critical",
  "scan-timeout": "10m",
  "scan-on-push": "true",
  "immutable-tags": "true",
  encryption: "AES256"
};

// lib/tags.js
var TAG = /^[a-z0-9_][a-z0-9_.-]{0,127}$/;
var CACHE_TAG = "cache";
function sanitizeTag(text) {
  const cleaned = text.toLowerCase().replace(/[^a-z0-9_.-]+/g, "-").replace(/^[.-]+/, "").slice(0, 128).replace(/[.-]+$/, "");
  return cleaned && TAG.test(cleaned) ? cleaned : void 0;
}
function semverFromRef(ref) {
  const match = /^refs\/tags\/v?((0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)$/.exec(ref);
  return match ? sanitizeTag(match[1]) : void 0;
}
function modelPackageTag(arn) {
  const parsed = parseModelPackageArn(arn);
  if (parsed?.version === void 0)
    return void 0;
  return sanitizeTag(`${parsed.name}-v${parsed.version}`);
}
function computeTags(input) {
  const tags = [];
  const changed = [];
  const add = (tag) => {
    if (tag && !tags.includes(tag))
      tags.push(tag);
  };
  add(input.sha ? sanitizeTag(input.sha) : void 0);
  if (input.modelPackageArn)
    add(modelPackageTag(input.modelPackageArn));
  add(semverFromRef(input.run.ref));
  for (const given of input.userTags) {
    const tag = sanitizeTag(given);
    if (tag !== given && tag)
      changed.push([given, tag]);
    add(tag);
  }
  return { tags, changed };
}

// lib/context.js
var BUILDERS = ["docker", "buildah"];
var SEVERITIES = ["none", "low", "medium", "high", "critical"];
var REPOSITORY = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
var REPOSITORY_FORM = "an ECR repository name: lower-case letters and digits, separated by single '.', '_', '-' or '/', 2 to 256 characters";
var ARG_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
var SECRET_ID = /^[A-Za-z0-9_.-]{1,128}$/;
var PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/;
var VULNERABILITY_ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/;
var MAX_LIFECYCLE_POLICY = 30720;
function readInputs() {
  const secrets = readSecrets();
  const session = readSessionInputs("build-push-ecr");
  const run2 = runContext();
  const repository = getRequiredString("repository", { expected: REPOSITORY_FORM });
  if (!REPOSITORY.test(repository))
    throw new InputError("repository", `is '${repository}'`, REPOSITORY_FORM);
  if (repository.length < 2 || repository.length > 256)
    throw new InputError("repository", `is ${repository.length} characters long`, REPOSITORY_FORM);
  const builder = oneOf("builder", BUILDERS, INPUT_DEFAULTS.builder);
  const mediaTypes = oneOf("media-types", ["docker", "oci"], INPUT_DEFAULTS["media-types"]);
  const attestations = getBoolean("attestations", INPUT_DEFAULTS.attestations);
  if (attestations && (builder !== "docker" || mediaTypes !== "oci")) {
    throw new InputError("attestations", `is true with builder: ${builder} and media-types: ${mediaTypes}`, "true only with builder: docker and media-types: oci (attestations make an OCI image index, which SageMaker and Lambda reject)");
  }
  const { contextDir, dockerfile, dockerfileText } = readBuildFiles();
  const buildArgs = namedMap("build-args", ARG_NAME, "names of letters, digits and _ (not starting with a digit)");
  const labels = namedMap("labels", /^[^\s=]{1,128}$/, "label keys without spaces or =");
  const target = getString("target", { pattern: /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/, expected: "the name of a build stage (FROM ... AS name)" });
  const platform = readPlatform();
  const modelPackageArn = getString("model-package-arn");
  if (modelPackageArn) {
    const parsed = parseModelPackageArn(modelPackageArn);
    const expected = "a versioned model package ARN like arn:aws:sagemaker:us-east-1:123456789012:model-package/churn-models/3";
    if (!parsed)
      throw new InputError("model-package-arn", `is '${modelPackageArn}'`, expected);
    if (parsed.version === void 0)
      throw new InputError("model-package-arn", `is '${modelPackageArn}', which has no version`, expected);
    checkArnRegion("model-package-arn", parsed.arn, session.region);
  }
  const pipelineExecutionArn = getString("pipeline-execution-arn");
  if (pipelineExecutionArn && !parsePipelineExecutionArn(pipelineExecutionArn)) {
    throw new InputError("pipeline-execution-arn", `is '${pipelineExecutionArn}'`, "a pipeline execution ARN like arn:aws:sagemaker:us-east-1:123456789012:pipeline/NAME/execution/ID");
  }
  const cache = getBoolean("cache", INPUT_DEFAULTS.cache);
  const sha = commitSha(run2);
  const userTags = getList("tags", { expected: "image tags, one per line or comma-separated" });
  for (const tag of userTags) {
    if (!/[A-Za-z0-9_]/.test(tag))
      throw new InputError("tags", `holds '${tag}', which has no letter or digit to make a tag of`, "image tags");
  }
  const plan = computeTags({ sha, run: run2, userTags, ...modelPackageArn ? { modelPackageArn } : {} });
  for (const [given, used] of plan.changed)
    info(`Tag '${given}' is not a valid image tag; using '${used}'.`);
  if (builder === "docker" && cache && plan.tags.includes(CACHE_TAG)) {
    throw new InputError("tags", `holds '${CACHE_TAG}', the tag of the registry cache`, "other tags (or cache: false)");
  }
  if (plan.tags.length === 0) {
    throw new InputError("tags", "is empty and the run has no commit SHA (GITHUB_SHA)", "at least one tag");
  }
  const inputs = {
    session,
    run: run2,
    repository,
    contextDir,
    dockerfile,
    dockerfileText,
    buildArgs,
    secrets,
    labels,
    sha,
    tags: plan.tags,
    builder,
    mediaTypes,
    attestations,
    cache,
    registries: readRegistries(session.region),
    failOnSeverity: oneOf("fail-on-severity", SEVERITIES, INPUT_DEFAULTS["fail-on-severity"]),
    allowCves: new Set(getList("allow-cves", { expected: "vulnerability IDs such as CVE-2024-1234, one per line or comma-separated" }).map((id) => {
      if (!VULNERABILITY_ID.test(id))
        throw new InputError("allow-cves", `holds '${id}'`, "vulnerability IDs such as CVE-2024-1234 or GHSA-xxxx-xxxx-xxxx");
      return id.toUpperCase();
    })),
    scanTimeoutMs: getDuration("scan-timeout", { fallback: INPUT_DEFAULTS["scan-timeout"], min: 1e3, max: 3 * 36e5 }),
    repositorySettings: readRepositorySettings()
  };
  if (target)
    inputs.target = target;
  if (platform)
    inputs.platform = platform;
  if (modelPackageArn)
    inputs.modelPackageArn = modelPackageArn;
  if (pipelineExecutionArn)
    inputs.pipelineExecutionArn = pipelineExecutionArn;
  return inputs;
}
function oneOf(name, values, fallback) {
  const value = (getString(name) ?? fallback).toLowerCase();
  if (!values.includes(value)) {
    throw new InputError(name, `is '${getString(name)}'`, `one of ${values.join(", ")}`);
  }
  return value;
}
function readSecrets() {
  return namedMap("secrets", SECRET_ID, "secret ids of letters, digits, _ . and -", (value) => setSecret(value), false);
}
function namedMap(name, keyPattern, keyForm, onValue, quoteKey = true) {
  const map = mapNow(name);
  for (const [key, value] of map) {
    onValue?.(value);
    if (!keyPattern.test(key))
      throw new InputError(name, quoteKey ? `has the name '${key}'` : "has an invalid id", `${keyForm}; ${MAP_HELP}`);
  }
  return map;
}
var MAP_HELP = "NAME=value lines, a YAML mapping or a JSON object";
var preloaded = /* @__PURE__ */ new Map();
function mapNow(name) {
  const map = preloaded.get(name);
  if (!map)
    throw new Error(`map input ${name} was not preloaded`);
  return map;
}
async function preloadMaps() {
  const raw2 = getInput("secrets");
  for (const line of raw2.split("\n"))
    if (line.trim())
      setSecret(line.trim());
  try {
    preloaded.set("secrets", await getMap("secrets"));
  } catch (error2) {
    if (!(error2 instanceof InputError))
      throw error2;
    throw new InputError("secrets", "cannot be read (its text is not shown: it holds secret values)", `ID=value lines, a YAML mapping or a JSON object, each id once`);
  }
  for (const name of ["build-args", "labels"])
    preloaded.set(name, await getMap(name));
}
function workspacePath(p) {
  return resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), p);
}
function readBuildFiles() {
  const contextInput = getString("context") ?? INPUT_DEFAULTS.context;
  const contextDir = workspacePath(contextInput);
  const contextForm = "a directory (the build context), relative to the workspace or absolute";
  let isDir = false;
  try {
    isDir = statSync(contextDir).isDirectory();
  } catch {
    throw new InputError("context", `is '${contextInput}', which does not exist`, contextForm);
  }
  if (!isDir)
    throw new InputError("context", `is '${contextInput}', which is not a directory`, contextForm);
  const dockerfileInput = getString("dockerfile");
  const dockerfile = dockerfileInput ? workspacePath(dockerfileInput) : join(contextDir, "Dockerfile");
  const shown = dockerfileInput ?? join(contextInput, "Dockerfile");
  const form = "the path of a Dockerfile (a regular file of at most 1 MiB), relative to the workspace or absolute; default: Dockerfile in the context";
  let text;
  try {
    text = readRegularFile(dockerfile, 1048576).toString("utf8");
  } catch (error2) {
    const why = error2 instanceof Error && error2.message.startsWith("not ") ? error2.message : "which does not exist or cannot be read";
    throw new InputError("dockerfile", `${dockerfileInput ? "is" : "is empty, and the default is"} '${shown}', ${why}`, form);
  }
  if (!/^\s*FROM\s/im.test(text))
    throw new InputError("dockerfile", `is '${shown}', which has no FROM instruction`, form);
  return { contextDir, dockerfile, dockerfileText: text };
}
function readRegularFile(full, limit) {
  const fd = openSync(full, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    if (!fstatSync(fd).isFile())
      throw new Error("not a regular file");
    const buffer = Buffer.allocUnsafe(limit + 1);
    let length = 0;
    while (length < buffer.length) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0)
        break;
      length += n;
    }
    if (length > limit)
      throw new Error(`not at most ${limit} bytes`);
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}
function readPlatform() {
  const platform = getString("platform");
  if (platform === void 0)
    return void 0;
  const form = "ONE platform such as linux/amd64 or linux/arm64 (several would make an image index, which SageMaker and Lambda reject)";
  if (/[,\s]/.test(platform))
    throw new InputError("platform", `is '${platform}', several platforms`, form);
  if (!PLATFORM.test(platform))
    throw new InputError("platform", `is '${platform}'`, form);
  return platform;
}
function readRegistries(region) {
  const form = `ECR registries: 12-digit account IDs (registries of ${region}) or hosts like 123456789012.dkr.ecr.eu-west-1.amazonaws.com (any region)`;
  return getList("registries", { expected: form, unique: true }).map((value) => {
    const registry = parseEcrRegistry(value, region);
    if (!registry)
      throw new InputError("registries", `holds '${value}'`, form);
    return registry;
  });
}
function readRepositorySettings() {
  const encryption = (getString("encryption") ?? INPUT_DEFAULTS.encryption).toUpperCase();
  if (encryption !== "AES256" && encryption !== "KMS")
    throw new InputError("encryption", `is '${getString("encryption")}'`, "AES256 or KMS");
  const kmsKey = getString("kms-key", { pattern: /^[\x21-\x7e]{1,2048}$/, expected: "a KMS key ARN, ID or alias" });
  if (kmsKey && encryption !== "KMS")
    throw new InputError("kms-key", "is set with encryption: AES256", "it only with encryption: KMS");
  const settings2 = {
    scanOnPush: getBoolean("scan-on-push", INPUT_DEFAULTS["scan-on-push"]),
    immutableTags: getBoolean("immutable-tags", INPUT_DEFAULTS["immutable-tags"]),
    encryption
  };
  if (kmsKey)
    settings2.kmsKey = kmsKey;
  const file = getString("lifecycle-policy");
  const keepLast = getInteger("keep-last", { min: 1, max: 1e4 });
  if (file && keepLast !== void 0)
    throw new InputError("keep-last", "is set together with lifecycle-policy", "one of the two");
  if (file)
    settings2.lifecyclePolicy = readLifecyclePolicy(file);
  if (keepLast !== void 0)
    settings2.lifecyclePolicy = keepLastPolicy(keepLast);
  return settings2;
}
function readLifecyclePolicy(file) {
  const form = `the path of a lifecycle policy JSON file (at most ${MAX_LIFECYCLE_POLICY} bytes) with a "rules" array`;
  let text;
  try {
    text = readRegularFile(workspacePath(file), MAX_LIFECYCLE_POLICY).toString("utf8");
  } catch (error2) {
    throw new InputError("lifecycle-policy", `is '${file}', which cannot be read (${error2.message})`, form);
  }
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (error2) {
    throw new InputError("lifecycle-policy", `is '${file}', which is not JSON (${error2.message})`, form);
  }
  if (!parsed || typeof parsed !== "object" || !Array.isArray(parsed.rules)) {
    throw new InputError("lifecycle-policy", `is '${file}', which has no "rules" array`, form);
  }
  return text;
}
function keepLastPolicy(count) {
  return JSON.stringify({
    rules: [
      {
        rulePriority: 1,
        description: `Keep the last ${count} images (build-push-ecr keep-last)`,
        selection: { tagStatus: "any", countType: "imageCountMoreThan", countNumber: count },
        action: { type: "expire" }
      }
    ]
  });
}
function commitSha(run2) {
  const event = process.env.GITHUB_EVENT_NAME ?? "";
  if ((event === "pull_request" || event === "pull_request_target") && process.env.GITHUB_EVENT_PATH) {
    try {
      const payload = JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH, "utf8"));
      const head = payload.pull_request?.head?.sha;
      if (typeof head === "string" && /^[0-9a-f]{40}$/.test(head))
        return head;
    } catch {
    }
  }
  return run2.sha;
}

// lib/exec.js
var NOT_FOR_CHILDREN = /^(INPUT_.*|AWS_SECRET_ACCESS_KEY|AWS_SESSION_TOKEN|AWS_ACCESS_KEY_ID|ACTIONS_ID_TOKEN_REQUEST_TOKEN|ACTIONS_RUNTIME_TOKEN|GITHUB_TOKEN|STATE_.*)$/;
function childEnv(extra) {
  const env = {};
  for (const [key, value] of Object.entries(process.env))
    if (!NOT_FOR_CHILDREN.test(key))
      env[key] = value;
  return { ...env, ...extra };
}
async function run(command, args, options) {
  info(`[command]${command} ${args.join(" ")}`);
  const token = `build-push-ecr-${randomUUID()}`;
  process.stdout.write(`::stop-commands::${token}
`);
  const tail = [];
  let output = "";
  try {
    const code2 = await new Promise((resolve2, reject) => {
      const child = spawn(command, args, { env: options.env, cwd: options.cwd, stdio: ["pipe", "pipe", "pipe"] });
      const onAbort = () => {
        child.kill("SIGTERM");
      };
      options.signal?.addEventListener("abort", onAbort, { once: true });
      const collect = (chunk) => {
        const text = chunk.toString("utf8");
        output += text;
        process.stdout.write(text);
        for (const line of text.split(/\r?\n/))
          if (line.trim())
            tail.push(line);
        if (tail.length > 30)
          tail.splice(0, tail.length - 30);
      };
      child.stdout.on("data", collect);
      child.stderr.on("data", collect);
      child.on("error", (error2) => {
        options.signal?.removeEventListener("abort", onAbort);
        reject(error2);
      });
      child.on("close", (exitCode, signal) => {
        options.signal?.removeEventListener("abort", onAbort);
        resolve2(exitCode ?? signal ?? "unknown");
      });
      child.stdin.on("error", () => {
      });
      child.stdin.end(options.stdin ?? "");
    });
    if (options.signal?.aborted)
      throw new CancelledError(options.what);
    if (code2 !== 0) {
      throw new ActionError(`${command} failed while ${options.what} (exit ${code2}).`, { hint: `Its last lines:
${tail.slice(-12).join("\n")}` });
    }
    return output;
  } catch (error2) {
    if (error2.code === "ENOENT") {
      throw new ActionError(`${command} is not installed on this runner (needed for ${options.what}).`, {
        hint: command === "buildah" ? "Install buildah (apt-get install buildah) or use builder: docker." : "Use a runner with Docker, or builder: buildah."
      });
    }
    throw error2;
  } finally {
    process.stdout.write(`
::${token}::
`);
  }
}

// lib/dockerignore.js
function parseDockerignore(text) {
  const patterns = [];
  for (const rawLine of text.split(/\r?\n/)) {
    let line = rawLine.trim();
    if (line === "" || line.startsWith("#"))
      continue;
    let exclusion = false;
    if (line.startsWith("!")) {
      exclusion = true;
      line = line.slice(1).trim();
    }
    const cleaned = cleanPath(line);
    if (cleaned === "" || cleaned === ".")
      continue;
    patterns.push({ exclusion, regex: toRegex(cleaned), text: line });
  }
  return patterns;
}
function cleanPath(p) {
  const out = [];
  for (const part of p.split("/")) {
    if (part === "" || part === ".")
      continue;
    if (part === "..")
      out.pop();
    else
      out.push(part);
  }
  return out.join("/");
}
function toRegex(pattern) {
  let re = "^";
  for (let i = 0; i < pattern.length; i += 1) {
    const c = pattern[i];
    if (c === "*") {
      if (pattern[i + 1] === "*") {
        i += 1;
        if (pattern[i + 1] === "/") {
          i += 1;
          re += "(?:.*/)?";
        } else {
          re += ".*";
        }
      } else {
        re += "[^/]*";
      }
    } else if (c === "?") {
      re += "[^/]";
    } else if (c === "[") {
      const end = pattern.indexOf("]", i + 1);
      if (end < 0) {
        re += "\\[";
      } else {
        let body = pattern.slice(i + 1, end);
        if (body.startsWith("^") || body.startsWith("!"))
          body = `^${body.slice(1)}`;
        re += `[${body.replace(/\\/g, "\\\\")}]`;
        i = end;
      }
    } else if (c === "\\" && i + 1 < pattern.length) {
      i += 1;
      re += escapeRegex(pattern[i]);
    } else {
      re += escapeRegex(c);
    }
  }
  return new RegExp(`${re}$`);
}
function escapeRegex(c) {
  return c.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
function isIgnored(patterns, relPath) {
  const parents = [];
  const parts = relPath.split("/");
  for (let i = 1; i < parts.length; i += 1)
    parents.push(parts.slice(0, i).join("/"));
  let ignored = false;
  for (const pattern of patterns) {
    const matches = pattern.regex.test(relPath) || parents.some((parent) => pattern.regex.test(parent));
    if (matches)
      ignored = !pattern.exclusion;
  }
  return ignored;
}
function hasExceptions(patterns) {
  return patterns.some((p) => p.exclusion);
}

// lib/fingerprint.js
var FINGERPRINT_VERSION = "build-push-ecr/1";
function buildFingerprint(input, context) {
  const sorted = (map) => [...map].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
  const identity = JSON.stringify({
    v: FINGERPRINT_VERSION,
    context: context.digest,
    dockerfile: sha256(input.dockerfileText),
    buildArgs: sorted(input.buildArgs),
    target: input.target ?? "",
    platform: input.platform ?? "",
    mediaTypes: input.mediaTypes,
    attestations: input.attestations,
    labels: sorted(input.labels),
    secrets: [...input.secretIds].sort()
  });
  return `sha256:${sha256(identity)}`;
}
function sha256(text) {
  return createHash("sha256").update(text).digest("hex");
}
async function digestContext(contextDir) {
  let patterns = [];
  try {
    patterns = parseDockerignore(await readFile(join(contextDir, ".dockerignore"), "utf8"));
  } catch (error2) {
    if (error2.code !== "ENOENT")
      throw error2;
  }
  const walkIgnored = hasExceptions(patterns);
  const hash = createHash("sha256");
  let files = 0;
  let bytes2 = 0;
  const buffer = Buffer.allocUnsafe(1 << 20);
  const walk = async (rel) => {
    const entries = (await readdir(rel ? join(contextDir, rel) : contextDir)).sort();
    for (const name of entries) {
      const childRel = rel ? `${rel}/${name}` : name;
      const full = join(contextDir, childRel);
      const stat = await lstat(full);
      const ignored = isIgnored(patterns, childRel);
      if (stat.isDirectory()) {
        if (!ignored)
          hash.update(`d\0${childRel}\0`);
        if (!ignored || walkIgnored)
          await walk(childRel);
        continue;
      }
      if (ignored)
        continue;
      if (stat.isSymbolicLink()) {
        hash.update(`l\0${childRel}\0${await readlink(full)}\0`);
      } else if (stat.isFile()) {
        const fileHash = createHash("sha256");
        const file = await open(full, "r");
        try {
          for (let { bytesRead } = await file.read(buffer, 0, buffer.length, null); bytesRead > 0; { bytesRead } = await file.read(buffer, 0, buffer.length, null)) {
            fileHash.update(buffer.subarray(0, bytesRead));
            bytes2 += bytesRead;
          }
        } finally {
          await file.close();
        }
        hash.update(`f\0${childRel}\0${stat.mode & 73 ? "x" : "-"}\0${fileHash.digest("hex")}\0`);
        files += 1;
      }
    }
  };
  await walk("");
  return { digest: hash.digest("hex"), files, bytes: bytes2 };
}

// lib/labels.js
var FINGERPRINT_LABEL = "org.mlops-actions.build-fingerprint";
var MODEL_PACKAGE_ARN_LABEL = "org.mlops-actions.model-package-arn";
var MODEL_PACKAGE_VERSION_LABEL = "org.mlops-actions.model-package-version";
var PIPELINE_EXECUTION_LABEL = "org.mlops-actions.pipeline-execution-arn";
var CREATED_LABEL = "org.opencontainers.image.created";
function lineageLabels(input) {
  const labels = /* @__PURE__ */ new Map();
  labels.set("org.opencontainers.image.source", `${input.run.serverUrl}/${input.run.repository}`);
  if (input.sha)
    labels.set("org.opencontainers.image.revision", input.sha);
  labels.set(CREATED_LABEL, input.created.toISOString().replace(/\.\d{3}Z$/, "Z"));
  if (input.modelPackageArn) {
    labels.set(MODEL_PACKAGE_ARN_LABEL, input.modelPackageArn);
    const version = parseModelPackageArn(input.modelPackageArn)?.version;
    if (version !== void 0)
      labels.set(MODEL_PACKAGE_VERSION_LABEL, String(version));
  }
  if (input.pipelineExecutionArn)
    labels.set(PIPELINE_EXECUTION_LABEL, input.pipelineExecutionArn);
  return labels;
}

// ../../packages/shared/lib/report/escape.js
var LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/g;
function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
function htmlText(text) {
  return escapeHtml(text).replace(LINE_BREAK, "<br/>");
}
function htmlAttribute(value) {
  return escapeHtml(value).replace(LINE_BREAK, "&#10;");
}
function code(text) {
  return `<code>${htmlText(text)}</code>`;
}
function link(text, url) {
  if (!/^https?:\/\//i.test(url))
    return htmlText(text);
  return `<a href="${htmlAttribute(url)}">${htmlText(text)}</a>`;
}
var MARKDOWN_INLINE = /[\\`*_[\]!#~|]/g;
function markdownText(text) {
  return escapeHtml(text.replace(LINE_BREAK, " ").replace(MARKDOWN_INLINE, "\\$&"));
}
function truncate(text, max) {
  const points = [...text];
  return points.length <= max ? text : `${points.slice(0, max - 1).join("")}\u2026`;
}

// ../../packages/shared/lib/report/summary.js
var JobSummary = class {
  parts = [];
  /** A heading of plain text (escaped here). */
  heading(text, level = 2) {
    this.parts.push(`${"#".repeat(level)} ${markdownText(text)}
`);
    return this;
  }
  /** A paragraph of HTML (build it with htmlText/code/link): one line, so it cannot end in markdown. */
  html(html) {
    this.parts.push(`<p>${html}</p>
`);
    return this;
  }
  /** A paragraph of markdown written by the action itself; never put a value from outside in it. */
  paragraph(markdown) {
    this.parts.push(`${markdown}
`);
    return this;
  }
  /** A two-column table of facts; values are HTML (use htmlText/link/code). */
  facts(rows) {
    return this.table(["", ""], rows.filter((row) => row[1] !== void 0 && row[1] !== "").map(([k, v]) => [`<b>${htmlText(k)}</b>`, v]), { headless: true });
  }
  /** A table; cells are HTML (use htmlText/link/code for anything from outside). */
  table(header, rows, options = {}) {
    const head = options.headless ? "" : `<tr>${header.map((h) => `<th>${htmlText(h)}</th>`).join("")}</tr>`;
    const body = rows.map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join("")}</tr>`).join("");
    this.parts.push(`<table>${head}${body}</table>
`);
    return this;
  }
  /** GitHub renders mermaid only from fenced blocks, not from <pre lang="mermaid">. */
  mermaid(diagram) {
    this.parts.push(`\`\`\`mermaid
${diagram.trimEnd()}
\`\`\`
`);
    return this;
  }
  toString() {
    return this.parts.join("\n");
  }
  /** Appends to GITHUB_STEP_SUMMARY; a missing summary file (local runs) is not an error. */
  async write() {
    if (!process.env.GITHUB_STEP_SUMMARY) {
      info(this.toString());
      return;
    }
    await summary.addRaw(this.toString(), true).write();
  }
};

// lib/report.js
var MAX_FINDINGS = 50;
function bytes(n) {
  if (n < 1024)
    return `${n} B`;
  if (n < 1024 * 1024)
    return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}
function buildSummary(inputs, outcome) {
  const summary2 = new JobSummary();
  const state = outcome.failure ? "\u274C" : outcome.pushed === false ? "\u267B\uFE0F" : "\u2705";
  const what = outcome.pushed === false ? "already there, nothing pushed" : outcome.pushed ? "pushed" : "not pushed";
  summary2.heading(`${state} Image ${inputs.repository}: ${what}`);
  if (outcome.failure)
    summary2.html(`<b>${htmlText(outcome.failure)}</b>`);
  const consoleUrl = `https://${inputs.session.region}.console.aws.amazon.com/ecr/repositories/private/${outcome.repositoryInfo?.repository.registryId ?? ""}/${inputs.repository}`;
  const ensured = outcome.repositoryInfo;
  const repo = ensured?.repository;
  summary2.facts([
    ["Image", outcome.imageRepo && outcome.digest ? code(`${outcome.imageRepo}@${outcome.digest}`) : void 0],
    [
      "Repository",
      `${link(inputs.repository, consoleUrl)}${repo ? htmlText(` (${ensured.created ? "created" : "existing"}: tags ${repo.tagMutability}, scan on push ${repo.scanOnPush ? "on" : "off"}, ${repo.encryption.type})`) : ""}`
    ],
    ["Tags", outcome.tags.map((t) => code(t)).join(" ")],
    ["Manifest media type", outcome.mediaType ? code(outcome.mediaType) : void 0],
    ["Size", outcome.size ? htmlText(`${bytes(outcome.size.bytes)} in ${outcome.size.layers} layer(s)`) : void 0],
    ["Builder", htmlText(`${inputs.builder}${outcome.pushed === false ? " (not run: same build fingerprint)" : ""}`)],
    ["Build fingerprint", outcome.fingerprint ? code(outcome.fingerprint) : void 0],
    ["Labels", [...outcome.labels].map(([k, v]) => `${code(k)} = ${code(truncate(v, 200))}`).join("<br/>")],
    ["Scan", scanLine(outcome)]
  ]);
  const verdict = outcome.scan?.verdict;
  if (verdict && verdict.blocking.length + verdict.allowed.length + verdict.below.length > 0) {
    const rows = [
      ...verdict.blocking.map((f) => findingRow(f, "\u274C fails the gate")),
      ...verdict.allowed.map((f) => findingRow(f, "\u2714\uFE0F allow-listed")),
      ...verdict.below.map((f) => findingRow(f, "below threshold"))
    ];
    summary2.heading("Vulnerabilities", 3);
    summary2.table(["ID", "Severity", "Package", "Verdict"], rows.slice(0, MAX_FINDINGS));
    if (rows.length > MAX_FINDINGS)
      summary2.html(htmlText(`\u2026 and ${rows.length - MAX_FINDINGS} more (see the ECR console).`));
  }
  return summary2;
}
function scanLine(outcome) {
  const scan = outcome.scan;
  if (!scan)
    return void 0;
  if (!scan.verdict)
    return htmlText(scan.status === "TIMED_OUT" ? "not complete within scan-timeout" : scan.status);
  const v = scan.verdict;
  return htmlText(`${scan.status}: ${v.blocking.length} at or above ${scan.threshold?.toUpperCase()} not allowed, ${v.allowed.length} allow-listed, ${v.below.length} below`);
}
function findingRow(f, verdict) {
  const id = f.uri ? link(f.id, f.uri) : htmlText(f.id);
  return [id, htmlText(f.severity), htmlText([f.packageName, f.packageVersion].filter(Boolean).join(" ")), htmlText(verdict)];
}

// lib/scan.js
var RANK = { INFORMATIONAL: 0, UNDEFINED: 0, UNTRIAGED: 0, LOW: 1, MEDIUM: 2, HIGH: 3, CRITICAL: 4 };
var THRESHOLD = { low: 1, medium: 2, high: 3, critical: 4 };
function judge(findings, threshold, allow) {
  const verdict = { blocking: [], allowed: [], below: [] };
  for (const finding of findings) {
    const rank = RANK[finding.severity.toUpperCase()] ?? 0;
    if (rank < THRESHOLD[threshold])
      verdict.below.push(finding);
    else if (allow.has(finding.id.toUpperCase()))
      verdict.allowed.push(finding);
    else
      verdict.blocking.push(finding);
  }
  const order = (a, b) => (RANK[b.severity.toUpperCase()] ?? 0) - (RANK[a.severity.toUpperCase()] ?? 0) || a.id.localeCompare(b.id);
  verdict.blocking.sort(order);
  verdict.allowed.sort(order);
  verdict.below.sort(order);
  return verdict;
}
function severityCounts(findings) {
  const counts = /* @__PURE__ */ new Map();
  for (const f of findings)
    counts.set(f.severity.toUpperCase(), (counts.get(f.severity.toUpperCase()) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => (RANK[b] ?? 0) - (RANK[a] ?? 0)).map(([s, n]) => `${s} ${n}`).join(", ");
}

// lib/state.js
var STATE = {
  /** The run's folder in RUNNER_TEMP: auth file / DOCKER_CONFIG, secret files, digest files. */
  workDir: "work-dir",
  builder: "builder",
  /** Registry hosts logged in to, one per line. */
  hosts: "hosts"
};

// lib/hints.js
var REGISTRY_ACTIONS = "ecr:BatchCheckLayerAvailability, ecr:InitiateLayerUpload, ecr:UploadLayerPart, ecr:CompleteLayerUpload and ecr:PutImage to push; ecr:BatchGetImage and ecr:GetDownloadUrlForLayer to pull";
function withRegistryDenialHint(error2) {
  if (!(error2 instanceof ActionError) || !/\b403\b|denied|not authorized/i.test(error2.hint ?? ""))
    return error2;
  const hint = error2.hint ?? "";
  const named = /not authorized to perform: (ecr:\w+)/.exec(hint)?.[1];
  const action = named ?? (/reuse blob|checking blob|blob .* exists/i.test(hint) ? "ecr:BatchCheckLayerAvailability" : void 0);
  const needs = action ? `The registry refused the request: the role needs '${action}' on the repository (see the action README for the minimal policy).` : `The registry refused a request: the role needs ${REGISTRY_ACTIONS} on the repository (see the action README).`;
  return new ActionError(error2.message, { hint: `${needs}
${hint}`, cause: error2 });
}
var REFUSED_HOST = /(?:docker:\/\/|\bin |\bfrom )([a-z0-9][a-z0-9.-]*(?::\d+)?)\/[^\s:]+/gi;
function withBaseImageLoginHint(error2, hosts) {
  if (!(error2 instanceof ActionError) || !/unauthorized|authentication required|denied|\b40[13]\b/i.test(error2.hint ?? ""))
    return error2;
  const refused = [...(error2.hint ?? "").matchAll(REFUSED_HOST)].map((m) => m[1]).filter((host2) => host2.includes(".") && !hosts.includes(host2));
  const host = refused[0];
  if (!host)
    return error2;
  return new ActionError(error2.message, {
    hint: `The build pulls from ${host}, which this step did not log in to: add that registry (its account ID, or its host for another region) to 'registries', and allow ecr:BatchGetImage and ecr:GetDownloadUrlForLayer on its repository to this role.
${error2.hint ?? ""}`,
    cause: error2
  });
}

// lib/tags-held.js
async function readTags(registry, tags, fingerprint) {
  let match;
  let conflict;
  for (const tag of tags) {
    const manifest = await registry.manifest(tag);
    if (!manifest)
      continue;
    const found = (await registry.labels(manifest))[FINGERPRINT_LABEL] ?? "";
    if (found === fingerprint)
      match ??= manifest;
    else
      conflict ??= { tag, manifest, fingerprint: found };
  }
  return { ...match ? { match } : {}, ...conflict ? { conflict } : {} };
}
function immutableTagConflict(conflict, ours, fingerprint, repository) {
  const oursText = ours.built ? `this run built ${ours.digest} and pushed nothing` : `this run's inputs are in ${ours.digest}`;
  return new ActionError(`Tag '${conflict.tag}' of ${repository} holds ${conflict.manifest.digest}, an image built from other inputs (fingerprint ${conflict.fingerprint || "none"}; this run: ${fingerprint}), and the repository's tags are immutable; ${oursText}.`, {
    hint: `Push under another tag (tags input), or delete ${repository}:${conflict.tag} if it is wrong. A re-run with the same inputs pushes nothing; a changed context, Dockerfile, build-args, target, platform or label makes a new image, which needs a new tag.`
  });
}

// lib/main.js
async function main() {
  await preloadMaps();
  const inputs = readInputs();
  const labels = lineageLabels({
    run: inputs.run,
    sha: inputs.sha,
    created: /* @__PURE__ */ new Date(),
    ...inputs.modelPackageArn ? { modelPackageArn: inputs.modelPackageArn } : {},
    ...inputs.pipelineExecutionArn ? { pipelineExecutionArn: inputs.pipelineExecutionArn } : {}
  });
  for (const [key, value] of inputs.labels)
    if (key !== FINGERPRINT_LABEL)
      labels.set(key, value);
  const outcome = { repository: inputs.repository, tags: inputs.tags, labels, builder: inputs.builder };
  const cancellation = onRunnerCancel();
  const workDir = mkdtempSync(join(process.env.RUNNER_TEMP || tmpdir(), "build-push-ecr-"));
  chmodSync(workDir, 448);
  saveState(STATE.workDir, workDir);
  saveState(STATE.builder, inputs.builder);
  let session;
  try {
    session = await AwsSession.open(inputs.session);
    await build(inputs, session, workDir, labels, outcome, cancellation);
  } catch (error2) {
    if (error2 instanceof ActionError && !outcome.failure)
      outcome.failure = error2.message;
    throw error2;
  } finally {
    rmSync(join(workDir, "secrets"), { recursive: true, force: true });
    session?.close();
    cancellation.dispose();
    await buildSummary(inputs, outcome).write();
  }
}
async function build(inputs, session, workDir, labels, outcome, cancellation) {
  const ecr = new Ecr(session);
  const settings2 = inputs.repositorySettings;
  const ensured = await ecr.ensureRepository({
    name: inputs.repository,
    scanOnPush: settings2.scanOnPush,
    immutableTags: settings2.immutableTags,
    encryption: settings2.encryption === "KMS" ? { type: "KMS", ...settings2.kmsKey ? { kmsKey: settings2.kmsKey } : {} } : { type: "AES256" },
    ...settings2.lifecyclePolicy ? { lifecyclePolicy: settings2.lifecyclePolicy } : {}
  });
  outcome.repositoryInfo = ensured;
  const { repository } = ensured;
  const immutable = repository.tagMutability.startsWith("IMMUTABLE");
  const described = `tags ${immutable ? "immutable" : "mutable"}, scan on push ${repository.scanOnPush ? "on" : "off"}, ${repository.encryption.type}`;
  info(ensured.created ? `Created repository ${repository.name} (${described}${ensured.lifecyclePolicyApplied ? ", lifecycle policy set" : ""}).` : `Repository ${repository.name} exists (${described}); its settings are left as they are.`);
  const fingerprinting = fingerprintBuild(inputs, labels, outcome);
  fingerprinting.catch(() => {
  });
  const commands = inputs.builder === "buildah" ? buildahCommands(workDir) : dockerCommands(workDir);
  const hosts = [];
  const [login] = await ecr.getRegistryLogin(repository.registryId ? [repository.registryId] : void 0);
  await loginTo(commands, login, hosts, cancellation);
  for (const extra of await ecr.getRegistryLogins(inputs.registries))
    await loginTo(commands, extra, hosts, cancellation);
  const imageRepo = `${login.registry}/${inputs.repository}`;
  outcome.registry = login.registry;
  outcome.imageRepo = imageRepo;
  const fingerprint = await fingerprinting;
  const registry = new EcrRegistry(login, inputs.repository);
  const { match: existing, conflict } = await readTags(registry, inputs.tags, fingerprint);
  const plan = () => ({
    imageRepo,
    tags: inputs.tags,
    contextDir: inputs.contextDir,
    dockerfile: inputs.dockerfile,
    buildArgs: inputs.buildArgs,
    secretFiles: writeSecretFiles(workDir, inputs.secrets),
    labels,
    mediaTypes: inputs.mediaTypes,
    attestations: inputs.attestations,
    cache: inputs.cache,
    insecure: login.plainHttp,
    workDir,
    ...inputs.target ? { target: inputs.target } : {},
    ...inputs.platform ? { platform: inputs.platform } : {}
  });
  if (conflict && immutable) {
    const ours = existing ? { digest: existing.digest, built: false } : { digest: await buildWithoutPush(commands, plan(), hosts, cancellation), built: true };
    throw immutableTagConflict(conflict, ours, fingerprint, repository.name);
  }
  let manifest;
  if (existing) {
    manifest = existing;
    outcome.pushed = false;
    for (const tag of inputs.tags) {
      const current = await registry.manifest(tag);
      if (current?.digest === existing.digest)
        continue;
      await registry.tag(existing, tag);
      info(`Tagged the existing image ${existing.digest} as ${tag}.`);
    }
    info(`An image built from the same inputs is already in ${inputs.repository} (${existing.digest}): nothing to build or push.`);
  } else {
    if (cancellation.signal.aborted)
      throw new CancelledError("preparing the build; nothing was pushed");
    const pushPlan = plan();
    try {
      for (const line of commands.buildAndPush(pushPlan))
        await exec(line, "building and pushing the image", cancellation);
    } catch (error2) {
      throw withBaseImageLoginHint(error2, hosts);
    }
    const digest = commands.digestFrom(pushPlan, (file) => readFileSync(file, "utf8"));
    outcome.pushed = true;
    manifest = await registry.manifest(digest);
    if (!manifest)
      throw new ActionError(`The pushed image ${imageRepo}@${digest} cannot be read back from the registry.`);
    info(`Pushed ${imageRepo}@${digest} as ${inputs.tags.join(", ")}.`);
  }
  outcome.digest = manifest.digest;
  outcome.mediaType = manifest.mediaType;
  outcome.size = imageSize(manifest);
  setOutputs(outcome, imageRepo);
  if (inputs.failOnSeverity === "none")
    return;
  await scanGate(ecr, inputs, manifest.digest, outcome, cancellation);
}
async function fingerprintBuild(inputs, labels, outcome) {
  const context = await digestContext(inputs.contextDir);
  const fingerprint = buildFingerprint({
    contextDir: inputs.contextDir,
    dockerfileText: inputs.dockerfileText,
    buildArgs: inputs.buildArgs,
    mediaTypes: inputs.mediaTypes,
    attestations: inputs.attestations,
    labels: new Map([...labels].filter(([key]) => key !== CREATED_LABEL)),
    secretIds: [...inputs.secrets.keys()],
    ...inputs.target ? { target: inputs.target } : {},
    ...inputs.platform ? { platform: inputs.platform } : {}
  }, context);
  labels.set(FINGERPRINT_LABEL, fingerprint);
  outcome.fingerprint = fingerprint;
  info(`Build context: ${context.files} files, ${context.bytes} bytes; build fingerprint ${fingerprint}.`);
  return fingerprint;
}
function setOutputs(outcome, imageRepo) {
  setOutput("image-uri", `${imageRepo}:${outcome.tags[0]}`);
  setOutput("image-digest", outcome.digest);
  setOutput("image-uri-with-digest", `${imageRepo}@${outcome.digest}`);
  setOutput("tags", outcome.tags.join("\n"));
  setOutput("registry", outcome.registry);
  setOutput("pushed", String(outcome.pushed));
}
async function loginTo(commands, login, hosts, cancellation) {
  if (hosts.includes(login.registry))
    return;
  await exec(commands.login(login.registry, login.username, login.password, login.plainHttp), `logging in to ${login.registry}`, cancellation);
  hosts.push(login.registry);
  saveState(STATE.hosts, hosts.join("\n"));
}
async function exec(line, what, cancellation) {
  try {
    await run(line.command, line.args, {
      env: childEnv(line.env),
      what,
      signal: cancellation.signal,
      ...line.stdin !== void 0 ? { stdin: line.stdin } : {}
    });
  } catch (error2) {
    throw withRegistryDenialHint(error2);
  }
}
function writeSecretFiles(workDir, secrets) {
  if (secrets.size === 0)
    return [];
  const dir = join(workDir, "secrets");
  mkdirSync(dir, { mode: 448, recursive: true });
  return [...secrets].map(([id, value], i) => {
    const file = join(dir, `secret-${i}`);
    writeFileSync(file, value, { mode: 384 });
    return { id, file };
  });
}
async function buildWithoutPush(commands, plan, hosts, cancellation) {
  info(`A tag to push holds an image built from other inputs and the tags are immutable: building this run's image to name its digest; nothing will be pushed.`);
  try {
    for (const line of commands.buildWithoutPush(plan))
      await exec(line, "building the image (not pushed: an immutable tag holds another image)", cancellation);
  } catch (error2) {
    throw withBaseImageLoginHint(error2, hosts);
  }
  return commands.unpushedDigestFrom(plan, (file) => readFileSync(file, "utf8"));
}
async function scanGate(ecr, inputs, digest, outcome, cancellation) {
  const threshold = inputs.failOnSeverity;
  let result;
  try {
    result = await ecr.waitForScan(inputs.repository, digest, {
      timeoutMs: inputs.scanTimeoutMs,
      signal: cancellation.signal,
      minDelayMs: 1e3,
      maxDelayMs: 15e3
    });
  } catch (error2) {
    if (error2 instanceof ScanTimeoutError) {
      outcome.scan = { status: "TIMED_OUT" };
      const message = `The scan of ${inputs.repository}@${digest} did not complete within scan-timeout (${error2.message})`;
      outcome.failure = message;
      throw new ActionError(message, {
        hint: "The image is pushed; the gate could not judge it. Raise 'scan-timeout', check that scanning is on for the repository (scan-on-push or the registry's scanning configuration), or set fail-on-severity: none to skip the gate."
      });
    }
    throw error2;
  }
  if (result.status !== "COMPLETE" && result.status !== "ACTIVE") {
    outcome.scan = { status: result.status };
    const message = `The scan of ${inputs.repository}@${digest} ended ${result.status}${result.description ? ` (${result.description})` : ""}.`;
    outcome.failure = message;
    throw new ActionError(message, {
      hint: "Basic scanning fails for images without an OS package database (e.g. FROM scratch): set fail-on-severity: none for such images."
    });
  }
  const verdict = judge(result.findings, threshold, inputs.allowCves);
  outcome.scan = { status: result.status, verdict, threshold };
  const total = result.findings.length;
  info(`Scan ${result.status}: ${total ? severityCounts(result.findings) : "no findings"}.`);
  if (verdict.blocking.length) {
    const list = verdict.blocking.slice(0, 20).map((f) => `${f.id} (${f.severity}${f.packageName ? `, ${f.packageName}${f.packageVersion ? ` ${f.packageVersion}` : ""}` : ""})`).join(", ");
    const more = verdict.blocking.length > 20 ? ` and ${verdict.blocking.length - 20} more` : "";
    const message = `The image has ${verdict.blocking.length} finding(s) at or above ${threshold.toUpperCase()}: ${list}${more}.`;
    outcome.failure = message;
    throw new ActionError(message, {
      hint: "Fix them (update the base image or packages), or list accepted IDs in 'allow-cves'. The job summary has the table."
    });
  }
}

// lib/post.js
async function post() {
  const workDir = getState(STATE.workDir);
  if (!workDir || !basename(workDir).startsWith("build-push-ecr-"))
    return;
  const hosts = getState(STATE.hosts).split("\n").filter(Boolean);
  const commands = getState(STATE.builder) === "buildah" ? buildahCommands(workDir) : dockerCommands(workDir);
  for (const line of commands.logout(hosts)) {
    try {
      await run(line.command, line.args, { env: childEnv(line.env), what: "logging out" });
    } catch (error2) {
      warning(`Logout failed (${errorMessage(error2)}); the credentials are removed with ${basename(workDir)} anyway.`);
    }
  }
  rmSync(workDir, { recursive: true, force: true });
  info(`Removed the registry credentials and build files (${workDir}).`);
}

// lib/index.js
await runAction({ main, post });
