import { createRequire as __bundleCreateRequire } from 'node:module';
const require = __bundleCreateRequire(import.meta.url);
import {
  Agent,
  ClientRequest,
  IncomingMessage,
  METHODS,
  OutgoingMessage,
  STATUS_CODES,
  Server,
  ServerResponse,
  _connectionListener,
  createServer,
  get,
  globalAgent,
  http_default,
  maxHeaderSize,
  request,
  setGlobalProxyFromEnv,
  setMaxIdleHTTPParsers,
  validateHeaderName,
  validateHeaderValue
} from "./chunk-36EOMZRB.js";
import "./chunk-5JZGMAOE.js";
export {
  Agent,
  ClientRequest,
  IncomingMessage,
  METHODS,
  OutgoingMessage,
  STATUS_CODES,
  Server,
  ServerResponse,
  _connectionListener,
  createServer,
  http_default as default,
  get,
  globalAgent,
  maxHeaderSize,
  request,
  setGlobalProxyFromEnv,
  setMaxIdleHTTPParsers,
  validateHeaderName,
  validateHeaderValue
};
