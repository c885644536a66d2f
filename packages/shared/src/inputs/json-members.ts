import { JSON_NUMBER } from './json-location.js';

/**
 * The top-level members of a JSON object, read from its source text so that values keep exactly what was
 * written: `12345678901234567890` and `0.10` stay as typed instead of going through a double. Only for text
 * that JSON.parse has already accepted as an object; keys and strings are decoded by JSON.parse itself.
 * Members come in document order, duplicates included (JSON.parse would silently keep the last).
 */
export interface JsonMember {
  key: string;
  /** The value as written (numbers, true, false), decoded (strings), null for JSON null, or 'nested'. */
  value: string | null | { nested: true };
}

export function* jsonMembers(text: string): Generator<JsonMember> {
  let i = text.indexOf('{') + 1;
  const ws = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i += 1;
  };
  /** A string token at i (text[i] is '"'), decoded. */
  const string = (): string => {
    const start = i;
    i += 1;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i += 1;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const token = (pattern: RegExp): string => {
    pattern.lastIndex = i;
    const match = pattern.exec(text);
    if (!match) throw new Error(`jsonMembers: not a JSON object at offset ${i}`);
    i += match[0].length;
    return match[0];
  };
  for (;;) {
    ws();
    if (text[i] === '}') return;
    if (text[i] === ',') {
      i += 1;
      ws();
    }
    const key = string();
    ws();
    i += 1; // ':'
    ws();
    const c = text[i];
    if (c === '{' || c === '[') {
      yield { key, value: { nested: true } };
      return;
    }
    if (c === '"') yield { key, value: string() };
    else if (c === 't') yield { key, value: token(/true/y) };
    else if (c === 'f') yield { key, value: token(/false/y) };
    else if (c === 'n') yield { key, value: (token(/null/y), null) };
    else yield { key, value: token(JSON_NUMBER) };
  }
}
