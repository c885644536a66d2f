// API server defaulting (SetDefaults_* of the served kinds): applied to every write, as the real API server
// does when it decodes a request. kubectl compares templates that went through it (rollout undo skips a
// rollback when the stored ReplicaSet's template equals the Deployment's), so the defaults must be the same.
import { randomInt } from 'node:crypto';
import { isRecord, type Container, type Deployment, type K8sObject, type PodTemplateSpec, type ReplicaSet, type Service } from './types.js';

function defaultContainer(c: Container): void {
  if (c.image !== undefined && c.imagePullPolicy === undefined) {
    const tagged = /:[^/@]+$/.test(c.image.split('@')[0]!);
    const latest = !c.image.includes('@') && (!tagged || c.image.endsWith(':latest'));
    c.imagePullPolicy = latest ? 'Always' : 'IfNotPresent';
  }
  c.terminationMessagePath ??= '/dev/termination-log';
  c.terminationMessagePolicy ??= 'File';
  c.resources ??= {};
  for (const p of c.ports ?? []) p.protocol ??= 'TCP';
  for (const probe of ['livenessProbe', 'readinessProbe', 'startupProbe'] as const) {
    const pr = c[probe];
    if (isRecord(pr)) {
      pr.timeoutSeconds ??= 1;
      pr.periodSeconds ??= 10;
      pr.successThreshold ??= 1;
      pr.failureThreshold ??= 3;
      if (isRecord(pr.httpGet)) pr.httpGet.scheme ??= 'HTTP';
    }
  }
}

export function defaultPodSpec(spec: PodTemplateSpec['spec'] | undefined): void {
  if (!spec) return;
  spec.restartPolicy ??= 'Always';
  spec.terminationGracePeriodSeconds ??= 30;
  spec.dnsPolicy ??= 'ClusterFirst';
  spec.securityContext ??= {};
  spec.schedulerName ??= 'default-scheduler';
  for (const c of spec.containers ?? []) defaultContainer(c);
  for (const c of spec.initContainers ?? []) defaultContainer(c);
}

function defaultTemplate(template: PodTemplateSpec | undefined): void {
  if (!template) return;
  template.metadata ??= {};
  if (template.metadata.creationTimestamp === undefined) template.metadata.creationTimestamp = null;
  defaultPodSpec(template.spec);
}

export function applyDefaults(obj: K8sObject): void {
  switch (obj.kind) {
    case 'Deployment': {
      const d = obj as Deployment;
      if (!isRecord(d.spec)) return;
      d.spec.replicas ??= 1;
      d.spec.strategy ??= {};
      d.spec.strategy.type ??= 'RollingUpdate';
      if (d.spec.strategy.type === 'RollingUpdate') {
        d.spec.strategy.rollingUpdate ??= {};
        d.spec.strategy.rollingUpdate.maxUnavailable ??= '25%';
        d.spec.strategy.rollingUpdate.maxSurge ??= '25%';
      }
      d.spec.revisionHistoryLimit ??= 10;
      d.spec.progressDeadlineSeconds ??= 600;
      defaultTemplate(d.spec.template);
      return;
    }
    case 'ReplicaSet': {
      const rs = obj as ReplicaSet;
      if (!isRecord(rs.spec)) return;
      rs.spec.replicas ??= 1;
      defaultTemplate(rs.spec.template);
      return;
    }
    case 'Pod': {
      const spec = obj.spec as PodTemplateSpec['spec'] | undefined;
      if (isRecord(spec)) {
        defaultPodSpec(spec);
        spec.enableServiceLinks ??= true;
        spec.priority ??= 0;
      }
      return;
    }
    case 'Service': {
      const s = obj as Service;
      if (!isRecord(s.spec)) return;
      s.spec.type ??= 'ClusterIP';
      s.spec.sessionAffinity ??= 'None';
      s.spec.clusterIP ??= `10.100.${randomInt(0, 255)}.${randomInt(1, 254)}`;
      s.spec.clusterIPs ??= [s.spec.clusterIP as string];
      s.spec.ipFamilies ??= ['IPv4'];
      s.spec.ipFamilyPolicy ??= 'SingleStack';
      s.spec.internalTrafficPolicy ??= 'Cluster';
      for (const p of s.spec.ports ?? []) {
        p.protocol ??= 'TCP';
        p.targetPort ??= p.port;
      }
      return;
    }
  }
}
