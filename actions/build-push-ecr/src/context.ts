import { closeSync, constants, fstatSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import * as path from 'node:path';
import * as core from '@mlops-actions/shared/core';
import { checkArnRegion, readSessionInputs, type SessionOptions } from '@mlops-actions/shared/aws';
import { parseModelPackageArn, parsePipelineExecutionArn } from '@mlops-actions/shared/aws/sagemaker';
import { parseEcrRegistry, type EcrRegistryId } from '@mlops-actions/shared/aws/ecr';
import { runContext, type RunContext } from '@mlops-actions/shared/github';
import { getBoolean, getDuration, getInteger, getList, getMap, getRequiredString, getString } from '@mlops-actions/shared/inputs';
import { InputError } from '@mlops-actions/shared/runtime';
import { INPUT_DEFAULTS } from './defaults.js';
import { CACHE_TAG, computeTags } from './tags.js';

export const BUILDERS = ['docker', 'buildah'] as const;
export type Builder = (typeof BUILDERS)[number];
export const SEVERITIES = ['none', 'low', 'medium', 'high', 'critical'] as const;
export type FailOnSeverity = (typeof SEVERITIES)[number];

export interface RepositorySettings {
  scanOnPush: boolean;
  immutableTags: boolean;
  encryption: 'AES256' | 'KMS';
  kmsKey?: string;
  /** The lifecycle policy text (from lifecycle-policy or keep-last). */
  lifecyclePolicy?: string;
}

/** Everything build-push-ecr was asked to do, validated before any AWS call or build. */
export interface Inputs {
  session: SessionOptions;
  run: RunContext;
  repository: string;
  /** Absolute paths; `contextInput`/`dockerfileInput` as the user wrote them, for messages. */
  contextDir: string;
  dockerfile: string;
  dockerfileText: string;
  buildArgs: Map<string, string>;
  /** Build secrets: id -> value (masked as soon as read). */
  secrets: Map<string, string>;
  target?: string;
  platform?: string;
  labels: Map<string, string>;
  sha: string;
  tags: string[];
  modelPackageArn?: string;
  pipelineExecutionArn?: string;
  builder: Builder;
  mediaTypes: 'docker' | 'oci';
  attestations: boolean;
  cache: boolean;
  /** Extra registries to log in to (base images), each with the region GetAuthorizationToken is called in. */
  registries: EcrRegistryId[];
  failOnSeverity: FailOnSeverity;
  allowCves: Set<string>;
  scanTimeoutMs: number;
  repositorySettings: RepositorySettings;
}

/** ECR's repository name pattern; the length (2 to 256) is a separate check. */
const REPOSITORY = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
const REPOSITORY_FORM = "an ECR repository name: lower-case letters and digits, separated by single '.', '_', '-' or '/', 2 to 256 characters";
const ARG_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const SECRET_ID = /^[A-Za-z0-9_.-]{1,128}$/;
const PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/;
const VULNERABILITY_ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/;
const MAX_LIFECYCLE_POLICY = 30_720;

export function readInputs(): Inputs {
  // Secrets first (preloadMaps masked their lines and values already).
  const secrets = readSecrets();
  const session = readSessionInputs('build-push-ecr');
  const run = runContext();
  const repository = getRequiredString('repository', { expected: REPOSITORY_FORM });
  if (!REPOSITORY.test(repository)) throw new InputError('repository', `is '${repository}'`, REPOSITORY_FORM);
  if (repository.length < 2 || repository.length > 256) throw new InputError('repository', `is ${repository.length} characters long`, REPOSITORY_FORM);

  const builder = oneOf('builder', BUILDERS, INPUT_DEFAULTS.builder);
  const mediaTypes = oneOf('media-types', ['docker', 'oci'] as const, INPUT_DEFAULTS['media-types']);
  const attestations = getBoolean('attestations', INPUT_DEFAULTS.attestations);
  if (attestations && (builder !== 'docker' || mediaTypes !== 'oci')) {
    throw new InputError(
      'attestations',
      `is true with builder: ${builder} and media-types: ${mediaTypes}`,
      'true only with builder: docker and media-types: oci (attestations make an OCI image index, which SageMaker and Lambda reject)',
    );
  }
  const { contextDir, dockerfile, dockerfileText } = readBuildFiles();
  const buildArgs = namedMap('build-args', ARG_NAME, 'names of letters, digits and _ (not starting with a digit)');
  const labels = namedMap('labels', /^[^\s=]{1,128}$/, 'label keys without spaces or =');
  const target = getString('target', { pattern: /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/, expected: 'the name of a build stage (FROM ... AS name)' });
  const platform = readPlatform();

  const modelPackageArn = getString('model-package-arn');
  if (modelPackageArn) {
    const parsed = parseModelPackageArn(modelPackageArn);
    const expected = 'a versioned model package ARN like arn:aws:sagemaker:us-east-1:123456789012:model-package/churn-models/3';
    if (!parsed) throw new InputError('model-package-arn', `is '${modelPackageArn}'`, expected);
    if (parsed.version === undefined) throw new InputError('model-package-arn', `is '${modelPackageArn}', which has no version`, expected);
    checkArnRegion('model-package-arn', parsed.arn, session.region);
  }
  const pipelineExecutionArn = getString('pipeline-execution-arn');
  if (pipelineExecutionArn && !parsePipelineExecutionArn(pipelineExecutionArn)) {
    throw new InputError(
      'pipeline-execution-arn',
      `is '${pipelineExecutionArn}'`,
      'a pipeline execution ARN like arn:aws:sagemaker:us-east-1:123456789012:pipeline/NAME/execution/ID',
    );
  }

  const cache = getBoolean('cache', INPUT_DEFAULTS.cache);
  const sha = commitSha(run);
  const userTags = getList('tags', { expected: 'image tags, one per line or comma-separated' });
  for (const tag of userTags) {
    if (!/[A-Za-z0-9_]/.test(tag)) throw new InputError('tags', `holds '${tag}', which has no letter or digit to make a tag of`, 'image tags');
  }
  const plan = computeTags({ sha, run, userTags, ...(modelPackageArn ? { modelPackageArn } : {}) });
  for (const [given, used] of plan.changed) core.info(`Tag '${given}' is not a valid image tag; using '${used}'.`);
  if (builder === 'docker' && cache && plan.tags.includes(CACHE_TAG)) {
    throw new InputError('tags', `holds '${CACHE_TAG}', the tag of the registry cache`, 'other tags (or cache: false)');
  }
  if (plan.tags.length === 0) {
    throw new InputError('tags', 'is empty and the run has no commit SHA (GITHUB_SHA)', 'at least one tag');
  }

  const inputs: Inputs = {
    session,
    run,
    repository,
    contextDir,
    dockerfile,
    dockerfileText,
    buildArgs,
    secrets,
    labels,
    sha,
    tags: plan.tags,
    builder,
    mediaTypes,
    attestations,
    cache,
    registries: readRegistries(session.region),
    failOnSeverity: oneOf('fail-on-severity', SEVERITIES, INPUT_DEFAULTS['fail-on-severity']),
    allowCves: new Set(
      getList('allow-cves', { expected: 'vulnerability IDs such as CVE-2024-1234, one per line or comma-separated' }).map((id) => {
        if (!VULNERABILITY_ID.test(id)) throw new InputError('allow-cves', `holds '${id}'`, 'vulnerability IDs such as CVE-2024-1234 or GHSA-xxxx-xxxx-xxxx');
        return id.toUpperCase();
      }),
    ),
    scanTimeoutMs: getDuration('scan-timeout', { fallback: INPUT_DEFAULTS['scan-timeout'], min: 1_000, max: 3 * 3_600_000 }),
    repositorySettings: readRepositorySettings(),
  };
  if (target) inputs.target = target;
  if (platform) inputs.platform = platform;
  if (modelPackageArn) inputs.modelPackageArn = modelPackageArn;
  if (pipelineExecutionArn) inputs.pipelineExecutionArn = pipelineExecutionArn;
  return inputs;
}

function oneOf<T extends string>(name: string, values: readonly T[], fallback: string): T {
  const value = (getString(name) ?? fallback).toLowerCase();
  if (!(values as readonly string[]).includes(value)) {
    throw new InputError(name, `is '${getString(name)}'`, `one of ${values.join(', ')}`);
  }
  return value as T;
}

function readSecrets(): Map<string, string> {
  return namedMap('secrets', SECRET_ID, 'secret ids of letters, digits, _ . and -', (value) => core.setSecret(value), false);
}

function namedMap(name: string, keyPattern: RegExp, keyForm: string, onValue?: (value: string) => void, quoteKey = true): Map<string, string> {
  // getMap is synchronous for every form but YAML; its promise is awaited by the caller through `mapNow`.
  const map = mapNow(name);
  for (const [key, value] of map) {
    onValue?.(value);
    if (!keyPattern.test(key)) throw new InputError(name, quoteKey ? `has the name '${key}'` : 'has an invalid id', `${keyForm}; ${MAP_HELP}`);
  }
  return map;
}

const MAP_HELP = 'NAME=value lines, a YAML mapping or a JSON object';

/** Maps are read before readInputs runs (getMap is async for YAML): see preloadMaps. */
const preloaded = new Map<string, Map<string, string>>();
function mapNow(name: string): Map<string, string> {
  const map = preloaded.get(name);
  if (!map) throw new Error(`map input ${name} was not preloaded`);
  return map;
}

/** Reads the map inputs (YAML needs an async import); call before readInputs. */
export async function preloadMaps(): Promise<void> {
  // Every line of secrets masked before anything is parsed, so even an error that quotes a line shows ***.
  const raw = core.getInput('secrets');
  for (const line of raw.split('\n')) if (line.trim()) core.setSecret(line.trim());
  try {
    preloaded.set('secrets', await getMap('secrets'));
  } catch (error) {
    // The parser's message quotes the text, and that text holds secret values: say what is wrong without it.
    if (!(error instanceof InputError)) throw error;
    throw new InputError(
      'secrets',
      'cannot be read (its text is not shown: it holds secret values)',
      `ID=value lines, a YAML mapping or a JSON object, each id once`,
    );
  }
  for (const name of ['build-args', 'labels']) preloaded.set(name, await getMap(name));
}

function workspacePath(p: string): string {
  return path.resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), p);
}

