import type { ModelApprovalStatus, PipelineExecutionStatus, StepStatus } from '@aws-sdk/client-sagemaker';
import type { NodeStatus } from '../report/mermaid.js';

/** How one SageMaker status is shown: in the job summary, in the log, and as a mermaid node class. */
export interface StatusLook {
  /** Emoji for the job summary. */
  icon: string;
  /** One-character mark for the log. */
  mark: string;
  /** The class of a node drawn in this status. */
  node: NodeStatus;
  /** Nothing will change any more. */
  final: boolean;
}

const RUNNING: StatusLook = { icon: '⏳', mark: '▶', node: 'running', final: false };
const STOPPING: StatusLook = { icon: '⏹️', mark: '■', node: 'stopped', final: false };
const STOPPED: StatusLook = { icon: '⏹️', mark: '■', node: 'stopped', final: true };
const FAILED: StatusLook = { icon: '❌', mark: '✖', node: 'failed', final: true };
const SUCCEEDED: StatusLook = { icon: '✅', mark: '✔', node: 'succeeded', final: true };
/** A status this build does not know (SageMaker added one): shown neutrally, never taken as final. */
export const UNKNOWN_STATUS: StatusLook = { icon: 'ℹ️', mark: '·', node: 'pending', final: false };

/**
 * The one status table, keyed by the SDK's own unions: a status SageMaker adds shows up as a type error when the
 * SDK is upgraded, not as a blank icon.
 */
export const EXECUTION_STATUS: Readonly<Record<PipelineExecutionStatus, StatusLook>> = {
  Executing: RUNNING,
  Stopping: STOPPING,
  Stopped: STOPPED,
  Failed: FAILED,
  Succeeded: SUCCEEDED,
};

export const STEP_STATUS: Readonly<Record<StepStatus, StatusLook>> = {
  Starting: RUNNING,
  Executing: RUNNING,
  Stopping: STOPPING,
  Stopped: STOPPED,
  Failed: FAILED,
  Succeeded: SUCCEEDED,
};

export const APPROVAL_STATUS: Readonly<Record<ModelApprovalStatus, StatusLook>> = {
  PendingManualApproval: { icon: '⏳', mark: '…', node: 'pending', final: false },
  Approved: { icon: '✅', mark: '✔', node: 'succeeded', final: true },
  Rejected: { icon: '⛔', mark: '✖', node: 'failed', final: true },
};

function lookUp<K extends string>(table: Readonly<Record<K, StatusLook>>, status: string | undefined): StatusLook {
  return status !== undefined && Object.hasOwn(table, status) ? table[status as K] : UNKNOWN_STATUS;
}

export const executionStatus = (status: string | undefined): StatusLook => lookUp(EXECUTION_STATUS, status);
export const stepStatus = (status: string | undefined): StatusLook => lookUp(STEP_STATUS, status);
export const approvalStatus = (status: string | undefined): StatusLook => lookUp(APPROVAL_STATUS, status);

/** The execution statuses after which nothing changes. */
export const FINAL_STATUSES: ReadonlySet<string> = new Set(
  Object.entries(EXECUTION_STATUS)
    .filter(([, look]) => look.final)
    .map(([status]) => status),
);
