import * as path from 'node:path';
import type { BuildPlan, BuilderCommands, CommandLine } from './types.js';

/**
 * docker buildx (GitHub-hosted runners, after docker/setup-buildx-action). One single-platform manifest with
 * Docker media types (`oci-mediatypes=false`), provenance and SBOM off: SageMaker and Lambda reject image
 * indexes and OCI manifests. The registry cache lives in <repository>:cache with `image-manifest=true,
 * oci-mediatypes=true`, the only form ECR accepts. DOCKER_CONFIG points at the run's folder in RUNNER_TEMP.
 */
export function dockerCommands(workDir: string): BuilderCommands {
  const env = { DOCKER_CONFIG: path.join(workDir, 'docker-config') };
  const metadataFile = (plan: BuildPlan) => path.join(plan.workDir, 'metadata.json');
  const buildx = (plan: BuildPlan, push: boolean): string[] => {
    const args = ['buildx', 'build', '--file', plan.dockerfile];
    for (const tag of plan.tags) args.push('--tag', `${plan.imageRepo}:${tag}`);
    for (const [name, value] of plan.buildArgs) args.push('--build-arg', `${name}=${value}`);
    for (const { id, file } of plan.secretFiles) args.push('--secret', `id=${id},src=${file}`);
    if (plan.target) args.push('--target', plan.target);
    if (plan.platform) args.push('--platform', plan.platform);
    for (const [name, value] of plan.labels) args.push('--label', `${name}=${value}`);
    args.push(`--provenance=${plan.attestations ? 'mode=max' : 'false'}`, `--sbom=${plan.attestations}`);
    const insecure = plan.insecure ? ',registry.insecure=true' : '';
    args.push('--output', `type=image,push=${push},oci-mediatypes=${plan.mediaTypes === 'oci'}${insecure}`);
    if (plan.cache) {
      const ref = `${plan.imageRepo}:cache`;
      args.push('--cache-from', `type=registry,ref=${ref}${insecure}`);
      // Only a build that pushes writes the cache: one that must not push leaves the registry as it is.
      if (push) args.push('--cache-to', `type=registry,ref=${ref},mode=max,image-manifest=true,oci-mediatypes=true${insecure}`);
    }
    args.push('--metadata-file', metadataFile(plan), plan.contextDir);
    return args;
  };
  const digestFrom = (plan: BuildPlan, readFile: (file: string) => string): string => {
    const metadata = JSON.parse(readFile(metadataFile(plan))) as Record<string, unknown>;
    const digest = metadata['containerimage.digest'];
    if (typeof digest !== 'string') throw new Error(`docker buildx wrote no containerimage.digest into ${metadataFile(plan)}`);
    return digest;
  };
  return {
    authEnv: () => env,
    login: (host, username, password): CommandLine => ({
      command: 'docker',
      args: ['login', '--username', username, '--password-stdin', host],
      env,
      stdin: password,
    }),
    buildAndPush(plan) {
      return [{ command: 'docker', args: buildx(plan, true), env }];
    },
    buildWithoutPush(plan) {
      // push=false: the image stays in the builder; the metadata file still has the manifest digest.
      return [{ command: 'docker', args: buildx(plan, false), env }];
    },
    unpushedDigestFrom: digestFrom,
    digestFrom,
    logout: (hosts) => hosts.map((host) => ({ command: 'docker', args: ['logout', host], env })),
  };
}
