import { createRequire as __bundleCreateRequire } from 'node:module';
const require = __bundleCreateRequire(import.meta.url);
import {
  ActionError,
  errorMessage
} from "./chunk-66ADDUMB.js";
import {
  EOL,
  access,
  appendFile,
  constants,
  writeFile
} from "./chunk-CX5KC5BA.js";
import {
  appendFileSync,
  existsSync,
  randomUUID
} from "./chunk-2XMSH7ZD.js";

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
      await access(filePath, constants.R_OK | constants.W_OK);
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
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortError(signal));
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
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

// ../../packages/shared/lib/k8s/errors.js
function kubeStatus(error2) {
  const e = error2;
  if (!e || typeof e !== "object" || typeof e.code !== "number" || e.code < 100 || e.code > 599)
    return void 0;
  let body = {};
  if (typeof e.body === "string") {
    try {
      body = JSON.parse(e.body);
    } catch {
      body = { message: e.body.slice(0, 300) };
    }
  } else if (e.body && typeof e.body === "object") {
    body = e.body;
  }
  const header = Object.entries(e.headers ?? {}).find(([k]) => k.toLowerCase() === "retry-after")?.[1];
  const fromHeader = header !== void 0 && /^\d+$/.test(header.trim()) ? Number(header.trim()) : void 0;
  const fromBody = typeof body.details?.retryAfterSeconds === "number" ? body.details.retryAfterSeconds : void 0;
  const retryAfterSeconds = fromHeader ?? fromBody;
  return {
    code: e.code,
    reason: typeof body.reason === "string" && body.reason ? body.reason : STATUS_TEXT[e.code] ?? "",
    message: typeof body.message === "string" ? body.message : "",
    ...retryAfterSeconds !== void 0 ? { retryAfterSeconds } : {}
  };
}
var STATUS_TEXT = {
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  409: "Conflict",
  422: "Unprocessable Entity",
  429: "Too Many Requests",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout"
};
var NETWORK_CODES = /* @__PURE__ */ new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "ETIMEDOUT",
  "EPIPE",
  "EAI_AGAIN",
  "ECONNABORTED",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "UND_ERR_SOCKET",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT",
  "UND_ERR_CLOSED"
]);
function networkCode(error2) {
  let inner = error2;
  for (let depth = 0; inner && typeof inner === "object" && depth < 5; depth += 1) {
    const code = inner.code;
    if (typeof code === "string" && NETWORK_CODES.has(code))
      return code;
    if (inner.name === "TimeoutError")
      return "TimeoutError";
    inner = inner.cause;
  }
  const message = errorMessage(error2);
  if (/\b(?:ECONNRESET|ECONNREFUSED|ETIMEDOUT|EPIPE)\b|socket hang up|other side closed|fetch failed|terminated/.test(message))
    return "network";
  return void 0;
}
var KubeCallTimeout = class extends Error {
  constructor(what, ms) {
    super(`${what} did not answer within ${Math.round(ms / 1e3)} s`);
    this.name = "KubeCallTimeout";
  }
};
function classifyKubeFailure(error2) {
  if (error2 instanceof KubeCallTimeout)
    return { kind: "transient", label: "timeout" };
  let inner = error2;
  while (inner instanceof ActionError && inner.cause !== void 0)
    inner = inner.cause;
  const status = kubeStatus(inner);
  if (status) {
    const label = `HTTP ${status.code}${status.reason ? ` ${status.reason}` : ""}`;
    if (status.code === 401)
      return { kind: "renew-credentials", label };
    if (status.code === 429 || status.code >= 500)
      return { kind: "transient", label };
    return { kind: "fatal", label };
  }
  const code = networkCode(inner);
  if (code)
    return { kind: "transient", label: code };
  return { kind: "fatal", label: inner?.name ?? "Error" };
}
function retryAfterMs(error2, capMs = 3e4) {
  const seconds = kubeStatus(error2)?.retryAfterSeconds;
  return seconds === void 0 ? void 0 : Math.min(seconds * 1e3, capMs);
}
function target(call) {
  const ns = call.namespace ? ` in namespace ${call.namespace}` : "";
  return `${call.resource}${call.name ? `/${call.name}` : ""}${ns}`;
}
function describeKubeError(error2, call) {
  if (error2 instanceof ActionError)
    return error2;
  const what = `${call.verb} ${target(call)}`;
  const status = kubeStatus(error2);
  const who = call.identity ? ` (${call.identity})` : "";
  if (!status) {
    if (error2 instanceof KubeCallTimeout) {
      return new ActionError(`Kubernetes API: ${what} failed: ${error2.message}`, {
        cause: error2,
        hint: "The API server did not answer in time; check the cluster endpoint is reachable from the runner."
      });
    }
    const code = networkCode(error2);
    return new ActionError(`Kubernetes API: ${what} failed: ${code ? `could not reach the API server (${code}: ${errorMessage(error2)})` : errorMessage(error2)}`, {
      cause: error2,
      ...code ? {
        hint: "Check that the runner can reach the cluster endpoint (a private endpoint needs a runner inside the VPC; set HTTPS_PROXY / NO_PROXY if traffic goes through a proxy)."
      } : {}
    });
  }
  const detail = status.message && status.message !== status.reason ? `: ${status.message}` : "";
  const base = `Kubernetes API: ${what} failed: HTTP ${status.code}${status.reason ? ` ${status.reason}` : ""}${detail}`;
  if (status.code === 401) {
    return new ActionError(base, {
      cause: error2,
      hint: `The cluster did not accept the identity${who}. ${call.accessHint ?? "Check the credentials in the kubeconfig."}`
    });
  }
  if (status.code === 403) {
    return new ActionError(base, {
      cause: error2,
      hint: `The identity${who} may not ${call.verb} ${call.resource}${call.namespace ? ` in namespace ${call.namespace}` : ""}: grant it with Kubernetes RBAC (the action README lists the rules). ${call.accessHint ?? ""}`.trim()
    });
  }
  if (status.code === 404)
    return new ActionError(base, { cause: error2, hint: `Check the name and the namespace: there is no ${target(call)}.` });
  if (status.code === 409)
    return new ActionError(base, { cause: error2, hint: "Another change to the same object got there first; re-run the step." });
  if (status.code === 422 || status.code === 400)
    return new ActionError(base, { cause: error2, hint: "The API server refused the object as invalid; the message names the field." });
  if (status.code === 429 || status.code >= 500)
    return new ActionError(base, { cause: error2, hint: "The API server kept failing or throttling after retries; this is usually temporary: re-run the job." });
  return new ActionError(base, { cause: error2 });
}
function isKubeNotFound(error2) {
  let inner = error2;
  while (inner instanceof ActionError && inner.cause !== void 0)
    inner = inner.cause;
  return kubeStatus(inner)?.code === 404;
}

export {
  getInput,
  setOutput,
  saveState,
  getState,
  setSecret,
  info,
  debug,
  error,
  warning,
  setFailed,
  summary,
  onRunnerCancel,
  sleep,
  isAbort,
  KubeCallTimeout,
  classifyKubeFailure,
  retryAfterMs,
  describeKubeError,
  isKubeNotFound
};
