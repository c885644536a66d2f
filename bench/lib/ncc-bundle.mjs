// The benchmark's references are bundled the way most actions are (aws-actions/amazon-ecr-login among them):
// with @vercel/ncc, the tsc output lib/index.js -> dist/index.js. This was scripts/bundle.mjs until the actions
// moved to esbuild (see there); kept here so the references stay what they stand for.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ncc from '@vercel/ncc';

export async function bundle(actionDir, outDir) {
  // ncc derives module ids from the working directory: build from the action's folder, wherever the caller is,
  // so `npm run bundle`, the dist test and the benchmark all produce the same bytes.
  const previous = process.cwd();
  process.chdir(actionDir);
  let result;
  try {
    result = await ncc(path.join(actionDir, 'lib', 'index.js'), { minify: false, sourceMap: false, quiet: true, target: 'es2023', cache: false });
  } finally {
    process.chdir(previous);
  }
  const { code, assets, stats } = result;
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, 'index.js'), code);
  for (const [name, asset] of Object.entries(assets)) {
    mkdirSync(path.dirname(path.join(outDir, name)), { recursive: true });
    writeFileSync(path.join(outDir, name), asset.source);
  }
  writeFileSync(path.join(outDir, 'licenses.txt'), licenses(stats));
  return readdirSync(outDir);
}

/**
 * The license notices of every third-party package whose code is in the bundle, from webpack's module list.
 * (ncc's own `license` option finds none of them in this workspace layout.)
 */
function licenses(stats) {
  const modules = stats.toJson({ all: false, modules: true, nestedModules: true }).modules ?? [];
  const roots = new Map();
  const visit = (module) => {
    for (const nested of module.modules ?? []) visit(nested);
    const file = (module.nameForCondition ?? module.identifier ?? '').split('!').pop();
    const at = file.lastIndexOf('/node_modules/');
    if (at < 0) return;
    const rest = file.slice(at + '/node_modules/'.length).split('/');
    const name = rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
    roots.set(name, file.slice(0, at + '/node_modules/'.length) + name);
  };
  for (const module of modules) visit(module);
  const notices = [...roots.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, dir]) => {
      const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
      const file = readdirSync(dir).find((f) => /^(licen[sc]e|copying)(\.|$)/i.test(f));
      const text = file ? readFileSync(path.join(dir, file), 'utf8').trim() : existsSync(dir) ? '(no license file in the package)' : '';
      return `${name}@${pkg.version}\n${typeof pkg.license === 'string' ? pkg.license : JSON.stringify(pkg.license ?? 'UNKNOWN')}\n${text}\n`;
    });
  return notices.join('\n');
}
