import * as path from 'node:path';
import { readSessionInputs, type SessionOptions } from '@mlops-actions/shared/aws';
import { EKS_CLUSTER_NAME_FORM, isEksClusterName } from '@mlops-actions/shared/aws/eks';
import * as core from '@mlops-actions/shared/core';
import { runContext, runUrl, type RunContext } from '@mlops-actions/shared/github';
import { getBoolean, getDuration, getInteger, getList, getString } from '@mlops-actions/shared/inputs';
import {
  IMAGE_REFERENCE_FORM,
  ImageReferenceError,
  type ImageReference,
  type JsonCondition,
  parseExpectedStatus,
  parseImageReference,
  parseJsonCondition,
} from '@mlops-actions/shared/k8s';
import { InputError } from '@mlops-actions/shared/runtime';
import { INPUT_DEFAULTS } from './defaults.js';

/** One image to set: on a named deployment/container, or (manifests) wherever its repository is used. */
export interface ImageChange {
  deployment?: string;
  container?: string;
  image: ImageReference;
}

export type Access = { kind: 'eks'; clusterName: string; session: SessionOptions } | { kind: 'kubeconfig'; text: string };

export interface HealthCheckInputs {
  service?: { name: string; port: string };
  url?: string;
  path: string;
  expectedStatus: string;
  condition?: JsonCondition;
  intervalMs: number;
  count: number;
  failureThreshold: number;
}

export interface Inputs {
  access: Access;
  namespace: string;
  /** Image mode: the Deployment(s) and their new images. */
  deployment?: string;
  container?: string;
  images: ImageChange[];
  /** Manifest mode: the files (relative to the workspace) to apply. */
  manifests: string[];
  workspace: string;
  forceRestart: boolean;
  maxRestarts: number;
  readinessGraceMs: number;
  unschedulableGraceMs: number;
  timeoutMs: number;
  health?: HealthCheckInputs;
  rollback: boolean;
  rollbackToRevision?: number;
  onCancel: 'rollback' | 'leave';
  changeCause?: string;
  modelPackageArn?: string;
  modelPackageVersion?: string;
  githubToken?: string;
  environment?: string;
  run: RunContext;
  actor: string;
  runUrl: string;
}

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;
const IMAGE_FORM = `one image per line: IMAGE, CONTAINER=IMAGE or DEPLOYMENT/CONTAINER=IMAGE, where IMAGE is ${IMAGE_REFERENCE_FORM}`;
const MODEL_PACKAGE_ARN = /^arn:aws[a-z-]*:sagemaker:[a-z0-9-]+:\d{12}:model-package\/[\w-]{1,63}(\/\d+)?$/;

function image(input: string, text: string): ImageReference {
  try {
    return parseImageReference(text);
  } catch (error) {
    if (error instanceof ImageReferenceError) throw new InputError(input, `has ${error.message}`, IMAGE_FORM);
    throw error;
  }
}

function readImages(deployment: string | undefined, container: string | undefined): ImageChange[] {
  const lines = getList('image', { expected: IMAGE_FORM });
  const changes: ImageChange[] = [];
  for (const line of lines) {
    const eq = line.indexOf('=');
    if (eq < 0) {
      changes.push({ ...(deployment ? { deployment } : {}), ...(container ? { container } : {}), image: image('image', line) });
      continue;
    }
    const target = line.slice(0, eq).trim();
    const ref = image('image', line.slice(eq + 1).trim());
    const slash = target.indexOf('/');
    const d = slash >= 0 ? target.slice(0, slash) : deployment;
    const c = slash >= 0 ? target.slice(slash + 1) : target;
    if (!d) throw new InputError('image', `names container '${c}' without a deployment`, `the deployment input, or DEPLOYMENT/CONTAINER=IMAGE`);
    if (!DNS_SUBDOMAIN.test(d)) throw new InputError('image', `names deployment '${d}'`, 'a Deployment name (lower-case letters, digits, - and .)');
    if (!DNS_LABEL.test(c)) throw new InputError('image', `names container '${c}'`, 'a container name (lower-case letters, digits and -)');
    changes.push({ deployment: d, container: c, image: ref });
  }
  const seen = new Set<string>();
  for (const change of changes) {
    const key = `${change.deployment ?? ''}/${change.container ?? ''}`;
    if (change.deployment && seen.has(key)) throw new InputError('image', `sets ${key.replace(/\/$/, '')} twice`, `${IMAGE_FORM}, each container once`);
    seen.add(key);
  }
  return changes;
}

