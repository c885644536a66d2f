// runWorkflowJob against fixture workflows and the testkit's fixture actions (no dependency on actions/).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runWorkflowJob, startGitHubWorld, type GitHubWorld, type WorkflowJobResult, type WorkflowStepResult } from '../src/index.js';
import { fixture } from './fixtures/paths.js';

const workflow = (name: string): string => fixture(`workflows/${name}.yml`);
const SECRET = 'sk-live-7f3a9c2e5b1d';

function step(job: WorkflowJobResult, id: string): WorkflowStepResult {
  const found = job.steps.find((s) => s.id === id);
  if (!found) throw new Error(`no step ${id} in ${job.steps.map((s) => s.id).join(', ')}`);
  return found;
}

describe('expressions and wiring (wiring.yml, push)', () => {
  let job: WorkflowJobResult;
  beforeAll(async () => {
    job = await runWorkflowJob({
      workflow: workflow('wiring'),
      job: 'greet',
      vars: { DEFAULT_WHO: 'Bob', ATTEMPTS: '4' },
      secrets: { API_KEY: SECRET },
    });
  });

  it('names steps like GitHub and runs them in order', () => {
    expect(job.conclusion).toBe('success');
    expect(job.name).toBe('Greet nobody'); // inputs is empty on push: `inputs.who || 'nobody'`
    expect(job.steps.map((s) => [s.id, s.kind, s.conclusion])).toEqual([
      ['__actions_checkout', 'checkout', 'success'],
      ['hello', 'action', 'success'],
      ['shout', 'run', 'skipped'], // if: inputs.loud -> success() && (inputs.loud) -> null -> false
      ['report', 'run', 'success'],
    ]);
  });

  it('evaluates with: over env (job env from vars), github, vars and secrets', () => {
    const hello = step(job, 'hello');
    expect(hello.inputs).toEqual({
      name: 'Bob',
      greeting: 'Hello from octo-org/churn-model',
      'max-attempts': '4',
      'secret-value': SECRET,
    });
    expect(hello.env).toEqual({ GREETING: 'Hello', TARGET: 'Bob' });
    expect(hello.outputs).toMatchObject({ greeting: 'Hello from octo-org/churn-model, Bob!', attempts: '4' });
    // The harness ran it: its log header shows the evaluated inputs, the secret masked.
    expect(hello.log).toContain('  name: Bob');
    expect(hello.log).toContain('  secret-value: ***');
    expect(hello.post?.log).toContain('post: input name=Bob');
  });

  it('wires steps.<id>.outputs and outcome into later name:, env: and run:, and carries GITHUB_ENV over', () => {
    const report = step(job, 'report');
    expect(report.name).toBe('Report success');
    expect(report.env).toMatchObject({
      FROM_STEP: 'Hello from octo-org/churn-model, Bob!',
      MULTI: 'line one\nline two\n\nline four',
      FIXTURE_EXPORTED: 'exported value', // GITHUB_ENV of the action step: env context and process env
    });
    expect(report.log).toContain('greeting via env: Hello from octo-org/churn-model, Bob!');
    expect(report.log).toContain('exported by the action: exported value / exported value');
    expect(report.log).toContain(`sha ${job.github.sha} on main (push)`);
    expect(report.script).toContain(`echo "secret ${SECRET}"`); // the script has the value...
    expect(report.log).toContain('secret ***'); // ...the log never does
    expect(job.steps.flatMap((s) => s.log).join('\n')).not.toContain(SECRET);
    expect(report.outputs).toEqual({ lines: '3' });
  });

  it('shows a run step like the runner: Run <first line>, the script in cyan, the shell, the env context', () => {
    const log = step(job, 'report').log;
    expect(log[0]).toBe('##[group]Run echo "greeting via env: $FROM_STEP"');
    expect(log[1]).toBe('\u001b[36;1mecho "greeting via env: $FROM_STEP"\u001b[0m');
    expect(log.find((l) => l.startsWith('shell: '))).toMatch(/^shell: \/\S*bash -e \{0\}$/);
    expect(log).toContain('  FROM_STEP: Hello from octo-org/churn-model, Bob!');
    expect(log.indexOf('##[endgroup]')).toBeLessThan(log.indexOf('greeting via env: Hello from octo-org/churn-model, Bob!'));
  });

  it("evaluates job outputs at the end and drops one that holds a secret, with the runner's warning", () => {
    expect(job.outputs).toEqual({ greeting: 'Hello from octo-org/churn-model, Bob!', shout: '', attempts: '4' });
    expect(job.warnings).toEqual(["Skip output 'token-echo' since it may contain secret."]);
  });

  it('collects step summaries in step order', () => {
    expect(job.summaries.map((s) => s.step)).toEqual(['hello', 'report']);
    expect(job.summaries[0]?.markdown).toContain('<h1>Fixture report</h1>');
    expect(job.summaries[1]?.markdown).toBe('## Report from greet\n');
    expect(job.summary).toBe(`${job.summaries[0]?.markdown}\n${job.summaries[1]?.markdown}`);
  });
});

