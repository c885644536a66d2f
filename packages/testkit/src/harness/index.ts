/**
 * The runner-faithful action harness: runs an action's JavaScript the way the GitHub runner does.
 *
 * ```ts
 * const github = await startGitHubWorld();
 * const result = await runAction({
 *   actionDir: actionDir('check-drift'),        // folder with action.yml (runs.using: node24)
 *   inputs: { 'model-name': 'churn' },          // -> INPUT_MODEL-NAME; undeclared names throw
 *   env: { ...github.env(), ...aws.env() },     // the step's env: wins over runner variables
 *   secrets: [password],                        // masked from the first log line, like ${{ secrets.* }}
 *   post: true,                                 // then runs.post with STATE_*, GITHUB_ENV/PATH of main
 *   cancel: { when: { logMatches: /Waiting/ } } // SIGINT, 7.5 s, SIGTERM, 2.5 s, SIGKILL (delays overridable)
 * });
 * result.outputs / result.summary / result.failed / result.errors
 * result.main.log          // as the runner shows it: commands consumed, secrets as ***
 * result.main.annotations  // { level, message, properties: { file, line, title, ... } }
 * result.main.signalsSent  // [{ signal: 'SIGINT', at }, ...]
 * secretLeaks(result, [token])  // [] when the secret never appears unmasked
 * ```
 *
 * Behaviour worth knowing (each verified against actions/runner):
 * - The environment is hermetic: only PATH/HOME/TMPDIR/LANG-like basics of the host pass; GITHUB_TOKEN is not a
 *   runner variable (only `${{ github.token }}` defaults and `env:` carry it).
 * - Commands are parsed on stdout and stderr alike; `\r` alone ends a line; `##[cmd]` works anywhere in a line.
 * - Cancellation signals the action's process only (kill(pid)), not its process group, as the runner does on
 *   Linux; children the action spawned must be stopped by the action.
 * - Post runs after a failed or cancelled main (post-if defaults to always()); post-if is evaluated only for
 *   always(), success(), failure(), cancelled(), !cancelled().
 * - Not modelled: `runs.pre`, problem matchers (add-matcher is consumed and ignored), set-env/add-path even when
 *   ACTIONS_ALLOW_UNSECURE_COMMANDS is set (they fail the step), composite and container actions.
 */
export { runAction, startAction, type StartedAction } from './run-action.js';
export { secretLeaks, type SecretLeak } from './secret-leaks.js';
export { repoRoot, actionDir } from './repo.js';
export { RUNNER_CANCEL_DELAYS, RUNNER_STREAM_DRAIN_MS, DEFAULT_SIGNAL_GRACE_MS } from './step-process.js';
export { MAX_ANNOTATIONS_PER_LEVEL } from './command-processor.js';
export { parseKeyValueFile, STEP_SUMMARY_LIMIT_BYTES } from './file-commands.js';
export { inputEnvName } from './inputs.js';
export { SecretMasker } from './secret-masker.js';
export {
  DEFAULT_REPOSITORY,
  resolveGitHubContext,
  githubEnvironment,
  workflowRef,
  type GitHubRunContext,
} from './github-context.js';
export type {
  Annotation,
  AnnotationLevel,
  CancelSpec,
  Conclusion,
  InputValue,
  RunActionOptions,
  RunnerCancelDelays,
  RunPaths,
  RunResult,
  SignalRecord,
  StepResult,
} from './types.js';
