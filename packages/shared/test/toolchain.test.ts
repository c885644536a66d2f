import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { VERSION } from '@mlops-actions/shared/runtime';

test('tests run on Node 24, the runtime GitHub runs these actions on (pinned in node_modules/.bin)', () => {
  expect(process.versions.node.split('.')[0]).toBe('24');
});

test('the version in the user agent is the repository version', () => {
  const root = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version?: string };
  const shared = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  expect(VERSION).toBe(shared.version);
  expect(root.version ?? VERSION).toBe(VERSION);
});
