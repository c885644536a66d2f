// Server-side printing (meta.k8s.io/v1 Table): what `kubectl get` asks for first (Accept: ...;as=Table) and
// prints as is. Columns and cells as kubernetes/pkg/printers/internalversion prints them for the served kinds.
import type { ContainerStatus, Deployment, K8sObject, Pod, ReplicaSet, Service } from './types.js';
import { selectorString } from './selectors.js';

interface Column {
  name: string;
  type: string;
  format: string;
  description: string;
  priority: number;
}

const col = (name: string, type: string, description: string, priority = 0, format = ''): Column => ({ name, type, format, description, priority });

/** duration.HumanDuration */
export function humanDuration(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  if (seconds < -1) return '<invalid>';
  if (seconds < 0) return '0s';
  if (seconds < 120) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 10) return seconds % 60 === 0 ? `${minutes}m` : `${minutes}m${seconds % 60}s`;
  if (minutes < 180) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 8) return minutes % 60 === 0 ? `${hours}h` : `${hours}h${minutes % 60}m`;
  if (hours < 48) return `${hours}h`;
  if (hours < 24 * 8) return hours % 24 === 0 ? `${Math.floor(hours / 24)}d` : `${Math.floor(hours / 24)}d${hours % 24}h`;
  if (hours < 24 * 365 * 2) return `${Math.floor(hours / 24)}d`;
  const days = Math.floor(hours / 24);
  if (hours < 24 * 365 * 8) return days % 365 === 0 ? `${Math.floor(days / 365)}y` : `${Math.floor(days / 365)}y${days % 365}d`;
  return `${Math.floor(days / 365)}y`;
}

function age(obj: K8sObject, now: number): string {
  const created = obj.metadata.creationTimestamp;
  return created ? humanDuration(now - Date.parse(created)) : '<unknown>';
}

function containersAndImages(spec: { containers?: Array<{ name: string; image?: string }> } | undefined): [string, string] {
  const cs = spec?.containers ?? [];
  return [cs.map((c) => c.name).join(','), cs.map((c) => c.image ?? '').join(',')];
}

function podStatusReason(pod: Pod): string {
  let reason: string = pod.status?.phase ?? 'Unknown';
  if (typeof pod.status?.reason === 'string') reason = pod.status.reason;
  let hasRunning = false;
  const statuses: ContainerStatus[] = pod.status?.containerStatuses ?? [];
  for (let i = statuses.length - 1; i >= 0; i--) {
    const c = statuses[i]!;
    if (c.state.waiting?.reason) reason = c.state.waiting.reason;
    else if (c.state.terminated?.reason) reason = c.state.terminated.reason;
    else if (c.state.terminated) reason = c.state.terminated.exitCode ? `ExitCode:${c.state.terminated.exitCode}` : 'Completed';
    else if (c.ready && c.state.running) hasRunning = true;
  }
  if (reason === 'Completed' && hasRunning) reason = 'Running';
  if (pod.metadata.deletionTimestamp) reason = 'Terminating';
  return reason;
}

function restarts(pod: Pod, now: number): string {
  let count = 0;
  let last = 0;
  for (const c of pod.status?.containerStatuses ?? []) {
    count += c.restartCount;
    const finished = c.lastState.terminated?.finishedAt;
    if (finished) last = Math.max(last, Date.parse(finished));
  }
  return count > 0 && last > 0 ? `${count} (${humanDuration(now - last)} ago)` : String(count);
}

interface Printer {
  columns: Column[];
  cells(obj: K8sObject, now: number): unknown[];
}

const NAME = col('Name', 'string', 'Name must be unique within a namespace.', 0, 'name');
const AGE = col('Age', 'string', 'CreationTimestamp is a timestamp representing the server time when this object was created.');

