// Bundles the action in the current directory: the tsc output lib/index.js -> dist/index.js plus the lazy chunks
// it imports on demand (ESM, every dependency inside, as the runner runs actions without installing anything),
// and dist/licenses.txt. Deterministic, so CI can check that the committed dist matches a fresh build.
//
// esbuild rather than @vercel/ncc (the bundler most actions use, and the one the benchmark's references still
// use): ncc's webpack keeps every export of a module it bundles, and the AWS SDK's CommonJS builds put a whole
// package in one module, so a SageMaker bundle carried every operation's schema and all of @smithy/core. esbuild
// reads the SDK's ES module builds (dist-es) and drops what is never imported; `npm run bench` measured the
// difference (README, "Cold start"). No minifying: V8 compiles unminified code lazily just as well, and the
// issue's minified build started slower.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import * as path from 'node:path';
import * as esbuild from 'esbuild';

/** esbuild's settings; `overrides` (e.g. the benchmark's { minify: true }) go on top. */
export function buildOptions(actionDir, overrides = {}) {
  return {
    absWorkingDir: actionDir, // the module paths in the output's comments are relative to it: the same bytes anywhere
    entryPoints: [path.join(actionDir, 'lib', 'index.js')],
    bundle: true,
    splitting: true, // every `await import()` stays a lazy chunk, loaded when the code first needs it
    format: 'esm',
    platform: 'node',
    target: 'node24',
    mainFields: ['module', 'main'], // the ES module builds, which esbuild can trim to what is imported
    treeShaking: true,
    minify: false,
    legalComments: 'none', // the notices are all in licenses.txt
    outdir: path.join(actionDir, 'dist'), // where the chunks' relative imports point (nothing is written there)
    chunkNames: 'chunks/[name]-[hash]',
    // CommonJS code inside the bundle (debug, proxy agents) calls require() for Node's own modules.
    banner: { js: "import { createRequire as __bundleCreateRequire } from 'node:module';\nconst require = __bundleCreateRequire(import.meta.url);" },
    plugins: [builtinsThroughRequire, clientNodeModelsWithoutSideEffects],
    metafile: true,
    write: false,
    logLevel: 'silent',
    ...overrides,
  };
}

export async function bundle(actionDir, outDir, overrides = {}) {
  // The built-in modules' export lists come from the Node running this (see builtinsThroughRequire): bundle
  // with the repo's Node 24 (node_modules/.bin/node, which npm scripts put first on PATH) for the same bytes.
  if (process.versions.node.split('.')[0] !== '24') {
    throw new Error(`bundle with Node 24 (run \`npm run bundle\`, which uses node_modules/.bin/node), not Node ${process.versions.node}`);
  }
  const options = buildOptions(actionDir, overrides);
  const result = await esbuild.build(options);
  for (const w of result.warnings) console.warn(`bundle ${path.basename(actionDir)}: ${w.text}`);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const outRoot = options.outdir;
  for (const file of result.outputFiles) {
    const target = path.join(outDir, path.relative(outRoot, file.path));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.contents);
  }
  writeFileSync(path.join(outDir, 'package.json'), `${JSON.stringify({ type: 'module' }, null, 2)}\n`);
  writeFileSync(path.join(outDir, 'licenses.txt'), licenses(actionDir, result.metafile));
  return { files: listFiles(outDir), metafile: result.metafile, options };
}

function listFiles(dir, prefix = '') {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]));
}

/**
 * Node's own modules, imported the way CommonJS does (require) instead of through an ES module import. An ES
 * import of a built-in reads every export of it, getters included, and node:http's WebSocket getter loads
 * undici (~20 ms of a cold start). Each export here is a pure read, so esbuild drops the ones never imported.
 */
const UNDICI_GETTERS = new Set(['http.WebSocket', 'http.CloseEvent', 'http.MessageEvent']);

