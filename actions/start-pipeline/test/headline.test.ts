// The summary's heading for every way a run can end (pure: the bundle tests cover timeout and wait: false end to end).
import { describe, expect, test } from 'vitest';
import { headline, type Outcome } from '../src/report.js';

const outcome = (fields: Partial<Outcome>): Outcome => ({ executionArn: 'arn', consoleUrl: 'https://x', steps: [], status: 'Executing', ...fields });

describe('headline', () => {
  test.each([
    ["seen to the end: SageMaker's status", { status: 'Succeeded' }, 'Succeeded'],
    ['failed', { status: 'Failed' }, 'Failed'],
    ['stopped by someone else', { status: 'Stopped' }, 'Stopped'],
    ['timed out while it runs', { ending: 'timed-out' }, 'timed out waiting, the execution is still running'],
    ['timed out while it stops', { ending: 'timed-out', status: 'Stopping' }, 'timed out waiting, the execution was last seen Stopping'],
    ['wait: false', { ending: 'not-waiting' }, 'started, not waiting (wait: false), the execution is running'],
    ['wait: false, already over', { ending: 'not-waiting', status: 'Succeeded' }, 'started, not waiting (wait: false), the execution Succeeded'],
    ['cancelled, stop-on-cancel false', { ending: 'cancelled' }, 'cancelled, the execution is still running'],
    ['cancelled and stopped', { ending: 'cancelled', status: 'Stopped' }, 'cancelled, the execution was stopped'],
    ['cancelled and stopping', { ending: 'cancelled', status: 'Stopping' }, 'cancelled, the execution is stopping'],
    ['cancelled after it finished', { ending: 'cancelled', status: 'Failed' }, 'cancelled, the execution had Failed'],
    ['cancelled, the stop failed', { ending: 'stop-failed' }, 'cancelled, stopping the execution failed, the execution is still running'],
    ['the status could not be read after the start', { ending: 'not-waiting', status: '' }, 'started, but its status could not be read'],
    ['wait: true, the first check failed for good', { ending: 'read-failed', status: '' }, 'started, but its status could not be read'],
    [
      'a later check failed for good',
      { ending: 'read-failed', status: 'Executing' },
      'its status could no longer be read, the execution was last seen Executing',
    ],
    ['timed out before any check succeeded', { ending: 'timed-out', status: '' }, 'timed out waiting, the status could not be read'],
    ['cancelled before any check succeeded', { ending: 'cancelled', status: '' }, 'cancelled, the status could not be read'],
  ] as Array<[string, Partial<Outcome>, string]>)('%s', (_name, fields, expected) => {
    expect(headline(outcome(fields))).toBe(expected);
  });
});
