/**
 * What each of deploy-eks's own inputs means when it is empty, written exactly as the `default:` in action.yml
 * (the credential inputs' defaults are SESSION_INPUT_DEFAULTS in shared/aws). The repo-level packaging test keeps
 * the two equal.
 */
export const INPUT_DEFAULTS = {
  namespace: 'default',
  'force-restart': 'false',
  'max-restarts': '2',
  'readiness-grace': '5m',
  'unschedulable-grace': '2m',
  timeout: '15m',
  'health-check-path': '/',
  'health-check-expected-status': '200',
  'health-check-interval': '5s',
  'health-check-count': '3',
  'health-check-failure-threshold': '1',
  rollback: 'true',
  'on-cancel': 'rollback',
} as const;