describe('workflow_dispatch inputs', () => {
  it('fills declared defaults, types booleans, and feeds github.event.inputs', async () => {
    const job = await runWorkflowJob({ workflow: workflow('wiring'), job: 'greet', github: { eventName: 'workflow_dispatch' }, inputs: { loud: 'true' } });
    expect(job.name).toBe('Greet Ada');
    expect(job.github.event.inputs).toEqual({ who: 'Ada', loud: 'true' });
    expect(step(job, 'shout').conclusion).toBe('success');
    expect(step(job, 'shout').outputs).toEqual({ text: 'HELLO FROM OCTO-ORG/CHURN-MODEL, ADA!' });
    expect(job.outputs.shout).toBe('HELLO FROM OCTO-ORG/CHURN-MODEL, ADA!');
  });

  it("a boolean input given as 'false' is false, not a truthy string", async () => {
    const job = await runWorkflowJob({ workflow: workflow('wiring'), job: 'greet', github: { eventName: 'workflow_dispatch' }, inputs: { loud: 'false' } });
    expect(step(job, 'shout').conclusion).toBe('skipped');
  });
});

describe('dispatched runs (dispatch.yml)', () => {
  it('repository_dispatch: github.event.action is the event_type and client_payload reaches expressions', async () => {
    const payload = { model_package_arn: 'arn:aws:sagemaker:us-east-1:123456789012:model-package/churn-models/3' };
    const job = await runWorkflowJob({
      workflow: workflow('dispatch'),
      job: 'read',
      github: { eventName: 'repository_dispatch', event: { action: 'model-package-approved', client_payload: payload } },
    });
    expect(job.conclusion).toBe('success');
    expect(job.steps[0]?.log).toContain(`type=model-package-approved arn=${payload.model_package_arn} decision=`);
    expect(job.outputs.arn).toBe(payload.model_package_arn);
    expect(job.github.event).toMatchObject({
      action: 'model-package-approved',
      branch: 'main',
      client_payload: payload,
      repository: { full_name: 'octo-org/churn-model' },
    });
  });

  it('repository_dispatch of a type the workflow does not list starts nothing', async () => {
    await expect(
      runWorkflowJob({
        workflow: workflow('dispatch'),
        job: 'read',
        github: { eventName: 'repository_dispatch', event: { action: 'other', client_payload: {} } },
      }),
    ).rejects.toThrow("repository_dispatch event_type 'other' does not start this workflow (on.repository_dispatch.types: model-package-approved)");
  });

  it('workflow_dispatch is refused like GitHub refuses it: a required input missing, a value outside a choice, an undeclared input', async () => {
    const run = (inputs: Record<string, string>) =>
      runWorkflowJob({ workflow: workflow('dispatch'), job: 'read', github: { eventName: 'workflow_dispatch' }, inputs });
    await expect(run({})).rejects.toThrow("Required input 'decision' not provided");
    await expect(run({ decision: 'maybe' })).rejects.toThrow("Provided value 'maybe' for input 'decision' not in the list of allowed values");
    await expect(run({ decision: 'approve', extra: 'x' })).rejects.toThrow('Unexpected inputs provided: ["extra"]');
    const job = await run({ decision: 'reject' });
    expect(job.steps[0]?.log).toContain('type= arn= decision=reject');
  });
});

