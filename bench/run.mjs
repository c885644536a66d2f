// `npm run bench`: bundle size and cold start of every action that has a dist/index.js, each as a ratio against
// references measured in the same run (this machine is noisy; absolute numbers from elsewhere mean nothing).
//
//   size        bytes of dist/ and dist/index.js  ÷  a minimal ncc bundle (./lib/ncc-bundle.mjs settings) of
//               bench/reference: @actions/core + @aws-sdk/client-sagemaker + one DescribePipelineExecution
//   cold start  harness main.startedAt (just before spawn) -> arrival of the run's first AWS request at the AWS
//               world  ÷  the same for the reference bundle, for a peer reference shaped like
//               aws-actions/amazon-ecr-login (bench/reference-ecr-login: @actions/core + @aws-sdk/client-ecr, one
//               GetAuthorizationToken; issue 7's goal is at most 0.8x of it), and for a bare `node -e` making one
//               HTTP request (the Node floor); variants interleaved round by round so noise hits all of them alike
//   extra rows  a minified build of each action (minify: true, otherwise scripts/bundle.mjs's settings; temp dir)
//   polling     AWS calls per hour while start-pipeline waits, and how soon a change is seen: its watch code on a
//               virtual clock following a simulated 2-hour execution (./lib/polling.mjs); exact counts
//   diagnostics where a cold start goes (./lib/phases-preload.mjs, separate runs) and which packages fill the
//               bundle (esbuild's metafile; ncc's webpack stats for the references)
//
// Env: BENCH_ROUNDS (default 15, fewer when many actions would exceed the time budget), BENCH_PHASE_RUNS (5),
// BENCH_MINIFY=0 skips the minified builds (~15 s each), BENCH_KEEP=1 keeps the temp dir, BENCH_ACTIONS=a,b
// measures only those actions, BENCH_ECR_ROUNDS=0 skips the build-push-ecr re-run part.
// Results: <os tmpdir>/mlops-actions-bench/latest.json (path printed at the end).
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { StartPipelineExecutionCommand } from '@aws-sdk/client-sagemaker';
import { churnDefinition, PIPELINE_ROLE, startAwsWorld } from '@mlops-actions/testkit';
import { buildAction, buildBundle, bytesByPackage, bytesByPackageFromMetafile, discoverActions, distSize } from './lib/bundles.mjs';
import { FLOOR_SCRIPT, runOnce } from './lib/coldstart.mjs';
import { simulatePolling } from './lib/polling.mjs';
import { measureRebuild } from './lib/ecr-rebuild.mjs';
import { closeScenarios, scenarioFor } from './lib/scenarios.mjs';
import { bytes, ms, quantile, ratio, spread, summary, table } from './lib/stats.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_ROUNDS = 15;
const MIN_ROUNDS = 7;
/** Issue 7's goal: an action's cold start at most this fraction of the amazon-ecr-login-shaped reference's. */
const ECR_LOGIN_GOAL = 0.8;
/** Issue 7's polling goal: AWS calls per hour of waiting, with a change still seen within the poll interval. */
const CALLS_PER_HOUR_GOAL = 150;
const POLL_SEEDS = 20;
const COLD_START_BUDGET_MS = 60_000; // for the timed rounds, so that the whole bench stays near 2 minutes
const PHASE_RUNS = Number(process.env.BENCH_PHASE_RUNS ?? 5);
const benchStarted = performance.now();
const log = (s) => process.stderr.write(`${s}\n`);
const secs = (t) => `${((performance.now() - t) / 1000).toFixed(1)} s`;

