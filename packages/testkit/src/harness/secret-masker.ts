// The runner's secret masker (actions/runner src/Sdk/DTLogging/Logging/SecretMasker.cs + ValueEncoders.cs):
// every registered value is also masked in the encodings a program is likely to print it in.

type ValueEncoder = (value: string) => string;

function base64(bytes: Buffer): string {
  return bytes.toString('base64');
}

// Base64 of the value shifted by 1 and 2 bytes, so base64("user:" + secret) is caught too.
function base64Shift(value: string, shift: number): string {
  const bytes = Buffer.from(value, 'utf8');
  return base64(bytes.length > shift ? bytes.subarray(shift) : bytes);
}

// Uri.EscapeDataString keeps only RFC 3986 unreserved characters; encodeURIComponent also keeps !'()*.
function uriDataEscape(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

const xmlEntities: Record<string, string> = { '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '&': '&amp;' };

// The encoders HostContext registers, in the runner's order.
const ENCODERS: ValueEncoder[] = [
  (v) => base64(Buffer.from(v, 'utf8')),
  (v) => base64Shift(v, 1),
  (v) => base64Shift(v, 2),
  (v) => v.replace(/'/g, "''"), // ExpressionStringEscape
  (v) => JSON.stringify(v).slice(1, -1), // JsonStringEscape
  uriDataEscape,
  (v) => v.replace(/[<>"'&]/g, (c) => xmlEntities[c] ?? c), // XmlDataEscape
  (v) => (v.length > 8 && v.startsWith('"') && v.endsWith('"') ? v.slice(1, -1) : ''), // TrimDoubleQuotes
];

export class SecretMasker {
  private readonly originals: string[] = [];
  private readonly variations = new Set<string>();

  /** Registers a value (and its encodings). Empty values are ignored, like the runner does. */
  add(value: string): void {
    if (!value || this.originals.includes(value)) return;
    this.originals.push(value);
    this.variations.add(value);
    for (const encode of ENCODERS) {
      const variation = encode(value);
      if (variation) this.variations.add(variation);
    }
  }

  /** The values registered so far, without their encoded variations. */
  get values(): string[] {
    return [...this.originals];
  }

  /** Replaces every occurrence (overlapping ones merged) of every variation with `***`. */
  mask(input: string): string {
    if (!input || this.variations.size === 0) return input;
    const ranges: Array<[number, number]> = [];
    for (const secret of this.variations) {
      let from = input.indexOf(secret);
      while (from >= 0) {
        ranges.push([from, from + secret.length]);
        from = input.indexOf(secret, from + 1);
      }
    }
    if (ranges.length === 0) return input;
    ranges.sort((a, b) => a[0] - b[0]);
    let out = '';
    let cursor = 0;
    let current: [number, number] | undefined;
    for (const range of ranges) {
      if (current && range[0] <= current[1]) {
        current[1] = Math.max(current[1], range[1]);
        continue;
      }
      if (current) {
        out += `${input.slice(cursor, current[0])}***`;
        cursor = current[1];
      }
      current = [range[0], range[1]];
    }
    if (current) {
      out += `${input.slice(cursor, current[0])}***`;
      cursor = current[1];
    }
    return out + input.slice(cursor);
  }
}
