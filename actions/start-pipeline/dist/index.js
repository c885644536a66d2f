import { createRequire as __bundleCreateRequire } from 'node:module';
const require = __bundleCreateRequire(import.meta.url);
import {
  ActionError,
  CancelledError,
  InputError,
  JSON_NUMBER,
  MAP_FORMS,
  TimeoutError,
  duplicateJsonKey,
  errorMessage,
  jsonSyntaxError,
  nested,
  twice
} from "./chunks/chunk-LCNNOMIN.js";
import {
  NodeHttpHandler
} from "./chunks/chunk-JVGS3336.js";
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
  constants as constants2,
  resolve,
  writeFile
} from "./chunks/chunk-UADJL37V.js";
import {
  appendFileSync,
  closeSync,
  constants,
  createHash,
  existsSync,
  fstatSync,
  openSync,
  randomUUID,
  readSync
} from "./chunks/chunk-QTSLDMF7.js";
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
function consoleOrigin(region) {
  switch (partitionOf(region)) {
    case "aws-cn":
      return `https://${region}.console.amazonaws.cn`;
    case "aws-us-gov":
      return `https://${region}.console.amazonaws-us-gov.com`;
    default:
      return `https://${region}.console.aws.amazon.com`;
  }
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
function parseNameOrArn(input, value, spec) {
  const tooLong = (name2) => spec.maxNameLength !== void 0 && name2.length > spec.maxNameLength;
  if (!value.startsWith("arn:")) {
    if (!spec.namePattern.test(value))
      throw new InputError(input, `is '${value}'`, `${spec.nameForm}, or its ARN`);
    if (tooLong(value))
      throw new InputError(input, `is ${value.length} characters long`, `${spec.nameForm}, or its ARN`);
    return { name: value };
  }
  const arn = parseArn(value);
  const example = `arn:aws:${spec.service}:${spec.region}:123456789012:${spec.resourceType}/NAME`;
  if (!arn || arn.service !== spec.service || !arn.resource.startsWith(`${spec.resourceType}/`) || !arn.accountId) {
    throw new InputError(input, `is '${value}', not a ${spec.service} ${spec.resourceType} ARN`, `a name or an ARN like ${example}`);
  }
  checkArnRegion(input, arn, spec.region);
  const name = arn.resource.slice(spec.resourceType.length + 1);
  if (!spec.namePattern.test(name) || tooLong(name)) {
    throw new InputError(input, `names '${name}'`, `${spec.nameForm}, or its ARN`);
  }
  return { name, arn };
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
function isNotFound(error2) {
  return /^(?:ResourceNotFound(?:Exception)?|RepositoryNotFoundException|ImageNotFoundException|LifecyclePolicyNotFoundException)$/.test(errorCode(error2));
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
  const fetch = oidcAvailable ? () => assumeWithWebIdentity(options, roleArn) : () => assumeWithEnvironmentKeys(options, roleArn);
  let current = await fetch();
  const log = (fresh) => info(`Assumed ${fresh.principalArn ?? roleArn} via ${origin === "web-identity" ? "GitHub OIDC" : "sts:AssumeRole with the credentials in the environment"} (valid for ${formatDuration(fresh.identity.expiration ? fresh.identity.expiration.getTime() - Date.now() : 0)}).`);
  log(current);
  const source = {
    origin,
    provider: async () => {
      const expiresAt = current.identity.expiration?.getTime() ?? Infinity;
      if (expiresAt - Date.now() < RENEW_BEFORE_MS) {
        current = await fetch();
        log(current);
      }
      return current.identity;
    },
    async renew() {
      current = await fetch();
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
  const { AssumeRoleWithWebIdentityCommand } = await import("./chunks/dist-es-GNNUBDHP.js");
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
  const { AssumeRoleCommand } = await import("./chunks/dist-es-GNNUBDHP.js");
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
        const { STSClient } = await import("./chunks/dist-es-GNNUBDHP.js");
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
var loadYaml = () => import("./chunks/yaml-map-2RWY2X35.js");
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
function runUrl(context) {
  return `${context.serverUrl}/${context.repository}/actions/runs/${context.runId}/attempts/${context.runAttempt}`;
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
function modelPackageLabel(text) {
  const parsed = parseModelPackageArn(text);
  return parsed?.version !== void 0 ? `${parsed.name} v${parsed.version}` : text;
}

// ../../packages/shared/lib/aws/sagemaker-pipelines.js
var sdkLoading;
var loadSdk = () => sdkLoading ??= import("./chunks/sagemaker-sdk-EUFTRW7L.js");
var SageMakerPipelines = class {
  session;
  constructor(session) {
    this.session = session;
  }
  /** The session's SageMaker client and the command classes, loaded with the first call. */
  async sdk() {
    const sdk = await loadSdk();
    return { client: this.session.client(sdk.SageMakerClient), sdk };
  }
  /** The pipeline, or undefined when it does not exist. */
  async find(pipeline) {
    try {
      const answer = await awsCall({ action: "sagemaker:DescribePipeline", resource: pipeline }, async () => {
        const { client, sdk } = await this.sdk();
        return client.send(new sdk.DescribePipelineCommand({ PipelineName: pipeline }));
      });
      return {
        arn: answer.PipelineArn ?? pipeline,
        name: answer.PipelineName ?? pipeline,
        definition: answer.PipelineDefinition ?? "{}",
        ...answer.RoleArn ? { roleArn: answer.RoleArn } : {},
        ...answer.PipelineStatus ? { status: answer.PipelineStatus } : {}
      };
    } catch (error2) {
      if (isNotFound(error2))
        return void 0;
      throw error2;
    }
  }
  /** Creates the pipeline, or updates its definition and role: what the SageMaker Python SDK's upsert() does. */
  async upsert(request) {
    if (request.exists) {
      await this.update(request);
      return "updated";
    }
    const { client, sdk } = await this.sdk();
    await awsCall({ action: "sagemaker:CreatePipeline", resource: request.name }, () => client.send(new sdk.CreatePipelineCommand({
      PipelineName: request.name,
      PipelineDefinition: request.definition,
      RoleArn: request.roleArn,
      ClientRequestToken: request.clientToken
    })));
    return "created";
  }
  /**
   * UpdatePipeline has no ClientRequestToken and each accepted call is a new pipeline version, so it is not left
   * to the SDK's blind retries: when a try fails in a way that may have taken effect (its answer lost: a reset, a
   * 5xx, a timeout), the pipeline is read back and the update is sent again only if it did not land. Should
   * SageMaker ever store the definition other than as sent, this costs one extra same-definition version, no more.
   */
  async update(request) {
    const { sdk } = await this.sdk();
    const once = this.session.client(sdk.SageMakerClient, { maxAttempts: 1 });
    const attempts = this.session.options.maxAttempts;
    for (let attempt = 1; ; attempt += 1) {
      try {
        await once.send(new sdk.UpdatePipelineCommand({ PipelineName: request.name, PipelineDefinition: request.definition, RoleArn: request.roleArn }));
        return;
      } catch (error2) {
        if (isAbort(error2) || !isTransient(error2) || attempt >= attempts)
          throw describeAwsError(error2, { action: "sagemaker:UpdatePipeline", resource: request.name });
        const now = await this.find(request.name);
        if (now?.definition === request.definition && now.roleArn === request.roleArn)
          return;
        await sleep(Math.random() * Math.min(2e4, 100 * 2 ** attempt));
      }
    }
  }
  async start(request) {
    const { client, sdk } = await this.sdk();
    const answer = await awsCall({ action: "sagemaker:StartPipelineExecution", resource: request.pipeline }, () => client.send(new sdk.StartPipelineExecutionCommand({
      PipelineName: request.pipeline,
      ClientRequestToken: request.clientToken,
      PipelineExecutionDisplayName: request.displayName,
      ...request.description ? { PipelineExecutionDescription: request.description } : {},
      PipelineParameters: [...request.parameters].map(([Name, Value]) => ({ Name, Value })),
      ...request.maxParallelSteps ? { ParallelismConfiguration: { MaxParallelExecutionSteps: request.maxParallelSteps } } : {},
      ...request.selectedSteps?.length ? {
        SelectiveExecutionConfig: {
          SelectedSteps: request.selectedSteps.map((StepName) => ({ StepName })),
          ...request.sourceExecutionArn ? { SourcePipelineExecutionArn: request.sourceExecutionArn } : {}
        }
      } : {}
    })));
    if (!answer.PipelineExecutionArn)
      throw new Error("StartPipelineExecution returned no PipelineExecutionArn");
    return answer.PipelineExecutionArn;
  }
  async describeExecution(arn, signal) {
    return awsCall({ action: "sagemaker:DescribePipelineExecution", resource: arn }, async () => {
      const { client, sdk } = await this.sdk();
      return client.send(new sdk.DescribePipelineExecutionCommand({ PipelineExecutionArn: arn }), signal ? { abortSignal: signal } : {});
    });
  }
  /** The execution, or undefined when it does not exist. */
  async findExecution(arn) {
    try {
      return await this.describeExecution(arn);
    } catch (error2) {
      if (isNotFound(error2))
        return void 0;
      throw error2;
    }
  }
  /** Every step of the execution (all pages), oldest first. */
  async listSteps(arn, signal) {
    return awsCall({ action: "sagemaker:ListPipelineExecutionSteps", resource: arn }, async () => {
      const { client, sdk } = await this.sdk();
      const steps = [];
      let nextToken;
      do {
        const page = await client.send(new sdk.ListPipelineExecutionStepsCommand({ PipelineExecutionArn: arn, SortOrder: "Ascending", MaxResults: 100, NextToken: nextToken }), signal ? { abortSignal: signal } : {});
        steps.push(...page.PipelineExecutionSteps ?? []);
        nextToken = page.NextToken;
      } while (nextToken);
      return steps;
    });
  }
  /** The definition JSON the execution runs (the pipeline's current one may be newer). */
  async definitionForExecution(arn, signal) {
    const answer = await awsCall({ action: "sagemaker:DescribePipelineDefinitionForExecution", resource: arn }, async () => {
      const { client, sdk } = await this.sdk();
      return client.send(new sdk.DescribePipelineDefinitionForExecutionCommand({ PipelineExecutionArn: arn }), signal ? { abortSignal: signal } : {});
    });
    return answer.PipelineDefinition ?? "{}";
  }
  /** The parameters the execution was started with (all pages), name -> value. */
  async parametersForExecution(arn, signal) {
    return awsCall({ action: "sagemaker:ListPipelineParametersForExecution", resource: arn }, async () => {
      const { client, sdk } = await this.sdk();
      const parameters = /* @__PURE__ */ new Map();
      let nextToken;
      do {
        const page = await client.send(new sdk.ListPipelineParametersForExecutionCommand({ PipelineExecutionArn: arn, MaxResults: 100, NextToken: nextToken }), signal ? { abortSignal: signal } : {});
        for (const p of page.PipelineParameters ?? [])
          if (p.Name !== void 0)
            parameters.set(p.Name, p.Value ?? "");
        nextToken = page.NextToken;
      } while (nextToken);
      return parameters;
    });
  }
  async stop(arn, clientToken) {
    const { client, sdk } = await this.sdk();
    await awsCall({ action: "sagemaker:StopPipelineExecution", resource: arn }, () => client.send(new sdk.StopPipelineExecutionCommand({ PipelineExecutionArn: arn, ClientRequestToken: clientToken })));
  }
};
var sagemakerConsole = {
  pipeline: (region, name) => `${consoleOrigin(region)}/sagemaker/home?region=${region}#/pipelines/${encodeURIComponent(name)}`,
  execution: (region, executionArn) => {
    const parsed = parsePipelineExecutionArn(executionArn);
    const [name, id] = parsed ? [parsed.pipelineName, parsed.executionId] : ["", executionArn];
    return `${consoleOrigin(region)}/sagemaker/home?region=${region}#/pipelines/${encodeURIComponent(name)}/executions/${encodeURIComponent(id)}`;
  },
  trainingJob: (region, name) => `${consoleOrigin(region)}/sagemaker/home?region=${region}#/jobs/${encodeURIComponent(name)}`,
  processingJob: (region, name) => `${consoleOrigin(region)}/sagemaker/home?region=${region}#/processing-jobs/${encodeURIComponent(name)}`,
  transformJob: (region, name) => `${consoleOrigin(region)}/sagemaker/home?region=${region}#/transform-jobs/${encodeURIComponent(name)}`,
  tuningJob: (region, name) => `${consoleOrigin(region)}/sagemaker/home?region=${region}#/hyper-tuning-jobs/${encodeURIComponent(name)}`,
  /**
   * CloudWatch Logs streams of a log group whose names start with `prefix` (SageMaker names a job's streams
   * `<job name>/algo-1-...`). The console's logsV2 fragment encodes each value twice with `%` written as `$`.
   */
  logStreams: (region, group, prefix) => {
    const fragment = (value) => encodeURIComponent(encodeURIComponent(value)).replace(/%/g, "$");
    return `${consoleOrigin(region)}/cloudwatch/home?region=${region}#logsV2:log-groups/log-group/${fragment(group)}$3FlogStreamNameFilter$3D${fragment(prefix)}`;
  },
  modelPackage: (region, packageArn) => {
    const parsed = parseModelPackageArn(packageArn);
    return parsed?.version !== void 0 ? `${consoleOrigin(region)}/sagemaker/home?region=${region}#/model-registry/${encodeURIComponent(parsed.name)}/versions/${parsed.version}` : `${consoleOrigin(region)}/sagemaker/home?region=${region}#/model-registry`;
  }
};

// ../../packages/shared/lib/aws/sagemaker-status.js
var RUNNING = { icon: "\u23F3", mark: "\u25B6", node: "running", final: false };
var STOPPING = { icon: "\u23F9\uFE0F", mark: "\u25A0", node: "stopped", final: false };
var STOPPED = { icon: "\u23F9\uFE0F", mark: "\u25A0", node: "stopped", final: true };
var FAILED = { icon: "\u274C", mark: "\u2716", node: "failed", final: true };
var SUCCEEDED = { icon: "\u2705", mark: "\u2714", node: "succeeded", final: true };
var UNKNOWN_STATUS = { icon: "\u2139\uFE0F", mark: "\xB7", node: "pending", final: false };
var EXECUTION_STATUS = {
  Executing: RUNNING,
  Stopping: STOPPING,
  Stopped: STOPPED,
  Failed: FAILED,
  Succeeded: SUCCEEDED
};
var STEP_STATUS = {
  Starting: RUNNING,
  Executing: RUNNING,
  Stopping: STOPPING,
  Stopped: STOPPED,
  Failed: FAILED,
  Succeeded: SUCCEEDED
};
function lookUp(table, status) {
  return status !== void 0 && Object.hasOwn(table, status) ? table[status] : UNKNOWN_STATUS;
}
var executionStatus = (status) => lookUp(EXECUTION_STATUS, status);
var stepStatus = (status) => lookUp(STEP_STATUS, status);
var FINAL_STATUSES = new Set(Object.entries(EXECUTION_STATUS).filter(([, look]) => look.final).map(([status]) => status));

// ../../packages/shared/lib/github/provenance.js
var RUN_LINE = "github-run:";
var ACTOR_LINE = "github-triggering-actor:";
var LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/;
function provenanceTrailer(run2) {
  return `${RUN_LINE} ${runUrl(run2)}
${ACTOR_LINE} ${run2.triggeringActor || "unknown"}`;
}
function withProvenance(text, run2, limit) {
  const trailer = provenanceTrailer(run2);
  const room = limit - trailer.length - 1;
  if (room <= 0)
    return trailer.slice(0, limit);
  const body = text.length > room ? `${text.slice(0, room - 1)}\u2026` : text;
  return body ? `${body}
${trailer}` : trailer;
}
function parseProvenance(description) {
  if (!description)
    return void 0;
  const lines = description.split(/\r?\n/).map((l) => l.trim());
  const last = (prefix) => {
    for (let i = lines.length - 1; i >= 0; i -= 1) {
      const line = lines[i];
      if (line.startsWith(prefix))
        return line.slice(prefix.length).trim();
    }
    return void 0;
  };
  const actor = last(ACTOR_LINE);
  const url = last(RUN_LINE);
  if (!actor || !LOGIN.test(actor) || url === void 0)
    return void 0;
  return { runUrl: url, triggeringActor: actor };
}

// lib/defaults.js
var INPUT_DEFAULTS = {
  wait: "true",
  timeout: "2h",
  "poll-interval": "30s",
  "stop-on-cancel": "true"
};

// lib/definition.js
function parseDefinition(text, source) {
  const fail = (problem, line, column) => {
    if (source.input) {
      const location = source.file ? { file: source.file, ...line ? { line } : {}, ...column ? { column } : {} } : void 0;
      throw new InputError(source.input, problem, "a SageMaker pipeline definition: a JSON object with a Steps array of {Name, Type, Arguments}", location);
    }
    throw new ActionError(`The definition of pipeline ${source.pipeline} ${problem}.`);
  };
  let document;
  try {
    document = JSON.parse(text);
  } catch {
    const error2 = jsonSyntaxError(text);
    return fail(`is not valid JSON (${error2.describe})`, error2.line, error2.column);
  }
  if (document === null || typeof document !== "object" || Array.isArray(document))
    return fail("is not a JSON object");
  if (source.input) {
    const twice2 = duplicateJsonKey(text);
    if (twice2)
      return fail(`sets '${twice2.key}' twice in one object (line ${twice2.line} column ${twice2.column})`, twice2.line, twice2.column);
  }
  const root = document;
  if (!Array.isArray(root.Steps) || root.Steps.length === 0)
    return fail("has no Steps array");
  const parameters = [];
  for (const raw2 of Array.isArray(root.Parameters) ? root.Parameters : []) {
    const p = raw2;
    if (typeof p.Name !== "string")
      return fail("declares a parameter without a Name");
    parameters.push({
      name: p.Name,
      type: typeof p.Type === "string" ? p.Type : "String",
      ...p.DefaultValue !== void 0 ? { defaultValue: p.DefaultValue } : {}
    });
  }
  const steps = [];
  const edges = [];
  const rawSteps = [];
  const visit = (list, where) => {
    if (!Array.isArray(list))
      return;
    for (const item of list) {
      const step = item;
      if (typeof step?.Name !== "string" || typeof step.Type !== "string")
        fail(`has a step without Name and Type in ${where}`);
      if (steps.some((s) => s.name === step.Name))
        fail(`has two steps named '${step.Name}'`);
      steps.push({ name: step.Name, type: step.Type, ...typeof step.DisplayName === "string" ? { displayName: step.DisplayName } : {} });
      rawSteps.push(step);
      if (step.Type === "Condition") {
        visit(step.Arguments?.IfSteps, `the IfSteps of ${step.Name}`);
        visit(step.Arguments?.ElseSteps, `the ElseSteps of ${step.Name}`);
      }
    }
  };
  visit(root.Steps, "Steps");
  const names = new Set(steps.map((s) => s.name));
  const add = (edge) => {
    if (names.has(edge.from) && edge.from !== edge.to && !edges.some((e) => e.from === edge.from && e.to === edge.to))
      edges.push(edge);
  };
  for (const step of rawSteps) {
    const name = step.Name;
    for (const dependency of Array.isArray(step.DependsOn) ? step.DependsOn : []) {
      if (typeof dependency === "string")
        add({ from: dependency, to: name });
    }
    const { IfSteps: _if, ElseSteps: _else, ...ownArguments } = step.Arguments ?? {};
    for (const dependency of referencedSteps(ownArguments))
      add({ from: dependency, to: name, kind: "data" });
    if (step.Type === "Condition") {
      for (const [branch, list] of [
        ["if", step.Arguments?.IfSteps],
        ["else", step.Arguments?.ElseSteps]
      ]) {
        for (const child of Array.isArray(list) ? list : []) {
          if (typeof child.Name === "string")
            add({ from: name, to: child.Name, branch });
        }
      }
    }
  }
  return { parameters, steps, edges };
}
function referencedSteps(value, found = /* @__PURE__ */ new Set()) {
  if (typeof value === "string") {
    const match = /^Steps\.([^.[\]]+)/.exec(value);
    if (match)
      found.add(match[1]);
  } else if (Array.isArray(value)) {
    for (const item of value)
      referencedSteps(item, found);
  } else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (key === "Get" && typeof item === "string")
        referencedSteps(item, found);
      else if (key !== "Get")
        referencedSteps(item, found);
    }
  }
  return found;
}
function checkParameters(input, given, graph, source) {
  const declared = new Map(graph.parameters.map((p) => [p.name, p]));
  const unknown = [...given.keys()].filter((name) => !declared.has(name));
  if (unknown.length > 0) {
    const list = graph.parameters.map((p) => p.name).join(", ") || "none";
    throw new InputError(input, `names ${unknown.map((u) => `'${u}'`).join(", ")}, not declared by ${source}`, `declared parameters (${list})`);
  }
  for (const [name, value] of given) {
    const type = declared.get(name)?.type;
    if (value.length > 1024)
      throw new InputError(input, `gives '${name}' a value of ${value.length} characters`, "values of at most 1024 characters");
    if (type === "Integer" && !isInt64(value))
      throw new InputError(input, `gives Integer parameter '${name}' the value '${value}'`, `a whole number from ${INT64_MIN} to ${INT64_MAX}`);
    if (type === "Float" && !isFiniteNumber(value))
      throw new InputError(input, `gives Float parameter '${name}' the value '${value}'`, "a finite number (magnitude below about 1.8e308)");
    if (type === "Boolean" && !/^(true|false)$/i.test(value))
      throw new InputError(input, `gives Boolean parameter '${name}' the value '${value}'`, "true or false");
  }
}
var INT64_MIN = -(2n ** 63n);
var INT64_MAX = 2n ** 63n - 1n;
function isInt64(value) {
  if (!/^-?\d+$/.test(value))
    return false;
  const n = BigInt(value);
  return n >= INT64_MIN && n <= INT64_MAX;
}
function isFiniteNumber(value) {
  return /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(value) && Number.isFinite(Number(value));
}
function checkSelectedSteps(input, selected, graph) {
  const known = new Set(graph.steps.map((s) => s.name));
  const unknown = selected.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new InputError(input, `names ${unknown.map((u) => `'${u}'`).join(", ")}, not steps of the pipeline`, `step names from: ${[...known].join(", ")}`);
  }
}

// lib/context.js
var START_INPUTS = [
  "parameters",
  "display-name",
  "description",
  "max-parallel-steps",
  "selected-steps",
  "source-execution-arn",
  "pipeline-definition",
  "pipeline-role-arn"
];
var EXECUTION_ARN_FORM = "a pipeline execution ARN like arn:aws:sagemaker:us-east-1:123456789012:pipeline/NAME/execution/ID";
var PIPELINE_NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,255}$/;
var DISPLAY_NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,81}$/;
var MAX_DEFINITION_BYTES = 1048576;
async function readInputs() {
  const session = readSessionInputs("start-pipeline");
  const run2 = runContext();
  const executionArn = getString("execution-arn");
  if (executionArn)
    return readAttachInputs(executionArn, session, run2);
  const pipeline = getRequiredString("pipeline-name", { expected: "a pipeline name or ARN (or execution-arn, to attach to an execution already started)" });
  const { name, arn } = parsePipeline(pipeline, session.region);
  const selectedSteps = getList("selected-steps", { expected: "step names, one per line or comma-separated", unique: true });
  const sourceExecutionArn = getString("source-execution-arn");
  if (sourceExecutionArn)
    checkSourceExecution(sourceExecutionArn, { name, arn, region: session.region }, selectedSteps);
  const definitionFile = getString("pipeline-definition");
  const pipelineRoleArn = getString("pipeline-role-arn");
  if (pipelineRoleArn)
    parseRoleArn("pipeline-role-arn", pipelineRoleArn, session.region);
  if (pipelineRoleArn && !definitionFile) {
    throw new InputError("pipeline-role-arn", "is set without pipeline-definition", "it only together with pipeline-definition (the role of a pipeline created or updated by this step)");
  }
  const inputs = {
    mode: "start",
    session,
    pipeline: arn ? pipeline : name,
    pipelineName: name,
    parameters: await getMap("parameters"),
    displayName: getString("display-name", {
      pattern: DISPLAY_NAME,
      maxLength: 82,
      expected: "letters, digits and hyphens, starting and ending with a letter or digit, at most 82 characters"
    }) ?? defaultDisplayName(run2),
    // The run link and GITHUB_TRIGGERING_ACTOR always close the description (wait-approval follows them back from
    // a model package to refuse self-approval); a description too long for both is cut before them.
    description: withProvenance(getString("description", { maxLength: 3072 }) ?? defaultDescription(run2), run2, 3072),
    selectedSteps,
    ...readWaitRules(),
    stopOnCancel: getBoolean("stop-on-cancel", INPUT_DEFAULTS["stop-on-cancel"]),
    run: run2
  };
  const maxParallelSteps = getInteger("max-parallel-steps", { min: 1, max: 256 });
  if (maxParallelSteps !== void 0)
    inputs.maxParallelSteps = maxParallelSteps;
  if (sourceExecutionArn)
    inputs.sourceExecutionArn = sourceExecutionArn;
  if (pipelineRoleArn)
    inputs.pipelineRoleArn = pipelineRoleArn;
  if (definitionFile)
    inputs.definition = readDefinitionFile(definitionFile);
  return inputs;
}
function parsePipeline(pipeline, region) {
  return parseNameOrArn("pipeline-name", pipeline, {
    service: "sagemaker",
    resourceType: "pipeline",
    namePattern: PIPELINE_NAME,
    maxNameLength: 256,
    nameForm: "a pipeline name (letters, digits and hyphens, at most 256)",
    region
  });
}
function readAttachInputs(executionArn, session, run2) {
  const alsoSet = START_INPUTS.filter((name) => getString(name) !== void 0);
  if (alsoSet.length) {
    throw new InputError("execution-arn", `is set together with ${alsoSet.join(", ")}, which start an execution`, "either execution-arn (attach to an execution already started; pipeline-name may name its pipeline as a check) or the inputs that start one, not both");
  }
  const execution = parsePipelineExecutionArn(executionArn);
  if (!execution)
    throw new InputError("execution-arn", `is '${executionArn}'`, EXECUTION_ARN_FORM);
  checkArnRegion("execution-arn", execution.arn, session.region);
  const pipeline = getString("pipeline-name");
  const given = pipeline ? parsePipeline(pipeline, session.region) : void 0;
  if (given) {
    const { name, arn } = given;
    if (execution.pipelineName.toLowerCase() !== name.toLowerCase())
      throw new InputError("execution-arn", `is an execution of pipeline '${execution.pipelineName}'`, `an execution of ${name} (pipeline-name)`);
    if (arn && execution.arn.accountId !== arn.accountId)
      throw new InputError("execution-arn", `is in account ${execution.arn.accountId}`, `an execution in the pipeline's account ${arn.accountId}`);
  }
  return {
    mode: "attach",
    session,
    executionArn,
    pipelineName: given?.name ?? execution.pipelineName,
    ...readWaitRules(),
    run: run2
  };
}
function readWaitRules() {
  return {
    wait: getBoolean("wait", INPUT_DEFAULTS.wait),
    timeoutMs: getDuration("timeout", { fallback: INPUT_DEFAULTS.timeout, min: 1e3, max: 5 * 864e5 }),
    pollIntervalMs: getDuration("poll-interval", { fallback: INPUT_DEFAULTS["poll-interval"], min: 100, max: 6e5 })
  };
}
function checkSourceExecution(value, pipeline, selectedSteps) {
  const execution = parsePipelineExecutionArn(value);
  if (!execution) {
    throw new InputError("source-execution-arn", `is '${value}'`, EXECUTION_ARN_FORM);
  }
  const { arn } = execution;
  checkArnRegion("source-execution-arn", arn, pipeline.region);
  if (execution.pipelineName.toLowerCase() !== pipeline.name.toLowerCase()) {
    throw new InputError("source-execution-arn", `is an execution of pipeline '${execution.pipelineName}'`, `an execution of ${pipeline.name}`);
  }
  if (pipeline.arn && arn.accountId !== pipeline.arn.accountId) {
    throw new InputError("source-execution-arn", `is in account ${arn.accountId}`, `an execution in the pipeline's account ${pipeline.arn.accountId}`);
  }
  if (selectedSteps.length === 0) {
    throw new InputError("source-execution-arn", "is set without selected-steps", "it only with selected-steps (a selective execution)");
  }
}
var DEFINITION_FORM = "the path of a regular JSON file of at most 1 MiB, relative to the workspace (GITHUB_WORKSPACE) or absolute";
function readDefinitionFile(file) {
  const full = resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), file);
  let bytes;
  try {
    bytes = readRegularFile(full, MAX_DEFINITION_BYTES);
  } catch (error2) {
    if (error2 instanceof NotRegularFile)
      throw new InputError("pipeline-definition", `is '${file}', which is ${error2.kind}, not a regular file`, DEFINITION_FORM);
    if (error2 instanceof TooLarge)
      throw new InputError("pipeline-definition", `is '${file}', which is larger than ${MAX_DEFINITION_BYTES} bytes`, `${DEFINITION_FORM} (SageMaker's limit for inline definitions)`);
    throw new InputError("pipeline-definition", `is '${file}', which cannot be read (${error2.code ?? String(error2)})`, DEFINITION_FORM);
  }
  const text = bytes.toString("utf8");
  return { file, text, graph: parseDefinition(text, { input: "pipeline-definition", file }) };
}
var NotRegularFile = class extends Error {
  kind;
  constructor(kind) {
    super(kind);
    this.kind = kind;
  }
};
var TooLarge = class extends Error {
};
function readRegularFile(full, limit) {
  const fd = openSync(full, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile())
      throw new NotRegularFile(fileKind(stat));
    const buffer = Buffer.allocUnsafe(limit + 1);
    let length = 0;
    while (length < buffer.length) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0)
        break;
      length += n;
    }
    if (length > limit)
      throw new TooLarge();
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}
function fileKind(stat) {
  if (stat.isDirectory())
    return "a directory";
  if (stat.isFIFO())
    return "a named pipe (FIFO)";
  if (stat.isCharacterDevice())
    return "a character device";
  if (stat.isBlockDevice())
    return "a block device";
  if (stat.isSocket())
    return "a socket";
  return "a special file";
}
function defaultDisplayName(run2) {
  const raw2 = `${run2.repository}-${run2.runId}-${run2.runAttempt}`.replace(/[^a-zA-Z0-9-]+/g, "-");
  const tail = `-${run2.runId}-${run2.runAttempt}`.replace(/[^a-zA-Z0-9-]+/g, "-");
  const fitted = raw2.length <= 82 ? raw2 : raw2.slice(0, 82 - tail.length).replace(/-+$/, "") + tail;
  return fitted.replace(/^-+/, "").replace(/-+$/, "") || "github-actions";
}
function defaultDescription(run2) {
  const parts = [`Started by GitHub Actions: ${run2.workflow || "workflow"} on ${run2.repository}`];
  if (run2.ref)
    parts.push(`ref ${run2.ref}`);
  if (run2.sha)
    parts.push(`commit ${run2.sha.slice(0, 12)}`);
  return parts.join(", ");
}
function startToken(inputs) {
  const { run: run2 } = inputs;
  const identity = JSON.stringify([
    run2.repository,
    run2.runId,
    run2.runAttempt,
    run2.job,
    run2.stepId,
    inputs.pipeline,
    [...inputs.parameters].sort(([a], [b]) => a.localeCompare(b)),
    inputs.selectedSteps
  ]);
  return createHash("sha256").update(identity).digest("hex");
}
function stopToken(executionArn) {
  return createHash("sha256").update(`stop:${executionArn}`).digest("hex");
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
var MERMAID_ENTITY = {
  "#": "#35;",
  '"': "#quot;",
  "<": "#lt;",
  ">": "#gt;",
  "&": "#amp;",
  "`": "#96;",
  "%": "#37;",
  ":": "#58;",
  ";": "#59;"
};
function mermaidLabel(text) {
  return text.replace(/[#"<>&`%:;]/g, (c) => MERMAID_ENTITY[c]).replace(LINE_BREAK, "<br/>");
}
function logText(text) {
  return text.replace(LINE_BREAK, " \u23CE ").replace(/##\[/g, "## [");
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

// ../../packages/shared/lib/report/mermaid.js
var STYLES = {
  succeeded: "fill:#d3f9d8,stroke:#2b8a3e,color:#1b4332",
  failed: "fill:#ffe3e3,stroke:#c92a2a,color:#5c0011,stroke-width:2px",
  running: "fill:#d0ebff,stroke:#1971c2,color:#0b3d66",
  stopped: "fill:#fff3bf,stroke:#e67700,color:#5c3c00",
  pending: "fill:none,stroke:#868e96,color:#868e96",
  skipped: "fill:none,stroke:#868e96,color:#868e96,stroke-dasharray: 4 3"
};
function nodeId(id) {
  return `n_${id.replace(/[^A-Za-z0-9]/g, (c) => `_${c.codePointAt(0)?.toString(16)}_`)}`;
}
function arrow(edge) {
  const line = edge.style === "dotted" ? "-.->" : "-->";
  return edge.label ? `${line}|"${mermaidLabel(edge.label)}"|` : line;
}
function flowchart(nodes, edges, direction = "LR") {
  const lines = [`flowchart ${direction}`];
  for (const node of nodes) {
    const text = `"${mermaidLabel(node.label)}"`;
    lines.push(`  ${nodeId(node.id)}${node.shape === "diamond" ? `{${text}}` : `[${text}]`}`);
  }
  for (const edge of edges)
    lines.push(`  ${nodeId(edge.from)} ${arrow(edge)} ${nodeId(edge.to)}`);
  const used = new Set(nodes.map((n) => n.status));
  for (const status of Object.keys(STYLES)) {
    if (!used.has(status))
      continue;
    lines.push(`  classDef ${status} ${STYLES[status]}`);
    lines.push(`  class ${nodes.filter((n) => n.status === status).map((n) => nodeId(n.id)).join(",")} ${status}`);
  }
  return lines.join("\n");
}
function longestPath(nodes, edges) {
  const next = /* @__PURE__ */ new Map();
  for (const edge of edges)
    next.set(edge.from, [...next.get(edge.from) ?? [], edge.to]);
  const depth = /* @__PURE__ */ new Map();
  const visiting = /* @__PURE__ */ new Set();
  const walk = (id) => {
    const known = depth.get(id);
    if (known !== void 0)
      return known;
    if (visiting.has(id))
      return 0;
    visiting.add(id);
    const d = 1 + Math.max(0, ...(next.get(id) ?? []).map(walk));
    visiting.delete(id);
    depth.set(id, d);
    return d;
  };
  return Math.max(0, ...nodes.map((n) => walk(n.id)));
}

// lib/steps.js
function describeSteps(steps, graph) {
  const typeOf = new Map(graph?.steps.map((s) => [s.name, s.type]) ?? []);
  return [...steps].sort((a, b) => (a.StartTime?.getTime() ?? 0) - (b.StartTime?.getTime() ?? 0)).map((step) => {
    const name = step.StepName ?? "?";
    const report = {
      name,
      type: typeOf.get(name) ?? typeFromMetadata(step),
      status: step.StepStatus ?? "Unknown",
      details: details(step)
    };
    if (step.StepDisplayName)
      report.displayName = step.StepDisplayName;
    if (step.StartTime)
      report.startTime = step.StartTime.toISOString();
    if (step.EndTime)
      report.endTime = step.EndTime.toISOString();
    if (step.StartTime && step.EndTime)
      report.durationSeconds = Math.round((step.EndTime.getTime() - step.StartTime.getTime()) / 1e3);
    if (step.AttemptCount !== void 0)
      report.attempts = step.AttemptCount;
    if (step.CacheHitResult?.SourcePipelineExecutionArn)
      report.cacheHit = true;
    if (step.FailureReason)
      report.failureReason = step.FailureReason;
    return report;
  });
}
function typeFromMetadata(step) {
  const metadata = step.Metadata ?? {};
  const key = Object.keys(metadata).find((k) => metadata[k] !== void 0);
  return key ?? "Unknown";
}
var DETAILS = [
  ["RegisterModel", "Arn", "modelPackageArn"],
  ["TrainingJob", "Arn", "trainingJobArn"],
  ["ProcessingJob", "Arn", "processingJobArn"],
  ["TransformJob", "Arn", "transformJobArn"],
  ["TuningJob", "Arn", "tuningJobArn"],
  ["Model", "Arn", "modelArn"],
  ["Condition", "Outcome", "conditionOutcome"],
  ["Fail", "ErrorMessage", "errorMessage"],
  ["Lambda", "Arn", "lambdaArn"],
  ["Callback", "CallbackToken", "callbackToken"],
  ["QualityCheck", "ViolationReport", "violationReport"],
  ["ClarifyCheck", "ViolationReport", "violationReport"],
  ["EMR", "StepId", "emrStepId"]
];
function details(step) {
  const metadata = step.Metadata ?? {};
  const out = {};
  for (const [member, field, name] of DETAILS) {
    const value = metadata[member]?.[field];
    if (typeof value === "string" && value !== "")
      out[name] = value;
  }
  return out;
}
function registeredModelPackage(steps) {
  const registered = steps.filter((s) => s.status === "Succeeded" && s.details.modelPackageArn).map((s) => s.details.modelPackageArn);
  const last = registered.at(-1);
  return last ? { arn: last, others: registered.slice(0, -1) } : { others: [] };
}
var StepLog = class {
  write;
  seen = /* @__PURE__ */ new Map();
  constructor(write) {
    this.write = write;
  }
  update(steps) {
    for (const step of steps) {
      if (this.seen.get(step.name) === step.status)
        continue;
      this.seen.set(step.name, step.status);
      this.write(stepLine(step));
    }
  }
};
function stepDuration(seconds) {
  return seconds === 0 ? "<1s" : formatDuration(seconds * 1e3);
}
function stepLine(step) {
  const label = `${step.name} (${step.type})`;
  const took = step.durationSeconds !== void 0 ? ` after ${stepDuration(step.durationSeconds)}` : "";
  const extra = step.failureReason ? `: ${step.failureReason}` : step.details.conditionOutcome ? `: outcome ${step.details.conditionOutcome}` : step.details.modelPackageArn ? `: registered ${step.details.modelPackageArn}` : step.cacheHit ? " (cache hit)" : "";
  return logText(`  ${stepStatus(step.status).mark} ${label} ${step.status}${stepStatus(step.status).node === "running" ? "" : took}${extra}`);
}
function progressLine(status, steps, total) {
  const done = steps.filter((s) => s.status === "Succeeded").length;
  const running = steps.filter((s) => stepStatus(s.status).node === "running").map((s) => s.name);
  const count = total !== void 0 ? `${done}/${Math.max(total, steps.length)}` : String(done);
  return `Execution ${status ?? "Unknown"}: ${count} step${done === 1 && total === void 0 ? "" : "s"} succeeded${running.length ? `, running ${running.join(", ")}` : ""}`;
}

// lib/report.js
function setOutputs(outcome) {
  setOutput("execution-arn", outcome.executionArn);
  setOutput("status", outcome.status);
  setOutput("console-url", outcome.consoleUrl);
  setOutput("model-package-arn", outcome.modelPackageArn ?? "");
  setOutput("failure-reason", outcome.failureReason ?? "");
  setOutput("steps", JSON.stringify(outcome.steps));
}
var MAX_STEPS_ACROSS = 6;
var MAX_LABEL = 60;
var MAX_VALUE = 300;
function buildSummary(about, graph, outcome) {
  const summary2 = new JobSummary().heading(`${headlineIcon(outcome)} SageMaker pipeline ${about.pipelineName}: ${headline(outcome)}`);
  if (outcome.note)
    summary2.html(htmlText(outcome.note));
  if (outcome.failureReason)
    summary2.html(`<b>Failure:</b> ${htmlText(outcome.failureReason)}`);
  summary2.facts(runFacts(about, outcome));
  if (outcome.steps.length > 0) {
    summary2.heading("Steps", 3).table(["Step", "Type", "Status", "Started", "Duration", "Details"], outcome.steps.map((step) => stepRow(step, about.region)));
  }
  if (graph) {
    const chart = stepGraph(graph, outcome);
    summary2.mermaid(chart.text);
    if (chart.dotted)
      summary2.paragraph("<sub>Solid arrows: the order steps run in (dependencies, condition branches). Dotted: data a step takes from an earlier step.</sub>");
  }
  return summary2;
}
function runFacts(about, outcome) {
  const region = about.region;
  const duration = outcome.startedAt ? formatDuration((outcome.endedAt ?? /* @__PURE__ */ new Date()).getTime() - outcome.startedAt.getTime()) : void 0;
  const parameters = [...about.parameters].map(([k, v]) => `${code(k)} = ${code(truncate(v, MAX_VALUE))}`).join("<br/>");
  const change = outcome.pipelineChange ? ` (definition ${htmlText(outcome.pipelineChange)} from ${code(about.definitionFile ?? "")})` : "";
  const thisRun = link(`run ${about.run.runId} attempt ${about.run.runAttempt}`, runUrl(about.run));
  return [
    ["Execution", `${link(about.displayName, outcome.consoleUrl)}<br/>${code(outcome.executionArn)}`],
    // An empty status: the execution was never read after it started (wait: false, or the first check failed).
    ["Status", htmlText(outcome.status || "unknown (could not be read)")],
    ["Duration", duration && htmlText(duration)],
    ["Model package", outcome.modelPackageArn && `${packageLink(outcome.modelPackageArn, region)}<br/>${code(outcome.modelPackageArn)}`],
    ["Parameters", parameters || void 0],
    ["Description", about.description ? htmlText(about.description) : void 0],
    ["Selected steps", about.selectedSteps.length ? htmlText(about.selectedSteps.join(", ")) : void 0],
    ["Pipeline", `${link(about.pipelineName, sagemakerConsole.pipeline(region, about.pipelineName))}${change}`],
    ["Started by", about.attached ? startedElsewhere(about.description) : thisRun],
    ["Attached by", about.attached ? thisRun : void 0]
  ];
}
function startedElsewhere(description) {
  const provenance = parseProvenance(description);
  if (!provenance)
    return htmlText("unknown (its description names no GitHub run)");
  return `${link(provenance.runUrl, provenance.runUrl)} (${htmlText(provenance.triggeringActor)})`;
}
function stepRow(step, region) {
  return [
    htmlText(step.displayName ?? step.name),
    htmlText(step.type),
    `${stepStatus(step.status).icon} ${htmlText(step.status)}`,
    step.startTime ? htmlText(step.startTime.replace("T", " ").replace(/\.\d+Z$/, "Z")) : "",
    step.durationSeconds !== void 0 ? htmlText(stepDuration(step.durationSeconds)) : "",
    stepDetails(step, region)
  ];
}
function packageLink(arn, region) {
  return link(modelPackageLabel(arn), sagemakerConsole.modelPackage(region, arn));
}
function headline(outcome) {
  const { status } = outcome;
  if (!status)
    return unreadHeadline(outcome.ending);
  const still = status === "Executing" ? "the execution is still running" : `the execution was last seen ${status}`;
  switch (outcome.ending) {
    case "timed-out":
      return `timed out waiting, ${still}`;
    case "read-failed":
      return `its status could no longer be read, the execution was last seen ${status}`;
    case "not-waiting": {
      const done = outcome.attached ? "attached" : "started";
      return status === "Executing" ? `${done}, not waiting (wait: false), the execution is running` : `${done}, not waiting (wait: false), the execution ${status}`;
    }
    case "stop-failed":
      return `cancelled, stopping the execution failed, ${still}`;
    case "cancelled":
      if (status === "Stopped")
        return "cancelled, the execution was stopped";
      if (status === "Stopping")
        return "cancelled, the execution is stopping";
      return status === "Executing" ? `cancelled, ${still}` : `cancelled, the execution had ${status}`;
    default:
      return status;
  }
}
function unreadHeadline(ending) {
  switch (ending) {
    case "timed-out":
      return "timed out waiting, the status could not be read";
    case "cancelled":
      return "cancelled, the status could not be read";
    case "stop-failed":
      return "cancelled, stopping the execution failed, the status could not be read";
    default:
      return "started, but its status could not be read";
  }
}
function headlineIcon(outcome) {
  if (!outcome.status || outcome.ending === "stop-failed" || outcome.ending === "read-failed")
    return "\u26A0\uFE0F";
  if (outcome.ending === "not-waiting")
    return "\u25B6\uFE0F";
  if (outcome.ending === "cancelled" && outcome.status === "Executing")
    return "\u26A0\uFE0F";
  return executionStatus(outcome.status).icon;
}
var JOBS = [
  { key: "trainingJobArn", console: (r, n) => sagemakerConsole.trainingJob(r, n), logGroup: "/aws/sagemaker/TrainingJobs" },
  { key: "processingJobArn", console: (r, n) => sagemakerConsole.processingJob(r, n), logGroup: "/aws/sagemaker/ProcessingJobs" },
  { key: "transformJobArn", console: (r, n) => sagemakerConsole.transformJob(r, n), logGroup: "/aws/sagemaker/TransformJobs" },
  { key: "tuningJobArn", console: (r, n) => sagemakerConsole.tuningJob(r, n) }
];
function jobName(arn) {
  const resource = parseArn(arn)?.resource ?? arn;
  return resource.slice(resource.indexOf("/") + 1);
}
function stepDetails(step, region) {
  const parts = [];
  if (step.failureReason)
    parts.push(`<b>${htmlText(step.failureReason)}</b>`);
  if (step.details.conditionOutcome)
    parts.push(`outcome ${htmlText(step.details.conditionOutcome)}`);
  const registered = step.details.modelPackageArn;
  if (registered)
    parts.push(`registered ${packageLink(registered, region)}`);
  for (const job of JOBS) {
    const arn = step.details[job.key];
    if (!arn)
      continue;
    const name = jobName(arn);
    const logs = job.logGroup ? ` \xB7 ${link("logs", sagemakerConsole.logStreams(region, job.logGroup, name))}` : "";
    parts.push(`${link(name, job.console(region, name))}${logs}`);
  }
  if (step.cacheHit)
    parts.push("cache hit");
  if (step.attempts && step.attempts > 1)
    parts.push(`${step.attempts} attempts`);
  return parts.join("<br/>");
}
function stepGraph(graph, outcome) {
  const byName = new Map(outcome.steps.map((s) => [s.name, s]));
  const finished = executionStatus(outcome.status).final;
  const nodes = graph.steps.map((step) => {
    const report = byName.get(step.name);
    const took = report?.durationSeconds !== void 0 ? ` \xB7 ${stepDuration(report.durationSeconds)}` : "";
    return {
      id: step.name,
      label: `${truncate(step.displayName ?? step.name, MAX_LABEL)}
${step.type}${took}`,
      status: report ? stepStatus(report.status).node : finished ? "skipped" : "pending",
      ...step.type === "Condition" ? { shape: "diamond" } : {}
    };
  });
  const edges = graph.edges.map((e) => ({
    from: e.from,
    to: e.to,
    ...e.branch ? { label: e.branch === "if" ? "true" : "false" } : {},
    ...impliedByOrder(e, graph.edges) ? { style: "dotted" } : {}
  }));
  const direction = longestPath(nodes, graph.edges) > MAX_STEPS_ACROSS ? "TD" : "LR";
  return { text: flowchart(nodes, edges, direction), dotted: edges.some((e) => e.style === "dotted") };
}
function impliedByOrder(edge, edges) {
  if (edge.kind !== "data")
    return false;
  const others = edges.filter((e) => e !== edge);
  const seen = /* @__PURE__ */ new Set([edge.from]);
  const queue = [edge.from];
  for (let id = queue.shift(); id !== void 0; id = queue.shift()) {
    for (const next of others.filter((e) => e.from === id).map((e) => e.to)) {
      if (next === edge.to)
        return true;
      if (seen.has(next))
        continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return false;
}

// lib/watch.js
var RUNNING_STEP = new Set(Object.entries(STEP_STATUS).filter(([, look]) => look.node === "running").map(([status]) => status));
var ExecutionWatch = class {
  pipelines;
  session;
  executionArn;
  graph;
  latest;
  stepLog = new StepLog((line) => info(line));
  constructor(pipelines, session, executionArn, graph) {
    this.pipelines = pipelines;
    this.session = session;
    this.executionArn = executionArn;
    this.graph = graph;
  }
  /** The execution and its steps, both read now (two calls). */
  async snapshot(signal) {
    const execution = await this.pipelines.describeExecution(this.executionArn, signal);
    return this.record(execution, await this.listSteps(signal));
  }
  /**
   * One status check of a wait, in one call while steps run. The steps are read every time: only they show a
   * step's progress. The execution is described on the first check and whenever its status can differ from
   * Executing: when no step is running (between steps, or finished: an execution ends after its last running
   * step, also when one failed) or a step is Stopping (someone stopped it). While a step runs and none is
   * Stopping, the execution is Executing, so describing it again would tell nothing new.
   */
  async check(signal) {
    let steps = await this.listSteps(signal);
    const running = steps.some((s) => RUNNING_STEP.has(s.status));
    const stopping = steps.some((s) => s.status === "Stopping");
    if (this.latest && running && !stopping)
      return this.record(this.latest.execution, steps);
    const execution = await this.pipelines.describeExecution(this.executionArn, signal);
    if (FINAL_STATUSES.has(execution.PipelineExecutionStatus ?? "") && running)
      steps = await this.listSteps(signal);
    return this.record(execution, steps);
  }
  async untilFinished(options) {
    const total = this.graph && !this.graph.steps.some((s) => s.type === "Condition") ? this.graph.steps.length : void 0;
    const result = await waitFor({
      what: `pipeline execution ${this.executionArn}`,
      poll: (signal) => this.check(signal),
      done: (s) => FINAL_STATUSES.has(s.execution.PipelineExecutionStatus ?? ""),
      progress: (s) => progressLine(s.execution.PipelineExecutionStatus, s.steps, total),
      timeoutMs: options.timeoutMs,
      minDelayMs: Math.min(5e3, options.pollIntervalMs),
      maxDelayMs: options.pollIntervalMs,
      signal: options.signal,
      classify: classifyAwsFailure,
      renewCredentials: () => this.session.renewCredentials(),
      ...options.clock
    });
    info(`Finished after ${result.polls} status checks${result.transientErrors ? ` (${result.transientErrors} transient AWS errors waited out)` : ""}.`);
    return result.value;
  }
  async listSteps(signal) {
    return describeSteps(await this.pipelines.listSteps(this.executionArn, signal), this.graph);
  }
  record(execution, steps) {
    this.stepLog.update(steps);
    this.latest = { execution, steps };
    return this.latest;
  }
};

// lib/state.js
var STATE = {
  executionArn: "execution-arn",
  stopOnCancel: "stop-on-cancel",
  stopRequested: "stop-requested",
  finished: "finished",
  /** main finished after a cancellation whose stop failed: the post step tries the stop again. */
  stopOwed: "stop-owed"
};

// lib/main.js
async function main() {
  const inputs = await readInputs();
  const cancellation = onRunnerCancel();
  try {
    const session = await AwsSession.open(inputs.session);
    try {
      if (inputs.mode === "attach")
        await attach(inputs, session, cancellation);
      else
        await run(inputs, session, cancellation);
    } finally {
      session.close();
    }
  } finally {
    cancellation.dispose();
  }
}
async function run(inputs, session, cancellation) {
  const pipelines = new SageMakerPipelines(session);
  const { graph, pipelineChange } = await preparePipeline(inputs, pipelines);
  if (cancellation.signal.aborted)
    throw new CancelledError("preparing the pipeline; nothing was started");
  const executionArn = await pipelines.start({
    pipeline: inputs.pipeline,
    parameters: inputs.parameters,
    displayName: inputs.displayName,
    description: inputs.description,
    selectedSteps: inputs.selectedSteps,
    clientToken: startToken(inputs),
    ...inputs.maxParallelSteps ? { maxParallelSteps: inputs.maxParallelSteps } : {},
    ...inputs.sourceExecutionArn ? { sourceExecutionArn: inputs.sourceExecutionArn } : {}
  });
  saveState(STATE.executionArn, executionArn);
  saveState(STATE.stopOnCancel, String(inputs.stopOnCancel && inputs.wait));
  const consoleUrl = sagemakerConsole.execution(inputs.session.region, executionArn);
  setOutput("execution-arn", executionArn);
  setOutput("console-url", consoleUrl);
  info(`Started pipeline execution ${executionArn}
  ${consoleUrl}`);
  const outcome = { executionArn, consoleUrl, status: "", steps: [], ...pipelineChange ? { pipelineChange } : {} };
  const about = startedRun(inputs);
  if (!inputs.wait)
    return reportStarted(about, graph, pipelines, outcome);
  const watch = new ExecutionWatch(pipelines, session, executionArn, graph);
  await follow({ rules: inputs, about, graph, pipelines, watch, outcome, cancellation });
}
async function attach(inputs, session, cancellation) {
  const pipelines = new SageMakerPipelines(session);
  const { region } = inputs.session;
  const execution = await pipelines.findExecution(inputs.executionArn);
  if (!execution) {
    throw new InputError("execution-arn", `names an execution that does not exist in region ${region}`, "an execution of a pipeline in the role's account and region");
  }
  const graph = await executionGraph(pipelines, inputs);
  const about = attachedRun(inputs, execution, await pipelines.parametersForExecution(inputs.executionArn));
  const consoleUrl = sagemakerConsole.execution(region, inputs.executionArn);
  setOutput("execution-arn", inputs.executionArn);
  setOutput("console-url", consoleUrl);
  const status = execution.PipelineExecutionStatus ?? "";
  info(`Attached to pipeline execution ${inputs.executionArn} (${status || "status unknown"}); this step starts nothing.
  ${consoleUrl}`);
  const outcome = { executionArn: inputs.executionArn, consoleUrl, status: "", steps: [], attached: true };
  const watch = new ExecutionWatch(pipelines, session, inputs.executionArn, graph);
  if (!inputs.wait && !FINAL_STATUSES.has(status))
    return reportRunning(about, graph, watch, outcome);
  await follow({ rules: { ...inputs, stopOnCancel: false }, about, graph, pipelines, watch, outcome, cancellation });
}
async function reportRunning(about, graph, watch, outcome) {
  fill(outcome, await watch.snapshot());
  outcome.ending = "not-waiting";
  outcome.note = "Not waiting (wait: false): the execution continues after this step.";
  setOutputs(outcome);
  await buildSummary(about, graph, outcome).write();
}
async function executionGraph(pipelines, inputs) {
  const definition = await pipelines.definitionForExecution(inputs.executionArn);
  try {
    return parseDefinition(definition, { pipeline: inputs.pipelineName });
  } catch (error2) {
    warning(`Could not read the definition of ${inputs.executionArn} (${errorMessage(error2)}); the summary has no step graph.`);
    return void 0;
  }
}
function startedRun(inputs) {
  return {
    region: inputs.session.region,
    pipelineName: inputs.pipelineName,
    displayName: inputs.displayName,
    description: inputs.description,
    parameters: inputs.parameters,
    selectedSteps: inputs.selectedSteps,
    ...inputs.definition ? { definitionFile: inputs.definition.file } : {},
    run: inputs.run
  };
}
function attachedRun(inputs, execution, parameters) {
  return {
    region: inputs.session.region,
    pipelineName: inputs.pipelineName,
    displayName: execution.PipelineExecutionDisplayName ?? inputs.executionArn.split("/").at(-1) ?? "",
    description: execution.PipelineExecutionDescription ?? "",
    parameters,
    selectedSteps: execution.SelectiveExecutionConfig?.SelectedSteps?.map((s) => s.StepName ?? "?") ?? [],
    run: inputs.run,
    attached: true
  };
}
async function follow(f) {
  const { outcome, watch, cancellation } = f;
  try {
    if (cancellation.signal.aborted)
      throw new CancelledError(outcome.attached ? "attaching to the execution" : "starting the execution");
    fill(outcome, await watch.untilFinished({ timeoutMs: f.rules.timeoutMs, pollIntervalMs: f.rules.pollIntervalMs, signal: cancellation.signal }));
  } catch (error2) {
    if (watch.latest)
      fill(outcome, watch.latest);
    throw await stoppedWatching(error2, f);
  } finally {
    saveState(STATE.finished, "true");
    setOutputs(outcome);
    await buildSummary(f.about, f.graph, outcome).write();
  }
  if (outcome.status !== "Succeeded")
    throw executionFailed(outcome);
  info(outcome.modelPackageArn ? `Registered model package ${outcome.modelPackageArn}` : "The execution registered no model package.");
}
async function stoppedWatching(error2, f) {
  const { rules, outcome } = f;
  const lastSeen = outcome.status ? `it was last seen ${outcome.status}` : "its status was never read";
  if (error2 instanceof TimeoutError) {
    outcome.ending = "timed-out";
    outcome.note = `Timed out after ${formatDuration(rules.timeoutMs)}; ${outcome.status ? "the execution keeps running" : `${lastSeen}, so it may still be running`}.`;
    return new ActionError(error2.message, {
      hint: `The execution keeps running; see ${outcome.consoleUrl}. Raise 'timeout' to wait longer, or stop it there.`
    });
  }
  if (error2 instanceof CancelledError)
    return cancelled(f);
  outcome.ending = "read-failed";
  outcome.note = `The execution's status could not be read (see the error); ${lastSeen}. The console shows where it is.`;
  return error2;
}
var READS_AFTER_START_MS = 12e3;
async function reportStarted(about, graph, pipelines, outcome) {
  outcome.ending = "not-waiting";
  outcome.note = "Not waiting (wait: false): the execution continues after this step.";
  const unread = [];
  const deadline = AbortSignal.timeout(READS_AFTER_START_MS);
  const read = async (what, call) => {
    try {
      return await call(deadline);
    } catch (error2) {
      unread.push(what);
      const why = deadline.aborted ? `no answer within ${formatDuration(READS_AFTER_START_MS)}` : errorReport(error2);
      warning(`Started ${outcome.executionArn}, but could not read ${what}: ${why}`);
      return void 0;
    }
  };
  const execution = await read("its status", (signal) => pipelines.describeExecution(outcome.executionArn, signal));
  const steps = await read("its steps", (signal) => pipelines.listSteps(outcome.executionArn, signal));
  if (execution)
    fill(outcome, { execution, steps: steps ? describeSteps(steps, graph) : [] });
  if (unread.length)
    outcome.note = `Started; not waiting (wait: false). Could not read ${unread.join(" or ")} (see the warnings); the console shows them.`;
  setOutputs(outcome);
  await buildSummary(about, graph, outcome).write();
}
function errorReport(error2) {
  return error2 instanceof ActionError ? error2.report() : errorMessage(error2);
}
async function preparePipeline(inputs, pipelines) {
  const existing = await pipelines.find(inputs.pipeline);
  let graph;
  if (inputs.definition) {
    graph = inputs.definition.graph;
  } else if (!existing) {
    throw new ActionError(`Pipeline '${inputs.pipeline}' does not exist in region ${inputs.session.region}.`, {
      hint: "Check pipeline-name and aws-region, or give pipeline-definition (and pipeline-role-arn) so the action creates it."
    });
  } else {
    try {
      graph = parseDefinition(existing.definition, { pipeline: existing.name });
    } catch (error2) {
      warning(`Could not read the definition of ${existing.name} (${errorMessage(error2)}); parameters are not checked before starting.`);
    }
  }
  if (graph) {
    checkParameters("parameters", inputs.parameters, graph, inputs.definition ? `the definition in ${inputs.definition.file}` : `pipeline ${inputs.pipelineName}`);
    checkSelectedSteps("selected-steps", inputs.selectedSteps, graph);
  }
  if (inputs.sourceExecutionArn)
    await checkSourceFinished(pipelines, inputs.sourceExecutionArn, inputs.pipelineName);
  if (!inputs.definition)
    return { graph };
  const roleArn = inputs.pipelineRoleArn ?? existing?.roleArn;
  if (!roleArn) {
    throw new ActionError(`Pipeline '${inputs.pipelineName}' does not exist yet, and creating it needs a role.`, {
      hint: "Set pipeline-role-arn to the IAM role the pipeline runs as."
    });
  }
  const pipelineChange = await pipelines.upsert({
    name: inputs.pipelineName,
    definition: inputs.definition.text,
    roleArn,
    clientToken: startToken(inputs),
    exists: existing !== void 0
  });
  info(`Pipeline ${inputs.pipelineName} ${pipelineChange} from ${inputs.definition.file}.`);
  return { graph, pipelineChange };
}
async function checkSourceFinished(pipelines, arn, pipeline) {
  const expected = `an execution of ${pipeline} that Succeeded or Failed`;
  const source = await pipelines.findExecution(arn);
  if (!source)
    throw new InputError("source-execution-arn", "names an execution that does not exist", expected);
  const status = source.PipelineExecutionStatus;
  if (status !== "Succeeded" && status !== "Failed")
    throw new InputError("source-execution-arn", `names an execution that is ${status ?? "in an unknown state"}`, expected);
}
function fill(outcome, snapshot) {
  const { execution, steps } = snapshot;
  outcome.status = execution.PipelineExecutionStatus ?? outcome.status;
  outcome.steps = steps;
  if (execution.CreationTime)
    outcome.startedAt = execution.CreationTime;
  if (execution.LastModifiedTime && outcome.status !== "Executing")
    outcome.endedAt = execution.LastModifiedTime;
  const registered = registeredModelPackage(steps);
  if (registered.arn)
    outcome.modelPackageArn = registered.arn;
  if (registered.others.length)
    warning(`Several RegisterModel steps succeeded; model-package-arn is the last one. Others: ${registered.others.join(", ")}`);
  const failedSteps = steps.filter((s) => s.status === "Failed");
  if (failedSteps.length) {
    outcome.failureReason = failedSteps.map((s) => `Step '${s.name}' (${s.type}) failed: ${s.failureReason ?? s.details.errorMessage ?? "no reason given"}`).join("; ");
  } else if (execution.FailureReason) {
    outcome.failureReason = execution.FailureReason;
  }
}
function executionFailed(outcome) {
  const reason = outcome.failureReason ? `: ${outcome.failureReason}` : "";
  return new ActionError(`Pipeline execution ${outcome.executionArn} ${outcome.status}${reason}`, { hint: `Details: ${outcome.consoleUrl}` });
}
async function cancelled({ rules, pipelines, watch, outcome, cancellation }) {
  const by = cancellation.reason() ?? "the runner";
  outcome.ending = "cancelled";
  if (!rules.stopOnCancel) {
    const why = outcome.attached ? "this step attached to it, it did not start it" : "stop-on-cancel: false";
    outcome.note = `The run was cancelled (${by}); the execution keeps running (${why}).`;
    return new CancelledError(`waiting for ${outcome.executionArn}; it keeps running (${why})`);
  }
  let stopError;
  try {
    await pipelines.stop(outcome.executionArn, stopToken(outcome.executionArn));
  } catch (error2) {
    stopError = error2;
  }
  const seen = await watch.snapshot(AbortSignal.timeout(3e3)).catch(() => void 0);
  if (seen)
    fill(outcome, seen);
  const status = outcome.status;
  const ended = status === "Stopping" || FINAL_STATUSES.has(status);
  if (stopError !== void 0 && !(seen && ended))
    return stopFailed(outcome, by, stopError);
  if (!seen)
    outcome.status = "Stopping";
  saveState(STATE.stopRequested, "true");
  info(stopError === void 0 ? `Stop requested for ${outcome.executionArn}.` : `The stop's answer was an error, but the execution is ${status}.`);
  const stopped = stopError === void 0 || status === "Stopping" || status === "Stopped";
  outcome.note = `The run was cancelled (${by}); ${stopped ? `the execution was stopped (status ${outcome.status})` : `the execution had already ended (status ${outcome.status})`}.`;
  return new CancelledError(`waiting for ${outcome.executionArn}; ${stopped ? "stop requested" : "it had ended"}, status ${outcome.status}`);
}
function stopFailed(outcome, by, error2) {
  outcome.ending = "stop-failed";
  const retry = isTransient(error2);
  if (retry)
    saveState(STATE.stopOwed, "true");
  const next = retry ? "The post step tries again; its summary says how that went." : "Stop it in the SageMaker console.";
  outcome.note = `The run was cancelled (${by}), and stopping the execution failed: ${errorMessage(error2)}. ${next}`;
  const awsHint = error2 instanceof ActionError ? error2.hint : void 0;
  const hint = retry ? `The post step tries again; otherwise stop it in the SageMaker console: ${outcome.consoleUrl}` : [awsHint, `Stop it in the SageMaker console: ${outcome.consoleUrl}`].filter(Boolean).join(" ");
  return new ActionError(`Cancelled, but the execution could not be stopped: ${errorMessage(error2)}`, { hint });
}

// lib/post.js
async function post() {
  const executionArn = getState(STATE.executionArn);
  if (!executionArn || getState(STATE.stopOnCancel) !== "true" || getState(STATE.stopRequested) === "true")
    return;
  const owed = getState(STATE.stopOwed) === "true";
  if (getState(STATE.finished) === "true" && !owed)
    return;
  const why = owed ? "the main step could not stop it after the run was cancelled" : "the main step ended before the execution finished (cancelled)";
  let session;
  try {
    session = await AwsSession.open(readSessionInputs("start-pipeline"));
    const pipelines = new SageMakerPipelines(session);
    const status = (await pipelines.describeExecution(executionArn)).PipelineExecutionStatus ?? "";
    if (FINAL_STATUSES.has(status) || status === "Stopping") {
      info(`Execution ${executionArn} is ${status}; nothing to stop.`);
      await summarize(executionArn, status, `${why}; the post step found it ${status}, nothing left to stop.`);
      return;
    }
    await stopOnce(pipelines, executionArn, why);
  } catch (error2) {
    warning(`Could not stop ${executionArn} after the step was cancelled: ${errorReport2(error2)}`);
    await summarize(executionArn, "not stopped", `${why}, and the post step could not stop it either (${errorMessage(error2)}). Stop it in the SageMaker console.`);
  } finally {
    session?.close();
  }
}
async function stopOnce(pipelines, executionArn, why) {
  try {
    await pipelines.stop(executionArn, stopToken(executionArn));
  } catch (error2) {
    const now = await pipelines.describeExecution(executionArn, AbortSignal.timeout(5e3)).then((e) => e.PipelineExecutionStatus ?? "", () => "");
    if (now !== "Stopping" && now !== "Stopped")
      throw error2;
  }
  const after = await statusAfterStop(pipelines, executionArn);
  warning(`The main step ended before the execution finished (cancelled); stopped ${executionArn} (status ${after}).`);
  await summarize(executionArn, after, `${why}; the post step stopped it.`);
}
function errorReport2(error2) {
  return error2 instanceof ActionError ? error2.report() : errorMessage(error2);
}
async function statusAfterStop(pipelines, executionArn) {
  const cancellation = onRunnerCancel();
  try {
    const { value } = await waitFor({
      what: `${executionArn} to stop`,
      poll: async (signal) => (await pipelines.describeExecution(executionArn, signal)).PipelineExecutionStatus ?? "Stopping",
      done: (status) => FINAL_STATUSES.has(status),
      progress: (status) => `Execution ${executionArn} is ${status}.`,
      timeoutMs: 15e3,
      minDelayMs: 500,
      maxDelayMs: 8e3,
      lastPollGraceMs: 1e3,
      signal: cancellation.signal,
      classify: classifyAwsFailure
    });
    return value;
  } catch {
    return "Stopping";
  } finally {
    cancellation.dispose();
  }
}
async function summarize(executionArn, status, what) {
  await new JobSummary().heading(`Cancelled run: execution ${status}`, 3).html(`${code(executionArn)}: ${htmlText(what)}`).write();
}

// lib/index.js
await runAction({ main, post });
