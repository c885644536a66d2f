import { execFileSync } from 'node:child_process';

/**
 * Runs python3 (numpy + scipy of the image) with `code`, passing `input` as JSON on stdin, and returns the JSON
 * the script prints. The script gets `data` (the parsed input) and must print one JSON document.
 */
export function scipy<T>(code: string, input: unknown): T {
  const script = `import sys, json, math\nimport numpy as np\nimport scipy.stats as st\nfrom scipy.spatial import distance\ndata = json.load(sys.stdin)\n${code}\n`;
  const out = execFileSync('python3', ['-c', script], {
    input: JSON.stringify(input),
    maxBuffer: 1 << 30,
    encoding: 'utf8',
  });
  return JSON.parse(out) as T;
}

/** |a - b| <= tol * max(|a|, |b|) (or both tiny), for relative agreement checks. */
export function relClose(a: number, b: number, tol = 1e-9): boolean {
  if (a === b) return true;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  return Math.abs(a - b) <= tol * Math.max(Math.abs(a), Math.abs(b), 1e-300);
}
