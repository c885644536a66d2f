// Talking to moto: forwarding a client's request unchanged (streaming the answer back), and the layer's
// own JSON calls (reading a pipeline definition, registering a model package).
import { request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';

/** Hop-by-hop headers are per connection: never relay them (moto closes every connection). */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'proxy-connection', 'upgrade', 'te', 'trailer', 'expect']);

export function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** An answer held back instead of sent (so that an `after` fault can lose it). */
export interface HeldAnswer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

function rawToObject(raw: string[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (let i = 0; i < raw.length; i += 2) headers[raw[i]!.toLowerCase()] = raw[i + 1]!;
  return headers;
}

export interface Forwarded {
  status: number;
  /** moto's x-amzn-ErrorType (JSON protocols), when it sent one. */
  errorType?: string;
  /** Only when `buffer` was asked for. */
  body?: Buffer;
}

/**
 * Send the request to moto as it came (method, path, headers, body) and relay the answer. With
 * `buffer`, the answer is read whole first so the caller can inspect it (small STS/JSON answers);
 * otherwise it is streamed (S3 objects). With `deliver`, the whole answer is handed to it instead of sent.
 */
export function forward(
  motoEndpoint: string,
  req: IncomingMessage,
  body: Buffer,
  res: ServerResponse,
  options: { buffer?: boolean; deliver?: (answer: HeldAnswer) => void } = {},
): Promise<Forwarded> {
  const target = new URL(req.url ?? '/', motoEndpoint);
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined && !HOP_BY_HOP.has(name)) headers[name] = value;
  }
  // The body is already whole (we read it to recognise the request), so it is sent with its length.
  if (body.length > 0 || req.headers['content-length'] !== undefined) headers['content-length'] = String(body.length);
  delete headers['transfer-encoding'];

  return new Promise<Forwarded>((resolve, reject) => {
    const upstream = httpRequest(target, { method: req.method, headers, agent: false }, (answer) => {
      const status = answer.statusCode ?? 502;
      const errorType = typeof answer.headers['x-amzn-errortype'] === 'string' ? answer.headers['x-amzn-errortype'].split(':')[0] : undefined;
      const raw: string[] = [];
      for (let i = 0; i < answer.rawHeaders.length; i += 2) {
        const name = answer.rawHeaders[i]!;
        if (!HOP_BY_HOP.has(name.toLowerCase())) raw.push(name, answer.rawHeaders[i + 1]!);
      }
      if (!options.buffer && !options.deliver) {
        res.writeHead(status, raw);
        answer.pipe(res);
        answer.on('end', () => resolve({ status, errorType }));
        answer.on('error', reject);
        return;
      }
      const chunks: Buffer[] = [];
      answer.on('data', (c: Buffer) => chunks.push(c));
      answer.on('error', reject);
      answer.on('end', () => {
        const whole = Buffer.concat(chunks);
        if (options.deliver) {
          options.deliver({ status, headers: rawToObject(raw), body: whole });
        } else {
          res.writeHead(status, raw);
          res.end(whole);
        }
        resolve({ status, errorType, body: whole });
      });
    });
    upstream.on('error', reject);
    upstream.end(body);
  });
}

export interface MotoAnswer {
  status: number;
  headers: Headers;
  text: string;
  json(): Record<string, unknown>;
  /** The AWS error code of a failed answer (x-amzn-ErrorType or __type). */
  errorCode(): string | undefined;
  errorMessage(): string | undefined;
}

/**
 * A JSON-protocol call to moto from the layer itself, signed (by name only) as `accessKeyId`. `accountId` makes it
 * a call in that account (moto's x-moto-account-id header; without it, moto picks the account by the key).
 */
export async function motoJson(
  motoEndpoint: string,
  call: { service: string; targetPrefix: string; operation: string; region: string; accessKeyId: string; body: unknown; accountId?: string },
): Promise<MotoAnswer> {
  const date = new Date().toISOString().replace(/[-:]/g, '').slice(0, 8);
  const res = await fetch(motoEndpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': `${call.targetPrefix}.${call.operation}`,
      // moto routes by the credential scope (service, region) and picks the account by the key.
      authorization: `AWS4-HMAC-SHA256 Credential=${call.accessKeyId}/${date}/${call.region}/${call.service}/aws4_request, SignedHeaders=host, Signature=0`,
      ...(call.accountId ? { 'x-moto-account-id': call.accountId } : {}),
    },
    body: JSON.stringify(call.body),
  });
  const text = await res.text();
  const json = (): Record<string, unknown> => {
    try {
      return JSON.parse(text) as Record<string, unknown>;
    } catch {
      return {};
    }
  };
  return {
    status: res.status,
    headers: res.headers,
    text,
    json,
    errorCode: () => (res.status >= 300 ? (res.headers.get('x-amzn-errortype') ?? (json().__type as string | undefined))?.split(':')[0] : undefined),
    errorMessage: () => {
      const body = json();
      return (body.message ?? body.Message) as string | undefined;
    },
  };
}
