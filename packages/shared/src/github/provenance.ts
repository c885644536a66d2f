// Which GitHub run started something in AWS, written into the thing's own description so that a later step can
// follow it back: start-pipeline appends it to the pipeline execution's description, wait-approval reads it from
// the execution that registered a model package (its MetadataProperties.GeneratedBy) to refuse self-approval.
import { runUrl, type RunContext } from './run-context.js';

export interface RunProvenance {
  /** The run attempt's page. */
  runUrl: string;
  /** GITHUB_TRIGGERING_ACTOR of that attempt. */
  triggeringActor: string;
}

const RUN_LINE = 'github-run:';
const ACTOR_LINE = 'github-triggering-actor:';
/** GitHub logins: letters, digits and single hyphens, at most 39; apps end in [bot]. */
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/;

/** The lines appended to a description: they come last, so a description that imitates them is overridden. */
export function provenanceTrailer(run: RunContext): string {
  return `${RUN_LINE} ${runUrl(run)}\n${ACTOR_LINE} ${run.triggeringActor || 'unknown'}`;
}

/**
 * `text` (at most `limit` characters) followed by the provenance trailer. The text is cut when both do not fit,
 * never the trailer.
 */
export function withProvenance(text: string, run: RunContext, limit: number): string {
  const trailer = provenanceTrailer(run);
  const room = limit - trailer.length - 1;
  if (room <= 0) return trailer.slice(0, limit);
  const body = text.length > room ? `${text.slice(0, room - 1)}…` : text;
  return body ? `${body}\n${trailer}` : trailer;
}

/** The provenance in a description: the LAST trailer lines, or undefined when there are none (or no valid login). */
export function parseProvenance(description: string | undefined): RunProvenance | undefined {
  if (!description) return undefined;
  const lines = description.split(/\r?\n/).map((l) => l.trim());
  const last = (prefix: string): string | undefined => {
    for (let i = lines.length - 1; i >= 0; i -= 1) {
      const line = lines[i] as string;
      if (line.startsWith(prefix)) return line.slice(prefix.length).trim();
    }
    return undefined;
  };
  const actor = last(ACTOR_LINE);
  const url = last(RUN_LINE);
  if (!actor || !LOGIN.test(actor) || url === undefined) return undefined;
  return { runUrl: url, triggeringActor: actor };
}