function readHealth(): HealthCheckInputs | undefined {
  const service = getString('health-check-service', {
    pattern: /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(:[\w-]{1,15})?$/,
    expected: 'a Service name, optionally with :port (a number or port name), like model:8080',
  });
  const url = getString('health-check-url', { pattern: /^https?:\/\/\S+$/i, expected: 'an http:// or https:// URL' });
  if (service && url)
    throw new InputError(
      'health-check-url',
      'is set together with health-check-service',
      'one of them: a Service (checked through the API server proxy) or a URL',
    );
  const pathText = getString('health-check-path') ?? INPUT_DEFAULTS['health-check-path'];
  if (!pathText.startsWith('/') || /\s/.test(pathText)) throw new InputError('health-check-path', `is '${pathText}'`, 'a path starting with /, like /healthz');
  const expectedStatus = getString('health-check-expected-status') ?? INPUT_DEFAULTS['health-check-expected-status'];
  try {
    parseExpectedStatus(expectedStatus);
  } catch (error) {
    throw new InputError(
      'health-check-expected-status',
      `is '${expectedStatus}' (${(error as Error).message})`,
      'HTTP statuses or classes, comma-separated, like 200 or 200,204 or 2xx',
    );
  }
  const conditionText = getString('health-check-condition');
  let condition: JsonCondition | undefined;
  if (conditionText) {
    try {
      condition = parseJsonCondition(conditionText);
    } catch (error) {
      throw new InputError(
        'health-check-condition',
        `is '${conditionText}': ${(error as Error).message}`,
        'a JSON path with an optional comparison, like $.status == "ok" or $.checks.db',
      );
    }
  }
  const intervalMs = getDuration('health-check-interval', { fallback: INPUT_DEFAULTS['health-check-interval'], min: 100, max: 600_000 });
  const count = getInteger('health-check-count', { min: 1, max: 100 }) ?? Number(INPUT_DEFAULTS['health-check-count']);
  const failureThreshold = getInteger('health-check-failure-threshold', { min: 1, max: 100 }) ?? Number(INPUT_DEFAULTS['health-check-failure-threshold']);
  if (failureThreshold > count)
    throw new InputError(
      'health-check-failure-threshold',
      `is ${failureThreshold}, more than health-check-count (${count})`,
      'a whole number from 1 to health-check-count',
    );
  if (!service && !url) {
    if (conditionText)
      throw new InputError('health-check-condition', 'is set without health-check-service or health-check-url', 'it together with a Service or a URL to check');
    return undefined;
  }
  const [name, port] = service ? service.split(':') : [];
  return {
    ...(service ? { service: { name: name!, port: port ?? '' } } : {}),
    ...(url ? { url } : {}),
    path: pathText,
    expectedStatus,
    ...(condition ? { condition } : {}),
    intervalMs,
    count,
    failureThreshold,
  };
}

