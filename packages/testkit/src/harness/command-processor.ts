// What the runner does with each line a step prints (OutputManager + ActionCommandManager + ExecutionContext):
// workflow commands are consumed, everything written to the log goes through the secret masker.
import path from 'node:path';
import { parseCommandLegacy, parseCommandV2, property, type ParsedCommand } from './command-parser.js';
import type { SecretMasker } from './secret-masker.js';
import type { Annotation, AnnotationLevel } from './types.js';

const REGISTERED_COMMANDS = [
  'stop-commands',
  'set-env',
  'set-output',
  'save-state',
  'add-mask',
  'add-path',
  'add-matcher',
  'remove-matcher',
  'debug',
  'warning',
  'error',
  'notice',
  'group',
  'endgroup',
  'echo',
];

// Commands whose raw line is never echoed, even with `::echo::on` (IActionCommandExtension.OmitEcho).
const OMIT_ECHO = new Set(['add-mask', 'debug', 'warning', 'error', 'notice']);

/** The runner keeps at most this many annotations of each level per step (ExecutionContext._maxIssueCount). */
export const MAX_ANNOTATIONS_PER_LEVEL = 100;
const MAX_ISSUE_MESSAGE_LENGTH = 4096;

const DISABLED_COMMAND = (name: string): string =>
  `The \`${name}\` command is disabled. Please upgrade to using Environment Files or opt into unsecure command execution by setting the \`ACTIONS_ALLOW_UNSECURE_COMMANDS\` environment variable to \`true\`. For more information see: https://github.blog/changelog/2020-10-01-github-actions-deprecating-set-env-and-add-path-commands/`;
const DEPRECATED_COMMAND = (name: string): string =>
  `The \`${name}\` command is deprecated and will be disabled soon. Please upgrade to using Environment Files. For more information see: https://github.blog/changelog/2022-10-11-github-actions-deprecating-save-state-and-set-output-commands/`;
const INVALID_STOP_TOKEN =
  "You cannot use a endToken that is an empty string, the string 'pause-logging', or another workflow command. For more information see: https://docs.github.com/actions/learn-github-actions/workflow-commands-for-github-actions#example-stopping-and-starting-workflow-commands or opt into insecure command execution by setting the `ACTIONS_ALLOW_UNSECURE_STOPCOMMAND_TOKENS` environment variable to `true`.";

export interface CommandProcessorOptions {
  masker: SecretMasker;
  /** Step debug: `##[debug]` lines are written, and commands are echoed by default. */
  debug: boolean;
  /** The step environment, for the ACTIONS_ALLOW_UNSECURE_* opt-ins. */
  env: Record<string, string>;
  workspace: string;
  repository: string;
}

export class CommandProcessor {
  readonly log: string[] = [];
  readonly annotations: Annotation[] = [];
  readonly debugMessages: string[] = [];
  /** Values of the deprecated `::set-output` / `::save-state` commands. */
  readonly outputs: Record<string, string> = {};
  readonly state: Record<string, string> = {};
  commandFailed = false;

  private readonly registered = new Set(REGISTERED_COMMANDS);
  private readonly counts: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  private echo: boolean;
  private stopToken: string | undefined;

  constructor(private readonly options: CommandProcessorOptions) {
    this.echo = options.debug;
  }

  /** One line of stdout or stderr (the runner treats both streams alike). */
  processLine(line: string): void {
    if (line && (line.includes('##[') || line.includes('::')) && this.tryProcessCommand(line)) return;
    this.output(line);
  }

  /** A log line written by the runner itself (ExecutionContext.Output). */
  output(line: string): void {
    this.log.push(this.options.masker.mask(line));
  }

  /** ExecutionContext.Debug: only logged with step debug on. */
  runnerDebug(message: string): void {
    if (!this.options.debug) return;
    for (const line of message.replace(/\r\n/g, '\n').split('\n')) this.log.push(this.options.masker.mask(`##[debug]${line}`));
  }

  /** ExecutionContext.AddIssue: log line + annotation (masked, truncated, capped per level). */
  addIssue(level: AnnotationLevel, message: string, properties: Record<string, string> = {}): void {
    this.log.push(this.options.masker.mask(`##[${level}]${message}`));
    let recorded = this.options.masker.mask(message);
    if (recorded.length > MAX_ISSUE_MESSAGE_LENGTH) recorded = recorded.slice(0, MAX_ISSUE_MESSAGE_LENGTH);
    if (this.counts[level] < MAX_ANNOTATIONS_PER_LEVEL) this.annotations.push({ level, message: recorded, properties });
    this.counts[level]++;
  }

