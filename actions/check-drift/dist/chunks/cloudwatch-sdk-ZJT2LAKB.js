import { createRequire as __bundleCreateRequire } from 'node:module';
const require = __bundleCreateRequire(import.meta.url);
import {
  defaultProvider
} from "./chunk-23GGV4OH.js";
import {
  AwsJson1_0Protocol,
  AwsSdkSigV4Signer,
  NODE_AUTH_SCHEME_PREFERENCE_OPTIONS,
  resolveAwsSdkSigV4Config
} from "./chunk-4V4KG6TX.js";
import {
  promisify
} from "./chunk-WNODREPA.js";
import {
  NodeHttpHandler
} from "./chunk-RHQUXYYU.js";
import {
  Sha256Node
} from "./chunk-RJMEDOIQ.js";
import {
  createGzip,
  gzip
} from "./chunk-DL2CX4W2.js";
import "./chunk-XXW5MR4D.js";
import "./chunk-WOPO3LVZ.js";
import {
  BinaryDecisionDiagram,
  Client,
  DEFAULT_RETRY_MODE,
  DefaultIdentityProviderConfig,
  EndpointCache,
  NODE_APP_ID_CONFIG_OPTIONS,
  NODE_MAX_ATTEMPT_CONFIG_OPTIONS,
  NODE_RETRY_MODE_CONFIG_OPTIONS,
  NoOpLogger,
  ServiceException,
  awsEndpointFunctions,
  createDefaultUserAgentProvider,
  customEndpointFunctions,
  decideEndpoint,
  emitWarningIfUnsupportedVersion,
  emitWarningIfUnsupportedVersion2,
  getAwsRegionExtensionConfiguration,
  getDefaultExtensionConfiguration,
  getDefaultSocketTimeout,
  getEndpointPlugin,
  getHostHeaderPlugin,
  getHttpAuthSchemeEndpointRuleSetPlugin,
  getHttpSigningPlugin,
  getLoggerPlugin,
  getRecursionDetectionPlugin,
  getRetryPlugin,
  getUserAgentPlugin,
  loadConfigsForDefaultMode,
  makeBuilder,
  resolveAwsRegionExtensionConfiguration,
  resolveDefaultRuntimeConfig,
  resolveEndpointConfig,
  resolveHostHeaderConfig,
  resolveRetryConfig,
  resolveUserAgentConfig,
  setFeature2 as setFeature
} from "./chunk-WLBASMQD.js";
import {
  NODE_REGION_CONFIG_FILE_OPTIONS,
  NODE_REGION_CONFIG_OPTIONS,
  NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS,
  NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS,
  SelectorType,
  booleanSelector,
  loadConfig,
  numberSelector,
  resolveDefaultsModeConfig,
  resolveRegionConfig
} from "./chunk-EWIRHUSP.js";
import {
  getContentLengthPlugin,
  getHttpHandlerExtensionConfiguration,
  resolveHttpHandlerRuntimeConfig
} from "./chunk-AAJAM3NR.js";
import {
  HttpRequest,
  TypeRegistry,
  calculateBodyLength,
  fromBase64,
  fromUtf8,
  getSchemaSerdePlugin,
  getSmithyContext,
  isArrayBuffer,
  normalizeProvider,
  parseUrl,
  streamCollector,
  toBase64,
  toUint8Array,
  toUtf8
} from "./chunk-2MO3KX6T.js";
import "./chunk-5JZGMAOE.js";

// ../../node_modules/@smithy/middleware-compression/dist-es/NODE_DISABLE_REQUEST_COMPRESSION_CONFIG_OPTIONS.js
var NODE_DISABLE_REQUEST_COMPRESSION_ENV_NAME = "AWS_DISABLE_REQUEST_COMPRESSION";
var NODE_DISABLE_REQUEST_COMPRESSION_INI_NAME = "disable_request_compression";
var DEFAULT_DISABLE_REQUEST_COMPRESSION = false;
var NODE_DISABLE_REQUEST_COMPRESSION_CONFIG_OPTIONS = {
  environmentVariableSelector: (env) => booleanSelector(env, NODE_DISABLE_REQUEST_COMPRESSION_ENV_NAME, SelectorType.ENV),
  configFileSelector: (profile) => booleanSelector(profile, NODE_DISABLE_REQUEST_COMPRESSION_INI_NAME, SelectorType.CONFIG),
  default: DEFAULT_DISABLE_REQUEST_COMPRESSION
};

// ../../node_modules/@smithy/middleware-compression/dist-es/NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_CONFIG_OPTIONS.js
var NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_ENV_NAME = "AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES";
var NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_INI_NAME = "request_min_compression_size_bytes";
var DEFAULT_NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES = 10240;
var NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_CONFIG_OPTIONS = {
  environmentVariableSelector: (env) => numberSelector(env, NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_ENV_NAME, SelectorType.ENV),
  configFileSelector: (profile) => numberSelector(profile, NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_INI_NAME, SelectorType.CONFIG),
  default: DEFAULT_NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES
};

// ../../node_modules/@smithy/middleware-compression/dist-es/compressStream.js
var compressStream = async (body) => body.pipe(createGzip());

// ../../node_modules/@smithy/middleware-compression/dist-es/compressString.js
var gzipAsync = promisify(gzip);
var compressString = async (body) => {
  try {
    const compressedBuffer = await gzipAsync(toUint8Array(body || ""));
    return toUint8Array(compressedBuffer);
  } catch (err) {
    throw new Error("Failure during compression: " + err.message);
  }
};

// ../../node_modules/@smithy/middleware-compression/dist-es/constants.js
var CompressionAlgorithm;
(function(CompressionAlgorithm2) {
  CompressionAlgorithm2["GZIP"] = "gzip";
})(CompressionAlgorithm || (CompressionAlgorithm = {}));
var CLIENT_SUPPORTED_ALGORITHMS = [CompressionAlgorithm.GZIP];

// ../../node_modules/@smithy/middleware-compression/dist-es/isStreaming.js
var isStreaming = (body) => body !== void 0 && typeof body !== "string" && !ArrayBuffer.isView(body) && !isArrayBuffer(body);

// ../../node_modules/@smithy/middleware-compression/dist-es/compressionMiddleware.js
var compressionMiddleware = (config, middlewareConfig) => (next, context) => async (args) => {
  if (!HttpRequest.isInstance(args.request)) {
    return next(args);
  }
  const disableRequestCompression = await config.disableRequestCompression();
  if (disableRequestCompression) {
    return next(args);
  }
  const { request } = args;
  const { body, headers } = request;
  const { encodings, streamRequiresLength } = middlewareConfig;
  let updatedBody = body;
  let updatedHeaders = headers;
  for (const algorithm of encodings) {
    if (CLIENT_SUPPORTED_ALGORITHMS.includes(algorithm)) {
      let isRequestCompressed = false;
      if (isStreaming(body)) {
        if (!streamRequiresLength) {
          updatedBody = await compressStream(body);
          isRequestCompressed = true;
        } else {
          throw new Error("Compression is not supported for streaming blobs that require a length.");
        }
      } else {
        const bodyLength = config.bodyLengthChecker(body);
        const requestMinCompressionSizeBytes = await config.requestMinCompressionSizeBytes();
        if (bodyLength && bodyLength >= requestMinCompressionSizeBytes) {
          updatedBody = await compressString(body);
          isRequestCompressed = true;
        }
      }
      if (isRequestCompressed) {
        if (headers["content-encoding"]) {
          updatedHeaders = {
            ...headers,
            "content-encoding": `${headers["content-encoding"]}, ${algorithm}`
          };
        } else {
          updatedHeaders = { ...headers, "content-encoding": algorithm };
        }
        if (updatedHeaders["content-encoding"].includes("gzip")) {
          setFeature(context, "GZIP_REQUEST_COMPRESSION", "L");
        }
        break;
      }
    }
  }
  return next({
    ...args,
    request: {
      ...request,
      body: updatedBody,
      headers: updatedHeaders
    }
  });
};
var compressionMiddlewareOptions = {
  name: "compressionMiddleware",
  step: "build",
  tags: ["REQUEST_BODY_COMPRESSION", "GZIP"],
  override: true,
  priority: "high"
};