// BENCH_ACTIONS=a,b measures only those actions (the references always run).
const only = process.env.BENCH_ACTIONS ? new Set(process.env.BENCH_ACTIONS.split(',').map((name) => name.trim())) : undefined;
const actions = discoverActions(ROOT).filter((action) => !only || only.has(action.name));
if (actions.length === 0) {
  console.log('No action has a dist/index.js yet (run `npm run bundle`): nothing to measure.');
  process.exit(0);
}
const tmp = mkdtempSync(path.join(os.tmpdir(), 'mlops-bench-'));
let aws;
let exitCode = 0;
try {
  // ---- bundles ---------------------------------------------------------------------------------------------
  let t = performance.now();
  const refDir = path.join(tmp, 'reference');
  const refBuild = await buildBundle(ROOT, path.join(ROOT, 'bench', 'reference'), path.join(refDir, 'dist'));
  writeFileSync(
    path.join(refDir, 'action.yml'),
    [
      "name: 'bench reference'",
      'inputs:',
      '  execution-arn:',
      "    description: 'Pipeline execution to describe.'",
      '    required: true',
      'runs:',
      "  using: 'node24'",
      "  main: 'dist/index.js'",
      '',
    ].join('\n'),
  );
  const reference = { size: distSize(path.join(refDir, 'dist')), packages: bytesByPackage(refBuild.stats) };
  log(`built the reference bundle (${secs(t)})`);
  t = performance.now();
  const ecrDir = path.join(tmp, 'reference-ecr-login');
  await buildBundle(ROOT, path.join(ROOT, 'bench', 'reference-ecr-login'), path.join(ecrDir, 'dist'));
  writeFileSync(
    path.join(ecrDir, 'action.yml'),
    [
      "name: 'bench peer reference shaped like amazon-ecr-login'",
      'inputs:',
      '  registries:',
      "    description: 'Registry ids (comma-separated); none: the default registry.'",
      '    required: false',
      '  mask-password:',
      "    description: 'Mask the token.'",
      '    required: false',
      "    default: 'true'",
      'runs:',
      "  using: 'node24'",
      "  main: 'dist/index.js'",
      '',
    ].join('\n'),
  );
  const ecrReference = { size: distSize(path.join(ecrDir, 'dist')) };
  log(`built the amazon-ecr-login-shaped reference bundle (${secs(t)})`);

  for (const action of actions) {
    const manifestFile = ['action.yml', 'action.yaml'].map((f) => path.join(action.dir, f)).find((f) => existsSync(f));
    action.manifest = parseYaml(readFileSync(manifestFile, 'utf8'));
    action.size = distSize(path.join(action.dir, 'dist'));
    if (process.env.BENCH_MINIFY === '0' || !existsSync(path.join(action.dir, 'lib', 'index.js'))) {
      action.minified = { skipped: process.env.BENCH_MINIFY === '0' ? 'BENCH_MINIFY=0' : 'no lib/index.js (tsc output) to bundle' };
      continue;
    }
    t = performance.now();
    const minDir = path.join(tmp, `${action.name}-minified`);
    const build = await buildAction(ROOT, action.dir, path.join(minDir, 'dist'), { minify: true });
    copyFileSync(manifestFile, path.join(minDir, path.basename(manifestFile)));
    action.minified = { dir: minDir, size: distSize(path.join(minDir, 'dist')), options: build.options };
    // Module bytes as they stand in the unminified bundle (the committed dist is one: rebuilt here to read its metafile).
    const plain = await buildAction(ROOT, action.dir, path.join(tmp, `${action.name}-plain`, 'dist'));
    action.packages = bytesByPackageFromMetafile(plain.metafile, ROOT, action.dir);
    log(`built a minified ${action.name} (${secs(t)})`);
  }

  // ---- cold-start variants ---------------------------------------------------------------------------------
  t = performance.now();
  // The ECR world (a real docker-registry behind GetAuthorizationToken) for build-push-ecr's scenario.
  aws = await startAwsWorld({ ecr: true });
  const refPipeline = 'bench-reference-pipeline';
  await aws.createPipeline(refPipeline, churnDefinition('bench-reference-models'), { roleArn: PIPELINE_ROLE });
  const { PipelineExecutionArn: refExecution } = await aws.sagemaker.send(new StartPipelineExecutionCommand({ PipelineName: refPipeline }));
  const variants = [];
  for (const action of actions) {
    const scenario = await scenarioFor(action.name, action.manifest.inputs, aws);
    action.scenario = scenario;
    variants.push({
      key: action.name,
      label: `${action.name} (dist)`,
      kind: 'action',
      actionDir: action.dir,
      inputs: scenario.inputs,
      env: scenario.env,
      action,
    });
    if (action.minified.dir) {
      variants.push({
        key: `${action.name}:minified`,
        label: `${action.name} (minified)`,
        kind: 'action',
        actionDir: action.minified.dir,
        inputs: scenario.inputs,
        env: scenario.env,
        action,
        minified: true,
      });
    }
  }
  const refVariant = { key: 'reference', label: 'reference bundle', kind: 'action', actionDir: refDir, inputs: { 'execution-arn': refExecution } };
  const ecrVariant = { key: 'ecr-login-reference', label: 'ecr-login-shaped ref', kind: 'action', actionDir: ecrDir, inputs: {} };
  const floorVariant = { key: 'node-floor', label: 'node -e (floor)', kind: 'node' };
  variants.push(refVariant, ecrVariant, floorVariant);
  log(`started the AWS world (${secs(t)})`);

  // Warm-up round (not counted): page cache, moto's SageMaker backend, the runner env for the floor; and
  // which actions reach AWS at all with their scenario.
  t = performance.now();
  const ctx = {};
  const warm = await runOnce(aws, refVariant, ctx);
  if (warm.failed || !Number.isFinite(warm.ms)) throw new Error(`the reference bundle did not run: ${warm.error ?? 'no AWS request'}`);
  ctx.runnerEnv = Object.fromEntries(Object.entries(warm.env).filter(([k]) => !k.startsWith('INPUT_')));
  ctx.nodePath = warm.nodePath;
  const roundStart = performance.now();
  for (const v of variants) {
    const r = await runOnce(aws, v, ctx);
    if (!Number.isFinite(r.ms)) {
      v.unmeasured = v.action?.scenario.generic
        ? `no AWS request with placeholder inputs (${r.error ?? 'ran'}); add a scenario in bench/lib/scenarios.mjs`
        : `no AWS request: ${r.error ?? 'ran without calling AWS'}`;
    } else {
      v.firstOperation = r.operation;
    }
  }
  if (ecrVariant.unmeasured) throw new Error(`the amazon-ecr-login-shaped reference did not reach AWS: ${ecrVariant.unmeasured}`);
  const roundMs = performance.now() - roundStart;
  const measured = variants.filter((v) => !v.unmeasured);
  const rounds = process.env.BENCH_ROUNDS
    ? Number(process.env.BENCH_ROUNDS)
    : Math.max(MIN_ROUNDS, Math.min(DEFAULT_ROUNDS, Math.floor(COLD_START_BUDGET_MS / Math.max(roundMs, 1))));
  log(`warm-up round (${secs(t)}); ${rounds} rounds of ${measured.length} variants`);

  // Timed rounds: every variant once per round, the order rotated each round.
  t = performance.now();
  for (const v of measured) (v.samples = []), (v.failures = []);
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < measured.length; i++) {
      const v = measured[(i + round) % measured.length];
      const r = await runOnce(aws, v, ctx);
      v.samples[round] = r.ms;
      if (r.failed) v.failures.push(r.error);
    }
  }
  log(`timed rounds (${secs(t)})`);

  // Diagnostic runs with the phase marks, interleaved the same way.
  t = performance.now();
  for (const v of measured) v.phaseRuns = [];
  for (let round = 0; round < PHASE_RUNS; round++) {
    for (let i = 0; i < measured.length; i++) {
      const v = measured[(i + round) % measured.length];
      const r = await runOnce(aws, v, ctx, { phases: true });
      if (r.phases) v.phaseRuns.push(r.phases);
    }
  }
  log(`phase runs (${secs(t)})`);

  // ---- results ---------------------------------------------------------------------------------------------
  const ref = refVariant;
  const ecr = ecrVariant;
  const floor = floorVariant;
  const paired = (a, b) => a.samples.map((x, i) => x / b.samples[i]).filter(Number.isFinite);
  const vsCell = (v, base) => {
    if (!v.samples || !base.samples) return 'n/a';
    if (v === base) return '1.00x';
    const p = paired(v, base);
    return `${ratio(summary(v.samples).median / summary(base.samples).median)} (${ratio(quantile(p, 0.1))}–${ratio(quantile(p, 0.9))})`;
  };
  const results = {
    generatedAt: new Date().toISOString(),
    node: process.version,
    cpus: os.cpus().length,
    rounds,
    references: {
      bundle: 'bench/reference/lib/index.js bundled by scripts/bundle.mjs: @actions/core + @aws-sdk/client-sagemaker + one DescribePipelineExecution',
      nodeFloor: `node -e "${FLOOR_SCRIPT}" <world endpoint>, with the runner's environment of a harness run`,
      ecrLogin:
        'bench/reference-ecr-login/lib/index.js bundled by scripts/bundle.mjs: shaped like aws-actions/amazon-ecr-login at start-up (@actions/core + @aws-sdk/client-ecr, one GetAuthorizationToken)',
    },
    size: { reference: reference.size, actions: {} },
    coldStart: {},
    phases: {},
    packages: {},
  };

  const out = [];
  out.push(`mlops-actions bench — ${new Date().toISOString()} — Node ${process.version}, ${os.cpus().length} CPUs`);
  out.push('');
  out.push('Bundle size (÷ reference: minimal ncc bundle of @actions/core + @aws-sdk/client-sagemaker)');
  const sizeRows = [['bundle', 'files', 'dist/ bytes', '÷ ref', 'dist/index.js', '÷ ref']];
  const sizeRow = (label, s) => [label, s.files, bytes(s.total), ratio(s.total / reference.size.total), bytes(s.index), ratio(s.index / reference.size.index)];
  for (const a of actions) {
    sizeRows.push(sizeRow(`${a.name} (dist)`, a.size));
    if (a.minified.size) sizeRows.push(sizeRow(`${a.name} (minified, temp)`, a.minified.size));
    results.size.actions[a.name] = {
      dist: { ...a.size, ratioTotal: a.size.total / reference.size.total, ratioIndex: a.size.index / reference.size.index },
      ...(a.minified.size
        ? {
            minified: {
              ...a.minified.size,
              ratioTotal: a.minified.size.total / reference.size.total,
              ratioIndex: a.minified.size.index / reference.size.index,
            },
          }
        : {}),
    };
  }
  sizeRows.push(sizeRow('reference (temp)', reference.size));
  sizeRows.push(sizeRow('ecr-login-shaped ref (temp)', ecrReference.size));
  results.size.ecrLoginReference = ecrReference.size;
  out.push(table(sizeRows));
  out.push('');

  out.push(
    `Cold start: spawn -> first AWS request arrives at the world; ${rounds} interleaved rounds (+1 warm-up); ratio of medians (paired per-round p10–p90)`,
  );
  const csRows = [['variant', 'first request', 'median', 'p10–p90', '÷ reference bundle', '÷ ecr-login ref', '÷ node floor']];
  for (const v of variants) {
    if (v.unmeasured) {
      csRows.push([v.label, '-', 'n/a', '', '', '', '']);
      results.coldStart[v.key] = { label: v.label, unmeasured: v.unmeasured };
      continue;
    }
    const s = summary(v.samples);
    csRows.push([v.label, v.firstOperation ?? '-', ms(s.median), spread(s, (x) => String(Math.round(x))), vsCell(v, ref), vsCell(v, ecr), vsCell(v, floor)]);
    results.coldStart[v.key] = {
      label: v.label,
      firstOperation: v.firstOperation,
      samplesMs: v.samples,
      ...s,
      ratioToReference: s.median / summary(ref.samples).median,
      ratioToReferencePairedP10P90: [quantile(paired(v, ref), 0.1), quantile(paired(v, ref), 0.9)],
      ratioToEcrLogin: s.median / summary(ecr.samples).median,
      ratioToEcrLoginPairedP10P90: [quantile(paired(v, ecr), 0.1), quantile(paired(v, ecr), 0.9)],
      ratioToNodeFloor: s.median / summary(floor.samples).median,
      ratioToNodeFloorPairedP10P90: [quantile(paired(v, floor), 0.1), quantile(paired(v, floor), 0.9)],
      failures: v.failures.length,
    };
  }
  out.push(table(csRows, 2));
  for (const v of variants.filter((x) => x.unmeasured)) out.push(`  ${v.label}: ${v.unmeasured}`);
  for (const v of measured.filter((x) => x.failures.length > 0)) {
    if (v.action?.scenario.generic) {
      out.push(
        `  ${v.label}: placeholder inputs, ${v.failures.length}/${rounds} runs failed after their first AWS request (expected; add a scenario in bench/lib/scenarios.mjs): ${v.failures[0]}`,
      );
    } else {
      out.push(`  WARNING ${v.label}: ${v.failures.length}/${rounds} runs failed (first: ${v.failures[0]})`);
      exitCode = 1;
    }
  }
  // The peer goal of issue 7: every action's cold start at most 0.8x amazon-ecr-login's, measured in this run.
  for (const a of actions) {
    const dist = measured.find((v) => v.action === a && !v.minified);
    if (!dist) continue;
    const r = results.coldStart[a.name];
    const verdict = r.ratioToEcrLogin <= ECR_LOGIN_GOAL ? 'within' : 'OVER';
    out.push(
      `  vs amazon-ecr-login (${a.name}): ${ratio(r.ratioToEcrLogin)} of its cold start (paired p10–p90 ${ratio(r.ratioToEcrLoginPairedP10P90[0])}–${ratio(r.ratioToEcrLoginPairedP10P90[1])}, ${rounds} rounds); ${verdict} the goal of ${ratio(ECR_LOGIN_GOAL)}`,
    );
  }
  for (const a of actions) {
    const dist = measured.find((v) => v.action === a && !v.minified);
    const min = measured.find((v) => v.action === a && v.minified);
    if (!dist || !min) continue;
    const p = paired(min, dist);
    const r = summary(min.samples).median / summary(dist.samples).median;
    out.push(`  minify (${a.name}): minified ÷ dist = ${ratio(r)} (paired p10–p90 ${ratio(quantile(p, 0.1))}–${ratio(quantile(p, 0.9))})`);
    results.coldStart[`${a.name}:minified`].ratioToDist = r;
    results.coldStart[`${a.name}:minified`].ratioToDistPairedP10P90 = [quantile(p, 0.1), quantile(p, 0.9)];
  }
  out.push('');

  out.push(`Where the cold start goes (medians of ${PHASE_RUNS} separate runs with a --import preload that marks the phases; diagnostic only)`);
  const phRows = [['variant', 'spawn→node up', 'load bundle', 'code→connect', 'connect→arrive', 'total']];
  for (const v of measured) {
    const med = (k) =>
      quantile(
        v.phaseRuns.map((p) => p[k]),
        0.5,
      );
    phRows.push([v.label, ms(med('boot')), ms(med('load')), ms(med('toConnect')), ms(med('network')), ms(med('total'))]);
    results.phases[v.key] = {
      boot: med('boot'),
      load: med('load'),
      toConnect: med('toConnect'),
      network: med('network'),
      total: med('total'),
      runs: v.phaseRuns,
    };
  }
  out.push(table(phRows));
  out.push('  load bundle: the entry script read, compiled and its static imports evaluated (until the first INPUT_* read);');
  out.push("  code→connect: the action's code and the SDK up to the first socket (client, credentials, endpoint rules, signing,");
  out.push('  lazily loaded modules). Columns leave out ~1 ms of preload bookkeeping, so they do not add up exactly.');
  out.push('');

  // Polling: exact counts on a virtual clock (./lib/polling.mjs), one simulation per jitter seed.
  t = performance.now();
  const sims = [];
  for (let seed = 1; seed <= POLL_SEEDS; seed++) sims.push(await simulatePolling({ seed }));
  const cap = sims[0].pollIntervalMs;
  const col = (f) => [quantile(sims.map(f), 0.5), Math.max(...sims.map(f))];
  const polling = {
    callsPerHour: col((r) => r.callsPerHour),
    checks: col((r) => r.checks),
    describes: col((r) => r.describes),
    lists: col((r) => r.lists),
    maxLatencyMs: col((r) => r.maxLatencyMs),
  };
  const hours = (
    quantile(
      sims.map((r) => r.virtualMs),
      0.5,
    ) / 3_600_000
  ).toFixed(1);
  out.push(
    `Polling: start-pipeline's watch code (lib/watch.js) following a simulated ${hours} h execution on a virtual clock, poll-interval ${cap / 1000}s, ${POLL_SEEDS} jitter seeds`,
  );
  const plRows = [['per wait', 'median', 'worst']];
  plRows.push(['AWS calls per hour', ...polling.callsPerHour.map((v) => v.toFixed(1))]);
  plRows.push(['status checks', ...polling.checks.map(String)]);
  plRows.push(['ListPipelineExecutionSteps', ...polling.lists.map(String)]);
  plRows.push(['DescribePipelineExecution', ...polling.describes.map(String)]);
  plRows.push(['change seen after (max)', ...polling.maxLatencyMs.map((v) => `${(v / 1000).toFixed(1)} s`)]);
  out.push(table(plRows));
  const within = polling.callsPerHour[1] <= CALLS_PER_HOUR_GOAL && polling.maxLatencyMs[1] <= cap;
  out.push(
    `  calls per hour of waiting: ${polling.callsPerHour[0].toFixed(1)} (worst ${polling.callsPerHour[1].toFixed(1)}), every change seen within ${(polling.maxLatencyMs[1] / 1000).toFixed(1)} s; ${within ? 'within' : 'OVER'} the goal of ${CALLS_PER_HOUR_GOAL}/h seen within ${cap / 1000} s`,
  );
  out.push('');
  results.polling = { goalCallsPerHour: CALLS_PER_HOUR_GOAL, pollIntervalMs: cap, seeds: POLL_SEEDS, ...polling, runs: sims.map(({ detections, ...r }) => r) };
  log(`polling simulations (${secs(t)})`);

  // build-push-ecr: a second build+push of an unchanged image against the first, in the same run (./lib/ecr-rebuild.mjs).
  if (actions.some((a) => a.name === 'build-push-ecr') && process.env.BENCH_ECR_ROUNDS !== '0') {
    t = performance.now();
    const rebuild = await measureRebuild(ROOT, { rounds: Number(process.env.BENCH_ECR_ROUNDS ?? 3) });
    out.push(
      `build-push-ecr re-run: the same job run twice (builder buildah, a ${bytes(rebuild.contextBytes)} FROM scratch context), ${rebuild.rounds.length} rounds, a new repository each`,
    );
    const rbRows = [['run', 'median wall', 'bytes pushed (median)', 'pushed output']];
    const first = rebuild.rounds.map((r) => r.first);
    const second = rebuild.rounds.map((r) => r.second);
    const med = (xs, f) => quantile(xs.map(f), 0.5);
    rbRows.push(['first (build + push)', ms(med(first, (r) => r.ms)), bytes(med(first, (r) => r.bytesPushed)), first.map((r) => r.pushed).join(' ')]);
    rbRows.push(['second (unchanged)', ms(med(second, (r) => r.ms)), bytes(med(second, (r) => r.bytesPushed)), second.map((r) => r.pushed).join(' ')]);
    out.push(table(rbRows));
    const ratios = rebuild.rounds.map((r) => r.second.ms / r.first.ms);
    out.push(
      `  second ÷ first wall time: ${ratio(quantile(ratios, 0.5))} (per round ${ratios.map((x) => ratio(x)).join(', ')}); bytes pushed ${second.map((r) => r.bytesPushed).join(', ')} vs ${first.map((r) => r.bytesPushed).join(', ')}; same digest every round: ${rebuild.rounds.every((r) => r.sameDigest)}`,
    );
    out.push('');
    results.ecrRebuild = { ...rebuild, ratioMedian: quantile(ratios, 0.5), ratios };
    if (!rebuild.rounds.every((r) => r.sameDigest && r.second.pushed === 'false' && r.second.bytesPushed === 0)) {
      out.push('  WARNING build-push-ecr: a re-run pushed something or changed the digest');
      exitCode = 1;
    }
    log(`build-push-ecr re-run (${secs(t)})`);
  }

  for (const a of actions) {
    if (!a.packages) continue;
    const top = [...a.packages.entries()].sort((x, y) => y[1] - x[1]).slice(0, 10);
    const all = [...a.packages.values()].reduce((s, n) => s + n, 0);
    // Lazy chunks (dynamic import()) are files of their own in dist/: the stats cover index.js and every chunk.
    out.push(
      `Top 10 packages in ${a.name}'s bundle, dist/index.js and its lazy chunks (module bytes from esbuild's metafile; total ${bytes(all)}; index.js alone ${bytes(a.size.index)})`,
    );
    const rows = [['package', 'bytes', 'share', 'in reference']];
    for (const [pkg, n] of top)
      rows.push([pkg, bytes(n), `${((100 * n) / all).toFixed(1)}%`, reference.packages.has(pkg) ? bytes(reference.packages.get(pkg)) : '-']);
    out.push(table(rows));
    out.push('');
    results.packages[a.name] = Object.fromEntries([...a.packages.entries()].sort((x, y) => y[1] - x[1]));
  }
  results.packages.reference = Object.fromEntries([...reference.packages.entries()].sort((x, y) => y[1] - x[1]));

  const resultsFile = path.join(os.tmpdir(), 'mlops-actions-bench', 'latest.json');
  mkdirSync(path.dirname(resultsFile), { recursive: true });
  writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  out.push(`JSON: ${resultsFile}`);
  out.push(`bench took ${secs(benchStarted)}`);
  console.log(out.join('\n'));
} finally {
  await closeScenarios();
  await aws?.close();
  if (process.env.BENCH_KEEP) log(`kept ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
}
process.exitCode = exitCode;
