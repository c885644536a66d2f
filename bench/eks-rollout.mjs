// `npm run bench` (second part): how soon a doomed rollout is declared failed, deploy-eks vs `kubectl rollout
// status`, on the same scenarios in the same run, as a ratio. Never absolute goals: the machine is shared.
//
//   scenarios  a Deployment (2 replicas, progressDeadlineSeconds = BENCH_EKS_DEADLINE_SECONDS, default 600 =
//              Kubernetes' default) moved to an image that cannot be pulled (ErrImagePull/ImagePullBackOff) or that
//              crashes at once (CrashLoopBackOff), in the testkit's Kubernetes world on the real clock
//   action     the bundled deploy-eks (defaults: max-restarts 2, rollback on): from its image patch arriving at the
//              API server to its rollback patch arriving (the moment it declared the rollout failed)
//   kubectl    `kubectl set image` then `kubectl rollout status` on an identical Deployment: from the set-image
//              patch arriving to kubectl exiting with its verdict (it waits for the progress deadline: it has no
//              notion of pod evidence, and never gives up on a crash loop before the deadline)
//   what bounds deploy-eks's time: the pod evidence itself. It polls and is woken by watches on the Deployment and
//              its pods, so it calls ErrImagePull within a fraction of a second of the kubelet reporting it (the
//              world's pull fails 1 s after the pod starts); a crash loop is called at max-restarts (2), i.e. after
//              the kubelet's first 10 s back-off, as on a real node
//   All four run at the same time, so the run takes about the progress deadline (10 min by default); rounds:
//   BENCH_EKS_ROUNDS (default 1). Results: <os tmpdir>/mlops-actions-bench/eks-rollout.json.
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { table } from './lib/stats.mjs';

// The testkit's built lib/ (npm run bench builds it first): without it the bench would die at start-up with a bare
// ERR_MODULE_NOT_FOUND, which is what a run straight after a checkout (or with another Node than the repo's) does.
const { actionDir, runAction, startAwsWorld, startK8sWorld } = await import('@mlops-actions/testkit').catch((error) => {
  console.error(`eks-rollout bench: cannot load @mlops-actions/testkit (${error.message}); run \`npm run bench\`, or \`npx turbo run build\` first.`);
  process.exit(1);
});

const DEADLINE_S = Number(process.env.BENCH_EKS_DEADLINE_SECONDS ?? 600);
const ROUNDS = Number(process.env.BENCH_EKS_ROUNDS ?? 1);
const GOAL = 20;
/** Start-up allowances for a loaded machine (moto_server's own default is 20 s): they bound set-up, never a measurement. */
const SETTLE_TIMEOUT_MS = 180_000;
const MOTO_START_TIMEOUT_MS = 120_000;
const CLUSTER = 'bench-cluster';
const REGISTRY = '123456789012.dkr.ecr.us-east-1.amazonaws.com';
const GOOD = `${REGISTRY}/model:v1`;
const SCENARIOS = [
  { kind: 'ImagePullBackOff', image: `${REGISTRY}/model:missing`, spec: { behaviour: { kind: 'err-image-pull', message: 'not found' } } },
  { kind: 'CrashLoopBackOff', image: `${REGISTRY}/model:crashes`, spec: { behaviour: { kind: 'crash-loop', runSeconds: 0, exitCode: 1 }, logs: ['boom'] } },
];
const log = (s) => process.stderr.write(`${s}\n`);

function deployment(world, name) {
  world.apply({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: 'default' },
    spec: {
      replicas: 2,
      ...(DEADLINE_S !== 600 ? { progressDeadlineSeconds: DEADLINE_S } : {}),
      selector: { matchLabels: { app: name } },
      template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'server', image: GOOD }] } },
    },
  });
}

