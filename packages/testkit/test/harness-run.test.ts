import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { actionDir, repoRoot, runAction } from '../src/index.js';
import { fixture } from './fixtures/paths.js';

const basic = fixture('basic');

describe('runAction: inputs, outputs and the environment', () => {
  it('passes inputs and action.yml defaults as INPUT_* and reads outputs, including multi-line ones', async () => {
    const result = await runAction({ actionDir: basic, inputs: { name: 'Ada', 'max-attempts': 7 } });

    expect(result.failed).toBe(false);
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toEqual({
      greeting: 'Hello, Ada!',
      report: 'line one\nline two\n\nline four',
      attempts: '7',
    });
    const env = result.main.env;
    expect(env.INPUT_NAME).toBe('Ada');
    expect(env['INPUT_MAX-ATTEMPTS']).toBe('7'); // hyphens kept, number stringified
    expect(env.INPUT_GREETING).toBe('Hello'); // default
    expect(env.INPUT_DRY_RUN).toBe('false'); // "dry run": space -> underscore; YAML boolean default as text
    expect(env.INPUT_REPOSITORY).toBe('octo-org/churn-model'); // ${{ github.repository }}
    expect(env['INPUT_SECRET-VALUE']).toBe(''); // declared, no default: the runner still sets ""
    expect(env['INPUT_OLD-OPTION']).toBe('');
  });

  it('resolves ${{ github.token }} defaults from env GITHUB_TOKEN and masks the token in the log header', async () => {
    const token = 'ghs_fixturetoken0123456789abcdefghijklm';
    const result = await runAction({ actionDir: basic, inputs: { name: 'Ada' }, env: { GITHUB_TOKEN: token } });

    expect(result.main.env['INPUT_GITHUB-TOKEN']).toBe(token);
    expect(result.main.log).toContain('  github-token: ***');
    expect(result.main.log).toContain('  GITHUB_TOKEN: ***');
    expect(result.main.log.join('\n')).not.toContain(token);
  });

  it("rejects an input action.yml does not declare, with the runner's message", async () => {
    await expect(runAction({ actionDir: basic, inputs: { name: 'Ada', nmae: 'typo' } })).rejects.toThrow(
      /Unexpected input\(s\) 'nmae', valid inputs are \['name', 'greeting'/,
    );
  });

  it('accepts input names case-insensitively, as the runner does', async () => {
    const result = await runAction({ actionDir: basic, inputs: { NAME: 'Grace' } });
    expect(result.outputs.greeting).toBe('Hello, Grace!');
  });

  it('does not enforce required inputs itself: core.getInput fails the step', async () => {
    const result = await runAction({ actionDir: basic });
    expect(result.failed).toBe(true);
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual(['Input required and not supplied: name']);
  });

  it('warns about a deprecated input like the runner', async () => {
    const result = await runAction({ actionDir: basic, inputs: { name: 'Ada', 'old-option': 'x' } });
    expect(result.main.annotations).toContainEqual({
      level: 'warning',
      message: "Input 'old-option' has been deprecated with message: Use greeting instead.",
      properties: {},
    });
  });

  describe('hermetic environment', () => {
    const saved = { ...process.env };
    afterEach(() => {
      process.env = { ...saved };
    });

    it('gives the process only runner variables, basics and the step env; never host AWS_* or GITHUB_*', async () => {
      process.env.AWS_SECRET_ACCESS_KEY = 'host-secret-must-not-leak';
      process.env.GITHUB_TOKEN = 'host-token-must-not-leak';
      process.env.NODE_OPTIONS = '--max-old-space-size=64';
      const workspace = await mkdtemp(path.join(os.tmpdir(), 'ws-'));
      try {
        const result = await runAction({ actionDir: fixture('env-dump'), workspace, env: { MY_FLAG: 'on' } });
        const dump = JSON.parse(await readFile(path.join(workspace, 'env.json'), 'utf8')) as {
          env: Record<string, string>;
          argv: string[];
          cwd: string;
          stdinBytes: number;
          node: string;
        };
        expect(dump.env).toEqual(result.main.env);
        expect(dump.env.AWS_SECRET_ACCESS_KEY).toBeUndefined();
        expect(dump.env.NODE_OPTIONS).toBeUndefined();
        expect(dump.env.GITHUB_TOKEN).toBeUndefined();
        expect(dump.env.MY_FLAG).toBe('on');
        expect(dump.env).toMatchObject({
          CI: 'true',
          GITHUB_ACTIONS: 'true',
          GITHUB_REPOSITORY: 'octo-org/churn-model',
          GITHUB_REPOSITORY_OWNER: 'octo-org',
          GITHUB_RUN_ATTEMPT: '1',
          GITHUB_EVENT_NAME: 'push',
          GITHUB_REF: 'refs/heads/main',
          GITHUB_REF_NAME: 'main',
          GITHUB_ACTION: 'env-dump',
          GITHUB_WORKSPACE: workspace,
          RUNNER_OS: 'Linux',
        });
        for (const key of ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STEP_SUMMARY']) {
          expect(dump.env[key]).toMatch(/_runner_file_commands\/(set_output|save_state|set_env|add_path|step_summary)_/);
        }
        // A node action does not get GITHUB_ACTION_PATH (only composite steps do).
        expect(dump.env.GITHUB_ACTION_PATH).toBeUndefined();
        expect(dump.cwd).toBe(workspace);
        expect(dump.stdinBytes).toBe(0); // stdin closed at once
        expect(dump.node.split('.')[0]).toBe('24');
        expect(dump.argv).toEqual(result.main.argv);
        expect(result.main.argv[1]).toBe(path.join(fixture('env-dump'), 'index.mjs'));
        const event = JSON.parse(await readFile(dump.env.GITHUB_EVENT_PATH as string, 'utf8').catch(() => '{}')) as object;
        expect(event).toEqual({}); // the event file lives in RUNNER_TEMP, removed after the run
      } finally {
        await rm(workspace, { recursive: true, force: true });
      }
    });
  });

  it("a step's env cannot override what the runner sets (context variables, file command paths, RUNNER_*, ACTIONS_RUNTIME_*)", async () => {
    const workspace = await mkdtemp(path.join(os.tmpdir(), 'ws-'));
    try {
      const forged = {
        GITHUB_OUTPUT: '/tmp/forged-output',
        GITHUB_STEP_SUMMARY: '/tmp/forged-summary',
        GITHUB_WORKSPACE: '/tmp/forged-workspace',
        GITHUB_REF_NAME: 'forged',
        GITHUB_ACTION: 'forged',
        RUNNER_TEMP: '/tmp/forged-temp',
        RUNNER_OS: 'Windows',
        ACTIONS_RUNTIME_TOKEN: 'forged-token',
        MY_FLAG: 'kept',
        GITHUB_TOKEN: 'a-step-may-set-this',
      };
      const result = await runAction({ actionDir: fixture('env-dump'), workspace, env: forged });
      const dump = JSON.parse(await readFile(path.join(workspace, 'env.json'), 'utf8')) as { env: Record<string, string> };
      for (const key of [
        'GITHUB_OUTPUT',
        'GITHUB_STEP_SUMMARY',
        'GITHUB_WORKSPACE',
        'GITHUB_REF_NAME',
        'GITHUB_ACTION',
        'RUNNER_TEMP',
        'RUNNER_OS',
        'ACTIONS_RUNTIME_TOKEN',
      ] as const) {
        expect(dump.env[key], key).not.toBe(forged[key]);
      }
      expect(dump.env).toMatchObject({
        GITHUB_WORKSPACE: workspace,
        GITHUB_REF_NAME: 'main',
        GITHUB_ACTION: 'env-dump',
        RUNNER_OS: 'Linux',
        MY_FLAG: 'kept',
        GITHUB_TOKEN: 'a-step-may-set-this',
      });
      expect(dump.env.GITHUB_OUTPUT).toMatch(/_runner_file_commands\/set_output_/);
      expect(result.main.conclusion).toBe('success');
    } finally {
      await rm(workspace, { recursive: true, force: true });
    }
  });

  it('writes the event payload to GITHUB_EVENT_PATH', async () => {
    const result = await runAction({
      actionDir: fixture('env-dump'),
      github: { eventName: 'workflow_dispatch', event: { inputs: { 'model-package-arn': 'arn:x' } } },
      keepTemp: true,
    });
    try {
      const event = JSON.parse(await readFile(result.paths.eventPath, 'utf8')) as Record<string, unknown>;
      expect(event.inputs).toEqual({ 'model-package-arn': 'arn:x' });
      expect((event.repository as { full_name: string }).full_name).toBe('octo-org/churn-model');
      expect(result.main.env.GITHUB_EVENT_NAME).toBe('workflow_dispatch');
    } finally {
      await rm(result.paths.root, { recursive: true, force: true });
    }
  });
});

describe('runAction: post step', () => {
  it("runs post with main's state as STATE_*, its GITHUB_ENV/GITHUB_PATH additions and fresh file commands", async () => {
    const result = await runAction({ actionDir: basic, inputs: { name: 'Ada' }, post: true });

    expect(result.main.state).toEqual({ 'started-at': '2026-01-01T00:00:00Z', name: 'Ada' });
    expect(result.main.envAdditions).toEqual({ FIXTURE_EXPORTED: 'exported value', FIXTURE_MULTILINE: 'first\nsecond' });
    expect(result.main.pathAdditions).toEqual(['/opt/fixture/bin']);
    const post = result.post;
    expect(post).toBeDefined();
    expect(post?.env['STATE_started-at']).toBe('2026-01-01T00:00:00Z');
    expect(post?.env.FIXTURE_EXPORTED).toBe('exported value');
    expect(post?.env.GITHUB_OUTPUT).not.toBe(result.main.env.GITHUB_OUTPUT);
    expect(post?.log).toEqual([
      'Post job cleanup.',
      'post: started-at=2026-01-01T00:00:00Z name=Ada',
      'post: exported=exported value',
      'post: path-first=/opt/fixture/bin',
      'post: input name=Ada', // inputs are set for post too
    ]);
    expect(post?.outputs).toEqual({ cleaned: 'true' });
    expect(post!.startedAt).toBeGreaterThanOrEqual(result.main.endedAt);
  });

  it('runs post after a failed main (post-if defaults to always())', async () => {
    const result = await runAction({ actionDir: basic, inputs: { name: 'Ada', fail: true }, post: true });
    expect(result.failed).toBe(true);
    expect(result.errors).toContain('Failing on purpose');
    expect(result.post?.conclusion).toBe('success');
  });

  it('honours post-if: success()', async () => {
    const ok = await runAction({ actionDir: fixture('conditional-post'), post: true });
    expect(ok.post?.log).toEqual(['Post job cleanup.', 'post ran']);
    const failed = await runAction({ actionDir: fixture('conditional-post'), inputs: { fail: 'true' }, post: true });
    expect(failed.failed).toBe(true);
    expect(failed.post).toBeUndefined();
  });

  it('runs a root-level alias whose runs.main points into another folder', async () => {
    const result = await runAction({ actionDir: fixture('alias-basic'), inputs: { name: 'Lin' }, post: true });
    expect(result.outputs.greeting).toBe('Hi, Lin!'); // the alias's own default
    expect(result.outputs.attempts).toBe('5');
    expect(result.main.argv[1]).toBe(path.join(fixture('basic'), 'index.mjs'));
    expect(result.post?.argv[1]).toBe(path.join(fixture('basic'), 'post.mjs'));
    expect(result.main.log[0]).toBe('##[group]Run ./packages/testkit/test/fixtures/alias-basic');
  });
});

describe('runAction: summary, log and annotations', () => {
  it('reads the job summary written with core.summary.addTable().write()', async () => {
    const result = await runAction({ actionDir: basic, inputs: { name: 'Ada' } });
    expect(result.summary).toBe(
      '<h1>Fixture report</h1>\n<table><tr><th>Key</th><th>Value</th></tr><tr><td>greeting</td><td>Hello</td></tr><tr><td>attempts</td><td>3</td></tr></table>\n',
    );
  });

  it('renders the log as the runner shows it: header group, commands consumed, groups, annotations', async () => {
    const result = await runAction({ actionDir: basic, inputs: { name: 'Ada' }, github: { token: 'ghs_abc123secret' } });
    expect(result.main.log).toEqual([
      '##[group]Run ./packages/testkit/test/fixtures/basic',
      'with:',
      '  name: Ada',
      '  greeting: Hello',
      '  max-attempts: 3',
      '  dry run: false',
      '  github-token: ***',
      '  repository: octo-org/churn-model',
      '  print-secret: true',
      '  fail: false',
      '##[endgroup]',
      'Hello, Ada!',
      '##[group]Details',
      'attempts=3 dry-run=false repository=octo-org/churn-model',
      'token-present=true',
      '##[endgroup]',
      '##[warning]Careful: 100% sure, really',
      '##[notice]Notice message',
      '##[error]Bad thing\nsecond line',
    ]);
    expect(result.main.debug).toEqual(['debug detail']); // recorded, but not logged without step debug
  });

  it('parses annotations with their properties, unescaping %25 %0A %3A %2C and relativising workspace files', async () => {
    const result = await runAction({ actionDir: basic, inputs: { name: 'Ada' } });
    expect(result.main.annotations).toEqual([
      {
        level: 'warning',
        message: 'Careful: 100% sure, really',
        properties: { title: 'Warn, title: here', file: 'src/a.ts', line: '3' },
      },
      { level: 'notice', message: 'Notice message', properties: {} },
      {
        level: 'error',
        message: 'Bad thing\nsecond line',
        properties: { title: 'Title: with, specials %', file: 'models/train.py', line: '12', endLine: '14', repo: 'octo-org/churn-model' },
      },
    ]);
    expect(result.errors).toEqual(['Bad thing\nsecond line']);
    expect(result.failed).toBe(false); // an error annotation alone does not fail a step
  });

  it('masks a value from the moment add-mask registers it, in log lines and the rendered summary', async () => {
    const secret = 'hunter2-fixture-secret';
    const result = await runAction({ actionDir: basic, inputs: { name: 'Ada', 'secret-value': secret } });
    expect(result.main.stdout).toContain(`the secret is ${secret}`);
    expect(result.main.log).toContain('the secret is ***');
    // Given as a plain input (not a workflow secret), the header printed before registration shows it.
    expect(result.main.log).toContain(`  secret-value: ${secret}`);
    expect(result.main.masks).toContain(secret);
    const asSecret = await runAction({ actionDir: basic, inputs: { name: 'Ada', 'secret-value': secret }, secrets: [secret] });
    expect(asSecret.main.log).toContain('  secret-value: ***');
  });

  it('writes ##[debug] lines and sets RUNNER_DEBUG with step debug on', async () => {
    const result = await runAction({ actionDir: basic, inputs: { name: 'Ada' }, debug: true });
    expect(result.main.env.RUNNER_DEBUG).toBe('1');
    expect(result.main.log).toContain('##[debug]debug detail');
  });
});

describe('runAction: action.yml handling', () => {
  it('sets GITHUB_ACTION_REPOSITORY/REF and the log header for a remote `uses:`', async () => {
    const result = await runAction({ actionDir: fixture('env-dump'), uses: 'octo-org/mlops-actions/start-pipeline@v1', stepId: 'start' });
    expect(result.main.env).toMatchObject({
      GITHUB_ACTION: 'start',
      GITHUB_ACTION_REPOSITORY: 'octo-org/mlops-actions',
      GITHUB_ACTION_REF: 'v1',
    });
    expect(result.main.log[0]).toBe('##[group]Run octo-org/mlops-actions/start-pipeline@v1');
    const local = await runAction({ actionDir: fixture('env-dump') });
    expect(local.main.env.GITHUB_ACTION_REPOSITORY).toBeUndefined();
  });

  it('refuses runtimes other than node24 and post-if expressions it cannot evaluate', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'action-'));
    try {
      await writeFile(path.join(dir, 'action.yml'), 'name: old\nruns:\n  using: node20\n  main: index.js\n');
      await expect(runAction({ actionDir: dir })).rejects.toThrow("runs.using is 'node20'");
      await writeFile(
        path.join(dir, 'action.yml'),
        "name: x\nruns:\n  using: node24\n  main: index.js\n  post: post.js\n  post-if: github.event_name == 'push'\n",
      );
      await expect(runAction({ actionDir: dir, post: true })).rejects.toThrow('post-if');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('repoRoot / actionDir', () => {
  it('finds the monorepo root by its workspaces package.json', async () => {
    const pkg = JSON.parse(await readFile(path.join(repoRoot(), 'package.json'), 'utf8')) as { workspaces?: string[] };
    expect(pkg.workspaces).toContain('actions/*');
    expect(actionDir('start-pipeline')).toBe(path.join(repoRoot(), 'actions', 'start-pipeline'));
  });
});
