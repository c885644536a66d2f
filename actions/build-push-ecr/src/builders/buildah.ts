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
  const unpushedDigestFile = (plan: BuildPlan) => path.join(plan.workDir, 'digest-unpushed');
  const local = (plan: BuildPlan) => `${plan.imageRepo}:${plan.tags[0]}`;
  const pushFormat = (plan: BuildPlan) => ['--format', plan.mediaTypes === 'docker' ? 'v2s2' : 'oci'];
  const bud = (plan: BuildPlan): CommandLine => {
    const args: string[] = ['bud', '--authfile', authFile, '--file', plan.dockerfile, '--format', plan.mediaTypes === 'docker' ? 'docker' : 'oci'];
    args.push(plan.cache ? '--layers' : '--layers=false');
    for (const [name, value] of plan.buildArgs) args.push('--build-arg', `${name}=${value}`);
    for (const { id, file } of plan.secretFiles) args.push('--secret', `id=${id},src=${file}`);
    if (plan.target) args.push('--target', plan.target);
    if (plan.platform) args.push('--platform', plan.platform);
    for (const [name, value] of plan.labels) args.push('--label', `${name}=${value}`);
    args.push(...tls(plan.insecure), '--tag', local(plan), plan.contextDir);
    return { command: 'buildah', args, env };
  };
  return {
    authEnv: () => env,
    login: (host, username, password, insecure): CommandLine => ({
      command: 'buildah',
      args: ['login', '--authfile', authFile, '--username', username, '--password-stdin', ...tls(insecure), host],
      env,
      stdin: password,
    }),
    buildAndPush(plan) {
      const pushes = plan.tags.map(
        (tag, i): CommandLine => ({
          command: 'buildah',
          args: [
            'push',
            '--authfile',
            authFile,
            ...pushFormat(plan),
            '--digestfile',
            digestFile(plan, i),
            ...tls(plan.insecure),
            local(plan),
            `docker://${plan.imageRepo}:${tag}`,
          ],
          env,
        }),
      );
      return [bud(plan), ...pushes];
    },
    buildWithoutPush(plan) {
      // A push to a local `dir:` with the same format writes the manifest a registry push would get (same layer
      // compression), so its digest is the one the registry would have answered; nothing leaves the runner.
      const target = `dir:${path.join(plan.workDir, 'unpushed')}`;
      return [bud(plan), { command: 'buildah', args: ['push', ...pushFormat(plan), '--digestfile', unpushedDigestFile(plan), local(plan), target], env }];
    },
    unpushedDigestFrom(plan, readFile) {
      return readFile(unpushedDigestFile(plan)).trim();
    },
    digestFrom(plan, readFile) {
      return readFile(digestFile(plan, 0)).trim();
    },
    logout: (hosts) => hosts.map((host) => ({ command: 'buildah', args: ['logout', '--authfile', authFile, host], env })),
  };
}
