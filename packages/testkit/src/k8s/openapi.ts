// OpenAPI v3 discovery, as far as kubectl reads it: `kubectl apply` (validation=strict, the default) asks
// whether the server validates fields itself (a `fieldValidation` query parameter on the kind's PATCH
// operation, found by x-kubernetes-group-version-kind) and only downloads schemas when it does not.
import { createHash } from 'node:crypto';
import { apiVersionOf, RESOURCE_TYPES } from './resources.js';

const GROUP_VERSIONS = ['api/v1', 'apis/apps/v1'];

function hashOf(gv: string): string {
  return createHash('sha512').update(`openapi:${gv}`).digest('hex').toUpperCase().slice(0, 128);
}

export function openApiRoot(): object {
  return { paths: Object.fromEntries(GROUP_VERSIONS.map((gv) => [gv, { serverRelativeURL: `/openapi/v3/${gv}?hash=${hashOf(gv)}` }])) };
}

const QUERY = (name: string, description: string) => ({ name, in: 'query', description, schema: { type: 'string', uniqueItems: true } });

export function openApiDocument(gv: string): object | undefined {
  if (!GROUP_VERSIONS.includes(gv)) return undefined;
  const groupVersion = gv.replace(/^apis?\//, '');
  const paths: Record<string, unknown> = {};
  for (const t of RESOURCE_TYPES.filter((x) => apiVersionOf(x) === groupVersion)) {
    const gvk = { group: t.group, version: t.version, kind: t.kind };
    const base = `/${gv}${t.namespaced ? '/namespaces/{namespace}' : ''}/${t.resource}/{name}`;
    const ok = { '200': { description: 'OK', content: { 'application/json': { schema: { $ref: `#/components/schemas/${t.kind}` } } } } };
    paths[base] = {
      get: { operationId: `read${t.kind}`, 'x-kubernetes-action': 'get', 'x-kubernetes-group-version-kind': gvk, responses: ok },
      put: {
        operationId: `replace${t.kind}`,
        'x-kubernetes-action': 'put',
        'x-kubernetes-group-version-kind': gvk,
        parameters: [QUERY('dryRun', 'dry run'), QUERY('fieldManager', 'field manager'), QUERY('fieldValidation', 'field validation')],
        responses: ok,
      },
      patch: {
        operationId: `patch${t.kind}`,
        'x-kubernetes-action': 'patch',
        'x-kubernetes-group-version-kind': gvk,
        parameters: [
          QUERY('dryRun', 'dry run'),
          QUERY('fieldManager', 'field manager'),
          QUERY('fieldValidation', 'field validation'),
          { name: 'force', in: 'query', schema: { type: 'boolean', uniqueItems: true } },
        ],
        responses: ok,
      },
    };
  }
  const schemas = Object.fromEntries(
    RESOURCE_TYPES.filter((x) => apiVersionOf(x) === groupVersion).map((t) => [
      t.kind,
      {
        type: 'object',
        'x-kubernetes-group-version-kind': [{ group: t.group, version: t.version, kind: t.kind }],
        properties: {
          apiVersion: { type: 'string' },
          kind: { type: 'string' },
          metadata: { type: 'object' },
          spec: { type: 'object' },
          status: { type: 'object' },
        },
      },
    ]),
  );
  return { openapi: '3.0.0', info: { title: 'Kubernetes', version: 'v1.32.9' }, paths, components: { schemas } };
}
