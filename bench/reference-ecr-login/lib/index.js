// The peer reference of bench/run.mjs: shaped like aws-actions/amazon-ecr-login (the action most workflows run
// next to ours) at start-up — @actions/core and the full `@aws-sdk/client-ecr` index imported statically the way
// it imports them, its inputs read first, then an ECRClient with its user agent and one GetAuthorizationToken,
// its first AWS call. Written for the bench (none of its code is copied); it leaves out what ecr-login does after
// that first call (docker login, ECR Public) and its extra static imports (@actions/exec, https-proxy-agent,
// credential-providers, client-ecr-public), so it is a floor for ecr-login's cold start, not an overestimate.
// Bundled by scripts/bundle.mjs (the actions' exact ncc settings) into a temp dir like ../reference.
import * as core from '@actions/core';
import { ECRClient, GetAuthorizationTokenCommand } from '@aws-sdk/client-ecr';

try {
  const registries = core.getInput('registries', { required: false });
  const maskPassword = (core.getInput('mask-password', { required: false }).toLowerCase() || 'true') !== 'false';
  const client = new ECRClient({ customUserAgent: 'amazon-ecr-login-for-github-actions' });
  const input = registries ? { registryIds: registries.split(',') } : {};
  const out = await client.send(new GetAuthorizationTokenCommand(input));
  const data = out.authorizationData?.[0];
  if (!data?.authorizationToken) throw new Error('GetAuthorizationToken returned no authorization data');
  if (maskPassword) core.setSecret(data.authorizationToken);
  core.setOutput('registry', (data.proxyEndpoint ?? '').replace(/^https?:\/\//, ''));
} catch (error) {
  core.setFailed(error instanceof Error ? error.message : String(error));
}
