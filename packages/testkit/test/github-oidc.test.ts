import { createPublicKey, verify } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OIDC_ISSUER, runAction, secretLeaks, startGitHubWorld, type GitHubWorld } from '../src/index.js';
import { fixture } from './fixtures/paths.js';

let world: GitHubWorld;

beforeEach(async () => {
  world = await startGitHubWorld();
});
afterEach(async () => {
  await world.close();
});

function decode(token: string): { header: Record<string, unknown>; claims: Record<string, unknown>; valid: boolean } {
  const [h = '', c = '', s = ''] = token.split('.');
  const header = JSON.parse(Buffer.from(h, 'base64url').toString('utf8')) as Record<string, unknown>;
  const jwk = world.oidc.jwks.keys.find((k) => k.kid === header.kid);
  if (!jwk) throw new Error('kid not in JWKS');
  const key = createPublicKey({ key: { kty: jwk.kty, n: jwk.n, e: jwk.e }, format: 'jwk' });
  const valid = verify('RSA-SHA256', Buffer.from(`${h}.${c}`), key, Buffer.from(s, 'base64url'));
  return { header, claims: JSON.parse(Buffer.from(c, 'base64url').toString('utf8')) as Record<string, unknown>, valid };
}

describe('OIDC token endpoint with @actions/core getIDToken (through the harness)', () => {
  it("issues an RS256 token for the requested audience, verifiable with the JWKS, with GitHub's claims", async () => {
    const result = await runAction({ actionDir: fixture('oidc'), inputs: { audience: 'sts.amazonaws.com' }, env: world.env() });

    expect(result.failed).toBe(false);
    expect(world.oidc.issued).toHaveLength(1);
    const issued = world.oidc.issued[0]!;
    expect(issued.audience).toBe('sts.amazonaws.com');
    expect(result.outputs).toEqual({
      aud: 'sts.amazonaws.com',
      sub: 'repo:octo-org/churn-model:ref:refs/heads/main',
      'token-length': String(issued.token.length),
    });

    const { header, claims, valid } = decode(issued.token);
    expect(valid).toBe(true);
    expect(header).toEqual({ typ: 'JWT', alg: 'RS256', x5t: expect.any(String), kid: world.oidc.jwks.keys[0]!.kid });
    const env = result.main.env;
    expect(claims).toEqual({
      jti: expect.stringMatching(/^[0-9a-f-]{36}$/),
      sub: 'repo:octo-org/churn-model:ref:refs/heads/main',
      aud: 'sts.amazonaws.com',
      ref: 'refs/heads/main',
      sha: env.GITHUB_SHA,
      repository: 'octo-org/churn-model',
      repository_owner: 'octo-org',
      repository_owner_id: env.GITHUB_REPOSITORY_OWNER_ID,
      repository_id: env.GITHUB_REPOSITORY_ID,
      repository_visibility: 'private',
      actor: env.GITHUB_ACTOR,
      actor_id: env.GITHUB_ACTOR_ID,
      run_id: env.GITHUB_RUN_ID,
      run_number: env.GITHUB_RUN_NUMBER,
      run_attempt: '1',
      workflow: env.GITHUB_WORKFLOW,
      workflow_ref: env.GITHUB_WORKFLOW_REF,
      workflow_sha: env.GITHUB_SHA,
      job_workflow_ref: 'octo-org/churn-model/.github/workflows/mlops.yml@refs/heads/main',
      job_workflow_sha: env.GITHUB_SHA,
      head_ref: '',
      base_ref: '',
      event_name: 'push',
      ref_type: 'branch',
      ref_protected: 'true',
      runner_environment: 'github-hosted',
      iss: OIDC_ISSUER,
      nbf: (claims.iat as number) - 600,
      iat: expect.any(Number),
      exp: (claims.iat as number) + 300,
    });
    expect(Math.abs((claims.iat as number) - Date.now() / 1000)).toBeLessThan(5);

    // core.getIDToken registers the token as a secret; it never reaches the log, outputs or stdout.
    expect(result.main.masks).toContain(issued.token);
    expect(secretLeaks(result, [issued.token, world.oidc.requestToken, world.token])).toEqual([]);
    expect(result.main.log).toContain('got an ID token');
    expect(result.main.debug[0]).toBe(`ID token url is ${world.oidc.requestUrl}&audience=sts.amazonaws.com`);
  });

  it('defaults aud to the owner URL, and names the environment in sub when one is set', async () => {
    world.oidc.setClaims({ environment: 'prod' });
    const result = await runAction({ actionDir: fixture('oidc'), env: world.env() });
    expect(result.outputs.aud).toBe('https://github.com/octo-org');
    expect(result.outputs.sub).toBe('repo:octo-org/churn-model:environment:prod');
    expect(world.oidc.issued[0]?.audience).toBeUndefined();
    expect(world.oidc.issued[0]?.claims.environment).toBe('prod');
  });

  it('without id-token: write the runner sets no request variables, and getIDToken fails the step', async () => {
    const env = world.env({ idToken: false });
    expect(env.ACTIONS_ID_TOKEN_REQUEST_URL).toBeUndefined();
    expect(env.ACTIONS_ID_TOKEN_REQUEST_TOKEN).toBeUndefined();
    const result = await runAction({ actionDir: fixture('oidc'), env });
    expect(result.failed).toBe(true);
    expect(result.errors).toEqual(['Error message: Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable']);
    expect(world.oidc.issued).toEqual([]);
  });

  it('rejects a wrong bearer with 401 and issues nothing', async () => {
    const url = `${world.oidc.requestUrl}&audience=sts.amazonaws.com`;
    const wrong = await fetch(url, { headers: { authorization: 'Bearer not-the-token' } });
    expect(wrong.status).toBe(401);
    expect(((await wrong.json()) as { message: string }).message).toMatch(/not authorized/);
    const missing = await fetch(url);
    expect(missing.status).toBe(401);
    const ok = await fetch(url, { headers: { authorization: `Bearer ${world.oidc.requestToken}` } });
    const body = (await ok.json()) as { value: string; count: number };
    expect(ok.status).toBe(200);
    expect(body.count).toBe(body.value.length);
    expect(decode(body.value).claims.aud).toBe('sts.amazonaws.com');
    expect(world.oidc.issued).toHaveLength(1);
  });

  it("serves the JWKS and an openid-configuration naming GitHub's issuer", async () => {
    const jwks = (await (await fetch(`${world.apiUrl}/.well-known/jwks`)).json()) as { keys: Array<Record<string, string>> };
    expect(jwks).toEqual(world.oidc.jwks);
    expect(jwks.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig', e: 'AQAB' });
    const config = (await (await fetch(`${world.apiUrl}/.well-known/openid-configuration`)).json()) as Record<string, unknown>;
    expect(config).toMatchObject({ issuer: OIDC_ISSUER, jwks_uri: world.oidc.jwksUrl });
    expect(world.oidc.requestUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/_apis\/.*\/idtoken\?api-version=2\.0$/);
  });
});
