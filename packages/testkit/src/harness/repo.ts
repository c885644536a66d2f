import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let cachedRoot: string | undefined;

/** The monorepo root: the nearest folder above this package whose package.json declares `workspaces`. */
export function repoRoot(): string {
  if (cachedRoot) return cachedRoot;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest)) {
      const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { workspaces?: unknown };
      if (pkg.workspaces) return (cachedRoot = dir);
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('No package.json with "workspaces" above the testkit package');
    dir = parent;
  }
}

/** `<root>/actions/<name>`: the folder of one of the monorepo's actions. */
export function actionDir(name: string): string {
  return path.join(repoRoot(), 'actions', name);
}
