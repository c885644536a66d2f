// The audit trail wait-approval keeps in the package itself: each approval and rejection under its own
// CustomerMetadataProperties key (per person, so an approval recorded twice counts once), the decision, and a
// readable ApprovalDescription. Pure: what to write is planned from what was read, and written whole, so a retried
// or repeated write lands the same state.
import {
  customerMetadataText,
  MAX_APPROVAL_DESCRIPTION,
  MAX_CUSTOMER_METADATA,
  type ModelApprovalStatus,
  type ModelPackage,
} from '@mlops-actions/shared/aws/sagemaker';

export const KEYS = {
  approvedBy: 'wait-approval/approved-by/',
  rejectedBy: 'wait-approval/rejected-by/',
  decision: 'wait-approval/decision',
  decidedBy: 'wait-approval/decided-by',
  decidedAt: 'wait-approval/decided-at',
  run: 'wait-approval/run',
  comment: 'wait-approval/comment',
} as const;

export interface Approval {
  login: string;
  at: string;
  run: string;
}

export interface Decision {
  mode: 'approve' | 'reject';
  /** GITHUB_TRIGGERING_ACTOR. */
  actor: string;
  /** ISO time of the decision (one per step, so every try writes the same). */
  at: string;
  runUrl: string;
  comment: string;
  minApprovals: number;
  allowOverride: boolean;
}

export type Plan =
  | { kind: 'write'; status: ModelApprovalStatus; description: string; metadata: Record<string, string>; approvals: Approval[]; note: string }
  | { kind: 'nothing'; approvals: Approval[]; note: string }
  | { kind: 'refuse'; message: string; hint: string };

/** GitHub logins are case-insensitive; SageMaker keys allow no brackets (app logins end in [bot]). */
export function loginKey(login: string): string {
  return customerMetadataText(login.toLowerCase().replace(/\[bot\]$/, '.bot'), 64);
}

function entryValue(d: Decision): string {
  return customerMetadataText(`${d.at} ${d.actor.replace(/\[bot\]$/, '.bot')} ${d.runUrl}`, MAX_CUSTOMER_METADATA.value);
}

function parseEntry(value: string): Approval {
  const [at = '', login = '', ...run] = value.split(' ');
  return { at, login: login.replace(/\.bot$/, '[bot]'), run: run.join(' ') };
}

/** The approvals recorded in the package's metadata, oldest first. */
export function approvalsOf(metadata: Record<string, string> | undefined): Approval[] {
  return Object.entries(metadata ?? {})
    .filter(([key]) => key.startsWith(KEYS.approvedBy))
    .map(([, value]) => parseEntry(value))
    .sort((a, b) => a.at.localeCompare(b.at));
}

export function rejectionsOf(metadata: Record<string, string> | undefined): Approval[] {
  return Object.entries(metadata ?? {})
    .filter(([key]) => key.startsWith(KEYS.rejectedBy))
    .map(([, value]) => parseEntry(value))
    .sort((a, b) => a.at.localeCompare(b.at));
}

/** Who made the package's current decision: the login this action recorded, else the AWS identity SageMaker names. */
/**
 * Who made the current decision: the GitHub login this action recorded with it, or else the AWS identity SageMaker
 * saw (an IAM ARN, or a SageMaker Studio user profile name, which is not a GitHub login even when it looks like one).
 */
export function decidedBy(pkg: ModelPackage): { github?: string; iamArn?: string; userProfile?: string } | undefined {
  const status = statusOf(pkg);
  if (status === 'PendingManualApproval') return undefined;
  const metadata = pkg.CustomerMetadataProperties ?? {};
  const recorded = metadata[KEYS.decidedBy];
  if (metadata[KEYS.decision] === status && recorded) return { github: recorded.replace(/\.bot$/, '[bot]') };
  const by = pkg.LastModifiedBy ?? pkg.CreatedBy;
  if (by?.IamIdentity?.Arn) return { iamArn: by.IamIdentity.Arn };
  return by?.UserProfileName ? { userProfile: by.UserProfileName } : undefined;
}

/** SageMaker leaves a versioned package created without a status without one; it awaits a decision. */
export function statusOf(pkg: ModelPackage): ModelApprovalStatus {
  return pkg.ModelApprovalStatus ?? 'PendingManualApproval';
}

const who = (approvals: Approval[]): string => approvals.map((a) => `@${a.login}`).join(', ');

function describe(parts: { head: string; d: Decision }): string {
  const base = `${parts.head} via ${parts.d.runUrl} at ${parts.d.at}`;
  const text = parts.d.comment ? `${base}: ${parts.d.comment}` : base;
  return text.length <= MAX_APPROVAL_DESCRIPTION ? text : `${text.slice(0, MAX_APPROVAL_DESCRIPTION - 1)}…`;
}

