/**
 * In-place ascending sort of a Float64Array without NaN: LSD radix sort on the IEEE-754 bits (mapped so unsigned
 * order = numeric order), four 16-bit passes. About 4x faster than TypedArray#sort at 1M values; -0 sorts before
 * +0 (they compare equal everywhere the engine uses them). Small arrays use the built-in sort.
 */
/**
 * Four key arrays of n words each, from one buffer kept between calls: sorting many columns of the same size
 * then allocates (and later collects) nothing. Not shared across concurrent calls (sorting is synchronous).
 */
let scratchBuffer = new ArrayBuffer(0);
function scratch(n: number): [Uint32Array, Uint32Array, Uint32Array, Uint32Array] {
  if (scratchBuffer.byteLength < 16 * n) scratchBuffer = new ArrayBuffer(16 * n);
  const view = (i: number) => new Uint32Array(scratchBuffer, i * 4 * n, n);
  return [view(0), view(1), view(2), view(3)];
}

export function sortFloat64(a: Float64Array): Float64Array {
  const n = a.length;
  if (n < 2048) return a.sort();
  const words = new Uint32Array(a.buffer, a.byteOffset, n * 2); // little-endian: [lo, hi] per value
  const [lo0, hi0, lo1, hi1] = scratch(n);
  let lo = lo0;
  let hi = hi0;
  for (let i = 0; i < n; i++) {
    const l = words[2 * i] as number;
    const h = words[2 * i + 1] as number;
    if (h & 0x80000000) {
      lo[i] = ~l >>> 0;
      hi[i] = ~h >>> 0;
    } else {
      lo[i] = l;
      hi[i] = (h | 0x80000000) >>> 0;
    }
  }
  let lo2 = lo1;
  let hi2 = hi1;
  const count = new Uint32Array(65536);
  for (let pass = 0; pass < 4; pass++) {
    const key = pass < 2 ? lo : hi;
    const shift = (pass & 1) * 16;
    count.fill(0);
    for (let i = 0; i < n; i++) {
      const d = ((key[i] as number) >>> shift) & 0xffff;
      count[d] = (count[d] as number) + 1;
    }
    // skip a pass where every key has the same digit
    let nonEmpty = 0;
    for (let d = 0; d < 65536 && nonEmpty < 2; d++) if (count[d]) nonEmpty++;
    if (nonEmpty < 2) continue;
    let sum = 0;
    for (let d = 0; d < 65536; d++) {
      const c = count[d] as number;
      count[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const d = ((key[i] as number) >>> shift) & 0xffff;
      const p = count[d] as number;
      count[d] = p + 1;
      lo2[p] = lo[i] as number;
      hi2[p] = hi[i] as number;
    }
    [lo, lo2] = [lo2, lo];
    [hi, hi2] = [hi2, hi];
  }
  for (let i = 0; i < n; i++) {
    const l = lo[i] as number;
    const h = hi[i] as number;
    if (h & 0x80000000) {
      words[2 * i] = l;
      words[2 * i + 1] = (h & 0x7fffffff) >>> 0;
    } else {
      words[2 * i] = ~l >>> 0;
      words[2 * i + 1] = ~h >>> 0;
    }
  }
  return a;
}
