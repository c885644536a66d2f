import { parseCommandV2 } from './command-parser.js';
import type { RunResult, StepResult } from './types.js';

export interface SecretLeak {
  /** Which of the given secrets leaked. */
  secret: string;
  /** e.g. `main.log[12]`, `main.outputs.token`, `post.stdout line 3`, `main.argv[1]`. */
  where: string;
  /** How it appeared: the value itself or an encoding of it (base64, url, json). */
  form: 'plain' | 'base64' | 'url' | 'json';
  /** The surrounding text, with the secret shown as `<secret>`. */
  excerpt: string;
}

const ADD_MASK = new Set(['add-mask']);

function forms(secret: string): Array<[SecretLeak['form'], string]> {
  const out: Array<[SecretLeak['form'], string]> = [['plain', secret]];
  const candidates: Array<[SecretLeak['form'], string]> = [
    ['base64', Buffer.from(secret, 'utf8').toString('base64')],
    ['url', encodeURIComponent(secret)],
    ['json', JSON.stringify(secret).slice(1, -1)],
  ];
  for (const [form, value] of candidates) {
    if (value !== secret && value.length >= 4 && !out.some(([, v]) => v === value)) out.push([form, value]);
  }
  return out;
}

function excerpt(text: string, index: number, value: string): string {
  const start = Math.max(0, index - 30);
  const end = Math.min(text.length, index + value.length + 30);
  return `${text.slice(start, index)}<secret>${text.slice(index + value.length, end)}`.replace(/\n/g, '\\n');
}

/**
 * Every place a secret appears unmasked after a run: the rendered log, annotations, outputs, state, env additions,
 * the summary, argv, and raw stdout/stderr except the `::add-mask::` commands that register secrets (a secret
 * printed before it is registered counts: it reached the log in clear).
 */
export function secretLeaks(result: RunResult | StepResult, secrets: string[]): SecretLeak[] {
  const steps: StepResult[] = 'main' in result ? [result.main, ...(result.post ? [result.post] : [])] : [result];
  const leaks: SecretLeak[] = [];
  for (const secret of secrets.filter((s) => s.length > 0)) {
    const variants = forms(secret);
    const check = (where: string, text: string): void => {
      for (const [form, value] of variants) {
        const index = text.indexOf(value);
        if (index >= 0) leaks.push({ secret, where, form, excerpt: excerpt(text, index, value) });
      }
    };
    for (const step of steps) {
      const at = step.stage;
      step.log.forEach((line, i) => check(`${at}.log[${i}]`, line));
      step.annotations.forEach((a, i) => {
        check(`${at}.annotations[${i}].message`, a.message);
        for (const [key, value] of Object.entries(a.properties)) check(`${at}.annotations[${i}].${key}`, value);
      });
      for (const [name, value] of Object.entries(step.outputs)) check(`${at}.outputs.${name}`, value);
      for (const [name, value] of Object.entries(step.state)) check(`${at}.state.${name}`, value);
      for (const [name, value] of Object.entries(step.envAdditions)) check(`${at}.envAdditions.${name}`, value);
      check(`${at}.summary`, step.summary);
      step.argv.forEach((arg, i) => check(`${at}.argv[${i}]`, arg));
      for (const stream of ['stdout', 'stderr'] as const) {
        step[stream].split(/\r\n|\n|\r/).forEach((line, i) => {
          if (parseCommandV2(line, ADD_MASK)) return;
          check(`${at}.${stream} line ${i + 1}`, line);
        });
      }
    }
  }
  return leaks;
}
