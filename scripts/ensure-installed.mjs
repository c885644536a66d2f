// `npm start`'s prestart and `npm test`'s pretest: runs `npm install` when node_modules is missing or older than
// package-lock.json (a fresh clone, a pull that changed dependencies), so either command is all a fresh clone needs.
// Plain Node, no dependency: it runs before anything is installed, on whatever Node runs npm.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** mtime in ms, or undefined when the file is missing. */
function modified(file) {
  try {
    return statSync(path.join(ROOT, file)).mtimeMs;
  } catch {
    return undefined;
  }
}

/** Why an install is needed, or undefined when node_modules is up to date. npm rewrites .package-lock.json on install. */
function staleness() {
  const installed = modified('node_modules/.package-lock.json');
  if (installed === undefined) return 'node_modules is missing';
  const lock = modified('package-lock.json');
  if (lock !== undefined && lock > installed) return 'package-lock.json changed since the last install';
  return undefined;
}

const why = staleness();
// `npm start` or `npm test`, for the messages
const command = `npm ${(process.env.npm_lifecycle_event ?? 'prestart').replace(/^pre/, '')}`;
if (why) {
  process.stdout.write(`${command}: ${why}: running npm install first...\n`);
  // npm_execpath is the npm that runs this script; fall back to the one on PATH.
  const npm = process.env.npm_execpath;
  const result = npm
    ? spawnSync(process.execPath, [npm, 'install'], { cwd: ROOT, stdio: 'inherit' })
    : spawnSync('npm', ['install'], { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) {
    process.stderr.write(`${command}: npm install failed (exit ${result.status ?? result.signal}); fix that and run ${command} again.\n`);
    process.exit(1);
  }
}