function decisionKeys(d: Decision, status: ModelApprovalStatus): Record<string, string> {
  return {
    [KEYS.decision]: status,
    [KEYS.decidedBy]: customerMetadataText(d.actor.replace(/\[bot\]$/, '.bot'), MAX_CUSTOMER_METADATA.value),
    [KEYS.decidedAt]: customerMetadataText(d.at, MAX_CUSTOMER_METADATA.value),
    [KEYS.run]: customerMetadataText(d.runUrl, MAX_CUSTOMER_METADATA.value),
    ...(d.comment ? { [KEYS.comment]: customerMetadataText(d.comment, MAX_CUSTOMER_METADATA.value) } : {}),
  };
}

/** What approving or rejecting `pkg` as `d` writes, or why nothing is written. */
export function plan(pkg: ModelPackage, d: Decision): Plan {
  const current = statusOf(pkg);
  const existing = pkg.CustomerMetadataProperties ?? {};
  const approvals = approvalsOf(existing);
  const name = `${pkg.ModelPackageGroupName ?? 'model package'} v${pkg.ModelPackageVersion ?? '?'}`;
  const previously = pkg.ApprovalDescription ? ` (${pkg.ApprovalDescription})` : '';

  if (d.mode === 'reject') {
    if (current === 'Rejected') return { kind: 'nothing', approvals, note: `${name} is already Rejected${previously}; nothing to change.` };
    if (current === 'Approved' && !d.allowOverride) {
      return {
        kind: 'refuse',
        message: `${name} is already Approved${previously}; rejecting it now would reverse that decision.`,
        hint: 'Set allow-override: true to reject an Approved package.',
      };
    }
    const metadata = { ...existing, [KEYS.rejectedBy + loginKey(d.actor)]: entryValue(d), ...decisionKeys(d, 'Rejected') };
    return (
      fits(metadata, name) ?? {
        kind: 'write',
        status: 'Rejected',
        description: describe({ head: `Rejected by @${d.actor}`, d }),
        metadata,
        approvals,
        note: current === 'Approved' ? `Rejected ${name}, which was Approved (allow-override).` : `Rejected ${name}.`,
      }
    );
  }

  if (current === 'Approved') return { kind: 'nothing', approvals, note: `${name} is already Approved${previously}; nothing to change.` };
  if (current === 'Rejected' && !d.allowOverride) {
    return {
      kind: 'refuse',
      message: `${name} is Rejected${previously}; approving it now would reverse that decision.`,
      hint: 'Set allow-override: true to approve a Rejected package.',
    };
  }
  const key = KEYS.approvedBy + loginKey(d.actor);
  const mine = existing[key];
  const after = mine !== undefined ? approvals : [...approvals, parseEntry(entryValue(d))];
  const count = after.length;
  if (mine !== undefined && count < d.minApprovals && current === 'PendingManualApproval') {
    return {
      kind: 'nothing',
      approvals,
      note: `@${d.actor}'s approval of ${name} is already recorded; ${count} of ${d.minApprovals} approvals (${who(after)}).`,
    };
  }
  const approved = count >= d.minApprovals;
  const status: ModelApprovalStatus = approved ? 'Approved' : current;
  const metadata = { ...existing, ...(mine === undefined ? { [key]: entryValue(d) } : {}), ...(approved ? decisionKeys(d, 'Approved') : {}) };
  const tally = `${count} of ${d.minApprovals} approval${d.minApprovals === 1 ? '' : 's'}: ${who(after)}`;
  return (
    fits(metadata, name) ?? {
      kind: 'write',
      status,
      description: approved
        ? describe({ head: `Approved by @${d.actor} (${tally})`, d })
        : describe({ head: `${status}: ${tally}; the latest by @${d.actor}`, d }),
      metadata,
      approvals: after,
      note: approved
        ? `Approved ${name} (${tally}).`
        : `Recorded @${d.actor}'s approval of ${name}: ${tally}; ${d.minApprovals - count} more needed before it is Approved.`,
    }
  );
}

function fits(metadata: Record<string, string>, name: string): Plan | undefined {
  const entries = Object.keys(metadata).length;
  if (entries <= MAX_CUSTOMER_METADATA.entries) return undefined;
  return {
    kind: 'refuse',
    message: `${name} would carry ${entries} CustomerMetadataProperties; SageMaker allows at most ${MAX_CUSTOMER_METADATA.entries}.`,
    hint: 'Remove metadata entries the package no longer needs (UpdateModelPackage CustomerMetadataPropertiesToRemove), or lower min-approvals.',
  };
}
