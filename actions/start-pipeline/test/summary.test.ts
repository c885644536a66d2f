// The job summary as a reader sees it: the bundle runs against the local worlds, and the GITHUB_STEP_SUMMARY it
// writes is rendered as GitHub renders it (GFM by marked, mermaid drawn in headless Chromium; see testkit's render/github-render.ts).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { flowchart } from '@mlops-actions/shared/report';
import { churnDefinition, PIPELINE_ROLE } from '@mlops-actions/testkit';
import { BREAKOUT, escapes, GitHubRenderer, HTML, MERMAID, type RenderedSummary } from '@mlops-actions/testkit/render';
import { newPipeline, runStep, startWorlds, type Worlds } from './worlds.js';

let worlds: Worlds;
let renderer: GitHubRenderer;
beforeAll(async () => {
  [worlds, renderer] = await Promise.all([startWorlds(), GitHubRenderer.launch()]);
});
afterAll(async () => Promise.all([worlds?.close(), renderer?.close()]));

/** Elements this summary may contain outside its diagrams: anything else came from a value that got out. */
const SUMMARY_TAGS = ['a', 'b', 'br', 'code', 'div', 'h2', 'h3', 'p', 'sub', 'table', 'tbody', 'td', 'th', 'thead', 'tr'];

function expectContained(rendered: RenderedSummary): void {
  expect(escapes(rendered, SUMMARY_TAGS)).toEqual([]);
}

/** The churn pipeline with a display name on each step, built from the hostile values. */
function hostileDefinition(group: string): object {
  const definition = churnDefinition(group) as { Steps: Array<Record<string, unknown> & { Arguments: Record<string, unknown> }> };
  const [preprocess, train, check] = definition.Steps as [Record<string, unknown>, Record<string, unknown>, Record<string, unknown>];
  preprocess.DisplayName = `Prepare ${MERMAID}`;
  train.DisplayName = `Train ${HTML}`;
  check.DisplayName = `Check ${BREAKOUT}`;
  return definition;
}

describe('values from users and from SageMaker stay in their place', () => {
  test('a hostile parameter value, description, step display names and failure reason: no heading, row, tag or request escapes', async () => {
    const { group } = await newPipeline(worlds);
    const name = `hostile-${group}`;
    const reason = `AlgorithmError: ${BREAKOUT}${HTML}\n${MERMAID}`;
    await worlds.aws.createPipeline(name, hostileDefinition(group), { roleArn: PIPELINE_ROLE });
    worlds.aws.scenario(name, { failAt: { step: 'Train', reason } });
    const result = await runStep(worlds, {
      'pipeline-name': name,
      parameters: JSON.stringify({ InputDataUrl: `s3://b/${BREAKOUT}${HTML}\`code\` | pipe` }),
      description: `Nightly ${BREAKOUT}${HTML}`,
    });
    expect(result.outputs.status).toBe('Failed');

    const rendered = await renderer.render(result.summary);
    expect(rendered.headings).toEqual([`h2 ❌ SageMaker pipeline ${name}: Failed`, 'h3 Steps']);
    // The run table: Execution, Status, Duration, Parameters, Description, Pipeline, Started by; nothing forged.
    const [facts, steps] = rendered.tables as [string[][], string[][]];
    expect(rendered.tables).toHaveLength(2);
    expect(facts.map((row) => row[0])).toEqual(['Execution', 'Status', 'Duration', 'Parameters', 'Description', 'Pipeline', 'Started by']);
    expect(facts.every((row) => row.length === 2)).toBe(true);
    // Each value is shown whole, as text (line breaks become <br>, which textContent drops).
    const cell = (label: string): string => facts.find((row) => row[0] === label)?.[1] ?? '';
    // The description as SageMaker holds it: the user's text, then the run and its triggering actor (for wait-approval).
    expect(cell('Description')).toMatch(/^(.*)github-run: https:\/\/github\.com\/\S+\/attempts\/1github-triggering-actor: octocat$/);
    expect(cell('Description').replace(/github-run: .*$/, '')).toBe(`Nightly ${BREAKOUT}${HTML}`.replace(/\n/g, ''));
    expect(cell('Parameters')).toBe(`InputDataUrl = s3://b/${BREAKOUT}${HTML}\`code\` | pipe`.replace(/\n/g, ''));
    expect(steps.map((row) => row.length)).toEqual([6, 6, 6]);
    expect(steps.map((row) => row[0])).toEqual(['Step', `Prepare ${MERMAID}`.replace(/\n/g, ''), `Train ${HTML}`]);
    expect(steps[2]?.[5]).toContain(reason.replace(/\n/g, ''));
    expect(rendered.text).toContain(`Failure: Step 'Train' (Training) failed: AlgorithmError: ok`);

    // The graph parses and draws every step, labels as written (cut at 60 characters), and nothing forged.
    const [diagram] = rendered.diagrams;
    const labels = diagram?.labels ?? [];
    expect(labels.map((l) => l.replace(/ · [^·]+$/, ''))).toEqual([
      `${`Prepare ${MERMAID}`.slice(0, 59)}…Processing`.replace(/\n/g, ''),
      `${`Train ${HTML}`.slice(0, 59)}…Training`,
      `${`Check ${BREAKOUT}`.slice(0, 59)}…Condition`.replace(/\n/g, ''),
      'RegisterChurnModelRegisterModel',
      'AccuracyTooLowFail',
    ]);
    expect(diagram?.edges).toBe(5);
    expectContained(rendered);
  });
});

