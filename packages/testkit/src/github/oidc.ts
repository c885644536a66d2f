// The Actions OIDC token endpoint (what ACTIONS_ID_TOKEN_REQUEST_URL points at) and GitHub's claim set
// (docs.github.com/actions/reference/security/oidc).
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomToken, refType, repositoryOwner, workflowRef, type GitHubRunContext } from '../harness/github-context.js';
import { signJwt, type RsaJwk, type SigningKey } from './jwt.js';

export const OIDC_ISSUER = 'https://token.actions.githubusercontent.com';
/** Real tokens: nbf = iat - 10 min (clock skew), exp = iat + 5 min. */
export const OIDC_NOT_BEFORE_SKEW_S = 600;
export const OIDC_LIFETIME_S = 300;

/** GitHub's claims; every custom claim is a string, as in real tokens. */
export interface OidcClaims {
  jti: string;
  sub: string;
  aud: string;
  ref: string;
  sha: string;
  repository: string;
  repository_owner: string;
  repository_owner_id: string;
  repository_id: string;
  repository_visibility: string;
  actor: string;
  actor_id: string;
  run_id: string;
  run_number: string;
  run_attempt: string;
  workflow: string;
  workflow_ref: string;
  workflow_sha: string;
  job_workflow_ref: string;
  job_workflow_sha: string;
  head_ref: string;
  base_ref: string;
  event_name: string;
  ref_type: string;
  ref_protected: string;
  runner_environment: string;
  /** Only when the job targets an environment; `sub` then names the environment instead of the ref. */
  environment?: string;
  iss: string;
  nbf: number;
  iat: number;
  exp: number;
}

export interface IssuedToken {
  /** The audience requested (`&audience=`), undefined when none was. */
  audience: string | undefined;
  claims: OidcClaims;
  token: string;
  at: number;
}

/** Claims fixed per world; jti, aud, sub (unless set) and times are filled in per token. */
export type ClaimTemplate = Omit<OidcClaims, 'jti' | 'aud' | 'nbf' | 'iat' | 'exp' | 'sub'> & { sub?: string };

export function claimTemplate(ctx: GitHubRunContext, overrides: Partial<OidcClaims> = {}): ClaimTemplate {
  const wfRef = workflowRef(ctx);
  const { jti: _jti, aud: _aud, nbf: _nbf, iat: _iat, exp: _exp, ...rest } = overrides;
  return {
    ref: ctx.ref,
    sha: ctx.sha,
    repository: ctx.repository,
    repository_owner: repositoryOwner(ctx.repository),
    repository_owner_id: ctx.repositoryOwnerId,
    repository_id: ctx.repositoryId,
    repository_visibility: ctx.repositoryVisibility,
    actor: ctx.actor,
    actor_id: ctx.actorId,
    run_id: ctx.runId,
    run_number: ctx.runNumber,
    run_attempt: ctx.runAttempt,
    workflow: ctx.workflow,
    workflow_ref: wfRef,
    workflow_sha: ctx.sha,
    job_workflow_ref: wfRef,
    job_workflow_sha: ctx.sha,
    head_ref: ctx.headRef,
    base_ref: ctx.baseRef,
    event_name: ctx.eventName,
    ref_type: refType(ctx.ref),
    ref_protected: String(ctx.refProtected),
    runner_environment: 'github-hosted',
    iss: OIDC_ISSUER,
    ...rest,
  };
}

/** The default subject: environment, else pull_request, else the ref. */
export function subjectOf(t: ClaimTemplate): string {
  if (t.environment) return `repo:${t.repository}:environment:${t.environment}`;
  if (t.event_name === 'pull_request' || t.event_name === 'pull_request_target') return `repo:${t.repository}:pull_request`;
  return `repo:${t.repository}:ref:${t.ref}`;
}

export class OidcProvider {
  readonly issued: IssuedToken[] = [];
  readonly requestToken = randomToken(64);
  readonly issuer = OIDC_ISSUER;
  readonly requestUrl: string;
  readonly jwksUrl: string;
  private readonly path: string;

