import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/** Absolute path of a file in npm vega-datasets/data (its "exports" expose only build/index.js). */
export function vegaData(file: string): string {
  return join(dirname(require.resolve('vega-datasets')), '..', 'data', file);
}
