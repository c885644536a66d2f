// What a map input may look like, and the errors every form of it shares (./inputs.ts, ./yaml-map.ts).
import { InputError } from '../runtime/errors.js';

export const MAP_FORMS = 'a YAML mapping (Name: value), a JSON object ({"Name": "value"}) or Name=Value lines';

export function twice(name: string, key: string): InputError {
  return new InputError(name, `sets '${key}' twice`, `${MAP_FORMS} with each name once`);
}

export function nested(name: string, key: string): InputError {
  return new InputError(name, `has a nested value for '${key}'`, `${MAP_FORMS} whose values are plain strings`);
}

export function firstLine(text: string): string {
  const line = text.split('\n')[0] ?? '';
  return line.length > 60 ? `${line.slice(0, 57)}...` : line;
}