/** All replicas available on the first revision, within a wall-clock set-up deadline (not a count of polls: on a loaded machine each poll takes longer). */
async function settled(world, name) {
  const deadline = Date.now() + SETTLE_TIMEOUT_MS;
  for (;;) {
    world.settle();
    const d = world.get('deployments', 'default', name);
    const s = d?.status ?? {};
    if ((s.observedGeneration ?? 0) >= d.metadata.generation && s.availableReplicas === 2 && s.updatedReplicas === 2 && s.replicas === 2) return;
    if (Date.now() > deadline) throw new Error(`${name} did not settle within ${SETTLE_TIMEOUT_MS / 1000} s: ${JSON.stringify(s)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function kubectl(config, args, timeoutMs) {
  return new Promise((resolve) => {
    execFile('kubectl', ['--kubeconfig', config, ...args], { encoding: 'utf8', timeout: timeoutMs }, (error, stdout, stderr) =>
      resolve({ code: error ? (error.code ?? 1) : 0, stdout, stderr, at: Date.now() }),
    );
  });
}

const patchOf = (world, name, user, contentType) =>
  world.requests.find(
    (r) =>
      r.verb === 'patch' &&
      r.resource === 'deployments' &&
      r.name === name &&
      r.status === 200 &&
      (!user || r.user === user) &&
      r.contentType?.startsWith(contentType),
  );

async function actionRun(world, aws, name, image) {
  const result = await runAction({
    actionDir: actionDir('deploy-eks'),
    inputs: { 'cluster-name': CLUSTER, deployment: name, image },
    env: { ...aws.env(), ...aws.staticCredentials() },
    timeoutMs: (DEADLINE_S + 300) * 1000,
  });
  const start = patchOf(world, name, undefined, 'application/strategic-merge-patch');
  const declared = patchOf(world, name, undefined, 'application/json-patch');
  if (!start || !declared) throw new Error(`deploy-eks on ${name}: no image patch or no rollback (exit ${result.exitCode}; ${result.errors.join(' | ')})`);
  return { seconds: (declared.at - start.at) / 1000, verdict: result.outputs['failure-reason'].split(':')[0], rolledBack: result.outputs['rolled-back'] };
}

async function kubectlRun(world, config, name, image) {
  await kubectl(config, ['set', 'image', `deployment/${name}`, `server=${image}`], 60_000);
  const status = await kubectl(config, ['rollout', 'status', `deployment/${name}`, `--timeout=${DEADLINE_S + 300}s`], (DEADLINE_S + 360) * 1000);
  const start = patchOf(world, name, 'bench-kubectl', 'application/strategic-merge-patch');
  if (!start) throw new Error(`kubectl set image on ${name}: no patch seen`);
  const verdict = (status.stderr.trim().split('\n').pop() ?? '').replace(/^error: /, '');
  return { seconds: (status.at - start.at) / 1000, verdict, code: status.code };
}

const aws = await startAwsWorld({ motoStartTimeoutMs: MOTO_START_TIMEOUT_MS });
const world = await startK8sWorld({ clusterName: CLUSTER, aws });
let exitCode = 0;
try {
  await world.registerInAws(aws);
  world.images.set(GOOD, { behaviour: { kind: 'ready', afterSeconds: 1 } });
  for (const s of SCENARIOS) world.images.set(s.image, s.spec);
  const config = world.writeKubeconfig({ token: world.staticToken('bench-kubectl') });
  const rows = [['scenario', 'deploy-eks declared failed after', 'its verdict', 'kubectl rollout status ended after', 'its verdict', 'kubectl ÷ deploy-eks']];
  const results = { progressDeadlineSeconds: DEADLINE_S, rounds: ROUNDS, goal: GOAL, scenarios: {} };
  log(`eks rollout bench: ${SCENARIOS.length} scenarios x ${ROUNDS} round(s), progress deadline ${DEADLINE_S} s (kubectl waits about that long)`);
  for (let round = 1; round <= ROUNDS; round++) {
    const jobs = [];
    for (const s of SCENARIOS) {
      const a = `act-${s.kind.toLowerCase()}-${round}`;
      const k = `kubectl-${s.kind.toLowerCase()}-${round}`;
      deployment(world, a);
      deployment(world, k);
      await Promise.all([settled(world, a), settled(world, k)]);
      jobs.push(Promise.all([actionRun(world, aws, a, s.image), kubectlRun(world, config, k, s.image)]).then(([act, kub]) => ({ s, act, kub })));
    }
    for (const { s, act, kub } of await Promise.all(jobs)) {
      const ratio = kub.seconds / act.seconds;
      rows.push([
        `${s.kind} (round ${round})`,
        `${act.seconds.toFixed(1)} s`,
        act.verdict,
        `${kub.seconds.toFixed(1)} s`,
        truncate(kub.verdict, 60),
        `${ratio.toFixed(1)}x`,
      ]);
      (results.scenarios[s.kind] ??= []).push({
        deployEksSeconds: act.seconds,
        deployEksVerdict: act.verdict,
        rolledBack: act.rolledBack,
        kubectlSeconds: kub.seconds,
        kubectlVerdict: kub.verdict,
        ratio,
      });
      if (act.rolledBack !== 'true') exitCode = 1;
    }
  }
  const out = [
    `Doomed rollouts: time to declare them failed, deploy-eks vs kubectl rollout status (same world, same run; progress deadline ${DEADLINE_S} s)`,
    table(rows, 1),
  ];
  for (const [kind, runs] of Object.entries(results.scenarios)) {
    const worst = Math.min(...runs.map((r) => r.ratio));
    out.push(`  ${kind}: deploy-eks ${worst.toFixed(1)}x sooner (worst round); ${worst >= GOAL ? 'meets' : 'BELOW'} the goal of ${GOAL}x`);
  }
  const dir = path.join(os.tmpdir(), 'mlops-actions-bench');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'eks-rollout.json');
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  out.push(`  results: ${file}`);
  console.log(out.join('\n'));
} catch (error) {
  exitCode = 1;
  console.error(error);
} finally {
  await world.close();
  await aws.close();
}
process.exit(exitCode);

function truncate(s, n) {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}