describe('status functions and continue-on-error (statuses.yml)', () => {
  let job: WorkflowJobResult;
  beforeAll(async () => {
    job = await runWorkflowJob({ workflow: workflow('statuses'), job: 'flow' });
  });

  it('continue-on-error: outcome failure, conclusion success, the job goes on', () => {
    const tolerated = step(job, 'tolerated');
    expect([tolerated.outcome, tolerated.conclusion]).toEqual(['failure', 'success']);
    expect(tolerated.log).toContain('##[error]Process completed with exit code 3.');
    expect(step(job, 'after-tolerated').outputs).toEqual({ status: 'success' });
  });

  it('after a failed step: success() steps skip, failure() and always() steps run', () => {
    expect(job.steps.map((s) => [s.id, s.outcome, s.conclusion])).toEqual([
      ['tolerated', 'failure', 'success'],
      ['after-tolerated', 'success', 'success'],
      ['broken', 'failure', 'failure'],
      ['skipped-by-default', 'skipped', 'skipped'],
      ['on-failure', 'success', 'success'],
      ['only-success', 'skipped', 'skipped'],
      ['always', 'success', 'success'],
      ['conditional', 'success', 'success'],
    ]);
    expect(step(job, 'broken').errors).toContain('Failing on purpose');
    expect(step(job, 'on-failure').log).toContain('cleanup after failure (job failure)');
    expect(step(job, 'conditional').log).toContain('conditional ran');
  });

  it('the job fails, and its outputs see outcome and conclusion', () => {
    expect(job.conclusion).toBe('failure');
    expect(job.outputs).toEqual({ 'first-outcome': 'failure', 'first-conclusion': 'success', 'broken-outcome': 'failure' });
  });
});

describe('OIDC and permissions (oidc.yml)', () => {
  let github: GitHubWorld;
  beforeAll(async () => {
    github = await startGitHubWorld();
  });
  afterAll(async () => github?.close());

  it('with id-token: write, an action gets a token from the GitHub world', async () => {
    const job = await runWorkflowJob({ workflow: workflow('oidc'), job: 'granted', env: github.env() });
    expect(job.conclusion).toBe('success');
    expect(job.outputs.sub).toBe('repo:octo-org/churn-model:ref:refs/heads/main');
    expect(github.oidc.issued).toHaveLength(1);
  });

  it('without it (the default is none), the request variables are withheld, as on GitHub', async () => {
    const job = await runWorkflowJob({ workflow: workflow('oidc'), job: 'default', env: github.env() });
    expect(job.conclusion).toBe('failure');
    expect(step(job, 'token').errors[0]).toMatch(/ACTIONS_ID_TOKEN_REQUEST_URL/);
    expect(step(job, 'token').action?.main.env.ACTIONS_ID_TOKEN_REQUEST_URL).toBeUndefined();
  });
});

