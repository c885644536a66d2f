/**
 * Errors an action reports to its user. `message` is the one line that `core.setFailed` shows; `hint` says what
 * to change. Anything that is not an ActionError is a bug or an unexpected service answer and is reported with
 * its stack in the debug log.
 */
export class ActionError extends Error {
  readonly hint: string | undefined;
  /** Where in the repository the problem is, so the annotation points at the file (and line). */
  readonly location: { file: string; line?: number; column?: number } | undefined;
  constructor(message: string, options: { hint?: string; cause?: unknown; location?: { file: string; line?: number; column?: number } } = {}) {
    super(message, { cause: options.cause });
    this.name = 'ActionError';
    this.hint = options.hint;
    this.location = options.location;
  }

  /** The text shown to the user: the message, then the hint on its own line. */
  report(): string {
    return this.hint ? `${this.message}\nHint: ${this.hint}` : this.message;
  }
}

/**
 * A bad input: names the input, what was wrong, and the form that is expected. A value the problem quotes
 * ('like this') is cut to a short prefix and its length when it is long: a 100 KB value pasted into the wrong
 * input must not be echoed whole into the log and the annotation (it may be a secret, and it buries the message).
 */
export class InputError extends ActionError {
  readonly input: string;
  constructor(input: string, problem: string, expected: string, location?: { file: string; line?: number; column?: number }) {
    super(`Input '${input}' ${clipQuoted(problem)}. Expected ${expected}.`, location ? { location } : {});
    this.name = 'InputError';
    this.input = input;
  }
}

/** A quoted value longer than this is shown as its first PREFIX characters and its length. */
const MAX_QUOTED = 80;
const PREFIX = 40;
/** The whole problem, whatever it quotes, stays under this (a value with quotes in it pairs them up oddly). */
const MAX_PROBLEM = 400;

export function clipQuoted(problem: string): string {
  const clipped = problem.replace(/'([^']*)'/g, (all, inner: string) => {
    const characters = [...inner];
    return characters.length > MAX_QUOTED ? `'${characters.slice(0, PREFIX).join('')}…' (${characters.length} characters)` : all;
  });
  const characters = [...clipped];
  return characters.length > MAX_PROBLEM ? `${characters.slice(0, MAX_PROBLEM).join('')}… (cut)` : clipped;
}

/** The runner cancelled the job (SIGINT/SIGTERM) while the action was working. */
export class CancelledError extends ActionError {
  constructor(what: string) {
    super(`Cancelled while ${what}.`);
    this.name = 'CancelledError';
  }
}

/** A wait ran out of time. */
export class TimeoutError extends ActionError {
  constructor(message: string, hint?: string) {
    super(message, hint === undefined ? {} : { hint });
    this.name = 'TimeoutError';
  }
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