  private tryProcessCommand(input: string): boolean {
    const cmd = parseCommandV2(input, this.registered) ?? parseCommandLegacy(input, this.registered);
    if (!cmd) return false;
    const name = cmd.command.toLowerCase();
    if (this.stopToken !== undefined) {
      if (name !== this.stopToken.toLowerCase()) {
        this.runnerDebug(`Process commands has been stopped and waiting for '##[${this.stopToken}]' to resume.`);
        return false;
      }
      this.output(input);
      this.runnerDebug('Resume processing commands');
      this.registered.delete(name);
      this.stopToken = undefined;
      return true;
    }
    if (name === 'stop-commands') {
      this.stopCommands(input, cmd.data);
      return true;
    }
    if (this.echo && !OMIT_ECHO.has(name)) this.output(input);
    try {
      this.run(name, cmd);
    } catch (error) {
      this.addIssue('error', `Unable to process command '${OMIT_ECHO.has(name) ? name : input}' successfully.`);
      this.addIssue('error', (error as Error).message);
      this.commandFailed = true;
    }
    return true;
  }

  private stopCommands(input: string, token: string): void {
    const invalid = !token || token.toLowerCase() === 'pause-logging' || this.registered.has(token.toLowerCase());
    if (invalid && !isTrue(this.options.env.ACTIONS_ALLOW_UNSECURE_STOPCOMMAND_TOKENS)) {
      this.addIssue('error', INVALID_STOP_TOKEN);
      this.commandFailed = true;
      return;
    }
    this.stopToken = token;
    this.registered.add(token.toLowerCase());
    // A long stop token is a secret of its own: whoever knows it can resume command processing.
    if (token.length > 6) this.options.masker.add(token);
    this.output(input);
    this.runnerDebug(`Paused processing commands until the token you called ::stopCommands:: with is received`);
  }

  private run(name: string, cmd: ParsedCommand): void {
    switch (name) {
      case 'add-mask':
        return this.addMask(cmd.data);
      case 'debug':
        this.debugMessages.push(cmd.data);
        return this.runnerDebug(cmd.data);
      case 'error':
      case 'warning':
      case 'notice':
        return this.issueCommand(name, cmd);
      case 'group':
        return this.output(`##[group]${cmd.data}`);
      case 'endgroup':
        return this.output('##[endgroup]');
      case 'set-output':
      case 'save-state':
        return this.deprecatedKeyValue(name, cmd);
      case 'set-env':
      case 'add-path':
        // Disabled since CVE-2020-15228; even when allowed, the harness does not model their effect.
        if (!isTrue(this.options.env.ACTIONS_ALLOW_UNSECURE_COMMANDS)) throw new Error(DISABLED_COMMAND(name));
        throw new Error(`The harness does not support '${name}' even with ACTIONS_ALLOW_UNSECURE_COMMANDS`);
      case 'echo':
        return this.setEcho(cmd.data);
      case 'add-matcher':
      case 'remove-matcher':
        // Problem matchers are not modelled; the runner consumes the command too.
        return this.runnerDebug(`${name} is not modelled by the harness: ${cmd.data}`);
      default:
        throw new Error(`Can't find command extension for ##[${name}.command].`);
    }
  }

  private addMask(value: string): void {
    if (!value.trim()) {
      this.addIssue('warning', "Can't add secret mask for empty string in ##[add-mask] command.");
      return;
    }
    if (this.echo) this.output('::add-mask::***');
    this.options.masker.add(value);
    // Output reaches the log line by line, so each line of a multi-line secret is a secret too, trimmed
    // (AddMaskCommandExtension splits on \r and \n with RemoveEmptyEntries | TrimEntries).
    for (const line of value.split(/[\r\n]/)) if (line.trim()) this.options.masker.add(line.trim());
  }

  private issueCommand(level: AnnotationLevel, cmd: ParsedCommand): void {
    const properties = { ...cmd.properties };
    const file = property(cmd, 'file');
    if (file) {
      // IOUtil.MakeRelative: a file inside the workspace becomes repository-relative and names the repository.
      const relative = path.relative(this.options.workspace, file);
      if (path.isAbsolute(file) && relative && !relative.startsWith('..') && !path.isAbsolute(relative)) {
        properties.file = relative.split(path.sep).join('/');
        properties.repo = this.options.repository;
      }
    }
    this.addIssue(level, cmd.data, properties);
  }

  private deprecatedKeyValue(name: 'set-output' | 'save-state', cmd: ParsedCommand): void {
    const key = property(cmd, 'name');
    if (!key) throw new Error(`Required field 'name' is missing in ##[${name}] command.`);
    (name === 'set-output' ? this.outputs : this.state)[key] = cmd.data;
    this.addIssue('warning', DEPRECATED_COMMAND(name));
  }

  private setEcho(value: string): void {
    switch (value.trim().toUpperCase()) {
      case 'ON':
        this.echo = true;
        return this.runnerDebug("Setting echo command value to 'on'");
      case 'OFF':
        this.echo = false;
        return this.runnerDebug("Setting echo command value to 'off'");
      default:
        throw new Error(`Invalid echo command value. Possible values can be: 'on', 'off'. Current value is: '${value}'.`);
    }
  }
}

function isTrue(value: string | undefined): boolean {
  return value?.trim().toLowerCase() === 'true';
}
