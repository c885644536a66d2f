// `${{ }}` evaluation with GitHub's own evaluator (@actions/expressions): templates are split and joined with
// format() the way the runner's template reader does, `if:` conditions get the runner's implicit success().
import { createHash } from 'node:crypto';
import { globSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { DescriptionDictionary, Evaluator, Lexer, Parser, data, wellKnownFunctions, type Expr } from '@actions/expressions';
import { Binary, FunctionCall, Grouping, IndexAccess, Logical, Unary } from '@actions/expressions/ast';
import { TokenType } from '@actions/expressions/lexer';
import { truthy } from '@actions/expressions/result';

export type ExpressionData = data.ExpressionData;

/** The status of the job so far, for success() / failure() / cancelled() / always(). */
export interface JobStatus {
  /** 'skipped': a needed job was skipped, so neither success() nor failure() holds. */
  status: 'success' | 'failure' | 'cancelled' | 'skipped';
}

/** Context name -> plain JSON-like value (objects, arrays, strings, numbers, booleans, null). */
export type Contexts = Record<string, unknown>;

export interface EvaluationScope {
  contexts: Contexts;
  /** Status functions are only available where the runner allows them (if:, job outputs do not use them). */
  status?: JobStatus;
  /** Workspace for hashFiles(); hashFiles is unavailable without one. */
  workspace?: string;
}

const STATUS_FUNCTIONS = ['success', 'failure', 'cancelled', 'always'];
const OPEN = '${{';
const CLOSE = '}}';

/** A plain value as expression data (objects become case-insensitive dictionaries, as in the runner). */
export function toExpressionData(value: unknown): ExpressionData {
  if (value === undefined) return new data.Null();
  return JSON.parse(JSON.stringify(value), data.reviver) as ExpressionData;
}

function contextDictionary(contexts: Contexts): DescriptionDictionary {
  const root = new DescriptionDictionary();
  for (const [name, value] of Object.entries(contexts)) root.add(name, toExpressionData(value ?? null));
  return root;
}

type FunctionDefinition = { name: string; minArgs: number; maxArgs: number; call: (...args: ExpressionData[]) => ExpressionData };

function extensionFunctions(scope: EvaluationScope): FunctionDefinition[] {
  const functions: FunctionDefinition[] = [];
  const status = scope.status;
  if (status) {
    const is = (wanted: JobStatus['status']) => (): ExpressionData => new data.BooleanData(status.status === wanted);
    functions.push(
      { name: 'success', minArgs: 0, maxArgs: 0, call: is('success') },
      { name: 'failure', minArgs: 0, maxArgs: 0, call: is('failure') },
      { name: 'cancelled', minArgs: 0, maxArgs: 0, call: is('cancelled') },
      { name: 'always', minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(true) },
    );
  }
  if (scope.workspace) {
    const workspace = scope.workspace;
    functions.push({
      name: 'hashFiles',
      minArgs: 1,
      maxArgs: 255,
      call: (...patterns) =>
        new data.StringData(
          hashFiles(
            workspace,
            patterns.map((p) => p.coerceString()),
          ),
        ),
    });
  }
  return functions;
}

/** Parses one expression (without `${{ }}`) against the contexts and functions of the scope. */
export function parseExpression(expression: string, scope: EvaluationScope): Expr {
  const functions = extensionFunctions(scope);
  const tokens = new Lexer(expression).lex().tokens;
  // @actions/expressions 0.3.x unescapes only the first '' of a string literal (value.replace("''", "'")); the
  // runner unescapes all of them, and templates with two quotes in literal text (format('printf ''%s'' ...')) need it.
  for (const token of tokens) if (token.type === TokenType.STRING) token.value = token.lexeme.slice(1, -1).replace(/''/g, "'");
  return new Parser(tokens, Object.keys(scope.contexts), functions).parse();
}

/** Evaluates one expression (without `${{ }}`) with the real evaluator. */
export function evaluateExpression(expression: string, scope: EvaluationScope): ExpressionData {
  const functions = extensionFunctions(scope);
  const tree = parseExpression(expression, scope);
  const implementations = new Map(functions.map((f) => [f.name.toLowerCase(), f]));
  return new Evaluator(tree, contextDictionary(scope.contexts), implementations).evaluate();
}

type Segment = { literal: string } | { expression: string };

/**
 * Splits a value into literal text and `${{ }}` expressions like the runner's TemplateReader: the closing `}}` is
 * the first one outside a single-quoted string literal. Returns undefined when the value has no expression.
 */
export function splitTemplate(value: string): Segment[] | undefined {
  let start = value.indexOf(OPEN);
  if (start < 0) return undefined;
  const segments: Segment[] = [];
  let i = 0;
  while (i < value.length) {
    if (i === start) {
      let end = -1;
      let inString = false;
      for (i += OPEN.length; i < value.length; i++) {
        if (value[i] === "'") inString = !inString;
        else if (!inString && value[i] === '}' && value[i - 1] === '}') {
          end = i;
          i++;
          break;
        }
      }
      if (end < 0) throw new Error('The expression is not closed. An unescaped ${{ sequence was found, but the closing }} sequence was not found.');
      segments.push({ expression: value.slice(start + OPEN.length, end + 1 - CLOSE.length).trim() });
      start = value.indexOf(OPEN, i);
    } else if (start >= 0 && i < start) {
      segments.push({ literal: value.slice(i, start) });
      i = start;
    } else {
      segments.push({ literal: value.slice(i) });
      break;
    }
  }
  return segments;
}

/** The single expression a template value stands for: the expression itself, or format('...', exprs). */
export function templateExpression(value: string): string | undefined {
  const segments = splitTemplate(value);
  if (!segments) return undefined;
  const only = segments.length === 1 ? segments[0] : undefined;
  if (only && 'expression' in only) return only.expression;
  let format = '';
  const args: string[] = [];
  for (const segment of segments) {
    if ('literal' in segment) format += segment.literal.replace(/'/g, "''").replace(/\{/g, '{{').replace(/\}/g, '}}');
    else {
      format += `{${args.length}}`;
      args.push(segment.expression);
    }
  }
  return `format('${format}'${args.map((a) => `, ${a}`).join('')})`;
}

/** Evaluates a workflow value (a YAML scalar that may hold `${{ }}`): literal values stay as they are. */
export function evaluateValue(value: unknown, scope: EvaluationScope): ExpressionData {
  if (typeof value !== 'string') return toExpressionData(value ?? null);
  const expression = templateExpression(value);
  return expression === undefined ? new data.StringData(value) : evaluateExpression(expression, scope);
}

/** The text the runner puts into a string field (with:, env:, run:, outputs:): null is empty, objects are JSON. */
export function toText(value: ExpressionData): string {
  switch (value.kind) {
    case data.Kind.Null:
      return '';
    case data.Kind.Boolean:
    case data.Kind.Number:
    case data.Kind.String:
      return value.coerceString();
    default:
      return (wellKnownFunctions.tojson as FunctionDefinition).call(value).coerceString();
  }
}

export function evaluateText(value: unknown, scope: EvaluationScope): string {
  return toText(evaluateValue(value, scope));
}

export function isTruthy(value: ExpressionData): boolean {
  return truthy(value);
}

/**
 * The condition the runner evaluates for an `if:` (absent: success()): `${{ }}` around the whole value is
 * optional, and a condition without a status function is `success() && (condition)`.
 */
export function normalizeCondition(condition: unknown, scope: EvaluationScope): string {
  if (condition === undefined || condition === null) return 'success()';
  if (typeof condition === 'boolean' || typeof condition === 'number') return String(condition);
  let text = String(condition).trim();
  const whole = /^\$\{\{([\s\S]*)\}\}$/.exec(text);
  if (whole && splitTemplate(text)?.length === 1) text = (whole[1] ?? '').trim();
  if (!text) return 'success()';
  return containsStatusFunction(parseExpression(text, scope)) ? text : `success() && (${text})`;
}

function containsStatusFunction(tree: Expr | undefined): boolean {
  if (!tree) return false;
  if (tree instanceof FunctionCall) {
    return STATUS_FUNCTIONS.includes(tree.functionName.lexeme.toLowerCase()) || tree.args.some(containsStatusFunction);
  }
  if (tree instanceof Binary) return containsStatusFunction(tree.left) || containsStatusFunction(tree.right);
  if (tree instanceof Unary) return containsStatusFunction(tree.expr);
  if (tree instanceof Logical) return tree.args.some(containsStatusFunction);
  if (tree instanceof Grouping) return containsStatusFunction(tree.group);
  if (tree instanceof IndexAccess) return containsStatusFunction(tree.expr) || containsStatusFunction(tree.index);
  return false;
}

export function evaluateCondition(condition: unknown, scope: EvaluationScope): boolean {
  return isTruthy(evaluateExpression(normalizeCondition(condition, scope), scope));
}

/**
 * hashFiles() as the runner computes it: the SHA-256 of the concatenated SHA-256 digests of the matching files
 * under the workspace (in path order); '' when nothing matches. Patterns starting with `!` exclude.
 */
export function hashFiles(workspace: string, patterns: string[]): string {
  const include = patterns.filter((p) => !p.startsWith('!'));
  const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  const excluded = new Set(exclude.flatMap((p) => globSync(p, { cwd: workspace })));
  const files = [...new Set(include.flatMap((p) => globSync(p, { cwd: workspace })))]
    .filter((f) => !excluded.has(f))
    .map((f) => path.join(workspace, f))
    .filter((f) => statSync(f).isFile())
    .sort();
  if (files.length === 0) return '';
  const total = createHash('sha256');
  for (const file of files) total.update(createHash('sha256').update(readFileSync(file)).digest());
  return total.digest('hex');
}
