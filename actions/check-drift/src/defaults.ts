/**
 * What each of check-drift's own inputs means when it is empty, written exactly as the `default:` in action.yml
 * (the credential inputs' defaults are SESSION_INPUT_DEFAULTS in shared/aws). The repo-level packaging test keeps
 * the two equal.
 */
export const INPUT_DEFAULTS = {
  'baseline-format': 'auto',
  'current-format': 'auto',
  window: '24h',
  'capture-side': 'input',
  method: 'auto',
  'drift-share': '0.5',
  'exact-limit': '1000000',
  'on-bad-rows': 'fail',
  'fail-on-drift': 'false',
  issue: 'open',
  'github-token': '${{ github.token }}',
  labels: 'drift',
  cooldown: '6h',
} as const;
