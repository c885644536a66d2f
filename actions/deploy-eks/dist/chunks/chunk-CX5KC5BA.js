import { createRequire as __bundleCreateRequire } from 'node:module';
const require = __bundleCreateRequire(import.meta.url);
import {
  __require
} from "./chunk-5JZGMAOE.js";

// builtin:fs/promises
var builtin$ = __require("node:fs/promises");
var read$ = (key) => builtin$[key];
var promises_default = builtin$;
var access = /* @__PURE__ */ read$("access");
var writeFile = /* @__PURE__ */ read$("writeFile");
var appendFile = /* @__PURE__ */ read$("appendFile");
var readFile = /* @__PURE__ */ read$("readFile");
var constants = /* @__PURE__ */ read$("constants");

// builtin:os
var builtin$2 = __require("node:os");
var read$2 = (key) => builtin$2[key];
var homedir = /* @__PURE__ */ read$2("homedir");
var platform = /* @__PURE__ */ read$2("platform");
var release = /* @__PURE__ */ read$2("release");
var EOL = /* @__PURE__ */ read$2("EOL");

// builtin:path
var builtin$3 = __require("node:path");
var read$3 = (key) => builtin$3[key];
var path_default = builtin$3;
var resolve = /* @__PURE__ */ read$3("resolve");
var isAbsolute = /* @__PURE__ */ read$3("isAbsolute");
var join = /* @__PURE__ */ read$3("join");
var relative = /* @__PURE__ */ read$3("relative");
var dirname = /* @__PURE__ */ read$3("dirname");
var sep = /* @__PURE__ */ read$3("sep");

export {
  promises_default,
  access,
  writeFile,
  appendFile,
  readFile,
  constants,
  homedir,
  platform,
  release,
  EOL,
  path_default,
  resolve,
  isAbsolute,
  join,
  relative,
  dirname,
  sep
};
