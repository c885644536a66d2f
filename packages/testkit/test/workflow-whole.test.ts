// runWorkflow: whole fixture workflows, jobs in needs order, outputs through needs, job if:, environment reviews,
// the three events, wiring checks, the job deadline and the configure-aws-credentials stand-in.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobOrder, runWorkflow, startAwsWorld, startGitHubWorld, type AwsWorld, type GitHubWorld } from '../src/index.js';
import { fixture } from './fixtures/paths.js';

const workflow = (name: string): string => fixture(`workflows/${name}.yml`);
const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';

describe('runWorkflow: needs, outputs and events (chain.yml)', () => {
  it('push: runs the jobs in needs order (not file order) and hands outputs on through needs', async () => {
    const started: string[] = [];
    const run = await runWorkflow({
      workflow: workflow('chain'),
      event: { name: 'push', changedFiles: ['src/train.py'] },
      github: { sha: SHA },
      onJobStart: (job) => void started.push(job),
    });
    expect(run.triggered).toBe(true);
    expect(run.order).toEqual(['build', 'test', 'deploy']);
    expect(started).toEqual(['build', 'test', 'deploy']);
    expect(run.conclusion).toBe('success');
    expect(run.jobs.build?.outputs).toEqual({ image: 'registry.local/churn:a1b2c3d', why: 'push//' });
    expect(run.jobs.test?.outputs.verdict).toBe('passed registry.local/churn:a1b2c3d');
    const roll = run.jobs.deploy?.steps[0];
    expect(roll?.env).toMatchObject({ IMAGE: 'registry.local/churn:a1b2c3d', VERDICT: 'passed registry.local/churn:a1b2c3d' });
    expect(run.jobs.deploy?.outputs).toEqual({ revision: '7' });
    expect(run.timeline.map((t) => [t.job, t.conclusion])).toEqual([
      ['build', 'success'],
      ['test', 'success'],
      ['deploy', 'success'],
    ]);
  });

  it('push: on.push.paths and branches decide whether the run starts at all', async () => {
    const docs = await runWorkflow({ workflow: workflow('chain'), event: { name: 'push', changedFiles: ['src/README.md', 'notes.txt'] } });
    expect(docs).toMatchObject({ triggered: false, conclusion: 'skipped', order: [] });
    expect(docs.notTriggeredReason).toMatch(/no changed file matches on\.push\.paths/);
    const branch = await runWorkflow({ workflow: workflow('chain'), event: { name: 'push', ref: 'refs/heads/feature', changedFiles: ['src/a.py'] } });
    expect(branch.notTriggeredReason).toMatch(/branch 'feature' is not in on\.push\.branches/);
    const data = await runWorkflow({
      workflow: workflow('chain'),
      event: { name: 'push', changedFiles: ['data/dataset.json'] },
      given: { test: {}, deploy: {} },
    });
    expect(data.triggered).toBe(true);
  });

  it('workflow_dispatch: inputs (declared defaults filled) reach the jobs', async () => {
    const run = await runWorkflow({ workflow: workflow('chain'), event: { name: 'workflow_dispatch', inputs: { target: 'production' } } });
    expect(run.jobs.build?.outputs.why).toBe('workflow_dispatch/production/');
    const defaulted = await runWorkflow({ workflow: workflow('chain'), event: { name: 'workflow_dispatch' }, given: { test: {}, deploy: {} } });
    expect(defaulted.jobs.build?.outputs.why).toBe('workflow_dispatch/staging/');
    await expect(runWorkflow({ workflow: workflow('chain'), event: { name: 'workflow_dispatch', inputs: { target: 'moon' } } })).rejects.toThrow(
      /Provided value 'moon' for input 'target' not in the list of allowed values/,
    );
  });

  it('repository_dispatch: event_type and client_payload are github.event.action / client_payload; a job if: reads them', async () => {
    const run = await runWorkflow({
      workflow: workflow('chain'),
      event: { name: 'repository_dispatch', type: 'retrain', clientPayload: { reason: 'drift', tests: 'skip' } },
    });
    expect(run.jobs.build?.outputs.why).toBe('repository_dispatch//drift');
    expect(run.jobs.build?.github.event).toMatchObject({ action: 'retrain', client_payload: { reason: 'drift', tests: 'skip' } });
    // The job if: was false, so test is skipped, and deploy (needs test) with it.
    expect(run.timeline.map((t) => [t.job, t.conclusion])).toEqual([
      ['build', 'success'],
      ['test', 'skipped'],
      ['deploy', 'skipped'],
    ]);
    expect(run.conclusion).toBe('success');
    const other = await runWorkflow({ workflow: workflow('chain'), event: { name: 'repository_dispatch', type: 'deploy' } });
    expect(other).toMatchObject({ triggered: false });
    expect(other.notTriggeredReason).toMatch(/type 'deploy' is not in on\.repository_dispatch\.types \(retrain\)/);
  });

  it('given jobs are not run; their outputs flow on as stated', async () => {
    const run = await runWorkflow({
      workflow: workflow('chain'),
      event: { name: 'push' },
      given: { build: { outputs: { image: 'prebuilt:1', why: 'given' } } },
    });
    expect(run.jobs.build).toMatchObject({ given: true, conclusion: 'success', steps: [] });
    expect(run.jobs.test?.outputs.verdict).toBe('passed prebuilt:1');
  });

  it('orders by needs and refuses cycles', () => {
    expect(jobOrder({ c: { needs: ['a', 'b'] }, b: { needs: 'a' }, a: {} })).toEqual(['a', 'b', 'c']);
    expect(() => jobOrder({ a: { needs: 'b' }, b: { needs: 'a' } })).toThrow(/cycle: a, b/);
  });
});

