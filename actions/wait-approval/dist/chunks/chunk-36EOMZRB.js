import { createRequire as __bundleCreateRequire } from 'node:module';
const require = __bundleCreateRequire(import.meta.url);
import {
  __export,
  __require
} from "./chunk-5JZGMAOE.js";

// builtin:http
var http_exports = {};
__export(http_exports, {
  Agent: () => Agent,
  ClientRequest: () => ClientRequest,
  IncomingMessage: () => IncomingMessage,
  METHODS: () => METHODS,
  OutgoingMessage: () => OutgoingMessage,
  STATUS_CODES: () => STATUS_CODES,
  Server: () => Server,
  ServerResponse: () => ServerResponse,
  _connectionListener: () => _connectionListener,
  createServer: () => createServer,
  default: () => http_default,
  get: () => get,
  globalAgent: () => globalAgent,
  maxHeaderSize: () => maxHeaderSize,
  request: () => request,
  setGlobalProxyFromEnv: () => setGlobalProxyFromEnv,
  setMaxIdleHTTPParsers: () => setMaxIdleHTTPParsers,
  validateHeaderName: () => validateHeaderName,
  validateHeaderValue: () => validateHeaderValue
});
var builtin$ = __require("node:http");
var read$ = (key) => builtin$[key];
var http_default = builtin$;
var _connectionListener = /* @__PURE__ */ read$("_connectionListener");
var METHODS = /* @__PURE__ */ read$("METHODS");
var STATUS_CODES = /* @__PURE__ */ read$("STATUS_CODES");
var Agent = /* @__PURE__ */ read$("Agent");
var ClientRequest = /* @__PURE__ */ read$("ClientRequest");
var IncomingMessage = /* @__PURE__ */ read$("IncomingMessage");
var OutgoingMessage = /* @__PURE__ */ read$("OutgoingMessage");
var Server = /* @__PURE__ */ read$("Server");
var ServerResponse = /* @__PURE__ */ read$("ServerResponse");
var createServer = /* @__PURE__ */ read$("createServer");
var validateHeaderName = /* @__PURE__ */ read$("validateHeaderName");
var validateHeaderValue = /* @__PURE__ */ read$("validateHeaderValue");
var get = /* @__PURE__ */ read$("get");
var request = /* @__PURE__ */ read$("request");
var setMaxIdleHTTPParsers = /* @__PURE__ */ read$("setMaxIdleHTTPParsers");
var setGlobalProxyFromEnv = /* @__PURE__ */ read$("setGlobalProxyFromEnv");
var maxHeaderSize = /* @__PURE__ */ read$("maxHeaderSize");
var globalAgent = /* @__PURE__ */ read$("globalAgent");

export {
  http_default,
  _connectionListener,
  METHODS,
  STATUS_CODES,
  Agent,
  ClientRequest,
  IncomingMessage,
  OutgoingMessage,
  Server,
  ServerResponse,
  createServer,
  validateHeaderName,
  validateHeaderValue,
  get,
  request,
  setMaxIdleHTTPParsers,
  setGlobalProxyFromEnv,
  maxHeaderSize,
  globalAgent,
  http_exports
};