// ../../node_modules/@smithy/middleware-compression/dist-es/getCompressionPlugin.js
var getCompressionPlugin = (config, middlewareConfig) => ({
  applyToStack: (clientStack) => {
    clientStack.add(compressionMiddleware(config, middlewareConfig), compressionMiddlewareOptions);
  }
});

// ../../node_modules/@smithy/middleware-compression/dist-es/resolveCompressionConfig.js
var resolveCompressionConfig = (input) => {
  const { disableRequestCompression, requestMinCompressionSizeBytes: _requestMinCompressionSizeBytes } = input;
  return Object.assign(input, {
    disableRequestCompression: normalizeProvider(disableRequestCompression),
    requestMinCompressionSizeBytes: async () => {
      const requestMinCompressionSizeBytes = await normalizeProvider(_requestMinCompressionSizeBytes)();
      if (requestMinCompressionSizeBytes < 0 || requestMinCompressionSizeBytes > 10485760) {
        throw new RangeError(`The value for requestMinCompressionSizeBytes must be between 0 and 10485760 inclusive. The provided value ${requestMinCompressionSizeBytes} is outside this range."`);
      }
      return requestMinCompressionSizeBytes;
    }
  });
};

// ../../node_modules/@aws-sdk/client-cloudwatch/dist-es/auth/httpAuthSchemeProvider.js
var defaultCloudWatchHttpAuthSchemeParametersProvider = async (config, context, input) => {
  return {
    operation: getSmithyContext(context).operation,
    region: await normalizeProvider(config.region)() || (() => {
      throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
    })()
  };
};
function createAwsAuthSigv4HttpAuthOption(authParameters) {
  return {
    schemeId: "aws.auth#sigv4",
    signingProperties: {
      name: "monitoring",
      region: authParameters.region
    },
    propertiesExtractor: (config, context) => ({
      signingProperties: {
        config,
        context
      }
    })
  };
}
var defaultCloudWatchHttpAuthSchemeProvider = (authParameters) => {
  const options = [];
  switch (authParameters.operation) {
    default: {
      options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
    }
  }
  return options;
};
var resolveHttpAuthSchemeConfig = (config) => {
  const config_0 = resolveAwsSdkSigV4Config(config);
  return Object.assign(config_0, {
    authSchemePreference: normalizeProvider(config.authSchemePreference ?? [])
  });
};

// ../../node_modules/@aws-sdk/client-cloudwatch/dist-es/endpoint/EndpointParameters.js
var resolveClientEndpointParameters = (options) => {
  return Object.assign(options, {
    useDualstackEndpoint: options.useDualstackEndpoint ?? false,
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    defaultSigningName: "monitoring"
  });
};
var commonParams = {
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" },
  UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
};

// ../../node_modules/@aws-sdk/client-cloudwatch/package.json
var package_default = {
  name: "@aws-sdk/client-cloudwatch",
  version: "3.1164.0",
  description: "AWS SDK for JavaScript Cloudwatch Client for Node.js, Browser and React Native",
  homepage: "https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-cloudwatch",
  license: "Apache-2.0",
  author: {
    name: "AWS SDK for JavaScript Team",
    url: "https://aws.amazon.com/sdk-for-javascript/"
  },
  repository: {
    type: "git",
    url: "https://github.com/aws/aws-sdk-js-v3.git",
    directory: "clients/client-cloudwatch"
  },
  files: [
    "dist-*/**"
  ],
  sideEffects: false,
  main: "./dist-cjs/index.js",
  module: "./dist-es/index.js",
  browser: {
    "./dist-es/runtimeConfig": "./dist-es/runtimeConfig.browser"
  },
  types: "./dist-types/index.d.ts",
  typesVersions: {
    "<4.5": {
      "dist-types/*": [
        "dist-types/ts3.4/*"
      ]
    }
  },
  "react-native": {
    "./dist-es/runtimeConfig": "./dist-es/runtimeConfig.native"
  },
  scripts: {
    build: "concurrently 'yarn:build:types' 'yarn:build:es' && yarn build:cjs",
    "build:cjs": "node ../../scripts/compilation/inline",
    "build:es": "premove dist-es && tsc -p tsconfig.es.json",
    "build:include:deps": 'yarn g:turbo run build -F="$npm_package_name"',
    "build:types": "premove dist-types && tsc -p tsconfig.types.json",
    "build:types:downlevel": "downlevel-dts dist-types dist-types/ts3.4",
    clean: "premove dist-cjs dist-es dist-types",
    "extract:docs": "api-extractor run --local",
    "generate:client": "node ../../scripts/generate-clients/single-service",
    test: "yarn g:vitest run --passWithNoTests",
    "test:watch": "yarn g:vitest watch --passWithNoTests",
    "test:integration": "yarn g:vitest run --passWithNoTests -c vitest.config.integ.mts",
    "test:integration:watch": "yarn g:vitest watch --passWithNoTests -c vitest.config.integ.mts",
    "test:e2e": "yarn g:vitest run -c vitest.config.e2e.mts",
    "test:e2e:watch": "yarn g:vitest watch -c vitest.config.e2e.mts",
    "test:index": "tsc -p tsconfig.test.json && node ./test/index-objects.spec.mjs"
  },
  dependencies: {
    "@aws-sdk/core": "^3.980.1",
    "@aws-sdk/credential-provider-node": "^3.972.94",
    "@aws-sdk/types": "^3.975.0",
    "@smithy/core": "^3.38.0",
    "@smithy/fetch-http-handler": "^5.8.0",
    "@smithy/middleware-compression": "^4.6.2",
    "@smithy/node-http-handler": "^4.14.0",
    "@smithy/types": "^4.19.0",
    tslib: "^2.6.2"
  },
  devDependencies: {
    "@smithy/snapshot-testing": "^2.4.0",
    "@tsconfig/node20": "20.1.8",
    "@types/node": "^20.14.8",
    concurrently: "7.0.0",
    "downlevel-dts": "0.10.1",
    premove: "4.0.0",
    typescript: "~7.0.2",
    vitest: "^4.0.17"
  },
  engines: {
    node: ">=20.0.0"
  }
};

