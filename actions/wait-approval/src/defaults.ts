/**
 * What each of wait-approval's own inputs means when it is empty, written exactly as the `default:` in action.yml
 * (the credential inputs' defaults are SESSION_INPUT_DEFAULTS in shared/aws). The repo-level packaging test keeps
 * the two equal.
 */
export const INPUT_DEFAULTS = {
  version: 'latest',
  mode: 'wait',
  timeout: '1h',
  'poll-interval': '30s',
  'fail-on-reject': 'true',
  'min-approvals': '1',
  'allow-self-approval': 'false',
  'allow-override': 'false',
  'github-token': '${{ github.token }}',
} as const;