describe('runWorkflow: failures (failing.yml)', () => {
  it('a failed job skips its dependants transitively; failure() and always() jobs run and see the results', async () => {
    const run = await runWorkflow({ workflow: workflow('failing'), event: { name: 'push' } });
    expect(run.conclusion).toBe('failure');
    expect(run.timeline.map((t) => [t.job, t.conclusion])).toEqual([
      ['train', 'failure'],
      ['build', 'skipped'],
      ['deploy', 'skipped'],
      ['notify', 'success'],
      ['report', 'success'],
    ]);
    expect(run.jobs.report?.steps[0]?.env.RESULTS).toBe('failure/skipped/skipped');
    // Outputs of a failed job are still evaluated (GitHub does too).
    expect(run.jobs.train?.outputs.model).toBe('m-1');
  });

  it('a given job whose needs failed is skipped like a run one (its stated outputs do not flow on)', async () => {
    const run = await runWorkflow({ workflow: workflow('failing'), event: { name: 'push' }, given: { build: { outputs: { x: '1' } }, notify: {} } });
    expect(run.jobs.build).toMatchObject({ given: true, conclusion: 'skipped', outputs: {} });
    expect(run.jobs.notify).toMatchObject({ given: true, conclusion: 'success' }); // if: failure() holds
    expect(run.jobs.report?.steps[0]?.env.RESULTS).toBe('failure/skipped/skipped');
  });
});

describe('runWorkflow: environment reviews (environment.yml)', () => {
  it('approved environments run; a rejected review fails the job before its steps and skips what needs it', async () => {
    const asked: string[] = [];
    const run = await runWorkflow({
      workflow: workflow('environment'),
      event: { name: 'push' },
      environments: (name, job) => {
        asked.push(`${job}:${name}`);
        return name === 'production' ? 'reject' : 'approve';
      },
    });
    expect(asked).toEqual(['staging:staging', 'production:production']);
    expect(run.timeline.map((t) => [t.job, t.conclusion])).toEqual([
      ['staging', 'success'],
      ['production', 'failure'],
      ['announce', 'skipped'],
    ]);
    expect(run.jobs.production?.steps).toEqual([]);
    expect(run.jobs.production?.environment).toEqual({ name: 'production', decision: 'reject' });
    expect(run.jobs.production?.errors).toEqual(["Deployment review for environment 'production' was rejected; job 'production' did not run."]);
  });

  it('the environment name is evaluated (vars) and looked up in a map; unlisted environments run', async () => {
    const run = await runWorkflow({
      workflow: workflow('environment'),
      event: { name: 'push' },
      vars: { PROD_ENVIRONMENT: 'prod-eu' },
      environments: { production: 'reject' },
    });
    expect(run.conclusion).toBe('success');
    expect(run.jobs.production?.environment).toEqual({ name: 'prod-eu', decision: 'approve' });
  });
});

describe('runWorkflow: wiring checks (miswired.yml)', () => {
  it('a misspelt needs output, a job outside needs and an unknown step id throw before any job runs', async () => {
    const started: string[] = [];
    const error = await runWorkflow({ workflow: workflow('miswired'), event: { name: 'push' }, onJobStart: (job) => void started.push(job) }).catch(
      (e: Error) => e,
    );
    expect(started).toEqual([]);
    expect(
      (error as Error).message
        .split('\n')
        .slice(1)
        .map((l) => l.trim()),
    ).toEqual([
      "job 'build' reads steps.missing.outputs.digest, but it has no step with id 'missing'",
      "job 'deploy' reads needs.build.outputs.imgae, which job 'build' does not declare (outputs: image, digest)",
      "job 'deploy' reads needs.lint.outputs.ok but 'lint' is not in its needs (build)",
    ]);
  });
});

