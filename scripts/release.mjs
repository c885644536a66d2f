// `npm run release -- <X.Y.Z|patch|minor|major> [--dry-run]`: cuts a release on a clean main. It bumps every
// package.json of the workspace (and the lock file, and shared's VERSION, which goes into the AWS user agent and
// so into every dist), writes the CHANGELOG.md section from the commits since the last release tag, rebuilds every
// bundle without turbo's cache, checks that each committed dist is what a fresh build makes, commits, tags
// vX.Y.Z (annotated) and moves the major tag vX to it (annotated; the only tag ever force-moved, as
// `uses: <owner>/mlops-actions/<name>@v1` follows it). Nothing is pushed: the last line says what to push.
// A refusal (dirty tree, not on main, a version already released) changes nothing; a failure half way puts the
// tree back as it was (it was clean, so that is a hard reset).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { distDifferences } from './dist-check.mjs';
import { actionNames, aliasManifest } from './sync-aliases.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RELEASE_BRANCH = 'main';
const USAGE = 'usage: npm run release -- <X.Y.Z|patch|minor|major> [--dry-run]';
const VERSION_FILE = 'packages/shared/src/runtime/version.ts';
const CHANGELOG = 'CHANGELOG.md';
const CHANGELOG_HEADER =
  '# Changelog\n\nOne section per release, written by `npm run release` from the commit subjects since the previous\nrelease tag (README, "Releasing").\n';

class Refusal extends Error {}

const gitRaw = (...args) => execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const git = (...args) => gitRaw(...args).trim();
const gitOk = (...args) => spawnSync('git', ['-C', root, ...args], { stdio: 'ignore' }).status === 0;
const readJson = (file) => JSON.parse(readFileSync(path.join(root, file), 'utf8'));
const writeJson = (file, value) => writeFileSync(path.join(root, file), `${JSON.stringify(value, null, 2)}\n`);

// ---------------------------------------------------------------------------------------------------------------
// Versions

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

function parseVersion(text) {
  const m = SEMVER.exec(text);
  return m ? m.slice(1, 4).map(Number) : undefined;
}

function compareVersions(a, b) {
  const [x, y] = [parseVersion(a), parseVersion(b)];
  for (let i = 0; i < 3; i += 1) if (x[i] !== y[i]) return x[i] - y[i];
  return 0;
}

/** The version a release argument names, from the current one. */
function nextVersion(current, wanted) {
  const [major, minor, patch] = parseVersion(current) ?? [];
  if (major === undefined) throw new Refusal(`package.json has version ${current}, which is not X.Y.Z`);
  if (wanted === 'major') return `${major + 1}.0.0`;
  if (wanted === 'minor') return `${major}.${minor + 1}.0`;
  if (wanted === 'patch') return `${major}.${minor}.${patch + 1}`;
  const explicit = wanted.replace(/^v/, '');
  if (!parseVersion(explicit)) throw new Refusal(`the release version '${wanted}' is not X.Y.Z (e.g. 1.2.0), patch, minor or major. ${USAGE}`);
  return explicit;
}

function parseArgs(argv) {
  const flags = argv.filter((a) => a.startsWith('--'));
  const unknown = flags.filter((f) => f !== '--dry-run');
  if (unknown.length) throw new Refusal(`unknown option ${unknown.join(', ')}. ${USAGE}`);
  const positional = argv.filter((a) => !a.startsWith('--'));
  if (positional.length !== 1) throw new Refusal(`give exactly one release version. ${USAGE}`);
  return { wanted: positional[0], dryRun: flags.includes('--dry-run') };
}

// ---------------------------------------------------------------------------------------------------------------
// What a release changes

/** The root package.json and every workspace's (the root's "workspaces": dirs and dir/* globs). */
function packageFiles() {
  const dirs = readJson('package.json').workspaces.flatMap((pattern) =>
    pattern.endsWith('/*')
      ? readdirSync(path.join(root, pattern.slice(0, -2)), { withFileTypes: true })
          .filter((e) => e.isDirectory())
          .map((e) => `${pattern.slice(0, -2)}/${e.name}`)
      : [pattern],
  );
  return ['', ...dirs.filter((dir) => existsSync(path.join(root, dir, 'package.json')))];
}

