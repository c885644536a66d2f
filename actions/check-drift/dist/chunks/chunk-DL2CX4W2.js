import { createRequire as __bundleCreateRequire } from 'node:module';
const require = __bundleCreateRequire(import.meta.url);
import {
  __require
} from "./chunk-5JZGMAOE.js";

// builtin:zlib
var builtin$ = __require("node:zlib");
var read$ = (key) => builtin$[key];
var crc32 = /* @__PURE__ */ read$("crc32");
var gzip = /* @__PURE__ */ read$("gzip");
var createGzip = /* @__PURE__ */ read$("createGzip");
var createGunzip = /* @__PURE__ */ read$("createGunzip");

export {
  crc32,
  gzip,
  createGzip,
  createGunzip
};