// ../../node_modules/@aws-sdk/client-cloudwatch/dist-es/endpoint/bdd.js
var k = "ref";
var a = -1;
var b = true;
var c = "isSet";
var d = "PartitionResult";
var e = "booleanEquals";
var f = "getAttr";
var g = { [k]: "Endpoint" };
var h = { [k]: d };
var i = {};
var j = [{ [k]: "Region" }];
var _data = {
  conditions: [
    [c, [g]],
    [c, j],
    ["aws.partition", j, d],
    [e, [{ [k]: "UseFIPS" }, b]],
    [e, [{ [k]: "UseDualStack" }, b]],
    ["stringEquals", [{ fn: f, argv: [h, "name"] }, "aws-us-gov"]],
    [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]],
    [e, [{ fn: f, argv: [h, "supportsDualStack"] }, b]]
  ],
  results: [
    [a],
    [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
    [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
    [g, i],
    ["https://monitoring.{Region}.{PartitionResult#dnsSuffix}", i],
    ["https://monitoring.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
    ["https://monitoring-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
    [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
    ["https://monitoring-fips.{Region}.{PartitionResult#dnsSuffix}", i],
    [a, "FIPS is enabled but this partition does not support FIPS"],
    [a, "DualStack is enabled but this partition does not support DualStack"],
    [a, "Invalid Configuration: Missing Region"]
  ]
};
var root = 2;
var r = 1e8;
var nodes = new Int32Array([
  -1,
  1,
  -1,
  0,
  14,
  3,
  1,
  4,
  r + 11,
  2,
  5,
  r + 11,
  3,
  8,
  6,
  4,
  7,
  r + 4,
  7,
  r + 5,
  r + 10,
  4,
  11,
  9,
  5,
  r + 4,
  10,
  6,
  r + 8,
  r + 9,
  5,
  r + 5,
  12,
  6,
  13,
  r + 7,
  7,
  r + 6,
  r + 7,
  3,
  r + 1,
  15,
  4,
  r + 2,
  r + 3
]);
var bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

// ../../node_modules/@aws-sdk/client-cloudwatch/dist-es/endpoint/endpointResolver.js
var cache = new EndpointCache({
  size: 50,
  params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"]
});
var defaultEndpointResolver = (endpointParams, context = {}) => {
  return cache.get(endpointParams, () => decideEndpoint(bdd, {
    endpointParams,
    logger: context.logger
  }));
};
customEndpointFunctions.aws = awsEndpointFunctions;

// ../../node_modules/@aws-sdk/client-cloudwatch/dist-es/models/CloudWatchServiceException.js
var CloudWatchServiceException = class _CloudWatchServiceException extends ServiceException {
  static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.cloudwatch#CloudWatchServiceException";
  constructor(options) {
    super(options);
    Object.setPrototypeOf(this, _CloudWatchServiceException.prototype);
  }
};

// ../../node_modules/@aws-sdk/client-cloudwatch/dist-es/models/errors.js
var ConflictException = class _ConflictException extends CloudWatchServiceException {
  static shapeId = "com.amazonaws.cloudwatch#ConflictException";
  name = "ConflictException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ConflictException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ConflictException.prototype);
    this.Message = opts.Message;
  }
};
var KmsAccessDeniedException = class _KmsAccessDeniedException extends CloudWatchServiceException {
  static shapeId = "com.amazonaws.cloudwatch#KmsAccessDeniedException";
  name = "KmsAccessDeniedException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "KmsAccessDeniedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _KmsAccessDeniedException.prototype);
    this.Message = opts.Message;
  }
};
var KmsKeyDisabledException = class _KmsKeyDisabledException extends CloudWatchServiceException {
  static shapeId = "com.amazonaws.cloudwatch#KmsKeyDisabledException";
  name = "KmsKeyDisabledException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "KmsKeyDisabledException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _KmsKeyDisabledException.prototype);
    this.Message = opts.Message;
  }
};
var KmsKeyNotFoundException = class _KmsKeyNotFoundException extends CloudWatchServiceException {
  static shapeId = "com.amazonaws.cloudwatch#KmsKeyNotFoundException";
  name = "KmsKeyNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "KmsKeyNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _KmsKeyNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var ResourceNotFoundException = class _ResourceNotFoundException extends CloudWatchServiceException {
  static shapeId = "com.amazonaws.cloudwatch#ResourceNotFoundException";
  name = "ResourceNotFoundException";
  $fault = "client";
  ResourceType;
  ResourceId;
  Message;
  constructor(opts) {
    super({
      name: "ResourceNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceNotFoundException.prototype);
    this.ResourceType = opts.ResourceType;
    this.ResourceId = opts.ResourceId;
    this.Message = opts.Message;
  }
};
var ConcurrentModificationException = class _ConcurrentModificationException extends CloudWatchServiceException {
  static shapeId = "com.amazonaws.cloudwatch#ConcurrentModificationException";
  name = "ConcurrentModificationException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ConcurrentModificationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ConcurrentModificationException.prototype);
    this.Message = opts.Message;
  }
};
var DashboardInvalidInputError = class _DashboardInvalidInputError extends CloudWatchServiceException {
  static shapeId = "com.amazonaws.cloudwatch#DashboardInvalidInputError";
  name = "DashboardInvalidInputError";
  $fault = "client";
  dashboardValidationMessages;
  constructor(opts) {
    super({
      name: "DashboardInvalidInputError",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DashboardInvalidInputError.prototype);
    this.dashboardValidationMessages = opts.dashboardValidationMessages;
  }
};
var DashboardNotFoundError = class _DashboardNotFoundError extends CloudWatchServiceException {
  static shapeId = "com.amazonaws.cloudwatch#DashboardNotFoundError";
  name = "DashboardNotFoundError";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DashboardNotFoundError",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DashboardNotFoundError.prototype);
  }
};
var ResourceConflict = class _ResourceConflict extends CloudWatchServiceException {
  static shapeId = "com.amazonaws.cloudwatch#ResourceConflict";
  name = "ResourceConflict";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ResourceConflict",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceConflict.prototype);
  }
};
var ResourceNotFound = class _ResourceNotFound extends CloudWatchServiceException {
  static shapeId = "com.amazonaws.cloudwatch#ResourceNotFound";
  name = "ResourceNotFound";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ResourceNotFound",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceNotFound.prototype);
  }
};
var InternalServiceFault = class _InternalServiceFault extends CloudWatchServiceException {
  static shapeId = "com.amazonaws.cloudwatch#InternalServiceFault";
  name = "InternalServiceFault";
  $fault = "server";
  Message;
  constructor(opts) {
    super({
      name: "InternalServiceFault",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _InternalServiceFault.prototype);
    this.Message = opts.Message;
  }
};
var InvalidParameterCombinationException = class _InvalidParameterCombinationException extends CloudWatchServiceException {
  static shapeId = "com.amazonaws.cloudwatch#InvalidParameterCombinationException";
  name = "InvalidParameterCombinationException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidParameterCombinationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidParameterCombinationException.prototype);
  }
};
var InvalidParameterValueException = class _InvalidParameterValueException extends CloudWatchServiceException {
  static shapeId = "com.amazonaws.cloudwatch#InvalidParameterValueException";
  name = "InvalidParameterValueException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidParameterValueException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidParameterValueException.prototype);
  }
};
var MissingRequiredParameterException = class _MissingRequiredParameterException extends CloudWatchServiceException {
  static shapeId = "com.amazonaws.cloudwatch#MissingRequiredParameterException";
  name = "MissingRequiredParameterException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "MissingRequiredParameterException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _MissingRequiredParameterException.prototype);
  }
};
var InvalidNextToken = class _InvalidNextToken extends CloudWatchServiceException {
  static shapeId = "com.amazonaws.cloudwatch#InvalidNextToken";
  name = "InvalidNextToken";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidNextToken",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidNextToken.prototype);
  }
};
var LimitExceededException = class _LimitExceededException extends CloudWatchServiceException {
  static shapeId = "com.amazonaws.cloudwatch#LimitExceededException";
  name = "LimitExceededException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "LimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _LimitExceededException.prototype);
    this.Message = opts.Message;
  }
};
var LimitExceededFault = class _LimitExceededFault extends CloudWatchServiceException {
  static shapeId = "com.amazonaws.cloudwatch#LimitExceededFault";
  name = "LimitExceededFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "LimitExceededFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _LimitExceededFault.prototype);
  }
};
var InvalidFormatFault = class _InvalidFormatFault extends CloudWatchServiceException {
  static shapeId = "com.amazonaws.cloudwatch#InvalidFormatFault";
  name = "InvalidFormatFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidFormatFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidFormatFault.prototype);
  }
};
var ValidationException = class _ValidationException extends CloudWatchServiceException {
  static shapeId = "com.amazonaws.cloudwatch#ValidationException";
  name = "ValidationException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ValidationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ValidationException.prototype);
  }
};

