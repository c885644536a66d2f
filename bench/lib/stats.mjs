// Small statistics and formatting helpers for the benchmark tables.

/** Quantile q in [0, 1] with linear interpolation between order statistics (R type 7). */
export function quantile(values, q) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/** Median, p10 and p90 of a sample. */
export function summary(values) {
  return { n: values.filter(Number.isFinite).length, median: quantile(values, 0.5), p10: quantile(values, 0.1), p90: quantile(values, 0.9) };
}

export const ms = (v) => (Number.isFinite(v) ? `${Math.round(v)} ms` : 'n/a');
export const ratio = (v) => (Number.isFinite(v) ? `${v.toFixed(2)}x` : 'n/a');
export const spread = (s, fmt) => (Number.isFinite(s.p10) ? `${fmt(s.p10)}–${fmt(s.p90)}` : 'n/a');

export function bytes(n) {
  if (!Number.isFinite(n)) return 'n/a';
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(2)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} B`;
}

/** A plain text table: first row is the header; `left` = how many leading columns are left-aligned (text). */
export function table(rows, left = 1) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  const line = (r) =>
    r
      .map((c, i) => (i < left ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}
