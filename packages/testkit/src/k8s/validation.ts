// The validation the API server applies to the served kinds (a subset of pkg/apis/*/validation): enough that
// a malformed manifest or patch is refused with the real 422 wording instead of being stored.
import { invalid, type ApiStatusError } from './api-errors.js';
import type { ResourceType } from './resources.js';
import { matchesLabelSelector } from './selectors.js';
import { isRecord, type Container, type Deployment, type K8sObject, type PodTemplateSpec } from './types.js';

type Cause = { field: string; message: string; reason?: string };

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

function containers(list: unknown, field: string, causes: Cause[]): void {
  if (!Array.isArray(list) || list.length === 0) {
    causes.push({ field, message: 'Required value', reason: 'FieldValueRequired' });
    return;
  }
  const names = new Set<string>();
  list.forEach((c: Container, i) => {
    if (!isRecord(c)) return;
    if (!c.name) causes.push({ field: `${field}[${i}].name`, message: 'Required value', reason: 'FieldValueRequired' });
    else if (!DNS1123_LABEL.test(c.name))
      causes.push({
        field: `${field}[${i}].name`,
        message: `Invalid value: "${c.name}": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')`,
      });
    else if (names.has(c.name)) causes.push({ field: `${field}[${i}].name`, message: `Duplicate value: "${c.name}"`, reason: 'FieldValueDuplicate' });
    names.add(c.name ?? '');
    if (!c.image || !String(c.image).trim()) causes.push({ field: `${field}[${i}].image`, message: 'Required value', reason: 'FieldValueRequired' });
  });
}

function template(t: PodTemplateSpec | undefined, field: string, causes: Cause[]): void {
  if (!isRecord(t) || !isRecord(t.spec)) {
    causes.push({ field: `${field}.spec.containers`, message: 'Required value', reason: 'FieldValueRequired' });
    return;
  }
  containers(t.spec.containers, `${field}.spec.containers`, causes);
}

function intOrPercent(v: unknown, field: string, causes: Cause[]): number | undefined {
  if (v === undefined) return undefined;
  if (typeof v === 'number') {
    if (v < 0) causes.push({ field, message: `Invalid value: ${v}: must be greater than or equal to 0` });
    return v;
  }
  const m = /^(\d+)%$/.exec(String(v));
  if (!m) {
    causes.push({
      field,
      message: `Invalid value: "${String(v)}": a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')`,
    });
    return undefined;
  }
  if (Number(m[1]) > 100 && field.endsWith('maxUnavailable')) causes.push({ field, message: `Invalid value: "${String(v)}": must not be greater than 100%` });
  return Number(m[1]);
}

export function validate(type: ResourceType, obj: K8sObject): ApiStatusError | undefined {
  const causes: Cause[] = [];
  const name = obj.metadata?.name ?? '';
  if (!name && !obj.metadata?.generateName)
    causes.push({ field: 'metadata.name', message: 'Required value: name or generateName is required', reason: 'FieldValueRequired' });
  else if (name && !DNS1123_SUBDOMAIN.test(name))
    causes.push({
      field: 'metadata.name',
      message: `Invalid value: "${name}": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')`,
    });
  if (type.kind === 'Deployment' || type.kind === 'ReplicaSet') {
    const d = obj as Deployment;
    const spec = isRecord(d.spec) ? d.spec : undefined;
    if (!spec) causes.push({ field: 'spec', message: 'Required value', reason: 'FieldValueRequired' });
    else {
      const selector = spec.selector as Deployment['spec']['selector'] | undefined;
      if (
        !selector ||
        typeof selector !== 'object' ||
        (Object.keys(selector.matchLabels ?? {}).length === 0 && (selector.matchExpressions?.length ?? 0) === 0)
      ) {
        causes.push({ field: 'spec.selector', message: 'Required value', reason: 'FieldValueRequired' });
      } else if (!matchesLabelSelector(selector, spec.template?.metadata?.labels)) {
        causes.push({
          field: 'spec.template.metadata.labels',
          message: `Invalid value: ${JSON.stringify(spec.template?.metadata?.labels ?? {})}: \`selector\` does not match template \`labels\``,
        });
      }
      if (spec.replicas !== undefined && !(Number.isInteger(spec.replicas) && spec.replicas >= 0)) {
        causes.push({ field: 'spec.replicas', message: `Invalid value: ${spec.replicas}: must be greater than or equal to 0` });
      }
      template(spec.template, 'spec.template', causes);
      if (type.kind === 'Deployment') {
        const ru = spec.strategy?.rollingUpdate;
        if (spec.strategy?.type === 'Recreate' && ru) {
          causes.push({
            field: 'spec.strategy.rollingUpdate',
            message: "Forbidden: may not be specified when strategy `type` is 'Recreate'",
            reason: 'FieldValueForbidden',
          });
        }
        const surge = intOrPercent(ru?.maxSurge, 'spec.strategy.rollingUpdate.maxSurge', causes);
        const unavailable = intOrPercent(ru?.maxUnavailable, 'spec.strategy.rollingUpdate.maxUnavailable', causes);
        if (surge === 0 && unavailable === 0) {
          causes.push({ field: 'spec.strategy.rollingUpdate.maxUnavailable', message: 'Invalid value: 0: may not be 0 when `maxSurge` is 0' });
        }
        if (spec.progressDeadlineSeconds !== undefined && spec.progressDeadlineSeconds <= (spec.minReadySeconds ?? 0)) {
          causes.push({
            field: 'spec.progressDeadlineSeconds',
            message: `Invalid value: ${spec.progressDeadlineSeconds}: must be greater than minReadySeconds`,
          });
        }
      }
    }
  }
  if (type.kind === 'Pod') containers((obj.spec as PodTemplateSpec['spec'] | undefined)?.containers, 'spec.containers', causes);
  return causes.length > 0 ? invalid(type, name, causes) : undefined;
}
