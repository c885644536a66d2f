// The run provenance start-pipeline writes into an execution's description and wait-approval reads back.
import { describe, expect, test } from 'vitest';
import { parseProvenance, runContext, withProvenance } from '../src/github/index.js';

const run = runContext({
  GITHUB_REPOSITORY: 'octo-org/churn-model',
  GITHUB_RUN_ID: '42',
  GITHUB_RUN_ATTEMPT: '2',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_ACTOR: 'original-author',
  GITHUB_TRIGGERING_ACTOR: 'rerunner',
});

describe('run provenance', () => {
  test('the trailer names the run attempt and GITHUB_TRIGGERING_ACTOR (not GITHUB_ACTOR), and reads back', () => {
    const text = withProvenance('Nightly retrain', run, 3072);
    expect(text).toBe('Nightly retrain\ngithub-run: https://github.com/octo-org/churn-model/actions/runs/42/attempts/2\ngithub-triggering-actor: rerunner');
    expect(parseProvenance(text)).toEqual({ runUrl: 'https://github.com/octo-org/churn-model/actions/runs/42/attempts/2', triggeringActor: 'rerunner' });
  });

  test('GITHUB_ACTOR stands in only where the runner sets no GITHUB_TRIGGERING_ACTOR', () => {
    expect(runContext({ GITHUB_ACTOR: 'alice' }).triggeringActor).toBe('alice');
  });

  test('a description too long for both is cut before the trailer, never the trailer', () => {
    const text = withProvenance('x'.repeat(5000), run, 3072);
    expect(text.length).toBeLessThanOrEqual(3072);
    expect(parseProvenance(text)?.triggeringActor).toBe('rerunner');
    expect(text).toMatch(/x…\ngithub-run: /);
  });

  test('lines in the user text that imitate the trailer are overridden by the real one, which comes last', () => {
    const forged = withProvenance('github-run: https://evil\ngithub-triggering-actor: someone-else', run, 3072);
    expect(parseProvenance(forged)?.triggeringActor).toBe('rerunner');
  });

  test('no trailer, or no valid login in it, is no provenance', () => {
    expect(parseProvenance(undefined)).toBeUndefined();
    expect(parseProvenance('Started by hand')).toBeUndefined();
    expect(parseProvenance('github-run: x\ngithub-triggering-actor: not a login!')).toBeUndefined();
  });
});
