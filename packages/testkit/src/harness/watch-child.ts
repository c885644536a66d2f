// The end of a step process as the runner's ProcessInvoker sees it: the process has exited and both stdout and
// stderr have closed, or the process has exited and the streams did not close within the drain time (a grandchild
// may hold them open; the runner gives up waiting after 5 s).
import type { ChildProcessWithoutNullStreams } from 'node:child_process';

export interface ChildExit {
  exitCode: number | null;
  signal: string | null;
}

export interface WatchChildOptions {
  /** After the process exits, how long to wait for stdout and stderr to close. */
  drainMs: number;
  /** Once, as soon as the process exits (before its streams are waited for). */
  onExit?: () => void;
  /**
   * When the process is over: synchronously before the promise settles, both when it finishes and on an 'error'
   * (such as a failed spawn). Stop the caller's timers here.
   */
  onSettle?: () => void;
}

/**
 * Resolves with the exit code and signal once the process has exited and its streams have closed (or the drain
 * time has run out; the streams are then destroyed), and rejects on the child's 'error'.
 */
export function watchChild(child: ChildProcessWithoutNullStreams, options: WatchChildOptions): Promise<ChildExit> {
  return new Promise<ChildExit>((resolve, reject) => {
    let exit: ChildExit | undefined;
    let finished = false;
    let streamsOpen = 2;
    let drainTimer: NodeJS.Timeout | undefined;
    const finish = (): void => {
      if (finished || exit === undefined) return;
      finished = true;
      clearTimeout(drainTimer);
      options.onSettle?.();
      child.stdout.destroy();
      child.stderr.destroy();
      resolve(exit);
    };
    const streamClosed = (): void => {
      streamsOpen -= 1;
      if (streamsOpen === 0) finish();
    };
    child.stdout.on('close', streamClosed);
    child.stderr.on('close', streamClosed);
    child.on('error', (error) => {
      clearTimeout(drainTimer);
      options.onSettle?.();
      reject(error);
    });
    child.on('exit', (code, sig) => {
      exit = { exitCode: code, signal: sig };
      options.onExit?.();
      if (streamsOpen === 0) finish();
      else drainTimer = setTimeout(finish, options.drainMs);
    });
  });
}
