import { SESSION_INPUT_DEFAULTS, type SESSION_INPUTS } from './session-inputs.js';

/** An input as action.yml declares it (what the YAML parser reads back). */
export interface InputDeclaration {
  description: string;
  required: boolean;
  default?: string;
}

/**
 * The one declaration of the credential inputs: every action.yml must declare each exactly like this (a repo-level
 * test compares them). Defaults are SESSION_INPUT_DEFAULTS, the fallbacks readSessionInputs uses; the `satisfies`
 * makes the names exactly SESSION_INPUTS, the ones readSessionInputs reads. Kept out of session-inputs.ts so the
 * descriptions never reach a bundle.
 */
export const SESSION_INPUT_DECLARATIONS = {
  'aws-region': {
    description: 'AWS region. Default: AWS_REGION from the environment (set by aws-actions/configure-aws-credentials).',
    required: false,
  },
  'role-to-assume': {
    description:
      "IAM role ARN to assume with the job's GitHub OIDC token (needs permissions: id-token: write). Without it, the credentials already in the environment are used.",
    required: false,
  },
  audience: {
    description: 'Audience of the GitHub OIDC token; must be a client ID of the IAM OIDC provider.',
    required: false,
    default: SESSION_INPUT_DEFAULTS.audience,
  },
  'role-session-name': {
    description: 'Session name of the assumed role (shows in CloudTrail); only with role-to-assume. Default: gha-<owner>.<repo>-<run id>-<attempt>.',
    required: false,
  },
  'role-duration': {
    description: 'Lifetime of the assumed-role session, 15m to 12h; the action renews it when a long wait outlives it.',
    required: false,
    default: SESSION_INPUT_DEFAULTS['role-duration'],
  },
  'max-attempts': {
    description:
      'Attempts per AWS call before an error counts (throttling, 5xx, network errors and STS IDPCommunicationError are retried with jittered backoff).',
    required: false,
    default: SESSION_INPUT_DEFAULTS['max-attempts'],
  },
} satisfies Record<(typeof SESSION_INPUTS)[number], InputDeclaration>;
