import { createRequire as __bundleCreateRequire } from 'node:module';
const require = __bundleCreateRequire(import.meta.url);
import {
  __require
} from "./chunk-5JZGMAOE.js";

// builtin:fs
var builtin$ = __require("node:fs");
var read$ = (key) => builtin$[key];
var fs_default = builtin$;
var appendFileSync = /* @__PURE__ */ read$("appendFileSync");
var existsSync = /* @__PURE__ */ read$("existsSync");
var fstatSync = /* @__PURE__ */ read$("fstatSync");
var globSync = /* @__PURE__ */ read$("globSync");
var lstatSync = /* @__PURE__ */ read$("lstatSync");
var readFileSync = /* @__PURE__ */ read$("readFileSync");
var realpathSync = /* @__PURE__ */ read$("realpathSync");
var statSync = /* @__PURE__ */ read$("statSync");
var ReadStream = /* @__PURE__ */ read$("ReadStream");
var promises = /* @__PURE__ */ read$("promises");

// builtin:stream
var builtin$2 = __require("node:stream");
var read$2 = (key) => builtin$2[key];
var Readable = /* @__PURE__ */ read$2("Readable");
var Writable = /* @__PURE__ */ read$2("Writable");

// builtin:crypto
var builtin$3 = __require("node:crypto");
var read$3 = (key) => builtin$3[key];
var createHash = /* @__PURE__ */ read$3("createHash");
var createHmac = /* @__PURE__ */ read$3("createHmac");
var createPrivateKey = /* @__PURE__ */ read$3("createPrivateKey");
var createPublicKey = /* @__PURE__ */ read$3("createPublicKey");
var randomUUID = /* @__PURE__ */ read$3("randomUUID");
var sign = /* @__PURE__ */ read$3("sign");
var getRandomValues = /* @__PURE__ */ read$3("getRandomValues");

export {
  createHash,
  createHmac,
  createPrivateKey,
  createPublicKey,
  randomUUID,
  sign,
  getRandomValues,
  fs_default,
  appendFileSync,
  existsSync,
  fstatSync,
  globSync,
  lstatSync,
  readFileSync,
  realpathSync,
  statSync,
  ReadStream,
  promises,
  Readable,
  Writable
};
