import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as core from '@mlops-actions/shared/core';
import { AwsSession, readSessionInputs } from '@mlops-actions/shared/aws';
import { CloudWatchMetrics, type MetricDatum } from '@mlops-actions/shared/aws/cloudwatch';
import { S3Reader, parseS3Url, s3Url } from '@mlops-actions/shared/aws/s3';
import { SageMakerMonitoring, ViolationsFormatError, parseConstraintViolations } from '@mlops-actions/shared/aws/sagemaker';
import {
  IssueTracker,
  createGitHubClient,
  dispatch,
  gitHubMessage,
  gitHubStatus,
  runUrl,
  type GitHubClient,
  type IssueOutcome,
} from '@mlops-actions/shared/github';
import { logText } from '@mlops-actions/shared/report';
import { ActionError, errorMessage, onRunnerCancel, type Cancellation } from '@mlops-actions/shared/runtime';
import {
  chartBins,
  CompareError,
  compareProfiles,
  isModelMonitorStatistics,
  Profile,
  ProfileBuilder,
  ProfileError,
  profileFromModelMonitorStatistics,
  StatisticsError,
  type CompareOptions,
  type ProfileOptions,
} from '@mlops-actions/drift';
import { fingerprint, readInputs, type DataMode, type Inputs, type MonitorMode } from './context.js';
import { COLUMNS_HINT, emptyStats, readCapture, readSource, type ReadStats } from './read.js';
import { buildSummary, issueComment, issueReport, resolvedComment, type Chart, type Outcome, type Retraining } from './report.js';

/** check-drift: read -> compare (or read Model Monitor's verdict) -> report, metrics, issue, retrain -> exit. */
export async function main(): Promise<void> {
  const inputs = await readInputs();
  const sessionOptions = inputs.needsAws ? readSessionInputs('check-drift') : undefined;
  const cancellation = onRunnerCancel();
  let session: AwsSession | undefined;
  let found: { outcome: Outcome; reportPath: string };
  try {
    if (sessionOptions) session = await AwsSession.open(sessionOptions);
    const outcome =
      inputs.source.mode === 'data'
        ? await checkData(inputs, inputs.source, session, cancellation)
        : await checkMonitor(inputs, inputs.source, session!, cancellation);
    found = { outcome, reportPath: await finish(inputs, outcome, session, cancellation) };
  } catch (error) {
    // drift-detected stays empty: a failed step with an empty drift-detected is a check that failed, not drift.
    core.setOutput('drift-detected', '');
    throw error;
  } finally {
    session?.close();
    cancellation.dispose();
  }
  // Outside the try: this failure is the verdict, drift-detected stays true.
  if (found.outcome.detected && inputs.failOnDrift) {
    throw new ActionError(`Drift detected (fail-on-drift: true): ${headline(found.outcome)}`, { hint: `The report is ${found.reportPath}.` });
  }
}

async function finish(inputs: Inputs, outcome: Outcome, session: AwsSession | undefined, cancellation: Cancellation): Promise<string> {
  // The run's one timestamp: the report's generatedAt and every CloudWatch datapoint's Timestamp.
  const checkedAt = new Date();
  const reportPath = writeReport(inputs, outcome, checkedAt);
  core.setOutput('drift-detected', String(outcome.detected));
  core.setOutput('drift-share', outcome.share === undefined ? '' : String(round(outcome.share)));
  core.setOutput('drifted-features', JSON.stringify(outcome.drifted));
  core.setOutput('report', reportPath);
  core.info(headline(outcome));

  if (inputs.cloudwatchNamespace && session) {
    const requests = await new CloudWatchMetrics(session).put(inputs.cloudwatchNamespace, metrics(inputs, outcome), checkedAt, cancellation.signal);
    outcome.metrics = { namespace: inputs.cloudwatchNamespace, requests };
    core.info(`Sent drift metrics to CloudWatch namespace ${logText(inputs.cloudwatchNamespace)} (${requests} request(s)).`);
  }
  let issue: IssueOutcome | undefined;
  if (inputs.issue !== 'off' || inputs.retrain) {
    const client = createGitHubClient({ token: inputs.githubToken ?? '', log: (line) => core.info(logText(line)) });
    let tracker: IssueTracker | undefined;
    if (inputs.issue !== 'off') {
      tracker = new IssueTracker({
        client,
        repository: inputs.run.repository,
        fingerprint: fingerprint(inputs),
        labels: inputs.labels,
        assignees: inputs.assignees,
        cooldownMs: inputs.cooldownMs,
        runKey: `${inputs.run.runId}-${inputs.run.runAttempt}-${inputs.run.job}-${inputs.run.stepId}`,
        log: (line) => core.info(logText(line)),
      });
      issue = outcome.detected
        ? await tracker.raise({ ...issueReport(inputs, outcome), comment: issueComment(inputs, outcome) })
        : await tracker.resolve({ comment: resolvedComment(inputs, outcome), close: inputs.issue === 'close-when-resolved' });
      outcome.issue = issue;
      core.setOutput('issue-number', issue.issue ? String(issue.issue.number) : '');
    }
    if (inputs.retrain && outcome.detected) outcome.retrain = await retrain(inputs, outcome, reportPath, client, tracker);
  }
  core.setOutput('retrain-dispatched', outcome.retrain?.dispatched ?? 'false');
  if (issue === undefined) core.setOutput('issue-number', '');
  await buildSummary(inputs, outcome).write();
  return reportPath;
}

