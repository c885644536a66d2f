import { createRequire as __bundleCreateRequire } from 'node:module';
const require = __bundleCreateRequire(import.meta.url);
import {
  ENV_ACCOUNT_ID,
  ENV_CREDENTIAL_SCOPE,
  ENV_EXPIRATION,
  ENV_KEY,
  ENV_SECRET,
  ENV_SESSION,
  fromEnv
} from "./chunk-PG3YKNHZ.js";
import "./chunk-2C3TNXMB.js";
import "./chunk-327RH3J6.js";
import "./chunk-XRQAYHPE.js";
import "./chunk-QNWW5Y5E.js";
import "./chunk-CX5KC5BA.js";
import "./chunk-KZCXWU3J.js";
import "./chunk-2XMSH7ZD.js";
import "./chunk-5JZGMAOE.js";
export {
  ENV_ACCOUNT_ID,
  ENV_CREDENTIAL_SCOPE,
  ENV_EXPIRATION,
  ENV_KEY,
  ENV_SECRET,
  ENV_SESSION,
  fromEnv
};
