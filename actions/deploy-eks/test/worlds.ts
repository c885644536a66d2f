// Shared setup for deploy-eks's tests: the AWS world (moto: EKS DescribeCluster, STS) and the Kubernetes world
// (an HTTPS API server that checks EKS tokens against the AWS world's STS and runs the Deployment controller and
// a node), Deployments made through the world, and runs of the BUNDLED action the way the runner runs it.
import { execFile } from 'node:child_process';
import {
  actionDir,
  runAction,
  startAwsWorld,
  startK8sWorld,
  type AwsWorld,
  type AwsWorldOptions,
  type K8sWorld,
  type K8sWorldOptions,
  type RunActionOptions,
  type RunResult,
} from '@mlops-actions/testkit';

export const ACTION_DIR = actionDir('deploy-eks');
export const CLUSTER = 'ml-staging';
export const REGISTRY = '123456789012.dkr.ecr.us-east-1.amazonaws.com';
export const GOOD_V1 = `${REGISTRY}/churn-model:v1`;
export const GOOD_V2 = `${REGISTRY}/churn-model:v2`;
export const BAD_PULL = `${REGISTRY}/churn-model:does-not-exist`;
export const CRASHING = `${REGISTRY}/churn-model:crashes`;

export interface Worlds {
  aws: AwsWorld;
  k8s: K8sWorld;
  close(): Promise<void>;
}

export async function startWorlds(options: { aws?: AwsWorldOptions; k8s?: Omit<K8sWorldOptions, 'aws'> } = {}): Promise<Worlds> {
  const aws = await startAwsWorld(options.aws ?? {});
  const k8s = await startK8sWorld({ clusterName: CLUSTER, ...options.k8s, aws });
  await k8s.registerInAws(aws);
  k8s.images.set(GOOD_V1, { behaviour: { kind: 'ready', afterSeconds: 1 }, http: { status: 200, body: { status: 'ok', model: 'v1' } } });
  k8s.images.set(GOOD_V2, { behaviour: { kind: 'ready', afterSeconds: 1 }, http: { status: 200, body: { status: 'ok', model: 'v2' } } });
  k8s.images.set(BAD_PULL, { behaviour: { kind: 'err-image-pull', message: `failed to pull and unpack image "${BAD_PULL}": not found` } });
  k8s.images.set(CRASHING, {
    behaviour: { kind: 'crash-loop', runSeconds: 0, exitCode: 3 },
    logs: ['loading model from /opt/ml/model', 'Traceback (most recent call last):', "KeyError: 'MODEL_BUCKET'"],
  });
  return { aws, k8s, close: async () => void (await Promise.all([k8s.close(), aws.close()])) };
}

let counter = 0;
export function uniqueName(prefix = 'churn'): string {
  counter += 1;
  return `${prefix}-${counter}`;
}

/** A Deployment running `image` (revision 1), settled until all its pods are available. */
export async function newDeployment(
  worlds: Worlds,
  options: {
    name?: string;
    image?: string;
    replicas?: number;
    namespace?: string;
    progressDeadlineSeconds?: number;
    paused?: boolean;
    containers?: string[];
  } = {},
): Promise<{ name: string; namespace: string }> {
  const name = options.name ?? uniqueName();
  const namespace = options.namespace ?? 'default';
  const containers = (options.containers ?? ['server']).map((c) => ({ name: c, image: options.image ?? GOOD_V1, ports: [{ containerPort: 8080 }] }));
  worlds.k8s.apply({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace },
    spec: {
      replicas: options.replicas ?? 2,
      ...(options.progressDeadlineSeconds ? { progressDeadlineSeconds: options.progressDeadlineSeconds } : {}),
      selector: { matchLabels: { app: name } },
      template: { metadata: { labels: { app: name } }, spec: { containers } },
    },
  });
  worlds.k8s.apply({
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, namespace },
    spec: { selector: { app: name }, ports: [{ port: 8080, targetPort: 8080 }] },
  });
  await settled(worlds, namespace, name);
  if (options.paused) {
    const d = worlds.k8s.get('deployments', namespace, name) as { spec: { paused?: boolean } };
    worlds.k8s.apply({ ...(d as object), spec: { ...d.spec, paused: true } } as never);
  }
  return { name, namespace };
}

type DeploymentView = {
  metadata: { generation?: number; annotations?: Record<string, string> };
  spec: { replicas?: number; template: { spec: { containers: Array<{ name: string; image: string }> } } };
  status?: { observedGeneration?: number; replicas?: number; updatedReplicas?: number; availableReplicas?: number };
};

export function deploymentOf(worlds: Worlds, namespace: string, name: string): DeploymentView {
  return worlds.k8s.get('deployments', namespace, name) as unknown as DeploymentView;
}

/** Every replica updated and available, nothing old left (kubectl's rule), without timers: waits on the world's clock ticks. */
export async function settled(worlds: Worlds, namespace: string, name: string, timeoutMs = 30_000): Promise<void> {
  const start = Date.now();
  for (;;) {
    worlds.k8s.settle();
    const d = deploymentOf(worlds, namespace, name);
    const s = d?.status;
    const want = d?.spec.replicas ?? 1;
    if (s && (s.observedGeneration ?? 0) >= (d.metadata.generation ?? 0) && s.updatedReplicas === want && s.availableReplicas === want && s.replicas === want)
      return;
    if (Date.now() - start > timeoutMs) throw new Error(`deployment ${name} did not settle: ${JSON.stringify(s)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function imagesOf(worlds: Worlds, namespace: string, name: string): string[] {
  return deploymentOf(worlds, namespace, name).spec.template.spec.containers.map((c) => c.image);
}

/**
 * The real kubectl against the world (kubeconfig with a static token, mode 0600 temp file). Asynchronous: the world
 * runs in this process, so a synchronous spawn would block the server kubectl talks to.
 */
export function kubectl(worlds: Worlds, args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const config = worlds.k8s.writeKubeconfig({ token: worlds.k8s.staticToken('kubectl-checker') });
  return new Promise((resolve) => {
    execFile('kubectl', ['--kubeconfig', config, ...args], { encoding: 'utf8', timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ status: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

export interface StepOptions extends Partial<Omit<RunActionOptions, 'actionDir' | 'inputs'>> {
  actionDir?: string;
}

/** Runs the bundled action with the static AWS keys (what configure-aws-credentials leaves) and cluster-name. */
export function runStep(worlds: Worlds, inputs: Record<string, string>, options: StepOptions = {}): Promise<RunResult> {
  const { env, actionDir: dir, ...rest } = options;
  return runAction({
    actionDir: dir ?? ACTION_DIR,
    inputs: { 'cluster-name': CLUSTER, ...inputs },
    env: { ...worlds.aws.env(), ...worlds.aws.staticCredentials(), ...env },
    timeoutMs: 120_000,
    ...rest,
  });
}

/** The requests the action made to the API server (kubectl's and the harness's excluded). */
export function apiCalls(worlds: Worlds, since = 0): K8sWorld['requests'] {
  return worlds.k8s.requests.slice(since).filter((r) => r.user !== 'kubectl-checker');
}
