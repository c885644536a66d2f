import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as core from '@mlops-actions/shared/core';
import { AwsSession } from '@mlops-actions/shared/aws';
import { ActionError, CancelledError, onRunnerCancel, type Cancellation } from '@mlops-actions/shared/runtime';
import { buildahCommands } from './builders/buildah.js';
import { dockerCommands } from './builders/docker.js';
import type { BuildPlan, BuilderCommands, CommandLine } from './builders/types.js';
import { preloadMaps, readInputs, type Inputs } from './context.js';
import { Ecr, EcrRegistry, imageSize, ScanTimeoutError, type RegistryLogin, type RegistryManifest } from '@mlops-actions/shared/aws/ecr';
import { childEnv, run } from './exec.js';
import { buildFingerprint, digestContext } from './fingerprint.js';
import { CREATED_LABEL, FINGERPRINT_LABEL, lineageLabels } from './labels.js';
import { buildSummary, type Outcome } from './report.js';
import { judge, severityCounts } from './scan.js';
import { STATE } from './state.js';
import { withBaseImageLoginHint, withRegistryDenialHint } from './hints.js';
import { immutableTagConflict, readTags } from './tags-held.js';

/**
 * build-push-ecr: inputs -> repository -> login (the build fingerprint is computed meanwhile) -> find or
 * build+push -> scan gate -> outputs.
 */
export async function main(): Promise<void> {
  await preloadMaps();
  const inputs = readInputs();
  const labels = lineageLabels({
    run: inputs.run,
    sha: inputs.sha,
    created: new Date(),
    ...(inputs.modelPackageArn ? { modelPackageArn: inputs.modelPackageArn } : {}),
    ...(inputs.pipelineExecutionArn ? { pipelineExecutionArn: inputs.pipelineExecutionArn } : {}),
  });
  for (const [key, value] of inputs.labels) if (key !== FINGERPRINT_LABEL) labels.set(key, value);

  const outcome: Outcome = { repository: inputs.repository, tags: inputs.tags, labels, builder: inputs.builder };
  const cancellation = onRunnerCancel();
  const workDir = mkdtempSync(path.join(process.env.RUNNER_TEMP || tmpdir(), 'build-push-ecr-'));
  chmodSync(workDir, 0o700);
  core.saveState(STATE.workDir, workDir);
  core.saveState(STATE.builder, inputs.builder);
  let session: AwsSession | undefined;
  try {
    session = await AwsSession.open(inputs.session);
    await build(inputs, session, workDir, labels, outcome, cancellation);
  } catch (error) {
    if (error instanceof ActionError && !outcome.failure) outcome.failure = error.message;
    throw error;
  } finally {
    // Secret files go now; the auth file stays for the post step's logout, which removes the whole folder.
    rmSync(path.join(workDir, 'secrets'), { recursive: true, force: true });
    session?.close();
    cancellation.dispose();
    await buildSummary(inputs, outcome).write();
  }
}