const PRINTERS: Record<string, Printer> = {
  Deployment: {
    columns: [
      NAME,
      col('Ready', 'string', 'Number of the pod with ready state'),
      col('Up-to-date', 'string', 'Total number of non-terminated pods targeted by this deployment that have the desired template spec.'),
      col('Available', 'string', 'Total number of available pods (ready for at least minReadySeconds) targeted by this deployment.'),
      AGE,
      col('Containers', 'string', 'Names of each container in the template.', 1),
      col('Images', 'string', 'Images referenced by each container in the template.', 1),
      col('Selector', 'string', 'Label selector for pods.', 1),
    ],
    cells(obj, now) {
      const d = obj as Deployment;
      const [names, images] = containersAndImages(d.spec.template.spec);
      return [
        d.metadata.name,
        `${d.status?.readyReplicas ?? 0}/${d.spec.replicas ?? 1}`,
        d.status?.updatedReplicas ?? 0,
        d.status?.availableReplicas ?? 0,
        age(d, now),
        names,
        images,
        selectorString(d.spec.selector),
      ];
    },
  },
  ReplicaSet: {
    columns: [
      NAME,
      col('Desired', 'integer', 'Number of desired pods.'),
      col('Current', 'integer', 'Number of actual replicas.'),
      col('Ready', 'integer', 'The number of ready replicas for this replica set.'),
      AGE,
      col('Containers', 'string', 'Names of each container in the template.', 1),
      col('Images', 'string', 'Images referenced by each container in the template.', 1),
      col('Selector', 'string', 'Label selector for pods.', 1),
    ],
    cells(obj, now) {
      const rs = obj as ReplicaSet;
      const [names, images] = containersAndImages(rs.spec.template.spec);
      return [
        rs.metadata.name,
        rs.spec.replicas ?? 1,
        rs.status?.replicas ?? 0,
        rs.status?.readyReplicas ?? 0,
        age(rs, now),
        names,
        images,
        selectorString(rs.spec.selector),
      ];
    },
  },
  Pod: {
    columns: [
      NAME,
      col('Ready', 'string', 'The aggregate readiness state of this pod for accepting traffic.'),
      col('Status', 'string', 'The aggregate status of the containers in this pod.'),
      col('Restarts', 'string', 'The number of times the containers in this pod have been restarted and when the last container in this pod has restarted.'),
      AGE,
      col('IP', 'string', 'IP address allocated to the pod.', 1),
      col('Node', 'string', 'Name of the node this pod is assigned to.', 1),
      col('Nominated Node', 'string', 'Name of the node this pod is nominated to run on.', 1),
      col('Readiness Gates', 'string', 'Readiness gates of the pod.', 1),
    ],
    cells(obj, now) {
      const p = obj as Pod;
      const statuses = p.status?.containerStatuses ?? [];
      const total = p.spec.containers?.length ?? 0;
      return [
        p.metadata.name,
        `${statuses.filter((c) => c.ready).length}/${total}`,
        podStatusReason(p),
        restarts(p, now),
        age(p, now),
        p.status?.podIP ?? '<none>',
        p.spec.nodeName ?? '<none>',
        '<none>',
        '<none>',
      ];
    },
  },
  Service: {
    columns: [
      NAME,
      col('Type', 'string', 'type determines how the Service is exposed.'),
      col('Cluster-IP', 'string', 'clusterIP is the IP address of the service.'),
      col('External-IP', 'string', 'List of IP addresses for which nodes in the cluster will also accept traffic for this service.'),
      col('Port(s)', 'string', 'The list of ports that are exposed by this service.'),
      AGE,
      col('Selector', 'string', 'Route service traffic to pods with label keys and values matching this selector.', 1),
    ],
    cells(obj, now) {
      const s = obj as Service;
      const ports = (s.spec.ports ?? []).map((p) => `${p.port}/${p.protocol ?? 'TCP'}`).join(',');
      const selector = Object.entries(s.spec.selector ?? {})
        .map(([k, v]) => `${k}=${v}`)
        .join(',');
      return [s.metadata.name, s.spec.type ?? 'ClusterIP', s.spec.clusterIP ?? '<none>', '<none>', ports || '<none>', age(s, now), selector || '<none>'];
    },
  },
  Namespace: {
    columns: [NAME, col('Status', 'string', 'The status of the namespace'), AGE],
    cells: (obj, now) => [obj.metadata.name, (obj.status as { phase?: string } | undefined)?.phase ?? 'Active', age(obj, now)],
  },
  Event: {
    columns: [
      col('Last Seen', 'string', 'Time when this Event was last seen'),
      col('Type', 'string', 'Type of this event (Normal, Warning), new types could be added in the future.'),
      col('Reason', 'string', 'Reason why this event was generated.'),
      col('Object', 'string', 'The object that this event is about.'),
      col('Message', 'string', 'A human-readable description of the status of this operation.'),
    ],
    cells(obj, now) {
      const e = obj as K8sObject & {
        lastTimestamp?: string;
        type?: string;
        reason?: string;
        message?: string;
        involvedObject?: { kind?: string; name?: string };
      };
      const last = e.lastTimestamp ? humanDuration(now - Date.parse(e.lastTimestamp)) : '<unknown>';
      return [last, e.type ?? '', e.reason ?? '', `${(e.involvedObject?.kind ?? '').toLowerCase()}/${e.involvedObject?.name ?? ''}`, (e.message ?? '').trim()];
    },
  },
};

/** Whether the client asked for a Table (kubectl get does; client libraries do not). */
export function wantsTable(accept: string | undefined): boolean {
  return /as=Table/.test(accept ?? '');
}

export function toTable(kind: string, objects: K8sObject[], now: number, resourceVersion: string): object | undefined {
  const printer = PRINTERS[kind];
  if (!printer) return undefined;
  return {
    kind: 'Table',
    apiVersion: 'meta.k8s.io/v1',
    metadata: { resourceVersion },
    columnDefinitions: printer.columns,
    rows: objects.map((o) => ({
      cells: printer.cells(o, now),
      object: { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: o.metadata },
    })),
  };
}