describe('needs', () => {
  it('chains two jobs: the needs context carries result and outputs', async () => {
    const build = await runWorkflowJob({ workflow: workflow('needs'), job: 'build' });
    expect(build.outputs).toEqual({ image: 'registry.local/churn:1' });
    const deploy = await runWorkflowJob({ workflow: workflow('needs'), job: 'deploy', needs: { build: { result: build.conclusion, outputs: build.outputs } } });
    expect(deploy.conclusion).toBe('success');
    expect(deploy.steps[0]?.log).toContain('deploying registry.local/churn:1 after success');
  });

  it("a job's if: decides before any step runs; a failed need makes the default success() false", async () => {
    const noImage = await runWorkflowJob({ workflow: workflow('needs'), job: 'deploy', needs: { build: { result: 'success', outputs: { image: '' } } } });
    expect([noImage.conclusion, noImage.steps]).toEqual(['skipped', []]);
    const failed = await runWorkflowJob({ workflow: workflow('needs'), job: 'deploy', needs: { build: { result: 'failure', outputs: { image: 'x' } } } });
    expect(failed.conclusion).toBe('skipped');
  });

  it('a need that is not given throws', async () => {
    await expect(runWorkflowJob({ workflow: workflow('needs'), job: 'deploy' })).rejects.toThrow(
      /needs 'build': pass their result and outputs as options.needs/,
    );
  });
});

describe('what cannot run locally', () => {
  it("an invalid workflow throws with the parser's message", async () => {
    await expect(runWorkflowJob({ workflow: workflow('invalid'), job: 'broken' })).rejects.toThrow(
      /is not a valid workflow:[\s\S]*Unrecognized named-value: 'unknowncontext'/,
    );
  });

  it('a third-party action throws "not available locally" before the first step runs', async () => {
    const ran: string[] = [];
    await expect(runWorkflowJob({ workflow: workflow('third-party'), job: 'login', onStep: (s) => ran.push(s.id) })).rejects.toThrow(
      /Step 2 \(login\): uses: docker\/login-action@v3 is not available locally/,
    );
    expect(ran).toEqual([]);
  });

  it('...and a stand-in from options.actions replaces even a built-in one (configure-aws-credentials)', async () => {
    const job = await runWorkflowJob({
      workflow: workflow('third-party'),
      job: 'deploy',
      actions: { 'aws-actions/configure-aws-credentials': fixture('workflows/aws-credentials-stub') },
    });
    expect(job.conclusion).toBe('success');
    expect(step(job, 'creds').log[0]).toBe('##[group]Run aws-actions/configure-aws-credentials@v4');
    expect(step(job, 'creds').action?.main.env.GITHUB_ACTION_REPOSITORY).toBe('aws-actions/configure-aws-credentials');
    expect(job.steps[2]?.log).toContain('role from GITHUB_ENV=arn:aws:iam::123456789012:role/deployer, output=123456789012');
  });

  it('an unknown job throws, naming the jobs there are', async () => {
    await expect(runWorkflowJob({ workflow: workflow('needs'), job: 'nope' })).rejects.toThrow(/has no job 'nope' \(jobs: build, deploy\)/);
  });
});

describe('post steps, as the runner runs them', () => {
  it('run after the last step of the job, the last-started action first', async () => {
    const job = await runWorkflowJob({ workflow: workflow('posts'), job: 'posts' });
    expect(job.conclusion).toBe('success');
    const [first, conditional, last] = ['first', 'conditional', 'last'].map((id) => step(job, id));
    const firstPost = first.action?.post;
    const conditionalPost = conditional.action?.post;
    expect(conditionalPost?.log).toContain('post ran');
    expect(firstPost?.conclusion).toBe('success');
    // Both posts after the last step's end; the conditional action (started second) is cleaned up first.
    expect(conditionalPost!.startedAt).toBeGreaterThanOrEqual(last.endedAt);
    expect(firstPost!.startedAt).toBeGreaterThanOrEqual(conditionalPost!.endedAt);
  });

  it('post-if: success() is judged on the job status: a later failed step skips it although its own main succeeded', async () => {
    const job = await runWorkflowJob({ workflow: workflow('posts'), job: 'failing-later' });
    expect(job.conclusion).toBe('failure');
    const conditional = step(job, 'conditional');
    expect(conditional.conclusion).toBe('success');
    expect(conditional.post).toBeUndefined();
    expect(conditional.action?.post).toBeUndefined();
  });
});