  constructor(
    baseUrl: string,
    private readonly key: SigningKey,
    private template: ClaimTemplate,
    private readonly serverUrl: string,
    private readonly now: () => Date,
  ) {
    // Shaped like the real pipelines URL; it already has a query, so @actions/core can append &audience=.
    this.path = `/_apis/distributedtask/hubs/Actions/plans/${randomUUID()}/jobs/${randomUUID()}/idtoken`;
    this.requestUrl = `${baseUrl}${this.path}?api-version=2.0`;
    this.jwksUrl = `${baseUrl}/.well-known/jwks`;
  }

  get jwks(): { keys: RsaJwk[] } {
    return { keys: [this.key.jwk] };
  }

  /** The claims every new token starts from. */
  get claims(): ClaimTemplate {
    return { ...this.template };
  }

  /** Changes claims of tokens issued from now on (e.g. `{ environment: 'prod' }`). */
  setClaims(overrides: Partial<OidcClaims>): void {
    const { jti: _jti, aud: _aud, nbf: _nbf, iat: _iat, exp: _exp, ...rest } = overrides;
    this.template = { ...this.template, ...rest };
  }

  /** Mints a token as the endpoint would (recorded in `issued`). */
  mint(audience?: string): string {
    const iat = Math.floor(this.now().getTime() / 1000);
    const { sub, environment, ...fixed } = this.template;
    const claims: OidcClaims = {
      jti: randomUUID(),
      sub: sub ?? subjectOf(this.template),
      ...(environment ? { environment } : {}),
      aud: audience ?? `${this.serverUrl}/${this.template.repository_owner}`,
      ...fixed,
      nbf: iat - OIDC_NOT_BEFORE_SKEW_S,
      iat,
      exp: iat + OIDC_LIFETIME_S,
    };
    const token = signJwt(this.key, claims as unknown as Record<string, unknown>);
    this.issued.push({ audience, claims, token, at: Date.now() });
    return token;
  }

  /** Handles the OIDC routes; returns false for any other request. */
  handle(req: IncomingMessage, res: ServerResponse, url: URL): boolean {
    if (url.pathname === '/.well-known/jwks') {
      json(res, 200, this.jwks);
      return true;
    }
    if (url.pathname === '/.well-known/openid-configuration') {
      json(res, 200, {
        issuer: this.issuer,
        jwks_uri: this.jwksUrl,
        subject_types_supported: ['public', 'pairwise'],
        response_types_supported: ['id_token'],
        claims_supported: ['sub', 'aud', 'exp', 'iat', 'iss', 'jti', 'nbf', ...Object.keys(this.template)],
        id_token_signing_alg_values_supported: ['RS256'],
        scopes_supported: ['openid'],
      });
      return true;
    }
    if (url.pathname !== this.path) return false;
    if (req.method !== 'GET') {
      json(res, 405, { message: 'Method Not Allowed' });
      return true;
    }
    const auth = req.headers.authorization ?? '';
    const match = /^bearer\s+(.+)$/i.exec(auth);
    if (!match || match[1] !== this.requestToken) {
      // Modelled on the Azure DevOps-style service behind the real endpoint: 401 with a TF400813 body.
      res.setHeader('www-authenticate', 'Bearer');
      json(res, 401, {
        $id: '1',
        innerException: null,
        message: "TF400813: The user '' is not authorized to access this resource.",
        typeName: 'Microsoft.TeamFoundation.Framework.Server.UnauthorizedRequestException, Microsoft.TeamFoundation.Framework.Server',
        typeKey: 'UnauthorizedRequestException',
        errorCode: 0,
        eventId: 3000,
      });
      return true;
    }
    const audience = url.searchParams.get('audience') ?? undefined;
    const value = this.mint(audience || undefined);
    json(res, 200, { count: value.length, value });
    return true;
  }
}

function json(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
