import * as core from '@mlops-actions/shared/core';
import { checkArnRegion, readSessionInputs, type SessionOptions } from '@mlops-actions/shared/aws';
import { APPROVAL_STATUSES, parseModelPackageArn, type ModelApprovalStatus } from '@mlops-actions/shared/aws/sagemaker';
import { runContext, type RunContext } from '@mlops-actions/shared/github';
import { getBoolean, getDuration, getInteger, getList, getString } from '@mlops-actions/shared/inputs';
import { InputError } from '@mlops-actions/shared/runtime';
import { INPUT_DEFAULTS } from './defaults.js';

export type Mode = 'wait' | 'approve' | 'reject';

/** Which package: by ARN, or a group and a version (a number or the newest). */
export type Selection =
  | { kind: 'arn'; arn: string; group: string; version?: number; status?: ModelApprovalStatus }
  | { kind: 'version'; group: string; version: number; status?: ModelApprovalStatus }
  | { kind: 'latest'; group: string; status?: ModelApprovalStatus };

export interface Approver {
  kind: 'user' | 'team';
  /** A login, or org/team-slug. */
  name: string;
}

export interface Inputs {
  session: SessionOptions;
  selection: Selection;
  mode: Mode;
  comment: string;
  timeoutMs: number;
  pollIntervalMs: number;
  failOnReject: boolean;
  approvers: Approver[];
  minApprovals: number;
  allowSelfApproval: boolean;
  allowOverride: boolean;
  /** undefined: none given (or the runner could not fill in github.token). */
  githubToken?: string;
  run: RunContext;
}

/** SageMaker's model package group names. */
const GROUP_NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/;
/** GitHub logins: letters, digits and single hyphens inside, at most 39; apps end in [bot]. */
export const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(?:\[bot\])?$/;
/** org/team-slug: team slugs are lower-case letters, digits, hyphens and underscores (GitHub makes them from the name). */
const TEAM = /^([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})\/([A-Za-z0-9][A-Za-z0-9_.-]{0,99})$/;
/** What fits in ApprovalDescription (1024) next to who, where and when. */
export const MAX_COMMENT = 1000;

export function readInputs(): Inputs {
  const session = readSessionInputs('wait-approval');
  const run = runContext();
  const mode = readMode();
  const selection = readSelection(session.region);
  const approvers = getList('approvers', { expected: 'GitHub logins and org/team slugs, one per line or comma-separated', unique: true }).map(parseApprover);
  const comment = getString('comment', { maxLength: MAX_COMMENT, expected: `a comment of at most ${MAX_COMMENT} characters` }) ?? '';
  if (mode !== 'wait' && approvers.length === 0) {
    throw new InputError('approvers', `is empty with mode ${mode}`, 'the GitHub logins and org/team slugs allowed to decide, one per line or comma-separated');
  }
  if (mode === 'reject' && !comment) {
    throw new InputError(
      'comment',
      'is empty with mode reject',
      "the reason for the rejection (the wait step fails with it, and it is kept in the package's ApprovalDescription)",
    );
  }
  const token = core.getInput('github-token', { trimWhitespace: true });
  if (token) core.setSecret(token);
  const inputs: Inputs = {
    session,
    selection,
    mode,
    comment,
    timeoutMs: getDuration('timeout', { fallback: INPUT_DEFAULTS.timeout, min: 1_000, max: 35 * 86_400_000 }),
    pollIntervalMs: getDuration('poll-interval', { fallback: INPUT_DEFAULTS['poll-interval'], min: 100, max: 600_000 }),
    failOnReject: getBoolean('fail-on-reject', INPUT_DEFAULTS['fail-on-reject']),
    approvers,
    minApprovals: getInteger('min-approvals', { min: 1, max: 20 }) ?? Number(INPUT_DEFAULTS['min-approvals']),
    allowSelfApproval: getBoolean('allow-self-approval', INPUT_DEFAULTS['allow-self-approval']),
    allowOverride: getBoolean('allow-override', INPUT_DEFAULTS['allow-override']),
    run,
  };
  // The literal default is what an empty input falls back to in action.yml; it is no token when it reaches the code.
  if (token && token !== INPUT_DEFAULTS['github-token']) inputs.githubToken = token;
  if (mode !== 'wait' && approvers.length < inputs.minApprovals && approvers.every((a) => a.kind === 'user')) {
    throw new InputError(
      'min-approvals',
      `is ${inputs.minApprovals}, but approvers names only ${approvers.length} ${approvers.length === 1 ? 'person' : 'people'}`,
      'at most as many approvals as there are people who may give them',
    );
  }
  return inputs;
}

function readMode(): Mode {
  const mode = getString('mode', { pattern: /^(wait|approve|reject)$/, expected: 'wait, approve or reject' }) ?? INPUT_DEFAULTS.mode;
  return mode as Mode;
}

function readStatus(): ModelApprovalStatus | undefined {
  const status = getString('status', {
    pattern: new RegExp(`^(${APPROVAL_STATUSES.join('|')})$`),
    expected: `one of ${APPROVAL_STATUSES.join(', ')} (as SageMaker spells them)`,
  });
  return status as ModelApprovalStatus | undefined;
}

function readSelection(region: string): Selection {
  const arnText = getString('model-package-arn');
  const group = getString('model-package-group', {
    pattern: GROUP_NAME,
    maxLength: 63,
    expected: 'a model package group name (letters, digits and hyphens, at most 63)',
  });
  const versionText = core.getInput('version', { trimWhitespace: true });
  const status = readStatus();
  const withStatus = status ? { status } : {};
  if (arnText) {
    if (group) {
      throw new InputError('model-package-group', 'is set together with model-package-arn', 'either model-package-arn, or model-package-group with version');
    }
    const parsed = parseModelPackageArn(arnText);
    if (!parsed || parsed.version === undefined) {
      throw new InputError(
        'model-package-arn',
        `is '${arnText}'`,
        'the ARN of a versioned model package, like arn:aws:sagemaker:us-east-1:123456789012:model-package/churn-models/3',
      );
    }
    checkArnRegion('model-package-arn', parsed.arn, region);
    if (versionText && versionText !== 'latest' && versionText !== String(parsed.version)) {
      throw new InputError('version', `is '${versionText}' while model-package-arn names version ${parsed.version}`, 'version only with model-package-group');
    }
    return { kind: 'arn', arn: arnText, group: parsed.name, version: parsed.version, ...withStatus };
  }
  if (!group) {
    throw new InputError(
      'model-package-arn',
      'and model-package-group are both empty',
      'a model package ARN, or a model-package-group (with version: latest or a number)',
    );
  }
  const version = versionText || INPUT_DEFAULTS.version;
  if (version === 'latest') return { kind: 'latest', group, ...withStatus };
  if (!/^[1-9]\d{0,8}$/.test(version)) throw new InputError('version', `is '${version}'`, 'latest, or a version number such as 3');
  return { kind: 'version', group, version: Number(version), ...withStatus };
}

function parseApprover(text: string): Approver {
  const entry = text.replace(/^@/, '');
  if (LOGIN.test(entry)) return { kind: 'user', name: entry };
  const team = TEAM.exec(entry);
  if (team) return { kind: 'team', name: `${team[1]}/${team[2]}` };
  throw new InputError(
    'approvers',
    `names '${text}'`,
    'GitHub logins (like octocat) and org/team slugs (like octo-org/ml-reviewers), one per line or comma-separated',
  );
}
