// The ECR password and the values of `secrets` never show up anywhere: not in the log, annotations, outputs,
// state, summary or the action's argv (secretLeaks), not in any process's argv or environment while the build runs
// (/proc/*/cmdline and /proc/*/environ sampled every few ms during the run), and not in the pushed image (every
// layer blob decompressed, the config and its history). The secret really reaches the RUN that mounts it: the
// image proves it with the value's length only. The base image is built locally (dash + libc copied into a
// scratch image): nothing can be pulled here.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { secretLeaks } from '@mlops-actions/testkit';
import { newRepository, runBuildah, startWorlds, workspace, type Worlds } from './worlds.js';

let worlds: Worlds;
beforeAll(async () => {
  worlds = await startWorlds();
  // buildah checks that REGISTRY_AUTH_FILE exists before any command; the sandbox names one it has not written.
  writeFileSync(worlds.buildah.authFile, '{"auths": {}}');
  const ctr = (await worlds.buildah.ok(['from', 'scratch'])).stdout.trim();
  await worlds.buildah.ok(['copy', ctr, '/bin/dash', '/bin/sh']);
  await worlds.buildah.ok(['copy', ctr, '/lib/x86_64-linux-gnu/libc.so.6', '/lib/x86_64-linux-gnu/']);
  await worlds.buildah.ok(['copy', ctr, '/lib64/ld-linux-x86-64.so.2', '/lib64/']);
  await worlds.buildah.ok(['commit', '-q', ctr, 'localhost/mini-sh']);
}, 120_000);
afterAll(async () => worlds?.close());

interface Sample {
  pid: string;
  cmdline: string;
  environ: string;
}

/** Every process's argv and environment, read again and again until stopped. */
function sampleProcesses(): { stop(): Promise<Sample[]> } {
  const seen = new Map<string, Sample>();
  let running = true;
  const loop = (async () => {
    while (running) {
      for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
        try {
          const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
          const environ = readFileSync(`/proc/${pid}/environ`, 'utf8').replace(/\0/g, '\n');
          const key = `${pid}:${cmdline}`;
          if (cmdline && !seen.has(key)) seen.set(key, { pid, cmdline, environ });
        } catch {
          // gone already
        }
      }
      await new Promise((r) => setTimeout(r, 5));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return [...seen.values()];
    },
  };
}

test('neither the ECR password nor a build secret reaches output, state, summary, argv, environments or layers', async () => {
  const secret = 'pip-token-7Hq2Xw9Lm4Rt';
  const ws = workspace(
    {},
    [
      'FROM localhost/mini-sh',
      // Proves the secret was mounted, by its length only.
      'RUN --mount=type=secret,id=pip read -r v < /run/secrets/pip; [ -n "$v" ] && echo "secret of ${#v} characters" > /proof',
      'COPY serve.py /app/serve.py',
      '',
    ].join('\n'),
  );
  const repository = newRepository();
  const sampler = sampleProcesses();
  const result = await runBuildah(
    worlds,
    { repository, secrets: `pip=${secret}` },
    {
      workspace: ws,
      post: true,
      keepTemp: true,
      // As `pip=${{ secrets.PIP_TOKEN }}` would: the runner masks the header that echoes `with:`. secretLeaks still
      // reads the raw stdout/stderr, where nothing is masked, so anything the action printed itself is caught.
      secrets: [secret],
    },
  );
  const samples = await sampler.stop();
  expect(result.exitCode, result.main.stdout.slice(-3000)).toBe(0);
  expect(result.post?.exitCode).toBe(0);

  const passwords = worlds.aws.ecr.issuedTokens().map((t) => t.password);
  expect(passwords.length).toBeGreaterThan(0);
  const values = [secret, ...passwords];
  expect(secretLeaks(result, values)).toEqual([]);

  // The sampler did see the builder's processes (so a leak there would have been caught).
  const builders = samples.filter((s) => s.cmdline.startsWith('buildah '));
  expect(builders.some((s) => s.cmdline.includes(' login '))).toBe(true);
  expect(builders.some((s) => s.cmdline.includes(' bud '))).toBe(true);
  for (const s of samples) {
    for (const v of values) {
      expect(s.cmdline, `argv of ${s.pid}`).not.toContain(v);
      if (s.cmdline.startsWith('buildah ')) expect(s.environ, `environment of ${s.cmdline}`).not.toContain(v);
    }
  }
  const buildahEnv = builders[0]?.environ ?? '';
  expect(buildahEnv).not.toMatch(/^INPUT_|^AWS_SECRET_ACCESS_KEY=/m);

  // The image: the secret file is not in any layer, and the RUN saw the value.
  const client = worlds.aws.ecr.client();
  const view = await client.image(repository, result.outputs['image-digest'] as string);
  const contents: string[] = [JSON.stringify(view.config)];
  for (const layer of view.manifest.json.layers ?? []) contents.push(gunzipSync(await client.blob(repository, layer.digest)).toString('latin1'));
  for (const text of contents) for (const v of values) expect(text).not.toContain(v);
  expect(contents.join('\n')).toContain(`secret of ${secret.length} characters`);

  // The post step removed the auth file and the secret files with their folder.
  expect(readdirSync(result.paths.runnerTemp).filter((name) => name.startsWith('build-push-ecr-'))).toEqual([]);
  expect(result.post?.stdout).toContain('Removed the registry credentials');
});

test('a RUN that prints workflow commands cannot set outputs or masks', async () => {
  const ws = workspace({}, ['FROM localhost/mini-sh', 'RUN echo "::set-output name=image-digest::sha256:forged" && echo "::error::forged"', ''].join('\n'));
  const result = await runBuildah(worlds, { repository: newRepository() }, { workspace: ws });
  expect(result.exitCode, result.main.stdout.slice(-3000)).toBe(0);
  expect(result.outputs['image-digest']).toMatch(/^sha256:[0-9a-f]{64}$/);
  expect(result.errors).toEqual([]);
});
