/** Names of the state main saves for the post step (the runner hands it back as STATE_<name>). */
export const STATE = {
  /** JSON: the Deployments main changed, with the revision each ran before ([{namespace, name, revision}]). */
  changed: 'changed',
  onCancel: 'on-cancel',
  /** main ended on its own (whatever the result): the post step has nothing to finish. */
  finished: 'finished',
  /** main already rolled back (or decided not to): the post step must not do it again. */
  rolledBack: 'rolled-back',
} as const;

export interface ChangedDeployment {
  namespace: string;
  name: string;
  /** The revision it ran before this step changed it (0: it did not exist). */
  revision: number;
}
