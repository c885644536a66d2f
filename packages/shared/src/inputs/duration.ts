const UNIT_MS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/y;

/**
 * Parses durations written the way people write them in workflows: `90s`, `45m`, `1h30m`, `1.5h`, `250ms`.
 * A bare number is refused on purpose: `timeout: 30` could mean seconds or minutes, and guessing wrong either
 * burns runner minutes or fails a healthy run.
 * Returns milliseconds, or undefined when the text is not a duration.
 */
export function parseDuration(text: string): number | undefined {
  const source = text.trim().toLowerCase().replace(/\s+/g, '');
  if (source === '') return undefined;
  let total = 0;
  let previousUnit = Infinity;
  PART.lastIndex = 0;
  while (PART.lastIndex < source.length) {
    const match = PART.exec(source);
    if (!match) return undefined;
    // Largest unit first, each once (`1h30m`): `5m5m` or `30m1h` is more likely a typo than a sum.
    const unit = UNIT_MS[match[2] as string] as number;
    if (unit >= previousUnit) return undefined;
    previousUnit = unit;
    total += Number(match[1]) * unit;
  }
  return Math.round(total);
}
