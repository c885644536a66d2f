/**
 * .dockerignore as Docker reads it (moby/patternmatcher): one pattern a line, `#` comment lines, `!` exceptions,
 * the last matching pattern wins, a pattern that matches a directory excludes everything under it, `**` matches
 * any number of directories, `*` and `?` never match `/`, leading and trailing `/` and `./` are dropped.
 */
export interface IgnorePattern {
  exclusion: boolean;
  regex: RegExp;
  text: string;
}

export function parseDockerignore(text: string): IgnorePattern[] {
  const patterns: IgnorePattern[] = [];
  for (const rawLine of text.split(/\r?\n/)) {
    let line = rawLine.trim();
    if (line === '' || line.startsWith('#')) continue;
    let exclusion = false;
    if (line.startsWith('!')) {
      exclusion = true;
      line = line.slice(1).trim();
    }
    const cleaned = cleanPath(line);
    if (cleaned === '' || cleaned === '.') continue;
    patterns.push({ exclusion, regex: toRegex(cleaned), text: line });
  }
  return patterns;
}

/** filepath.Clean for forward slashes, relative to the context root. */
function cleanPath(p: string): string {
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out.join('/');
}

function toRegex(pattern: string): RegExp {
  let re = '^';
  for (let i = 0; i < pattern.length; i += 1) {
    const c = pattern[i] as string;
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        i += 1;
        // `**/` matches zero or more directories; a final `**` matches everything below.
        if (pattern[i + 1] === '/') {
          i += 1;
          re += '(?:.*/)?';
        } else {
          re += '.*';
        }
      } else {
        re += '[^/]*';
      }
    } else if (c === '?') {
      re += '[^/]';
    } else if (c === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end < 0) {
        re += '\\[';
      } else {
        let body = pattern.slice(i + 1, end);
        if (body.startsWith('^') || body.startsWith('!')) body = `^${body.slice(1)}`;
        re += `[${body.replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else if (c === '\\' && i + 1 < pattern.length) {
      i += 1;
      re += escapeRegex(pattern[i] as string);
    } else {
      re += escapeRegex(c);
    }
  }
  return new RegExp(`${re}$`);
}

function escapeRegex(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Whether `relPath` (forward slashes, relative to the context) is left out of the build context. */
export function isIgnored(patterns: IgnorePattern[], relPath: string): boolean {
  const parents: string[] = [];
  const parts = relPath.split('/');
  for (let i = 1; i < parts.length; i += 1) parents.push(parts.slice(0, i).join('/'));
  let ignored = false;
  for (const pattern of patterns) {
    // A pattern matches the path itself or one of its parent directories.
    const matches = pattern.regex.test(relPath) || parents.some((parent) => pattern.regex.test(parent));
    if (matches) ignored = !pattern.exclusion;
  }
  return ignored;
}

/** Exceptions can re-include something under an ignored directory, so such a directory must still be walked. */
export function hasExceptions(patterns: IgnorePattern[]): boolean {
  return patterns.some((p) => p.exclusion);
}
