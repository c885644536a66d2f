import * as core from '../core/index.js';
import { ActionError, errorMessage } from './errors.js';

/**
 * The entry point of every action. One bundle serves both `runs.main` and `runs.post`: main saves the state
 * `isPost`, which the runner hands back only to the post step. Failures become one `core.setFailed` line
 * (plus a hint); unexpected errors keep their stack in the debug log.
 */
export async function runAction(steps: { main: () => Promise<void>; post?: () => Promise<void> }): Promise<void> {
  const isPost = core.getState('isPost') === 'true';
  try {
    if (isPost) {
      await steps.post?.();
    } else {
      core.saveState('isPost', 'true');
      await steps.main();
    }
  } catch (error) {
    reportFailure(error);
  }
  // Keep-alive sockets or a stray timer must not keep a finished step running (stdout is synchronous on Linux
  // pipes, so nothing written is lost).
  process.exit(process.exitCode ?? 0);
}

export function reportFailure(error: unknown): void {
  if (error instanceof ActionError) {
    if (error.location) {
      // setFailed cannot carry a file; an error annotation with one points the user at the offending line.
      core.error(error.report(), { file: error.location.file, startLine: error.location.line, startColumn: error.location.column });
      process.exitCode = 1;
    } else {
      core.setFailed(error.report());
    }
    return;
  }
  if (error instanceof Error && error.stack) core.debug(error.stack);
  core.setFailed(`Unexpected error: ${errorMessage(error)}. Re-run with step debug logging (ACTIONS_STEP_DEBUG) for the stack.`);
}
