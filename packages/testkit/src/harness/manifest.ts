import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isScalar, parseDocument } from 'yaml';

export interface ActionInput {
  name: string;
  description?: string;
  required: boolean;
  /** The default as the runner reads it: a string, or undefined when action.yml has none. */
  default?: string;
  deprecationMessage?: string;
}

export interface ActionManifest {
  file: string;
  dir: string;
  name: string;
  using: string;
  /** Absolute path of runs.main (resolved against the action.yml folder; may lie outside it). */
  main: string;
  post?: string;
  /** runs.post-if; the runner's default is always(). */
  postIf: string;
  inputs: ActionInput[];
}

const SUPPORTED_RUNTIMES = ['node24'];

/** Reads action.yml (then action.yaml, as the runner does) of a JavaScript action. */
export async function loadManifest(actionDir: string): Promise<ActionManifest> {
  const dir = path.resolve(actionDir);
  const file = ['action.yml', 'action.yaml'].map((f) => path.join(dir, f)).find((f) => existsSync(f));
  if (!file) throw new Error(`No action.yml or action.yaml in ${dir}`);
  const doc = parseDocument(await readFile(file, 'utf8'));
  if (doc.errors.length > 0) throw new Error(`${file}: ${doc.errors[0]?.message}`);
  const root = doc.toJS() as Record<string, unknown> | null;
  const runs = (root?.runs ?? {}) as Record<string, unknown>;
  const using = String(runs.using ?? '');
  if (!SUPPORTED_RUNTIMES.includes(using)) {
    throw new Error(`${file}: runs.using is '${using}'; the harness runs JavaScript actions on ${SUPPORTED_RUNTIMES.join(', ')}`);
  }
  if (typeof runs.main !== 'string' || !runs.main) throw new Error(`${file}: runs.main is missing`);
  if (runs.pre !== undefined) throw new Error(`${file}: runs.pre is not supported by the harness`);
  const resolve = (p: string): string => path.resolve(dir, p);
  return {
    file,
    dir,
    name: typeof root?.name === 'string' ? root.name : path.basename(dir),
    using,
    main: resolve(runs.main),
    post: typeof runs.post === 'string' && runs.post ? resolve(runs.post) : undefined,
    postIf: typeof runs['post-if'] === 'string' ? runs['post-if'] : 'always()',
    inputs: readInputs(doc),
  };
}

// Reads defaults from the YAML nodes so that `default: 10` or `default: true` become the literal text, as the
// runner's template reader keeps scalars.
function readInputs(doc: ReturnType<typeof parseDocument>): ActionInput[] {
  const inputs = doc.get('inputs', true) as { items?: Array<{ key: unknown; value: unknown }> } | undefined;
  const out: ActionInput[] = [];
  for (const pair of inputs?.items ?? []) {
    const name = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const spec = pair.value as { get?: (key: string, keepScalar: boolean) => unknown } | null;
    const field = (key: string): string | undefined => {
      const node = spec?.get?.(key, true);
      if (node === undefined || node === null) return undefined;
      if (isScalar(node)) {
        if (node.value === null) return undefined;
        return typeof node.value === 'string' ? node.value : (node.source ?? String(node.value));
      }
      return String(node);
    };
    out.push({
      name,
      description: field('description'),
      required: field('required') === 'true',
      default: field('default'),
      deprecationMessage: field('deprecationMessage'),
    });
  }
  return out;
}
