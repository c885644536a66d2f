import { describe, expect, it } from 'vitest';
import { runAction, secretLeaks } from '../src/index.js';
import { fixture } from './fixtures/paths.js';

describe('secretLeaks', () => {
  it('finds a secret printed before registration, put in an output, in raw stdout and base64 in the summary', async () => {
    const secret = 'sk-live-0123456789abcdef';
    const result = await runAction({ actionDir: fixture('leaky'), inputs: { secret } });
    const leaks = secretLeaks(result, [secret]);
    const where = leaks.map((l) => `${l.where} (${l.form})`);

    // The header shows the input (not declared as a workflow secret) and "early:" precedes registration.
    expect(where).toContain('main.log[2] (plain)');
    expect(result.main.log[2]).toBe(`  secret: ${secret}`);
    const early = result.main.log.indexOf(`early: ${secret}`);
    expect(early).toBeGreaterThan(0);
    expect(where).toContain(`main.log[${early}] (plain)`);
    expect(result.main.log).toContain('late: ***');
    expect(where).toContain('main.outputs.leaked (plain)');
    expect(where).toContain('main.summary (base64)');
    expect(where).toContain('main.stdout line 1 (plain)'); // early
    expect(where).toContain('main.stdout line 3 (plain)'); // late: masked in the log, still printed
    // The ::add-mask:: line that registers the secret is not a leak.
    expect(result.main.stdout.split('\n')[1]).toBe(`::add-mask::${secret}`);
    expect(where).not.toContain('main.stdout line 2 (plain)');
    expect(leaks.find((l) => l.where === 'main.outputs.leaked')?.excerpt).toBe('<secret>');
  });

  it('is empty when a secret is only passed in (as a workflow secret), registered and used', async () => {
    const secret = 'sk-live-fedcba9876543210';
    const result = await runAction({
      actionDir: fixture('basic'),
      inputs: { name: 'Ada', 'secret-value': secret, 'print-secret': false },
      secrets: [secret],
      post: true,
    });
    expect(result.failed).toBe(false);
    expect(result.main.log).toContain('  secret-value: ***');
    expect(secretLeaks(result, [secret])).toEqual([]);
  });

  it('checks a single step result too, and ignores empty secrets', async () => {
    const result = await runAction({ actionDir: fixture('basic'), inputs: { name: 'Ada' } });
    expect(secretLeaks(result.main, ['', 'Ada'])).toContainEqual(expect.objectContaining({ where: 'main.outputs.greeting' }));
    expect(secretLeaks(result.main, [''])).toEqual([]);
  });
});
