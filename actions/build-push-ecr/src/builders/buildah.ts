import * as path from 'node:path';
import type { BuildPlan, BuilderCommands, CommandLine } from './types.js';

/**
 * buildah: daemonless (Kubernetes-hosted runners). `bud --format docker` gives Docker v2 schema 2 media types
 * and `push --format v2s2` keeps them; `--layers` is the layer cache; the pushed manifest's digest comes from
 * `--digestfile`. The auth file lives in the run's folder in RUNNER_TEMP (REGISTRY_AUTH_FILE and --authfile).
 */
export function buildahCommands(workDir: string): BuilderCommands {
  const authFile = path.join(workDir, 'auth.json');
  const env = { REGISTRY_AUTH_FILE: authFile };
  const tls = (insecure: boolean): string[] => (insecure ? ['--tls-verify=false'] : []);
  const digestFile = (plan: BuildPlan, i: number) => path.join(plan.workDir, `digest-${i}`);
  return {
    authEnv: () => env,
    login: (host, username, password, insecure): CommandLine => ({
      command: 'buildah',
      args: ['login', '--authfile', authFile, '--username', username, '--password-stdin', ...tls(insecure), host],
      env,
      stdin: password,
    }),
    buildAndPush(plan) {
      const local = `${plan.imageRepo}:${plan.tags[0]}`;
      const bud: string[] = ['bud', '--authfile', authFile, '--file', plan.dockerfile, '--format', plan.mediaTypes === 'docker' ? 'docker' : 'oci'];
      bud.push(plan.cache ? '--layers' : '--layers=false');
      for (const [name, value] of plan.buildArgs) bud.push('--build-arg', `${name}=${value}`);
      for (const { id, file } of plan.secretFiles) bud.push('--secret', `id=${id},src=${file}`);
      if (plan.target) bud.push('--target', plan.target);
      if (plan.platform) bud.push('--platform', plan.platform);
      for (const [name, value] of plan.labels) bud.push('--label', `${name}=${value}`);
      bud.push(...tls(plan.insecure), '--tag', local, plan.contextDir);
      const pushes = plan.tags.map(
        (tag, i): CommandLine => ({
          command: 'buildah',
          args: [
            'push',
            '--authfile',
            authFile,
            '--format',
            plan.mediaTypes === 'docker' ? 'v2s2' : 'oci',
            '--digestfile',
            digestFile(plan, i),
            ...tls(plan.insecure),
            local,
            `docker://${plan.imageRepo}:${tag}`,
          ],
          env,
        }),
      );
      return [{ command: 'buildah', args: bud, env }, ...pushes];
    },
    digestFrom(plan, readFile) {
      return readFile(digestFile(plan, 0)).trim();
    },
    logout: (hosts) => hosts.map((host) => ({ command: 'buildah', args: ['logout', '--authfile', authFile, host], env })),
  };
}
