import type { ActionManifest } from './manifest.js';
import type { InputValue } from './types.js';

export interface ResolvedInputs {
  /** Name (as given, else as declared) -> value, in the runner's order: given inputs, then defaults. */
  values: Array<[name: string, value: string]>;
  warnings: string[];
}

/** Contexts a default may reference, e.g. `${{ github.token }}`. */
export type ExpressionContexts = Record<string, Record<string, string>>;

/**
 * The runner's input handling (ActionRunner.RunAsync): given inputs are validated against action.yml
 * (case-insensitively), every declared input that was not given gets its evaluated default or "" — `required` is
 * not enforced here (core.getInput does that). The runner only warns about undeclared inputs; the harness throws,
 * so that a typo in a test fails loudly.
 */
export function resolveInputs(manifest: ActionManifest, given: Record<string, InputValue>, contexts: ExpressionContexts): ResolvedInputs {
  const declared = new Map(manifest.inputs.map((i) => [i.name.toLowerCase(), i]));
  const unexpected = Object.keys(given).filter((name) => !declared.has(name.toLowerCase()));
  if (unexpected.length > 0) {
    const valid = manifest.inputs.map((i) => i.name).join("', '");
    throw new Error(`Unexpected input(s) '${unexpected.join("', '")}', valid inputs are ['${valid}']`);
  }
  const values: Array<[string, string]> = [];
  const warnings: string[] = [];
  for (const [name, value] of Object.entries(given)) {
    values.push([name, String(value)]);
    const message = declared.get(name.toLowerCase())?.deprecationMessage;
    if (message !== undefined) warnings.push(`Input '${name}' has been deprecated with message: ${message}`);
  }
  const givenNames = new Set(Object.keys(given).map((n) => n.toLowerCase()));
  for (const input of manifest.inputs) {
    if (givenNames.has(input.name.toLowerCase())) continue;
    values.push([input.name, input.default === undefined ? '' : evaluateTemplate(input.default, contexts)]);
  }
  return { values, warnings };
}

/** INPUT_<NAME>: upper-cased, spaces to underscores, hyphens kept (Handler.AddInputsToEnvironment). */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/**
 * Evaluates `${{ context.property }}` references inside a default. Only plain property references are supported;
 * anything else throws rather than silently diverging from the runner.
 */
export function evaluateTemplate(template: string, contexts: ExpressionContexts): string {
  return template.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, expression: string) => {
    const match = /^([A-Za-z_][\w-]*)\.([A-Za-z_][\w-]*)$/.exec(expression);
    if (!match) throw new Error(`Unsupported expression in an input default: \${{ ${expression} }}`);
    const [, contextName = '', key = ''] = match;
    const context = contexts[contextName.toLowerCase()];
    if (!context) throw new Error(`Unsupported context in an input default: \${{ ${expression} }}`);
    return context[key] ?? context[key.toLowerCase()] ?? '';
  });
}
