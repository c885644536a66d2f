import { createRequire as __bundleCreateRequire } from 'node:module';
const require = __bundleCreateRequire(import.meta.url);

// ../../packages/shared/lib/runtime/errors.js
var ActionError = class extends Error {
  hint;
  /** Where in the repository the problem is, so the annotation points at the file (and line). */
  location;
  constructor(message, options = {}) {
    super(message, { cause: options.cause });
    this.name = "ActionError";
    this.hint = options.hint;
    this.location = options.location;
  }
  /** The text shown to the user: the message, then the hint on its own line. */
  report() {
    return this.hint ? `${this.message}
Hint: ${this.hint}` : this.message;
  }
};
var InputError = class extends ActionError {
  input;
  constructor(input, problem, expected, location) {
    super(`Input '${input}' ${clipQuoted(problem)}. Expected ${expected}.`, location ? { location } : {});
    this.name = "InputError";
    this.input = input;
  }
};
var MAX_QUOTED = 80;
var PREFIX = 40;
var MAX_PROBLEM = 400;
function clipQuoted(problem) {
  const clipped = problem.replace(/'([^']*)'/g, (all, inner) => {
    const characters2 = [...inner];
    return characters2.length > MAX_QUOTED ? `'${characters2.slice(0, PREFIX).join("")}\u2026' (${characters2.length} characters)` : all;
  });
  const characters = [...clipped];
  return characters.length > MAX_PROBLEM ? `${characters.slice(0, MAX_PROBLEM).join("")}\u2026 (cut)` : clipped;
}
function errorMessage(error) {
  if (error instanceof Error)
    return error.message;
  return String(error);
}

// ../../packages/shared/lib/inputs/json-location.js
function jsonSyntaxError(text) {
  const failure = firstError(text);
  if (!failure)
    return { problem: "position unknown", describe: "position unknown" };
  const { line, column } = lineAndColumn(text, failure.offset);
  return { line, column, problem: failure.problem, describe: `line ${line} column ${column}: ${failure.problem}` };
}
function lineAndColumn(text, offset) {
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
function found(text, i) {
  if (i >= text.length)
    return "Unexpected end of input";
  const c = text[i];
  if ('{}[],:"'.includes(c))
    return `Unexpected token '${c}'`;
  if (c === "\uFEFF")
    return "Unexpected byte order mark";
  if (c === "'")
    return "Unexpected token (a single quote)";
  if (new RegExp("\\p{L}", "u").test(c))
    return "Unexpected token (a letter)";
  if (/\d/.test(c))
    return "Unexpected token (a digit)";
  const code = text.codePointAt(i).toString(16).toUpperCase().padStart(4, "0");
  return `Unexpected character U+${code}`;
}
var JSON_NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/y;
var HEX4 = /[0-9a-fA-F]{4}/y;
function firstError(text) {
  let i = 0;
  const unexpected = (expected) => ({ offset: i, problem: `${found(text, i)}, expected ${expected}` });
  const ws = () => {
    while (i < text.length && " 	\n\r".includes(text[i]))
      i += 1;
  };
  const string = () => {
    i += 1;
    for (; ; ) {
      if (i >= text.length)
        return { offset: i, problem: "Unexpected end of input inside a string" };
      const code = text.charCodeAt(i);
      if (code === 34) {
        i += 1;
        return void 0;
      }
      if (code === 92) {
        const escaped = text[i + 1];
        if (escaped !== void 0 && '"\\/bfnrt'.includes(escaped))
          i += 2;
        else if (escaped === "u" && (HEX4.lastIndex = i + 2, HEX4.test(text)))
          i += 6;
        else
          return { offset: i, problem: "Invalid escape sequence in a string" };
        continue;
      }
      if (code < 32)
        return { offset: i, problem: code === 10 || code === 13 ? "Line break inside a string" : "Unescaped control character inside a string" };
      i += 1;
    }
  };
  const key = (first) => {
    ws();
    if (text[i] !== '"')
      return unexpected(first ? "a property name in double quotes or '}'" : "a property name in double quotes");
    const failure = string();
    if (failure)
      return failure;
    ws();
    if (text[i] !== ":")
      return unexpected("':' after the property name");
    i += 1;
    return void 0;
  };
  const open = [];
  let expectValue = true;
  for (; ; ) {
    ws();
    if (expectValue) {
      const c = text[i];
      if (c === "{" || c === "[") {
        i += 1;
        ws();
        if (text[i] === (c === "{" ? "}" : "]")) {
          i += 1;
          expectValue = false;
          continue;
        }
        open.push(c);
        if (c === "{") {
          const failure = key(true);
          if (failure)
            return failure;
        }
        continue;
      }
      if (c === '"') {
        const failure = string();
        if (failure)
          return failure;
      } else if (c === "t" || c === "f" || c === "n") {
        const word = c === "t" ? "true" : c === "f" ? "false" : "null";
        if (!text.startsWith(word, i))
          return unexpected("a value");
        i += word.length;
      } else if (c === "-" || c !== void 0 && c >= "0" && c <= "9") {
        const start = i;
        JSON_NUMBER.lastIndex = i;
        const match = JSON_NUMBER.exec(text);
        const next = match ? text[i + match[0].length] : void 0;
        if (!match || next !== void 0 && /[.eE0-9]/.test(next))
          return { offset: start, problem: "Invalid number" };
        i += match[0].length;
      } else {
        return unexpected("a value");
      }
      expectValue = false;
      continue;
    }
    const inside = open.at(-1);
    if (inside === void 0)
      return i < text.length ? { offset: i, problem: `${found(text, i)} after the end of the JSON value` } : void 0;
    const close = inside === "{" ? "}" : "]";
    if (text[i] === ",") {
      i += 1;
      if (inside === "{") {
        const failure = key(false);
        if (failure)
          return failure;
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

// ../../packages/shared/lib/inputs/map-forms.js
var MAP_FORMS = 'a YAML mapping (Name: value), a JSON object ({"Name": "value"}) or Name=Value lines';
function twice(name, key) {
  return new InputError(name, `sets '${key}' twice`, `${MAP_FORMS} with each name once`);
}
function nested(name, key) {
  return new InputError(name, `has a nested value for '${key}'`, `${MAP_FORMS} whose values are plain strings`);
}
function firstLine(text) {
  const line = text.split("\n")[0] ?? "";
  return line.length > 60 ? `${line.slice(0, 57)}...` : line;
}

export {
  ActionError,
  InputError,
  errorMessage,
  jsonSyntaxError,
  lineAndColumn,
  JSON_NUMBER,
  MAP_FORMS,
  twice,
  nested,
  firstLine
};