describe('runWorkflow: timeout-minutes (timeout.yml)', () => {
  it('is a deadline for the whole job: the second step gets only what is left, the third never starts', async () => {
    const run = await runWorkflow({ workflow: workflow('timeout'), event: { name: 'push' } });
    const slow = run.jobs.slow;
    expect(slow?.conclusion).toBe('failure');
    expect(slow?.timedOut).toBe(true);
    expect(slow?.errors).toEqual(['The job running on runner GitHub Actions 2 has exceeded the maximum execution time of 0.025 minutes.']);
    expect(slow?.steps.map((s) => s.conclusion).filter((c) => c === 'failure')).toHaveLength(1);
    expect(slow?.steps.at(-1)?.conclusion).toBe('skipped');
    expect(run.jobs.after?.steps[0]?.env.RESULT).toBe('failure');
  });
});

describe('runWorkflow: the configure-aws-credentials stand-in (configure-aws.yml)', () => {
  const ROLE = 'arn:aws:iam::123456789012:role/github-deployer';
  let aws: AwsWorld;
  let gh: GitHubWorld;
  beforeAll(async () => {
    [aws, gh] = await Promise.all([startAwsWorld(), startGitHubWorld()]);
    aws.trustWebIdentity({
      roleArn: ROLE,
      jwks: gh.oidc.jwks,
      issuer: gh.oidc.issuer,
      audience: 'sts.amazonaws.com',
      subjects: ['repo:octo-org/churn-model:*'],
    });
  });
  afterAll(async () => {
    await Promise.all([aws?.close(), gh?.close()]);
  });

  it('exchanges the job OIDC token for role credentials that later steps get (masked) and that STS accepts', async () => {
    const run = await runWorkflow({ workflow: workflow('configure-aws'), event: { name: 'push' }, vars: { ROLE }, env: { ...aws.env(), ...gh.env() } });
    const oidc = run.jobs.oidc;
    expect(oidc?.conclusion).toBe('success');
    expect(oidc?.steps[0]?.outputs).toEqual({ 'aws-account-id': '123456789012' });
    const env = oidc?.steps[1]?.env ?? {};
    expect(env).toMatchObject({ AWS_REGION: 'eu-west-1', AWS_DEFAULT_REGION: 'eu-west-1' });
    expect(oidc?.steps[1]?.log).toContain('account 123456789012 key *** region eu-west-1');
    const sts = new STSClient({
      ...aws.clientConfig({
        accessKeyId: env.AWS_ACCESS_KEY_ID ?? '',
        secretAccessKey: env.AWS_SECRET_ACCESS_KEY ?? '',
        sessionToken: env.AWS_SESSION_TOKEN ?? '',
      }),
    });
    const me = await sts.send(new GetCallerIdentityCommand({}));
    sts.destroy();
    expect(me.Arn).toBe('arn:aws:sts::123456789012:assumed-role/github-deployer/GitHubActions');
    // Without id-token: write the job gets no OIDC endpoint, and the step says what is missing.
    const denied = run.jobs['no-permission'];
    expect(denied?.conclusion).toBe('failure');
    expect(denied?.steps[0]?.errors[0]).toMatch(/Did you mean to set the `id-token` permission\?/);
  });
});

describe('runWorkflow: actions/checkout with options.checkout', () => {
  it('copies the repository folder into each job’s fresh workspace', async () => {
    const repo = mkdtempSync(path.join(os.tmpdir(), 'checkout-src-'));
    mkdirSync(path.join(repo, 'data'));
    writeFileSync(path.join(repo, 'data', 'dataset.json'), '{"uri":"s3://b/k"}\n');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'checkout-wf-'));
    const file = path.join(dir, 'checkout.yml');
    writeFileSync(
      file,
      [
        'name: Checkout',
        'on: push',
        'jobs:',
        '  read:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - uses: actions/checkout@v5',
        '      - run: cat data/dataset.json',
        '  bare:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - run: test ! -e data/dataset.json',
        '',
      ].join('\n'),
    );
    const run = await runWorkflow({ workflow: file, event: { name: 'push' }, checkout: repo });
    expect(run.jobs.read?.steps[1]?.log).toContain('{"uri":"s3://b/k"}');
    expect(run.jobs.bare?.conclusion).toBe('success');
  });
});
