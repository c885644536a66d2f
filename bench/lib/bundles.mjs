// Bundles for the benchmark: which actions have one, their sizes, and the extra bundles built in a temp dir
// (the references, a minified build of each action). The references go through ./ncc-bundle.mjs (ncc, as most
// actions are bundled): a module hook hands it a spy in place of `@vercel/ncc` (./ncc-spy.mjs) that keeps its
// options and returns the webpack stats used for the byte attribution. An action's minified build goes through
// scripts/bundle.mjs itself (esbuild), with `minify: true` over its settings.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { registerHooks } from 'node:module';
import path from 'node:path';

/** Actions that have a bundle: every actions/<name>/ with action.yml and dist/index.js, by name. */
export function discoverActions(root) {
  const dir = path.join(root, 'actions');
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => ({ name: d.name, dir: path.join(dir, d.name) }))
    .filter((a) => existsSync(path.join(a.dir, 'dist', 'index.js')) && ['action.yml', 'action.yaml'].some((f) => existsSync(path.join(a.dir, f))))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Bytes of every file under distDir (recursively) and of distDir/index.js. */
export function distSize(distDir) {
  let total = 0;
  let files = 0;
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else {
        total += statSync(p).size;
        files += 1;
      }
    }
  };
  walk(distDir);
  return { total, index: statSync(path.join(distDir, 'index.js')).size, files };
}

let bundler;

/** ./ncc-bundle.mjs's bundle(), loaded with the ncc spy in place. */
async function loadBundler() {
  if (bundler) return bundler;
  const spyUrl = new URL('./ncc-spy.mjs', import.meta.url).href;
  const bundleUrl = new URL('./ncc-bundle.mjs', import.meta.url).href;
  registerHooks({
    resolve(specifier, context, nextResolve) {
      if (specifier === '@vercel/ncc' && context.parentURL === bundleUrl) return { url: spyUrl, format: 'module', shortCircuit: true };
      return nextResolve(specifier, context);
    },
  });
  const { spy } = await import(spyUrl);
  const { bundle } = await import(bundleUrl);
  return (bundler = { spy, bundle });
}

/** Bundles an action's `<dir>/lib/index.js` into outDir with scripts/bundle.mjs, `overrides` over its options. */
export async function buildAction(root, dir, outDir, overrides = {}) {
  const { bundle } = await import(new URL(`file://${path.join(root, 'scripts', 'bundle.mjs')}`).href);
  const started = performance.now();
  const { options, metafile } = await bundle(dir, outDir, overrides);
  return {
    options: { minify: options.minify, target: options.target, format: options.format, bundler: 'esbuild' },
    metafile,
    buildMs: performance.now() - started,
  };
}

/**
 * Bundles a reference's `<dir>/lib/index.js` into outDir with ./ncc-bundle.mjs, `overrides` merged over its ncc
 * options. Returns the options used, the webpack stats and the build time.
 */
export async function buildBundle(_root, dir, outDir, overrides = {}) {
  const { spy, bundle } = await loadBundler();
  spy.overrides = overrides;
  // ncc 0.45 calls fs.existsSync with a non-path (DEP0187); keep that one warning out of the report.
  const listeners = process.listeners('warning');
  process.removeAllListeners('warning');
  const onWarning = (w) => {
    if (w.code !== 'DEP0187') console.warn(`${w.name}: ${w.message}`);
  };
  process.on('warning', onWarning);
  const started = performance.now();
  try {
    await bundle(dir, outDir);
  } finally {
    process.off('warning', onWarning);
    for (const l of listeners) process.on('warning', l);
    spy.overrides = {};
  }
  return { options: spy.last.options, stats: spy.last.stats, buildMs: performance.now() - started };
}

/** The package a bundled module comes from: `@scope/name` under node_modules, or the workspace folder. */
function packageOf(moduleName) {
  const name = moduleName.replace(/ \+ \d+ modules?$/, '');
  if (name.startsWith('external ')) return '(node built-ins)';
  const nm = name.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = name.slice(nm + 'node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const ws = /^\.\/((?:packages|actions|bench)\/[^/]+)/.exec(name);
  return ws ? `${ws[1]} (this repo)` : '(other)';
}

/**
 * Bytes per package in an esbuild bundle (every output file), from its metafile, whose input paths are relative
 * to the bundled action's folder.
 */
export function bytesByPackageFromMetafile(metafile, root, actionDir) {
  const byPackage = new Map();
  for (const output of Object.values(metafile.outputs)) {
    for (const [file, input] of Object.entries(output.inputs)) {
      const pkg = file.startsWith('builtin:') ? '(node built-ins)' : packageOf(`./${path.relative(root, path.resolve(actionDir, file))}`);
      byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + input.bytesInOutput);
    }
  }
  return byPackage;
}

/**
 * Bytes per package in a bundle, from ncc's webpack stats: module source sizes, concatenated modules split
 * into their parts. For an unminified bundle they add up to within ~0.5% of index.js.
 */
export function bytesByPackage(stats) {
  const json = stats.toJson({ all: false, modules: true, nestedModules: true });
  const byPackage = new Map();
  const add = (pkg, n) => byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + n);
  for (const m of json.modules ?? []) {
    if (m.orphan) continue; // listed again inside the module they were concatenated into
    if (!m.name) {
      if (m.type === 'runtime modules') add('(webpack runtime)', m.size);
      continue;
    }
    if (m.modules?.length) for (const n of m.modules) add(packageOf(n.name ?? ''), n.size);
    else add(packageOf(m.name), m.size);
  }
  return byPackage;
}
