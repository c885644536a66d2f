// Loaded with NODE_OPTIONS=--import=<this file> in the benchmark's diagnostic runs only (never in the timed
// rounds): marks where a cold start's time goes, in epoch ms, and writes them to $BENCH_PHASES_FILE at exit.
//   timeOrigin    Node's own process start mark
//   preload       this file runs: Node has booted
//   mainLoad      the loader reads the entry script (the bundle)
//   firstInput    first read of an INPUT_* variable: the bundle's static module graph has been evaluated and
//                 the action's own code is running
//   firstConnect  first socket connect: the SDK has built the first request (client, credentials, endpoint,
//                 signing, plus any module it loads lazily on the way)
import net from 'node:net';
import { writeFileSync } from 'node:fs';
import { registerHooks } from 'node:module';

const now = () => performance.timeOrigin + performance.now();
const marks = { timeOrigin: performance.timeOrigin, preload: now() };

registerHooks({
  load(url, context, nextLoad) {
    if (marks.mainLoad === undefined && !url.startsWith('node:')) marks.mainLoad = now();
    return nextLoad(url, context);
  },
});

const env = process.env;
process.env = new Proxy(env, {
  get(target, key) {
    if (marks.firstInput === undefined && typeof key === 'string' && key.startsWith('INPUT_')) marks.firstInput = now();
    return Reflect.get(target, key);
  },
});

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  marks.firstConnect ??= now();
  return connect.apply(this, args);
};

process.on('exit', () => {
  if (env.BENCH_PHASES_FILE) writeFileSync(env.BENCH_PHASES_FILE, JSON.stringify(marks));
});
