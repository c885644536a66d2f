/** What a builder is asked to build and push; the same for docker and buildah. */
export interface BuildPlan {
  /** host/repository, e.g. 123456789012.dkr.ecr.us-east-1.amazonaws.com/churn-serving */
  imageRepo: string;
  tags: string[];
  contextDir: string;
  dockerfile: string;
  buildArgs: Map<string, string>;
  /** id -> path of a 0600 file holding the value (never the value itself). */
  secretFiles: Array<{ id: string; file: string }>;
  target?: string;
  platform?: string;
  labels: Map<string, string>;
  mediaTypes: 'docker' | 'oci';
  attestations: boolean;
  cache: boolean;
  /** Plain HTTP: only for the loopback registry of a local AWS world (proxyEndpoint http://127.0.0.1:PORT). */
  insecure: boolean;
  /** Per-run folder in RUNNER_TEMP for the auth file, digest/metadata files. */
  workDir: string;
}

export interface CommandLine {
  command: string;
  args: string[];
  env: Record<string, string>;
  stdin?: string;
}

export interface BuilderCommands {
  /** The login for one registry host; the password goes on stdin. */
  login(host: string, username: string, password: string, insecure: boolean): CommandLine;
  /** Commands that build and push the image, in order. */
  buildAndPush(plan: BuildPlan): CommandLine[];
  /** Where the pushed manifest's digest is written, and how to read it. */
  digestFrom(plan: BuildPlan, readFile: (file: string) => string): string;
  /**
   * Commands that build the image and work out the manifest digest a push would give, pushing nothing (to name
   * this run's image when an immutable tag already holds another one), and how to read that digest.
   */
  buildWithoutPush(plan: BuildPlan): CommandLine[];
  unpushedDigestFrom(plan: BuildPlan, readFile: (file: string) => string): string;
  logout(hosts: string[]): CommandLine[];
  /** The environment variable and path of the auth file/folder (removed by the post step). */
  authEnv(): Record<string, string>;
}
