import { AwsSession } from '@mlops-actions/shared/aws';
import { describeEksCluster, eksClusterAccess } from '@mlops-actions/shared/aws/eks';
import * as core from '@mlops-actions/shared/core';
import type { Kube, KubeConfig } from '@mlops-actions/shared/k8s';
import { ActionError, errorMessage } from '@mlops-actions/shared/runtime';
import type { Access } from './context.js';

export interface Connection {
  kube: Kube;
  /** For messages: `EKS cluster prod (eu-west-1)` or `the kubeconfig's cluster https://...`. */
  label: string;
  close(): void;
}

/** A Kubernetes client for the cluster: EKS (DescribeCluster + a token) or a kubeconfig. */
export async function connect(access: Access, signal: AbortSignal): Promise<Connection> {
  // The Kubernetes client (client-node: most of the bundle) loads while DescribeCluster is on its way, not before
  // the step's first request. The rejection is handled here too, so it cannot go unhandled if DescribeCluster fails.
  const client = import('./kube-client.js');
  client.catch(() => undefined);
  if (access.kind === 'kubeconfig') return connectWithKubeconfig(access.text, await client);
  const session = await AwsSession.open(access.session);
  try {
    const cluster = await describeEksCluster(session, access.clusterName, signal);
    core.info(`EKS cluster ${cluster.name}${cluster.version ? ` (Kubernetes ${cluster.version})` : ''}: ${cluster.endpoint}`);
    const clusterAccess = eksClusterAccess(session, cluster);
    const { Kube, kubeConfigFor } = await client;
    return {
      kube: new Kube(kubeConfigFor(clusterAccess), clusterAccess),
      label: `EKS cluster ${cluster.name} (${session.region})`,
      close: () => session.close(),
    };
  } catch (error) {
    session.close();
    throw error;
  }
}

function connectWithKubeconfig(text: string, { Kube, kubeConfigFromText }: typeof import('./kube-client.js')): Connection {
  let config: KubeConfig;
  try {
    config = kubeConfigFromText(text);
  } catch (error) {
    throw new ActionError(`Input 'kubeconfig' is not a usable kubeconfig: ${errorMessage(error)}.`, {
      hint: 'Give the kubeconfig YAML itself (e.g. from a secret), with a current-context whose cluster and user are defined.',
    });
  }
  // The whole text is masked already, but the runner masks a multi-line value line by line: the credentials of
  // the current user are masked on their own, so a token seen alone (a header, an error) is hidden too.
  const user = config.getCurrentUser();
  for (const secret of [user?.token, user?.password, user?.keyData]) if (secret) core.setSecret(secret);
  const server = config.getCurrentCluster()?.server ?? '';
  return { kube: new Kube(config), label: `cluster ${server}`, close: () => {} };
}
