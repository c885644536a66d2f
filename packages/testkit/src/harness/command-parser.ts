// Workflow command parsing, as actions/runner src/Runner.Common/ActionCommand.cs does it.

export interface ParsedCommand {
  command: string;
  properties: Record<string, string>;
  data: string;
}

type Mapping = readonly [token: string, escaped: string];

// Order matters: %25 is unescaped last, so an escaped "%0A" (written as "%250A") survives as "%0A".
const DATA_ESCAPES: Mapping[] = [
  ['\r', '%0D'],
  ['\n', '%0A'],
  ['%', '%25'],
];
const PROPERTY_ESCAPES: Mapping[] = [
  ['\r', '%0D'],
  ['\n', '%0A'],
  [':', '%3A'],
  [',', '%2C'],
  ['%', '%25'],
];
// The legacy `##[cmd k=v;k=v]data` form escapes differently.
const LEGACY_ESCAPES: Mapping[] = [
  [';', '%3B'],
  ['\r', '%0D'],
  ['\n', '%0A'],
  [']', '%5D'],
  ['%', '%25'],
];

function unescapeCommandValue(value: string, mappings: Mapping[]): string {
  let out = value;
  for (const [token, escaped] of mappings) out = out.split(escaped).join(token);
  return out;
}

function isRegistered(name: string, registered: ReadonlySet<string>): boolean {
  return registered.has(name.toLowerCase());
}

/** `::name k=v,k=v::data` (leading whitespace allowed); only registered command names are commands. */
export function parseCommandV2(line: string, registered: ReadonlySet<string>): ParsedCommand | undefined {
  const message = line.trimStart();
  if (!message.startsWith('::')) return undefined;
  const end = message.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = message.slice(2, end);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  if (!isRegistered(command, registered)) return undefined;
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const pair of info
      .slice(space + 1)
      .trim()
      .split(',')) {
      if (!pair) continue;
      const eq = pair.indexOf('=');
      // .NET Split('=', 2, RemoveEmptyEntries): "k=" and "=v" yield fewer than 2 parts and are dropped.
      if (eq <= 0 || eq === pair.length - 1) continue;
      properties[pair.slice(0, eq)] = unescapeCommandValue(pair.slice(eq + 1), PROPERTY_ESCAPES);
    }
  }
  return { command, properties, data: unescapeCommandValue(message.slice(end + 2), DATA_ESCAPES) };
}

/** The legacy `##[name k=v;k=v]data` form, recognised anywhere in the line. */
export function parseCommandLegacy(line: string, registered: ReadonlySet<string>): ParsedCommand | undefined {
  const prefix = line.indexOf('##[');
  if (prefix < 0) return undefined;
  const rb = line.indexOf(']', prefix);
  if (rb < 0) return undefined;
  const info = line.slice(prefix + 3, rb);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  if (!isRegistered(command, registered)) return undefined;
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const pair of info.slice(space + 1).split(';')) {
      if (!pair) continue;
      const eq = pair.indexOf('=');
      if (eq <= 0 || eq === pair.length - 1) continue;
      properties[pair.slice(0, eq)] = unescapeCommandValue(pair.slice(eq + 1), LEGACY_ESCAPES);
    }
  }
  return { command, properties, data: unescapeCommandValue(line.slice(rb + 1), LEGACY_ESCAPES) };
}

/** Property lookup is case-insensitive in the runner (OrdinalIgnoreCase dictionary). */
export function property(cmd: ParsedCommand, name: string): string | undefined {
  const key = Object.keys(cmd.properties).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : cmd.properties[key];
}
