import { createRequire as __bundleCreateRequire } from 'node:module';
const require = __bundleCreateRequire(import.meta.url);
import {
  __require
} from "./chunk-5JZGMAOE.js";

// builtin:child_process
var builtin$ = __require("node:child_process");
var read$ = (key) => builtin$[key];
var child_process_default = builtin$;
var exec = /* @__PURE__ */ read$("exec");

export {
  child_process_default,
  exec
};
