import { createRequire as __bundleCreateRequire } from 'node:module';
const require = __bundleCreateRequire(import.meta.url);
import {
  __require
} from "./chunk-5JZGMAOE.js";

// builtin:async_hooks
var builtin$ = __require("node:async_hooks");
var read$ = (key) => builtin$[key];
var async_hooks_default = builtin$;
var AsyncLocalStorage = /* @__PURE__ */ read$("AsyncLocalStorage");
var createHook = /* @__PURE__ */ read$("createHook");
var executionAsyncId = /* @__PURE__ */ read$("executionAsyncId");
var triggerAsyncId = /* @__PURE__ */ read$("triggerAsyncId");
var executionAsyncResource = /* @__PURE__ */ read$("executionAsyncResource");
var asyncWrapProviders = /* @__PURE__ */ read$("asyncWrapProviders");
var AsyncResource = /* @__PURE__ */ read$("AsyncResource");
export {
  AsyncLocalStorage,
  AsyncResource,
  asyncWrapProviders,
  createHook,
  async_hooks_default as default,
  executionAsyncId,
  executionAsyncResource,
  triggerAsyncId
};