function readBuildFiles(): { contextDir: string; dockerfile: string; dockerfileText: string } {
  const contextInput = getString('context') ?? INPUT_DEFAULTS.context;
  const contextDir = workspacePath(contextInput);
  const contextForm = 'a directory (the build context), relative to the workspace or absolute';
  let isDir = false;
  try {
    isDir = statSync(contextDir).isDirectory();
  } catch {
    throw new InputError('context', `is '${contextInput}', which does not exist`, contextForm);
  }
  if (!isDir) throw new InputError('context', `is '${contextInput}', which is not a directory`, contextForm);

  const dockerfileInput = getString('dockerfile');
  const dockerfile = dockerfileInput ? workspacePath(dockerfileInput) : path.join(contextDir, 'Dockerfile');
  const shown = dockerfileInput ?? path.join(contextInput, 'Dockerfile');
  const form = 'the path of a Dockerfile (a regular file of at most 1 MiB), relative to the workspace or absolute; default: Dockerfile in the context';
  let text: string;
  try {
    text = readRegularFile(dockerfile, 1_048_576).toString('utf8');
  } catch (error) {
    const why = error instanceof Error && error.message.startsWith('not ') ? error.message : 'which does not exist or cannot be read';
    throw new InputError('dockerfile', `${dockerfileInput ? 'is' : 'is empty, and the default is'} '${shown}', ${why}`, form);
  }
  if (!/^\s*FROM\s/im.test(text)) throw new InputError('dockerfile', `is '${shown}', which has no FROM instruction`, form);
  return { contextDir, dockerfile, dockerfileText: text };
}

