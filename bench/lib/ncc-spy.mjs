// Stands in for `@vercel/ncc` inside scripts/bundle.mjs while the benchmark runs (see ./bundles.mjs): calls the
// real ncc with bundle.mjs's own options plus `spy.overrides` (e.g. { minify: true }), and keeps the webpack
// stats of the last build. So every bundle the benchmark makes goes through bundle.mjs, with its exact settings.
import ncc from '@vercel/ncc';

export const spy = {
  /** Merged over bundle.mjs's options for the next builds. */
  overrides: {},
  /** The options and webpack stats of the last build. */
  last: undefined,
};

export default async function nccSpy(entry, options) {
  const merged = { ...options, ...spy.overrides };
  const result = await ncc(entry, merged);
  spy.last = { entry, options: merged, stats: result.stats };
  return result;
}
