// What the runner reports into a step's log after its process ends: file command failures and the step timeout.
import type { CommandProcessor } from './command-processor.js';
import type { FileCommandResults } from './file-commands.js';

/**
 * Adds the errors of the step's file commands as annotations; a file the runner refuses fails the step
 * (`commandFailed`), the other errors (blocked env names, oversized summary) do not.
 */
export function reportFileCommands(processor: CommandProcessor, fileResults: FileCommandResults): void {
  for (const failure of fileResults.failures) {
    processor.addIssue('error', `Unable to process file command '${failure.context}' successfully.`);
    processor.addIssue('error', failure.message);
    processor.commandFailed = true;
  }
  for (const message of fileResults.errors) processor.addIssue('error', message);
}

/** The runner's error when a step exceeds its timeout (minutes with at most three decimals). */
export function timedOutMessage(displayName: string, timeoutMs: number): string {
  return `The action '${displayName}' has timed out after ${Number((timeoutMs / 60_000).toFixed(3))} minutes.`;
}
