import { createRequire as __bundleCreateRequire } from 'node:module';
const require = __bundleCreateRequire(import.meta.url);
import {
  defaultProvider
} from "./chunk-PZBUUGPM.js";
import {
  AwsJson1_1Protocol,
  AwsSdkSigV4Signer,
  NODE_AUTH_SCHEME_PREFERENCE_OPTIONS,
  resolveAwsSdkSigV4Config
} from "./chunk-KFWTROOG.js";
import {
  NodeHttpHandler
} from "./chunk-V5RP6XSW.js";
import {
  Sha256Node
} from "./chunk-TWZWASCS.js";
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
  resolveUserAgentConfig
} from "./chunk-MLGMN2K7.js";
import {
  NODE_REGION_CONFIG_FILE_OPTIONS,
  NODE_REGION_CONFIG_OPTIONS,
  NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS,
  NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS,
  loadConfig,
  resolveDefaultsModeConfig,
  resolveRegionConfig
} from "./chunk-TZS6D3PF.js";
import {
  getContentLengthPlugin,
  getHttpHandlerExtensionConfiguration,
  resolveHttpHandlerRuntimeConfig
} from "./chunk-J4XZZMXM.js";
import {
  TypeRegistry,
  calculateBodyLength,
  fromBase64,
  fromUtf8,
  getSchemaSerdePlugin,
  getSmithyContext,
  normalizeProvider,
  parseUrl,
  streamCollector,
  toBase64,
  toUtf8
} from "./chunk-UYI5YQBY.js";