function headline(outcome: Outcome): string {
  const share = outcome.share === undefined ? '' : ` (${(outcome.share * 100).toFixed(1)}% of ${outcome.compared} columns)`;
  if (!outcome.detected) return `No dataset drift${share}${outcome.drifted.length ? `; drifted columns: ${outcome.drifted.join(', ')}` : ''}.`;
  return `Dataset drift${share}: ${outcome.drifted.join(', ')}.`;
}

const round = (n: number): number => Math.round(n * 1e6) / 1e6;

function compareOptions(inputs: Inputs): CompareOptions {
  const columns: NonNullable<CompareOptions['columns']> = {};
  const names = new Set([...inputs.columnMethods.keys(), ...inputs.columnThresholds.keys(), ...inputs.columnTypes.keys()]);
  for (const name of names) {
    const method = inputs.columnMethods.get(name);
    const threshold = inputs.columnThresholds.get(name);
    const type = inputs.columnTypes.get(name);
    columns[name] = { ...(method ? { method } : {}), ...(threshold !== undefined ? { threshold } : {}), ...(type ? { type } : {}) };
  }
  return {
    columns,
    driftShare: inputs.driftShare,
    ...(inputs.method !== 'auto' ? { method: inputs.method } : {}),
    ...(inputs.threshold !== undefined ? { threshold: inputs.threshold } : {}),
  };
}

function builderOptions(inputs: Inputs, columns?: string[]): ProfileOptions {
  const chosen = columns ?? (inputs.columns.length ? inputs.columns : undefined);
  return {
    exactLimit: inputs.exactLimit,
    ...(chosen ? { columns: chosen } : {}),
    ...(inputs.ignoreColumns.length ? { ignoreColumns: inputs.ignoreColumns } : {}),
    ...(inputs.columnTypes.size ? { types: Object.fromEntries(inputs.columnTypes) } : {}),
  };
}

/** What a .json baseline holds instead of data, and how the report names it. */
interface ProfileBaseline {
  profile: Profile;
  kind: string;
}

/**
 * A saved profile given as baseline: a .json whose content says it is one; or a Model Monitor / deequ
 * statistics.json (a JSON object with a "features" array), whose KLL sketches stand in for the data.
 */
