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

/**
 * In-place ascending sort of a short Float64Array without NaN (a sketch level, a few thousand values): quicksort
 * with median-of-three pivots, insertion sort below 16 items, the smaller side first so the stack stays
 * O(log n). TypedArray#sort takes ~2 ms for 8192 doubles here and the radix sort's 64K-bucket passes do not pay
 * off at this size; this takes a fraction of either.
 */
export function sortShortFloat64(a: Float64Array, from = 0, to = a.length): Float64Array {
  const stack: number[] = [];
  let lo = from;
  let hi = to - 1;
  for (;;) {
    while (hi - lo >= 16) {
      const mid = (lo + hi) >>> 1;
      // median of three into a[mid]; a[lo] <= a[mid] <= a[hi] are sentinels for the partition loops
      if ((a[mid] as number) < (a[lo] as number)) swap(a, mid, lo);
      if ((a[hi] as number) < (a[lo] as number)) swap(a, hi, lo);
      if ((a[hi] as number) < (a[mid] as number)) swap(a, hi, mid);
      const pivot = a[mid] as number;
      let i = lo;
      let j = hi;
      for (;;) {
        do i++;
        while ((a[i] as number) < pivot);
        do j--;
        while ((a[j] as number) > pivot);
        if (i >= j) break;
        swap(a, i, j);
      }
      // [lo, j] <= pivot <= [j + 1, hi]
      if (j - lo < hi - j) {
        stack.push(j + 1, hi);
        hi = j;
      } else {
        stack.push(lo, j);
        lo = j + 1;
      }
    }
    for (let i = lo + 1; i <= hi; i++) {
      const x = a[i] as number;
      let j = i - 1;
      while (j >= lo && (a[j] as number) > x) {
        a[j + 1] = a[j] as number;
        j--;
      }
      a[j + 1] = x;
    }
    if (stack.length === 0) return a;
    hi = stack.pop() as number;
    lo = stack.pop() as number;
  }
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i] as number;
  a[i] = a[j] as number;
  a[j] = t;
}
