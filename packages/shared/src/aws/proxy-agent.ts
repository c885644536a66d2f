// The per-host proxy agent (see http.ts), in a module of its own: http.ts loads it, with agent-base, the proxy
// agents and debug (a quarter of an action's entry file), only when the environment names a proxy.
import * as http from 'node:http';
import * as https from 'node:https';
import type { Duplex } from 'node:stream';
import { Agent, type AgentConnectOpts } from 'agent-base';
import { HttpProxyAgent } from 'http-proxy-agent';
import { HttpsProxyAgent } from 'https-proxy-agent';
import { getProxyForUrl } from 'proxy-from-env';

/**
 * Self-hosted runners often reach AWS only through a proxy. The SDK ignores HTTPS_PROXY/NO_PROXY, so this agent
 * decides per request (NO_PROXY is per host) whether to go direct or through the proxy the environment names.
 */
/** `addRequest` exists on every http.Agent at run time but not in @types/node. */
interface RequestAdder {
  addRequest(request: http.ClientRequest, options: http.RequestOptions): void;
}

export class EnvironmentProxyAgent extends Agent {
  private readonly direct: http.Agent;
  private readonly proxies = new Map<string, HttpProxyAgent<string> | HttpsProxyAgent<string>>();

  constructor(private readonly secure: boolean) {
    super({ keepAlive: true });
    this.direct = secure ? new https.Agent({ keepAlive: true, maxSockets: 50 }) : new http.Agent({ keepAlive: true, maxSockets: 50 });
  }

  private proxyAgentFor(
    options: { host?: string | null; port?: number | string | null },
    path: string,
  ): HttpProxyAgent<string> | HttpsProxyAgent<string> | undefined {
    const proxy = getProxyForUrl(`${this.secure ? 'https' : 'http'}://${options.host}:${options.port}${path}`);
    if (!proxy) return undefined;
    let agent = this.proxies.get(proxy);
    if (!agent) {
      agent = this.secure ? new HttpsProxyAgent(proxy, { keepAlive: true }) : new HttpProxyAgent(proxy, { keepAlive: true });
      this.proxies.set(proxy, agent);
    }
    return agent;
  }

  /**
   * Plain-http requests through a proxy need an absolute URL in every request line, also on reused keep-alive
   * sockets, so they are handed to the proxy agent before Node writes the request head.
   */
  addRequest(request: http.ClientRequest, options: http.RequestOptions): void {
    const viaProxy = this.secure ? undefined : this.proxyAgentFor(options, request.path);
    if (viaProxy) (viaProxy as unknown as RequestAdder).addRequest(request, options);
    else (Agent.prototype as unknown as RequestAdder).addRequest.call(this, request, options);
  }

  /**
   * agent-base guesses http or https from each call's options (or a stack trace), and guessed differently when a
   * socket was freed than when one was looked up, so keep-alive never reused a tunnel (a CONNECT and a TLS
   * handshake per AWS call). This agent knows which it is.
   */
  override isSecureEndpoint(): boolean {
    return this.secure;
  }

  /** HTTPS: a CONNECT tunnel through the proxy, or a direct connection. */
  override connect(request: http.ClientRequest, options: AgentConnectOpts): http.Agent | Promise<Duplex> {
    const agent = this.proxyAgentFor(options, request.path);
    return agent ? (agent as HttpsProxyAgent<string>).connect(request, options) : this.direct;
  }
}
