// Bundles the action in the current directory: the tsc output lib/index.js -> dist/index.js (one ESM file with
// every dependency, as the runner runs actions without installing anything). Deterministic, so CI can check
// that the committed dist matches a fresh build.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ncc from '@vercel/ncc';

export async function bundle(actionDir, outDir) {
  const { code, assets } = await ncc(path.join(actionDir, 'lib', 'index.js'), {
    minify: false,
    sourceMap: false,
    license: 'licenses.txt',
    quiet: true,
    target: 'es2023',
  });
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, 'index.js'), code);
  for (const [name, asset] of Object.entries(assets)) {
    mkdirSync(path.dirname(path.join(outDir, name)), { recursive: true });
    writeFileSync(path.join(outDir, name), asset.source);
  }
  return readdirSync(outDir);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const actionDir = process.cwd();
  const files = await bundle(actionDir, path.join(actionDir, 'dist'));
  console.log(`bundled ${path.basename(actionDir)}: dist/${files.join(', dist/')}`);
}
