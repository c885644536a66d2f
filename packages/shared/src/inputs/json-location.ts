/**
 * What is wrong with a JSON text that JSON.parse refused, for an error message: where (line and column, when
 * the validator finds the spot) and what kind of mistake, in words that never quote the text. V8's own message
 * quotes the first bytes of the text (`Unexpected token 'A', "AWS_SECRET"... is not valid JSON`), which is a
 * leak when the text is a secrets file given by mistake; at most a JSON punctuation character is named here.
 * `describe` is the two together: `line 4 column 31: Unexpected token '}', expected a value`.
 */
export function jsonSyntaxError(text: string): { line?: number; column?: number; problem: string; describe: string } {
  const failure = firstError(text);
  if (!failure) return { problem: 'position unknown', describe: 'position unknown' };
  const { line, column } = lineAndColumn(text, failure.offset);
  return { line, column, problem: failure.problem, describe: `line ${line} column ${column}: ${failure.problem}` };
}

/** 1-based line and column of an offset into `text`. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/** What was found at `i`, named without quoting anything but JSON's own punctuation. */
function found(text: string, i: number): string {
  if (i >= text.length) return 'Unexpected end of input';
  const c = text[i] as string;
  if ('{}[],:"'.includes(c)) return `Unexpected token '${c}'`;
  if (c === '\uFEFF') return 'Unexpected byte order mark';
  if (c === "'") return 'Unexpected token (a single quote)';
  if (/\p{L}/u.test(c)) return 'Unexpected token (a letter)';
  if (/\d/.test(c)) return 'Unexpected token (a digit)';
  const code = (text.codePointAt(i) as number).toString(16).toUpperCase().padStart(4, '0');
  return `Unexpected character U+${code}`;
}

/** A JSON number (RFC 8259), sticky: set lastIndex, then exec. */
export const JSON_NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;

/**
 * The first offset at which `text` stops being JSON (RFC 8259, as JSON.parse reads it), with what is wrong
 * there; undefined for valid JSON. Iterative, so deep nesting cannot overflow the stack.
 */
function firstError(text: string): { offset: number; problem: string } | undefined {
  let i = 0;
  const unexpected = (expected: string): { offset: number; problem: string } => ({ offset: i, problem: `${found(text, i)}, expected ${expected}` });
  const ws = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i += 1;
  };
  /** A string at i (text[i] is '"'). */
  const string = (): { offset: number; problem: string } | undefined => {
    i += 1;
    for (;;) {
      if (i >= text.length) return { offset: i, problem: 'Unexpected end of input inside a string' };
      const code = text.charCodeAt(i);
      if (code === 0x22) {
        i += 1;
        return undefined;
      }
      if (code === 0x5c) {
        const escaped = text[i + 1];
        if (escaped !== undefined && '"\\/bfnrt'.includes(escaped)) i += 2;
        else if (escaped === 'u' && ((HEX4.lastIndex = i + 2), HEX4.test(text))) i += 6;
        else return { offset: i, problem: 'Invalid escape sequence in a string' };
        continue;
      }
      if (code < 0x20)
        return { offset: i, problem: code === 0x0a || code === 0x0d ? 'Line break inside a string' : 'Unescaped control character inside a string' };
      i += 1;
    }
  };
  /** A property name and its colon; `first` when '}' would also have been fine here. */
  const key = (first: boolean): { offset: number; problem: string } | undefined => {
    ws();
    if (text[i] !== '"') return unexpected(first ? "a property name in double quotes or '}'" : 'a property name in double quotes');
    const failure = string();
    if (failure) return failure;
    ws();
    if (text[i] !== ':') return unexpected("':' after the property name");
    i += 1;
    return undefined;
  };

  const open: Array<'{' | '['> = [];
  let expectValue = true;
  for (;;) {
    ws();
    if (expectValue) {
      const c = text[i];
      if (c === '{' || c === '[') {
        i += 1;
        ws();
        if (text[i] === (c === '{' ? '}' : ']')) {
          i += 1;
          expectValue = false;
          continue;
        }
        open.push(c);
        if (c === '{') {
          const failure = key(true);
          if (failure) return failure;
        }
        continue;
      }
      if (c === '"') {
        const failure = string();
        if (failure) return failure;
      } else if (c === 't' || c === 'f' || c === 'n') {
        const word = c === 't' ? 'true' : c === 'f' ? 'false' : 'null';
        if (!text.startsWith(word, i)) return unexpected('a value');
        i += word.length;
      } else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
        const start = i;
        JSON_NUMBER.lastIndex = i;
        const match = JSON_NUMBER.exec(text);
        const next = match ? text[i + match[0].length] : undefined;
        if (!match || (next !== undefined && /[.eE0-9]/.test(next))) return { offset: start, problem: 'Invalid number' };
        i += match[0].length;
      } else {
        return unexpected('a value');
      }
      expectValue = false;
      continue;
    }
    const inside = open.at(-1);
    if (inside === undefined) return i < text.length ? { offset: i, problem: `${found(text, i)} after the end of the JSON value` } : undefined;
    const close = inside === '{' ? '}' : ']';
    if (text[i] === ',') {
      i += 1;
      if (inside === '{') {
        const failure = key(false);
        if (failure) return failure;
      }
      expectValue = true;
    } else if (text[i] === close) {
      i += 1;
      open.pop();
    } else {
      return unexpected(`',' or '${close}'`);
    }
  }
}

/**
 * The first name that an object of `text` (valid JSON, any depth) sets twice, with where its second use
 * starts; undefined when there is none. JSON.parse silently keeps the last, so a file would mean one thing to
 * the action and perhaps another to the service that reads it. Names are compared decoded (`"a"` = `"\u0061"`).
 */
export function duplicateJsonKey(text: string): { key: string; line: number; column: number } | undefined {
  const objects: Array<Set<string> | undefined> = []; // one entry per open container: its names, or undefined for an array
  let expectKey = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '"') {
      const start = i;
      for (i += 1; text[i] !== '"'; i += text[i] === '\\' ? 2 : 1);
      const names = objects.at(-1);
      if (!expectKey || !names) continue;
      const key = JSON.parse(text.slice(start, i + 1)) as string;
      if (names.has(key)) return { key, ...lineAndColumn(text, start) };
      names.add(key);
      expectKey = false;
    } else if (c === '{' || c === '[') {
      objects.push(c === '{' ? new Set() : undefined);
      expectKey = c === '{';
    } else if (c === '}' || c === ']') {
      objects.pop();
      expectKey = false;
    } else if (c === ',') {
      expectKey = objects.at(-1) !== undefined;
    }
  }
  return undefined;
}
