// A Model Monitor statistics.json written the way deequ writes one, for tests: a KLL sketch built by the same
// rules as deequ's QuantileNonSample / NonSampleCompactor (capacity 2 (ceil(k c^h / 2) + 1), compact the lowest
// full level, sorted, alternating offset, odd item kept back; partitions merged by concatenating levels), and
// deequ's population std_dev. Independent of the engine's own sketch code.

class DeequKll {
  levels: number[][] = [[]];
  private offsets: number[] = [0];
  private compressions: number[] = [0];

  constructor(
    readonly k: number,
    readonly c: number,
  ) {}

  private capacity(h: number): number {
    return 2 * (Math.ceil((this.k * this.c ** h) / 2) + 1);
  }

  private totalCapacity(): number {
    return this.levels.reduce((sum, _, h) => sum + this.capacity(h), 0);
  }

  private items(): number {
    return this.levels.reduce((sum, level) => sum + level.length, 0);
  }

  private expand(): void {
    this.levels.push([]);
    this.offsets.push(0);
    this.compressions.push(0);
  }

  private compact(h: number): number[] {
    const buffer = this.levels[h] as number[];
    const len = buffer.length - (buffer.length % 2);
    if ((this.compressions[h] as number) % 2 === 1) this.offsets[h] = 1 - (this.offsets[h] as number);
    const sorted = buffer.slice(0, len).sort((a, b) => a - b);
    const output: number[] = [];
    for (let i = this.offsets[h] as number; i < len; i += 2) output.push(sorted[i] as number);
    this.levels[h] = buffer.length % 2 ? [buffer[buffer.length - 1] as number] : [];
    this.compressions[h] = (this.compressions[h] as number) + 1;
    return output;
  }

  private condense(): void {
    for (let h = 0; h < this.levels.length; h++) {
      if ((this.levels[h] as number[]).length >= this.capacity(h)) {
        if (h + 1 >= this.levels.length) this.expand();
        (this.levels[h + 1] as number[]).push(...this.compact(h));
        return;
      }
    }
  }

  update(x: number): void {
    (this.levels[0] as number[]).push(x);
    if (this.items() > this.totalCapacity()) this.condense();
  }

  merge(other: DeequKll): void {
    while (this.levels.length < other.levels.length) this.expand();
    other.levels.forEach((level, h) => (this.levels[h] as number[]).push(...level));
    while (this.items() >= this.totalCapacity()) this.condense();
  }
}

/** deequ's KLL of the values, built over `partitions` Spark-like partitions and merged. */
export function deequKll(values: ArrayLike<number>, options: { k?: number; c?: number; partitions?: number } = {}): number[][] {
  const k = options.k ?? 2048;
  const c = options.c ?? 0.64;
  const parts = options.partitions ?? 1;
  const sketches = Array.from({ length: parts }, () => new DeequKll(k, c));
  for (let i = 0; i < values.length; i++) (sketches[i % parts] as DeequKll).update(values[i] as number);
  const [first, ...rest] = sketches as [DeequKll, ...DeequKll[]];
  for (const s of rest) first.merge(s);
  return first.levels;
}

/** One numeric feature's entry of statistics.json. */
export function numericFeature(name: string, values: ArrayLike<number>, missing = 0, options: { k?: number; c?: number; partitions?: number } = {}): object {
  const n = values.length;
  let sum = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    sum += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const mean = sum / n;
  let m2 = 0;
  for (let i = 0; i < n; i++) m2 += ((values[i] as number) - mean) ** 2;
  const data = deequKll(values, options);
  const width = (max - min) / 10;
  const buckets = Array.from({ length: 10 }, (_, b) => ({ lower_bound: min + b * width, upper_bound: b === 9 ? max : min + (b + 1) * width, count: 0 }));
  for (let i = 0; i < n; i++) (buckets[Math.min(9, Math.floor(((values[i] as number) - min) / (width || 1)))] as { count: number }).count++;
  return {
    name,
    inferred_type: 'Fractional',
    numerical_statistics: {
      common: { num_present: n, num_missing: missing },
      mean,
      sum,
      std_dev: Math.sqrt(m2 / n),
      min,
      max,
      distribution: { kll: { buckets, sketch: { parameters: { c: options.c ?? 0.64, k: options.k ?? 2048 }, data } } },
    },
  };
}

/** One categorical feature's entry of statistics.json. */
export function stringFeature(name: string, values: readonly string[], missing = 0): object {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return {
    name,
    inferred_type: 'String',
    string_statistics: {
      common: { num_present: values.length, num_missing: missing },
      distinct_count: counts.size,
      distribution: { categorical: { buckets: [...counts].map(([value, count]) => ({ value, count })) } },
    },
  };
}

export function statisticsJson(itemCount: number, features: object[]): object {
  return { version: 0, dataset: { item_count: itemCount }, features };
}