describe('values from SageMaker stay in their place in the log', () => {
  test('a failure reason cannot forge a workflow command: no annotation, mask or output, one log line', async () => {
    const reason = 'boom\n::error::forged v2\n::add-mask::Training\n ##[warning]forged legacy ##[set-output name=status]Succeeded';
    const { name } = await newPipeline(worlds, { failAt: { step: 'Train', reason } });
    const result = await runStep(worlds, { 'pipeline-name': name });
    expect(result.outputs.status).toBe('Failed');
    // The one real error (core.error escapes its own data); nothing forged beside it.
    expect(result.main.annotations.map((a) => a.level)).toEqual(['error']);
    expect(result.main.masks).not.toContain('Training');
    const line = result.main.log.find((l) => l.includes('Train (Training) Failed'));
    expect(line?.replace(/after \S+:/, 'after …:')).toBe(
      '  ✖ Train (Training) Failed after …: boom ⏎ ::error::forged v2 ⏎ ::add-mask::Training ⏎  ## [warning]forged legacy ## [set-output name=status]Succeeded',
    );
  });
});

describe('mermaid labels', () => {
  test.each([
    ['quotes and brackets', 'a"b"] --> c[d'],
    ['a comment and a directive', "%% x\n%%{init: {'securityLevel':'loose'}}%%"],
    ['markup and entities', '<b>#quot; &amp; #lt;script#gt;'],
    ['a markdown string and a fence', '`**x**` ```'],
    ['statements', 'x; click a "javascript:alert(1)"; end'],
    ['a blank line', `x\n\ny`],
  ])('%s: parses and is drawn as written', async (_name, text) => {
    const chart = flowchart(
      [
        { id: 'a', label: text, status: 'failed' },
        { id: 'end', label: text, status: 'skipped', shape: 'diamond' },
      ],
      [{ from: 'a', to: 'end', label: text }],
    );
    expect(await renderer.parseMermaid(chart)).toBeUndefined();
    const rendered = await renderer.render(`\`\`\`mermaid\n${chart}\n\`\`\``);
    expect(rendered.diagrams[0]?.labels).toEqual([text.replace(/\n/g, ''), text.replace(/\n/g, '')]);
    expect(rendered.diagrams[0]?.edges).toBe(1);
    expectContained(rendered);
  });
});

describe('the headline says what is known', () => {
  test('a timeout: "timed out waiting, the execution is still running", not "Executing"', async () => {
    const { name } = await newPipeline(worlds, { ticksPerStep: 100_000 });
    const result = await runStep(worlds, { 'pipeline-name': name, timeout: '1s', 'poll-interval': '200ms' });
    expect(result.exitCode).toBe(1);
    expect(result.outputs.status).toBe('Executing');
    const rendered = await renderer.render(result.summary);
    expect(rendered.headings[0]).toBe(`h2 ⏳ SageMaker pipeline ${name}: timed out waiting, the execution is still running`);
    // A step that is running is not drawn as skipped.
    expect(result.summary).toMatch(/class n_Preprocess running/);
    expect(result.summary).toMatch(/classDef pending fill:none/);
    expectContained(rendered);
  });

  test('wait: false: started, not waiting', async () => {
    const { name } = await newPipeline(worlds, { ticksPerStep: 100_000 });
    const result = await runStep(worlds, { 'pipeline-name': name, wait: 'false' });
    expect(result.exitCode).toBe(0);
    const rendered = await renderer.render(result.summary);
    expect(rendered.headings[0]).toBe(`h2 ▶️ SageMaker pipeline ${name}: started, not waiting (wait: false), the execution is running`);
    expectContained(rendered);
  });
});