// ../../node_modules/@aws-sdk/client-cloudwatch/dist-es/schemas/schemas_0.js
var _A = "Average";
var _AA = "AlarmActions";
var _AAV = "ApproximateAggregateValue";
var _AAl = "AlarmArn";
var _AC = "ActionConfiguration";
var _ACA = "AlarmContributorAttributes";
var _ACI = "AlarmContributorId";
var _ACUT = "AlarmConfigurationUpdatedTimestamp";
var _ACl = "AlarmContributor";
var _ADIn = "AnomalyDetectorIds";
var _ADT = "AnomalyDetectorTypes";
var _ADl = "AlarmDescription";
var _AE = "ActionsEnabled";
var _AEg = "AggregationExpression";
var _AHI = "AlarmHistoryItem";
var _AI = "AccountId";
var _ALLC = "ActionLogLineCount";
var _ALLRA = "ActionLogLineRoleArn";
var _AN = "AlarmName";
var _ANP = "AlarmNamePrefix";
var _ANl = "AlarmNames";
var _AP = "ActionPrefix";
var _APQLC = "AlarmPromQLCriteria";
var _AR = "AlarmRule";
var _ASB = "ActionsSuppressedBy";
var _ASEP = "ActionsSuppressorExtensionPeriod";
var _ASR = "ActionsSuppressedReason";
var _ASWP = "ActionsSuppressorWaitPeriod";
var _ASc = "ActionsSuppressor";
var _ASd = "AdditionalStatistics";
var _ASg = "AggregationStatistic";
var _AT = "AlarmType";
var _ATP = "AlarmTagsPropagation";
var _ATl = "AlarmTypes";
var _AUC = "ApproximateUniqueCount";
var _AV = "AggregateValue";
var _AVp = "ApproximateValue";
var _At = "Attributes";
var _CA = "ContributorAttributes";
var _CAo = "CompositeAlarm";
var _CE = "ConflictException";
var _CI = "ContributorId";
var _CME = "ConcurrentModificationException";
var _CO = "ComparisonOperator";
var _COAN = "ChildrenOfAlarmName";
var _Co = "Contributors";
var _Cod = "Code";
var _Cou = "Counts";
var _D = "Dimensions";
var _DAAI = "DisableAlarmActionsInput";
var _DADIe = "DescribeAnomalyDetectorsInput";
var _DAHI = "DescribeAlarmHistoryInput";
var _DAI = "DeleteAlarmsInput";
var _DAIe = "DescribeAlarmsInput";
var _DDI = "DeleteDashboardsInput";
var _DIIE = "DashboardInvalidInputError";
var _DIRI = "DeleteInsightRulesInput";
var _DIRIi = "DisableInsightRulesInput";
var _DNFE = "DashboardNotFoundError";
var _DNa = "DashboardNames";
var _DP = "DataPath";
var _DTA = "DatapointsToAlarm";
var _DVM = "DashboardValidationMessage";
var _DVMa = "DashboardValidationMessages";
var _Da = "Datapoint";
var _Dat = "Datapoints";
var _Di = "Dimension";
var _E = "Enabled";
var _EAAI = "EnableAlarmActionsInput";
var _EC = "EvaluationCriteria";
var _EDn = "EndDate";
var _EI = "EvaluationInterval";
var _EIRI = "EnableInsightRulesInput";
var _ELSCP = "EvaluateLowSampleCountPercentile";
var _EMD = "EntityMetricData";
var _EMDL = "EntityMetricDataList";
var _EP = "EvaluationPeriods";
var _ES = "ExtendedStatistics";
var _ESv = "EvaluationState";
var _ESx = "ExtendedStatistic";
var _ET = "EndTime";
var _ETK = "ExcludedTagKeys";
var _ETO = "EndTimeOffset";
var _EW = "EvaluationWindow";
var _En = "Entity";
var _Ex = "Expression";
var _GIRRI = "GetInsightRuleReportInput";
var _GIRRO = "GetInsightRuleReportOutput";
var _GMSI = "GetMetricStatisticsInput";
var _HD = "HistoryData";
var _HIT = "HistoryItemType";
var _HS = "HistorySummary";
var _I = "Id";
var _IDA = "InsufficientDataActions";
var _IFF = "InvalidFormatFault";
var _IM = "IncludeMetrics";
var _INT = "InvalidNextToken";
var _IPCE = "InvalidParameterCombinationException";
var _IPVE = "InvalidParameterValueException";
var _IRC = "InsightRuleContributor";
var _IRCD = "InsightRuleContributorDatapoint";
var _IRCDn = "InsightRuleContributorDatapoints";
var _IRCn = "InsightRuleContributors";
var _IRMD = "InsightRuleMetricDatapoint";
var _IRMDn = "InsightRuleMetricDatapoints";
var _ISF = "InternalServiceFault";
var _ITK = "IncludedTagKeys";
var _K = "Keys";
var _KA = "KeyAttributes";
var _KADE = "KmsAccessDeniedException";
var _KKDE = "KmsKeyDisabledException";
var _KKNFE = "KmsKeyNotFoundException";
var _KL = "KeyLabels";
var _Ke = "Key";
var _L = "Label";
var _LAMRI = "ListAlarmMuteRulesInput";
var _LAo = "LogAlarm";
var _LEE = "LimitExceededException";
var _LEF = "LimitExceededFault";
var _LGI = "LogGroupIdentifiers";
var _LMO = "ListMetricsOutput";
var _M = "Message";
var _MAe = "MetricAlarm";
var _MCC = "MaxContributorCount";
var _MCV = "MaxContributorValue";
var _MD = "MetricData";
var _MDQ = "MetricDataQueries";
var _MDQe = "MetricDataQuery";
var _MDRM = "MetricDataResultMessages";
var _MDRe = "MetricDataResult";
var _MDe = "MetricDatapoints";
var _MDes = "MessageData";
var _MDet = "MetricDatum";
var _MN = "MetricName";
var _MNe = "MetricNames";
var _MR = "MaxRecords";
var _MRPE = "MissingRequiredParameterException";
var _MRa = "MaxResults";
var _MSF = "MetricStreamFilter";
var _MSSC = "MetricStreamStatisticsConfiguration";
var _MSSIM = "MetricStreamStatisticsIncludeMetrics";
var _MSSM = "MetricStreamStatisticsMetric";
var _MSe = "MetricStat";
var _MTu = "MuteTargets";
var _Ma = "Maximum";
var _Me = "Metrics";
var _Mes = "Messages";
var _Met = "Metric";
var _Mi = "Minimum";
var _N = "Namespace";
var _NT = "NextToken";
var _Na = "Name";
var _Nam = "Names";
var _OAw = "OwningAccounts";
var _OB = "OrderBy";
var _OKA = "OKActions";
var _OSEAWUPE = "OnlyStartEvaluatingAfterWarmUpPeriodEnds";
var _OTEMS = "OTelEnrichmentMetricSelector";
var _P = "Period";
var _PCAI = "PutCompositeAlarmInput";
var _PLAI = "PutLogAlarmInput";
var _PMAI = "PutMetricAlarmInput";
var _PMD = "PutMetricData";
var _PMDI = "PutMetricDataInput";
var _POAN = "ParentsOfAlarmName";
var _PP = "PendingPeriod";
var _PQLC = "PromQLCriteria";
var _Q = "Query";
var _QARN = "QueryARN";
var _QRTA = "QueryResultsToAlarm";
var _QRTE = "QueryResultsToEvaluate";
var _QS = "QueryString";
var _RARN = "ResourceARN";
var _RC = "ResourceConflict";
var _RD = "ReturnData";
var _RI = "ResourceId";
var _RMS = "ResourceMetricSelection";
var _RN = "RuleNames";
var _RNF = "ResourceNotFound";
var _RNFE = "ResourceNotFoundException";
var _RNu = "RuleName";
var _RP = "RecoveryPeriod";
var _RT = "ResourceType";
var _SB = "ScanBy";
var _SC = "SampleCount";
var _SCc = "ScheduleConfiguration";
var _SCta = "StatusCode";
var _SD = "StartDate";
var _SE = "ScheduleExpression";
var _SEV = "StrictEntityValidation";
var _SMSI = "StartMetricStreamsInput";
var _SMSIt = "StopMetricStreamsInput";
var _SQC = "ScheduledQueryConfiguration";
var _SQRARN = "ScheduledQueryRoleARN";
var _SR = "StateReason";
var _SRD = "StateReasonData";
var _SRt = "StorageResolution";
var _SS = "StatisticSet";
var _ST = "StartTime";
var _STO = "StartTimeOffset";
var _STT = "StateTransitionedTimestamp";
var _SUT = "StateUpdatedTimestamp";
var _SV = "StateValue";
var _SVt = "StatisticValues";
var _SW = "SlidingWindow";
var _St = "Stat";
var _Sta = "Statistic";
var _Stat = "Statistics";
var _Statu = "Statuses";
var _Su = "Sum";
var _T = "Timestamp";
var _TK = "TagKeys";
var _TL = "TagList";
var _TMD = "TreatMissingData";
var _TMI = "ThresholdMetricId";
var _Ta = "Tags";
var _Tag = "Tag";
var _Th = "Threshold";
var _Ti = "Timezone";
var _Tim = "Timestamps";
var _U = "Unit";
var _UC = "UniqueContributors";
var _URI = "UntagResourceInput";
var _V = "Value";
var _VE = "ValidationException";
var _Va = "Values";
var _WCW = "WallClockWindow";
var _WUC = "WarmUpConfiguration";
var _WUPDIM = "WarmUpPeriodDurationInMinutes";
var _aQE = "awsQueryError";
var _c = "client";
var _dVM = "dashboardValidationMessages";
var _e = "error";
var _hE = "httpError";
var _m = "message";
var _s = "smithy.ts.sdk.synthetic.com.amazonaws.cloudwatch";
var _se = "server";
var n0 = "com.amazonaws.cloudwatch";
var _s_registry = new TypeRegistry(_s);
var CloudWatchServiceException$ = [-3, _s, "CloudWatchServiceException", 0, [], []];
_s_registry.registerError(CloudWatchServiceException$, CloudWatchServiceException);
var n0_registry = new TypeRegistry(n0);
var ConcurrentModificationException$ = [
  -3,
  n0,
  _CME,
  { [_aQE]: [`ConcurrentModificationException`, 429], [_e]: _c, [_hE]: 429 },
  [_M],
  [0]
];
n0_registry.registerError(ConcurrentModificationException$, ConcurrentModificationException);
var ConflictException$ = [
  -3,
  n0,
  _CE,
  { [_e]: _c, [_hE]: 409 },
  [_M],
  [0]
];
n0_registry.registerError(ConflictException$, ConflictException);
var DashboardInvalidInputError$ = [
  -3,
  n0,
  _DIIE,
  { [_aQE]: [`InvalidParameterInput`, 400], [_e]: _c, [_hE]: 400 },
  [_m, _dVM],
  [0, () => DashboardValidationMessages]
];
n0_registry.registerError(DashboardInvalidInputError$, DashboardInvalidInputError);
var DashboardNotFoundError$ = [
  -3,
  n0,
  _DNFE,
  { [_aQE]: [`ResourceNotFound`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(DashboardNotFoundError$, DashboardNotFoundError);
var InternalServiceFault$ = [
  -3,
  n0,
  _ISF,
  { [_aQE]: [`InternalServiceError`, 500], [_e]: _se, [_hE]: 500 },
  [_M],
  [0]
];
n0_registry.registerError(InternalServiceFault$, InternalServiceFault);
var InvalidFormatFault$ = [
  -3,
  n0,
  _IFF,
  { [_aQE]: [`InvalidFormat`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidFormatFault$, InvalidFormatFault);
var InvalidNextToken$ = [
  -3,
  n0,
  _INT,
  { [_aQE]: [`InvalidNextToken`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidNextToken$, InvalidNextToken);
var InvalidParameterCombinationException$ = [
  -3,
  n0,
  _IPCE,
  { [_aQE]: [`InvalidParameterCombination`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidParameterCombinationException$, InvalidParameterCombinationException);
var InvalidParameterValueException$ = [
  -3,
  n0,
  _IPVE,
  { [_aQE]: [`InvalidParameterValue`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidParameterValueException$, InvalidParameterValueException);
var KmsAccessDeniedException$ = [
  -3,
  n0,
  _KADE,
  { [_e]: _c },
  [_M],
  [0],
  1
];
n0_registry.registerError(KmsAccessDeniedException$, KmsAccessDeniedException);
var KmsKeyDisabledException$ = [
  -3,
  n0,
  _KKDE,
  { [_e]: _c },
  [_M],
  [0],
  1
];
n0_registry.registerError(KmsKeyDisabledException$, KmsKeyDisabledException);
var KmsKeyNotFoundException$ = [
  -3,
  n0,
  _KKNFE,
  { [_e]: _c },
  [_M],
  [0],
  1
];
n0_registry.registerError(KmsKeyNotFoundException$, KmsKeyNotFoundException);
var LimitExceededException$ = [
  -3,
  n0,
  _LEE,
  { [_aQE]: [`LimitExceededException`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(LimitExceededException$, LimitExceededException);
var LimitExceededFault$ = [
  -3,
  n0,
  _LEF,
  { [_aQE]: [`LimitExceeded`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(LimitExceededFault$, LimitExceededFault);
var MissingRequiredParameterException$ = [
  -3,
  n0,
  _MRPE,
  { [_aQE]: [`MissingParameter`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(MissingRequiredParameterException$, MissingRequiredParameterException);
var ResourceConflict$ = [
  -3,
  n0,
  _RC,
  { [_aQE]: [`ResourceConflict`, 409], [_e]: _c, [_hE]: 409 },
  [_m],
  [0]
];
n0_registry.registerError(ResourceConflict$, ResourceConflict);
var ResourceNotFound$ = [
  -3,
  n0,
  _RNF,
  { [_aQE]: [`ResourceNotFound`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(ResourceNotFound$, ResourceNotFound);
var ResourceNotFoundException$ = [
  -3,
  n0,
  _RNFE,
  { [_aQE]: [`ResourceNotFoundException`, 404], [_e]: _c, [_hE]: 404 },
  [_RT, _RI, _M],
  [0, 0, 0]
];
n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
var ValidationException$ = [
  -3,
  n0,
  _VE,
  { [_aQE]: [`ValidationError`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(ValidationException$, ValidationException);
var errorTypeRegistries = [
  _s_registry,
  n0_registry
];
var ActionConfiguration$ = [
  3,
  n0,
  _AC,
  0,
  [_ATP],
  [() => AlarmTagsPropagation$]
];
var AlarmContributor$ = [
  3,
  n0,
  _ACl,
  0,
  [_CI, _CA, _SR, _STT],
  [0, 128 | 0, 0, 4],
  3
];
var AlarmHistoryItem$ = [
  3,
  n0,
  _AHI,
  0,
  [_AN, _ACI, _AT, _T, _HIT, _HS, _HD, _ACA],
  [0, 0, 0, 4, 0, 0, 0, 128 | 0]
];
var AlarmPromQLCriteria$ = [
  3,
  n0,
  _APQLC,
  0,
  [_Q, _PP, _RP],
  [0, 1, 1],
  1
];
var AlarmTagsPropagation$ = [
  3,
  n0,
  _ATP,
  0,
  [_E, _ITK, _ETK],
  [2, 64 | 0, 64 | 0],
  1
];
var CompositeAlarm$ = [
  3,
  n0,
  _CAo,
  0,
  [_AE, _AA, _AAl, _ACUT, _ADl, _AN, _AR, _IDA, _OKA, _SR, _SRD, _SUT, _SV, _STT, _ASB, _ASR, _ASc, _ASWP, _ASEP, _AC],
  [2, 64 | 0, 0, 4, 0, 0, 0, 64 | 0, 64 | 0, 0, 0, 4, 0, 4, 0, 0, 0, 1, 1, () => ActionConfiguration$]
];
var DashboardValidationMessage$ = [
  3,
  n0,
  _DVM,
  0,
  [_DP, _M],
  [0, 0]
];
var Datapoint$ = [
  3,
  n0,
  _Da,
  0,
  [_T, _SC, _A, _Su, _Mi, _Ma, _U, _ES],
  [4, 1, 1, 1, 1, 1, 0, 128 | 1]
];
var DeleteAlarmsInput$ = [
  3,
  n0,
  _DAI,
  0,
  [_ANl],
  [64 | 0],
  1
];
var DeleteDashboardsInput$ = [
  3,
  n0,
  _DDI,
  0,
  [_DNa],
  [64 | 0],
  1
];
var DeleteInsightRulesInput$ = [
  3,
  n0,
  _DIRI,
  0,
  [_RN],
  [64 | 0],
  1
];
var DescribeAlarmHistoryInput$ = [
  3,
  n0,
  _DAHI,
  0,
  [_AN, _ACI, _ATl, _HIT, _SD, _EDn, _MR, _NT, _SB],
  [0, 0, 64 | 0, 0, 4, 4, 1, 0, 0]
];
var DescribeAlarmsInput$ = [
  3,
  n0,
  _DAIe,
  0,
  [_ANl, _ANP, _ATl, _COAN, _POAN, _SV, _AP, _MR, _NT],
  [64 | 0, 0, 64 | 0, 0, 0, 0, 0, 1, 0]
];
var DescribeAnomalyDetectorsInput$ = [
  3,
  n0,
  _DADIe,
  0,
  [_ADIn, _NT, _MRa, _N, _MN, _D, _ADT],
  [64 | 0, 0, 1, 0, 0, () => Dimensions, 64 | 0]
];
var Dimension$ = [
  3,
  n0,
  _Di,
  0,
  [_Na, _V],
  [0, 0],
  2
];
var DisableAlarmActionsInput$ = [
  3,
  n0,
  _DAAI,
  0,
  [_ANl],
  [64 | 0],
  1
];
var DisableInsightRulesInput$ = [
  3,
  n0,
  _DIRIi,
  0,
  [_RN],
  [64 | 0],
  1
];
var EnableAlarmActionsInput$ = [
  3,
  n0,
  _EAAI,
  0,
  [_ANl],
  [64 | 0],
  1
];
var EnableInsightRulesInput$ = [
  3,
  n0,
  _EIRI,
  0,
  [_RN],
  [64 | 0],
  1
];
var Entity$ = [
  3,
  n0,
  _En,
  0,
  [_KA, _At],
  [128 | 0, 128 | 0]
];
var EntityMetricData$ = [
  3,
  n0,
  _EMD,
  0,
  [_En, _MD],
  [() => Entity$, () => MetricData]
];
var GetInsightRuleReportInput$ = [
  3,
  n0,
  _GIRRI,
  0,
  [_RNu, _ST, _ET, _P, _MCC, _Me, _OB],
  [0, 4, 4, 1, 1, 64 | 0, 0],
  4
];
var GetInsightRuleReportOutput$ = [
  3,
  n0,
  _GIRRO,
  0,
  [_KL, _ASg, _AV, _AUC, _Co, _MDe],
  [64 | 0, 0, 1, 1, () => InsightRuleContributors, () => InsightRuleMetricDatapoints]
];
var GetMetricStatisticsInput$ = [
  3,
  n0,
  _GMSI,
  0,
  [_N, _MN, _ST, _ET, _P, _D, _Stat, _ES, _U],
  [0, 0, 4, 4, 1, () => Dimensions, 64 | 0, 64 | 0, 0],
  5
];
var InsightRuleContributor$ = [
  3,
  n0,
  _IRC,
  0,
  [_K, _AAV, _Dat],
  [64 | 0, 1, () => InsightRuleContributorDatapoints],
  3
];
var InsightRuleContributorDatapoint$ = [
  3,
  n0,
  _IRCD,
  0,
  [_T, _AVp],
  [4, 1],
  2
];
var InsightRuleMetricDatapoint$ = [
  3,
  n0,
  _IRMD,
  0,
  [_T, _UC, _MCV, _SC, _A, _Su, _Mi, _Ma],
  [4, 1, 1, 1, 1, 1, 1, 1],
  1
];
var ListAlarmMuteRulesInput$ = [
  3,
  n0,
  _LAMRI,
  0,
  [_AN, _Statu, _MR, _NT],
  [0, 64 | 0, 1, 0]
];
var ListMetricsOutput$ = [
  3,
  n0,
  _LMO,
  0,
  [_Me, _NT, _OAw],
  [() => Metrics, 0, 64 | 0]
];
var LogAlarm$ = [
  3,
  n0,
  _LAo,
  0,
  [_AN, _AAl, _ADl, _ACUT, _AE, _OKA, _AA, _IDA, _SV, _SR, _SRD, _SUT, _SQC, _QRTE, _QRTA, _Th, _CO, _TMD, _STT, _ESv, _ALLC, _ALLRA, _WUC, _AC],
  [0, 0, 0, 4, 2, 64 | 0, 64 | 0, 64 | 0, 0, 0, 0, 4, () => ScheduledQueryConfiguration$, 1, 1, 1, 0, 0, 4, 0, 1, 0, () => WarmUpConfiguration$, () => ActionConfiguration$]
];
var MessageData$ = [
  3,
  n0,
  _MDes,
  0,
  [_Cod, _V],
  [0, 0]
];
var Metric$ = [
  3,
  n0,
  _Met,
  0,
  [_N, _MN, _D],
  [0, 0, () => Dimensions]
];
var MetricAlarm$ = [
  3,
  n0,
  _MAe,
  0,
  [_AN, _AAl, _ADl, _ACUT, _AE, _OKA, _AA, _IDA, _SV, _SR, _SRD, _SUT, _MN, _N, _Sta, _ESx, _D, _P, _U, _EP, _DTA, _Th, _CO, _TMD, _ELSCP, _Me, _TMI, _ESv, _STT, _EW, _WUC, _EC, _EI, _AC],
  [0, 0, 0, 4, 2, 64 | 0, 64 | 0, 64 | 0, 0, 0, 0, 4, 0, 0, 0, 0, () => Dimensions, 1, 0, 1, 1, 1, 0, 0, 0, () => MetricDataQueries, 0, 0, 4, () => EvaluationWindow$, () => WarmUpConfiguration$, () => EvaluationCriteria$, 1, () => ActionConfiguration$]
];
var MetricDataQuery$ = [
  3,
  n0,
  _MDQe,
  0,
  [_I, _MSe, _Ex, _L, _RD, _P, _AI],
  [0, () => MetricStat$, 0, 0, 2, 1, 0],
  1
];
var MetricDataResult$ = [
  3,
  n0,
  _MDRe,
  0,
  [_I, _L, _Tim, _Va, _SCta, _Mes],
  [0, 0, 64 | 4, 64 | 1, 0, () => MetricDataResultMessages]
];
var MetricDatum$ = [
  3,
  n0,
  _MDet,
  0,
  [_MN, _D, _T, _V, _SVt, _Va, _Cou, _U, _SRt],
  [0, () => Dimensions, 4, 1, () => StatisticSet$, 64 | 1, 64 | 1, 0, 1],
  1
];
var MetricStat$ = [
  3,
  n0,
  _MSe,
  0,
  [_Met, _P, _St, _U],
  [() => Metric$, 1, 0, 0],
  3
];
var MetricStreamFilter$ = [
  3,
  n0,
  _MSF,
  0,
  [_N, _MNe],
  [0, 64 | 0]
];
var MetricStreamStatisticsConfiguration$ = [
  3,
  n0,
  _MSSC,
  0,
  [_IM, _ASd],
  [() => MetricStreamStatisticsIncludeMetrics, 64 | 0],
  2
];
var MetricStreamStatisticsMetric$ = [
  3,
  n0,
  _MSSM,
  0,
  [_N, _MN],
  [0, 0],
  2
];
var MuteTargets$ = [
  3,
  n0,
  _MTu,
  0,
  [_ANl],
  [64 | 0],
  1
];
var OTelEnrichmentMetricSelector$ = [
  3,
  n0,
  _OTEMS,
  0,
  [_N, _MNe],
  [0, 64 | 0],
  1
];
var PutCompositeAlarmInput$ = [
  3,
  n0,
  _PCAI,
  0,
  [_AN, _AR, _AE, _AA, _ADl, _IDA, _OKA, _Ta, _ASc, _ASWP, _ASEP, _AC],
  [0, 0, 2, 64 | 0, 0, 64 | 0, 64 | 0, () => TagList, 0, 1, 1, () => ActionConfiguration$],
  2
];
var PutLogAlarmInput$ = [
  3,
  n0,
  _PLAI,
  0,
  [_AN, _SQC, _QRTE, _QRTA, _Th, _CO, _ADl, _ALLC, _ALLRA, _AE, _OKA, _AA, _IDA, _TMD, _Ta, _WUC, _AC],
  [0, () => ScheduledQueryConfiguration$, 1, 1, 1, 0, 0, 1, 0, 2, 64 | 0, 64 | 0, 64 | 0, 0, () => TagList, () => WarmUpConfiguration$, () => ActionConfiguration$],
  6
];
var PutMetricAlarmInput$ = [
  3,
  n0,
  _PMAI,
  0,
  [_AN, _ADl, _AE, _OKA, _AA, _IDA, _MN, _N, _Sta, _ESx, _D, _P, _U, _EP, _DTA, _Th, _CO, _TMD, _ELSCP, _Me, _Ta, _TMI, _EW, _WUC, _EC, _EI, _AC],
  [0, 0, 2, 64 | 0, 64 | 0, 64 | 0, 0, 0, 0, 0, () => Dimensions, 1, 0, 1, 1, 1, 0, 0, 0, () => MetricDataQueries, () => TagList, 0, () => EvaluationWindow$, () => WarmUpConfiguration$, () => EvaluationCriteria$, 1, () => ActionConfiguration$],
  1
];
var PutMetricDataInput$ = [
  3,
  n0,
  _PMDI,
  0,
  [_N, _MD, _EMD, _SEV],
  [0, () => MetricData, () => EntityMetricDataList, 2],
  1
];
var ResourceMetricSelection$ = [
  3,
  n0,
  _RMS,
  0,
  [_IM],
  [64 | 0],
  1
];
var ScheduleConfiguration$ = [
  3,
  n0,
  _SCc,
  0,
  [_SE, _STO, _ETO],
  [0, 1, 1],
  2
];
var ScheduledQueryConfiguration$ = [
  3,
  n0,
  _SQC,
  0,
  [_QS, _SQRARN, _SCc, _AEg, _LGI, _QARN, _Ta],
  [0, 0, () => ScheduleConfiguration$, 0, 64 | 0, 0, () => TagList],
  4
];
var SlidingWindow$ = [
  3,
  n0,
  _SW,
  0,
  [],
  []
];
var StartMetricStreamsInput$ = [
  3,
  n0,
  _SMSI,
  0,
  [_Nam],
  [64 | 0],
  1
];
var StatisticSet$ = [
  3,
  n0,
  _SS,
  0,
  [_SC, _Su, _Mi, _Ma],
  [1, 1, 1, 1],
  4
];
var StopMetricStreamsInput$ = [
  3,
  n0,
  _SMSIt,
  0,
  [_Nam],
  [64 | 0],
  1
];
var Tag$ = [
  3,
  n0,
  _Tag,
  0,
  [_Ke, _V],
  [0, 0],
  2
];
var UntagResourceInput$ = [
  3,
  n0,
  _URI,
  0,
  [_RARN, _TK],
  [0, 64 | 0],
  2
];
var WallClockWindow$ = [
  3,
  n0,
  _WCW,
  0,
  [_Ti],
  [0]
];
var WarmUpConfiguration$ = [
  3,
  n0,
  _WUC,
  0,
  [_WUPDIM, _OSEAWUPE],
  [1, 2],
  1
];
var __Unit = "unit";
var AlarmMuteRuleStatuses = 64 | 0;
var AlarmNames = 64 | 0;
var AlarmTagsPropagationTagKeys = 64 | 0;
var AlarmTypes = 64 | 0;
var AnomalyDetectorIds = 64 | 0;
var AnomalyDetectorTypes = 64 | 0;
var Counts = 64 | 1;
var DashboardNames = 64 | 0;
var DashboardValidationMessages = [
  1,
  n0,
  _DVMa,
  0,
  () => DashboardValidationMessage$
];
var DatapointValues = 64 | 1;
var Dimensions = [
  1,
  n0,
  _D,
  0,
  () => Dimension$
];
var EntityMetricDataList = [
  1,
  n0,
  _EMDL,
  0,
  () => EntityMetricData$
];
var ExtendedStatistics = 64 | 0;
var InsightRuleContributorDatapoints = [
  1,
  n0,
  _IRCDn,
  0,
  () => InsightRuleContributorDatapoint$
];
var InsightRuleContributorKeyLabels = 64 | 0;
var InsightRuleContributorKeys = 64 | 0;
var InsightRuleContributors = [
  1,
  n0,
  _IRCn,
  0,
  () => InsightRuleContributor$
];
var InsightRuleMetricDatapoints = [
  1,
  n0,
  _IRMDn,
  0,
  () => InsightRuleMetricDatapoint$
];
var InsightRuleMetricList = 64 | 0;
var InsightRuleNames = 64 | 0;
var LogGroupIdentifiers = 64 | 0;
var MetricData = [
  1,
  n0,
  _MD,
  0,
  () => MetricDatum$
];
var MetricDataQueries = [
  1,
  n0,
  _MDQ,
  0,
  () => MetricDataQuery$
];
var MetricDataResultMessages = [
  1,
  n0,
  _MDRM,
  0,
  () => MessageData$
];
var MetricNameList = 64 | 0;
var Metrics = [
  1,
  n0,
  _Me,
  0,
  () => Metric$
];
var MetricStreamFilterMetricNames = 64 | 0;
var MetricStreamNames = 64 | 0;
var MetricStreamStatisticsAdditionalStatistics = 64 | 0;
var MetricStreamStatisticsIncludeMetrics = [
  1,
  n0,
  _MSSIM,
  0,
  () => MetricStreamStatisticsMetric$
];
var MuteTargetAlarmNameList = 64 | 0;
var OTelEnrichmentMetricNameList = 64 | 0;
var OwningAccounts = 64 | 0;
var ResourceList = 64 | 0;
var Statistics = 64 | 0;
var TagKeyList = 64 | 0;
var TagList = [
  1,
  n0,
  _TL,
  0,
  () => Tag$
];
var Timestamps = 64 | 4;
var Values = 64 | 1;
var ContributorAttributes = 128 | 0;
var DatapointValueMap = 128 | 1;
var EntityAttributesMap = 128 | 0;
var EntityKeyAttributesMap = 128 | 0;
var EvaluationCriteria$ = [
  4,
  n0,
  _EC,
  0,
  [_PQLC],
  [() => AlarmPromQLCriteria$]
];
var EvaluationWindow$ = [
  4,
  n0,
  _EW,
  0,
  [_WCW, _SW],
  [() => WallClockWindow$, () => SlidingWindow$]
];
var PutMetricData$ = [
  9,
  n0,
  _PMD,
  0,
  () => PutMetricDataInput$,
  () => __Unit
];

// ../../node_modules/@aws-sdk/client-cloudwatch/dist-es/runtimeConfig.shared.js
var getRuntimeConfig = (config) => {
  return {
    apiVersion: "2010-08-01",
    base64Decoder: config?.base64Decoder ?? fromBase64,
    base64Encoder: config?.base64Encoder ?? toBase64,
    disableHostPrefix: config?.disableHostPrefix ?? false,
    endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
    extensions: config?.extensions ?? [],
    httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultCloudWatchHttpAuthSchemeProvider,
    httpAuthSchemes: config?.httpAuthSchemes ?? [
      {
        schemeId: "aws.auth#sigv4",
        identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
        signer: new AwsSdkSigV4Signer()
      }
    ],
    logger: config?.logger ?? new NoOpLogger(),
    protocol: config?.protocol ?? AwsJson1_0Protocol,
    protocolSettings: config?.protocolSettings ?? {
      defaultNamespace: "com.amazonaws.cloudwatch",
      errorTypeRegistries,
      xmlNamespace: "http://monitoring.amazonaws.com/doc/2010-08-01/",
      version: "2010-08-01",
      serviceTarget: "GraniteServiceVersion20100801",
      awsQueryCompatible: true
    },
    serviceId: config?.serviceId ?? "CloudWatch",
    sha256: config?.sha256 ?? Sha256Node,
    urlParser: config?.urlParser ?? parseUrl,
    utf8Decoder: config?.utf8Decoder ?? fromUtf8,
    utf8Encoder: config?.utf8Encoder ?? toUtf8
  };
};

// ../../node_modules/@aws-sdk/client-cloudwatch/dist-es/runtimeConfig.js
var getRuntimeConfig2 = (config) => {
  emitWarningIfUnsupportedVersion(process.version);
  const defaultsMode = resolveDefaultsModeConfig(config);
  const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
  const clientSharedValues = getRuntimeConfig(config);
  emitWarningIfUnsupportedVersion2(process.version);
  const loaderConfig = {
    profile: config?.profile,
    logger: clientSharedValues.logger
  };
  return {
    ...clientSharedValues,
    ...config,
    runtime: "node",
    defaultsMode,
    authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
    bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
    credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
    defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 9e5),
    defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: package_default.version }),
    disableRequestCompression: config?.disableRequestCompression ?? loadConfig(NODE_DISABLE_REQUEST_COMPRESSION_CONFIG_OPTIONS, config),
    maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
    region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
    requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
    requestMinCompressionSizeBytes: config?.requestMinCompressionSizeBytes ?? loadConfig(NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_CONFIG_OPTIONS, config),
    retryMode: config?.retryMode ?? loadConfig({
      ...NODE_RETRY_MODE_CONFIG_OPTIONS,
      default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE
    }, config),
    streamCollector: config?.streamCollector ?? streamCollector,
    useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
  };
};

// ../../node_modules/@aws-sdk/client-cloudwatch/dist-es/auth/httpAuthExtensionConfiguration.js
var getHttpAuthExtensionConfiguration = (runtimeConfig) => {
  const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
  let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
  let _credentials = runtimeConfig.credentials;
  return {
    setHttpAuthScheme(httpAuthScheme) {
      const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
      if (index === -1) {
        _httpAuthSchemes.push(httpAuthScheme);
      } else {
        _httpAuthSchemes.splice(index, 1, httpAuthScheme);
      }
    },
    httpAuthSchemes() {
      return _httpAuthSchemes;
    },
    setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
      _httpAuthSchemeProvider = httpAuthSchemeProvider;
    },
    httpAuthSchemeProvider() {
      return _httpAuthSchemeProvider;
    },
    setCredentials(credentials) {
      _credentials = credentials;
    },
    credentials() {
      return _credentials;
    }
  };
};
var resolveHttpAuthRuntimeConfig = (config) => {
  return {
    httpAuthSchemes: config.httpAuthSchemes(),
    httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
    credentials: config.credentials()
  };
};

// ../../node_modules/@aws-sdk/client-cloudwatch/dist-es/runtimeExtensions.js
var resolveRuntimeExtensions = (runtimeConfig, extensions) => {
  const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
  extensions.forEach((extension) => extension.configure(extensionConfiguration));
  return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

// ../../node_modules/@aws-sdk/client-cloudwatch/dist-es/CloudWatchClient.js
var CloudWatchClient = class extends Client {
  config;
  constructor(...[configuration]) {
    const _config_0 = getRuntimeConfig2(configuration || {});
    super(_config_0);
    this.initConfig = _config_0;
    const _config_1 = resolveClientEndpointParameters(_config_0);
    const _config_2 = resolveUserAgentConfig(_config_1);
    const _config_3 = resolveRetryConfig(_config_2);
    const _config_4 = resolveRegionConfig(_config_3);
    const _config_5 = resolveHostHeaderConfig(_config_4);
    const _config_6 = resolveEndpointConfig(_config_5);
    const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
    const _config_8 = resolveCompressionConfig(_config_7);
    const _config_9 = resolveRuntimeExtensions(_config_8, configuration?.extensions || []);
    this.config = _config_9;
    this.middlewareStack.use(getSchemaSerdePlugin(this.config));
    this.middlewareStack.use(getUserAgentPlugin(this.config));
    this.middlewareStack.use(getRetryPlugin(this.config));
    this.middlewareStack.use(getContentLengthPlugin(this.config));
    this.middlewareStack.use(getHostHeaderPlugin(this.config));
    this.middlewareStack.use(getLoggerPlugin(this.config));
    this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
    this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
      httpAuthSchemeParametersProvider: defaultCloudWatchHttpAuthSchemeParametersProvider,
      identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
        "aws.auth#sigv4": config.credentials
      })
    }));
    this.middlewareStack.use(getHttpSigningPlugin(this.config));
  }
  destroy() {
    super.destroy();
  }
};

// ../../node_modules/@aws-sdk/client-cloudwatch/dist-es/commandBuilder.js
var command = makeBuilder(commonParams, "GraniteServiceVersion20100801", "CloudWatchClient", getEndpointPlugin);
var _ep0 = {};
var _mw1 = (Command, cs, config, o) => [
  getCompressionPlugin(config, {
    encodings: ["gzip"]
  })
];

// ../../node_modules/@aws-sdk/client-cloudwatch/dist-es/commands/PutMetricDataCommand.js
var PutMetricDataCommand = class extends command(_ep0, _mw1, "PutMetricData", PutMetricData$) {
};
export {
  CloudWatchClient,
  PutMetricDataCommand
};
