import { createRequire as __bundleCreateRequire } from 'node:module';
const require = __bundleCreateRequire(import.meta.url);
import {
  __export,
  __require
} from "./chunk-5JZGMAOE.js";

// builtin:https
var https_exports = {};
__export(https_exports, {
  Agent: () => Agent,
  Server: () => Server,
  createServer: () => createServer,
  default: () => https_default,
  get: () => get,
  globalAgent: () => globalAgent,
  request: () => request
});
var builtin$ = __require("node:https");
var read$ = (key) => builtin$[key];
var https_default = builtin$;
var Agent = /* @__PURE__ */ read$("Agent");
var globalAgent = /* @__PURE__ */ read$("globalAgent");
var Server = /* @__PURE__ */ read$("Server");
var createServer = /* @__PURE__ */ read$("createServer");
var get = /* @__PURE__ */ read$("get");
var request = /* @__PURE__ */ read$("request");

export {
  https_default,
  Agent,
  https_exports
};
