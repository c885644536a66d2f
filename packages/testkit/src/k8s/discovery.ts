// Discovery documents (legacy, unaggregated form): what kubectl and client libraries read to map kinds and short
// names to URLs. A client asking for the aggregated form (apidiscovery.k8s.io/v2) gets these and falls back,
// as against an API server that predates aggregated discovery.
import { apiVersionOf, RESOURCE_TYPES, type ResourceType } from './resources.js';

export function versionInfo(minor: string, gitVersion: string): object {
  return {
    major: '1',
    minor,
    emulationMajor: '1',
    emulationMinor: minor,
    minCompatibilityMajor: '1',
    minCompatibilityMinor: String(Number(minor) - 1),
    gitVersion,
    gitCommit: '4d0e5b7c2ab6d3a1f8a0e4c1b9d2f3a4b5c6d7e8',
    gitTreeState: 'clean',
    buildDate: '2026-10-01T00:00:00Z',
    goVersion: 'go1.24.9',
    compiler: 'gc',
    platform: 'linux/amd64',
  };
}

export function apiVersions(serverAddress: string): object {
  return { kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress }] };
}

export function apiGroupList(): object {
  return {
    kind: 'APIGroupList',
    apiVersion: 'v1',
    groups: [{ name: 'apps', versions: [{ groupVersion: 'apps/v1', version: 'v1' }], preferredVersion: { groupVersion: 'apps/v1', version: 'v1' } }],
  };
}

export function apiGroup(name: string): object | undefined {
  if (name !== 'apps') return undefined;
  return {
    kind: 'APIGroup',
    apiVersion: 'v1',
    name: 'apps',
    versions: [{ groupVersion: 'apps/v1', version: 'v1' }],
    preferredVersion: { groupVersion: 'apps/v1', version: 'v1' },
  };
}

function entries(t: ResourceType): object[] {
  return [
    {
      name: t.resource,
      singularName: t.singular,
      namespaced: t.namespaced,
      kind: t.kind,
      verbs: t.verbs,
      ...(t.shortNames ? { shortNames: t.shortNames } : {}),
      ...(t.categories ? { categories: t.categories } : {}),
      storageVersionHash: Buffer.from(`${apiVersionOf(t)}/${t.kind}`)
        .toString('base64')
        .slice(0, 11),
    },
    ...t.subresources.map((s) => ({
      name: `${t.resource}/${s.name}`,
      singularName: '',
      namespaced: t.namespaced,
      ...(s.kind === 'Scale' ? { group: 'autoscaling', version: 'v1' } : {}),
      kind: s.kind,
      verbs: s.verbs,
    })),
  ];
}

export function apiResourceList(groupVersion: string): object | undefined {
  const types = RESOURCE_TYPES.filter((t) => apiVersionOf(t) === groupVersion);
  if (types.length === 0) return undefined;
  return { kind: 'APIResourceList', apiVersion: 'v1', groupVersion, resources: types.flatMap(entries) };
}