describe('the step table links what the user opens next', () => {
  test.each([
    ['Train', 'Training', '#/jobs/', '$252Faws$252Fsagemaker$252FTrainingJobs'],
    ['Preprocess', 'Processing', '#/processing-jobs/', '$252Faws$252Fsagemaker$252FProcessingJobs'],
  ])('a failed %s job links to its console page and its CloudWatch logs', async (step, type, page, group) => {
    const { name } = await newPipeline(worlds, { failAt: { step, reason: 'ClientError: out of memory' } });
    const result = await runStep(worlds, { 'pipeline-name': name });
    expect(result.outputs.status).toBe('Failed');
    const reported = (JSON.parse(result.outputs.steps as string) as Array<{ name: string; details: Record<string, string> }>).find((s) => s.name === step);
    const job = String(reported?.details[`${type === 'Training' ? 'training' : 'processing'}JobArn`]).replace(/^.*\//, '');
    expect(job).not.toBe('');
    const rendered = await renderer.render(result.summary);
    const row = rendered.tables[1]?.find((r) => r[0] === step);
    expect(row?.[2]).toBe('❌ Failed');
    expect(row?.[5]).toBe(`ClientError: out of memory${job} · logs`);
    expect(rendered.links).toContainEqual({ text: job, href: `https://us-east-1.console.aws.amazon.com/sagemaker/home?region=us-east-1${page}${job}` });
    expect(rendered.links).toContainEqual({
      text: 'logs',
      href: `https://us-east-1.console.aws.amazon.com/cloudwatch/home?region=us-east-1#logsV2:log-groups/log-group/${group}$3FlogStreamNameFilter$3D${job}`,
    });
    expectContained(rendered);
  });

  test('the registered model package is shown short and linked; the full ARN stays out of the step table', async () => {
    const { name, group } = await newPipeline(worlds);
    const result = await runStep(worlds, { 'pipeline-name': name });
    expect(result.outputs['model-package-arn']).toBe(`arn:aws:sagemaker:us-east-1:123456789012:model-package/${group}/1`);
    const rendered = await renderer.render(result.summary);
    const row = rendered.tables[1]?.find((r) => r[0] === 'RegisterChurnModel');
    expect(row?.[5]).toBe(`registered ${group} v1`);
    // The step table fits GitHub's narrowest summary pane.
    expect(rendered.tableWidths[1]).toBeLessThanOrEqual(720);
    expect(rendered.links.filter((l) => l.text === `${group} v1`).map((l) => l.href)).toEqual([
      `https://us-east-1.console.aws.amazon.com/sagemaker/home?region=us-east-1#/model-registry/${group}/versions/1`,
      `https://us-east-1.console.aws.amazon.com/sagemaker/home?region=us-east-1#/model-registry/${group}/versions/1`,
    ]);
    expectContained(rendered);
  });
});

describe('the step graph', () => {
  test('run order solid, the data edge Train -> RegisterModel dotted past the condition, not-run steps unfilled', async () => {
    const { name } = await newPipeline(worlds);
    const result = await runStep(worlds, { 'pipeline-name': name });
    const rendered = await renderer.render(result.summary);
    const mermaid = /```mermaid\n([\s\S]+?)\n```/.exec(result.summary)?.[1] ?? '';
    expect(mermaid).toContain('n_Train -.-> n_RegisterChurnModel');
    expect(mermaid).toMatch(/^flowchart LR\n/);
    expect(mermaid).toContain('n_Preprocess --> n_Train');
    expect(mermaid).toContain('n_Train --> n_CheckAccuracy');
    expect(mermaid).toContain('n_CheckAccuracy -->|"true"| n_RegisterChurnModel');
    expect(mermaid).toMatch(/classDef skipped fill:none,/);
    expect(mermaid).toMatch(/class n_AccuracyTooLow skipped/);
    expect(rendered.diagrams[0]).toMatchObject({ edges: 5, dottedEdges: 1 });
    // Not-run steps are drawn without a fill (no white box on a dark page); steps that ran keep theirs.
    expect(rendered.diagrams[0]?.fills).toMatchObject({ AccuracyTooLowFail: 'none' });
    expect(
      Object.entries(rendered.diagrams[0]?.fills ?? {})
        .filter(([, fill]) => fill === 'none')
        .map(([label]) => label),
    ).toEqual(['AccuracyTooLowFail']);
    expect(rendered.text).toContain('Dotted: data a step takes from an earlier step.');
    expectContained(rendered);
  });

  test('a chain of 14 steps is drawn top-down', async () => {
    const steps = Array.from({ length: 14 }, (_, i) => ({
      Name: `Step${i + 1}`,
      Type: 'Processing',
      ...(i > 0 ? { DependsOn: [`Step${i}`] } : {}),
      Arguments: (churnDefinition('g') as { Steps: Array<{ Arguments: unknown }> }).Steps[0]?.Arguments,
    }));
    const { group } = await newPipeline(worlds);
    const name = `long-${group}`;
    await worlds.aws.createPipeline(
      name,
      { Version: '2020-12-01', Parameters: [{ Name: 'InputDataUrl', Type: 'String', DefaultValue: 's3://b/x.csv' }], Steps: steps },
      { roleArn: PIPELINE_ROLE },
    );
    const result = await runStep(worlds, { 'pipeline-name': name });
    expect(result.outputs.status).toBe('Succeeded');
    const rendered = await renderer.render(result.summary);
    expect(result.summary).toContain('```mermaid\nflowchart TD\n');
    expect(rendered.diagrams[0]).toMatchObject({ edges: 13, dottedEdges: 0 });
    expect(rendered.diagrams[0]?.labels).toHaveLength(14);
    expectContained(rendered);
  });
});
