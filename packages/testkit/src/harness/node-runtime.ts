import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './repo.js';

const versions = new Map<string, string>();

function majorOf(nodePath: string): string {
  let version = nodePath === process.execPath ? process.versions.node : versions.get(nodePath);
  if (version === undefined) {
    const result = spawnSync(nodePath, ['-p', 'process.versions.node'], { encoding: 'utf8' });
    version = result.status === 0 ? result.stdout.trim() : '';
    versions.set(nodePath, version);
  }
  return version.split('.')[0] ?? '';
}

/**
 * The node binary for `runs.using: nodeNN`: this process's node when its major matches (npm scripts put the
 * workspace's node@24 first on PATH), else the workspace's `node` package binary. The runner ships node24 in
 * its externals; running an action on another major would hide real incompatibilities.
 */
export function nodeForRuntime(using: string, explicit?: string): string {
  const wanted = using.replace(/^node/, '');
  const candidates = explicit ? [explicit] : [process.execPath, path.join(repoRoot(), 'node_modules', 'node', 'bin', 'node')].filter((p) => existsSync(p));
  for (const candidate of candidates) if (majorOf(candidate) === wanted) return candidate;
  throw new Error(
    `No Node ${wanted} to run a '${using}' action (tried ${candidates.join(', ')}); run tests through npm scripts or npx so that node_modules/.bin/node (v${wanted}) is used`,
  );
}
