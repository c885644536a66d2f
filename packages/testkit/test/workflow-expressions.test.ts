// The expression layer of runWorkflowJob: templates -> format(), if: normalisation, status functions, hashFiles.
import { createHash } from 'node:crypto';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateCondition, evaluateText, hashFiles, normalizeCondition, templateExpression, type EvaluationScope } from '../src/index.js';

const scope = (extra: Partial<EvaluationScope> = {}): EvaluationScope => ({
  contexts: {
    github: { sha: 'abc123', repository: 'octo-org/churn-model', event: { head_commit: { message: "it's done" } } },
    vars: { DATA_BUCKET: 'churn-data', EMPTY: '' },
    inputs: {},
    steps: { train: { outputs: { 'model-package-arn': 'arn:x/1' }, outcome: 'success', conclusion: 'success' } },
    env: { STAGE: 'prod' },
  },
  status: { status: 'success' },
  ...extra,
});

describe('templates', () => {
  it('turn embedded expressions into format() like the runner, escaping quotes and braces of the literal text', () => {
    expect(templateExpression('plain text')).toBeUndefined();
    expect(templateExpression('${{ vars.DATA_BUCKET }}')).toBe('vars.DATA_BUCKET');
    expect(templateExpression("it's {x}: ${{ env.STAGE }}!")).toBe("format('it''s {{x}}: {0}!', env.STAGE)");
  });

  it('evaluate to the text the runner puts in with:/env:/run:', () => {
    const s = scope();
    expect(evaluateText("InputDataUrl: ${{ inputs.input-data-url || format('s3://{0}/data/{1}', vars.DATA_BUCKET, github.sha) }}", s)).toBe(
      'InputDataUrl: s3://churn-data/data/abc123',
    );
    expect(evaluateText('${{ steps.train.outputs.model-package-arn }}', s)).toBe('arn:x/1');
    expect(evaluateText('[${{ steps.nope.outputs.x }}]', s)).toBe('[]'); // null -> ''
    expect(evaluateText("${{ vars.EMPTY == '' }} ${{ 1.50 }} ${{ github.event.head_commit.message }}", s)).toBe("true 1.5 it's done");
    expect(evaluateText('${{ GITHUB.Repository }}', s)).toBe('octo-org/churn-model'); // contexts are case-insensitive
    expect(JSON.parse(evaluateText('${{ steps.train.outputs }}', s))).toEqual({ 'model-package-arn': 'arn:x/1' });
  });

  it('find the closing }} outside string literals', () => {
    expect(evaluateText("a ${{ '}}' }} b", scope())).toBe('a }} b');
  });

  it("unescape every '' in a string literal (the library's lexer only unescapes the first)", () => {
    expect(evaluateText("printf '%s' '%s' ${{ env.STAGE }}", scope())).toBe("printf '%s' '%s' prod");
    expect(evaluateText("${{ 'a''b''c' }}", scope())).toBe("a'b'c");
  });

  it('throw on an unknown context or function, like the runner fails the step', () => {
    expect(() => evaluateText('${{ secretz.X }}', scope())).toThrow(/Unrecognized named-value: 'secretz'/);
    expect(() => evaluateText('${{ fromJSONs(1) }}', scope())).toThrow(/Unrecognized function: 'fromJSONs'/);
  });
});

describe('if: conditions', () => {
  it('get success() && (...) unless they call a status function; ${{ }} is optional', () => {
    expect(normalizeCondition(undefined, scope())).toBe('success()');
    expect(normalizeCondition('inputs.loud', scope())).toBe('success() && (inputs.loud)');
    expect(normalizeCondition('${{ always() }}', scope())).toBe('always()');
    expect(normalizeCondition("!cancelled() && env.STAGE == 'prod'", scope())).toBe("!cancelled() && env.STAGE == 'prod'");
    // A status function's name inside a string literal does not count.
    expect(normalizeCondition("contains('failure()', env.STAGE)", scope())).toBe("success() && (contains('failure()', env.STAGE))");
  });

  it('follow the job status', () => {
    const failing = scope({ status: { status: 'failure' } });
    expect(evaluateCondition("env.STAGE == 'prod'", scope())).toBe(true);
    expect(evaluateCondition("env.STAGE == 'prod'", failing)).toBe(false);
    expect(evaluateCondition('failure()', failing)).toBe(true);
    expect(evaluateCondition("always() && env.STAGE == 'dev'", failing)).toBe(false);
    expect(evaluateCondition('${{ always() }}', failing)).toBe(true);
    const skippedNeed = scope({ status: { status: 'skipped' } });
    expect([evaluateCondition('success()', skippedNeed), evaluateCondition('failure()', skippedNeed)]).toEqual([false, false]);
  });
});

describe('hashFiles', () => {
  it('is the SHA-256 of the per-file SHA-256 digests in path order, and empty without a match', async () => {
    const workspace = await mkdtemp(path.join(os.tmpdir(), 'hashfiles-'));
    await mkdir(path.join(workspace, 'pipelines'));
    await writeFile(path.join(workspace, 'pipelines', 'b.py'), 'print(2)\n');
    await writeFile(path.join(workspace, 'pipelines', 'a.py'), 'print(1)\n');
    await writeFile(path.join(workspace, 'requirements.txt'), 'sagemaker\n');
    const digest = (text: string): Buffer => createHash('sha256').update(text).digest();
    const expected = createHash('sha256').update(digest('print(1)\n')).update(digest('print(2)\n')).digest('hex');
    expect(hashFiles(workspace, ['pipelines/**/*.py'])).toBe(expected);
    expect(evaluateText("${{ hashFiles('pipelines/*.py', '!**/*.txt') }}", scope({ workspace }))).toBe(expected);
    expect(hashFiles(workspace, ['nothing/**'])).toBe('');
  });
});
