import { getDuration, getInteger, getString } from '../inputs/inputs.js';
import { runContext } from '../github/run-context.js';
import { InputError } from '../runtime/errors.js';
import { VERSION } from '../runtime/version.js';
import { parseRoleArn } from './arn.js';
import { sessionNameFor } from './credentials.js';
import { resolveRegion } from './region.js';
import type { SessionOptions } from './session.js';

/** The credential inputs every action declares in its action.yml, each exactly as SESSION_INPUT_DECLARATIONS says. */
export const SESSION_INPUTS = ['aws-region', 'role-to-assume', 'audience', 'role-session-name', 'role-duration', 'max-attempts'] as const;

/** Their defaults, written as in action.yml; the code falls back to exactly these when an input is empty. */
export const SESSION_INPUT_DEFAULTS = { audience: 'sts.amazonaws.com', 'role-duration': '1h', 'max-attempts': '5' } as const;

/**
 * The credential inputs every action shares (declared the same way in each action.yml): aws-region,
 * role-to-assume, audience, role-session-name, role-duration, max-attempts.
 */
export function readSessionInputs(action: string): SessionOptions {
  const region = resolveRegion('aws-region');
  const role = getString('role-to-assume');
  if (role) parseRoleArn('role-to-assume', role, region);
  const durationMs = getDuration('role-duration', { fallback: SESSION_INPUT_DEFAULTS['role-duration'], min: 900_000, max: 43_200_000 });
  const sessionName = getString('role-session-name', { pattern: /^[\w+=,.@-]{2,64}$/, expected: '2 to 64 characters from letters, digits and +=,.@_-' });
  // Without a role the action assumes nothing, so a session name would be dropped without a word.
  if (sessionName && !role)
    throw new InputError(
      'role-session-name',
      'is set without role-to-assume',
      'it only together with role-to-assume (the name of the session the action assumes)',
    );
  return {
    action,
    version: VERSION,
    region,
    ...(role ? { roleToAssume: role } : {}),
    audience: getString('audience', { pattern: /^\S{1,256}$/, expected: 'an OIDC audience such as sts.amazonaws.com' }) ?? SESSION_INPUT_DEFAULTS.audience,
    sessionName: sessionName ?? sessionNameFor(runContext()),
    durationSeconds: Math.round(durationMs / 1000),
    maxAttempts: getInteger('max-attempts', { min: 1, max: 20 }) ?? Number(SESSION_INPUT_DEFAULTS['max-attempts']),
  };
}