async function build(
  inputs: Inputs,
  session: AwsSession,
  workDir: string,
  labels: Map<string, string>,
  outcome: Outcome,
  cancellation: Cancellation,
): Promise<void> {
  const ecr = new Ecr(session);
  const settings = inputs.repositorySettings;
  const ensured = await ecr.ensureRepository({
    name: inputs.repository,
    scanOnPush: settings.scanOnPush,
    immutableTags: settings.immutableTags,
    encryption: settings.encryption === 'KMS' ? { type: 'KMS', ...(settings.kmsKey ? { kmsKey: settings.kmsKey } : {}) } : { type: 'AES256' },
    ...(settings.lifecyclePolicy ? { lifecyclePolicy: settings.lifecyclePolicy } : {}),
  });
  outcome.repositoryInfo = ensured;
  const { repository } = ensured;
  const immutable = repository.tagMutability.startsWith('IMMUTABLE');
  const described = `tags ${immutable ? 'immutable' : 'mutable'}, scan on push ${repository.scanOnPush ? 'on' : 'off'}, ${repository.encryption.type}`;
  core.info(
    ensured.created
      ? `Created repository ${repository.name} (${described}${ensured.lifecyclePolicyApplied ? ', lifecycle policy set' : ''}).`
      : `Repository ${repository.name} exists (${described}); its settings are left as they are.`,
  );

  // The context is hashed while the logins run (the first AWS request is not kept waiting for a large context).
  const fingerprinting = fingerprintBuild(inputs, labels, outcome);
  fingerprinting.catch(() => {}); // awaited below; a login failing first must not leave its rejection unhandled
  const commands: BuilderCommands = inputs.builder === 'buildah' ? buildahCommands(workDir) : dockerCommands(workDir);
  const hosts: string[] = [];
  const [login] = (await ecr.getRegistryLogin(repository.registryId ? [repository.registryId] : undefined)) as [RegistryLogin];
  await loginTo(commands, login, hosts, cancellation);
  // Base images' registries (other accounts, other regions): one GetAuthorizationToken per region.
  for (const extra of await ecr.getRegistryLogins(inputs.registries)) await loginTo(commands, extra, hosts, cancellation);

  const imageRepo = `${login.registry}/${inputs.repository}`;
  outcome.registry = login.registry;
  outcome.imageRepo = imageRepo;
  const fingerprint = await fingerprinting;
  const registry = new EcrRegistry(login, inputs.repository);
  const { match: existing, conflict } = await readTags(registry, inputs.tags, fingerprint);
  const plan = (): BuildPlan => ({
    imageRepo,
    tags: inputs.tags,
    contextDir: inputs.contextDir,
    dockerfile: inputs.dockerfile,
    buildArgs: inputs.buildArgs,
    secretFiles: writeSecretFiles(workDir, inputs.secrets),
    labels,
    mediaTypes: inputs.mediaTypes,
    attestations: inputs.attestations,
    cache: inputs.cache,
    insecure: login.plainHttp,
    workDir,
    ...(inputs.target ? { target: inputs.target } : {}),
    ...(inputs.platform ? { platform: inputs.platform } : {}),
  });
  if (conflict && immutable) {
    // The tag cannot be moved. Name this run's image too: the one already pushed from these inputs, else the one
    // this run builds now to learn its digest (pushing nothing).
    const ours = existing ? { digest: existing.digest, built: false } : { digest: await buildWithoutPush(commands, plan(), hosts, cancellation), built: true };
    throw immutableTagConflict(conflict, ours, fingerprint, repository.name);
  }
  let manifest: RegistryManifest | undefined;
  if (existing) {
    manifest = existing;
    outcome.pushed = false;
    for (const tag of inputs.tags) {
      const current = await registry.manifest(tag);
      if (current?.digest === existing.digest) continue;
      await registry.tag(existing, tag);
      core.info(`Tagged the existing image ${existing.digest} as ${tag}.`);
    }
    core.info(`An image built from the same inputs is already in ${inputs.repository} (${existing.digest}): nothing to build or push.`);
  } else {
    if (cancellation.signal.aborted) throw new CancelledError('preparing the build; nothing was pushed');
    const pushPlan = plan();
    try {
      for (const line of commands.buildAndPush(pushPlan)) await exec(line, 'building and pushing the image', cancellation);
    } catch (error) {
      throw withBaseImageLoginHint(error, hosts);
    }
    const digest = commands.digestFrom(pushPlan, (file) => readFileSync(file, 'utf8'));
    outcome.pushed = true;
    manifest = await registry.manifest(digest);
    if (!manifest) throw new ActionError(`The pushed image ${imageRepo}@${digest} cannot be read back from the registry.`);
    core.info(`Pushed ${imageRepo}@${digest} as ${inputs.tags.join(', ')}.`);
  }
  outcome.digest = manifest.digest;
  outcome.mediaType = manifest.mediaType;
  outcome.size = imageSize(manifest);
  setOutputs(outcome, imageRepo);

  if (inputs.failOnSeverity === 'none') return;
  await scanGate(ecr, inputs, manifest.digest, outcome, cancellation);
}

/** The build fingerprint of this run (see fingerprint.ts), put on the image as a label and into the outcome. */
async function fingerprintBuild(inputs: Inputs, labels: Map<string, string>, outcome: Outcome): Promise<string> {
  const context = await digestContext(inputs.contextDir);
  const fingerprint = buildFingerprint(
    {
      contextDir: inputs.contextDir,
      dockerfileText: inputs.dockerfileText,
      buildArgs: inputs.buildArgs,
      mediaTypes: inputs.mediaTypes,
      attestations: inputs.attestations,
      labels: new Map([...labels].filter(([key]) => key !== CREATED_LABEL)),
      secretIds: [...inputs.secrets.keys()],
      ...(inputs.target ? { target: inputs.target } : {}),
      ...(inputs.platform ? { platform: inputs.platform } : {}),
    },
    context,
  );
  labels.set(FINGERPRINT_LABEL, fingerprint);
  outcome.fingerprint = fingerprint;
  core.info(`Build context: ${context.files} files, ${context.bytes} bytes; build fingerprint ${fingerprint}.`);
  return fingerprint;
}

function setOutputs(outcome: Outcome, imageRepo: string): void {
  core.setOutput('image-uri', `${imageRepo}:${outcome.tags[0]}`);
  core.setOutput('image-digest', outcome.digest);
  core.setOutput('image-uri-with-digest', `${imageRepo}@${outcome.digest}`);
  core.setOutput('tags', outcome.tags.join('\n'));
  core.setOutput('registry', outcome.registry);
  core.setOutput('pushed', String(outcome.pushed));
}