/** At most `limit` bytes of a regular file, opened without blocking (a FIFO must not hang the step). */
export function readRegularFile(full: string, limit: number): Buffer {
  const fd = openSync(full, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    if (!fstatSync(fd).isFile()) throw new Error('not a regular file');
    const buffer = Buffer.allocUnsafe(limit + 1);
    let length = 0;
    while (length < buffer.length) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > limit) throw new Error(`not at most ${limit} bytes`);
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

function readPlatform(): string | undefined {
  const platform = getString('platform');
  if (platform === undefined) return undefined;
  const form = 'ONE platform such as linux/amd64 or linux/arm64 (several would make an image index, which SageMaker and Lambda reject)';
  if (/[,\s]/.test(platform)) throw new InputError('platform', `is '${platform}', several platforms`, form);
  if (!PLATFORM.test(platform)) throw new InputError('platform', `is '${platform}'`, form);
  return platform;
}

function readRegistries(region: string): EcrRegistryId[] {
  const form = `ECR registries: 12-digit account IDs (registries of ${region}) or hosts like 123456789012.dkr.ecr.eu-west-1.amazonaws.com (any region)`;
  return getList('registries', { expected: form, unique: true }).map((value) => {
    const registry = parseEcrRegistry(value, region);
    if (!registry) throw new InputError('registries', `holds '${value}'`, form);
    return registry;
  });
}

function readRepositorySettings(): RepositorySettings {
  const encryption = (getString('encryption') ?? INPUT_DEFAULTS.encryption).toUpperCase();
  if (encryption !== 'AES256' && encryption !== 'KMS') throw new InputError('encryption', `is '${getString('encryption')}'`, 'AES256 or KMS');
  const kmsKey = getString('kms-key', { pattern: /^[\x21-\x7e]{1,2048}$/, expected: 'a KMS key ARN, ID or alias' });
  if (kmsKey && encryption !== 'KMS') throw new InputError('kms-key', 'is set with encryption: AES256', 'it only with encryption: KMS');
  const settings: RepositorySettings = {
    scanOnPush: getBoolean('scan-on-push', INPUT_DEFAULTS['scan-on-push']),
    immutableTags: getBoolean('immutable-tags', INPUT_DEFAULTS['immutable-tags']),
    encryption,
  };
  if (kmsKey) settings.kmsKey = kmsKey;
  const file = getString('lifecycle-policy');
  const keepLast = getInteger('keep-last', { min: 1, max: 10_000 });
  if (file && keepLast !== undefined) throw new InputError('keep-last', 'is set together with lifecycle-policy', 'one of the two');
  if (file) settings.lifecyclePolicy = readLifecyclePolicy(file);
  if (keepLast !== undefined) settings.lifecyclePolicy = keepLastPolicy(keepLast);
  return settings;
}

function readLifecyclePolicy(file: string): string {
  const form = `the path of a lifecycle policy JSON file (at most ${MAX_LIFECYCLE_POLICY} bytes) with a "rules" array`;
  let text: string;
  try {
    text = readRegularFile(workspacePath(file), MAX_LIFECYCLE_POLICY).toString('utf8');
  } catch (error) {
    throw new InputError('lifecycle-policy', `is '${file}', which cannot be read (${(error as Error).message})`, form);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new InputError('lifecycle-policy', `is '${file}', which is not JSON (${(error as Error).message})`, form);
  }
  if (!parsed || typeof parsed !== 'object' || !Array.isArray((parsed as { rules?: unknown }).rules)) {
    throw new InputError('lifecycle-policy', `is '${file}', which has no "rules" array`, form);
  }
  return text;
}

export function keepLastPolicy(count: number): string {
  return JSON.stringify({
    rules: [
      {
        rulePriority: 1,
        description: `Keep the last ${count} images (build-push-ecr keep-last)`,
        selection: { tagStatus: 'any', countType: 'imageCountMoreThan', countNumber: count },
        action: { type: 'expire' },
      },
    ],
  });
}

/**
 * The commit the image is built from. On pull_request events GITHUB_SHA is the merge commit GitHub made, which
 * no one can find in the branch: the PR head commit is what the image is tagged with.
 */
function commitSha(run: RunContext): string {
  const event = process.env.GITHUB_EVENT_NAME ?? '';
  if ((event === 'pull_request' || event === 'pull_request_target') && process.env.GITHUB_EVENT_PATH) {
    try {
      const payload = JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH, 'utf8')) as { pull_request?: { head?: { sha?: unknown } } };
      const head = payload.pull_request?.head?.sha;
      if (typeof head === 'string' && /^[0-9a-f]{40}$/.test(head)) return head;
    } catch {
      // no payload: fall back to GITHUB_SHA
    }
  }
  return run.sha;
}
