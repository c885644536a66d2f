import { describe, expect, it } from 'vitest';
import { CHART_BINS, CHART_CATEGORIES, chartBins, edgeLabel, type Profile, ProfileBuilder, type RowBatch, ValueBatch } from '../src/index.js';

function profile(columns: Record<string, unknown[]>, exactLimit?: number): Profile {
  const names = Object.keys(columns);
  const values = names.map((n) => columns[n] as unknown[]);
  const builder = new ProfileBuilder(exactLimit ? { exactLimit, sketchK: 64 } : {});
  const length = (values[0] as unknown[]).length;
  // several batches, as a reader yields them
  for (let start = 0; start < length; start += 1000) {
    const end = Math.min(length, start + 1000);
    const batch: RowBatch = new ValueBatch(
      names,
      values.map((v) => v.slice(start, end)),
      end - start,
    );
    builder.add(batch);
  }
  return builder.finish();
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('chartBins (display bins of the summary charts)', () => {
  it('numeric, exact values: 10 equal-width bins over both sides, the minimum in the first bin, shares summing to 1', () => {
    const ref = profile({ x: Array.from({ length: 100 }, (_, i) => i) }); // 0..99
    const cur = profile({ x: Array.from({ length: 50 }, (_, i) => 50 + i * 2) }); // 50..148
    const bins = chartBins(ref, cur, 'x');
    expect(bins).toBeDefined();
    if (!bins) return;
    expect(bins.labels).toHaveLength(CHART_BINS);
    expect(bins.labels[0]).toBe('0–14.8');
    expect(bins.labels[9]).toBe('133.2–148');
    // reference: 0..14 in bin 0 (15 values, the minimum included), 15..29 in bin 1 (x <= 29.6), ...
    expect(bins.reference[0]).toBeCloseTo(0.15, 12);
    expect(bins.reference[1]).toBeCloseTo(0.15, 12);
    expect(bins.reference.slice(7)).toEqual([0, 0, 0]);
    expect(bins.current.slice(0, 3)).toEqual([0, 0, 0]);
    expect(sum(bins.reference)).toBeCloseTo(1, 12);
    expect(sum(bins.current)).toBeCloseTo(1, 12);
  });

  it('numeric from sketches: shares (not counts) within the sketches’ CDF error of the exact ones', () => {
    const n = 20_000;
    const values = Array.from({ length: n }, (_, i) => Math.sin(i) * 50 + (i % 7));
    const shifted = values.map((v) => v * 1.2 + 3);
    const exact = chartBins(profile({ x: values }), profile({ x: shifted }), 'x');
    const refSketch = profile({ x: values }, 1000);
    const curSketch = profile({ x: shifted }, 1000);
    const sketchRef = refSketch.columns.get('x');
    expect(sketchRef && 'sketch' in sketchRef && sketchRef.sketch !== null).toBe(true);
    const sketched = chartBins(refSketch, curSketch, 'x');
    expect(exact && sketched).toBeTruthy();
    if (!exact || !sketched) return;
    expect(sketched.labels).toEqual(exact.labels);
    const err = (p: Profile) => {
      const col = p.columns.get('x');
      return col && 'sketch' in col && col.sketch ? col.sketch.cdfError : 1;
    };
    // a bin's share is a difference of two CDF values, each within cdfError
    sketched.reference.forEach((s, i) => expect(Math.abs(s - (exact.reference[i] as number))).toBeLessThanOrEqual(2 * err(refSketch)));
    sketched.current.forEach((s, i) => expect(Math.abs(s - (exact.current[i] as number))).toBeLessThanOrEqual(2 * err(curSketch)));
    expect(sum(sketched.reference)).toBeCloseTo(1, 9);
  });

  it('categorical: the most frequent categories over both sides, shares of each side', () => {
    const ref = profile({ c: [...Array(60).fill('a'), ...Array(30).fill('b'), ...Array(10).fill('c')] });
    const cur = profile({ c: [...Array(10).fill('a'), ...Array(10).fill('b'), ...Array(80).fill('d')] });
    const bins = chartBins(ref, cur, 'c');
    expect(bins).toEqual({ labels: ['d', 'a', 'b', 'c'], reference: [0, 0.6, 0.3, 0.1], current: [0.8, 0.1, 0.1, 0] });
    const many = profile({ c: Array.from({ length: 300 }, (_, i) => `v${i % 30}`) });
    expect(chartBins(many, many, 'c')?.labels).toHaveLength(CHART_CATEGORIES);
  });

  it('nothing to draw: a missing column, types that differ, or a constant numeric column', () => {
    const num = profile({ x: [1, 2, 3], k: [5, 5, 5] });
    const cat = profile({ x: ['a', 'b', 'c'], k: [5, 5, 5] });
    expect(chartBins(num, num, 'nope')).toBeUndefined();
    expect(chartBins(num, cat, 'x')).toBeUndefined();
    expect(chartBins(num, num, 'k')).toBeUndefined();
  });

  it('labels: 3 significant digits for large or tiny edges, else up to 2 decimals', () => {
    expect(edgeLabel(12345)).toBe('1.23e+4');
    expect(edgeLabel(0.001234)).toBe('0.00123');
    expect(edgeLabel(14.8)).toBe('14.8');
    expect(edgeLabel(0)).toBe('0');
  });
});
