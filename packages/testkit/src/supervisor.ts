// Children that die with the test process however it ends. A tiny sh supervisor sits between us and the
// server: it kills the server when its stdin (a pipe from this process) reaches EOF, which the kernel
// guarantees on our exit, even on SIGKILL, where no 'exit' handler runs. It also forwards TERM, and exits with
// the server's status. `exec 3<&0` keeps the pipe reachable: background jobs of a non-interactive shell get
// /dev/null stdin. Used for moto_server and docker-registry.
import type { ChildProcess } from 'node:child_process';

const SUPERVISOR = `
exec 3<&0
"$@" </dev/null &
m=$!
trap 'kill "$m" 2>/dev/null' TERM INT HUP
( cat <&3 >/dev/null; kill "$m" 2>/dev/null ) &
w=$!
exec 3<&-
wait "$m"; s=$?
kill -0 "$m" 2>/dev/null && wait "$m"
kill "$w" 2>/dev/null
exit "$s"
`;

/** How to spawn `command args...` under the supervisor: spawn(result.command, result.args, { stdio: ['pipe', ...] }). */
export function supervised(command: string, args: string[], name = 'supervisor'): { command: string; args: string[] } {
  return { command: 'sh', args: ['-c', SUPERVISOR, name, command, ...args] };
}

const live = new Set<ChildProcess>();
let exitHookInstalled = false;

/** Belt and braces with the stdin EOF: on a normal exit the children get SIGTERM (all an 'exit' handler may do). */
export function trackChild(child: ChildProcess): void {
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on('exit', () => {
      for (const c of live) c.kill('SIGTERM');
    });
  }
  live.add(child);
  child.once('exit', () => live.delete(child));
}
