/**
 * What each of start-pipeline's own inputs means when it is empty, written exactly as the `default:` in
 * action.yml (the credential inputs' defaults are SESSION_INPUT_DEFAULTS in shared/aws). The runner fills in
 * action.yml's default only when an input is absent; `timeout: ${{ inputs.t }}` with an empty `t` reaches the
 * code as '' and gets these. The repo-level packaging test keeps the two equal.
 */
export const INPUT_DEFAULTS = {
  wait: 'true',
  timeout: '2h',
  'poll-interval': '30s',
  'stop-on-cancel': 'true',
} as const;
