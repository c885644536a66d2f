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
var CancelledError = class extends ActionError {
  constructor(what) {
    super(`Cancelled while ${what}.`);
    this.name = "CancelledError";
  }
};
var TimeoutError = class extends ActionError {
  constructor(message, hint) {
    super(message, hint === void 0 ? {} : { hint });
    this.name = "TimeoutError";
  }
};
function errorMessage(error) {
  if (error instanceof Error)
    return error.message;
  return String(error);
}

export {
  ActionError,
  InputError,
  CancelledError,
  TimeoutError,
  errorMessage
};
