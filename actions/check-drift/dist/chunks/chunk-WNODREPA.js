import { createRequire as __bundleCreateRequire } from 'node:module';
const require = __bundleCreateRequire(import.meta.url);
import {
  __require
} from "./chunk-5JZGMAOE.js";

// builtin:util
var builtin$ = __require("node:util");
var read$ = (key) => builtin$[key];
var promisify = /* @__PURE__ */ read$("promisify");

export {
  promisify
};