export function readInputs(): Inputs {
  const clusterName = getString('cluster-name');
  const kubeconfig = core.getInput('kubeconfig', { trimWhitespace: false });
  if (kubeconfig.trim()) core.setSecret(kubeconfig);
  if (clusterName && kubeconfig.trim())
    throw new InputError('kubeconfig', 'is set together with cluster-name', 'one of them: cluster-name for EKS, or kubeconfig for another cluster');
  if (!clusterName && !kubeconfig.trim())
    throw new InputError('cluster-name', 'is empty and no kubeconfig is given', `${EKS_CLUSTER_NAME_FORM}, or a kubeconfig`);
  if (clusterName && !isEksClusterName(clusterName)) throw new InputError('cluster-name', `is '${clusterName}'`, EKS_CLUSTER_NAME_FORM);
  const access: Access = clusterName ? { kind: 'eks', clusterName, session: readSessionInputs('deploy-eks') } : { kind: 'kubeconfig', text: kubeconfig };

  const namespace =
    getString('namespace', { pattern: DNS_LABEL, maxLength: 63, expected: 'a namespace name (lower-case letters, digits and -, at most 63)' }) ??
    INPUT_DEFAULTS.namespace;
  const deployment = getString('deployment', { pattern: DNS_SUBDOMAIN, maxLength: 253, expected: 'a Deployment name (lower-case letters, digits, - and .)' });
  const container = getString('container', { pattern: DNS_LABEL, maxLength: 63, expected: 'a container name (lower-case letters, digits and -)' });
  const images = readImages(deployment, container);
  const manifests = getList('manifests', { expected: 'paths or globs of YAML/JSON files inside the workspace, one per line', unique: true });
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  for (const m of manifests) {
    const full = path.resolve(workspace, m);
    const relative = path.relative(workspace, full);
    if (relative.startsWith('..') || path.isAbsolute(relative))
      throw new InputError('manifests', `names '${m}', which is outside the workspace`, 'paths or globs inside the workspace (GITHUB_WORKSPACE)');
  }
  if (manifests.length === 0) {
    if (images.length === 0) throw new InputError('image', 'is empty and no manifests are given', `${IMAGE_FORM}; or manifests to apply`);
    for (const change of images) {
      if (!change.deployment)
        throw new InputError('deployment', 'is empty', 'the name of the Deployment to update (or DEPLOYMENT/CONTAINER=IMAGE lines in image)');
    }
  } else if (deployment || container) {
    throw new InputError(
      deployment ? 'deployment' : 'container',
      'is set together with manifests',
      'either manifests (whose Deployments are followed) or deployment/container with image',
    );
  }
  const forceRestart = getBoolean('force-restart', INPUT_DEFAULTS['force-restart']);
  const rollbackToRevision = getInteger('rollback-to-revision', { min: 1 });
  const onCancel = getString('on-cancel', { pattern: /^(rollback|leave)$/, expected: 'rollback or leave' }) ?? INPUT_DEFAULTS['on-cancel'];
  const run = runContext();
  const model = getString('model-package-arn', {
    pattern: MODEL_PACKAGE_ARN,
    expected: 'a SageMaker model package ARN like arn:aws:sagemaker:us-east-1:123456789012:model-package/churn/3',
  });
  const modelVersion =
    getString('model-package-version', { pattern: /^\d{1,10}$/, expected: 'a model package version number' }) ??
    (model ? /\/(\d+)$/.exec(model)?.[1] : undefined);
  const githubToken = getString('github-token');
  if (githubToken) core.setSecret(githubToken);
  const environment = getString('environment', { maxLength: 255 });
  if (environment && !githubToken)
    throw new InputError('environment', 'is set without github-token', 'it together with github-token (the GitHub Deployment is created with that token)');
  const inputs: Inputs = {
    access,
    namespace,
    ...(deployment ? { deployment } : {}),
    ...(container ? { container } : {}),
    images,
    manifests,
    workspace,
    forceRestart,
    maxRestarts: getInteger('max-restarts', { min: 0, max: 100 }) ?? Number(INPUT_DEFAULTS['max-restarts']),
    readinessGraceMs: getDuration('readiness-grace', { fallback: INPUT_DEFAULTS['readiness-grace'], min: 0, max: 86_400_000 }),
    unschedulableGraceMs: getDuration('unschedulable-grace', { fallback: INPUT_DEFAULTS['unschedulable-grace'], min: 0, max: 86_400_000 }),
    timeoutMs: getDuration('timeout', { fallback: INPUT_DEFAULTS.timeout, min: 1_000, max: 6 * 3_600_000 }),
    rollback: getBoolean('rollback', INPUT_DEFAULTS.rollback),
    onCancel: onCancel as 'rollback' | 'leave',
    run,
    actor: process.env.GITHUB_ACTOR ?? '',
    runUrl: runUrl(run),
  };
  const health = readHealth();
  if (health) inputs.health = health;
  if (rollbackToRevision !== undefined) inputs.rollbackToRevision = rollbackToRevision;
  const changeCause = getString('change-cause', { maxLength: 1024 });
  if (changeCause) inputs.changeCause = changeCause;
  if (model) inputs.modelPackageArn = model;
  if (modelVersion) inputs.modelPackageVersion = modelVersion;
  if (githubToken) inputs.githubToken = githubToken;
  if (environment) inputs.environment = environment;
  return inputs;
}
