/** Names of the state main saves for the post step (the runner hands it back as STATE_<name>). */
export const STATE = {
  /** The run's folder in RUNNER_TEMP: auth file / DOCKER_CONFIG, secret files, digest files. */
  workDir: 'work-dir',
  builder: 'builder',
  /** Registry hosts logged in to, one per line. */
  hosts: 'hosts',
} as const;