const builtinsThroughRequire = {
  name: 'builtins-through-require',
  setup(build) {
    const names = new Set(builtinModules.filter((n) => !n.startsWith('_')));
    build.onResolve({ filter: /^[a-z_/:]+$/ }, (args) => {
      const name = args.path.replace(/^node:/, '');
      if (!names.has(name) || args.kind === 'require-call' || args.namespace === 'builtin') return undefined;
      return { path: name, namespace: 'builtin' };
    });
    build.onLoad({ filter: /.*/, namespace: 'builtin' }, (args) => {
      // Left out: node:http's getters that load undici (an `await import('node:http')` keeps every export).
      const module = createRequire(import.meta.url)(`node:${args.path}`);
      const exported = Object.keys(module).filter((k) => /^[A-Za-z_$][\w$]*$/.test(k) && k !== 'default' && !UNDICI_GETTERS.has(`${args.path}.${k}`));
      const lines = [
        `const builtin$ = require(${JSON.stringify(`node:${args.path}`)});`,
        'const read$ = (key) => builtin$[key];',
        'export default builtin$;',
        ...exported.map((k) => `export const ${k} = /* @__PURE__ */ read$(${JSON.stringify(k)});`),
      ];
      return { contents: lines.join('\n'), loader: 'js' };
    });
  },
};

/**
 * @kubernetes/client-node's ~1000 generated models (~600 kB) are reachable from its KubeConfig (config.js imports
 * gen/index.js, which re-exports every model), and each declares static fields, which esbuild must keep as side
 * effects. Nothing reads a model except through the ObjectSerializer, which imports them by name; declared free of
 * side effects, they stay out of a bundle that never uses them (deploy-eks speaks plain JSON to the API server).
 */
const CLIENT_NODE_GEN = '/@kubernetes/client-node/dist/gen/';

const clientNodeModelsWithoutSideEffects = {
  name: 'client-node-models-without-side-effects',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, async (args) => {
      if (args.pluginData?.modelsChecked || !args.importer.replaceAll('\\', '/').includes(CLIENT_NODE_GEN)) return undefined;
      const resolved = await build.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: { modelsChecked: true },
      });
      if (resolved.errors.length > 0 || !resolved.path.replaceAll('\\', '/').includes(`${CLIENT_NODE_GEN}models/`)) return undefined;
      return { path: resolved.path, sideEffects: false };
    });
  },
};

/**
 * The license notices of every third-party package whose code is in the bundle, from esbuild's inputs: one per
 * package version (the SDK nests other versions of some packages), in name and version order.
 */
function licenses(actionDir, metafile) {
  const dirs = new Set();
  for (const output of Object.values(metafile.outputs)) {
    for (const [file, input] of Object.entries(output.inputs)) {
      if (input.bytesInOutput === 0) continue;
      const at = file.lastIndexOf('node_modules/');
      if (at < 0) continue;
      const rest = file.slice(at + 'node_modules/'.length).split('/');
      const name = rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
      dirs.add(path.resolve(actionDir, file.slice(0, at + 'node_modules/'.length) + name));
    }
  }
  const notices = new Map();
  for (const dir of dirs) {
    const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
    const file = readdirSync(dir).find((f) => /^(licen[sc]e|copying)(\.|$)/i.test(f));
    const text = file ? readFileSync(path.join(dir, file), 'utf8').trim() : '(no license file in the package)';
    const license = typeof pkg.license === 'string' ? pkg.license : JSON.stringify(pkg.license ?? 'UNKNOWN');
    notices.set(`${pkg.name}@${pkg.version}`, `${pkg.name}@${pkg.version}\n${license}\n${text}\n`);
  }
  return [...notices.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, notice]) => notice)
    .join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const actionDir = process.cwd();
  const { files } = await bundle(actionDir, path.join(actionDir, 'dist'));
  console.log(`bundled ${path.basename(actionDir)}: dist/${files.join(', dist/')}`);
}
