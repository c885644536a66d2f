// build-push-ecr's re-run: the same job (same context, Dockerfile, inputs, commit) run twice against the local
// AWS world's ECR (a real docker-registry) with real buildah, in a new repository each round. Measured: the wall
// time of each run (the harness's spawn to exit of main) and the bytes the run pushed (request bodies the
// registry front received between the run's start and end: layer uploads and manifest puts). The figure is the
// ratio second ÷ first, per round and its median; the first run of each round is the reference.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { buildahEnv, runAction, startAwsWorld } from '@mlops-actions/testkit';

/** A serving context: a FROM scratch Dockerfile (nothing can be pulled), a server script and 4 MiB of "weights". */
export function rebuildContext(dir) {
  mkdirSync(path.join(dir, 'model'), { recursive: true });
  writeFileSync(path.join(dir, 'Dockerfile'), 'FROM scratch\nCOPY model /opt/model\nCOPY serve.py /app/serve.py\n');
  writeFileSync(path.join(dir, 'serve.py'), 'print("serving")\n');
  const weights = randomBytes(4 * 1024 * 1024);
  writeFileSync(path.join(dir, 'model', 'weights.bin'), weights);
  return weights.length;
}

export async function measureRebuild(root, { rounds = 3 } = {}) {
  const [aws, buildah] = await Promise.all([startAwsWorld({ ecr: true }), buildahEnv()]);
  const work = mkdtempSync(path.join(os.tmpdir(), 'bench-ecr-rebuild-'));
  const actionDir = path.join(root, 'actions', 'build-push-ecr');
  let contextBytes = 0;
  const once = async (repository, context) => {
    const result = await runAction({
      actionDir,
      inputs: { repository, context, builder: 'buildah', 'fail-on-severity': 'none' },
      env: { ...aws.env(), ...aws.staticCredentials(), ...buildah.env },
      timeoutMs: 300_000,
    });
    if (result.failed) throw new Error(`build-push-ecr failed in the re-run bench: ${result.errors[0] ?? result.main.stderr.slice(-500)}`);
    const { startedAt, endedAt } = result.main;
    const bytesPushed = aws.ecr.registryRequests
      .filter((r) => r.time >= startedAt && r.time <= endedAt && r.repository === repository)
      .reduce((sum, r) => sum + r.bytesIn, 0);
    return { ms: endedAt - startedAt, bytesPushed, pushed: result.outputs.pushed, digest: result.outputs['image-digest'] };
  };
  try {
    const results = [];
    for (let round = 1; round <= rounds; round++) {
      // New weights each round: otherwise the registry already holds the layer and the first push is not cold.
      const context = path.join(work, `app-${round}`);
      contextBytes = rebuildContext(context);
      const repository = `bench-rebuild-${process.pid}-${round}`;
      const first = await once(repository, context);
      const second = await once(repository, context);
      results.push({ first, second, sameDigest: first.digest === second.digest });
    }
    return { contextBytes, rounds: results };
  } finally {
    await Promise.all([aws.close(), buildah.close()]);
    rmSync(work, { recursive: true, force: true });
  }
}
