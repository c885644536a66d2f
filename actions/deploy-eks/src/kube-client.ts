// The Kubernetes client, loaded on demand by connect.ts (a chunk of its own: client-node is most of the bundle).
export { Kube, kubeConfigFor, kubeConfigFromText } from '@mlops-actions/shared/k8s';
