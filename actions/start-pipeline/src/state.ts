/** Names of the state main saves for the post step (the runner hands it back as STATE_<name>). */
export const STATE = {
  executionArn: 'execution-arn',
  stopOnCancel: 'stop-on-cancel',
  stopRequested: 'stop-requested',
  finished: 'finished',
} as const;
