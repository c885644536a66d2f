// DuckDB reference for the drift bench's parse rate: scan the same CSV, every column read (min of each), in its
// own process so its peak RSS is its own. Prints { seconds, rows, maxRssMiB }.
import { DuckDBInstance } from '@duckdb/node-api';

const [file, numeric, categorical] = [process.argv[2], Number(process.argv[3]), Number(process.argv[4])];
const instance = await DuckDBInstance.create(':memory:');
const con = await instance.connect();
const cols = [...Array.from({ length: numeric }, (_, i) => `min(n${i})`), ...Array.from({ length: categorical }, (_, i) => `min(c${i})`)];
const t = performance.now();
const reader = await con.runAndReadAll(`SELECT count(*), ${cols.join(', ')} FROM read_csv('${file.replaceAll("'", "''")}', header = true)`);
const seconds = (performance.now() - t) / 1000;
const rows = Number(reader.getRows()[0][0]);
process.stdout.write(`${JSON.stringify({ seconds, rows, maxRssMiB: process.resourceUsage().maxRSS / 1024 })}\n`);