const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'];

/** A manifest (package.json or a lock file's workspace entry) at the new version, its workspace deps following. */
function bumped(manifest, version, workspaceNames) {
  const next = { ...manifest, version };
  for (const field of DEPENDENCY_FIELDS) {
    if (!manifest[field]) continue;
    next[field] = Object.fromEntries(
      Object.entries(manifest[field]).map(([name, spec]) => [name, workspaceNames.has(name) ? spec.replace(/\d+\.\d+\.\d+$/, version) : spec]),
    );
  }
  return next;
}

function bumpVersions(version) {
  const dirs = packageFiles();
  const manifestOf = (dir) => (dir ? `${dir}/package.json` : 'package.json');
  const workspaceNames = new Set(dirs.map((dir) => readJson(manifestOf(dir)).name));
  for (const dir of dirs) writeJson(manifestOf(dir), bumped(readJson(manifestOf(dir)), version, workspaceNames));
  const lock = readJson('package-lock.json');
  lock.version = version;
  for (const dir of dirs) if (lock.packages[dir]) lock.packages[dir] = bumped(lock.packages[dir], version, workspaceNames);
  writeJson('package-lock.json', lock);
  const versionSource = readFileSync(path.join(root, VERSION_FILE), 'utf8');
  const versionLine = /export const VERSION = '[^']*';/;
  if (!versionLine.test(versionSource)) throw new Error(`${VERSION_FILE} has no line "export const VERSION = '...';" to bump`);
  writeFileSync(path.join(root, VERSION_FILE), versionSource.replace(versionLine, `export const VERSION = '${version}';`));
  return dirs.length;
}

/** The last release tag reachable from HEAD (vX.Y.Z only: the major tags vX are not releases of their own). */
function lastReleaseTag() {
  return gitOk('describe', '--tags', '--abbrev=0', '--match', 'v[0-9]*.[0-9]*.[0-9]*')
    ? git('describe', '--tags', '--abbrev=0', '--match', 'v[0-9]*.[0-9]*.[0-9]*')
    : undefined;
}

function changelogSection(version, since, date) {
  const range = since ? [`${since}..HEAD`] : ['HEAD'];
  const commits = git('log', '--no-merges', '--format=%h %s', ...range)
    .split('\n')
    .filter(Boolean);
  const lines = commits.length
    ? commits.map((c) => `- ${c.slice(c.indexOf(' ') + 1)} (${c.slice(0, c.indexOf(' '))})`)
    : ['- No changes since the previous release.'];
  const intro = since ? `Changes since ${since}:` : 'First release; every change so far:';
  return `## v${version} (${date})\n\n${intro}\n\n${lines.join('\n')}\n`;
}

