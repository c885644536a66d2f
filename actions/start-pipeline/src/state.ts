/** Names of the state main saves for the post step (the runner hands it back as STATE_<name>). */
export const STATE = {
  executionArn: 'execution-arn',
  stopOnCancel: 'stop-on-cancel',
  stopRequested: 'stop-requested',
  finished: 'finished',
  /** main finished after a cancellation whose stop failed: the post step tries the stop again. */
  stopOwed: 'stop-owed',
} as const;
