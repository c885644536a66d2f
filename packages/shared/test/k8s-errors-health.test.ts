// The Kubernetes failure classifier and hints, and the health-check condition language.
import { ApiException } from '@kubernetes/client-node';
import { describe, expect, test } from 'vitest';
import { classifyKubeFailure, describeKubeError, KubeCallTimeout, kubeStatus, retryAfterMs } from '../src/k8s/errors.js';
import { checkJsonCondition, parseExpectedStatus, parseJsonCondition, runHealthCheck } from '../src/k8s/health.js';

const status = (code: number, reason: string, message: string, headers: Record<string, string> = {}) =>
  new ApiException(code, 'HTTP-Code', JSON.stringify({ kind: 'Status', apiVersion: 'v1', status: 'Failure', reason, message, code }), headers);

describe('classifyKubeFailure', () => {
  test.each([
    [status(500, 'InternalError', 'etcd'), 'transient'],
    [status(503, 'ServiceUnavailable', ''), 'transient'],
    [status(429, 'TooManyRequests', 'slow down', { 'retry-after': '3' }), 'transient'],
    [status(401, 'Unauthorized', ''), 'renew-credentials'],
    [status(403, 'Forbidden', 'no'), 'fatal'],
    [status(404, 'NotFound', 'gone'), 'fatal'],
    [status(422, 'Invalid', 'bad'), 'fatal'],
    [new KubeCallTimeout('get deployments', 30_000), 'transient'],
    [Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }) }), 'transient'],
    [new Error('something else'), 'fatal'],
  ])('%s -> %s', (error, kind) => {
    expect(classifyKubeFailure(error).kind).toBe(kind);
  });

  test('Retry-After is read from the header, capped', () => {
    expect(retryAfterMs(status(429, 'TooManyRequests', '', { 'Retry-After': '2' }))).toBe(2_000);
    expect(retryAfterMs(status(429, 'TooManyRequests', '', { 'retry-after': '600' }))).toBe(30_000);
    expect(retryAfterMs(status(500, 'InternalError', ''))).toBeUndefined();
    expect(kubeStatus(status(409, 'Conflict', 'changed'))).toEqual({ code: 409, reason: 'Conflict', message: 'changed' });
  });
});

describe('describeKubeError', () => {
  test('401 and 403 name the identity and say how access is granted', () => {
    const call = {
      verb: 'patch',
      resource: 'deployments',
      namespace: 'prod',
      name: 'model',
      identity: 'arn:aws:iam::1:role/deploy',
      accessHint: 'Add an EKS access entry.',
    };
    const unauthorized = describeKubeError(status(401, 'Unauthorized', 'Unauthorized'), call);
    expect(unauthorized.message).toBe('Kubernetes API: patch deployments/model in namespace prod failed: HTTP 401 Unauthorized');
    expect(unauthorized.hint).toBe('The cluster did not accept the identity (arn:aws:iam::1:role/deploy). Add an EKS access entry.');
    const forbidden = describeKubeError(status(403, 'Forbidden', 'deployments.apps "model" is forbidden'), call);
    expect(forbidden.hint).toMatch(/^The identity \(arn:aws:iam::1:role\/deploy\) may not patch deployments in namespace prod: grant it with Kubernetes RBAC/);
  });
});

describe('health-check conditions', () => {
  test.each([
    ['$.status == "ok"', { status: 'ok' }, true],
    ["$.status == 'ok'", { status: 'degraded' }, false],
    ['$.checks[1].ok', { checks: [{ ok: false }, { ok: true }] }, true],
    ['$.checks[0].ok', { checks: [{ ok: false }] }, false],
    ["$['model-version'] != null", { 'model-version': '7' }, true],
    ['$.latency_ms < 250', { latency_ms: 120 }, true],
    ['$.latency_ms < 250', { latency_ms: 'fast' }, false],
    ['$.missing', {}, false],
  ])('%s on %j -> %s', (text, body, holds) => {
    expect(checkJsonCondition(parseJsonCondition(text), body) === undefined).toBe(holds);
  });

  test.each(['status == "ok"', '$.status ~ 1', '$.a == {"x":1}'])('%j is refused', (text) => {
    expect(() => parseJsonCondition(text)).toThrow();
  });

  test('expected statuses', () => {
    const two = parseExpectedStatus('2xx');
    expect([200, 204, 301].map(two)).toEqual([true, true, false]);
    expect([200, 204].map(parseExpectedStatus('200, 204'))).toEqual([true, true]);
    expect(() => parseExpectedStatus('20x')).toThrow();
  });

  test('measurements stop at the failure threshold and say why', async () => {
    const answers = [
      { status: 200, body: '{"status":"ok"}' },
      { status: 500, body: 'boom' },
      { status: 200, body: '{"status":"down"}' },
    ];
    let i = 0;
    const lines: string[] = [];
    const result = await runHealthCheck(
      {
        target: 'service model:8080/healthz',
        get: async () => answers[i++]!,
        expectedStatus: '200',
        condition: parseJsonCondition('$.status == "ok"'),
        intervalMs: 1,
        count: 5,
        failureThreshold: 2,
      },
      new AbortController().signal,
      (l) => lines.push(l),
    );
    expect(result.passed).toBe(false);
    expect(result.measurements).toHaveLength(3);
    expect(result.reason).toBe('2 of 3 health checks on service model:8080/healthz failed: HTTP 500, expected 200; $.status == "ok": is "down"');
    expect(lines[1]).toBe('Health check 2/5 on service model:8080/healthz: failed (HTTP 500, expected 200).');
  });
});
