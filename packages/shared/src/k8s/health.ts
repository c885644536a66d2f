/**
 * HTTP health checks after a rollout, in the manner of Argo Rollouts' web analysis and Flagger's webhooks: a
 * number of measurements at an interval, each passing when the status is expected and (optionally) a JSON-path
 * condition on the body holds; the check fails once `failureThreshold` measurements have failed.
 */
import { sleep } from '../runtime/cancellation.js';
import { errorMessage } from '../runtime/errors.js';

export interface JsonCondition {
  /** `$.status`, `$.checks[0].ok`, `$['model-version']`. */
  path: Array<string | number>;
  op: '==' | '!=' | '<' | '<=' | '>' | '>=' | 'exists';
  value?: string | number | boolean | null;
  text: string;
}

const PATH_STEP = /^(?:\.([A-Za-z_$][\w$-]*)|\[(\d+)\]|\['((?:[^'\\]|\\.)*)'\]|\["((?:[^"\\]|\\.)*)"\])/;

/** Parses `$.a.b[0] == "ok"` (ops == != < <= > >=, or a path alone: it must exist and not be false/null). */
export function parseJsonCondition(text: string): JsonCondition {
  const trimmed = text.trim();
  if (!trimmed.startsWith('$')) throw new Error('a condition starts with a JSON path from $, like $.status == "ok"');
  let rest = trimmed.slice(1);
  const path: Array<string | number> = [];
  for (;;) {
    const m = PATH_STEP.exec(rest);
    if (!m) break;
    if (m[1] !== undefined) path.push(m[1]);
    else if (m[2] !== undefined) path.push(Number(m[2]));
    else path.push((m[3] ?? m[4] ?? '').replace(/\\(.)/g, '$1'));
    rest = rest.slice(m[0].length);
  }
  rest = rest.trim();
  if (rest === '') return { path, op: 'exists', text: trimmed };
  const opMatch = /^(==|!=|<=|>=|<|>)\s*(.+)$/.exec(rest);
  if (!opMatch) throw new Error(`cannot read '${rest}' after the path; expected an operator (== != < <= > >=) and a value`);
  const raw = opMatch[2]!.trim();
  let value: string | number | boolean | null;
  if (/^'.*'$/.test(raw)) value = raw.slice(1, -1);
  else {
    try {
      value = JSON.parse(raw) as string | number | boolean | null;
    } catch {
      throw new Error(`the value '${raw}' is not a JSON string, number, true, false or null`);
    }
    if (typeof value === 'object' && value !== null) throw new Error(`the value '${raw}' must be a string, number, true, false or null`);
  }
  return { path, op: opMatch[1] as JsonCondition['op'], value, text: trimmed };
}

/** Evaluates the condition on a parsed JSON body; returns why it does not hold, or undefined when it does. */
export function checkJsonCondition(condition: JsonCondition, body: unknown): string | undefined {
  let current: unknown = body;
  for (const step of condition.path) {
    if (current === null || typeof current !== 'object' || !(step in (current as object))) return `${condition.text}: the path does not exist in the body`;
    current = (current as Record<string | number, unknown>)[step];
  }
  const shown = JSON.stringify(current);
  switch (condition.op) {
    case 'exists':
      return current === false || current === null ? `${condition.text}: is ${shown}` : undefined;
    case '==':
      return current === condition.value ? undefined : `${condition.text}: is ${shown}`;
    case '!=':
      return current !== condition.value ? undefined : `${condition.text}: is ${shown}`;
    default: {
      if (typeof current !== 'number' || typeof condition.value !== 'number') return `${condition.text}: ${shown} is not a number to compare`;
      const ok =
        condition.op === '<'
          ? current < condition.value
          : condition.op === '<='
            ? current <= condition.value
            : condition.op === '>'
              ? current > condition.value
              : current >= condition.value;
      return ok ? undefined : `${condition.text}: is ${shown}`;
    }
  }
}

/** Expected statuses: `200`, `200,204`, `2xx`. */
export function parseExpectedStatus(text: string): (status: number) => boolean {
  const parts = text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) throw new Error('no status given');
  const tests = parts.map((p) => {
    if (/^[1-5]xx$/i.test(p)) {
      const hundred = Number(p[0]);
      return (s: number) => Math.floor(s / 100) === hundred;
    }
    if (/^[1-5]\d\d$/.test(p)) return (s: number) => s === Number(p);
    throw new Error(`'${p}' is not an HTTP status (like 200) or class (like 2xx)`);
  });
  return (s) => tests.some((t) => t(s));
}

export interface HealthCheckSpec {
  /** Where the checks go, for messages. */
  target: string;
  /** One GET; resolves with the answer, rejects when no answer came. */
  get: (signal: AbortSignal) => Promise<{ status: number; body: string }>;
  expectedStatus: string;
  condition?: JsonCondition;
  intervalMs: number;
  count: number;
  failureThreshold: number;
}

export interface Measurement {
  at: number;
  ok: boolean;
  status?: number;
  detail: string;
}

export interface HealthResult {
  passed: boolean;
  measurements: Measurement[];
  /** Why it failed: the failing measurements' details. */
  reason?: string;
}

/** Runs the measurements; stops early once the failure threshold is reached. */
export async function runHealthCheck(spec: HealthCheckSpec, signal: AbortSignal, log: (line: string) => void): Promise<HealthResult> {
  const expected = parseExpectedStatus(spec.expectedStatus);
  const measurements: Measurement[] = [];
  let failures = 0;
  for (let i = 0; i < spec.count; i += 1) {
    if (i > 0) await sleep(spec.intervalMs, signal);
    let m: Measurement;
    try {
      const answer = await spec.get(AbortSignal.any([signal, AbortSignal.timeout(Math.max(spec.intervalMs, 10_000))]));
      if (!expected(answer.status)) {
        m = { at: Date.now(), ok: false, status: answer.status, detail: `HTTP ${answer.status}, expected ${spec.expectedStatus}` };
      } else if (spec.condition) {
        let parsed: unknown;
        let problem: string | undefined;
        try {
          parsed = JSON.parse(answer.body);
          problem = checkJsonCondition(spec.condition, parsed);
        } catch {
          problem = 'the body is not JSON';
        }
        m = problem ? { at: Date.now(), ok: false, status: answer.status, detail: problem } : { at: Date.now(), ok: true, status: answer.status, detail: 'ok' };
      } else {
        m = { at: Date.now(), ok: true, status: answer.status, detail: 'ok' };
      }
    } catch (error) {
      if (signal.aborted) throw error;
      m = { at: Date.now(), ok: false, detail: `no answer: ${errorMessage(error)}` };
    }
    measurements.push(m);
    log(`Health check ${i + 1}/${spec.count} on ${spec.target}: ${m.ok ? 'passed' : 'failed'} (${m.detail}).`);
    if (!m.ok) failures += 1;
    if (failures >= spec.failureThreshold) {
      const details = [...new Set(measurements.filter((x) => !x.ok).map((x) => x.detail))].join('; ');
      return { passed: false, measurements, reason: `${failures} of ${measurements.length} health checks on ${spec.target} failed: ${details}` };
    }
  }
  return { passed: true, measurements };
}