function writeChangelog(section) {
  const file = path.join(root, CHANGELOG);
  const current = existsSync(file) ? readFileSync(file, 'utf8') : CHANGELOG_HEADER;
  const firstSection = current.search(/^## /m);
  const [head, rest] = firstSection < 0 ? [current, ''] : [current.slice(0, firstSection), current.slice(firstSection)];
  writeFileSync(file, `${head.trimEnd()}\n\n${section}${rest ? `\n${rest}` : ''}`);
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
}

/** Every bundle built again from the sources, bypassing turbo's cache, and every root alias written again. */
function rebuildBundles() {
  run(path.join(root, 'node_modules', '.bin', 'turbo'), ['run', 'bundle', '--force', '--output-logs=errors-only']);
  for (const name of actionNames()) writeFileSync(path.join(root, name, 'action.yml'), aliasManifest(name));
}

async function checkDists() {
  const differences = (await Promise.all(actionNames().map((name) => distDifferences(root, name)))).flat();
  if (differences.length) throw new Error(`the dist check failed after the rebuild (the build is not deterministic?):\n  ${differences.join('\n  ')}`);
}

// ---------------------------------------------------------------------------------------------------------------

function refuseUnlessReleasable(version, current) {
  const branch = gitOk('symbolic-ref', '-q', 'HEAD') ? git('symbolic-ref', '--short', 'HEAD') : '(detached HEAD)';
  if (branch !== RELEASE_BRANCH) throw new Refusal(`releases are cut from ${RELEASE_BRANCH}, and this is ${branch}: \`git switch ${RELEASE_BRANCH}\` first`);
  const dirty = gitRaw('status', '--porcelain', '--untracked-files=all').split('\n').filter(Boolean);
  if (dirty.length) {
    const shown = dirty.slice(0, 10).map((line) => `  ${line}`);
    if (dirty.length > 10) shown.push(`  ... and ${dirty.length - 10} more`);
    throw new Refusal(`the working tree is not clean; commit or stash first:\n${shown.join('\n')}`);
  }
  const tag = `v${version}`;
  if (gitOk('rev-parse', '-q', '--verify', `refs/tags/${tag}`)) {
    throw new Refusal(`${tag} is already released (tag ${tag} is at ${git('rev-list', '-n', '1', tag).slice(0, 12)}); nothing changed. Give a newer version.`);
  }
  // The current version itself may be released while it has no tag (the first release of 0.1.0, say).
  if (compareVersions(version, current) < 0) throw new Refusal(`${version} is older than the current version ${current}; nothing changed`);
}

async function release(argv) {
  const { wanted, dryRun } = parseArgs(argv);
  const current = readJson('package.json').version;
  const version = nextVersion(current, wanted);
  refuseUnlessReleasable(version, current);
  const tag = `v${version}`;
  const majorTag = `v${parseVersion(version)[0]}`;
  const since = lastReleaseTag();
  const section = changelogSection(version, since, new Date().toISOString().slice(0, 10));
  const majorMoves = gitOk('rev-parse', '-q', '--verify', `refs/tags/${majorTag}`);
  const plan = [
    `bump ${packageFiles().length} package.json files, package-lock.json and ${VERSION_FILE}: ${current} -> ${version}`,
    `write the ${tag} section of ${CHANGELOG} (${since ? `commits since ${since}` : 'every commit: no release tag yet'})`,
    'rebuild every bundle (turbo run bundle --force) and root alias, then check each dist equals a fresh build',
    `commit "Release ${tag}", tag ${tag} (annotated)`,
    `${majorMoves ? 'move' : 'create'} the major tag ${majorTag} (annotated) to ${tag}`,
  ];
  if (dryRun) {
    console.log(
      `Dry run: a release of ${tag} from ${RELEASE_BRANCH} at ${git('rev-parse', '--short=12', 'HEAD')} would\n${plan.map((s) => `  - ${s}`).join('\n')}`,
    );
    console.log(`\n${CHANGELOG} section:\n\n${section}`);
    return;
  }
  try {
    console.log(`release ${tag}: ${plan[0]}`);
    bumpVersions(version);
    console.log(`release ${tag}: ${plan[1]}`);
    writeChangelog(section);
    console.log(`release ${tag}: ${plan[2]}`);
    rebuildBundles();
    git('add', '--all');
    await checkDists();
    git('commit', '-q', '-m', `Release ${tag}`, '-m', `Versions ${current} -> ${version}, ${CHANGELOG}, fresh bundles (npm run release).`);
  } catch (error) {
    git('reset', '-q', '--hard', 'HEAD');
    git('clean', '-q', '-d', '--force');
    throw new Error(`${error.message}\nThe release was abandoned; the tree is back at HEAD.`);
  }
  git('tag', '-a', tag, '-m', `mlops-actions ${tag}`);
  git('tag', '--force', '-a', majorTag, '-m', `mlops-actions ${majorTag} (now ${tag})`);
  const commit = git('rev-parse', '--short=12', 'HEAD');
  console.log(`Released ${tag} at ${commit}; ${majorTag} ${majorMoves ? 'moved' : 'created'} -> ${tag}.`);
  console.log(`Publish: git push origin ${RELEASE_BRANCH} ${tag} && git push --force origin ${majorTag}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    await release(process.argv.slice(2));
  } catch (error) {
    console.error(`release: ${error instanceof Refusal ? 'refused: ' : ''}${error.message}`);
    process.exitCode = 1;
  }
}
