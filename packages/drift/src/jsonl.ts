import { type RowBatch, ValueBatch } from './batch.js';
import { CsvError } from './csv.js';

export interface JsonLinesOptions {
  /** Column names; when absent, the keys of the first batch in first-seen order (later new keys are ignored). */
  names?: readonly string[];
  /** `count` (default): a line that is not a JSON object is skipped and counted; `fail`: throw CsvError. */
  onBadRows?: 'count' | 'fail';
  /** Rows per batch (default 65536). */
  batchRows?: number;
}

/** Reads JSON Lines (one JSON object per line) from byte or string chunks. */
export async function* readJsonLines(
  chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  options: JsonLinesOptions = {},
): AsyncGenerator<RowBatch> {
  const decoder = new TextDecoder();
  const batchRows = options.batchRows ?? 65_536;
  let names = options.names ? [...options.names] : undefined;
  let pending: Record<string, unknown>[] = [];
  let bad = 0;
  let tail = '';
  let line = 0;
  const flush = (): RowBatch | undefined => {
    if (pending.length === 0 && bad === 0) return undefined;
    if (!names) {
      const seen = new Set<string>();
      for (const r of pending) for (const k of Object.keys(r)) seen.add(k);
      names = [...seen];
    }
    const cols = names.map((n) => pending.map((r) => r[n]));
    const b = new ValueBatch(names, cols, pending.length, bad);
    pending = [];
    bad = 0;
    return b;
  };
  const take = (text: string) => {
    line++;
    const t = text.trim();
    if (t === '') return;
    let v: unknown;
    try {
      v = JSON.parse(t);
    } catch {
      v = undefined;
    }
    if (v === null || typeof v !== 'object' || Array.isArray(v)) {
      if (options.onBadRows === 'fail') throw new CsvError(`JSON Lines line ${line}: not a JSON object`, line);
      bad++;
      return;
    }
    pending.push(v as Record<string, unknown>);
  };
  for await (const chunk of chunks) {
    const text = tail + (typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
    const parts = text.split('\n');
    tail = parts.pop() ?? '';
    for (const p of parts) {
      take(p);
      if (pending.length >= batchRows) {
        const b = flush();
        if (b) yield b;
      }
    }
  }
  tail += decoder.decode();
  if (tail.trim() !== '') take(tail);
  const b = flush();
  if (b) yield b;
}
