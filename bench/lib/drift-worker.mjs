// Child process of the drift bench (one job per process, so each peak RSS is its own):
//   gen <dir> <rows> <seed> <shift>   write <dir>/data.csv + raw columns (<dir>/n<i>.f64, <dir>/c<i>.u16) for python
//   parse <csv>                        readCsv over the file read as check-drift reads a local CSV (readFileChunks:
//                                      1 MiB reused buffers), every field parsed (numbers / strings)
//   compute <refDir> <curDir>          profiles from in-memory columns + compareProfiles (the part scipy does)
//   e2e <refCsv> <curCsv>              readCsv -> ProfileBuilder for both -> compareProfiles
// Prints one JSON line: { seconds, rows, maxRssMiB, ... }.
import { openSync, readFileSync, writeSync, closeSync } from 'node:fs';
import path from 'node:path';

import * as drift from '@mlops-actions/drift'; // its built lib/ (turbo builds it before the bench and its test)
import { readFileChunks } from '@mlops-actions/shared/runtime';

export const NUMERIC = 10;
export const CATEGORICAL = 10;
const VOCAB = Array.from({ length: CATEGORICAL }, (_, i) => Array.from({ length: [3, 5, 8, 12, 20, 30, 50, 80, 120, 200][i] }, (_, j) => `v${i}_${j}`));
const names = [...Array.from({ length: NUMERIC }, (_, i) => `n${i}`), ...Array.from({ length: CATEGORICAL }, (_, i) => `c${i}`)];

function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const mib = () => process.resourceUsage().maxRSS / 1024;
const out = (o) => process.stdout.write(`${JSON.stringify({ ...o, maxRssMiB: mib() })}\n`);

async function gen(dir, rows, seed, shift) {
  const r = rng(seed);
  const csv = openSync(path.join(dir, 'data.csv'), 'w');
  const nf = Array.from({ length: NUMERIC }, (_, i) => openSync(path.join(dir, `n${i}.f64`), 'w'));
  const cf = Array.from({ length: CATEGORICAL }, (_, i) => openSync(path.join(dir, `c${i}.u16`), 'w'));
  writeSync(csv, `${names.join(',')}\n`);
  const B = 50_000;
  for (let start = 0; start < rows; start += B) {
    const n = Math.min(B, rows - start);
    const num = Array.from({ length: NUMERIC }, () => new Float64Array(n));
    const cat = Array.from({ length: CATEGORICAL }, () => new Uint16Array(n));
    const lines = new Array(n);
    for (let k = 0; k < n; k++) {
      const f = new Array(NUMERIC + CATEGORICAL);
      for (let i = 0; i < NUMERIC; i++) {
        // mixtures of shapes: sums of uniforms (bell), exponential-ish, uniform; 3 decimals so text == double
        const u = r();
        let x;
        if (i % 3 === 0) x = (r() + r() + r() + u - 2) * (10 + i) + shift * (i + 1);
        else if (i % 3 === 1) x = -Math.log(1 - u) * (5 + i) * (1 + shift);
        else x = u * 100 * (i + 1) + shift * 10;
        x = Math.round(x * 1000) / 1000;
        num[i][k] = x;
        f[i] = x;
      }
      for (let i = 0; i < CATEGORICAL; i++) {
        const v = VOCAB[i];
        const u = Math.min(0.999999, r() ** (1 + shift * (i % 2)));
        const c = Math.floor(u * v.length);
        cat[i][k] = c;
        f[NUMERIC + i] = v[c];
      }
      lines[k] = f.join(',');
    }
    writeSync(csv, `${lines.join('\n')}\n`);
    num.forEach((a, i) => writeSync(nf[i], new Uint8Array(a.buffer)));
    cat.forEach((a, i) => writeSync(cf[i], new Uint8Array(a.buffer)));
  }
  [csv, ...nf, ...cf].forEach(closeSync);
  out({ rows });
}

// as check-drift's read.ts feeds a local CSV to the reader
const chunks = (file) => readFileChunks(file);

async function parse(file) {
  const t = performance.now();
  let rows = 0;
  let check = 0;
  for await (const b of drift.readCsv(chunks(file))) {
    for (let c = 0; c < NUMERIC; c++) check += b.numbers(c)[0];
    for (let c = NUMERIC; c < NUMERIC + CATEGORICAL; c++) check += b.strings(c).length;
    rows += b.length;
  }
  out({ seconds: (performance.now() - t) / 1000, rows, check });
}

/** In-memory columns as RowBatches of 64k rows. */
function memoryBatches(dir) {
  const num = Array.from({ length: NUMERIC }, (_, i) => {
    const b = readFileSync(path.join(dir, `n${i}.f64`));
    return new Float64Array(b.buffer, b.byteOffset, b.length / 8);
  });
  const cat = Array.from({ length: CATEGORICAL }, (_, i) => {
    const b = readFileSync(path.join(dir, `c${i}.u16`));
    const codes = new Uint16Array(b.buffer, b.byteOffset, b.length / 2);
    return Array.from(codes, (c) => VOCAB[i][c]);
  });
  const rows = num[0].length;
  const B = 65_536;
  const batches = [];
  for (let s = 0; s < rows; s += B) {
    const e = Math.min(rows, s + B);
    const numSlices = num.map((a) => a.subarray(s, e));
    const catSlices = cat.map((a) => a.slice(s, e));
    batches.push({ names, length: e - s, badRows: 0, numbers: (c) => numSlices[c], strings: (c) => catSlices[c - NUMERIC] });
  }
  return batches;
}

async function compute(refDir, curDir) {
  const ref = memoryBatches(refDir);
  const cur = memoryBatches(curDir);
  const types = Object.fromEntries(names.map((n, i) => [n, i < NUMERIC ? 'numeric' : 'categorical']));
  const t = performance.now();
  const a = new drift.ProfileBuilder({ types });
  for (const b of ref) a.add(b);
  const b2 = new drift.ProfileBuilder({ types });
  for (const b of cur) b2.add(b);
  const report = drift.compareProfiles(a.finish(), b2.finish());
  out({
    seconds: (performance.now() - t) / 1000,
    rows: a.rows,
    methods: [...new Set(report.columns.map((c) => `${c.method}/${c.basis}`))],
    share: report.share,
  });
}

async function e2e(refCsv, curCsv) {
  const t = performance.now();
  const profile = async (file) => {
    const p = new drift.ProfileBuilder();
    for await (const b of drift.readCsv(chunks(file))) p.add(b);
    return p.finish();
  };
  const a = await profile(refCsv);
  const b = await profile(curCsv);
  const report = drift.compareProfiles(a, b);
  out({ seconds: (performance.now() - t) / 1000, rows: a.rows, detected: report.detected, share: report.share });
}

const [cmd, ...args] = process.argv.slice(2);
if (cmd === 'gen') await gen(args[0], Number(args[1]), Number(args[2]), Number(args[3]));
else if (cmd === 'parse') await parse(args[0]);
else if (cmd === 'compute') await compute(args[0], args[1]);
else if (cmd === 'e2e') await e2e(args[0], args[1]);
else throw new Error(`unknown command ${cmd}`);
