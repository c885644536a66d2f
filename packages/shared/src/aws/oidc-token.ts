// The GitHub OIDC token request: one GET to the runner's token URL with its bearer token. What @actions/core's
// getIDToken does, made here with node:https (and the proxy agent every AWS call uses), because @actions/core
// makes it with its HTTP client, whose undici would otherwise be loaded by every run for this one request.
import * as http from 'node:http';
import * as https from 'node:https';
import { debug, setSecret } from '../core/index.js';
import { loadProxySupport, proxyAgent } from './http.js';

/** As @actions/core's client: answers worth asking again, how often, and the backoff (5 ms x 2^n, n <= 10). */
const RETRY_STATUSES = new Set([502, 503, 504]);
const MAX_RETRIES = 10;
const REQUEST_TIMEOUT_MS = 60_000;

interface Answer {
  status: number;
  body: string;
}

function get(url: URL, bearer: string): Promise<Answer> {
  const secure = url.protocol === 'https:';
  return new Promise((resolve, reject) => {
    const request = (secure ? https : http).request(
      url,
      {
        method: 'GET',
        headers: { Accept: 'application/json', Authorization: `Bearer ${bearer}`, 'User-Agent': 'actions/oidc-client' },
        agent: proxyAgent(secure),
        timeout: REQUEST_TIMEOUT_MS,
      },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
        response.on('error', reject);
      },
    );
    request.on('timeout', () => request.destroy(new Error(`no answer within ${REQUEST_TIMEOUT_MS / 1000} s`)));
    request.on('error', reject);
    request.end();
  });
}

/** The message of a JSON error answer, if it has one. */
function answerMessage(answer: Answer): string {
  try {
    const message = (JSON.parse(answer.body) as { message?: unknown }).message;
    if (typeof message === 'string' && message) return message;
  } catch {
    // not JSON: the status says it
  }
  return `Failed request: (${answer.status})`;
}

/**
 * A GitHub OIDC token for `audience` (registered as a secret). Needs the job's `id-token: write` permission,
 * which gives the step ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN.
 */
export async function getIDToken(audience?: string): Promise<string> {
  const requestToken = process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  if (!requestToken) throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
  const requestUrl = process.env.ACTIONS_ID_TOKEN_REQUEST_URL;
  if (!requestUrl) throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
  const url = audience ? `${requestUrl}&audience=${encodeURIComponent(audience)}` : requestUrl;
  debug(`ID token url is ${url}`);
  await loadProxySupport();
  let answer = await get(new URL(url), requestToken);
  for (let retry = 0; RETRY_STATUSES.has(answer.status) && retry < MAX_RETRIES; retry++) {
    await new Promise((resolve) => setTimeout(resolve, 5 * 2 ** Math.min(retry + 1, 10)));
    answer = await get(new URL(url), requestToken);
  }
  if (answer.status < 200 || answer.status > 299) {
    throw new Error(`Failed to get ID Token. Error Code: ${answer.status}. Error Message: ${answerMessage(answer)}`);
  }
  let token: unknown;
  try {
    token = (JSON.parse(answer.body) as { value?: unknown }).value;
  } catch {
    token = undefined;
  }
  if (typeof token !== 'string' || !token) throw new Error('Response json body do not have ID Token field');
  setSecret(token);
  return token;
}