async function savedProfile(source: DataMode, s3: S3Reader | undefined): Promise<ProfileBaseline | undefined> {
  const { baseline } = source;
  const name = baseline.kind === 'file' ? baseline.path : baseline.location.key;
  if (!/\.json$/i.test(name) || source.baselineFormat !== 'auto') return undefined;
  const text = baseline.kind === 'file' ? readFileSync(baseline.path, 'utf8') : await s3!.readText(baseline.location, 512 * 1024 * 1024);
  if (text === undefined) throw new ActionError(`Input 'baseline': ${baseline.shown} does not exist.`);
  if (!/^\s*\{[\s\S]{0,400}"format"\s*:\s*"mlops-actions\/drift-profile@/.test(text) && !text.includes('"mlops-actions/drift-profile@'))
    return modelMonitorStatistics(baseline.shown, text);
  try {
    return { profile: Profile.fromJSON(JSON.parse(text)), kind: 'saved profile' };
  } catch (error) {
    if (!(error instanceof ProfileError) && !(error instanceof SyntaxError)) throw error;
    throw new ActionError(`Input 'baseline': ${baseline.shown} looks like a saved profile but cannot be read: ${errorMessage(error)}`, {
      hint: 'Write it again with save-profile (from the same version of this action).',
    });
  }
}

/** A saved profile narrowed to `columns` / `ignore-columns` like data is; a selected column it lacks is the same error. */
function selectColumns(profile: Profile, shown: string, inputs: Inputs): Profile {
  try {
    return profile.select({ ...(inputs.columns.length ? { columns: inputs.columns } : {}), ignoreColumns: inputs.ignoreColumns });
  } catch (error) {
    if (!(error instanceof ProfileError)) throw error;
    throw new ActionError(`${shown}: ${error.message}`, { hint: COLUMNS_HINT });
  }
}

/** A statistics.json by its shape (one JSON object with a "features" array); anything else is data (JSON Lines). */
function modelMonitorStatistics(shown: string, text: string): ProfileBaseline | undefined {
  if (!/^\s*\{/.test(text) || !text.includes('"features"')) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined; // several JSON lines: data
  }
  if (!isModelMonitorStatistics(json)) return undefined;
  try {
    return { profile: Profile.fromJSON(profileFromModelMonitorStatistics(json)), kind: 'Model Monitor statistics, KLL sketches' };
  } catch (error) {
    if (!(error instanceof StatisticsError) && !(error instanceof ProfileError)) throw error;
    throw new ActionError(`Input 'baseline': ${shown} is a Model Monitor statistics.json that cannot be used: ${error.message}`, {
      hint: "Pass the statistics.json of a baselining job (suggest_baseline) or a monitoring execution's output as written, or a data file.",
    });
  }
}

async function checkData(inputs: Inputs, source: DataMode, session: AwsSession | undefined, cancellation: Cancellation): Promise<Outcome> {
  const s3 = session ? new S3Reader(session) : undefined;
  const signal = cancellation.signal;
  const given = await savedProfile(source, s3);
  let reference = given ? selectColumns(given.profile, source.baseline.shown, inputs) : undefined;
  let baselineStats = emptyStats();
  if (reference) {
    core.info(`Baseline: the ${given?.kind} ${logText(source.baseline.shown)}.`);
  } else {
    const builder = new ProfileBuilder(builderOptions(inputs));
    baselineStats = await readSource('baseline', source.baseline, source.baselineFormat, builder, {
      ...(s3 ? { s3 } : {}),
      onBadRows: inputs.onBadRows,
      signal,
    });
    if (builder.rows === 0)
      throw new ActionError(
        `Input 'baseline': ${source.baseline.shown} holds no rows${baselineStats.badRows ? ` (all ${baselineStats.badRows} were malformed)` : ''}.`,
      );
    reference = builder.finish();
    core.info(`Baseline: ${baselineStats.rows} rows from ${baselineStats.files} file(s).`);
  }
  if (inputs.saveProfile) {
    mkdirSync(path.dirname(inputs.saveProfile), { recursive: true });
    writeFileSync(inputs.saveProfile, JSON.stringify(reference.toJSON()));
    core.info(`Saved the baseline profile to ${logText(path.relative(inputs.workspace, inputs.saveProfile))}.`);
  }
  const referenceColumns = [...reference.columns.keys()];
  // The current data is typed like the baseline (inference on its first batch could differ on a few rows).
  const referenceTypes = Object.fromEntries([...reference.columns].map(([name, column]) => [name, column.type]));
  const builder = new ProfileBuilder({ ...builderOptions(inputs), types: { ...referenceTypes, ...Object.fromEntries(inputs.columnTypes) } });
  let currentStats: ReadStats;
  if (source.currentFormat === 'data-capture') {
    // Payload values are named by the baseline's columns left after columns / ignore-columns, for a data baseline and
    // a saved profile alike (a payload usually lacks what is left out: the target, an ID).
    const columns = source.capture?.columns.length ? source.capture.columns : referenceColumns;
    currentStats = await readCapture(source as DataMode & { current: { kind: 's3' } }, builder, columns, {
      s3: s3!,
      onBadRows: inputs.onBadRows,
      signal,
      now: new Date(),
    });
    if (builder.rows === 0) {
      const why =
        currentStats.files === 0
          ? `no capture files in the ${currentStats.hours} hour folder(s) of the window`
          : `${currentStats.files} file(s) but no rows${currentStats.badRows ? ` (${currentStats.badRows} malformed)` : ''}${currentStats.outsideWindow ? ` (${currentStats.outsideWindow} events before the window)` : ''}`;
      throw new ActionError(`Input 'current': the Data Capture window is empty: ${why} under ${source.current.shown}.`, {
        hint: 'Check the prefix (…/ENDPOINT/ or …/ENDPOINT/VARIANT/), that the endpoint had traffic in the window, or widen window.',
      });
    }
  } else {
    currentStats = await readSource('current', source.current, source.currentFormat as DataMode['baselineFormat'], builder, {
      ...(s3 ? { s3 } : {}),
      onBadRows: inputs.onBadRows,
      signal,
    });
    if (builder.rows === 0)
      throw new ActionError(
        `Input 'current': ${source.current.shown} holds no rows${currentStats.badRows ? ` (all ${currentStats.badRows} were malformed)` : ''}.`,
      );
  }
  core.info(`Current: ${currentStats.rows} rows from ${currentStats.files} file(s).`);
  const current = builder.finish();
  for (const name of inputs.columns) {
    if (!referenceColumns.includes(name))
      throw new ActionError(`Input 'columns' names '${name}', which the baseline does not have.`, {
        hint: `The baseline's columns: ${referenceColumns.join(', ')}.`,
      });
  }
  let report: ReturnType<typeof compareProfiles>;
  try {
    report = compareProfiles(reference, current, compareOptions(inputs));
  } catch (error) {
    if (error instanceof CompareError) {
      throw new ActionError(`The columns cannot be compared: ${error.message}`, {
        hint: 'Leave the column out (ignore-columns), give its type (column-types), or choose a method that fits it (column-methods).',
      });
    }
    throw error;
  }
  if (report.missingInCurrent.length) {
    core.warning(`Columns of the baseline missing from the current data (not compared): ${logText(report.missingInCurrent.join(', '))}`);
  }
  if (report.columns.length === 0) {
    throw new ActionError("No column could be compared: the current data has none of the baseline's columns.", {
      hint: `Baseline columns: ${referenceColumns.join(', ')}. Check capture-columns, columns and ignore-columns.`,
    });
  }
  const drifted = report.columns.filter((c) => c.drifted).map((c) => c.name);
  const charts: Chart[] = [];
  const ranked = [...report.columns].sort((a, b) => Number(b.drifted) - Number(a.drifted) || severity(b) - severity(a));
  for (const column of ranked.slice(0, 3)) {
    const bins = chartBins(reference, current, column.name);
    if (bins) charts.push({ column: column.name, ...bins });
  }
  if (currentStats.badRows || baselineStats.badRows) {
    core.warning(
      `Skipped malformed rows (on-bad-rows: skip): ${baselineStats.badRows} in the baseline, ${currentStats.badRows} in the current data; the report lists examples.`,
    );
  }
  return {
    mode: 'data',
    model: inputs.modelName,
    detected: report.detected,
    share: report.share,
    driftShare: inputs.driftShare,
    compared: report.columns.length,
    drifted,
    columns: report.columns,
    missingInCurrent: report.missingInCurrent,
    missingInReference: report.missingInReference,
    baseline: { source: source.baseline.shown, ...baselineStats, profile: baselineStats.files === 0, ...(given ? { profileKind: given.kind } : {}) },
    current: { source: source.current.shown, ...currentStats },
    charts,
  };
}

/** How far past its threshold a column is (positive = drifted), comparable across methods. */
function severity(c: { kind: string; statistic: number; pValue?: number; threshold: number }): number {
  if (c.kind === 'p-value') return c.threshold > 0 ? Math.log10(c.threshold) - Math.log10(Math.max(c.pValue ?? 1, 1e-300)) : 0;
  return c.threshold > 0 ? c.statistic / c.threshold - 1 : c.statistic;
}

async function checkMonitor(inputs: Inputs, source: MonitorMode, session: AwsSession, cancellation: Cancellation): Promise<Outcome> {
  const signal = cancellation.signal;
  const monitoring = new SageMakerMonitoring(session);
  const { report, skipped } = await monitoring.latestReport(source.schedule, signal);
  for (const execution of skipped) {
    core.info(
      `Monitoring execution of ${execution.scheduledTime?.toISOString() ?? '?'} is ${execution.status}${execution.failureReason ? ` (${logText(execution.failureReason)})` : ''}: no report, looking further back.`,
    );
  }
  if (!report) {
    throw new ActionError(`Monitoring schedule '${source.schedule}' has no execution with a report among its latest ${skipped.length || 'executions'}.`, {
      hint: skipped.length
        ? `The latest is ${skipped[0]?.status}. Wait for an execution to complete, or check the schedule in the SageMaker console.`
        : 'Check the schedule name and aws-region.',
    });
  }
  const s3 = new S3Reader(session);
  const folder = parseS3Url(report.outputUri);
  if (!folder) throw new ActionError(`The processing job's output '${report.outputUri}' is not an s3:// URL.`);
  const violationsUri = { bucket: folder.bucket, key: `${folder.key}constraint_violations.json` };
  const text = await s3.readText(violationsUri, 64 * 1024 * 1024, signal);
  let violations: ReturnType<typeof parseConstraintViolations> = [];
  if (text === undefined) {
    // Model Monitor writes constraint_violations.json only when it found violations.
    if (report.execution.status === 'CompletedWithViolations')
      throw new ActionError(`${s3Url(violationsUri)} is missing, though the execution says CompletedWithViolations.`);
  } else {
    try {
      violations = parseConstraintViolations(text);
    } catch (error) {
      if (error instanceof ViolationsFormatError)
        throw new ActionError(`${s3Url(violationsUri)} ${error.message}; it is not a Model Monitor constraint_violations.json.`);
      throw error;
    }
  }
  const statisticsText = await s3.readText({ bucket: folder.bucket, key: `${folder.key}statistics.json` }, 64 * 1024 * 1024, signal);
  let features: string[] | undefined;
  try {
    const parsed = statisticsText ? (JSON.parse(statisticsText) as { features?: Array<{ name?: unknown }> }) : undefined;
    features = parsed?.features?.map((f) => String(f.name ?? '')).filter(Boolean);
  } catch {
    features = undefined;
  }
  const driftViolations = violations.filter((v) => v.checkType === 'baseline_drift_check');
  const drifted = [...new Set(driftViolations.map((v) => v.featureName))];
  const share = features?.length ? drifted.length / features.length : undefined;
  if (share === undefined)
    core.warning(`No statistics.json next to the violations: the share of drifted columns is unknown; any drifted column counts as drift.`);
  const detected = share === undefined ? drifted.length > 0 : drifted.length > 0 && share >= inputs.driftShare;
  return {
    mode: 'model-monitor',
    model: inputs.modelName,
    detected,
    ...(share !== undefined ? { share } : {}),
    driftShare: inputs.driftShare,
    compared: features?.length ?? drifted.length,
    drifted,
    columns: driftViolations.map((v) => ({
      name: v.featureName,
      type: 'model-monitor',
      method: 'model-monitor',
      kind: 'distance',
      statistic: v.distance ?? Number.NaN,
      ...(v.distance !== undefined ? { distance: v.distance } : {}),
      threshold: v.threshold ?? Number.NaN,
      drifted: true,
      detail: v.description,
    })),
    missingInCurrent: violations.filter((v) => v.checkType === 'missing_column_check').map((v) => v.featureName),
    missingInReference: violations.filter((v) => v.checkType === 'extra_column_check').map((v) => v.featureName),
    monitor: {
      schedule: source.schedule,
      status: report.execution.status,
      scheduledTime: report.execution.scheduledTime?.toISOString() ?? '',
      processingJobArn: report.execution.processingJobArn ?? '',
      violationsUri: s3Url(violationsUri),
      otherViolations: violations.filter((v) => v.checkType !== 'baseline_drift_check'),
    },
    charts: [],
  };
}

function writeReport(inputs: Inputs, outcome: Outcome, checkedAt: Date): string {
  const dir = process.env.RUNNER_TEMP || inputs.workspace;
  const file = path.join(dir, `check-drift-${(inputs.run.stepId || 'report').replace(/[^\w.-]/g, '_')}.json`);
  const { issue: _issue, ...rest } = outcome;
  writeFileSync(
    file,
    `${JSON.stringify({ format: 'mlops-actions/drift-report@1', generatedAt: checkedAt.toISOString(), run: runUrl(inputs.run), ...rest }, null, 2)}\n`,
  );
  return file;
}

function metrics(inputs: Inputs, outcome: Outcome): MetricDatum[] {
  const model = { Model: inputs.modelName.slice(0, 255) };
  const data: MetricDatum[] = [{ name: 'DriftDetected', value: outcome.detected ? 1 : 0, dimensions: model }];
  if (outcome.share !== undefined) data.push({ name: 'DriftShare', value: outcome.share, unit: 'None', dimensions: model });
  for (const column of outcome.columns) {
    const dimensions = { ...model, Column: column.name.slice(0, 255) || '(unnamed)' };
    if (Number.isFinite(column.statistic)) data.push({ name: 'DriftScore', value: column.statistic, dimensions });
    data.push({ name: 'ColumnDrifted', value: column.drifted ? 1 : 0, dimensions });
  }
  return data;
}

/** The hidden note on the drift issue that says which workflow run sent the retrain dispatch: `RUN.ATTEMPT.RESULT`. */
const RETRAIN_NOTE = 'retrain-run';

/**
 * Triggers the training workflow at most once: not for a quiet issue update inside the cooldown, not again in a
 * re-run of a workflow run that already sent it (recorded on the issue), and never resent after a lost answer.
 */
async function retrain(inputs: Inputs, outcome: Outcome, reportPath: string, client: GitHubClient, tracker: IssueTracker | undefined): Promise<Retraining> {
  const target = inputs.retrain!;
  const what = target.kind === 'workflow_dispatch' ? `workflow ${target.workflow} on ${target.ref}` : `repository_dispatch ${target.eventType}`;
  const issue = outcome.issue;
  // With an issue, retraining follows it: not again for a run that only refreshed the issue inside the cooldown.
  if (issue && ['updated-quietly', 'already-commented'].includes(issue.action)) {
    core.info(`Drift is still there, but retraining was triggered less than the cooldown ago (issue #${issue.issue?.number}); not again.`);
    return { dispatched: 'false', detail: `${what}: skipped (cooldown)` };
  }
  const [runId, attempt, result] = (issue?.notes[RETRAIN_NOTE] ?? '').split('.');
  if (runId === inputs.run.runId) {
    const sent = result === 'unknown' ? 'may already have sent' : 'already sent';
    core.info(
      `Attempt ${attempt} of this workflow run ${sent} the retrain dispatch (noted on issue #${issue?.issue?.number}); a re-run does not send it again.`,
    );
    return { dispatched: 'false', detail: `${what}: skipped (attempt ${attempt} of this workflow run ${sent} it)` };
  }
  let answer: Awaited<ReturnType<typeof dispatch>>;
  try {
    answer = await dispatch(client, inputs.run.repository, target, retrainPayload(inputs, outcome, reportPath));
  } catch (error) {
    throw new ActionError(`Could not trigger retraining (${what}): GitHub answered ${gitHubStatus(error) ?? 'with an error'}: ${gitHubMessage(error)}`, {
      hint:
        target.kind === 'workflow_dispatch'
          ? `The workflow file must exist on ${target.ref} with an on: workflow_dispatch trigger that declares every retrain-inputs key, and github-token needs actions: write.`
          : 'github-token needs contents: write for repository_dispatch.',
    });
  }
  const delivered = answer.delivered === true;
  if (answer.delivered === true) core.info(`Triggered retraining: ${logText(what)}.`);
  else {
    core.warning(
      `The retrain dispatch (${logText(what)}) may or may not have been delivered: GitHub's answer was lost (${logText(gitHubMessage(answer.error))}). ` +
        `Check the Actions tab of ${inputs.run.repository}; it was not resent, to avoid starting training twice.`,
    );
  }
  await noteRetrain(tracker, `${inputs.run.runId}.${inputs.run.runAttempt}.${delivered ? 'delivered' : 'unknown'}`);
  return delivered
    ? { dispatched: 'true', detail: what }
    : { dispatched: 'unknown', detail: `${what}: unknown (GitHub's answer was lost; not resent, check the Actions tab)` };
}

/** Records the dispatch on the drift issue, so a re-run of this workflow run does not send it again. */
async function noteRetrain(tracker: IssueTracker | undefined, value: string): Promise<void> {
  if (!tracker) return;
  try {
    await tracker.note(RETRAIN_NOTE, value);
  } catch (error) {
    core.warning(
      `Could not note the retrain dispatch on the drift issue (${logText(errorMessage(error))}): a re-run of this workflow run would send it again.`,
    );
  }
}

function retrainPayload(inputs: Inputs, outcome: Outcome, reportPath: string): Record<string, string> {
  if (inputs.retrain?.kind === 'workflow_dispatch') return Object.fromEntries(inputs.retrain.inputs);
  return {
    model: inputs.modelName,
    drift_share: outcome.share === undefined ? '' : String(round(outcome.share)),
    drifted_features: JSON.stringify(outcome.drifted),
    run_url: runUrl(inputs.run),
    report: path.basename(reportPath),
    ...(outcome.issue?.issue ? { issue: String(outcome.issue.issue.number) } : {}),
  };
}
