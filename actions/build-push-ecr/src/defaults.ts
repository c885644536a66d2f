/**
 * What each of build-push-ecr's own inputs means when it is empty, written exactly as the `default:` in
 * action.yml (the credential inputs' defaults are SESSION_INPUT_DEFAULTS in shared/aws). The repo-level
 * packaging test keeps the two equal.
 */
export const INPUT_DEFAULTS = {
  context: '.',
  builder: 'docker',
  'media-types': 'docker',
  attestations: 'false',
  cache: 'true',
  'fail-on-severity': 'critical',
  'scan-timeout': '10m',
  'scan-on-push': 'true',
  'immutable-tags': 'true',
  encryption: 'AES256',
} as const;
