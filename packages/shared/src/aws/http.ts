import type * as http from 'node:http';
import type * as https from 'node:https';
import { NodeHttpHandler } from '@smithy/node-http-handler';

type ProxySupport = typeof import('./proxy-agent.js');
let proxySupport: ProxySupport | undefined;

/**
 * Loads the per-host proxy agent (./proxy-agent.ts) when the environment names a proxy, so that a run without
 * one never loads agent-base, the proxy agents and debug. Awaited before any agent or handler is made.
 */
export async function loadProxySupport(): Promise<void> {
  if (proxyConfigured() && !proxySupport) proxySupport = await import('./proxy-agent.js');
}

function loadedProxySupport(): ProxySupport {
  if (!proxySupport) throw new Error('the proxy agent was not loaded: await loadProxySupport() first');
  return proxySupport;
}

/** True when the environment names a proxy; without one the SDK's own handler is used unchanged. */
export function proxyConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.HTTPS_PROXY || env.https_proxy || env.HTTP_PROXY || env.http_proxy || env.ALL_PROXY || env.all_proxy);
}

/** The agent for a request the action makes itself (the OIDC token): per-host proxy, or Node's global agent. */
export function proxyAgent(secure: boolean): http.Agent | undefined {
  return proxyConfigured() ? (new (loadedProxySupport().EnvironmentProxyAgent)(secure) as unknown as http.Agent) : undefined;
}

/** The request handler every SDK client gets: bounded connect/request times and proxy support. */
export function requestHandler(): NodeHttpHandler {
  // Without throwOnRequestTimeout, @smithy/node-http-handler only logs a warning when requestTimeout passes and
  // keeps waiting: an answer that never comes would hang the step (an unanswered StartPipelineExecution did).
  const timeouts = { connectionTimeout: 5_000, requestTimeout: 60_000, throwOnRequestTimeout: true };
  if (!proxyConfigured()) return new NodeHttpHandler(timeouts);
  const { EnvironmentProxyAgent } = loadedProxySupport();
  return new NodeHttpHandler({
    ...timeouts,
    httpAgent: new EnvironmentProxyAgent(false) as unknown as http.Agent,
    httpsAgent: new EnvironmentProxyAgent(true) as unknown as https.Agent,
  });
}
