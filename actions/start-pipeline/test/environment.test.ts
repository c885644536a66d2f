// How the action finds AWS: endpoint overrides, the user agent, and proxies on self-hosted runners.
import { createServer, request, type Server } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { connect, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { VERSION } from '@mlops-actions/shared/runtime';
import { freePort, selfSignedCertificate } from '@mlops-actions/testkit';
import { newPipeline, runStep, startWorlds, type Worlds } from './worlds.js';

let worlds: Worlds;
beforeAll(async () => {
  worlds = await startWorlds();
});
afterAll(async () => worlds?.close());

/** A plain forward proxy for http:// targets that remembers what went through it. */
async function startProxy(): Promise<{ url: string; seen: string[]; server: Server }> {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    const target = new URL(req.url ?? '/');
    const upstream = request(
      { host: target.hostname, port: target.port, path: target.pathname + target.search, method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  // HTTPS targets: a CONNECT tunnel, as real AWS endpoints are reached through a corporate proxy.
  server.on('connect', (req, client, head) => {
    seen.push(`CONNECT ${req.url}`);
    const [host, port] = (req.url ?? '').split(':');
    const upstream = connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen, server };
}

/** An HTTPS front for the AWS world, so the action talks TLS like it does to real AWS. */
async function startTlsFront(
  target: string,
  cert: { cert: string; key: string },
): Promise<{ url: string; server: Server; requests: string[]; connections: () => number }> {
  const requests: string[] = [];
  let connections = 0;
  const server = createTlsServer({ cert: cert.cert, key: cert.key }, (req, res) => {
    requests.push(`${req.method} ${req.url}`);
    const upstream = request(`${target}${req.url}`, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  server.on('secureConnection', () => (connections += 1));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `https://127.0.0.1:${(server.address() as AddressInfo).port}`, server: server as unknown as Server, requests, connections: () => connections };
}

describe('endpoints and identity', () => {
  test('AWS_ENDPOINT_URL_SAGEMAKER wins over AWS_ENDPOINT_URL, as in the AWS SDKs', async () => {
    const { name } = await newPipeline(worlds);
    const dead = `http://127.0.0.1:${await freePort()}`;
    const result = await runStep(
      worlds,
      { 'pipeline-name': name, wait: 'false' },
      { env: { AWS_ENDPOINT_URL: dead, AWS_ENDPOINT_URL_SAGEMAKER: worlds.aws.endpoint } },
    );
    expect(result.errors).toEqual([]);
    expect(result.outputs.status).toBe('Executing');
  });

  test('an unreachable endpoint is reported as a network problem with the proxy hint', async () => {
    const dead = `http://127.0.0.1:${await freePort()}`;
    const result = await runStep(worlds, { 'pipeline-name': 'any-pipeline', 'max-attempts': '1' }, { env: { AWS_ENDPOINT_URL: dead } });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(
      /^sagemaker:DescribePipeline on any-pipeline failed: could not reach AWS \(.*ECONNREFUSED.*\)\nHint: Check the runner can reach the AWS endpoint; on self-hosted runners set HTTPS_PROXY/,
    );
  });

  test('no credentials anywhere: one error that says how to provide them', async () => {
    const since = worlds.aws.requests.length;
    const result = await runStep(worlds, { 'pipeline-name': 'any-pipeline' }, { auth: 'none', env: { AWS_EC2_METADATA_DISABLED: 'true' } });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/^sagemaker:DescribePipeline on any-pipeline failed: CredentialsProviderError: /);
    expect(result.errors[0]).toContain('Hint: No AWS credentials were found. Give role-to-assume (the job needs permissions: id-token: write)');
    expect(worlds.aws.requests.slice(since)).toEqual([]);
  });

  test('every AWS request carries the mlops-actions user agent', async () => {
    const { name } = await newPipeline(worlds);
    const since = worlds.aws.requests.length;
    await runStep(worlds, { 'pipeline-name': name, wait: 'false' });
    const agents = worlds.aws.requests.slice(since).map((r) => r.userAgent ?? '');
    expect(agents.length).toBeGreaterThan(0);
    for (const agent of agents) expect(agent).toContain(`mlops-actions/start-pipeline/${VERSION}`);
  });
});

describe('proxies', () => {
  let proxy: Awaited<ReturnType<typeof startProxy>>;
  beforeAll(async () => {
    proxy = await startProxy();
  });
  afterAll(() => proxy?.server.close());

  test('HTTP_PROXY routes AWS calls through the proxy', async () => {
    const { name } = await newPipeline(worlds);
    proxy.seen.length = 0;
    const result = await runStep(worlds, { 'pipeline-name': name }, { env: { HTTP_PROXY: proxy.url } });
    expect(result.errors).toEqual([]);
    expect(proxy.seen.length).toBeGreaterThan(3);
    expect(proxy.seen.every((line) => line.startsWith(`POST ${worlds.aws.endpoint}/`))).toBe(true);
  });

  /** A succeeded run against an HTTPS front of the world, with the given proxy environment. */
  async function runThroughTlsFront(env: Record<string, string>): Promise<Awaited<ReturnType<typeof startTlsFront>>> {
    const certificate = selfSignedCertificate();
    const front = await startTlsFront(worlds.aws.endpoint, certificate);
    try {
      const { name } = await newPipeline(worlds);
      proxy.seen.length = 0;
      const result = await runStep(
        worlds,
        { 'pipeline-name': name },
        { env: { AWS_ENDPOINT_URL: front.url, NODE_EXTRA_CA_CERTS: certificate.certPath, ...env } },
      );
      expect(result.errors).toEqual([]);
      expect(result.outputs.status).toBe('Succeeded');
      return front;
    } finally {
      front.server.close();
    }
  }

  test('HTTPS_PROXY tunnels TLS to the endpoint with CONNECT, and reuses the tunnel', async () => {
    const front = await runThroughTlsFront({ HTTPS_PROXY: proxy.url });
    const port = new URL(front.url).port;
    expect(proxy.seen.length).toBeGreaterThan(0);
    expect(proxy.seen.every((line) => line === `CONNECT 127.0.0.1:${port}`)).toBe(true);
    // Keep-alive through the tunnel: one CONNECT and one TLS handshake per connection, not per AWS call.
    expect(front.connections()).toBe(proxy.seen.length);
    expect(front.requests.length).toBeGreaterThan(3 * proxy.seen.length);
  });

  test('NO_PROXY bypasses it per host', async () => {
    const { name } = await newPipeline(worlds);
    proxy.seen.length = 0;
    const result = await runStep(worlds, { 'pipeline-name': name }, { env: { HTTP_PROXY: proxy.url, NO_PROXY: '127.0.0.1' } });
    expect(result.errors).toEqual([]);
    expect(proxy.seen).toEqual([]);
  });

  test('NO_PROXY bypasses HTTPS_PROXY for an HTTPS endpoint: TLS goes direct, no CONNECT', async () => {
    const front = await runThroughTlsFront({ HTTPS_PROXY: proxy.url, NO_PROXY: '127.0.0.1' });
    // Every call reached the TLS endpoint directly; the proxy saw no CONNECT (nor anything else).
    expect(front.requests.length).toBeGreaterThan(3);
    expect(proxy.seen).toEqual([]);
  });
});