async function loginTo(commands: BuilderCommands, login: RegistryLogin, hosts: string[], cancellation: Cancellation): Promise<void> {
  if (hosts.includes(login.registry)) return;
  await exec(commands.login(login.registry, login.username, login.password, login.plainHttp), `logging in to ${login.registry}`, cancellation);
  hosts.push(login.registry);
  // Saved after each login, so the post step logs out of every registry even when a later step fails.
  core.saveState(STATE.hosts, hosts.join('\n'));
}

async function exec(line: CommandLine, what: string, cancellation: Cancellation): Promise<void> {
  try {
    await run(line.command, line.args, {
      env: childEnv(line.env),
      what,
      signal: cancellation.signal,
      ...(line.stdin !== undefined ? { stdin: line.stdin } : {}),
    });
  } catch (error) {
    throw withRegistryDenialHint(error);
  }
}

/** Each secret in its own 0600 file in the run's folder; the builder mounts it only into the RUN that asks. */
function writeSecretFiles(workDir: string, secrets: Map<string, string>): Array<{ id: string; file: string }> {
  if (secrets.size === 0) return [];
  const dir = path.join(workDir, 'secrets');
  mkdirSync(dir, { mode: 0o700, recursive: true });
  return [...secrets].map(([id, value], i) => {
    const file = path.join(dir, `secret-${i}`);
    writeFileSync(file, value, { mode: 0o600 });
    return { id, file };
  });
}

/** Builds the image without pushing it (an immutable tag holds another image): the digest a push would give. */
async function buildWithoutPush(commands: BuilderCommands, plan: BuildPlan, hosts: string[], cancellation: Cancellation): Promise<string> {
  core.info(
    `A tag to push holds an image built from other inputs and the tags are immutable: building this run's image to name its digest; nothing will be pushed.`,
  );
  try {
    for (const line of commands.buildWithoutPush(plan)) await exec(line, 'building the image (not pushed: an immutable tag holds another image)', cancellation);
  } catch (error) {
    throw withBaseImageLoginHint(error, hosts);
  }
  return commands.unpushedDigestFrom(plan, (file) => readFileSync(file, 'utf8'));
}

async function scanGate(ecr: Ecr, inputs: Inputs, digest: string, outcome: Outcome, cancellation: Cancellation): Promise<void> {
  const threshold = inputs.failOnSeverity as Exclude<Inputs['failOnSeverity'], 'none'>;
  let result: Awaited<ReturnType<Ecr['waitForScan']>>;
  try {
    result = await ecr.waitForScan(inputs.repository, digest, {
      timeoutMs: inputs.scanTimeoutMs,
      signal: cancellation.signal,
      minDelayMs: 1_000,
      maxDelayMs: 15_000,
    });
  } catch (error) {
    if (error instanceof ScanTimeoutError) {
      outcome.scan = { status: 'TIMED_OUT' };
      const message = `The scan of ${inputs.repository}@${digest} did not complete within scan-timeout (${error.message})`;
      outcome.failure = message;
      throw new ActionError(message, {
        hint: "The image is pushed; the gate could not judge it. Raise 'scan-timeout', check that scanning is on for the repository (scan-on-push or the registry's scanning configuration), or set fail-on-severity: none to skip the gate.",
      });
    }
    throw error;
  }
  if (result.status !== 'COMPLETE' && result.status !== 'ACTIVE') {
    outcome.scan = { status: result.status };
    const message = `The scan of ${inputs.repository}@${digest} ended ${result.status}${result.description ? ` (${result.description})` : ''}.`;
    outcome.failure = message;
    throw new ActionError(message, {
      hint: 'Basic scanning fails for images without an OS package database (e.g. FROM scratch): set fail-on-severity: none for such images.',
    });
  }
  const verdict = judge(result.findings, threshold, inputs.allowCves);
  outcome.scan = { status: result.status, verdict, threshold };
  const total = result.findings.length;
  core.info(`Scan ${result.status}: ${total ? severityCounts(result.findings) : 'no findings'}.`);
  if (verdict.blocking.length) {
    const list = verdict.blocking
      .slice(0, 20)
      .map((f) => `${f.id} (${f.severity}${f.packageName ? `, ${f.packageName}${f.packageVersion ? ` ${f.packageVersion}` : ''}` : ''})`)
      .join(', ');
    const more = verdict.blocking.length > 20 ? ` and ${verdict.blocking.length - 20} more` : '';
    const message = `The image has ${verdict.blocking.length} finding(s) at or above ${threshold.toUpperCase()}: ${list}${more}.`;
    outcome.failure = message;
    throw new ActionError(message, {
      hint: "Fix them (update the base image or packages), or list accepted IDs in 'allow-cves'. The job summary has the table.",
    });
  }
}