// ../../node_modules/@aws-sdk/client-sagemaker/dist-es/auth/httpAuthSchemeProvider.js
var defaultSageMakerHttpAuthSchemeParametersProvider = async (config, context, input) => {
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
      name: "sagemaker",
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
var defaultSageMakerHttpAuthSchemeProvider = (authParameters) => {
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

// ../../node_modules/@aws-sdk/client-sagemaker/dist-es/endpoint/EndpointParameters.js
var resolveClientEndpointParameters = (options) => {
  return Object.assign(options, {
    useDualstackEndpoint: options.useDualstackEndpoint ?? false,
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    defaultSigningName: "sagemaker"
  });
};
var commonParams = {
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" },
  UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
};

// ../../node_modules/@aws-sdk/client-sagemaker/package.json
var package_default = {
  name: "@aws-sdk/client-sagemaker",
  version: "3.1142.0",
  description: "AWS SDK for JavaScript Sagemaker Client for Node.js, Browser and React Native",
  homepage: "https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-sagemaker",
  license: "Apache-2.0",
  author: {
    name: "AWS SDK for JavaScript Team",
    url: "https://aws.amazon.com/sdk-for-javascript/"
  },
  repository: {
    type: "git",
    url: "https://github.com/aws/aws-sdk-js-v3.git",
    directory: "clients/client-sagemaker"
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
    "@aws-sdk/core": "^3.978.1",
    "@aws-sdk/credential-provider-node": "^3.972.84",
    "@aws-sdk/types": "^3.974.6",
    "@smithy/core": "^3.35.0",
    "@smithy/fetch-http-handler": "^5.8.0",
    "@smithy/node-http-handler": "^4.12.1",
    "@smithy/types": "^4.19.0",
    tslib: "^2.6.2"
  },
  devDependencies: {
    "@smithy/snapshot-testing": "^2.3.2",
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

// ../../node_modules/@aws-sdk/client-sagemaker/dist-es/endpoint/bdd.js
var m = "ref";
var a = -1;
var b = true;
var c = "isSet";
var d = "PartitionResult";
var e = "booleanEquals";
var f = "getAttr";
var g = "stringEquals";
var h = { [m]: "Endpoint" };
var i = { [m]: d };
var j = { "fn": f, "argv": [i, "name"] };
var k = {};
var l = [{ [m]: "Region" }];
var _data = {
  conditions: [
    [c, [h]],
    [c, l],
    ["aws.partition", l, d],
    [e, [{ [m]: "UseFIPS" }, b]],
    [e, [{ [m]: "UseDualStack" }, b]],
    [e, [{ fn: f, argv: [i, "supportsDualStack"] }, b]],
    [e, [{ fn: f, argv: [i, "supportsFIPS"] }, b]],
    [g, [j, "aws"]],
    [g, [j, "aws-us-gov"]]
  ],
  results: [
    [a],
    [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
    [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
    [h, k],
    ["https://api.sagemaker-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
    [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
    ["https://api-fips.sagemaker.{Region}.amazonaws.com", k],
    ["https://api.sagemaker-fips.{Region}.{PartitionResult#dnsSuffix}", k],
    [a, "FIPS is enabled but this partition does not support FIPS"],
    ["https://api.sagemaker.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
    [a, "DualStack is enabled but this partition does not support DualStack"],
    ["https://api.sagemaker.{Region}.{PartitionResult#dnsSuffix}", k],
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
  r + 12,
  2,
  5,
  r + 12,
  3,
  8,
  6,
  4,
  7,
  r + 11,
  5,
  r + 9,
  r + 10,
  4,
  12,
  9,
  6,
  10,
  r + 8,
  7,
  r + 6,
  11,
  8,
  r + 6,
  r + 7,
  5,
  13,
  r + 5,
  6,
  r + 4,
  r + 5,
  3,
  r + 1,
  15,
  4,
  r + 2,
  r + 3
]);
var bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

// ../../node_modules/@aws-sdk/client-sagemaker/dist-es/endpoint/endpointResolver.js
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

// ../../node_modules/@aws-sdk/client-sagemaker/dist-es/models/SageMakerServiceException.js
var SageMakerServiceException = class _SageMakerServiceException extends ServiceException {
  constructor(options) {
    super(options);
    Object.setPrototypeOf(this, _SageMakerServiceException.prototype);
  }
};

// ../../node_modules/@aws-sdk/client-sagemaker/dist-es/models/errors.js
var ResourceLimitExceeded = class _ResourceLimitExceeded extends SageMakerServiceException {
  name = "ResourceLimitExceeded";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ResourceLimitExceeded",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceLimitExceeded.prototype);
    this.Message = opts.Message;
  }
};
var ResourceNotFound = class _ResourceNotFound extends SageMakerServiceException {
  name = "ResourceNotFound";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ResourceNotFound",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceNotFound.prototype);
    this.Message = opts.Message;
  }
};
var ConflictException = class _ConflictException extends SageMakerServiceException {
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
var ResourceInUse = class _ResourceInUse extends SageMakerServiceException {
  name = "ResourceInUse";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ResourceInUse",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceInUse.prototype);
    this.Message = opts.Message;
  }
};

// ../../node_modules/@aws-sdk/client-sagemaker/dist-es/schemas/schemas_0.js
var _AA = "ActionArn";
var _AAc = "ActionArns";
var _AAr = "ArtifactArn";
var _AArt = "ArtifactArns";
var _ABRA = "AmazonBedrockRoleArn";
var _ACC = "AnnotationConsolidationConfig";
var _ACLA = "AnnotationConsolidationLambdaArn";
var _ACNS = "AddClusterNodeSpecification";
var _ACR = "AdditionalCodeRepositories";
var _ACl = "AlgorithmsConfig";
var _ACt = "AttemptCount";
var _ADD = "AthenaDatasetDefinition";
var _ADS = "AccountDefaultStatus";
var _ADl = "AlarmDetails";
var _ADpp = "ApprovalDescription";
var _AE = "AdditionalEnis";
var _AEc = "AcceptEula";
var _AEu = "AuthorizationEndpoint";
var _AFRA = "AmazonForecastRoleArn";
var _AGP = "AssignedGroupPatterns";
var _AICN = "AppImageConfigName";
var _AICRC = "AICapacityReservationConfig";
var _AICv = "AvailableInstanceCount";
var _AIL = "AssociationInfoList";
var _AINC = "AsyncInferenceNotificationConfig";
var _AIRCS = "AIRecommendationComputeSpec";
var _AIRDC = "AIRecommendationDeploymentConfiguration";
var _AIRDSC = "AIRecommendationDeploymentS3Channel";
var _AIRDSCL = "AIRecommendationDeploymentS3ChannelList";
var _AIROD = "AIRecommendationOptimizationDetail";
var _AIS = "AdditionalInferenceSpecifications";
var _AISD = "AdditionalInferenceSpecificationDefinition";
var _AISTA = "AdditionalInferenceSpecificationsToAdd";
var _AIU = "AmountInUsd";
var _AIs = "AssociationInfo";
var _ALM = "AppLifecycleManagement";
var _AM = "AuthMode";
var _AMDS = "AdditionalModelDataSource";
var _AMDSd = "AdditionalModelDataSources";
var _AMHEFS = "AutoMountHomeEFS";
var _AMLA = "AutoMLAlgorithms";
var _AMLAC = "AutoMLAlgorithmConfig";
var _AMLACu = "AutoMLAlgorithmsConfig";
var _AMLCD = "AutoMLContainerDefinition";
var _AMLJ = "AutoMLJob";
var _AMLJAu = "AutoMLJobArn";
var _AMLJCC = "AutoMLJobCompletionCriteria";
var _AMLJSM = "AutoMLJobStepMetadata";
var _AMp = "AppManaged";
var _AN = "ActionName";
var _ANAT = "AppNetworkAccessType";
var _ANl = "AlarmName";
var _ANlg = "AlgorithmName";
var _ANr = "ArtifactName";
var _ANt = "AttributeNames";
var _AO = "ActiveOperations";
var _AOm = "AmiOverride";
var _AP = "AutoParameter";
var _APCu = "AutoPatchConfig";
var _APu = "AutoParameters";
var _AQS = "AmazonQSettings";
var _ARA = "AssumableRoleArns";
var _ARAu = "AutoRollbackAlarms";
var _ARCu = "AutoRollbackConfiguration";
var _AREP = "AuthenticationRequestExtraParams";
var _AS = "ActionSource";
var _ASDS = "AdditionalS3DataSource";
var _ASGM = "AppSecurityGroupManagement";
var _ASIC = "AvailableSpareInstanceCount";
var _AST = "ArtifactSourceType";
var _ASTr = "ArtifactSourceTypes";
var _ASTu = "AutoScalerType";
var _ASU = "ArtifactStoreUri";
var _ASUC = "ActiveSoftwareUpdateConfig";
var _AScc = "AccessStatus";
var _ASl = "AlgorithmSpecification";
var _ASll = "AllocationStrategy";
var _ASp = "AppSpecification";
var _ASr = "ArtifactSource";
var _ASu = "AutoScaling";
var _AT = "ActionType";
var _ATA = "AliasesToAdd";
var _ATD = "AliasesToDelete";
var _ATc = "AcceleratorTypes";
var _ATr = "ArtifactType";
var _AUd = "AdminUsers";
var _AUr = "ArtifactUrl";
var _AUv = "AvailableUpgrade";
var _AW = "AssembleWith";
var _AZ = "AvailabilityZones";
var _AZI = "AvailabilityZoneId";
var _AZv = "AvailabilityZone";
var _Acce = "Accept";
var _Ag = "Aggregation";
var _Ali = "Aliases";
var _Alia = "Alias";
var _Ar = "Arn";
var _Arg = "Arguments";
var _As = "Associations";
var _B = "Bias";
var _BACNE = "BatchAddClusterNodesError";
var _BCM = "BedrockCustomModel";
var _BCMD = "BedrockCustomModelDeployment";
var _BCMDM = "BedrockCustomModelDeploymentMetadata";
var _BCMM = "BedrockCustomModelMetadata";
var _BCa = "BaselineConfig";
var _BDCC = "BatchDataCaptureConfig";
var _BDCNE = "BatchDeleteClusterNodesError";
var _BDCNEL = "BatchDeleteClusterNodesErrorList";
var _BDCNLIE = "BatchDeleteClusterNodeLogicalIdsError";
var _BDCNLIEL = "BatchDeleteClusterNodeLogicalIdsErrorList";
var _BDCNR = "BatchDeleteClusterNodesRequest";
var _BDCNRa = "BatchDeleteClusterNodesResponse";
var _BDMPI = "BatchDescribeModelPackageInput";
var _BI = "BaseImage";
var _BILCA = "BuiltInLifecycleConfigArn";
var _BJN = "BaseliningJobName";
var _BM = "BaseModel";
var _BMA = "BaseModelArn";
var _BMI = "BedrockModelImport";
var _BMIM = "BedrockModelImportMetadata";
var _BMN = "BaseModelName";
var _BPMT = "BedrockProvisionedModelThroughput";
var _BPMTM = "BedrockProvisionedModelThroughputMetadata";
var _BRCNE = "BatchRebootClusterNodesError";
var _BRCNEa = "BatchReplaceClusterNodesError";
var _BRCNEat = "BatchRebootClusterNodesErrors";
var _BRCNEatc = "BatchReplaceClusterNodesErrors";
var _BRCNLIE = "BatchRebootClusterNodeLogicalIdsError";
var _BRCNLIEa = "BatchReplaceClusterNodeLogicalIdsError";
var _BRCNLIEat = "BatchRebootClusterNodeLogicalIdsErrors";
var _BRCNLIEatc = "BatchReplaceClusterNodeLogicalIdsErrors";
var _BRCNR = "BatchRebootClusterNodesRequest";
var _BRCNRa = "BatchRebootClusterNodesResponse";
var _BRCNRat = "BatchReplaceClusterNodesRequest";
var _BRCNRatc = "BatchReplaceClusterNodesResponse";
var _BS = "BatchStrategy";
var _BTC = "BillableTokenCount";
var _BTI = "BatchTransformInput";
var _BTIS = "BillableTimeInSeconds";
var _BUFDCC = "BaselineUsedForDriftCheckConstraints";
var _BUFDCS = "BaselineUsedForDriftCheckStatistics";
var _Bu = "Bucket";
var _CA = "ContainerArguments";
var _CAMRRA = "CrossAccountModelRegisterRoleArn";
var _CAPC = "ClusterAutoPatchConfig";
var _CAPCD = "ClusterAutoPatchConfigDetails";
var _CAR = "CreateActionRequest";
var _CARreat = "CreateArtifactRequest";
var _CAS = "CanvasAppSettings";
var _CASC = "ClusterAutoScalingConfig";
var _CAl = "ClusterArn";
var _CAo = "ContextArn";
var _CAon = "ContextArns";
var _CAre = "CreatedAfter";
var _CB = "CreatedBy";
var _CBC = "CalculatedBaselineConstraints";
var _CBS = "CalculatedBaselineStatistics";
var _CBr = "CreatedBefore";
var _CCPI = "CopyCountPerInstance";
var _CCR = "ClusterCapacityRequirements";
var _CCRrea = "CreateContextRequest";
var _CCSM = "ClarifyCheckStepMetadata";
var _CCT = "CsvContentTypes";
var _CCTH = "CaptureContentTypeHeader";
var _CCh = "CheckpointConfig";
var _CCl = "ClusterConfig";
var _CCla = "ClarifyCheck";
var _CCo = "CompletionCriteria";
var _CCol = "CollectionConfiguration";
var _CColl = "CollectionConfigurations";
var _CCon = "ContainerConfig";
var _CCont = "ContentClassifiers";
var _CCou = "CountryCode";
var _CCu = "CurrentCount";
var _CCur = "CurrencyCode";
var _CD = "ContainerDefinition";
var _CDR = "CreateDomainRequest";
var _CDon = "ContentDigest";
var _CDr = "CreateDate";
var _CE = "ConflictException";
var _CEAS = "CodeEditorAppSettings";
var _CEV = "ContainerEnvironmentVariables";
var _CEVC = "ClusterEbsVolumeConfig";
var _CEo = "ContainerEntrypoint";
var _CEur = "CurrentEpoch";
var _CF = "ConfigFile";
var _CFLC = "ClusterFsxLustreConfig";
var _CFM = "CertifyForMarketplace";
var _CFOZC = "ClusterFsxOpenZfsConfig";
var _CFSC = "CustomFileSystemConfigs";
var _CFSCu = "CustomFileSystemConfig";
var _CGC = "CandidateGenerationConfig";
var _CH = "ContainerHostname";
var _CHR = "CacheHitResult";
var _CHRr = "CreateHubRequest";
var _CI = "CustomImages";
var _CIC = "ClarifyInferenceConfig";
var _CIGD = "ClusterInstanceGroupDetails";
var _CIGS = "ClusterInstanceGroupSpecification";
var _CIGSl = "ClusterInstanceGroupSpecifications";
var _CII = "CurrentImageId";
var _CIR = "ClusterInstanceRequirements";
var _CIRD = "ClusterInstanceRequirementDetails";
var _CIRV = "CurrentImageReleaseVersion";
var _CISC = "ClusterInstanceStorageConfigs";
var _CISCl = "ClusterInstanceStorageConfig";
var _CIT = "CurrentInstanceTypes";
var _CITD = "ClusterInstanceTypeDetail";
var _CITDl = "ClusterInstanceTypeDetails";
var _CIVR = "CreateImageVersionRequest";
var _CIl = "ClientId";
var _CIlu = "ClusterId";
var _CIom = "CommitId";
var _CIu = "CustomImage";
var _CJA = "CheckJobArn";
var _CKC = "ClusterKubernetesConfig";
var _CKCD = "ClusterKubernetesConfigDetails";
var _CKCND = "ClusterKubernetesConfigNodeDetails";
var _CKT = "ClusterKubernetesTaint";
var _CKTl = "ClusterKubernetesTaints";
var _CL = "CurrentLabels";
var _CLCC = "ClusterLifeCycleConfig";
var _CMAR = "CreateMlflowAppRequest";
var _CMC = "ContainerMetricsConfig";
var _CMD = "CognitoMemberDefinition";
var _CMP = "CustomerMetadataProperties";
var _CMPI = "CreateModelPackageInput";
var _CMPTR = "CustomerMetadataPropertiesToRemove";
var _CMl = "ClusterMetadata";
var _CN = "ChannelName";
var _CNI = "ClusterNetworkInterface";
var _CNID = "ClusterNetworkInterfaceDetails";
var _CNII = "CreateNotebookInstanceInput";
var _CNl = "ClusterName";
var _CNo = "CollectionName";
var _CNon = "ContextName";
var _CODO = "ClusterOnDemandOptions";
var _COEC = "ClusterOrchestratorEksConfig";
var _COJR = "CreateOptimizationJobRequest";
var _COSC = "ClusterOrchestratorSlurmConfig";
var _COl = "ClusterOrchestrator";
var _CPJR = "CreateProcessingJobRequest";
var _CPR = "CategoricalParameterRange";
var _CPRS = "CategoricalParameterRangeSpecification";
var _CPRSo = "ContinuousParameterRangeSpecification";
var _CPRa = "CategoricalParameterRanges";
var _CPRo = "ContinuousParameterRange";
var _CPRon = "ContinuousParameterRanges";
var _CPRr = "CreatePipelineRequest";
var _CPRre = "CreatePipelineResponse";
var _CPS = "CurrentPatchSchedule";
var _CPSD = "ClusterPatchScheduleDetails";
var _CPSl = "ClusterPatchSchedule";
var _CPUC = "CustomPosixUserConfig";
var _CPa = "CategoricalParameter";
var _CPo = "CollectionParameters";
var _CPr = "CreatePipeline";
var _CR = "CapacityReservation";
var _CRAl = "ClusterRoleArn";
var _CRC = "CapacityReservationConfig";
var _CRIGC = "ClusterRestrictedInstanceGroupsConfig";
var _CRIGD = "ClusterRestrictedInstanceGroupDetails";
var _CRIGS = "ClusterRestrictedInstanceGroupSpecification";
var _CRIGSl = "ClusterRestrictedInstanceGroupSpecifications";
var _CRP = "CapacityReservationPreference";
var _CRT = "ClientRequestToken";
var _CRa = "CapacityRequirements";
var _CRl = "ClusterRole";
var _CRo = "CodeRepository";
var _CRod = "CodeRepositories";
var _CRon = "ConstraintsResource";
var _CS = "ClientSecret";
var _CSC = "CapacitySizeConfig";
var _CSCA = "ClusterSchedulerConfigArn";
var _CSCD = "ClusterSlurmConfigDetails";
var _CSCI = "ClusterSchedulerConfigId";
var _CSCV = "ClusterSchedulerConfigVersion";
var _CSClu = "ClusterSlurmConfig";
var _CSEC = "ClusterSharedEnvironmentConfig";
var _CSM = "CallbackStepMetadata";
var _CSMo = "ConditionStepMetadata";
var _CSO = "ClusterSpotOptions";
var _CSh = "ChannelSpecification";
var _CSha = "ChannelSpecifications";
var _CSl = "ClusterSummary";
var _CSlu = "ClusterStatus";
var _CSo = "ContextSource";
var _CSu = "CurrentStep";
var _CT = "CreationTime";
var _CTA = "CreationTimeAfter";
var _CTB = "CreationTimeBefore";
var _CTJR = "CreateTrainingJobRequest";
var _CTJRre = "CreateTransformJobRequest";
var _CTSC = "ClusterTieredStorageConfig";
var _CTa = "CallbackToken";
var _CThe = "CheckType";
var _CTl = "ClientToken";
var _CTo = "CompressionType";
var _CTon = "ContentType";
var _CTont = "ContentTemplate";
var _CTonte = "ContextType";
var _CTu = "CurrentTaints";
var _CTus = "CustomizationTechnique";
var _CU = "ConfigUri";
var _Ca = "Catalog";
var _Cal = "Callback";
var _Ce = "Cents";
var _Ch = "Channel";
var _Ci = "Cidrs";
var _Co = "Containers";
var _Cod = "Code";
var _Con = "Constraints";
var _Cond = "Condition";
var _Cs = "Csv";
var _D = "Description";
var _DA = "DestinationArn";
var _DACR = "DisassociateAdditionalCodeRepositories";
var _DAIo = "DomainAccountId";
var _DAResc = "DescribeActionResponse";
var _DARescribe = "DescribeArtifactResponse";
var _DAT = "DisassociateAcceleratorTypes";
var _DAa = "DatasetArn";
var _DAo = "DomainArn";
var _DC = "DeploymentConfiguration";
var _DCB = "DriftCheckBaselines";
var _DCBr = "DriftCheckBias";
var _DCC = "DataCaptureConfig";
var _DCDSU = "DataCapturedDestinationS3Uri";
var _DCE = "DriftCheckExplainability";
var _DCMDQ = "DriftCheckModelDataQuality";
var _DCMQ = "DriftCheckModelQuality";
var _DCP = "DependencyCopyPath";
var _DCR = "DefaultCodeRepository";
var _DCRescri = "DescribeContextResponse";
var _DCSCRes = "DescribeClusterSchedulerConfigResponse";
var _DCe = "DeploymentConfig";
var _DD = "DatasetDefinition";
var _DDCR = "DisassociateDefaultCodeRepository";
var _DDIL = "DefaultDomainIdList";
var _DDRe = "DeregisterDevicesRequest";
var _DDRescri = "DescribeDomainResponse";
var _DDS = "DirectDeploySettings";
var _DDT = "DataDistributionType";
var _DERA = "DomainExecutionRoleArn";
var _DESS = "DefaultEbsStorageSettings";
var _DEVSIG = "DefaultEbsVolumeSizeInGb";
var _DF = "DatasetFormat";
var _DFN = "DeviceFleetName";
var _DH = "DurationHours";
var _DHC = "DebugHookConfig";
var _DHCRes = "DescribeHubContentResponse";
var _DHCe = "DeepHealthChecks";
var _DHRes = "DescribeHubResponse";
var _DI = "DomainId";
var _DIA = "DirectInternetAccess";
var _DICa = "DataInputConfig";
var _DII = "DesiredImageId";
var _DIRV = "DesiredImageReleaseVersion";
var _DIT = "DesiredInstanceTypes";
var _DITe = "DeploymentInstanceType";
var _DIe = "DeployedImage";
var _DL = "DesiredLabels";
var _DLC = "DisassociateLifecycleConfig";
var _DLU = "DefaultLandingUri";
var _DM = "DurationMinutes";
var _DMAResc = "DescribeMlflowAppResponse";
var _DMPIe = "DescribeModelPackageInput";
var _DMPO = "DescribeModelPackageOutput";
var _DMPe = "DescribeModelPackage";
var _DMV = "DesiredModelVariants";
var _DNC = "DeviceNameContains";
var _DNIO = "DescribeNotebookInstanceOutput";
var _DNef = "DefinitionName";
var _DNev = "DeviceNames";
var _DNi = "DisplayName";
var _DNn = "DnsName";
var _DNo = "DomainName";
var _DOJRes = "DescribeOptimizationJobResponse";
var _DOP = "DependencyOriginPath";
var _DP = "DataProcessing";
var _DPDFE = "DescribePipelineDefinitionForExecution";
var _DPDFER = "DescribePipelineDefinitionForExecutionRequest";
var _DPDFERe = "DescribePipelineDefinitionForExecutionResponse";
var _DPE = "DescribePipelineExecution";
var _DPER = "DescribePipelineExecutionRequest";
var _DPERe = "DescribePipelineExecutionResponse";
var _DPJRe = "DescribeProcessingJobRequest";
var _DPJRes = "DescribeProcessingJobResponse";
var _DPJe = "DescribeProcessingJob";
var _DPRes = "DescribePipelineRequest";
var _DPResc = "DescribePipelineResponse";
var _DPS = "DesiredPatchSchedule";
var _DPe = "DeleteProperties";
var _DPes = "DescribePipeline";
var _DPi = "DirectoryPath";
var _DPis = "DisableProfiler";
var _DQAS = "DataQualityAppSpecification";
var _DRC = "DebugRuleConfigurations";
var _DRCe = "DebugRuleConfiguration";
var _DRES = "DebugRuleEvaluationStatus";
var _DRESe = "DebugRuleEvaluationStatuses";
var _DRS = "DefaultResourceSpec";
var _DRo = "DomainRegion";
var _DS = "DataSource";
var _DSCe = "DeviceSelectionConfig";
var _DSFU = "DomainSettingsForUpdate";
var _DSNa = "DataSourceName";
var _DSS = "DefaultSpaceSettings";
var _DSSS = "DefaultSpaceStorageSettings";
var _DSTe = "DeviceSubsetType";
var _DSU = "DestinationS3Uri";
var _DSV = "DocumentSchemaVersion";
var _DSa = "DatasetSource";
var _DSes = "DesiredState";
var _DSo = "DomainSettings";
var _DSoc = "DockerSettings";
var _DTI = "DeleteTagsInput";
var _DTJRes = "DescribeTrainingJobResponse";
var _DTJRescr = "DescribeTransformJobResponse";
var _DTPRe = "DescribeTrainingPlanResponse";
var _DTe = "DesiredTaints";
var _DUS = "DefaultUserSettings";
var _DUb = "DbUser";
var _DV = "DefaultValue";
var _Da = "Database";
var _Di = "Direction";
var _Do = "Domain";
var _Dol = "Dollars";
var _E = "Environment";
var _EAv = "EvaluatorArn";
var _EC = "ErrorCode";
var _ECD = "EnvironmentConfigDetails";
var _ECSM = "EndpointConfigStepMetadata";
var _ECn = "EnvironmentConfig";
var _ECndpo = "EndpointConfig";
var _ECxp = "ExperimentConfig";
var _EDA = "EnableDockerAccess";
var _EE = "EfaEnis";
var _EET = "ExtensionEndTime";
var _EFA = "ExcludeFeaturesAttribute";
var _EFSFSC = "EFSFileSystemConfig";
var _EICTE = "EnableInterContainerTrafficEncryption";
var _EICn = "EnableInfraCheck";
var _EIn = "EndpointInput";
var _EInv = "EnvironmentId";
var _EMJ = "EnableMultipleJobs";
var _EMR = "EMR";
var _EMRSM = "EMRStepMetadata";
var _EMST = "EnableManagedSpotTraining";
var _EMr = "ErrorMessage";
var _EMx = "ExitMessage";
var _EN = "EndpointName";
var _ENI = "EnableNetworkIsolation";
var _ENx = "ExperimentName";
var _ERA = "ExecutionRoleArn";
var _ERAE = "EksRoleAccessEntries";
var _ERAx = "ExecutionRoleArns";
var _ERD = "EnableRemoteDebug";
var _ERIC = "ExecutionRoleIdentityConfig";
var _ERSNM = "ExecutionRoleSessionNameMode";
var _ERx = "ExecutionRole";
var _ESM = "EndpointStepMetadata";
var _ESMMTS = "EnableSageMakerMetricsTimeSeries";
var _ESS = "EmrServerlessSettings";
var _EST = "ExtensionStartTime";
var _ESTC = "EnableSessionTagChaining";
var _ESm = "EmrSettings";
var _ET = "ETag";
var _ETBn = "EndTimeBefore";
var _ETO = "EndTimeOffset";
var _ETn = "EndTime";
var _ETr = "ErrorTopic";
var _ETva = "EvaluationType";
var _EV = "EnvironmentVariables";
var _EVC = "EbsVolumeConfig";
var _Ef = "Effect";
var _Ek = "Eks";
var _En = "Endpoint";
var _Ex = "Explainability";
var _F = "Framework";
var _FA = "FeaturesAttribute";
var _FC = "FailedCount";
var _FF = "ForecastFrequency";
var _FGN = "FeatureGroupName";
var _FH = "FeatureHeaders";
var _FHPTJOM = "FinalHyperParameterTuningJobObjectiveMetric";
var _FHo = "ForecastHorizon";
var _FLC = "FsxLustreConfig";
var _FM = "FailureMessage";
var _FMDL = "FinalMetricDataList";
var _FN = "FeatureName";
var _FNLI = "FailedNodeLogicalIds";
var _FOZC = "FsxOpenZfsConfig";
var _FP = "FeatureParameter";
var _FPA = "FeatureParameterAdditions";
var _FQ = "ForecastQuantiles";
var _FR = "FailureReason";
var _FS = "FileSource";
var _FSAM = "FileSystemAccessMode";
var _FSDS = "FileSystemDataSource";
var _FSI = "FileSystemId";
var _FSLC = "FSxLustreConfig";
var _FSLDP = "FSxLustreDeletionPolicy";
var _FSLFSC = "FSxLustreFileSystemConfig";
var _FSM = "FailStepMetadata";
var _FSO = "FeatureStoreOutput";
var _FSP = "FileSystemPath";
var _FSSU = "FeatureSpecificationS3Uri";
var _FST = "FileSystemType";
var _FSa = "FairShare";
var _FT = "FeatureTypes";
var _FTi = "FillingTransformations";
var _FV = "FrameworkVersion";
var _Fa = "Failed";
var _Fai = "Fail";
var _Fil = "Filters";
var _Fill = "Filling";
var _GAN = "GroupingAttributeNames";
var _GAS = "GenerativeAiSettings";
var _GB = "GeneratedBy";
var _GII = "GenerateInferenceId";
var _GP = "GroupPatterns";
var _Gi = "Gid";
var _Gr = "Groups";
var _H = "Horovod";
var _HA = "HubArn";
var _HAC = "HubAccessConfig";
var _HAT = "HiddenAppTypes";
var _HC = "HubContent";
var _HCA = "HubContentArn";
var _HCAo = "HolidayConfigAttributes";
var _HCD = "HubContentDocument";
var _HCDL = "HubContentDependencyList";
var _HCDN = "HubContentDisplayName";
var _HCDu = "HubContentDescription";
var _HCDub = "HubContentDependencies";
var _HCDubo = "HubContentDependency";
var _HCI = "HubContentInfo";
var _HCM = "HubContentMarkdown";
var _HCN = "HubContentName";
var _HCS = "HubContentStatus";
var _HCSK = "HubContentSearchKeywords";
var _HCT = "HubContentType";
var _HCV = "HubContentVersion";
var _HCo = "HolidayConfig";
var _HD = "HubDescription";
var _HDN = "HubDisplayName";
var _HEFSC = "HomeEfsFileSystemCreation";
var _HEFSI = "HomeEfsFileSystemId";
var _HEFSKKI = "HomeEfsFileSystemKmsKeyId";
var _HI = "HubInfo";
var _HIT = "HiddenInstanceTypes";
var _HLAC = "HumanLoopActivationConditions";
var _HLC = "HumanLoopConfig";
var _HMT = "HiddenMlTools";
var _HN = "HubName";
var _HP = "HyperParameters";
var _HPAS = "HyperParameterAlgorithmSpecification";
var _HPR = "HyperParameterRanges";
var _HPS = "HyperParameterSpecification";
var _HPSy = "HyperParameterSpecifications";
var _HPTIC = "HyperParameterTuningInstanceConfig";
var _HPTICy = "HyperParameterTuningInstanceConfigs";
var _HPTJD = "HyperParameterTrainingJobDefinition";
var _HPTJO = "HyperParameterTuningJobObjective";
var _HPTJOy = "HyperParameterTuningJobObjectives";
var _HPTJSy = "HyperParameterTrainingJobSummary";
var _HPTRC = "HyperParameterTuningResourceConfig";
var _HPo = "HookParameters";
var _HS = "HubStatus";
var _HSK = "HubSearchKeywords";
var _HSMI = "HiddenSageMakerImage";
var _HSMIVA = "HiddenSageMakerImageVersionAliases";
var _HSMIVAL = "HiddenSageMakerImageVersionAliasesList";
var _HSSC = "HubS3StorageConfig";
var _HTC = "HumanTaskConfig";
var _HTUA = "HumanTaskUiArn";
var _He = "Header";
var _IA = "InferenceAttribute";
var _IAT = "IpAddressType";
var _IATR = "InputArtifactsToRemove";
var _IAn = "InputArtifacts";
var _ICC = "InfraCheckConfig";
var _ICCSS = "InferenceComponentContainerSpecificationSummary";
var _ICCSn = "InferenceComponentContainerSpecification";
var _ICM = "InferenceComponentMetadata";
var _ICm = "ImageConfig";
var _ICn = "InstanceCount";
var _ICnfer = "InferenceComponent";
var _ICnfr = "InfrastructureConfig";
var _ICns = "InstanceConfigs";
var _ICs = "IsCheckpoint";
var _IDC = "InputDataConfig";
var _IDm = "ImageDigest";
var _IDn = "IncludedData";
var _IEn = "IncludeEdges";
var _IF = "InputFilter";
var _IG = "InstanceGroups";
var _IGHCC = "InstanceGroupHealthCheckConfiguration";
var _IGM = "InstanceGroupMetadata";
var _IGN = "InstanceGroupName";
var _IGNn = "InstanceGroupNames";
var _IGTD = "InstanceGroupsToDelete";
var _IGn = "InstanceGroup";
var _IHAC = "InferenceHubAccessConfig";
var _IHCR = "ImportHubContentRequest";
var _IIAN = "ItemIdentifierAttributeName";
var _IIRI = "IncludeInferenceResponseIn";
var _IIa = "IamIdentity";
var _IIm = "ImageId";
var _IIns = "InstanceIds";
var _IM = "InputMode";
var _IMAP = "InstanceMemoryAllocationPercentage";
var _IMR = "InvocationsMaxRetries";
var _IMSC = "InstanceMetadataServiceConfiguration";
var _IN = "ImageName";
var _INn = "InputName";
var _IPC = "IamPolicyConstraints";
var _IPCn = "InstancePlacementConfig";
var _IPLn = "InstancePreferenceList";
var _IPOAS = "IdentityProviderOAuthSettings";
var _IPOASd = "IdentityProviderOAuthSetting";
var _IPR = "IntegerParameterRange";
var _IPRS = "IntegerParameterRangeSpecification";
var _IPRn = "IntegerParameterRanges";
var _IPn = "InstancePreference";
var _IPnst = "InstancePreferences";
var _IR = "IsRequired";
var _IRS = "IdleResourceSharing";
var _IRV = "ImageReleaseVersion";
var _IRn = "InstanceRequirements";
var _IS = "IdleSettings";
var _ISC = "InstanceStorageConfigs";
var _ISN = "InferenceSpecificationName";
var _ISS = "ImageScanStatuses";
var _ISn = "InferenceSpecification";
var _IT = "InstanceTypes";
var _ITCB = "IncrementTargetCountBy";
var _ITD = "InstanceTypeDetails";
var _ITIM = "IdleTimeoutInMinutes";
var _ITIS = "InvocationsTimeoutInSeconds";
var _ITn = "InstanceType";
var _ITnf = "InfrastructureType";
var _ITnt = "InterfaceType";
var _ITs = "IsTunable";
var _IU = "ImageUri";
var _IUIC = "InUseInstanceCount";
var _IVN = "ImageVersionNumber";
var _IVS = "ImageVersionStatus";
var _Im = "Image";
var _Is = "Issuer";
var _J = "Job";
var _JCT = "JsonContentTypes";
var _JLAS = "JupyterLabAppSettings";
var _JS = "JoinSource";
var _JSAS = "JupyterServerAppSettings";
var _JSM = "JobStepMetadata";
var _JT = "JobType";
var _JU = "JwksUri";
var _Js = "Json";
var _K = "Key";
var _KAPIS = "KeepAlivePeriodInSeconds";
var _KC = "KubernetesConfig";
var _KGAS = "KernelGatewayAppSettings";
var _KKI = "KmsKeyId";
var _KS = "KendraSettings";
var _LA = "LabelAttribute";
var _LARist = "ListAliasesResponse";
var _LCA = "LifecycleConfigArns";
var _LCAi = "LifecycleConfigArn";
var _LCC = "LifeCycleConfig";
var _LCN = "LifecycleConfigName";
var _LE = "LogoutEndpoint";
var _LFP = "LogFilePath";
var _LGAi = "LineageGroupArn";
var _LH = "LabelHeaders";
var _LI = "LabelIndex";
var _LJA = "LabelingJobArn";
var _LJDA = "LabelingJobDataAttributes";
var _LM = "LifecycleManagement";
var _LMB = "LastModifiedBy";
var _LME = "ListMonitoringExecutions";
var _LMER = "ListMonitoringExecutionsRequest";
var _LMERi = "ListMonitoringExecutionsResponse";
var _LMP = "ListModelPackages";
var _LMPI = "ListModelPackagesInput";
var _LMPO = "ListModelPackagesOutput";
var _LMT = "LastModifiedTime";
var _LMTA = "LastModifiedTimeAfter";
var _LMTB = "LastModifiedTimeBefore";
var _LMi = "LineageMetadata";
var _LP = "LocalPath";
var _LPES = "ListPipelineExecutionSteps";
var _LPESR = "ListPipelineExecutionStepsRequest";
var _LPESRi = "ListPipelineExecutionStepsResponse";
var _LPPFE = "ListPipelineParametersForExecution";
var _LPPFER = "ListPipelineParametersForExecutionRequest";
var _LPPFERi = "ListPipelineParametersForExecutionResponse";
var _LRT = "LastRunTime";
var _LSM = "LambdaStepMetadata";
var _LTi = "LineageTypes";
var _LUD = "LastUpdatedDate";
var _La = "Labels";
var _Lam = "Lambda";
var _Li = "Line";
var _Lin = "Lineage";
var _M = "Message";
var _MAC = "ModelAccessConfig";
var _MAMLJRIS = "MaxAutoMLJobRuntimeInSeconds";
var _MAS = "ModelApprovalStatus";
var _MASoni = "MonitoringAppSpecification";
var _MAo = "ModelArtifacts";
var _MAodi = "ModifiedAfter";
var _MB = "ModifiedBefore";
var _MBAS = "ModelBiasAppSpecification";
var _MBC = "MonitoringBaselineConfig";
var _MBS = "MaximumBatchSize";
var _MC = "MlflowConfig";
var _MCC = "ModelCardContent";
var _MCCo = "ModelClientConfig";
var _MCCod = "ModelCompilationConfig";
var _MCCon = "MonitoringClusterConfig";
var _MCDF = "MonitoringCsvDatasetFormat";
var _MCMRIM = "MinCpuMemoryRequiredInMb";
var _MCR = "MonitoringConstraintsResource";
var _MCS = "ModelCardStatus";
var _MCSode = "ModelCacheSetting";
var _MCT = "MaxConcurrentTransforms";
var _MCTC = "MaxConcurrentTaskCount";
var _MCa = "MaxCandidates";
var _MCi = "MinCount";
var _MCod = "ModelCard";
var _MDET = "ModelDataETag";
var _MDF = "MonitoringDatasetFormat";
var _MDLe = "MetricDefinitionList";
var _MDQ = "ModelDataQuality";
var _MDS = "ModelDataSource";
var _MDU = "ModelDataUrl";
var _MDa = "MaxDepth";
var _MDe = "MetricDefinitions";
var _MDem = "MemberDefinitions";
var _MDemb = "MemberDefinition";
var _MDet = "MetricData";
var _MDetri = "MetricDefinition";
var _MDl = "MlflowDetails";
var _ME = "MetricsEndpoints";
var _MEAS = "ModelExplainabilityAppSpecification";
var _MEI = "MlflowExperimentId";
var _MEL = "MetricsEndpointList";
var _MEN = "MlflowExperimentName";
var _MEP = "MetricsEndpointPath";
var _MES = "MonitoringExecutionSummaries";
var _MESL = "MonitoringExecutionSummaryList";
var _MESo = "MonitoringExecutionSummary";
var _MESon = "MonitoringExecutionStatus";
var _MEVSIG = "MaximumEbsVolumeSizeInGb";
var _MEa = "ManifestEtag";
var _MEax = "MaxEpoch";
var _MEe = "MetricsEndpoint";
var _MIC = "MinInstanceCount";
var _MICa = "MaxInstanceCount";
var _MICo = "ModelInfrastructureConfig";
var _MIMSV = "MinimumInstanceMetadataServiceVersion";
var _MITIM = "MinIdleTimeoutInMinutes";
var _MITIMa = "MaxIdleTimeoutInMinutes";
var _MIod = "ModelInput";
var _MIon = "MonitoringInput";
var _MIoni = "MonitoringInputs";
var _MJD = "MonitoringJobDefinition";
var _MJDF = "MonitoringJsonDatasetFormat";
var _MJDN = "MonitoringJobDefinitionName";
var _MLC = "ModelLifeCycle";
var _MLCf = "MLflowConfig";
var _MLCfl = "MLflowConfiguration";
var _MLF = "MLFramework";
var _MM = "ModelMetrics";
var _MMC = "MultiModelConfig";
var _MN = "MetricName";
var _MNo = "MountName";
var _MNod = "ModelName";
var _MO = "MonitoringOutput";
var _MOC = "MonitoringOutputConfig";
var _MOo = "MonitoringOutputs";
var _MP = "MountPath";
var _MPA = "ModelPackageArn";
var _MPAL = "ModelPackageArnList";
var _MPC = "ModelPackageConfig";
var _MPCD = "ModelPackageContainerDefinition";
var _MPCDL = "ModelPackageContainerDefinitionList";
var _MPD = "ModelPackageDescription";
var _MPDF = "MonitoringParquetDatasetFormat";
var _MPES = "MaxParallelExecutionSteps";
var _MPFIS = "MetricPublishFrequencyInSeconds";
var _MPGA = "ModelPackageGroupArn";
var _MPGN = "ModelPackageGroupName";
var _MPIMB = "MaxPayloadInMB";
var _MPMC = "ModelPackageModelCard";
var _MPN = "ModelPackageName";
var _MPRT = "ModelPackageRegistrationType";
var _MPSC = "ModelPackageSecurityConfig";
var _MPSD = "ModelPackageStatusDetails";
var _MPSI = "ModelPackageStatusItem";
var _MPSIL = "ModelPackageStatusItemList";
var _MPSL = "ModelPackageSummaryList";
var _MPSo = "ModelPackageStatus";
var _MPSod = "ModelPackageSummary";
var _MPT = "ModelPackageType";
var _MPTIS = "MaxPendingTimeInSeconds";
var _MPV = "ModelPackageVersion";
var _MPVP = "ModelPackageValidationProfile";
var _MPVPo = "ModelPackageValidationProfiles";
var _MPVS = "ModelPackageValidationSpecification";
var _MPe = "MetadataProperties";
var _MPo = "ModelPackage";
var _MQ = "ModelQuality";
var _MQAS = "ModelQualityAppSpecification";
var _MQC = "ModelQuantizationConfig";
var _MR = "MaxResults";
var _MRA = "MlReservationArns";
var _MRAa = "MaximumRetryAttempts";
var _MRAl = "MlflowResourceArn";
var _MRC = "MaxRecordCount";
var _MRI = "MlflowRunId";
var _MRIS = "MaxRuntimeInSeconds";
var _MRM = "ModelRegistrationMode";
var _MRN = "MlflowRunName";
var _MRPTJIS = "MaxRuntimePerTrainingJobInSeconds";
var _MRS = "ModelRegisterSettings";
var _MRo = "MonitoringResources";
var _MS = "ModelSource";
var _MSA = "MonitoringScheduleArn";
var _MSCo = "ModelShardingConfig";
var _MSCon = "MonitoringStoppingCondition";
var _MSDC = "ModelSpeculativeDecodingConfig";
var _MSDTDS = "ModelSpeculativeDecodingTrainingDataSource";
var _MSM = "ModelStepMetadata";
var _MSN = "MonitoringScheduleName";
var _MSO = "MonitoringS3Output";
var _MSR = "MonitoringStatisticsResource";
var _MST = "ManagedStorageType";
var _MSU = "ManifestS3Uri";
var _MSa = "MaintenanceStatus";
var _MSe = "MetricsSource";
var _MTE = "MonitoringTypeEquals";
var _MTe = "MediaType";
var _MTo = "MonitoringType";
var _MV = "MinValue";
var _MVA = "ModelVariantActions";
var _MVC = "ModelVariantConfig";
var _MVCL = "ModelVariantConfigList";
var _MVa = "MaxValue";
var _MVl = "MlflowVersion";
var _MWTIS = "MaxWaitTimeInSeconds";
var _Meta = "Metadata";
var _Mo = "Mode";
var _Mode = "Model";
var _N = "Name";
var _NAR = "NodeAdditionResult";
var _NCa = "NameContains";
var _NCe = "NetworkConfig";
var _NCo = "NotificationConfiguration";
var _NI = "NodeId";
var _NIA = "NotebookInstanceArn";
var _NII = "NetworkInterfaceId";
var _NILCN = "NotebookInstanceLifecycleConfigName";
var _NIN = "NotebookInstanceName";
var _NIS = "NotebookInstanceStatus";
var _NISo = "NotebookInstanceSummary";
var _NIe = "NetworkInterface";
var _NIo = "NodeIds";
var _NLI = "NodeLogicalId";
var _NLIo = "NodeLogicalIds";
var _NMN = "NearestModelName";
var _NOHWPDO = "NumberOfHumanWorkersPerDataObject";
var _NOO = "NotebookOutputOption";
var _NPD = "NextPatchDate";
var _NPM = "NodeProvisioningMode";
var _NR = "NodeRecovery";
var _NT = "NodeType";
var _NTAo = "NotificationTopicArn";
var _NTe = "NextToken";
var _NV = "NumberValue";
var _NVC = "NeoVpcConfig";
var _O = "Outcome";
var _OA = "OutputArtifacts";
var _OATR = "OutputArtifactsToRemove";
var _OC = "OptimizationConfig";
var _OCFR = "OidcConfigForResponse";
var _OCT = "OriginalCreationTime";
var _OCi = "OidcConfig";
var _OCn = "OnCreate";
var _OCp = "OptimizationConfigs";
var _OCu = "OutputConfig";
var _OCut = "OutputCompression";
var _ODC = "OutputDataConfig";
var _ODn = "OnDemand";
var _OE = "OptimizationEnvironment";
var _OET = "OptimizationEndTime";
var _OEv = "OverrideEnvironment";
var _OF = "OutputFormat";
var _OFu = "OutputFilter";
var _OIC = "OnInitComplete";
var _OJA = "OptimizationJobArn";
var _OJMS = "OptimizationJobModelSource";
var _OJMSS = "OptimizationJobModelSourceS3";
var _OJN = "OptimizationJobName";
var _OJOC = "OptimizationJobOutputConfig";
var _OJS = "OptimizationJobStatus";
var _OJSpt = "OptimizationJobSummary";
var _OK = "ObjectKey";
var _OMAC = "OptimizationModelAccessConfig";
var _OMD = "OidcMemberDefinition";
var _OMPA = "OutputModelPackageArn";
var _ON = "OutputName";
var _OO = "OptimizationOutput";
var _OP = "OutputParameters";
var _OPL = "OutputParameterList";
var _OPu = "OutputParameter";
var _OS = "ObjectiveStatus";
var _OSDHC = "OnStartDeepHealthChecks";
var _OSMM = "OptimizationSageMakerModel";
var _OST = "OptimizationStartTime";
var _OSU = "OutputS3Uri";
var _OT = "OptimizationType";
var _OTp = "OptimizationTypes";
var _OVC = "OverrideVpcConfig";
var _OVCp = "OptimizationVpcConfig";
var _Or = "Orchestrator";
var _Ou = "Outputs";
var _P = "Parameters";
var _PA = "ProbabilityAttribute";
var _PAC = "PartnerAppConfig";
var _PAPSU = "PostAnalyticsProcessorSourceUri";
var _PAa = "ParameterAdditions";
var _PAi = "PipelineArn";
var _PCC = "ProcessingClusterConfig";
var _PCFU = "ProfilerConfigForUpdate";
var _PCL = "PriorityClassList";
var _PCa = "ParallelismConfiguration";
var _PCay = "PayloadConfig";
var _PCr = "ProfilerConfig";
var _PCri = "PriorityClass";
var _PCrio = "PriorityClasses";
var _PD = "PipelineDefinition";
var _PDN = "PipelineDisplayName";
var _PDSL = "PipelineDefinitionS3Location";
var _PDi = "PipelineDescription";
var _PEA = "PipelineExecutionArn";
var _PEC = "PipelineExperimentConfig";
var _PED = "PipelineExecutionDescription";
var _PEDN = "PipelineExecutionDisplayName";
var _PES = "PipelineExecutionStatus";
var _PESL = "PipelineExecutionStepList";
var _PESM = "PipelineExecutionStepMetadata";
var _PESip = "PipelineExecutionSteps";
var _PESipe = "PipelineExecutionStep";
var _PET = "ProcessingEndTime";
var _PFSO = "ProcessingFeatureStoreOutput";
var _PHTLA = "PreHumanTaskLambdaArn";
var _PI = "ProbabilityIndex";
var _PIIM = "ProfilingIntervalInMilliseconds";
var _PIP = "ProcessingInstancePreference";
var _PIPL = "ProcessingInstancePreferenceList";
var _PIl = "PlatformIdentifier";
var _PIr = "ProcessingInputs";
var _PIri = "PrincipalId";
var _PIro = "ProjectId";
var _PIroc = "ProcessingInput";
var _PIrod = "ProductId";
var _PIrog = "ProgressInfo";
var _PJ = "ProcessingJob";
var _PJA = "ProcessingJobArn";
var _PJN = "ProcessingJobName";
var _PJS = "ProcessingJobStatus";
var _PJSM = "ProcessingJobStepMetadata";
var _PL = "ProgrammingLang";
var _PLI = "ProductListingIds";
var _PLa = "ParameterList";
var _PN = "ProfileName";
var _PNa = "PartitionNames";
var _PNi = "PipelineName";
var _PO = "ProcessingOutput";
var _POC = "ProcessingOutputConfig";
var _POr = "ProcessingOutputs";
var _PP = "PipelineParameters";
var _PPr = "ProfilingParameters";
var _PR = "ProcessingResources";
var _PRC = "ProfilerRuleConfigurations";
var _PRCr = "ProfilerRuleConfiguration";
var _PRES = "ProfilerRuleEvaluationStatuses";
var _PRESr = "ProfilerRuleEvaluationStatus";
var _PRa = "ParameterRanges";
var _PRar = "ParameterRange";
var _PRara = "ParameterRemovals";
var _PS = "PatchingStrategy";
var _PSC = "ProcessingStoppingCondition";
var _PSI = "ProcessingS3Input";
var _PSO = "ProcessingS3Output";
var _PSP = "ProjectS3Path";
var _PST = "ProcessingStartTime";
var _PSa = "PatchSchedule";
var _PSi = "PipelineStatus";
var _PSlac = "PlacementSpecifications";
var _PSlace = "PlacementSpecification";
var _PSri = "PrimaryStatus";
var _PSro = "ProfilingStatus";
var _PTA = "ProbabilityThresholdAttribute";
var _PTC = "PreTrainingConstraints";
var _PTCo = "PostTrainingConstraints";
var _PTR = "PreTrainingReport";
var _PTRa = "ParametersToRemove";
var _PTRo = "PostTrainingReport";
var _PTRr = "PropertiesToRemove";
var _PTr = "ProblemType";
var _PUST = "PerUnitStorageThroughput";
var _PVD = "PipelineVersionDescription";
var _PVDN = "PipelineVersionDisplayName";
var _PVI = "PipelineVersionId";
var _PWTP = "PublicWorkforceTaskPrice";
var _Pa = "Parquet";
var _Par = "Parameter";
var _Pe = "Percentage";
var _Pef = "Peft";
var _Pr = "Properties";
var _Pro = "Processor";
var _QC = "QualityCheck";
var _QCSM = "QualityCheckStepMetadata";
var _QF = "QueryFilters";
var _QLR = "QueryLineageRequest";
var _QPA = "QProfileArn";
var _QS = "QueryString";
var _R = "Report";
var _RA = "ResourceArn";
var _RAC = "RepositoryAuthConfig";
var _RAM = "RepositoryAccessMode";
var _RAo = "RoleArn";
var _RAoo = "RootAccess";
var _RBJ = "ReusedByJob";
var _RCA = "ReservedCapacityArn";
var _RCN = "RuleConfigurationName";
var _RCO = "ReservedCapacityOffering";
var _RCOe = "ReservedCapacityOfferings";
var _RCPA = "RepositoryCredentialsProviderArn";
var _RCS = "ReservedCapacitySummaries";
var _RCSe = "ReservedCapacitySummary";
var _RCT = "ReservedCapacityType";
var _RCe = "ResourceConfig";
var _RDC = "RemoteDebugConfig";
var _RDD = "RedshiftDatasetDefinition";
var _RDP = "RollingDeploymentPolicy";
var _RDo = "RootlessDocker";
var _REI = "RuleEvaluatorImage";
var _REJA = "RuleEvaluationJobArn";
var _RES = "RuleEvaluationStatus";
var _RETB = "RequestedEndTimeBefore";
var _RGA = "RoleGroupAssignments";
var _RGAL = "RoleGroupAssignmentsList";
var _RGAo = "RoleGroupAssignment";
var _RI = "ResolvedImage";
var _RIG = "RestrictedInstanceGroups";
var _RIGC = "RestrictedInstanceGroupsConfig";
var _RII = "RecommendedInferenceImage";
var _RIU = "ResourceInUse";
var _RIe = "RecommendationId";
var _RJCC = "RecommendationJobContainerConfig";
var _RJPC = "RecommendationJobPayloadConfig";
var _RJVC = "RecommendationJobVpcConfig";
var _RLE = "ResourceLimitExceeded";
var _RMBS = "RollbackMaximumBatchSize";
var _RMSM = "RegisterModelStepMetadata";
var _RMV = "ReferenceMinVersion";
var _RMe = "RegisterModel";
var _RN = "ReleaseNotes";
var _RNB = "RegisterNewBaseline";
var _RNF = "ResourceNotFound";
var _RNe = "RecipeName";
var _RNo = "RoleName";
var _RNu = "RunName";
var _RP = "RuleParameters";
var _RPSU = "RecordPreprocessorSourceUri";
var _RRBTIS = "ResourceRetainedBillableTimeInSeconds";
var _RS = "ResourceSpec";
var _RSAS = "RSessionAppSettings";
var _RSCU = "RStudioConnectUrl";
var _RSPMU = "RStudioPackageManagerUrl";
var _RSSPAS = "RStudioServerProAppSettings";
var _RSSPDS = "RStudioServerProDomainSettings";
var _RSSPDSFU = "RStudioServerProDomainSettingsForUpdate";
var _RSTA = "RequestedStartTimeAfter";
var _RSe = "RetryStrategy";
var _RTIC = "RealTimeInferenceConfig";
var _RTIRe = "RealTimeInferenceRecommendation";
var _RTe = "ResolutionTime";
var _RU = "RepositoryUrl";
var _RUP = "RollingUpdatePolicy";
var _RV = "RootVolume";
var _RWT = "RecordWrapperType";
var _Ra = "Range";
var _Rea = "Reason";
var _Reg = "Regex";
var _Rep = "Repository";
var _S = "Source";
var _SA = "SourceArn";
var _SAE = "SlrAccessEntry";
var _SAL = "SourceAlgorithmList";
var _SAP = "S3ArtifactPath";
var _SAS = "SourceAlgorithmSpecification";
var _SAe = "SecretArn";
var _SAo = "SourceAlgorithm";
var _SAou = "SourceAlgorithms";
var _SAt = "StartArns";
var _SBo = "SortBy";
var _SC = "SecurityConfig";
var _SCC = "SessionChainingConfig";
var _SCS = "SlurmConfigStrategy";
var _SCT = "SupportedContentTypes";
var _SCTo = "S3CompressionType";
var _SCTu = "SupportedCompressionTypes";
var _SCc = "SchedulerConfig";
var _SCh = "ShuffleConfig";
var _SCk = "SkipCheck";
var _SCl = "SlurmConfig";
var _SCt = "StoppingCondition";
var _SDDT = "S3DataDistributionType";
var _SDNt = "StepDisplayName";
var _SDS = "S3DataSource";
var _SDT = "S3DataType";
var _SDTu = "SupportsDistributedTraining";
var _SDt = "StatusDetails";
var _SDta = "StageDescription";
var _SDte = "StepDescription";
var _SDu = "SubDomain";
var _SE = "StatusEquals";
var _SEC = "SharedEnvironmentConfig";
var _SECe = "SelectiveExecutionConfig";
var _SER = "SelectiveExecutionResult";
var _SET = "SupportedEndpointType";
var _SEc = "ScheduleExpression";
var _SFSC = "S3FileSystemConfig";
var _SG = "SecurityGroups";
var _SGI = "SecurityGroupIds";
var _SGIFDB = "SecurityGroupIdForDomainBoundary";
var _SHP = "StaticHyperParameters";
var _SHPu = "SupportedHyperParameters";
var _SI = "SourceId";
var _SIC = "SourceIpConfig";
var _SICe = "SelectedInstanceCount";
var _SIERto = "StopInferenceExperimentRequest";
var _SIGB = "SizeInGiB";
var _SIM = "S3InputMode";
var _SIMu = "SupportedInputModes";
var _SIT = "SourceIdType";
var _SITe = "SelectedInstanceType";
var _SITu = "SupportedInstanceTypes";
var _SIn = "S3Input";
var _SIo = "SourceIdentity";
var _SIou = "SourceIp";
var _SIp = "SpecifiedImage";
var _SIt = "StepId";
var _SIu = "SubnetIds";
var _SIub = "SubnetId";
var _SJC = "ServerlessJobConfig";
var _SKKI = "S3KmsKeyId";
var _SL = "SequenceLength";
var _SM = "StatusMessage";
var _SMA = "S3ModelArtifacts";
var _SMDS = "S3ModelDataSource";
var _SMIA = "SageMakerImageArn";
var _SMIN = "SageMakerImageName";
var _SMIVA = "SageMakerImageVersionAliases";
var _SMIVAa = "SageMakerImageVersionArn";
var _SMIVAag = "SageMakerImageVersionAlias";
var _SMM = "SageMakerModel";
var _SMPA = "SourceModelPackageArn";
var _SMPHCA = "SageMakerPublicHubContentArn";
var _SMV = "SkipModelValidation";
var _SNLI = "SuccessfulNodeLogicalIds";
var _SNte = "StepName";
var _SO = "SortOrder";
var _SOL = "S3OutputLocation";
var _SOP = "S3OutputPath";
var _SOu = "S3Output";
var _SPE = "StartPipelineExecution";
var _SPEA = "SourcePipelineExecutionArn";
var _SPER = "StartPipelineExecutionRequest";
var _SPERt = "StartPipelineExecutionResponse";
var _SPERto = "StopPipelineExecutionRequest";
var _SPERtop = "StopPipelineExecutionResponse";
var _SPEt = "StopPipelineExecution";
var _SPU = "SamplePayloadUrl";
var _SPr = "S3Presign";
var _SQU = "SqsQueueUrl";
var _SR = "StatisticsResource";
var _SRIIT = "SupportedRealtimeInferenceInstanceTypes";
var _SRMIMET = "SupportedResponseMIMETypes";
var _SSC = "S3StorageConfig";
var _SSL = "SelectedStepList";
var _SSOAA = "SingleSignOnApplicationArn";
var _SSOMAII = "SingleSignOnManagedApplicationInstanceId";
var _SSSp = "SpaceStorageSettings";
var _SST = "SecondaryStatusTransitions";
var _SSTe = "SecondaryStatusTransition";
var _SSU = "SourceS3Uri";
var _SSe = "SecondaryStatus";
var _SSel = "SelectedStep";
var _SSele = "SelectedSteps";
var _SSh = "SharingSettings";
var _SSt = "StageStatus";
var _SSte = "StepStatus";
var _SSu = "SupportStatus";
var _ST = "SourceType";
var _STAc = "ScheduledTimeAfter";
var _STAt = "StartTimeAfter";
var _STB = "ScheduledTimeBefore";
var _STIT = "SupportedTransformInstanceTypes";
var _STITu = "SupportedTrainingInstanceTypes";
var _STJOM = "SupportedTuningJobObjectiveMetrics";
var _STO = "StartTimeOffset";
var _STPOR = "SearchTrainingPlanOfferingsRequest";
var _STc = "ScalingType";
var _STch = "ScheduledTime";
var _STo = "SourceTypes";
var _STp = "SplitType";
var _STt = "StartTime";
var _STu = "SuccessTopic";
var _SU = "SourceUri";
var _SUC = "ScheduledUpdateConfig";
var _SUM = "S3UploadMode";
var _SUS = "SoftwareUpdateStatus";
var _SUr = "S3Uri";
var _SV = "StringValue";
var _SWP = "StudioWebPortal";
var _SWPA = "StudioWebPortalAccess";
var _SWPS = "StudioWebPortalSettings";
var _S_ = "S3";
var _Sco = "Scope";
var _Se = "Seed";
var _Sl = "Slurm";
var _Sp = "Spot";
var _St = "Status";
var _Stage = "Stage";
var _Stati = "Statistics";
var _Su = "Successful";
var _Sub = "Subnets";
var _T = "Type";
var _TALIS = "TaskAvailabilityLifetimeInSeconds";
var _TAN = "TargetAttributeName";
var _TANi = "TimestampAttributeName";
var _TAV = "TransformAmiVersion";
var _TBAS = "TensorBoardAppSettings";
var _TBOC = "TensorBoardOutputConfig";
var _TCAr = "TrialComponentArtifact";
var _TCAri = "TrialComponentArtifacts";
var _TCDN = "TrialComponentDisplayName";
var _TCN = "TrialComponentName";
var _TCP = "TrialComponentParameters";
var _TCPV = "TrialComponentParameterValue";
var _TCSri = "TrialComponentStatus";
var _TCa = "TargetCount";
var _TCas = "TaskCount";
var _TCra = "TrainingChannels";
var _TD = "TaskDescription";
var _TDS = "TrainingDataSource";
var _TDSr = "TransformDataSource";
var _TE = "TokenEndpoint";
var _TET = "TrainingEndTime";
var _TETr = "TransformEndTime";
var _TFOAC = "TenthFractionsOfACent";
var _TGHP = "TextGenerationHyperParameters";
var _TGJC = "TextGenerationJobConfig";
var _THP = "TunedHyperParameters";
var _TI = "TrainingImage";
var _TIC = "TrainingImageConfig";
var _TICo = "TotalInstanceCount";
var _TID = "TrainingImageDigest";
var _TIM = "TrainingInputMode";
var _TIPS = "TrustedIdentityPropagationSettings";
var _TIr = "TransformInput";
var _TJ = "TrainingJob";
var _TJA = "TrainingJobArn";
var _TJAr = "TransformJobArn";
var _TJAu = "TuningJobArn";
var _TJD = "TrainingJobDefinition";
var _TJDN = "TrainingJobDefinitionName";
var _TJDr = "TransformJobDefinition";
var _TJN = "TrainingJobName";
var _TJNr = "TransformJobName";
var _TJNu = "TuningJobName";
var _TJS = "TrainingJobStatus";
var _TJSM = "TrainingJobStepMetadata";
var _TJSMD = "TuningJobStepMetaData";
var _TJSMr = "TransformJobStepMetadata";
var _TJSr = "TransformJobStatus";
var _TJr = "TransformJob";
var _TJu = "TuningJob";
var _TK = "TagKeys";
var _TKa = "TaskKeywords";
var _TLa = "TagList";
var _TN = "TrialName";
var _TO = "TransformOutput";
var _TOu = "TuningObjective";
var _TP = "TagPropagation";
var _TPA = "TrainingPlanArn";
var _TPAr = "TrainingPlanArns";
var _TPC = "ThreadsPerCore";
var _TPI = "TrainingProgressInfo";
var _TPN = "TrainingPlanName";
var _TPOI = "TrainingPlanOfferingId";
var _TPOr = "TrainingPlanOffering";
var _TPS = "TrainingPlanStatus";
var _TPSra = "TrainingPlanSummary";
var _TR = "TransformResources";
var _TRAC = "TrainingRepositoryAuthConfig";
var _TRAM = "TrainingRepositoryAccessMode";
var _TRCPA = "TrainingRepositoryCredentialsProviderArn";
var _TRa = "TargetResources";
var _TS = "TrainingSpecification";
var _TSC = "TargetStateCount";
var _TSCPE = "TotalStepCountPerEpoch";
var _TSCi = "TieredStorageConfig";
var _TSCim = "TimeSeriesConfig";
var _TSDS = "TransformS3DataSource";
var _TSFJC = "TimeSeriesForecastingJobConfig";
var _TSFS = "TimeSeriesForecastingSettings";
var _TST = "TrainingStartTime";
var _TSTi = "TimeSeriesTransformations";
var _TSTr = "TransformStartTime";
var _TT = "TaskTitle";
var _TTIS = "TrainingTimeInSeconds";
var _TTLIS = "TaskTimeLimitInSeconds";
var _TUSC = "TotalUltraServerCount";
var _Ta = "Tags";
var _Tag = "Tag";
var _Tai = "Taints";
var _Tas = "Task";
var _Te = "Technique";
var _Tim = "Timestamp";
var _Tra = "Transformations";
var _Ty = "Types";
var _U = "Uri";
var _UAR = "UpdateActionRequest";
var _UARpd = "UpdateArtifactRequest";
var _UC = "UiConfig";
var _UCR = "UpdateClusterRequest";
var _UCRpd = "UpdateContextRequest";
var _UCs = "UserContext";
var _UDRp = "UpdateDomainRequest";
var _UF = "UpfrontFee";
var _UFMR = "UpdateFeatureMetadataRequest";
var _UG = "UserGroup";
var _UHCR = "UpdateHubContentRequest";
var _UHR = "UpdateHubRequest";
var _UIC = "UnhealthyInstanceCount";
var _UIE = "UserInfoEndpoint";
var _UIR = "UpdateImageRequest";
var _UIVR = "UpdateImageVersionRequest";
var _UMAR = "UpdateMlflowAppRequest";
var _UMP = "UpdateModelPackage";
var _UMPI = "UpdateModelPackageInput";
var _UMPO = "UpdateModelPackageOutput";
var _UNII = "UpdateNotebookInstanceInput";
var _UP = "UserPool";
var _UPA = "UserProfileArn";
var _UPN = "UserProfileName";
var _UPR = "UpdatePipelineRequest";
var _UPRp = "UpdatePipelineResponse";
var _UPp = "UpdatePipeline";
var _US = "UserSettings";
var _USC = "UltraServerCount";
var _USD = "USD";
var _USIl = "UltraServerId";
var _USSn = "UnifiedStudioSettings";
var _UST = "UltraServerType";
var _UTCR = "UpdateTrialComponentRequest";
var _UTSU = "UiTemplateS3Uri";
var _Ui = "Uid";
var _Ur = "Url";
var _V = "Version";
var _VA = "VersionAliases";
var _VC = "VpcConfig";
var _VEI = "VpcEndpointId";
var _VG = "VendorGuidance";
var _VH = "ValueHint";
var _VIe = "VersionId";
var _VIp = "VpcId";
var _VKKI = "VolumeKmsKeyId";
var _VN = "VariantName";
var _VOTA = "VpcOnlyTrustedAccounts";
var _VP = "ValidationProfiles";
var _VR = "ValidationRole";
var _VRi = "ViolationReport";
var _VS = "ValidationStatuses";
var _VSI = "VpcSourceIp";
var _VSIGB = "VolumeSizeInGB";
var _VSa = "ValidationSpecification";
var _Va = "Value";
var _Val = "Values";
var _WA = "WorkforceArn";
var _WAC = "WorkerAccessConfiguration";
var _WAo = "WorkteamArn";
var _WG = "WorkGroup";
var _WIIS = "WaitIntervalInSeconds";
var _WMWS = "WeeklyMaintenanceWindowStart";
var _WNo = "WorkteamName";
var _WPS = "WarmPoolStatus";
var _WSo = "WorkspaceSettings";
var _WVCR = "WorkforceVpcConfigRequest";
var _WVCRo = "WorkforceVpcConfigResponse";
var _We = "Weight";
var _Wo = "Workteam";
var _a = "application/json";
var _c = "client";
var _e = "error";
var _mT = "mediaType";
var _s = "smithy.ts.sdk.synthetic.com.amazonaws.sagemaker";
var n0 = "com.amazonaws.sagemaker";
var _s_registry = new TypeRegistry(_s);
var SageMakerServiceException$ = [-3, _s, "SageMakerServiceException", 0, [], []];
_s_registry.registerError(SageMakerServiceException$, SageMakerServiceException);
var n0_registry = new TypeRegistry(n0);
var ConflictException$ = [
  -3,
  n0,
  _CE,
  { [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(ConflictException$, ConflictException);
var ResourceInUse$ = [
  -3,
  n0,
  _RIU,
  { [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(ResourceInUse$, ResourceInUse);
var ResourceLimitExceeded$ = [
  -3,
  n0,
  _RLE,
  { [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(ResourceLimitExceeded$, ResourceLimitExceeded);
var ResourceNotFound$ = [
  -3,
  n0,
  _RNF,
  { [_e]: _c },
  [_M],
  [0]
];
n0_registry.registerError(ResourceNotFound$, ResourceNotFound);
var errorTypeRegistries = [
  _s_registry,
  n0_registry
];
var ClientSecret = [0, n0, _CS, 8, 0];
var HumanLoopActivationConditions = [0, n0, _HLAC, { [_mT]: _a }, 0];
var ModelCardContent = [0, n0, _MCC, 8, 0];
var ActionSource$ = [
  3,
  n0,
  _AS,
  0,
  [_SU, _ST, _SI],
  [0, 0, 0],
  1
];
var AddClusterNodeSpecification$ = [
  3,
  n0,
  _ACNS,
  0,
  [_IGN, _ITCB, _AZ, _IT],
  [0, 1, 64 | 0, 64 | 0],
  2
];
var AdditionalEnis$ = [
  3,
  n0,
  _AE,
  0,
  [_EE],
  [64 | 0]
];
var AdditionalInferenceSpecificationDefinition$ = [
  3,
  n0,
  _AISD,
  0,
  [_N, _Co, _D, _STIT, _SRIIT, _SCT, _SRMIMET],
  [0, () => ModelPackageContainerDefinitionList, 0, 64 | 0, 64 | 0, 64 | 0, 64 | 0],
  2
];
var AdditionalModelDataSource$ = [
  3,
  n0,
  _AMDS,
  0,
  [_CN, _SDS],
  [0, () => S3ModelDataSource$],
  2
];
var AdditionalS3DataSource$ = [
  3,
  n0,
  _ASDS,
  0,
  [_SDT, _SUr, _CTo, _ET],
  [0, 0, 0, 0],
  2
];
var AICapacityReservationConfig$ = [
  3,
  n0,
  _AICRC,
  0,
  [_CRP, _MRA],
  [0, 64 | 0]
];
var AIRecommendationComputeSpec$ = [
  3,
  n0,
  _AIRCS,
  0,
  [_IT, _CRC],
  [64 | 0, () => AICapacityReservationConfig$]
];
var AIRecommendationDeploymentConfiguration$ = [
  3,
  n0,
  _AIRDC,
  0,
  [_S_, _IU, _ITn, _ICn, _CCPI, _EV, _MCMRIM],
  [() => AIRecommendationDeploymentS3ChannelList, 0, 0, 1, 1, 128 | 0, 1]
];
var AIRecommendationDeploymentS3Channel$ = [
  3,
  n0,
  _AIRDSC,
  0,
  [_CN, _U],
  [0, 0]
];
var AIRecommendationOptimizationDetail$ = [
  3,
  n0,
  _AIROD,
  0,
  [_OT, _OC],
  [0, 128 | 0],
  1
];
var AlarmDetails$ = [
  3,
  n0,
  _ADl,
  0,
  [_ANl],
  [0],
  1
];
var AlgorithmSpecification$ = [
  3,
  n0,
  _ASl,
  0,
  [_TIM, _TI, _ANlg, _MDe, _ESMMTS, _CEo, _CA, _TIC],
  [0, 0, 0, () => MetricDefinitionList, 2, 64 | 0, 64 | 0, () => TrainingImageConfig$],
  1
];
var AmazonQSettings$ = [
  3,
  n0,
  _AQS,
  0,
  [_St, _QPA],
  [0, 0]
];
var AnnotationConsolidationConfig$ = [
  3,
  n0,
  _ACC,
  0,
  [_ACLA],
  [0],
  1
];
var AppLifecycleManagement$ = [
  3,
  n0,
  _ALM,
  0,
  [_IS],
  [() => IdleSettings$]
];
var AppSpecification$ = [
  3,
  n0,
  _ASp,
  0,
  [_IU, _CEo, _CA],
  [0, 64 | 0, 64 | 0],
  1
];
var ArtifactSource$ = [
  3,
  n0,
  _ASr,
  0,
  [_SU, _STo],
  [0, () => ArtifactSourceTypes],
  1
];
var ArtifactSourceType$ = [
  3,
  n0,
  _AST,
  0,
  [_SIT, _Va],
  [0, 0],
  2
];
var AssociationInfo$ = [
  3,
  n0,
  _AIs,
  0,
  [_SA, _DA],
  [0, 0],
  2
];
var AsyncInferenceNotificationConfig$ = [
  3,
  n0,
  _AINC,
  0,
  [_STu, _ETr, _IIRI],
  [0, 0, 64 | 0]
];
var AthenaDatasetDefinition$ = [
  3,
  n0,
  _ADD,
  0,
  [_Ca, _Da, _QS, _OSU, _OF, _WG, _KKI, _OCut],
  [0, 0, 0, 0, 0, 0, 0, 0],
  5
];
var AutoMLAlgorithmConfig$ = [
  3,
  n0,
  _AMLAC,
  0,
  [_AMLA],
  [64 | 0],
  1
];
var AutoMLContainerDefinition$ = [
  3,
  n0,
  _AMLCD,
  0,
  [_Im, _MDU, _E],
  [0, 0, 128 | 0],
  2
];
var AutoMLJobCompletionCriteria$ = [
  3,
  n0,
  _AMLJCC,
  0,
  [_MCa, _MRPTJIS, _MAMLJRIS],
  [1, 1, 1]
];
var AutoMLJobStepMetadata$ = [
  3,
  n0,
  _AMLJSM,
  0,
  [_Ar],
  [0]
];
var AutoParameter$ = [
  3,
  n0,
  _AP,
  0,
  [_N, _VH],
  [0, 0],
  2
];
var AvailableUpgrade$ = [
  3,
  n0,
  _AUv,
  0,
  [_V, _RN],
  [0, 64 | 0]
];
var BaseModel$ = [
  3,
  n0,
  _BM,
  0,
  [_HCN, _HCV, _RNe],
  [0, 0, 0]
];
var BatchAddClusterNodesError$ = [
  3,
  n0,
  _BACNE,
  0,
  [_IGN, _EC, _FC, _AZ, _IT, _M],
  [0, 0, 1, 64 | 0, 64 | 0, 0],
  3
];
var BatchDataCaptureConfig$ = [
  3,
  n0,
  _BDCC,
  0,
  [_DSU, _KKI, _GII],
  [0, 0, 2],
  1
];
var BatchDeleteClusterNodeLogicalIdsError$ = [
  3,
  n0,
  _BDCNLIE,
  0,
  [_Cod, _M, _NLI],
  [0, 0, 0],
  3
];
var BatchDeleteClusterNodesError$ = [
  3,
  n0,
  _BDCNE,
  0,
  [_Cod, _M, _NI],
  [0, 0, 0],
  3
];
var BatchDeleteClusterNodesRequest$ = [
  3,
  n0,
  _BDCNR,
  0,
  [_CNl, _NIo, _NLIo],
  [0, 64 | 0, 64 | 0],
  1
];
var BatchDeleteClusterNodesResponse$ = [
  3,
  n0,
  _BDCNRa,
  0,
  [_Fa, _Su, _FNLI, _SNLI],
  [() => BatchDeleteClusterNodesErrorList, 64 | 0, () => BatchDeleteClusterNodeLogicalIdsErrorList, 64 | 0]
];
var BatchDescribeModelPackageInput$ = [
  3,
  n0,
  _BDMPI,
  0,
  [_MPAL],
  [64 | 0],
  1
];
var BatchRebootClusterNodeLogicalIdsError$ = [
  3,
  n0,
  _BRCNLIE,
  0,
  [_NLI, _EC, _M],
  [0, 0, 0],
  3
];
var BatchRebootClusterNodesError$ = [
  3,
  n0,
  _BRCNE,
  0,
  [_NI, _EC, _M],
  [0, 0, 0],
  3
];
var BatchRebootClusterNodesRequest$ = [
  3,
  n0,
  _BRCNR,
  0,
  [_CNl, _NIo, _NLIo],
  [0, 64 | 0, 64 | 0],
  1
];
var BatchRebootClusterNodesResponse$ = [
  3,
  n0,
  _BRCNRa,
  0,
  [_Su, _Fa, _FNLI, _SNLI],
  [64 | 0, () => BatchRebootClusterNodesErrors, () => BatchRebootClusterNodeLogicalIdsErrors, 64 | 0]
];
var BatchReplaceClusterNodeLogicalIdsError$ = [
  3,
  n0,
  _BRCNLIEa,
  0,
  [_NLI, _EC, _M],
  [0, 0, 0],
  3
];
var BatchReplaceClusterNodesError$ = [
  3,
  n0,
  _BRCNEa,
  0,
  [_NI, _EC, _M],
  [0, 0, 0],
  3
];
var BatchReplaceClusterNodesRequest$ = [
  3,
  n0,
  _BRCNRat,
  0,
  [_CNl, _NIo, _NLIo],
  [0, 64 | 0, 64 | 0],
  1
];
var BatchReplaceClusterNodesResponse$ = [
  3,
  n0,
  _BRCNRatc,
  0,
  [_Su, _Fa, _FNLI, _SNLI],
  [64 | 0, () => BatchReplaceClusterNodesErrors, () => BatchReplaceClusterNodeLogicalIdsErrors, 64 | 0]
];
var BatchTransformInput$ = [
  3,
  n0,
  _BTI,
  0,
  [_DCDSU, _DF, _LP, _SIM, _SDDT, _FA, _IA, _PA, _PTA, _STO, _ETO, _EFA],
  [0, () => MonitoringDatasetFormat$, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0],
  3
];
var BedrockCustomModelDeploymentMetadata$ = [
  3,
  n0,
  _BCMDM,
  0,
  [_Ar],
  [0]
];
var BedrockCustomModelMetadata$ = [
  3,
  n0,
  _BCMM,
  0,
  [_Ar],
  [0]
];
var BedrockModelImportMetadata$ = [
  3,
  n0,
  _BMIM,
  0,
  [_Ar],
  [0]
];
var BedrockProvisionedModelThroughputMetadata$ = [
  3,
  n0,
  _BPMTM,
  0,
  [_Ar],
  [0]
];
var Bias$ = [
  3,
  n0,
  _B,
  0,
  [_R, _PTR, _PTRo],
  [() => MetricsSource$, () => MetricsSource$, () => MetricsSource$]
];
var CacheHitResult$ = [
  3,
  n0,
  _CHR,
  0,
  [_SPEA],
  [0]
];
var CallbackStepMetadata$ = [
  3,
  n0,
  _CSM,
  0,
  [_CTa, _SQU, _OP],
  [0, 0, () => OutputParameterList]
];
var CandidateGenerationConfig$ = [
  3,
  n0,
  _CGC,
  0,
  [_ACl],
  [() => AutoMLAlgorithmsConfig]
];
var CanvasAppSettings$ = [
  3,
  n0,
  _CAS,
  0,
  [_TSFS, _MRS, _WSo, _IPOAS, _DDS, _KS, _GAS, _ESS],
  [() => TimeSeriesForecastingSettings$, () => ModelRegisterSettings$, () => WorkspaceSettings$, () => IdentityProviderOAuthSettings, () => DirectDeploySettings$, () => KendraSettings$, () => GenerativeAiSettings$, () => EmrServerlessSettings$]
];
var CapacityReservation$ = [
  3,
  n0,
  _CR,
  0,
  [_Ar, _T],
  [0, 0]
];
var CapacitySizeConfig$ = [
  3,
  n0,
  _CSC,
  0,
  [_T, _Va],
  [0, 1],
  2
];
var CaptureContentTypeHeader$ = [
  3,
  n0,
  _CCTH,
  0,
  [_CCT, _JCT],
  [64 | 0, 64 | 0]
];
var CategoricalParameter$ = [
  3,
  n0,
  _CPa,
  0,
  [_N, _Va],
  [0, 64 | 0],
  2
];
var CategoricalParameterRange$ = [
  3,
  n0,
  _CPR,
  0,
  [_N, _Val],
  [0, 64 | 0],
  2
];
var CategoricalParameterRangeSpecification$ = [
  3,
  n0,
  _CPRS,
  0,
  [_Val],
  [64 | 0],
  1
];
var Channel$ = [
  3,
  n0,
  _Ch,
  0,
  [_CN, _DS, _CTon, _CTo, _RWT, _IM, _SCh],
  [0, () => DataSource$, 0, 0, 0, 0, () => ShuffleConfig$],
  2
];
var ChannelSpecification$ = [
  3,
  n0,
  _CSh,
  0,
  [_N, _SCT, _SIMu, _D, _IR, _SCTu],
  [0, 64 | 0, 64 | 0, 0, 2, 64 | 0],
  3
];
var CheckpointConfig$ = [
  3,
  n0,
  _CCh,
  0,
  [_SUr, _LP],
  [0, 0],
  1
];
var ClarifyCheckStepMetadata$ = [
  3,
  n0,
  _CCSM,
  0,
  [_CThe, _BUFDCC, _CBC, _MPGN, _VRi, _CJA, _SCk, _RNB],
  [0, 0, 0, 0, 0, 0, 2, 2]
];
var ClarifyInferenceConfig$ = [
  3,
  n0,
  _CIC,
  0,
  [_FA, _CTont, _MRC, _MPIMB, _PI, _LI, _PA, _LA, _LH, _FH, _FT],
  [0, 0, 1, 1, 1, 1, 0, 0, 64 | 0, 64 | 0, 64 | 0]
];
var ClusterAutoPatchConfig$ = [
  3,
  n0,
  _CAPC,
  0,
  [_PS, _PSa, _DCe],
  [0, () => ClusterPatchSchedule$, () => DeploymentConfiguration$],
  1
];
var ClusterAutoPatchConfigDetails$ = [
  3,
  n0,
  _CAPCD,
  0,
  [_PS, _CPS, _DPS, _DCe],
  [0, () => ClusterPatchScheduleDetails$, () => ClusterPatchScheduleDetails$, () => DeploymentConfiguration$]
];
var ClusterAutoScalingConfig$ = [
  3,
  n0,
  _CASC,
  0,
  [_Mo, _ASTu],
  [0, 0],
  1
];
var ClusterCapacityRequirements$ = [
  3,
  n0,
  _CCR,
  0,
  [_Sp, _ODn],
  [() => ClusterSpotOptions$, () => ClusterOnDemandOptions$]
];
var ClusterEbsVolumeConfig$ = [
  3,
  n0,
  _CEVC,
  0,
  [_VSIGB, _VKKI, _RV],
  [1, 0, 2]
];
var ClusterFsxLustreConfig$ = [
  3,
  n0,
  _CFLC,
  0,
  [_DNn, _MNo, _MP],
  [0, 0, 0],
  2
];
var ClusterFsxOpenZfsConfig$ = [
  3,
  n0,
  _CFOZC,
  0,
  [_DNn, _MP],
  [0, 0],
  1
];
var ClusterInstanceGroupDetails$ = [
  3,
  n0,
  _CIGD,
  0,
  [_CCu, _TCa, _MCi, _IGN, _ITn, _IRn, _ITD, _LCC, _ERx, _TPC, _ISC, _OSDHC, _St, _TPA, _TPS, _OVC, _SUC, _APCu, _CII, _DII, _CIRV, _DIRV, _IVS, _AO, _KC, _CRa, _TSC, _SUS, _ASUC, _SCl, _NIe],
  [1, 1, 1, 0, 0, () => ClusterInstanceRequirementDetails$, () => ClusterInstanceTypeDetails, () => ClusterLifeCycleConfig$, 0, 1, () => ClusterInstanceStorageConfigs, 64 | 0, 0, 0, 0, () => VpcConfig$, () => ScheduledUpdateConfig$, () => ClusterAutoPatchConfigDetails$, 0, 0, 0, 0, 0, 128 | 1, () => ClusterKubernetesConfigDetails$, () => ClusterCapacityRequirements$, 1, 0, () => DeploymentConfiguration$, () => ClusterSlurmConfigDetails$, () => ClusterNetworkInterfaceDetails$]
];
var ClusterInstanceGroupSpecification$ = [
  3,
  n0,
  _CIGS,
  0,
  [_ICn, _IGN, _ERx, _MIC, _ITn, _IRn, _LCC, _TPC, _ISC, _OSDHC, _TPA, _OVC, _SUC, _IIm, _APCu, _IRV, _KC, _SCl, _CRa, _NIe],
  [1, 0, 0, 1, 0, () => ClusterInstanceRequirements$, () => ClusterLifeCycleConfig$, 1, () => ClusterInstanceStorageConfigs, 64 | 0, 0, () => VpcConfig$, () => ScheduledUpdateConfig$, 0, () => ClusterAutoPatchConfig$, 0, () => ClusterKubernetesConfig$, () => ClusterSlurmConfig$, () => ClusterCapacityRequirements$, () => ClusterNetworkInterface$],
  3
];
var ClusterInstanceRequirementDetails$ = [
  3,
  n0,
  _CIRD,
  0,
  [_CIT, _DIT],
  [64 | 0, 64 | 0]
];
var ClusterInstanceRequirements$ = [
  3,
  n0,
  _CIR,
  0,
  [_IT],
  [64 | 0],
  1
];
var ClusterInstanceTypeDetail$ = [
  3,
  n0,
  _CITD,
  0,
  [_ITn, _CCu, _TPC],
  [0, 1, 1]
];
var ClusterKubernetesConfig$ = [
  3,
  n0,
  _CKC,
  0,
  [_La, _Tai],
  [128 | 0, () => ClusterKubernetesTaints]
];
var ClusterKubernetesConfigDetails$ = [
  3,
  n0,
  _CKCD,
  0,
  [_CL, _DL, _CTu, _DTe],
  [128 | 0, 128 | 0, () => ClusterKubernetesTaints, () => ClusterKubernetesTaints]
];
var ClusterKubernetesConfigNodeDetails$ = [
  3,
  n0,
  _CKCND,
  0,
  [_CL, _DL, _CTu, _DTe],
  [128 | 0, 128 | 0, () => ClusterKubernetesTaints, () => ClusterKubernetesTaints]
];
var ClusterKubernetesTaint$ = [
  3,
  n0,
  _CKT,
  0,
  [_K, _Ef, _Va],
  [0, 0, 0],
  2
];
var ClusterLifeCycleConfig$ = [
  3,
  n0,
  _CLCC,
  0,
  [_SSU, _OCn, _OIC],
  [0, 0, 0]
];
var ClusterMetadata$ = [
  3,
  n0,
  _CMl,
  0,
  [_FM, _ERAE, _SAE],
  [0, 64 | 0, 0]
];
var ClusterNetworkInterface$ = [
  3,
  n0,
  _CNI,
  0,
  [_ITnt],
  [0]
];
var ClusterNetworkInterfaceDetails$ = [
  3,
  n0,
  _CNID,
  0,
  [_ITnt],
  [0]
];
var ClusterOnDemandOptions$ = [
  3,
  n0,
  _CODO,
  0,
  [],
  []
];
var ClusterOrchestrator$ = [
  3,
  n0,
  _COl,
  0,
  [_Ek, _Sl],
  [() => ClusterOrchestratorEksConfig$, () => ClusterOrchestratorSlurmConfig$]
];
var ClusterOrchestratorEksConfig$ = [
  3,
  n0,
  _COEC,
  0,
  [_CAl],
  [0],
  1
];
var ClusterOrchestratorSlurmConfig$ = [
  3,
  n0,
  _COSC,
  0,
  [_SCS],
  [0]
];
var ClusterPatchSchedule$ = [
  3,
  n0,
  _CPSl,
  0,
  [_NPD],
  [4]
];
var ClusterPatchScheduleDetails$ = [
  3,
  n0,
  _CPSD,
  0,
  [_NPD],
  [4]
];
var ClusterRestrictedInstanceGroupDetails$ = [
  3,
  n0,
  _CRIGD,
  0,
  [_CCu, _TCa, _IGN, _ITn, _ERx, _TPC, _ISC, _OSDHC, _St, _TPA, _TPS, _OVC, _SUC, _ECn],
  [1, 1, 0, 0, 0, 1, () => ClusterInstanceStorageConfigs, 64 | 0, 0, 0, 0, () => VpcConfig$, () => ScheduledUpdateConfig$, () => EnvironmentConfigDetails$]
];
var ClusterRestrictedInstanceGroupsConfig$ = [
  3,
  n0,
  _CRIGC,
  0,
  [_SEC],
  [() => ClusterSharedEnvironmentConfig$],
  1
];
var ClusterRestrictedInstanceGroupSpecification$ = [
  3,
  n0,
  _CRIGS,
  0,
  [_ICn, _IGN, _ITn, _ERx, _TPC, _ISC, _OSDHC, _TPA, _OVC, _SUC, _ECn],
  [1, 0, 0, 0, 1, () => ClusterInstanceStorageConfigs, 64 | 0, 0, () => VpcConfig$, () => ScheduledUpdateConfig$, () => EnvironmentConfig$],
  4
];
var ClusterSharedEnvironmentConfig$ = [
  3,
  n0,
  _CSEC,
  0,
  [_FSLDP, _FSLC],
  [0, () => FSxLustreConfig$],
  2
];
var ClusterSlurmConfig$ = [
  3,
  n0,
  _CSClu,
  0,
  [_NT, _PNa],
  [0, 64 | 0],
  1
];
var ClusterSlurmConfigDetails$ = [
  3,
  n0,
  _CSCD,
  0,
  [_NT, _PNa],
  [0, 64 | 0],
  1
];
var ClusterSpotOptions$ = [
  3,
  n0,
  _CSO,
  0,
  [],
  []
];
var ClusterSummary$ = [
  3,
  n0,
  _CSl,
  0,
  [_CAl, _CNl, _CT, _CSlu, _TPAr, _IVS],
  [0, 0, 4, 0, 64 | 0, 0],
  4
];
var ClusterTieredStorageConfig$ = [
  3,
  n0,
  _CTSC,
  0,
  [_Mo, _IMAP],
  [0, 1],
  1
];
var CodeEditorAppSettings$ = [
  3,
  n0,
  _CEAS,
  0,
  [_DRS, _CI, _LCA, _ALM, _BILCA],
  [() => ResourceSpec$, () => CustomImages, 64 | 0, () => AppLifecycleManagement$, 0]
];
var CodeRepository$ = [
  3,
  n0,
  _CRo,
  0,
  [_RU],
  [0],
  1
];
var CognitoMemberDefinition$ = [
  3,
  n0,
  _CMD,
  0,
  [_UP, _UG, _CIl],
  [0, 0, 0],
  3
];
var CollectionConfiguration$ = [
  3,
  n0,
  _CCol,
  0,
  [_CNo, _CPo],
  [0, 128 | 0]
];
var ConditionStepMetadata$ = [
  3,
  n0,
  _CSMo,
  0,
  [_O],
  [0]
];
var ContainerConfig$ = [
  3,
  n0,
  _CCon,
  0,
  [_CA, _CEo, _CEV],
  [64 | 0, 64 | 0, 128 | 0]
];
var ContainerDefinition$ = [
  3,
  n0,
  _CD,
  0,
  [_CH, _Im, _ICm, _Mo, _MDU, _MDS, _AMDSd, _E, _MPN, _ISN, _MMC, _CMC],
  [0, 0, () => ImageConfig$, 0, 0, () => ModelDataSource$, () => AdditionalModelDataSources, 128 | 0, 0, 0, () => MultiModelConfig$, () => ContainerMetricsConfig$]
];
var ContainerMetricsConfig$ = [
  3,
  n0,
  _CMC,
  0,
  [_ME],
  [() => MetricsEndpointList]
];
var ContextSource$ = [
  3,
  n0,
  _CSo,
  0,
  [_SU, _ST, _SI],
  [0, 0, 0],
  1
];
var ContinuousParameterRange$ = [
  3,
  n0,
  _CPRo,
  0,
  [_N, _MV, _MVa, _STc],
  [0, 0, 0, 0],
  3
];
var ContinuousParameterRangeSpecification$ = [
  3,
  n0,
  _CPRSo,
  0,
  [_MV, _MVa],
  [0, 0],
  2
];
var CreateActionRequest$ = [
  3,
  n0,
  _CAR,
  0,
  [_AN, _S, _AT, _D, _St, _Pr, _MPe, _Ta],
  [0, () => ActionSource$, 0, 0, 0, 128 | 0, () => MetadataProperties$, () => TagList],
  3
];
var CreateArtifactRequest$ = [
  3,
  n0,
  _CARreat,
  0,
  [_S, _ATr, _ANr, _Pr, _MPe, _Ta],
  [() => ArtifactSource$, 0, 0, 128 | 0, () => MetadataProperties$, () => TagList],
  2
];
var CreateContextRequest$ = [
  3,
  n0,
  _CCRrea,
  0,
  [_CNon, _S, _CTonte, _D, _Pr, _Ta],
  [0, () => ContextSource$, 0, 0, 128 | 0, () => TagList],
  3
];
var CreateDomainRequest$ = [
  3,
  n0,
  _CDR,
  0,
  [_DNo, _AM, _DUS, _DSo, _SIu, _VIp, _Ta, _ANAT, _HEFSKKI, _KKI, _ASGM, _HEFSC, _TP, _DSS],
  [0, 0, () => UserSettings$, () => DomainSettings$, 64 | 0, 0, () => TagList, 0, 0, 0, 0, 0, 0, () => DefaultSpaceSettings$],
  3
];
var CreateHubRequest$ = [
  3,
  n0,
  _CHRr,
  0,
  [_HN, _HD, _HDN, _HSK, _SSC, _Ta],
  [0, 0, 0, 64 | 0, () => HubS3StorageConfig$, () => TagList],
  2
];
var CreateImageVersionRequest$ = [
  3,
  n0,
  _CIVR,
  0,
  [_BI, _IN, _CTl, _Ali, _VG, _JT, _MLF, _PL, _Pro, _H, _RN],
  [0, 0, [0, 4], 64 | 0, 0, 0, 0, 0, 0, 2, 0],
  2
];
var CreateMlflowAppRequest$ = [
  3,
  n0,
  _CMAR,
  0,
  [_N, _ASU, _RAo, _KKI, _MRM, _WMWS, _ADS, _DDIL, _Ta],
  [0, 0, 0, 0, 0, 0, 0, 64 | 0, () => TagList],
  3
];
var CreateModelPackageInput$ = [
  3,
  n0,
  _CMPI,
  0,
  [_MPN, _MPGN, _MPD, _MPRT, _ISn, _VSa, _SAS, _CFM, _Ta, _MAS, _MPe, _MM, _CTl, _Do, _Tas, _SPU, _CMP, _DCB, _AIS, _SMV, _SU, _SC, _MCod, _MLC, _MST],
  [0, 0, 0, 0, () => InferenceSpecification$, () => ModelPackageValidationSpecification$, () => SourceAlgorithmSpecification$, 2, () => TagList, 0, () => MetadataProperties$, () => ModelMetrics$, [0, 4], 0, 0, 0, 128 | 0, () => DriftCheckBaselines$, () => AdditionalInferenceSpecifications, 0, 0, () => ModelPackageSecurityConfig$, [() => ModelPackageModelCard$, 0], () => ModelLifeCycle$, 0]
];
var CreateNotebookInstanceInput$ = [
  3,
  n0,
  _CNII,
  0,
  [_NIN, _ITn, _RAo, _SIub, _SGI, _IAT, _KKI, _Ta, _LCN, _DIA, _VSIGB, _ATc, _DCR, _ACR, _RAoo, _PIl, _IMSC],
  [0, 0, 0, 0, 64 | 0, 0, 0, () => TagList, 0, 0, 1, 64 | 0, 0, 64 | 0, 0, 0, () => InstanceMetadataServiceConfiguration$],
  3
];
var CreateOptimizationJobRequest$ = [
  3,
  n0,
  _COJR,
  0,
  [_OJN, _RAo, _MS, _DITe, _OCp, _OCu, _SCt, _MICa, _OE, _Ta, _VC, _TPAr],
  [0, 0, () => OptimizationJobModelSource$, 0, () => OptimizationConfigs, () => OptimizationJobOutputConfig$, () => StoppingCondition$, 1, 128 | 0, () => TagList, () => OptimizationVpcConfig$, 64 | 0],
  7
];
var CreatePipelineRequest$ = [
  3,
  n0,
  _CPRr,
  0,
  [_PNi, _RAo, _PDN, _PD, _PDSL, _PDi, _CRT, _Ta, _PCa],
  [0, 0, 0, 0, () => PipelineDefinitionS3Location$, 0, [0, 4], () => TagList, () => ParallelismConfiguration$],
  2
];
var CreatePipelineResponse$ = [
  3,
  n0,
  _CPRre,
  0,
  [_PAi],
  [0]
];
var CreateProcessingJobRequest$ = [
  3,
  n0,
  _CPJR,
  0,
  [_PJN, _PR, _ASp, _RAo, _PIr, _POC, _SCt, _E, _NCe, _Ta, _ECxp],
  [0, () => ProcessingResources$, () => AppSpecification$, 0, () => ProcessingInputs, () => ProcessingOutputConfig$, () => ProcessingStoppingCondition$, 128 | 0, () => NetworkConfig$, () => TagList, () => ExperimentConfig$],
  4
];
var CreateTrainingJobRequest$ = [
  3,
  n0,
  _CTJR,
  0,
  [_TJN, _RAo, _ODC, _HP, _ASl, _IDC, _RCe, _VC, _SCt, _Ta, _ENI, _EICTE, _EMST, _CCh, _DHC, _DRC, _TBOC, _ECxp, _PCr, _PRC, _E, _RSe, _RDC, _ICC, _SCC, _SJC, _MC, _MPC],
  [0, 0, () => OutputDataConfig$, 128 | 0, () => AlgorithmSpecification$, () => InputDataConfig, () => ResourceConfig$, () => VpcConfig$, () => StoppingCondition$, () => TagList, 2, 2, 2, () => CheckpointConfig$, () => DebugHookConfig$, () => DebugRuleConfigurations, () => TensorBoardOutputConfig$, () => ExperimentConfig$, () => ProfilerConfig$, () => ProfilerRuleConfigurations, 128 | 0, () => RetryStrategy$, () => RemoteDebugConfig$, () => InfraCheckConfig$, () => SessionChainingConfig$, () => ServerlessJobConfig$, () => MlflowConfig$, () => ModelPackageConfig$],
  3
];
var CreateTransformJobRequest$ = [
  3,
  n0,
  _CTJRre,
  0,
  [_TJNr, _MNod, _TIr, _TO, _TR, _MCT, _MCCo, _MPIMB, _BS, _E, _DCC, _DP, _Ta, _ECxp],
  [0, 0, () => TransformInput$, () => TransformOutput$, () => TransformResources$, 1, () => ModelClientConfig$, 1, 0, 128 | 0, () => BatchDataCaptureConfig$, () => DataProcessing$, () => TagList, () => ExperimentConfig$],
  5
];
var CustomImage$ = [
  3,
  n0,
  _CIu,
  0,
  [_IN, _AICN, _IVN],
  [0, 0, 1],
  2
];
var CustomPosixUserConfig$ = [
  3,
  n0,
  _CPUC,
  0,
  [_Ui, _Gi],
  [1, 1],
  2
];
var DataProcessing$ = [
  3,
  n0,
  _DP,
  0,
  [_IF, _OFu, _JS],
  [0, 0, 0]
];
var DataQualityAppSpecification$ = [
  3,
  n0,
  _DQAS,
  0,
  [_IU, _CEo, _CA, _RPSU, _PAPSU, _E],
  [0, 64 | 0, 64 | 0, 0, 0, 128 | 0],
  1
];
var DatasetDefinition$ = [
  3,
  n0,
  _DD,
  0,
  [_ADD, _RDD, _LP, _DDT, _IM],
  [() => AthenaDatasetDefinition$, () => RedshiftDatasetDefinition$, 0, 0, 0]
];
var DatasetSource$ = [
  3,
  n0,
  _DSa,
  0,
  [_DAa],
  [0],
  1
];
var DataSource$ = [
  3,
  n0,
  _DS,
  0,
  [_SDS, _FSDS, _DSa],
  [() => S3DataSource$, () => FileSystemDataSource$, () => DatasetSource$]
];
var DebugHookConfig$ = [
  3,
  n0,
  _DHC,
  0,
  [_SOP, _LP, _HPo, _CColl],
  [0, 0, 128 | 0, () => CollectionConfigurations],
  1
];
var DebugRuleConfiguration$ = [
  3,
  n0,
  _DRCe,
  0,
  [_RCN, _REI, _LP, _SOP, _ITn, _VSIGB, _RP],
  [0, 0, 0, 0, 0, 1, 128 | 0],
  2
];
var DebugRuleEvaluationStatus$ = [
  3,
  n0,
  _DRES,
  0,
  [_RCN, _REJA, _RES, _SDt, _LMT],
  [0, 0, 0, 0, 4]
];
var DefaultEbsStorageSettings$ = [
  3,
  n0,
  _DESS,
  0,
  [_DEVSIG, _MEVSIG],
  [1, 1],
  2
];
var DefaultSpaceSettings$ = [
  3,
  n0,
  _DSS,
  0,
  [_ERx, _SG, _JSAS, _KGAS, _JLAS, _SSSp, _CPUC, _CFSC],
  [0, 64 | 0, () => JupyterServerAppSettings$, () => KernelGatewayAppSettings$, () => JupyterLabAppSettings$, () => DefaultSpaceStorageSettings$, () => CustomPosixUserConfig$, () => CustomFileSystemConfigs]
];
var DefaultSpaceStorageSettings$ = [
  3,
  n0,
  _DSSS,
  0,
  [_DESS],
  [() => DefaultEbsStorageSettings$]
];
var DeleteTagsInput$ = [
  3,
  n0,
  _DTI,
  0,
  [_RA, _TK],
  [0, 64 | 0],
  2
];
var DeployedImage$ = [
  3,
  n0,
  _DIe,
  0,
  [_SIp, _RI, _RTe],
  [0, 0, 4]
];
var DeploymentConfiguration$ = [
  3,
  n0,
  _DC,
  0,
  [_RUP, _WIIS, _ARCu],
  [() => RollingDeploymentPolicy$, 1, () => AutoRollbackAlarms]
];
var DeregisterDevicesRequest$ = [
  3,
  n0,
  _DDRe,
  0,
  [_DFN, _DNev],
  [0, 64 | 0],
  2
];
var DescribeActionResponse$ = [
  3,
  n0,
  _DAResc,
  0,
  [_AN, _AA, _S, _AT, _D, _St, _Pr, _CT, _CB, _LMT, _LMB, _MPe, _LGAi],
  [0, 0, () => ActionSource$, 0, 0, 0, 128 | 0, 4, () => UserContext$, 4, () => UserContext$, () => MetadataProperties$, 0]
];
var DescribeArtifactResponse$ = [
  3,
  n0,
  _DARescribe,
  0,
  [_ANr, _AAr, _S, _ATr, _Pr, _CT, _CB, _LMT, _LMB, _MPe, _LGAi],
  [0, 0, () => ArtifactSource$, 0, 128 | 0, 4, () => UserContext$, 4, () => UserContext$, () => MetadataProperties$, 0]
];
var DescribeClusterSchedulerConfigResponse$ = [
  3,
  n0,
  _DCSCRes,
  0,
  [_CSCA, _CSCI, _N, _CSCV, _St, _CT, _FR, _SDt, _CAl, _SCc, _D, _CB, _LMT, _LMB],
  [0, 0, 0, 1, 0, 4, 0, 128 | 0, 0, () => SchedulerConfig$, 0, () => UserContext$, 4, () => UserContext$],
  6
];
var DescribeContextResponse$ = [
  3,
  n0,
  _DCRescri,
  0,
  [_CNon, _CAo, _S, _CTonte, _D, _Pr, _CT, _CB, _LMT, _LMB, _LGAi],
  [0, 0, () => ContextSource$, 0, 0, 128 | 0, 4, () => UserContext$, 4, () => UserContext$, 0]
];
var DescribeDomainResponse$ = [
  3,
  n0,
  _DDRescri,
  0,
  [_DAo, _DI, _DNo, _HEFSI, _SSOMAII, _SSOAA, _St, _CT, _LMT, _FR, _SGIFDB, _AM, _DUS, _DSo, _ANAT, _HEFSKKI, _SIu, _Ur, _VIp, _KKI, _ASGM, _HEFSC, _TP, _DSS],
  [0, 0, 0, 0, 0, 0, 0, 4, 4, 0, 0, 0, () => UserSettings$, () => DomainSettings$, 0, 0, 64 | 0, 0, 0, 0, 0, 0, 0, () => DefaultSpaceSettings$]
];
var DescribeHubContentResponse$ = [
  3,
  n0,
  _DHCRes,
  0,
  [_HCN, _HCA, _HCV, _HCT, _DSV, _HN, _HA, _HCD, _HCS, _CT, _HCDN, _HCDu, _HCM, _SMPHCA, _RMV, _SSu, _HCSK, _HCDub, _FR, _LMT],
  [0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 64 | 0, () => HubContentDependencyList, 0, 4],
  10
];
var DescribeHubResponse$ = [
  3,
  n0,
  _DHRes,
  0,
  [_HN, _HA, _HS, _CT, _LMT, _HDN, _HD, _HSK, _SSC, _FR],
  [0, 0, 0, 4, 4, 0, 0, 64 | 0, () => HubS3StorageConfig$, 0],
  5
];
var DescribeMlflowAppResponse$ = [
  3,
  n0,
  _DMAResc,
  0,
  [_Ar, _N, _ASU, _MVl, _RAo, _KKI, _St, _MRM, _ADS, _DDIL, _CT, _CB, _LMT, _LMB, _WMWS, _MSa],
  [0, 0, 0, 0, 0, 0, 0, 0, 0, 64 | 0, 4, () => UserContext$, 4, () => UserContext$, 0, 0]
];
var DescribeModelPackageInput$ = [
  3,
  n0,
  _DMPIe,
  0,
  [_MPN, _IDn],
  [0, 0],
  1
];
var DescribeModelPackageOutput$ = [
  3,
  n0,
  _DMPO,
  0,
  [_MPN, _MPA, _CT, _MPSo, _MPSD, _MPGN, _MPV, _MPRT, _MPD, _ISn, _SAS, _VSa, _CFM, _MAS, _CB, _MPe, _MM, _LMT, _LMB, _ADpp, _Do, _Tas, _SPU, _CMP, _DCB, _AIS, _SMV, _SU, _SC, _MCod, _MLC, _MST],
  [0, 0, 4, 0, () => ModelPackageStatusDetails$, 0, 1, 0, 0, () => InferenceSpecification$, () => SourceAlgorithmSpecification$, () => ModelPackageValidationSpecification$, 2, 0, () => UserContext$, () => MetadataProperties$, () => ModelMetrics$, 4, () => UserContext$, 0, 0, 0, 0, 128 | 0, () => DriftCheckBaselines$, () => AdditionalInferenceSpecifications, 0, 0, () => ModelPackageSecurityConfig$, [() => ModelPackageModelCard$, 0], () => ModelLifeCycle$, 0],
  5
];
var DescribeNotebookInstanceOutput$ = [
  3,
  n0,
  _DNIO,
  0,
  [_NIA, _NIN, _NIS, _FR, _Ur, _ITn, _IAT, _SIub, _SG, _RAo, _KKI, _NII, _LMT, _CT, _NILCN, _DIA, _VSIGB, _ATc, _DCR, _ACR, _RAoo, _PIl, _IMSC],
  [0, 0, 0, 0, 0, 0, 0, 0, 64 | 0, 0, 0, 0, 4, 4, 0, 0, 1, 64 | 0, 0, 64 | 0, 0, 0, () => InstanceMetadataServiceConfiguration$]
];
var DescribeOptimizationJobResponse$ = [
  3,
  n0,
  _DOJRes,
  0,
  [_OJA, _OJS, _CT, _LMT, _OJN, _MS, _DITe, _OCp, _OCu, _RAo, _SCt, _OST, _OET, _FR, _OE, _MICa, _OO, _VC, _TPAr],
  [0, 0, 4, 4, 0, () => OptimizationJobModelSource$, 0, () => OptimizationConfigs, () => OptimizationJobOutputConfig$, 0, () => StoppingCondition$, 4, 4, 0, 128 | 0, 1, () => OptimizationOutput$, () => OptimizationVpcConfig$, 64 | 0],
  11
];
var DescribePipelineDefinitionForExecutionRequest$ = [
  3,
  n0,
  _DPDFER,
  0,
  [_PEA],
  [0],
  1
];
var DescribePipelineDefinitionForExecutionResponse$ = [
  3,
  n0,
  _DPDFERe,
  0,
  [_PD, _CT],
  [0, 4]
];
var DescribePipelineExecutionRequest$ = [
  3,
  n0,
  _DPER,
  0,
  [_PEA],
  [0],
  1
];
var DescribePipelineExecutionResponse$ = [
  3,
  n0,
  _DPERe,
  0,
  [_PAi, _PEA, _PEDN, _PES, _PED, _PEC, _FR, _CT, _LMT, _CB, _LMB, _PCa, _SECe, _PVI, _MLCf],
  [0, 0, 0, 0, 0, () => PipelineExperimentConfig$, 0, 4, 4, () => UserContext$, () => UserContext$, () => ParallelismConfiguration$, () => SelectiveExecutionConfig$, 1, () => MLflowConfiguration$]
];
var DescribePipelineRequest$ = [
  3,
  n0,
  _DPRes,
  0,
  [_PNi, _PVI],
  [0, 1],
  1
];
var DescribePipelineResponse$ = [
  3,
  n0,
  _DPResc,
  0,
  [_PAi, _PNi, _PDN, _PD, _PDi, _RAo, _PSi, _CT, _LMT, _LRT, _CB, _LMB, _PCa, _PVDN, _PVD],
  [0, 0, 0, 0, 0, 0, 0, 4, 4, 4, () => UserContext$, () => UserContext$, () => ParallelismConfiguration$, 0, 0]
];
var DescribeProcessingJobRequest$ = [
  3,
  n0,
  _DPJRe,
  0,
  [_PJN],
  [0],
  1
];
var DescribeProcessingJobResponse$ = [
  3,
  n0,
  _DPJRes,
  0,
  [_PJN, _PR, _ASp, _PJA, _PJS, _CT, _PIr, _POC, _SCt, _E, _NCe, _RAo, _ECxp, _EMx, _FR, _PET, _PST, _LMT, _MSA, _AMLJAu, _TJA],
  [0, () => ProcessingResources$, () => AppSpecification$, 0, 0, 4, () => ProcessingInputs, () => ProcessingOutputConfig$, () => ProcessingStoppingCondition$, 128 | 0, () => NetworkConfig$, 0, () => ExperimentConfig$, 0, 0, 4, 4, 4, 0, 0, 0],
  6
];
var DescribeTrainingJobResponse$ = [
  3,
  n0,
  _DTJRes,
  0,
  [_TJN, _TJA, _MAo, _TJS, _SSe, _SCt, _CT, _TJAu, _LJA, _AMLJAu, _FR, _HP, _ASl, _RAo, _IDC, _ODC, _RCe, _WPS, _VC, _TST, _TET, _LMT, _SST, _FMDL, _ENI, _EICTE, _EMST, _CCh, _TTIS, _BTIS, _BTC, _DHC, _ECxp, _DRC, _TBOC, _DRESe, _PCr, _PRC, _PRES, _PSro, _E, _RSe, _RDC, _ICC, _SJC, _MC, _MPC, _MDl, _PIrog, _OMPA],
  [0, 0, () => ModelArtifacts$, 0, 0, () => StoppingCondition$, 4, 0, 0, 0, 0, 128 | 0, () => AlgorithmSpecification$, 0, () => InputDataConfig, () => OutputDataConfig$, () => ResourceConfig$, () => WarmPoolStatus$, () => VpcConfig$, 4, 4, 4, () => SecondaryStatusTransitions, () => FinalMetricDataList, 2, 2, 2, () => CheckpointConfig$, 1, 1, 1, () => DebugHookConfig$, () => ExperimentConfig$, () => DebugRuleConfigurations, () => TensorBoardOutputConfig$, () => DebugRuleEvaluationStatuses, () => ProfilerConfig$, () => ProfilerRuleConfigurations, () => ProfilerRuleEvaluationStatuses, 0, 128 | 0, () => RetryStrategy$, () => RemoteDebugConfig$, () => InfraCheckConfig$, () => ServerlessJobConfig$, () => MlflowConfig$, () => ModelPackageConfig$, () => MlflowDetails$, () => TrainingProgressInfo$, 0],
  7
];
var DescribeTrainingPlanResponse$ = [
  3,
  n0,
  _DTPRe,
  0,
  [_TPA, _TPN, _St, _SM, _DH, _DM, _STt, _ETn, _UF, _CCur, _TICo, _AICv, _IUIC, _UIC, _ASIC, _TUSC, _TRa, _RCS],
  [0, 0, 0, 0, 1, 1, 4, 4, 0, 0, 1, 1, 1, 1, 1, 1, 64 | 0, () => ReservedCapacitySummaries],
  3
];
var DescribeTransformJobResponse$ = [
  3,
  n0,
  _DTJRescr,
  0,
  [_TJNr, _TJAr, _TJSr, _MNod, _TIr, _TR, _CT, _FR, _MCT, _MCCo, _MPIMB, _BS, _E, _TO, _DCC, _TSTr, _TETr, _LJA, _AMLJAu, _DP, _ECxp],
  [0, 0, 0, 0, () => TransformInput$, () => TransformResources$, 4, 0, 1, () => ModelClientConfig$, 1, 0, 128 | 0, () => TransformOutput$, () => BatchDataCaptureConfig$, 4, 4, 0, 0, () => DataProcessing$, () => ExperimentConfig$],
  7
];
var DeviceSelectionConfig$ = [
  3,
  n0,
  _DSCe,
  0,
  [_DSTe, _Pe, _DNev, _DNC],
  [0, 1, 64 | 0, 0],
  1
];
var DirectDeploySettings$ = [
  3,
  n0,
  _DDS,
  0,
  [_St],
  [0]
];
var DockerSettings$ = [
  3,
  n0,
  _DSoc,
  0,
  [_EDA, _VOTA, _RDo],
  [0, 64 | 0, 0]
];
var DomainSettings$ = [
  3,
  n0,
  _DSo,
  0,
  [_SGI, _RSSPDS, _ERIC, _TIPS, _DSoc, _AQS, _USSn, _IAT],
  [64 | 0, () => RStudioServerProDomainSettings$, 0, () => TrustedIdentityPropagationSettings$, () => DockerSettings$, () => AmazonQSettings$, () => UnifiedStudioSettings$, 0]
];
var DomainSettingsForUpdate$ = [
  3,
  n0,
  _DSFU,
  0,
  [_RSSPDSFU, _ERIC, _SGI, _TIPS, _DSoc, _AQS, _USSn, _IAT],
  [() => RStudioServerProDomainSettingsForUpdate$, 0, 64 | 0, () => TrustedIdentityPropagationSettings$, () => DockerSettings$, () => AmazonQSettings$, () => UnifiedStudioSettings$, 0]
];
var DriftCheckBaselines$ = [
  3,
  n0,
  _DCB,
  0,
  [_B, _Ex, _MQ, _MDQ],
  [() => DriftCheckBias$, () => DriftCheckExplainability$, () => DriftCheckModelQuality$, () => DriftCheckModelDataQuality$]
];
var DriftCheckBias$ = [
  3,
  n0,
  _DCBr,
  0,
  [_CF, _PTC, _PTCo],
  [() => FileSource$, () => MetricsSource$, () => MetricsSource$]
];
var DriftCheckExplainability$ = [
  3,
  n0,
  _DCE,
  0,
  [_Con, _CF],
  [() => MetricsSource$, () => FileSource$]
];
var DriftCheckModelDataQuality$ = [
  3,
  n0,
  _DCMDQ,
  0,
  [_Stati, _Con],
  [() => MetricsSource$, () => MetricsSource$]
];
var DriftCheckModelQuality$ = [
  3,
  n0,
  _DCMQ,
  0,
  [_Stati, _Con],
  [() => MetricsSource$, () => MetricsSource$]
];
var EFSFileSystemConfig$ = [
  3,
  n0,
  _EFSFSC,
  0,
  [_FSI, _FSP],
  [0, 0],
  1
];
var EmrServerlessSettings$ = [
  3,
  n0,
  _ESS,
  0,
  [_ERA, _St],
  [0, 0]
];
var EmrSettings$ = [
  3,
  n0,
  _ESm,
  0,
  [_ARA, _ERAx],
  [64 | 0, 64 | 0]
];
var EMRStepMetadata$ = [
  3,
  n0,
  _EMRSM,
  0,
  [_CIlu, _SIt, _SNte, _LFP],
  [0, 0, 0, 0]
];
var EndpointConfigStepMetadata$ = [
  3,
  n0,
  _ECSM,
  0,
  [_Ar],
  [0]
];
var EndpointInput$ = [
  3,
  n0,
  _EIn,
  0,
  [_EN, _LP, _SIM, _SDDT, _FA, _IA, _PA, _PTA, _STO, _ETO, _EFA],
  [0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0],
  2
];
var EndpointStepMetadata$ = [
  3,
  n0,
  _ESM,
  0,
  [_Ar],
  [0]
];
var EnvironmentConfig$ = [
  3,
  n0,
  _ECn,
  0,
  [_FSLC],
  [() => FSxLustreConfig$]
];
var EnvironmentConfigDetails$ = [
  3,
  n0,
  _ECD,
  0,
  [_FSLC, _SOP],
  [() => FSxLustreConfig$, 0]
];
var ExperimentConfig$ = [
  3,
  n0,
  _ECxp,
  0,
  [_ENx, _TN, _TCDN, _RNu],
  [0, 0, 0, 0]
];
var Explainability$ = [
  3,
  n0,
  _Ex,
  0,
  [_R],
  [() => MetricsSource$]
];
var FailStepMetadata$ = [
  3,
  n0,
  _FSM,
  0,
  [_EMr],
  [0]
];
var FeatureParameter$ = [
  3,
  n0,
  _FP,
  0,
  [_K, _Va],
  [0, 0]
];
var FileSource$ = [
  3,
  n0,
  _FS,
  0,
  [_SUr, _CTon, _CDon],
  [0, 0, 0],
  1
];
var FileSystemDataSource$ = [
  3,
  n0,
  _FSDS,
  0,
  [_FSI, _FSAM, _FST, _DPi],
  [0, 0, 0, 0],
  4
];
var FinalHyperParameterTuningJobObjectiveMetric$ = [
  3,
  n0,
  _FHPTJOM,
  0,
  [_MN, _Va, _T],
  [0, 1, 0],
  2
];
var FSxLustreConfig$ = [
  3,
  n0,
  _FSLC,
  0,
  [_SIGB, _PUST],
  [1, 1],
  2
];
var FSxLustreFileSystemConfig$ = [
  3,
  n0,
  _FSLFSC,
  0,
  [_FSI, _FSP],
  [0, 0],
  1
];
var GenerativeAiSettings$ = [
  3,
  n0,
  _GAS,
  0,
  [_ABRA],
  [0]
];
var HiddenSageMakerImage$ = [
  3,
  n0,
  _HSMI,
  0,
  [_SMIN, _VA],
  [0, 64 | 0]
];
var HolidayConfigAttributes$ = [
  3,
  n0,
  _HCAo,
  0,
  [_CCou],
  [0]
];
var HubAccessConfig$ = [
  3,
  n0,
  _HAC,
  0,
  [_HCA],
  [0],
  1
];
var HubContent$ = [
  3,
  n0,
  _HC,
  0,
  [_HCN, _HCA, _HCV, _HCT, _DSV, _HN, _HA, _HCS, _CT, _HCDN, _HCDu, _HCM, _HCD, _SMPHCA, _RMV, _SSu, _HCSK, _HCDub, _FR, _LMT, _Ta],
  [0, 0, 0, 0, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 64 | 0, () => HubContentDependencyList, 0, 4, () => TagList],
  9
];
var HubContentDependency$ = [
  3,
  n0,
  _HCDubo,
  0,
  [_DOP, _DCP],
  [0, 0]
];
var HubContentInfo$ = [
  3,
  n0,
  _HCI,
  0,
  [_HCN, _HCA, _HCV, _HCT, _DSV, _HCS, _CT, _SMPHCA, _HCDN, _HCDu, _SSu, _HCSK, _OCT],
  [0, 0, 0, 0, 0, 0, 4, 0, 0, 0, 0, 64 | 0, 4],
  7
];
var HubInfo$ = [
  3,
  n0,
  _HI,
  0,
  [_HN, _HA, _HS, _CT, _LMT, _HDN, _HD, _HSK],
  [0, 0, 0, 4, 4, 0, 0, 64 | 0],
  5
];
var HubS3StorageConfig$ = [
  3,
  n0,
  _HSSC,
  0,
  [_SOP],
  [0]
];
var HumanLoopConfig$ = [
  3,
  n0,
  _HLC,
  0,
  [_WAo, _HTUA, _TT, _TD, _TCas, _TALIS, _TTLIS, _TKa, _PWTP],
  [0, 0, 0, 0, 1, 1, 1, 64 | 0, () => PublicWorkforceTaskPrice$],
  5
];
var HumanTaskConfig$ = [
  3,
  n0,
  _HTC,
  0,
  [_WAo, _UC, _TT, _TD, _NOHWPDO, _TTLIS, _PHTLA, _TKa, _TALIS, _MCTC, _ACC, _PWTP],
  [0, () => UiConfig$, 0, 0, 1, 1, 0, 64 | 0, 1, 1, () => AnnotationConsolidationConfig$, () => PublicWorkforceTaskPrice$],
  6
];
var HyperParameterAlgorithmSpecification$ = [
  3,
  n0,
  _HPAS,
  0,
  [_TIM, _TI, _ANlg, _MDe],
  [0, 0, 0, () => MetricDefinitionList],
  1
];
var HyperParameterSpecification$ = [
  3,
  n0,
  _HPS,
  0,
  [_N, _T, _D, _Ra, _ITs, _IR, _DV],
  [0, 0, 0, () => ParameterRange$, 2, 2, 0],
  2
];
var HyperParameterTrainingJobDefinition$ = [
  3,
  n0,
  _HPTJD,
  0,
  [_ASl, _RAo, _ODC, _SCt, _DNef, _TOu, _HPR, _SHP, _IDC, _VC, _RCe, _HPTRC, _ENI, _EICTE, _EMST, _CCh, _RSe, _E],
  [() => HyperParameterAlgorithmSpecification$, 0, () => OutputDataConfig$, () => StoppingCondition$, 0, () => HyperParameterTuningJobObjective$, () => ParameterRanges$, 128 | 0, () => InputDataConfig, () => VpcConfig$, () => ResourceConfig$, () => HyperParameterTuningResourceConfig$, 2, 2, 2, () => CheckpointConfig$, () => RetryStrategy$, 128 | 0],
  4
];
var HyperParameterTrainingJobSummary$ = [
  3,
  n0,
  _HPTJSy,
  0,
  [_TJN, _TJA, _CT, _TJS, _THP, _TJDN, _TJNu, _TST, _TET, _FR, _FHPTJOM, _OS],
  [0, 0, 4, 0, 128 | 0, 0, 0, 4, 4, 0, () => FinalHyperParameterTuningJobObjectiveMetric$, 0],
  5
];
var HyperParameterTuningInstanceConfig$ = [
  3,
  n0,
  _HPTIC,
  0,
  [_ITn, _ICn, _VSIGB],
  [0, 1, 1],
  3
];
var HyperParameterTuningJobObjective$ = [
  3,
  n0,
  _HPTJO,
  0,
  [_T, _MN],
  [0, 0],
  2
];
var HyperParameterTuningResourceConfig$ = [
  3,
  n0,
  _HPTRC,
  0,
  [_ITn, _ICn, _VSIGB, _VKKI, _ASll, _ICns],
  [0, 1, 1, 0, 0, () => HyperParameterTuningInstanceConfigs]
];
var IamIdentity$ = [
  3,
  n0,
  _IIa,
  0,
  [_Ar, _PIri, _SIo],
  [0, 0, 0]
];
var IamPolicyConstraints$ = [
  3,
  n0,
  _IPC,
  0,
  [_SIou, _VSI],
  [0, 0]
];
var IdentityProviderOAuthSetting$ = [
  3,
  n0,
  _IPOASd,
  0,
  [_DSNa, _St, _SAe],
  [0, 0, 0]
];
var IdleSettings$ = [
  3,
  n0,
  _IS,
  0,
  [_LM, _ITIM, _MITIM, _MITIMa],
  [0, 1, 1, 1]
];
var ImageConfig$ = [
  3,
  n0,
  _ICm,
  0,
  [_RAM, _RAC],
  [0, () => RepositoryAuthConfig$],
  1
];
var ImportHubContentRequest$ = [
  3,
  n0,
  _IHCR,
  0,
  [_HCN, _HCT, _DSV, _HN, _HCD, _HCV, _HCDN, _HCDu, _HCM, _SSu, _HCSK, _Ta],
  [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 64 | 0, () => TagList],
  5
];
var InferenceComponentContainerSpecification$ = [
  3,
  n0,
  _ICCSn,
  0,
  [_Im, _AUr, _E, _CMC],
  [0, 0, 128 | 0, () => ContainerMetricsConfig$]
];
var InferenceComponentContainerSpecificationSummary$ = [
  3,
  n0,
  _ICCSS,
  0,
  [_DIe, _AUr, _E, _CMC],
  [() => DeployedImage$, 0, 128 | 0, () => ContainerMetricsConfig$]
];
var InferenceComponentMetadata$ = [
  3,
  n0,
  _ICM,
  0,
  [_Ar],
  [0]
];
var InferenceHubAccessConfig$ = [
  3,
  n0,
  _IHAC,
  0,
  [_HCA],
  [0],
  1
];
var InferenceSpecification$ = [
  3,
  n0,
  _ISn,
  0,
  [_Co, _STIT, _SRIIT, _SCT, _SRMIMET],
  [() => ModelPackageContainerDefinitionList, 64 | 0, 64 | 0, 64 | 0, 64 | 0],
  1
];
var InfraCheckConfig$ = [
  3,
  n0,
  _ICC,
  0,
  [_EICn],
  [2]
];
var InstanceGroup$ = [
  3,
  n0,
  _IGn,
  0,
  [_ITn, _ICn, _IGN],
  [0, 1, 0],
  3
];
var InstanceGroupHealthCheckConfiguration$ = [
  3,
  n0,
  _IGHCC,
  0,
  [_IGN, _DHCe, _IIns],
  [0, 64 | 0, 64 | 0],
  2
];
var InstanceGroupMetadata$ = [
  3,
  n0,
  _IGM,
  0,
  [_FM, _AZI, _CR, _SIub, _SGI, _AOm],
  [0, 0, () => CapacityReservation$, 0, 64 | 0, 0]
];
var InstanceMetadataServiceConfiguration$ = [
  3,
  n0,
  _IMSC,
  0,
  [_MIMSV],
  [0],
  1
];
var InstancePlacementConfig$ = [
  3,
  n0,
  _IPCn,
  0,
  [_EMJ, _PSlac],
  [2, () => PlacementSpecifications]
];
var InstancePreference$ = [
  3,
  n0,
  _IPn,
  0,
  [_ITn, _ICn, _TPAr],
  [0, 1, 64 | 0],
  1
];
var IntegerParameterRange$ = [
  3,
  n0,
  _IPR,
  0,
  [_N, _MV, _MVa, _STc],
  [0, 0, 0, 0],
  3
];
var IntegerParameterRangeSpecification$ = [
  3,
  n0,
  _IPRS,
  0,
  [_MV, _MVa],
  [0, 0],
  2
];
var JobStepMetadata$ = [
  3,
  n0,
  _JSM,
  0,
  [_Ar],
  [0]
];
var JupyterLabAppSettings$ = [
  3,
  n0,
  _JLAS,
  0,
  [_DRS, _CI, _LCA, _CRod, _ALM, _ESm, _BILCA],
  [() => ResourceSpec$, () => CustomImages, 64 | 0, () => CodeRepositories, () => AppLifecycleManagement$, () => EmrSettings$, 0]
];
var JupyterServerAppSettings$ = [
  3,
  n0,
  _JSAS,
  0,
  [_DRS, _LCA, _CRod],
  [() => ResourceSpec$, 64 | 0, () => CodeRepositories]
];
var KendraSettings$ = [
  3,
  n0,
  _KS,
  0,
  [_St],
  [0]
];
var KernelGatewayAppSettings$ = [
  3,
  n0,
  _KGAS,
  0,
  [_DRS, _CI, _LCA],
  [() => ResourceSpec$, () => CustomImages, 64 | 0]
];
var LabelingJobDataAttributes$ = [
  3,
  n0,
  _LJDA,
  0,
  [_CCont],
  [64 | 0]
];
var LambdaStepMetadata$ = [
  3,
  n0,
  _LSM,
  0,
  [_Ar, _OP],
  [0, () => OutputParameterList]
];
var LineageMetadata$ = [
  3,
  n0,
  _LMi,
  0,
  [_AAc, _AArt, _CAon, _As],
  [128 | 0, 128 | 0, 128 | 0, () => AssociationInfoList]
];
var ListAliasesResponse$ = [
  3,
  n0,
  _LARist,
  0,
  [_SMIVA, _NTe],
  [64 | 0, 0]
];
var ListModelPackagesInput$ = [
  3,
  n0,
  _LMPI,
  0,
  [_CTA, _CTB, _MR, _NCa, _MAS, _MPGN, _MPT, _NTe, _SBo, _SO],
  [4, 4, 1, 0, 0, 0, 0, 0, 0, 0]
];
var ListModelPackagesOutput$ = [
  3,
  n0,
  _LMPO,
  0,
  [_MPSL, _NTe],
  [() => ModelPackageSummaryList, 0],
  1
];
var ListMonitoringExecutionsRequest$ = [
  3,
  n0,
  _LMER,
  0,
  [_MSN, _EN, _SBo, _SO, _NTe, _MR, _STB, _STAc, _CTB, _CTA, _LMTB, _LMTA, _SE, _MJDN, _MTE],
  [0, 0, 0, 0, 0, 1, 4, 4, 4, 4, 4, 4, 0, 0, 0]
];
var ListMonitoringExecutionsResponse$ = [
  3,
  n0,
  _LMERi,
  0,
  [_MES, _NTe],
  [() => MonitoringExecutionSummaryList, 0],
  1
];
var ListPipelineExecutionStepsRequest$ = [
  3,
  n0,
  _LPESR,
  0,
  [_PEA, _NTe, _MR, _SO],
  [0, 0, 1, 0]
];
var ListPipelineExecutionStepsResponse$ = [
  3,
  n0,
  _LPESRi,
  0,
  [_PESip, _NTe],
  [() => PipelineExecutionStepList, 0]
];
var ListPipelineParametersForExecutionRequest$ = [
  3,
  n0,
  _LPPFER,
  0,
  [_PEA, _NTe, _MR],
  [0, 0, 1],
  1
];
var ListPipelineParametersForExecutionResponse$ = [
  3,
  n0,
  _LPPFERi,
  0,
  [_PP, _NTe],
  [() => ParameterList, 0]
];
var MemberDefinition$ = [
  3,
  n0,
  _MDemb,
  0,
  [_CMD, _OMD],
  [() => CognitoMemberDefinition$, () => OidcMemberDefinition$]
];
var MetadataProperties$ = [
  3,
  n0,
  _MPe,
  0,
  [_CIom, _Rep, _GB, _PIro],
  [0, 0, 0, 0]
];
var MetricData$ = [
  3,
  n0,
  _MDet,
  0,
  [_MN, _Va, _Tim],
  [0, 1, 4]
];
var MetricDefinition$ = [
  3,
  n0,
  _MDetri,
  0,
  [_N, _Reg],
  [0, 0],
  2
];
var MetricsEndpoint$ = [
  3,
  n0,
  _MEe,
  0,
  [_MEP, _MPFIS],
  [0, 1],
  1
];
var MetricsSource$ = [
  3,
  n0,
  _MSe,
  0,
  [_CTon, _SUr, _CDon],
  [0, 0, 0],
  2
];
var MlflowConfig$ = [
  3,
  n0,
  _MC,
  0,
  [_MRAl, _MEN, _MRN],
  [0, 0, 0],
  1
];
var MLflowConfiguration$ = [
  3,
  n0,
  _MLCfl,
  0,
  [_MRAl, _MEN],
  [0, 0]
];
var MlflowDetails$ = [
  3,
  n0,
  _MDl,
  0,
  [_MEI, _MRI],
  [0, 0]
];
var ModelAccessConfig$ = [
  3,
  n0,
  _MAC,
  0,
  [_AEc],
  [2],
  1
];
var ModelArtifacts$ = [
  3,
  n0,
  _MAo,
  0,
  [_SMA],
  [0],
  1
];
var ModelBiasAppSpecification$ = [
  3,
  n0,
  _MBAS,
  0,
  [_IU, _CU, _E],
  [0, 0, 128 | 0],
  2
];
var ModelClientConfig$ = [
  3,
  n0,
  _MCCo,
  0,
  [_ITIS, _IMR],
  [1, 1]
];
var ModelCompilationConfig$ = [
  3,
  n0,
  _MCCod,
  0,
  [_Im, _OEv],
  [0, 128 | 0]
];
var ModelDataQuality$ = [
  3,
  n0,
  _MDQ,
  0,
  [_Stati, _Con],
  [() => MetricsSource$, () => MetricsSource$]
];
var ModelDataSource$ = [
  3,
  n0,
  _MDS,
  0,
  [_SDS],
  [() => S3ModelDataSource$]
];
var ModelExplainabilityAppSpecification$ = [
  3,
  n0,
  _MEAS,
  0,
  [_IU, _CU, _E],
  [0, 0, 128 | 0],
  2
];
var ModelInfrastructureConfig$ = [
  3,
  n0,
  _MICo,
  0,
  [_ITnf, _RTIC],
  [0, () => RealTimeInferenceConfig$],
  2
];
var ModelInput$ = [
  3,
  n0,
  _MIod,
  0,
  [_DICa],
  [0],
  1
];
var ModelLifeCycle$ = [
  3,
  n0,
  _MLC,
  0,
  [_Stage, _SSt, _SDta],
  [0, 0, 0],
  2
];
var ModelMetrics$ = [
  3,
  n0,
  _MM,
  0,
  [_MQ, _MDQ, _B, _Ex],
  [() => ModelQuality$, () => ModelDataQuality$, () => Bias$, () => Explainability$]
];
var ModelPackage$ = [
  3,
  n0,
  _MPo,
  0,
  [_MPN, _MPGN, _MPV, _MPRT, _MPA, _MPD, _CT, _ISn, _SAS, _VSa, _MPSo, _MPSD, _CFM, _MAS, _CB, _MPe, _MM, _LMT, _LMB, _ADpp, _Do, _Tas, _SPU, _AIS, _SU, _SC, _MCod, _MLC, _Ta, _CMP, _DCB, _SMV],
  [0, 0, 1, 0, 0, 0, 4, () => InferenceSpecification$, () => SourceAlgorithmSpecification$, () => ModelPackageValidationSpecification$, 0, () => ModelPackageStatusDetails$, 2, 0, () => UserContext$, () => MetadataProperties$, () => ModelMetrics$, 4, () => UserContext$, 0, 0, 0, 0, () => AdditionalInferenceSpecifications, 0, () => ModelPackageSecurityConfig$, [() => ModelPackageModelCard$, 0], () => ModelLifeCycle$, () => TagList, 128 | 0, () => DriftCheckBaselines$, 0]
];
var ModelPackageConfig$ = [
  3,
  n0,
  _MPC,
  0,
  [_MPGA, _SMPA],
  [0, 0],
  1
];
var ModelPackageContainerDefinition$ = [
  3,
  n0,
  _MPCD,
  0,
  [_CH, _Im, _IDm, _MDU, _MDS, _PIrod, _E, _MIod, _F, _FV, _NMN, _AMDSd, _ASDS, _MDET, _ICs, _BM],
  [0, 0, 0, 0, () => ModelDataSource$, 0, 128 | 0, () => ModelInput$, 0, 0, 0, () => AdditionalModelDataSources, () => AdditionalS3DataSource$, 0, 2, () => BaseModel$]
];
var ModelPackageModelCard$ = [
  3,
  n0,
  _MPMC,
  0,
  [_MCC, _MCS],
  [[() => ModelCardContent, 0], 0]
];
var ModelPackageSecurityConfig$ = [
  3,
  n0,
  _MPSC,
  0,
  [_KKI],
  [0],
  1
];
var ModelPackageStatusDetails$ = [
  3,
  n0,
  _MPSD,
  0,
  [_VS, _ISS],
  [() => ModelPackageStatusItemList, () => ModelPackageStatusItemList],
  1
];
var ModelPackageStatusItem$ = [
  3,
  n0,
  _MPSI,
  0,
  [_N, _St, _FR],
  [0, 0, 0],
  2
];
var ModelPackageSummary$ = [
  3,
  n0,
  _MPSod,
  0,
  [_MPA, _CT, _MPSo, _MPN, _MPGN, _MPV, _MPD, _MAS, _MLC, _MPRT],
  [0, 4, 0, 0, 0, 1, 0, 0, () => ModelLifeCycle$, 0],
  3
];
var ModelPackageValidationProfile$ = [
  3,
  n0,
  _MPVP,
  0,
  [_PN, _TJDr],
  [0, () => TransformJobDefinition$],
  2
];
var ModelPackageValidationSpecification$ = [
  3,
  n0,
  _MPVS,
  0,
  [_VR, _VP],
  [0, () => ModelPackageValidationProfiles],
  2
];
var ModelQuality$ = [
  3,
  n0,
  _MQ,
  0,
  [_Stati, _Con],
  [() => MetricsSource$, () => MetricsSource$]
];
var ModelQualityAppSpecification$ = [
  3,
  n0,
  _MQAS,
  0,
  [_IU, _CEo, _CA, _RPSU, _PAPSU, _PTr, _E],
  [0, 64 | 0, 64 | 0, 0, 0, 0, 128 | 0],
  1
];
var ModelQuantizationConfig$ = [
  3,
  n0,
  _MQC,
  0,
  [_Im, _OEv],
  [0, 128 | 0]
];
var ModelRegisterSettings$ = [
  3,
  n0,
  _MRS,
  0,
  [_St, _CAMRRA],
  [0, 0]
];
var ModelShardingConfig$ = [
  3,
  n0,
  _MSCo,
  0,
  [_Im, _OEv],
  [0, 128 | 0]
];
var ModelSpeculativeDecodingConfig$ = [
  3,
  n0,
  _MSDC,
  0,
  [_Te, _TDS],
  [0, () => ModelSpeculativeDecodingTrainingDataSource$],
  1
];
var ModelSpeculativeDecodingTrainingDataSource$ = [
  3,
  n0,
  _MSDTDS,
  0,
  [_SUr, _SDT],
  [0, 0],
  2
];
var ModelStepMetadata$ = [
  3,
  n0,
  _MSM,
  0,
  [_Ar],
  [0]
];
var ModelVariantConfig$ = [
  3,
  n0,
  _MVC,
  0,
  [_MNod, _VN, _ICnfr],
  [0, 0, () => ModelInfrastructureConfig$],
  3
];
var MonitoringAppSpecification$ = [
  3,
  n0,
  _MASoni,
  0,
  [_IU, _CEo, _CA, _RPSU, _PAPSU],
  [0, 64 | 0, 64 | 0, 0, 0],
  1
];
var MonitoringBaselineConfig$ = [
  3,
  n0,
  _MBC,
  0,
  [_BJN, _CRon, _SR],
  [0, () => MonitoringConstraintsResource$, () => MonitoringStatisticsResource$]
];
var MonitoringClusterConfig$ = [
  3,
  n0,
  _MCCon,
  0,
  [_ICn, _ITn, _VSIGB, _VKKI],
  [1, 0, 1, 0],
  3
];
var MonitoringConstraintsResource$ = [
  3,
  n0,
  _MCR,
  0,
  [_SUr],
  [0]
];
var MonitoringCsvDatasetFormat$ = [
  3,
  n0,
  _MCDF,
  0,
  [_He],
  [2]
];
var MonitoringDatasetFormat$ = [
  3,
  n0,
  _MDF,
  0,
  [_Cs, _Js, _Pa],
  [() => MonitoringCsvDatasetFormat$, () => MonitoringJsonDatasetFormat$, () => MonitoringParquetDatasetFormat$]
];
var MonitoringExecutionSummary$ = [
  3,
  n0,
  _MESo,
  0,
  [_MSN, _STch, _CT, _LMT, _MESon, _PJA, _EN, _FR, _MJDN, _MTo],
  [0, 4, 4, 4, 0, 0, 0, 0, 0, 0],
  5
];
var MonitoringInput$ = [
  3,
  n0,
  _MIon,
  0,
  [_EIn, _BTI],
  [() => EndpointInput$, () => BatchTransformInput$]
];
var MonitoringJobDefinition$ = [
  3,
  n0,
  _MJD,
  0,
  [_MIoni, _MOC, _MRo, _MASoni, _RAo, _BCa, _SCt, _E, _NCe],
  [() => MonitoringInputs, () => MonitoringOutputConfig$, () => MonitoringResources$, () => MonitoringAppSpecification$, 0, () => MonitoringBaselineConfig$, () => MonitoringStoppingCondition$, 128 | 0, () => NetworkConfig$],
  5
];
var MonitoringJsonDatasetFormat$ = [
  3,
  n0,
  _MJDF,
  0,
  [_Li],
  [2]
];
var MonitoringOutput$ = [
  3,
  n0,
  _MO,
  0,
  [_SOu],
  [() => MonitoringS3Output$],
  1
];
var MonitoringOutputConfig$ = [
  3,
  n0,
  _MOC,
  0,
  [_MOo, _KKI],
  [() => MonitoringOutputs, 0],
  1
];
var MonitoringParquetDatasetFormat$ = [
  3,
  n0,
  _MPDF,
  0,
  [],
  []
];
var MonitoringResources$ = [
  3,
  n0,
  _MRo,
  0,
  [_CCl],
  [() => MonitoringClusterConfig$],
  1
];
var MonitoringS3Output$ = [
  3,
  n0,
  _MSO,
  0,
  [_SUr, _LP, _SUM],
  [0, 0, 0],
  2
];
var MonitoringStatisticsResource$ = [
  3,
  n0,
  _MSR,
  0,
  [_SUr],
  [0]
];
var MonitoringStoppingCondition$ = [
  3,
  n0,
  _MSCon,
  0,
  [_MRIS],
  [1],
  1
];
var MultiModelConfig$ = [
  3,
  n0,
  _MMC,
  0,
  [_MCSode],
  [0]
];
var NeoVpcConfig$ = [
  3,
  n0,
  _NVC,
  0,
  [_SGI, _Sub],
  [64 | 0, 64 | 0],
  2
];
var NetworkConfig$ = [
  3,
  n0,
  _NCe,
  0,
  [_EICTE, _ENI, _VC],
  [2, 2, () => VpcConfig$]
];
var NodeAdditionResult$ = [
  3,
  n0,
  _NAR,
  0,
  [_NLI, _IGN, _St, _AZ, _IT],
  [0, 0, 0, 64 | 0, 64 | 0],
  3
];
var NotebookInstanceSummary$ = [
  3,
  n0,
  _NISo,
  0,
  [_NIN, _NIA, _NIS, _Ur, _ITn, _CT, _LMT, _NILCN, _DCR, _ACR],
  [0, 0, 0, 0, 0, 4, 4, 0, 0, 64 | 0],
  2
];
var NotificationConfiguration$ = [
  3,
  n0,
  _NCo,
  0,
  [_NTAo],
  [0]
];
var OidcConfig$ = [
  3,
  n0,
  _OCi,
  0,
  [_CIl, _CS, _Is, _AEu, _TE, _UIE, _LE, _JU, _Sco, _AREP],
  [0, [() => ClientSecret, 0], 0, 0, 0, 0, 0, 0, 0, 128 | 0],
  8
];
var OidcConfigForResponse$ = [
  3,
  n0,
  _OCFR,
  0,
  [_CIl, _Is, _AEu, _TE, _UIE, _LE, _JU, _Sco, _AREP],
  [0, 0, 0, 0, 0, 0, 0, 0, 128 | 0]
];
var OidcMemberDefinition$ = [
  3,
  n0,
  _OMD,
  0,
  [_Gr],
  [64 | 0]
];
var OptimizationJobModelSource$ = [
  3,
  n0,
  _OJMS,
  0,
  [_S_, _SMM],
  [() => OptimizationJobModelSourceS3$, () => OptimizationSageMakerModel$]
];
var OptimizationJobModelSourceS3$ = [
  3,
  n0,
  _OJMSS,
  0,
  [_SUr, _MAC],
  [0, () => OptimizationModelAccessConfig$]
];
var OptimizationJobOutputConfig$ = [
  3,
  n0,
  _OJOC,
  0,
  [_SOL, _KKI, _SMM],
  [0, 0, () => OptimizationSageMakerModel$],
  1
];
var OptimizationJobSummary$ = [
  3,
  n0,
  _OJSpt,
  0,
  [_OJN, _OJA, _CT, _OJS, _DITe, _OTp, _OST, _OET, _LMT, _MICa],
  [0, 0, 4, 0, 0, 64 | 0, 4, 4, 4, 1],
  6
];
var OptimizationModelAccessConfig$ = [
  3,
  n0,
  _OMAC,
  0,
  [_AEc],
  [2],
  1
];
var OptimizationOutput$ = [
  3,
  n0,
  _OO,
  0,
  [_RII],
  [0]
];
var OptimizationSageMakerModel$ = [
  3,
  n0,
  _OSMM,
  0,
  [_MNod],
  [0]
];
var OptimizationVpcConfig$ = [
  3,
  n0,
  _OVCp,
  0,
  [_SGI, _Sub],
  [64 | 0, 64 | 0],
  2
];
var OutputDataConfig$ = [
  3,
  n0,
  _ODC,
  0,
  [_SOP, _KKI, _CTo],
  [0, 0, 0],
  1
];
var OutputParameter$ = [
  3,
  n0,
  _OPu,
  0,
  [_N, _Va],
  [0, 0],
  2
];
var ParallelismConfiguration$ = [
  3,
  n0,
  _PCa,
  0,
  [_MPES],
  [1],
  1
];
var Parameter$ = [
  3,
  n0,
  _Par,
  0,
  [_N, _Va],
  [0, 0],
  2
];
var ParameterRange$ = [
  3,
  n0,
  _PRar,
  0,
  [_IPRS, _CPRSo, _CPRS],
  [() => IntegerParameterRangeSpecification$, () => ContinuousParameterRangeSpecification$, () => CategoricalParameterRangeSpecification$]
];
var ParameterRanges$ = [
  3,
  n0,
  _PRa,
  0,
  [_IPRn, _CPRon, _CPRa, _APu],
  [() => IntegerParameterRanges, () => ContinuousParameterRanges, () => CategoricalParameterRanges, () => AutoParameters]
];
var PartnerAppConfig$ = [
  3,
  n0,
  _PAC,
  0,
  [_AUd, _Arg, _AGP, _RGA],
  [64 | 0, 128 | 0, 64 | 0, () => RoleGroupAssignmentsList]
];
var PipelineDefinitionS3Location$ = [
  3,
  n0,
  _PDSL,
  0,
  [_Bu, _OK, _VIe],
  [0, 0, 0],
  2
];
var PipelineExecutionStep$ = [
  3,
  n0,
  _PESipe,
  0,
  [_SNte, _SDNt, _SDte, _STt, _ETn, _SSte, _CHR, _FR, _Meta, _ACt, _SER],
  [0, 0, 0, 4, 4, 0, () => CacheHitResult$, 0, () => PipelineExecutionStepMetadata$, 1, () => SelectiveExecutionResult$]
];
var PipelineExecutionStepMetadata$ = [
  3,
  n0,
  _PESM,
  0,
  [_TJ, _PJ, _TJr, _TJu, _Mode, _RMe, _Cond, _Cal, _Lam, _EMR, _QC, _CCla, _Fai, _AMLJ, _En, _ECndpo, _BCM, _BCMD, _BPMT, _BMI, _ICnfer, _Lin, _J],
  [() => TrainingJobStepMetadata$, () => ProcessingJobStepMetadata$, () => TransformJobStepMetadata$, () => TuningJobStepMetaData$, () => ModelStepMetadata$, () => RegisterModelStepMetadata$, () => ConditionStepMetadata$, () => CallbackStepMetadata$, () => LambdaStepMetadata$, () => EMRStepMetadata$, () => QualityCheckStepMetadata$, () => ClarifyCheckStepMetadata$, () => FailStepMetadata$, () => AutoMLJobStepMetadata$, () => EndpointStepMetadata$, () => EndpointConfigStepMetadata$, () => BedrockCustomModelMetadata$, () => BedrockCustomModelDeploymentMetadata$, () => BedrockProvisionedModelThroughputMetadata$, () => BedrockModelImportMetadata$, () => InferenceComponentMetadata$, () => LineageMetadata$, () => JobStepMetadata$]
];
var PipelineExperimentConfig$ = [
  3,
  n0,
  _PEC,
  0,
  [_ENx, _TN],
  [0, 0]
];
var PlacementSpecification$ = [
  3,
  n0,
  _PSlace,
  0,
  [_ICn, _USIl],
  [1, 0],
  1
];
var PriorityClass$ = [
  3,
  n0,
  _PCri,
  0,
  [_N, _We],
  [0, 1],
  2
];
var ProcessingClusterConfig$ = [
  3,
  n0,
  _PCC,
  0,
  [_VSIGB, _ICn, _ITn, _VKKI, _IPnst, _SITe, _SICe],
  [1, 1, 0, 0, () => ProcessingInstancePreferenceList, 0, 1],
  1
];
var ProcessingFeatureStoreOutput$ = [
  3,
  n0,
  _PFSO,
  0,
  [_FGN],
  [0],
  1
];
var ProcessingInput$ = [
  3,
  n0,
  _PIroc,
  0,
  [_INn, _AMp, _SIn, _DD],
  [0, 2, () => ProcessingS3Input$, () => DatasetDefinition$],
  1
];
var ProcessingInstancePreference$ = [
  3,
  n0,
  _PIP,
  0,
  [_ITn, _ICn],
  [0, 1],
  1
];
var ProcessingJob$ = [
  3,
  n0,
  _PJ,
  0,
  [_PIr, _POC, _PJN, _PR, _SCt, _ASp, _E, _NCe, _RAo, _ECxp, _PJA, _PJS, _EMx, _FR, _PET, _PST, _LMT, _CT, _MSA, _AMLJAu, _TJA, _Ta],
  [() => ProcessingInputs, () => ProcessingOutputConfig$, 0, () => ProcessingResources$, () => ProcessingStoppingCondition$, () => AppSpecification$, 128 | 0, () => NetworkConfig$, 0, () => ExperimentConfig$, 0, 0, 0, 0, 4, 4, 4, 4, 0, 0, 0, () => TagList]
];
var ProcessingJobStepMetadata$ = [
  3,
  n0,
  _PJSM,
  0,
  [_Ar],
  [0]
];
var ProcessingOutput$ = [
  3,
  n0,
  _PO,
  0,
  [_ON, _SOu, _FSO, _AMp],
  [0, () => ProcessingS3Output$, () => ProcessingFeatureStoreOutput$, 2],
  1
];
var ProcessingOutputConfig$ = [
  3,
  n0,
  _POC,
  0,
  [_Ou, _KKI],
  [() => ProcessingOutputs, 0],
  1
];
var ProcessingResources$ = [
  3,
  n0,
  _PR,
  0,
  [_CCl],
  [() => ProcessingClusterConfig$],
  1
];
var ProcessingS3Input$ = [
  3,
  n0,
  _PSI,
  0,
  [_SUr, _SDT, _LP, _SIM, _SDDT, _SCTo],
  [0, 0, 0, 0, 0, 0],
  2
];
var ProcessingS3Output$ = [
  3,
  n0,
  _PSO,
  0,
  [_SUr, _SUM, _LP],
  [0, 0, 0],
  2
];
var ProcessingStoppingCondition$ = [
  3,
  n0,
  _PSC,
  0,
  [_MRIS],
  [1],
  1
];
var ProfilerConfig$ = [
  3,
  n0,
  _PCr,
  0,
  [_SOP, _PIIM, _PPr, _DPis],
  [0, 1, 128 | 0, 2]
];
var ProfilerConfigForUpdate$ = [
  3,
  n0,
  _PCFU,
  0,
  [_SOP, _PIIM, _PPr, _DPis],
  [0, 1, 128 | 0, 2]
];
var ProfilerRuleConfiguration$ = [
  3,
  n0,
  _PRCr,
  0,
  [_RCN, _REI, _LP, _SOP, _ITn, _VSIGB, _RP],
  [0, 0, 0, 0, 0, 1, 128 | 0],
  2
];
var ProfilerRuleEvaluationStatus$ = [
  3,
  n0,
  _PRESr,
  0,
  [_RCN, _REJA, _RES, _SDt, _LMT],
  [0, 0, 0, 0, 4]
];
var PublicWorkforceTaskPrice$ = [
  3,
  n0,
  _PWTP,
  0,
  [_AIU],
  [() => USD$]
];
var QualityCheckStepMetadata$ = [
  3,
  n0,
  _QCSM,
  0,
  [_CThe, _BUFDCS, _BUFDCC, _CBS, _CBC, _MPGN, _VRi, _CJA, _SCk, _RNB],
  [0, 0, 0, 0, 0, 0, 0, 0, 2, 2]
];
var QueryFilters$ = [
  3,
  n0,
  _QF,
  0,
  [_Ty, _LTi, _CBr, _CAre, _MB, _MAodi, _Pr],
  [64 | 0, 64 | 0, 4, 4, 4, 4, 128 | 0]
];
var QueryLineageRequest$ = [
  3,
  n0,
  _QLR,
  0,
  [_SAt, _Di, _IEn, _Fil, _MDa, _MR, _NTe],
  [64 | 0, 0, 2, () => QueryFilters$, 1, 1, 0]
];
var RealTimeInferenceConfig$ = [
  3,
  n0,
  _RTIC,
  0,
  [_ITn, _ICn],
  [0, 1],
  2
];
var RealTimeInferenceRecommendation$ = [
  3,
  n0,
  _RTIRe,
  0,
  [_RIe, _ITn, _E],
  [0, 0, 128 | 0],
  2
];
var RecommendationJobContainerConfig$ = [
  3,
  n0,
  _RJCC,
  0,
  [_Do, _Tas, _F, _FV, _PCay, _NMN, _SITu, _SET, _DICa, _SRMIMET],
  [0, 0, 0, 0, () => RecommendationJobPayloadConfig$, 0, 64 | 0, 0, 0, 64 | 0]
];
var RecommendationJobPayloadConfig$ = [
  3,
  n0,
  _RJPC,
  0,
  [_SPU, _SCT],
  [0, 64 | 0]
];
var RecommendationJobVpcConfig$ = [
  3,
  n0,
  _RJVC,
  0,
  [_SGI, _Sub],
  [64 | 0, 64 | 0],
  2
];
var RedshiftDatasetDefinition$ = [
  3,
  n0,
  _RDD,
  0,
  [_CIlu, _Da, _DUb, _QS, _CRAl, _OSU, _OF, _KKI, _OCut],
  [0, 0, 0, 0, 0, 0, 0, 0, 0],
  7
];
var RegisterModelStepMetadata$ = [
  3,
  n0,
  _RMSM,
  0,
  [_Ar],
  [0]
];
var RemoteDebugConfig$ = [
  3,
  n0,
  _RDC,
  0,
  [_ERD],
  [2]
];
var RepositoryAuthConfig$ = [
  3,
  n0,
  _RAC,
  0,
  [_RCPA],
  [0],
  1
];
var ReservedCapacityOffering$ = [
  3,
  n0,
  _RCO,
  0,
  [_ITn, _ICn, _RCT, _UST, _USC, _AZv, _DH, _DM, _STt, _ETn, _EST, _EET],
  [0, 1, 0, 0, 1, 0, 1, 1, 4, 4, 4, 4],
  2
];
var ReservedCapacitySummary$ = [
  3,
  n0,
  _RCSe,
  0,
  [_RCA, _ITn, _TICo, _St, _RCT, _UST, _USC, _AZv, _AZI, _DH, _DM, _STt, _ETn],
  [0, 0, 1, 0, 0, 0, 1, 0, 0, 1, 1, 4, 4],
  4
];
var ResourceConfig$ = [
  3,
  n0,
  _RCe,
  0,
  [_ITn, _ICn, _VSIGB, _VKKI, _KAPIS, _IG, _TPA, _IPCn, _IPnst, _SITe, _SICe],
  [0, 1, 1, 0, 1, () => InstanceGroups, 0, () => InstancePlacementConfig$, () => InstancePreferenceList, 0, 1]
];
var ResourceSpec$ = [
  3,
  n0,
  _RS,
  0,
  [_SMIA, _SMIVAa, _SMIVAag, _ITn, _LCAi, _TPA],
  [0, 0, 0, 0, 0, 0]
];
var RetryStrategy$ = [
  3,
  n0,
  _RSe,
  0,
  [_MRAa],
  [1],
  1
];
var RoleGroupAssignment$ = [
  3,
  n0,
  _RGAo,
  0,
  [_RNo, _GP],
  [0, 64 | 0],
  2
];
var RollingDeploymentPolicy$ = [
  3,
  n0,
  _RDP,
  0,
  [_MBS, _RMBS],
  [() => CapacitySizeConfig$, () => CapacitySizeConfig$],
  1
];
var RSessionAppSettings$ = [
  3,
  n0,
  _RSAS,
  0,
  [_DRS, _CI],
  [() => ResourceSpec$, () => CustomImages]
];
var RStudioServerProAppSettings$ = [
  3,
  n0,
  _RSSPAS,
  0,
  [_AScc, _UG],
  [0, 0]
];
var RStudioServerProDomainSettings$ = [
  3,
  n0,
  _RSSPDS,
  0,
  [_DERA, _RSCU, _RSPMU, _DRS],
  [0, 0, 0, () => ResourceSpec$],
  1
];
var RStudioServerProDomainSettingsForUpdate$ = [
  3,
  n0,
  _RSSPDSFU,
  0,
  [_DERA, _DRS, _RSCU, _RSPMU],
  [0, () => ResourceSpec$, 0, 0],
  1
];
var S3DataSource$ = [
  3,
  n0,
  _SDS,
  0,
  [_SDT, _SUr, _SDDT, _ANt, _IGNn, _MAC, _HAC],
  [0, 0, 0, 64 | 0, 64 | 0, () => ModelAccessConfig$, () => HubAccessConfig$],
  2
];
var S3FileSystemConfig$ = [
  3,
  n0,
  _SFSC,
  0,
  [_SUr, _MP],
  [0, 0],
  1
];
var S3ModelDataSource$ = [
  3,
  n0,
  _SMDS,
  0,
  [_SUr, _SDT, _CTo, _MAC, _HAC, _MSU, _ET, _MEa],
  [0, 0, 0, () => ModelAccessConfig$, () => InferenceHubAccessConfig$, 0, 0, 0],
  3
];
var S3Presign$ = [
  3,
  n0,
  _SPr,
  0,
  [_IPC],
  [() => IamPolicyConstraints$]
];
var ScheduledUpdateConfig$ = [
  3,
  n0,
  _SUC,
  0,
  [_SEc, _DCe],
  [0, () => DeploymentConfiguration$],
  1
];
var SchedulerConfig$ = [
  3,
  n0,
  _SCc,
  0,
  [_PCrio, _FSa, _IRS],
  [() => PriorityClassList, 0, 0]
];
var SearchTrainingPlanOfferingsRequest$ = [
  3,
  n0,
  _STPOR,
  0,
  [_ITn, _ICn, _UST, _USC, _STAt, _ETBn, _DH, _TRa, _TPA],
  [0, 1, 0, 1, 4, 4, 1, 64 | 0, 0]
];
var SecondaryStatusTransition$ = [
  3,
  n0,
  _SSTe,
  0,
  [_St, _STt, _ETn, _SM],
  [0, 4, 4, 0],
  2
];
var SelectedStep$ = [
  3,
  n0,
  _SSel,
  0,
  [_SNte],
  [0],
  1
];
var SelectiveExecutionConfig$ = [
  3,
  n0,
  _SECe,
  0,
  [_SSele, _SPEA],
  [() => SelectedStepList, 0],
  1
];
var SelectiveExecutionResult$ = [
  3,
  n0,
  _SER,
  0,
  [_SPEA],
  [0]
];
var ServerlessJobConfig$ = [
  3,
  n0,
  _SJC,
  0,
  [_BMA, _JT, _AEc, _CTus, _Pef, _ETva, _EAv, _SL],
  [0, 0, 2, 0, 0, 0, 0, 0],
  2
];
var SessionChainingConfig$ = [
  3,
  n0,
  _SCC,
  0,
  [_ESTC],
  [2]
];
var SharingSettings$ = [
  3,
  n0,
  _SSh,
  0,
  [_NOO, _SOP, _SKKI],
  [0, 0, 0]
];
var ShuffleConfig$ = [
  3,
  n0,
  _SCh,
  0,
  [_Se],
  [1],
  1
];
var SourceAlgorithm$ = [
  3,
  n0,
  _SAo,
  0,
  [_ANlg, _MDU, _MDS, _MDET],
  [0, 0, () => ModelDataSource$, 0],
  1
];
var SourceAlgorithmSpecification$ = [
  3,
  n0,
  _SAS,
  0,
  [_SAou],
  [() => SourceAlgorithmList],
  1
];
var SourceIpConfig$ = [
  3,
  n0,
  _SIC,
  0,
  [_Ci],
  [64 | 0],
  1
];
var StartPipelineExecutionRequest$ = [
  3,
  n0,
  _SPER,
  0,
  [_PNi, _PEDN, _PP, _PED, _CRT, _PCa, _SECe, _PVI, _MEN],
  [0, 0, () => ParameterList, 0, [0, 4], () => ParallelismConfiguration$, () => SelectiveExecutionConfig$, 1, 0],
  1
];
var StartPipelineExecutionResponse$ = [
  3,
  n0,
  _SPERt,
  0,
  [_PEA],
  [0]
];
var StopInferenceExperimentRequest$ = [
  3,
  n0,
  _SIERto,
  0,
  [_N, _MVA, _DMV, _DSes, _Rea],
  [0, 128 | 0, () => ModelVariantConfigList, 0, 0],
  2
];
var StoppingCondition$ = [
  3,
  n0,
  _SCt,
  0,
  [_MRIS, _MWTIS, _MPTIS],
  [1, 1, 1]
];
var StopPipelineExecutionRequest$ = [
  3,
  n0,
  _SPERto,
  0,
  [_PEA, _CRT],
  [0, [0, 4]],
  1
];
var StopPipelineExecutionResponse$ = [
  3,
  n0,
  _SPERtop,
  0,
  [_PEA],
  [0]
];
var StudioWebPortalSettings$ = [
  3,
  n0,
  _SWPS,
  0,
  [_HMT, _HAT, _HIT, _HSMIVA, _ERSNM],
  [64 | 0, 64 | 0, 64 | 0, () => HiddenSageMakerImageVersionAliasesList, 0]
];
var Tag$ = [
  3,
  n0,
  _Tag,
  0,
  [_K, _Va],
  [0, 0],
  2
];
var TensorBoardAppSettings$ = [
  3,
  n0,
  _TBAS,
  0,
  [_DRS],
  [() => ResourceSpec$]
];
var TensorBoardOutputConfig$ = [
  3,
  n0,
  _TBOC,
  0,
  [_SOP, _LP],
  [0, 0],
  1
];
var TextGenerationJobConfig$ = [
  3,
  n0,
  _TGJC,
  0,
  [_CCo, _BMN, _TGHP, _MAC],
  [() => AutoMLJobCompletionCriteria$, 0, 128 | 0, () => ModelAccessConfig$]
];
var TimeSeriesConfig$ = [
  3,
  n0,
  _TSCim,
  0,
  [_TAN, _TANi, _IIAN, _GAN],
  [0, 0, 0, 64 | 0],
  3
];
var TimeSeriesForecastingJobConfig$ = [
  3,
  n0,
  _TSFJC,
  0,
  [_FF, _FHo, _TSCim, _FSSU, _CCo, _FQ, _Tra, _HCo, _CGC],
  [0, 1, () => TimeSeriesConfig$, 0, () => AutoMLJobCompletionCriteria$, 64 | 0, () => TimeSeriesTransformations$, () => HolidayConfig, () => CandidateGenerationConfig$],
  3
];
var TimeSeriesForecastingSettings$ = [
  3,
  n0,
  _TSFS,
  0,
  [_St, _AFRA],
  [0, 0]
];
var TimeSeriesTransformations$ = [
  3,
  n0,
  _TSTi,
  0,
  [_Fill, _Ag],
  [[2, n0, _FTi, 0, 0, 128 | 0], 128 | 0]
];
var TrainingImageConfig$ = [
  3,
  n0,
  _TIC,
  0,
  [_TRAM, _TRAC],
  [0, () => TrainingRepositoryAuthConfig$],
  1
];
var TrainingJob$ = [
  3,
  n0,
  _TJ,
  0,
  [_TJN, _TJA, _TJAu, _LJA, _AMLJAu, _MAo, _TJS, _SSe, _FR, _HP, _ASl, _RAo, _IDC, _ODC, _RCe, _WPS, _VC, _SCt, _CT, _TST, _TET, _LMT, _SST, _FMDL, _ENI, _EICTE, _EMST, _CCh, _TTIS, _BTIS, _DHC, _ECxp, _DRC, _TBOC, _DRESe, _OMPA, _MPC, _PCr, _E, _RSe, _Ta],
  [0, 0, 0, 0, 0, () => ModelArtifacts$, 0, 0, 0, 128 | 0, () => AlgorithmSpecification$, 0, () => InputDataConfig, () => OutputDataConfig$, () => ResourceConfig$, () => WarmPoolStatus$, () => VpcConfig$, () => StoppingCondition$, 4, 4, 4, 4, () => SecondaryStatusTransitions, () => FinalMetricDataList, 2, 2, 2, () => CheckpointConfig$, 1, 1, () => DebugHookConfig$, () => ExperimentConfig$, () => DebugRuleConfigurations, () => TensorBoardOutputConfig$, () => DebugRuleEvaluationStatuses, 0, () => ModelPackageConfig$, () => ProfilerConfig$, 128 | 0, () => RetryStrategy$, () => TagList]
];
var TrainingJobDefinition$ = [
  3,
  n0,
  _TJD,
  0,
  [_TIM, _IDC, _ODC, _RCe, _SCt, _HP],
  [0, () => InputDataConfig, () => OutputDataConfig$, () => ResourceConfig$, () => StoppingCondition$, 128 | 0],
  5
];
var TrainingJobStepMetadata$ = [
  3,
  n0,
  _TJSM,
  0,
  [_Ar],
  [0]
];
var TrainingPlanOffering$ = [
  3,
  n0,
  _TPOr,
  0,
  [_TPOI, _TRa, _RSTA, _RETB, _DH, _DM, _UF, _CCur, _RCOe],
  [0, 64 | 0, 4, 4, 1, 1, 0, 0, () => ReservedCapacityOfferings],
  2
];
var TrainingPlanSummary$ = [
  3,
  n0,
  _TPSra,
  0,
  [_TPA, _TPN, _St, _SM, _DH, _DM, _STt, _ETn, _UF, _CCur, _TICo, _AICv, _IUIC, _TUSC, _TRa, _RCS],
  [0, 0, 0, 0, 1, 1, 4, 4, 0, 0, 1, 1, 1, 1, 64 | 0, () => ReservedCapacitySummaries],
  3
];
var TrainingProgressInfo$ = [
  3,
  n0,
  _TPI,
  0,
  [_TSCPE, _CSu, _CEur, _MEax],
  [1, 1, 1, 1]
];
var TrainingRepositoryAuthConfig$ = [
  3,
  n0,
  _TRAC,
  0,
  [_TRCPA],
  [0],
  1
];
var TrainingSpecification$ = [
  3,
  n0,
  _TS,
  0,
  [_TI, _STITu, _TCra, _TID, _SHPu, _SDTu, _MDe, _STJOM, _ASDS],
  [0, 64 | 0, () => ChannelSpecifications, 0, () => HyperParameterSpecifications, 2, () => MetricDefinitionList, () => HyperParameterTuningJobObjectives, () => AdditionalS3DataSource$],
  3
];
var TransformDataSource$ = [
  3,
  n0,
  _TDSr,
  0,
  [_SDS],
  [() => TransformS3DataSource$],
  1
];
var TransformInput$ = [
  3,
  n0,
  _TIr,
  0,
  [_DS, _CTon, _CTo, _STp],
  [() => TransformDataSource$, 0, 0, 0],
  1
];
var TransformJob$ = [
  3,
  n0,
  _TJr,
  0,
  [_TJNr, _TJAr, _TJSr, _FR, _MNod, _MCT, _MCCo, _MPIMB, _BS, _E, _TIr, _TO, _DCC, _TR, _CT, _TSTr, _TETr, _LJA, _AMLJAu, _DP, _ECxp, _Ta],
  [0, 0, 0, 0, 0, 1, () => ModelClientConfig$, 1, 0, 128 | 0, () => TransformInput$, () => TransformOutput$, () => BatchDataCaptureConfig$, () => TransformResources$, 4, 4, 4, 0, 0, () => DataProcessing$, () => ExperimentConfig$, () => TagList]
];
var TransformJobDefinition$ = [
  3,
  n0,
  _TJDr,
  0,
  [_TIr, _TO, _TR, _MCT, _MPIMB, _BS, _E],
  [() => TransformInput$, () => TransformOutput$, () => TransformResources$, 1, 1, 0, 128 | 0],
  3
];
var TransformJobStepMetadata$ = [
  3,
  n0,
  _TJSMr,
  0,
  [_Ar],
  [0]
];
var TransformOutput$ = [
  3,
  n0,
  _TO,
  0,
  [_SOP, _Acce, _AW, _KKI],
  [0, 0, 0, 0],
  1
];
var TransformResources$ = [
  3,
  n0,
  _TR,
  0,
  [_ITn, _ICn, _VKKI, _TAV],
  [0, 1, 0, 0],
  2
];
var TransformS3DataSource$ = [
  3,
  n0,
  _TSDS,
  0,
  [_SDT, _SUr],
  [0, 0],
  2
];
var TrialComponentArtifact$ = [
  3,
  n0,
  _TCAr,
  0,
  [_Va, _MTe],
  [0, 0],
  1
];
var TrialComponentStatus$ = [
  3,
  n0,
  _TCSri,
  0,
  [_PSri, _M],
  [0, 0]
];
var TrustedIdentityPropagationSettings$ = [
  3,
  n0,
  _TIPS,
  0,
  [_St],
  [0],
  1
];
var TuningJobStepMetaData$ = [
  3,
  n0,
  _TJSMD,
  0,
  [_Ar],
  [0]
];
var UiConfig$ = [
  3,
  n0,
  _UC,
  0,
  [_UTSU, _HTUA],
  [0, 0]
];
var UnifiedStudioSettings$ = [
  3,
  n0,
  _USSn,
  0,
  [_SWPA, _DAIo, _DRo, _DI, _PIro, _EInv, _PSP, _SSOAA],
  [0, 0, 0, 0, 0, 0, 0, 0]
];
var UpdateActionRequest$ = [
  3,
  n0,
  _UAR,
  0,
  [_AN, _D, _St, _Pr, _PTRr],
  [0, 0, 0, 128 | 0, 64 | 0],
  1
];
var UpdateArtifactRequest$ = [
  3,
  n0,
  _UARpd,
  0,
  [_AAr, _ANr, _Pr, _PTRr],
  [0, 0, 128 | 0, 64 | 0],
  1
];
var UpdateClusterRequest$ = [
  3,
  n0,
  _UCR,
  0,
  [_CNl, _IG, _RIG, _RIGC, _TSCi, _NR, _IGTD, _NPM, _CRl, _ASu, _Or],
  [0, () => ClusterInstanceGroupSpecifications, () => ClusterRestrictedInstanceGroupSpecifications, () => ClusterRestrictedInstanceGroupsConfig$, () => ClusterTieredStorageConfig$, 0, 64 | 0, 0, 0, () => ClusterAutoScalingConfig$, () => ClusterOrchestrator$],
  1
];
var UpdateContextRequest$ = [
  3,
  n0,
  _UCRpd,
  0,
  [_CNon, _D, _Pr, _PTRr],
  [0, 0, 128 | 0, 64 | 0],
  1
];
var UpdateDomainRequest$ = [
  3,
  n0,
  _UDRp,
  0,
  [_DI, _DUS, _DSFU, _ASGM, _DSS, _SIu, _ANAT, _TP, _HEFSC, _VIp],
  [0, () => UserSettings$, () => DomainSettingsForUpdate$, 0, () => DefaultSpaceSettings$, 64 | 0, 0, 0, 0, 0],
  1
];
var UpdateFeatureMetadataRequest$ = [
  3,
  n0,
  _UFMR,
  0,
  [_FGN, _FN, _D, _PAa, _PRara],
  [0, 0, 0, () => FeatureParameterAdditions, 64 | 0],
  2
];
var UpdateHubContentRequest$ = [
  3,
  n0,
  _UHCR,
  0,
  [_HN, _HCN, _HCT, _HCV, _HCDN, _HCDu, _HCM, _HCSK, _SSu],
  [0, 0, 0, 0, 0, 0, 0, 64 | 0, 0],
  4
];
var UpdateHubRequest$ = [
  3,
  n0,
  _UHR,
  0,
  [_HN, _HD, _HDN, _HSK],
  [0, 0, 0, 64 | 0],
  1
];
var UpdateImageRequest$ = [
  3,
  n0,
  _UIR,
  0,
  [_IN, _DPe, _D, _DNi, _RAo],
  [0, 64 | 0, 0, 0, 0],
  1
];
var UpdateImageVersionRequest$ = [
  3,
  n0,
  _UIVR,
  0,
  [_IN, _Alia, _V, _ATA, _ATD, _VG, _JT, _MLF, _PL, _Pro, _H, _RN],
  [0, 0, 1, 64 | 0, 64 | 0, 0, 0, 0, 0, 0, 2, 0],
  1
];
var UpdateMlflowAppRequest$ = [
  3,
  n0,
  _UMAR,
  0,
  [_Ar, _N, _ASU, _MRM, _WMWS, _DDIL, _ADS],
  [0, 0, 0, 0, 0, 64 | 0, 0],
  1
];
var UpdateModelPackageInput$ = [
  3,
  n0,
  _UMPI,
  0,
  [_MPA, _MAS, _MPRT, _ADpp, _CMP, _CMPTR, _AISTA, _ISn, _SU, _MCod, _MLC, _CTl],
  [0, 0, 0, 0, 128 | 0, 64 | 0, () => AdditionalInferenceSpecifications, () => InferenceSpecification$, 0, [() => ModelPackageModelCard$, 0], () => ModelLifeCycle$, 0],
  1
];
var UpdateModelPackageOutput$ = [
  3,
  n0,
  _UMPO,
  0,
  [_MPA],
  [0],
  1
];
var UpdateNotebookInstanceInput$ = [
  3,
  n0,
  _UNII,
  0,
  [_NIN, _ITn, _IAT, _PIl, _RAo, _LCN, _DLC, _VSIGB, _DCR, _ACR, _ATc, _DAT, _DDCR, _DACR, _RAoo, _IMSC],
  [0, 0, 0, 0, 0, 0, 2, 1, 0, 64 | 0, 64 | 0, 2, 2, 2, 0, () => InstanceMetadataServiceConfiguration$],
  1
];
var UpdatePipelineRequest$ = [
  3,
  n0,
  _UPR,
  0,
  [_PNi, _PDN, _PD, _PDSL, _PDi, _RAo, _PCa],
  [0, 0, 0, () => PipelineDefinitionS3Location$, 0, 0, () => ParallelismConfiguration$],
  1
];
var UpdatePipelineResponse$ = [
  3,
  n0,
  _UPRp,
  0,
  [_PAi, _PVI],
  [0, 1]
];
var UpdateTrialComponentRequest$ = [
  3,
  n0,
  _UTCR,
  0,
  [_TCN, _DNi, _St, _STt, _ETn, _P, _PTRa, _IAn, _IATR, _OA, _OATR],
  [0, 0, () => TrialComponentStatus$, 4, 4, () => TrialComponentParameters, 64 | 0, () => TrialComponentArtifacts, 64 | 0, () => TrialComponentArtifacts, 64 | 0],
  1
];
var USD$ = [
  3,
  n0,
  _USD,
  0,
  [_Dol, _Ce, _TFOAC],
  [1, 1, 1]
];
var UserContext$ = [
  3,
  n0,
  _UCs,
  0,
  [_UPA, _UPN, _DI, _IIa],
  [0, 0, 0, () => IamIdentity$]
];
var UserSettings$ = [
  3,
  n0,
  _US,
  0,
  [_ERx, _SG, _SSh, _JSAS, _KGAS, _TBAS, _RSSPAS, _RSAS, _CAS, _CEAS, _JLAS, _SSSp, _DLU, _SWP, _CPUC, _CFSC, _SWPS, _AMHEFS],
  [0, 64 | 0, () => SharingSettings$, () => JupyterServerAppSettings$, () => KernelGatewayAppSettings$, () => TensorBoardAppSettings$, () => RStudioServerProAppSettings$, () => RSessionAppSettings$, () => CanvasAppSettings$, () => CodeEditorAppSettings$, () => JupyterLabAppSettings$, () => DefaultSpaceStorageSettings$, 0, 0, () => CustomPosixUserConfig$, () => CustomFileSystemConfigs, () => StudioWebPortalSettings$, 0]
];
var VpcConfig$ = [
  3,
  n0,
  _VC,
  0,
  [_SGI, _Sub],
  [64 | 0, 64 | 0],
  2
];
var WarmPoolStatus$ = [
  3,
  n0,
  _WPS,
  0,
  [_St, _RRBTIS, _RBJ],
  [0, 1, 0],
  1
];
var WorkerAccessConfiguration$ = [
  3,
  n0,
  _WAC,
  0,
  [_SPr],
  [() => S3Presign$]
];
var WorkforceVpcConfigRequest$ = [
  3,
  n0,
  _WVCR,
  0,
  [_VIp, _SGI, _Sub],
  [0, 64 | 0, 64 | 0]
];
var WorkforceVpcConfigResponse$ = [
  3,
  n0,
  _WVCRo,
  0,
  [_VIp, _SGI, _Sub, _VEI],
  [0, 64 | 0, 64 | 0, 0],
  3
];
var WorkspaceSettings$ = [
  3,
  n0,
  _WSo,
  0,
  [_SAP, _SKKI],
  [0, 0]
];
var Workteam$ = [
  3,
  n0,
  _Wo,
  0,
  [_WNo, _MDem, _WAo, _D, _WA, _PLI, _SDu, _CDr, _LUD, _NCo, _WAC],
  [0, () => MemberDefinitions, 0, 0, 0, 64 | 0, 0, 4, 4, () => NotificationConfiguration$, () => WorkerAccessConfiguration$],
  4
];
var AdditionalCodeRepositoryNamesOrUrls = 64 | 0;
var AdditionalInferenceSpecifications = [
  1,
  n0,
  _AIS,
  0,
  () => AdditionalInferenceSpecificationDefinition$
];
var AdditionalModelDataSources = [
  1,
  n0,
  _AMDSd,
  0,
  () => AdditionalModelDataSource$
];
var AIMlReservationArnList = 64 | 0;
var AIRecommendationDeploymentS3ChannelList = [
  1,
  n0,
  _AIRDSCL,
  0,
  () => AIRecommendationDeploymentS3Channel$
];
var AIRecommendationInstanceTypeList = 64 | 0;
var ArtifactSourceTypes = [
  1,
  n0,
  _ASTr,
  0,
  () => ArtifactSourceType$
];
var AssignedGroupPatternsList = 64 | 0;
var AssociationInfoList = [
  1,
  n0,
  _AIL,
  0,
  () => AssociationInfo$
];
var AssumableRoleArns = 64 | 0;
var AsyncNotificationTopicTypeList = 64 | 0;
var AttributeNames = 64 | 0;
var AutoMLAlgorithms = 64 | 0;
var AutoMLAlgorithmsConfig = [
  1,
  n0,
  _AMLACu,
  0,
  () => AutoMLAlgorithmConfig$
];
var AutoParameters = [
  1,
  n0,
  _APu,
  0,
  () => AutoParameter$
];
var AutoRollbackAlarms = [
  1,
  n0,
  _ARAu,
  0,
  () => AlarmDetails$
];
var BatchDeleteClusterNodeLogicalIdsErrorList = [
  1,
  n0,
  _BDCNLIEL,
  0,
  () => BatchDeleteClusterNodeLogicalIdsError$
];
var BatchDeleteClusterNodesErrorList = [
  1,
  n0,
  _BDCNEL,
  0,
  () => BatchDeleteClusterNodesError$
];
var BatchRebootClusterNodeLogicalIdsErrors = [
  1,
  n0,
  _BRCNLIEat,
  0,
  () => BatchRebootClusterNodeLogicalIdsError$
];
var BatchRebootClusterNodesErrors = [
  1,
  n0,
  _BRCNEat,
  0,
  () => BatchRebootClusterNodesError$
];
var BatchReplaceClusterNodeLogicalIdsErrors = [
  1,
  n0,
  _BRCNLIEatc,
  0,
  () => BatchReplaceClusterNodeLogicalIdsError$
];
var BatchReplaceClusterNodesErrors = [
  1,
  n0,
  _BRCNEatc,
  0,
  () => BatchReplaceClusterNodesError$
];
var CategoricalParameterRanges = [
  1,
  n0,
  _CPRa,
  0,
  () => CategoricalParameterRange$
];
var CategoricalParameterRangeValues = 64 | 0;
var ChannelSpecifications = [
  1,
  n0,
  _CSha,
  0,
  () => ChannelSpecification$
];
var Cidrs = 64 | 0;
var ClarifyFeatureHeaders = 64 | 0;
var ClarifyFeatureTypes = 64 | 0;
var ClarifyLabelHeaders = 64 | 0;
var ClusterAvailabilityZones = 64 | 0;
var ClusterInstanceGroupSpecifications = [
  1,
  n0,
  _CIGSl,
  0,
  () => ClusterInstanceGroupSpecification$
];
var ClusterInstanceGroupsToDelete = 64 | 0;
var ClusterInstanceStorageConfigs = [
  1,
  n0,
  _CISC,
  0,
  () => ClusterInstanceStorageConfig$
];
var ClusterInstanceTypeDetails = [
  1,
  n0,
  _CITDl,
  0,
  () => ClusterInstanceTypeDetail$
];
var ClusterInstanceTypes = 64 | 0;
var ClusterKubernetesTaints = [
  1,
  n0,
  _CKTl,
  0,
  () => ClusterKubernetesTaint$
];
var ClusterNodeIds = 64 | 0;
var ClusterNodeLogicalIdList = 64 | 0;
var ClusterPartitionNames = 64 | 0;
var ClusterRestrictedInstanceGroupSpecifications = [
  1,
  n0,
  _CRIGSl,
  0,
  () => ClusterRestrictedInstanceGroupSpecification$
];
var CodeRepositories = [
  1,
  n0,
  _CRod,
  0,
  () => CodeRepository$
];
var CollectionConfigurations = [
  1,
  n0,
  _CColl,
  0,
  () => CollectionConfiguration$
];
var CompressionTypes = 64 | 0;
var ContainerArguments = 64 | 0;
var ContainerEntrypoint = 64 | 0;
var ContentClassifiers = 64 | 0;
var ContentTypes = 64 | 0;
var ContinuousParameterRanges = [
  1,
  n0,
  _CPRon,
  0,
  () => ContinuousParameterRange$
];
var CsvContentTypes = 64 | 0;
var CustomerMetadataKeyList = 64 | 0;
var CustomFileSystemConfigs = [
  1,
  n0,
  _CFSC,
  0,
  () => CustomFileSystemConfig$
];
var CustomImageContainerArguments = 64 | 0;
var CustomImageContainerEntrypoint = 64 | 0;
var CustomImages = [
  1,
  n0,
  _CI,
  0,
  () => CustomImage$
];
var DebugRuleConfigurations = [
  1,
  n0,
  _DRC,
  0,
  () => DebugRuleConfiguration$
];
var DebugRuleEvaluationStatuses = [
  1,
  n0,
  _DRESe,
  0,
  () => DebugRuleEvaluationStatus$
];
var DeepHealthChecks = 64 | 0;
var DefaultDomainIdList = 64 | 0;
var DeviceNames = 64 | 0;
var DomainSecurityGroupIds = 64 | 0;
var EfaEnis = 64 | 0;
var EksRoleAccessEntries = 64 | 0;
var ExecutionRoleArns = 64 | 0;
var FeatureParameterAdditions = [
  1,
  n0,
  _FPA,
  0,
  () => FeatureParameter$
];
var FeatureParameterRemovals = 64 | 0;
var FinalMetricDataList = [
  1,
  n0,
  _FMDL,
  0,
  () => MetricData$
];
var FlowDefinitionTaskKeywords = 64 | 0;
var ForecastQuantiles = 64 | 0;
var GroupingAttributeNames = 64 | 0;
var GroupPatternsList = 64 | 0;
var Groups = 64 | 0;
var HiddenAppTypesList = 64 | 0;
var HiddenInstanceTypesList = 64 | 0;
var HiddenMlToolsList = 64 | 0;
var HiddenSageMakerImageVersionAliasesList = [
  1,
  n0,
  _HSMIVAL,
  0,
  () => HiddenSageMakerImage$
];
var HolidayConfig = [
  1,
  n0,
  _HCo,
  0,
  () => HolidayConfigAttributes$
];
var HubContentDependencyList = [
  1,
  n0,
  _HCDL,
  0,
  () => HubContentDependency$
];
var HubContentSearchKeywordList = 64 | 0;
var HubSearchKeywordList = 64 | 0;
var HyperParameterSpecifications = [
  1,
  n0,
  _HPSy,
  0,
  () => HyperParameterSpecification$
];
var HyperParameterTuningInstanceConfigs = [
  1,
  n0,
  _HPTICy,
  0,
  () => HyperParameterTuningInstanceConfig$
];
var HyperParameterTuningJobObjectives = [
  1,
  n0,
  _HPTJOy,
  0,
  () => HyperParameterTuningJobObjective$
];
var IdentityProviderOAuthSettings = [
  1,
  n0,
  _IPOAS,
  0,
  () => IdentityProviderOAuthSetting$
];
var ImageDeletePropertyList = 64 | 0;
var InputDataConfig = [
  1,
  n0,
  _IDC,
  0,
  () => Channel$
];
var InputModes = 64 | 0;
var InstanceGroupNames = 64 | 0;
var InstanceGroups = [
  1,
  n0,
  _IG,
  0,
  () => InstanceGroup$
];
var InstanceIds = 64 | 0;
var InstancePreferenceList = [
  1,
  n0,
  _IPLn,
  0,
  () => InstancePreference$
];
var IntegerParameterRanges = [
  1,
  n0,
  _IPRn,
  0,
  () => IntegerParameterRange$
];
var JsonContentTypes = 64 | 0;
var LifecycleConfigArns = 64 | 0;
var ListLineageEntityParameterKey = 64 | 0;
var ListTrialComponentKey256 = 64 | 0;
var MemberDefinitions = [
  1,
  n0,
  _MDem,
  0,
  () => MemberDefinition$
];
var MetricDefinitionList = [
  1,
  n0,
  _MDLe,
  0,
  () => MetricDefinition$
];
var MetricsEndpointList = [
  1,
  n0,
  _MEL,
  0,
  () => MetricsEndpoint$
];
var ModelPackageArnList = 64 | 0;
var ModelPackageContainerDefinitionList = [
  1,
  n0,
  _MPCDL,
  0,
  () => ModelPackageContainerDefinition$
];
var ModelPackageStatusItemList = [
  1,
  n0,
  _MPSIL,
  0,
  () => ModelPackageStatusItem$
];
var ModelPackageSummaryList = [
  1,
  n0,
  _MPSL,
  0,
  () => ModelPackageSummary$
];
var ModelPackageValidationProfiles = [
  1,
  n0,
  _MPVPo,
  0,
  () => ModelPackageValidationProfile$
];
var ModelVariantConfigList = [
  1,
  n0,
  _MVCL,
  0,
  () => ModelVariantConfig$
];
var MonitoringContainerArguments = 64 | 0;
var MonitoringExecutionSummaryList = [
  1,
  n0,
  _MESL,
  0,
  () => MonitoringExecutionSummary$
];
var MonitoringInputs = [
  1,
  n0,
  _MIoni,
  0,
  () => MonitoringInput$
];
var MonitoringOutputs = [
  1,
  n0,
  _MOo,
  0,
  () => MonitoringOutput$
];
var NeoVpcSecurityGroupIds = 64 | 0;
var NeoVpcSubnets = 64 | 0;
var NotebookInstanceAcceleratorTypes = 64 | 0;
var OnStartDeepHealthChecks = 64 | 0;
var OptimizationConfigs = [
  1,
  n0,
  _OCp,
  0,
  () => OptimizationConfig$
];
var OptimizationJobTrainingPlanArns = 64 | 0;
var OptimizationTypes = 64 | 0;
var OptimizationVpcSecurityGroupIds = 64 | 0;
var OptimizationVpcSubnets = 64 | 0;
var OutputParameterList = [
  1,
  n0,
  _OPL,
  0,
  () => OutputParameter$
];
var ParameterList = [
  1,
  n0,
  _PLa,
  0,
  () => Parameter$
];
var ParameterValues = 64 | 0;
var PartnerAppAdminUserList = 64 | 0;
var PipelineExecutionStepList = [
  1,
  n0,
  _PESL,
  0,
  () => PipelineExecutionStep$
];
var PlacementSpecifications = [
  1,
  n0,
  _PSlac,
  0,
  () => PlacementSpecification$
];
var PriorityClassList = [
  1,
  n0,
  _PCL,
  0,
  () => PriorityClass$
];
var ProcessingInputs = [
  1,
  n0,
  _PIr,
  0,
  () => ProcessingInput$
];
var ProcessingInstancePreferenceList = [
  1,
  n0,
  _PIPL,
  0,
  () => ProcessingInstancePreference$
];
var ProcessingOutputs = [
  1,
  n0,
  _POr,
  0,
  () => ProcessingOutput$
];
var ProductListings = 64 | 0;
var ProfilerRuleConfigurations = [
  1,
  n0,
  _PRC,
  0,
  () => ProfilerRuleConfiguration$
];
var ProfilerRuleEvaluationStatuses = [
  1,
  n0,
  _PRES,
  0,
  () => ProfilerRuleEvaluationStatus$
];
var QueryLineageStartArns = 64 | 0;
var QueryLineageTypes = 64 | 0;
var QueryTypes = 64 | 0;
var RealtimeInferenceInstanceTypes = 64 | 0;
var RecommendationJobSupportedContentTypes = 64 | 0;
var RecommendationJobSupportedInstanceTypes = 64 | 0;
var RecommendationJobSupportedResponseMIMETypes = 64 | 0;
var RecommendationJobVpcSecurityGroupIds = 64 | 0;
var RecommendationJobVpcSubnets = 64 | 0;
var ReleaseNotesList = 64 | 0;
var ReservedCapacityOfferings = [
  1,
  n0,
  _RCOe,
  0,
  () => ReservedCapacityOffering$
];
var ReservedCapacitySummaries = [
  1,
  n0,
  _RCS,
  0,
  () => ReservedCapacitySummary$
];
var ResponseMIMETypes = 64 | 0;
var RoleGroupAssignmentsList = [
  1,
  n0,
  _RGAL,
  0,
  () => RoleGroupAssignment$
];
var SageMakerImageVersionAliases = 64 | 0;
var SageMakerResourceNames = 64 | 0;
var SecondaryStatusTransitions = [
  1,
  n0,
  _SST,
  0,
  () => SecondaryStatusTransition$
];
var SecurityGroupIds = 64 | 0;
var SelectedStepList = [
  1,
  n0,
  _SSL,
  0,
  () => SelectedStep$
];
var SourceAlgorithmList = [
  1,
  n0,
  _SAL,
  0,
  () => SourceAlgorithm$
];
var Subnets = 64 | 0;
var TagKeyList = 64 | 0;
var TagList = [
  1,
  n0,
  _TLa,
  0,
  () => Tag$
];
var TaskKeywords = 64 | 0;
var TrainingContainerArguments = 64 | 0;
var TrainingContainerEntrypoint = 64 | 0;
var TrainingInstanceTypes = 64 | 0;
var TrainingPlanArnList = 64 | 0;
var TrainingPlanArns = 64 | 0;
var TransformInstanceTypes = 64 | 0;
var VersionAliasesList = 64 | 0;
var VpcOnlyTrustedAccounts = 64 | 0;
var VpcSecurityGroupIds = 64 | 0;
var WorkforceSecurityGroupIds = 64 | 0;
var WorkforceSubnets = 64 | 0;
var ActiveOperations = 128 | 1;
var AggregationTransformations = 128 | 0;
var AIRecommendationOptimizationConfigMap = 128 | 0;
var ArtifactProperties = 128 | 0;
var AuthenticationRequestExtraParams = 128 | 0;
var ClusterKubernetesLabels = 128 | 0;
var CollectionParameters = 128 | 0;
var CustomerMetadataMap = 128 | 0;
var CustomImageContainerEnvironmentVariables = 128 | 0;
var EnvironmentMap = 128 | 0;
var FillingTransformationMap = 128 | 0;
var FillingTransformations = [
  2,
  n0,
  _FTi,
  0,
  0,
  128 | 0
];
var HookParameters = 128 | 0;
var HyperParameters = 128 | 0;
var HyperParameterTrainingJobEnvironmentMap = 128 | 0;
var LineageEntityParameters = 128 | 0;
var MapString2048 = 128 | 0;
var ModelVariantActionMap = 128 | 0;
var MonitoringEnvironmentMap = 128 | 0;
var OptimizationJobEnvironmentVariables = 128 | 0;
var PartnerAppArguments = 128 | 0;
var ProcessingEnvironmentMap = 128 | 0;
var ProfilingParameters = 128 | 0;
var QueryProperties = 128 | 0;
var RuleParameters = 128 | 0;
var StatusDetailsMap = 128 | 0;
var TextGenerationHyperParameters = 128 | 0;
var TrainingEnvironmentMap = 128 | 0;
var TransformEnvironmentMap = 128 | 0;
var TrialComponentArtifacts = [
  2,
  n0,
  _TCAri,
  0,
  0,
  () => TrialComponentArtifact$
];
var TrialComponentParameters = [
  2,
  n0,
  _TCP,
  0,
  0,
  () => TrialComponentParameterValue$
];
var ClusterInstanceStorageConfig$ = [
  4,
  n0,
  _CISCl,
  0,
  [_EVC, _FLC, _FOZC],
  [() => ClusterEbsVolumeConfig$, () => ClusterFsxLustreConfig$, () => ClusterFsxOpenZfsConfig$]
];
var CustomFileSystemConfig$ = [
  4,
  n0,
  _CFSCu,
  0,
  [_EFSFSC, _FSLFSC, _SFSC],
  [() => EFSFileSystemConfig$, () => FSxLustreFileSystemConfig$, () => S3FileSystemConfig$]
];
var OptimizationConfig$ = [
  4,
  n0,
  _OC,
  0,
  [_MQC, _MCCod, _MSCo, _MSDC],
  [() => ModelQuantizationConfig$, () => ModelCompilationConfig$, () => ModelShardingConfig$, () => ModelSpeculativeDecodingConfig$]
];
var TrialComponentParameterValue$ = [
  4,
  n0,
  _TCPV,
  0,
  [_SV, _NV],
  [0, 1]
];
var CreatePipeline$ = [
  9,
  n0,
  _CPr,
  0,
  () => CreatePipelineRequest$,
  () => CreatePipelineResponse$
];
var DescribeModelPackage$ = [
  9,
  n0,
  _DMPe,
  0,
  () => DescribeModelPackageInput$,
  () => DescribeModelPackageOutput$
];
var DescribePipeline$ = [
  9,
  n0,
  _DPes,
  0,
  () => DescribePipelineRequest$,
  () => DescribePipelineResponse$
];
var DescribePipelineDefinitionForExecution$ = [
  9,
  n0,
  _DPDFE,
  0,
  () => DescribePipelineDefinitionForExecutionRequest$,
  () => DescribePipelineDefinitionForExecutionResponse$
];
var DescribePipelineExecution$ = [
  9,
  n0,
  _DPE,
  0,
  () => DescribePipelineExecutionRequest$,
  () => DescribePipelineExecutionResponse$
];
var DescribeProcessingJob$ = [
  9,
  n0,
  _DPJe,
  0,
  () => DescribeProcessingJobRequest$,
  () => DescribeProcessingJobResponse$
];
var ListModelPackages$ = [
  9,
  n0,
  _LMP,
  0,
  () => ListModelPackagesInput$,
  () => ListModelPackagesOutput$
];
var ListMonitoringExecutions$ = [
  9,
  n0,
  _LME,
  0,
  () => ListMonitoringExecutionsRequest$,
  () => ListMonitoringExecutionsResponse$
];
var ListPipelineExecutionSteps$ = [
  9,
  n0,
  _LPES,
  0,
  () => ListPipelineExecutionStepsRequest$,
  () => ListPipelineExecutionStepsResponse$
];
var ListPipelineParametersForExecution$ = [
  9,
  n0,
  _LPPFE,
  0,
  () => ListPipelineParametersForExecutionRequest$,
  () => ListPipelineParametersForExecutionResponse$
];
var StartPipelineExecution$ = [
  9,
  n0,
  _SPE,
  0,
  () => StartPipelineExecutionRequest$,
  () => StartPipelineExecutionResponse$
];
var StopPipelineExecution$ = [
  9,
  n0,
  _SPEt,
  0,
  () => StopPipelineExecutionRequest$,
  () => StopPipelineExecutionResponse$
];
var UpdateModelPackage$ = [
  9,
  n0,
  _UMP,
  0,
  () => UpdateModelPackageInput$,
  () => UpdateModelPackageOutput$
];
var UpdatePipeline$ = [
  9,
  n0,
  _UPp,
  0,
  () => UpdatePipelineRequest$,
  () => UpdatePipelineResponse$
];

// ../../node_modules/@aws-sdk/client-sagemaker/dist-es/runtimeConfig.shared.js
var getRuntimeConfig = (config) => {
  return {
    apiVersion: "2017-07-24",
    base64Decoder: config?.base64Decoder ?? fromBase64,
    base64Encoder: config?.base64Encoder ?? toBase64,
    disableHostPrefix: config?.disableHostPrefix ?? false,
    endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
    extensions: config?.extensions ?? [],
    httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultSageMakerHttpAuthSchemeProvider,
    httpAuthSchemes: config?.httpAuthSchemes ?? [
      {
        schemeId: "aws.auth#sigv4",
        identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
        signer: new AwsSdkSigV4Signer()
      }
    ],
    logger: config?.logger ?? new NoOpLogger(),
    protocol: config?.protocol ?? AwsJson1_1Protocol,
    protocolSettings: config?.protocolSettings ?? {
      defaultNamespace: "com.amazonaws.sagemaker",
      errorTypeRegistries,
      xmlNamespace: "http://sagemaker.amazonaws.com/doc/2017-05-13/",
      version: "2017-07-24",
      serviceTarget: "SageMaker"
    },
    serviceId: config?.serviceId ?? "SageMaker",
    sha256: config?.sha256 ?? Sha256Node,
    urlParser: config?.urlParser ?? parseUrl,
    utf8Decoder: config?.utf8Decoder ?? fromUtf8,
    utf8Encoder: config?.utf8Encoder ?? toUtf8
  };
};

// ../../node_modules/@aws-sdk/client-sagemaker/dist-es/runtimeConfig.js
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
    defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: package_default.version }),
    maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
    region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
    requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
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

// ../../node_modules/@aws-sdk/client-sagemaker/dist-es/auth/httpAuthExtensionConfiguration.js
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

// ../../node_modules/@aws-sdk/client-sagemaker/dist-es/runtimeExtensions.js
var resolveRuntimeExtensions = (runtimeConfig, extensions) => {
  const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
  extensions.forEach((extension) => extension.configure(extensionConfiguration));
  return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

// ../../node_modules/@aws-sdk/client-sagemaker/dist-es/SageMakerClient.js
var SageMakerClient = class extends Client {
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
    const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
    this.config = _config_8;
    this.middlewareStack.use(getSchemaSerdePlugin(this.config));
    this.middlewareStack.use(getUserAgentPlugin(this.config));
    this.middlewareStack.use(getRetryPlugin(this.config));
    this.middlewareStack.use(getContentLengthPlugin(this.config));
    this.middlewareStack.use(getHostHeaderPlugin(this.config));
    this.middlewareStack.use(getLoggerPlugin(this.config));
    this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
    this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
      httpAuthSchemeParametersProvider: defaultSageMakerHttpAuthSchemeParametersProvider,
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

// ../../node_modules/@aws-sdk/client-sagemaker/dist-es/commandBuilder.js
var command = makeBuilder(commonParams, "SageMaker", "SageMakerClient", getEndpointPlugin);
var _ep0 = {};
var _mw0 = (Command, cs, config, o) => [];

export {
  CreatePipeline$,
  DescribeModelPackage$,
  DescribePipeline$,
  DescribePipelineDefinitionForExecution$,
  DescribePipelineExecution$,
  DescribeProcessingJob$,
  ListModelPackages$,
  ListMonitoringExecutions$,
  ListPipelineExecutionSteps$,
  ListPipelineParametersForExecution$,
  StartPipelineExecution$,
  StopPipelineExecution$,
  UpdateModelPackage$,
  UpdatePipeline$,
  SageMakerClient,
  command,
  _ep0,
  _mw0
};
