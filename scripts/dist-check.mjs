// The dist check: an action's dist/ in git (the index: staging a rebuilt dist is enough while working; a fresh
// clone has index = HEAD) must be byte for byte what a fresh build of its sources produces, because dist/ is what
// the runner executes. Used by packages/repo-checks (every test run) and by scripts/release.mjs (before tagging).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { bundle } from './bundle.mjs';

const gitIn = (root, args) => execFileSync('git', ['-C', root, ...args], { maxBuffer: 256 * 1024 * 1024 });

/** What differs between actions/<name>/dist in git's index and a fresh build: [] when they are the same. */
export async function distDifferences(root, name) {
  const actionDir = path.join(root, 'actions', name);
  const scratch = mkdtempSync(path.join(tmpdir(), `dist-check-${name}-`));
  try {
    await bundle(actionDir, scratch);
    const fresh = readdirSync(scratch, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(scratch, path.join(entry.parentPath, entry.name)))
      .sort(); // index.js, its lazy chunks under chunks/, licenses.txt, package.json
    const distPath = `actions/${name}/dist`;
    const committed = gitIn(root, ['ls-files', '--', distPath])
      .toString()
      .split('\n')
      .filter(Boolean)
      .map((f) => path.relative(distPath, f))
      .sort();
    const differences = [];
    for (const file of committed.filter((f) => !fresh.includes(f))) differences.push(`${distPath}/${file} is in git but not in a fresh build`);
    for (const file of fresh.filter((f) => !committed.includes(f))) differences.push(`${distPath}/${file} is in a fresh build but not in git`);
    for (const file of fresh.filter((f) => committed.includes(f))) {
      if (!readFileSync(path.join(scratch, file)).equals(gitIn(root, ['show', `:${distPath}/${file}`]))) {
        differences.push(`${distPath}/${file} in git differs from a fresh build`);
      }
    }
    return differences;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
