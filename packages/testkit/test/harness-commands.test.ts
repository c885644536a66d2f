import { describe, expect, it } from 'vitest';
import { parseKeyValueFile, runAction, SecretMasker } from '../src/index.js';
import { fixture } from './fixtures/paths.js';

describe('workflow commands parsed from raw output (commands fixture)', async () => {
  const result = await runAction({ actionDir: fixture('commands') });
  const { log, annotations } = result.main;

  it('consumes commands and keeps everything else, masked, in arrival order (stdout and stderr alike)', () => {
    expect(log).toEqual([
      '##[group]Run ./packages/testkit/test/fixtures/commands',
      '##[endgroup]',
      'plain line with *** inside',
      // A stop token longer than 6 characters is itself registered as a secret.
      '::stop-commands::***',
      '::error::not processed while stopped',
      '::***::',
      '##[warning]processed again',
      '##[error]msg\nwith newline and %0A literal',
      expect.stringContaining('##[warning]The `set-output` command is deprecated'),
      expect.stringContaining('##[warning]The `save-state` command is deprecated'),
      '##[notice]indented command still parsed',
      '##[warning]legacy syntax',
      '::unknown-command::stays in the log',
      "##[error]Unable to process command '::set-env name=FOO::bar' successfully.",
      expect.stringContaining('##[error]The `set-env` command is disabled.'),
      // With ::echo::on, commands that are not OmitEcho are echoed before being processed.
      '::group::Echoed group',
      '##[group]Echoed group',
      '::endgroup::',
      '##[endgroup]',
      '::echo::off',
      "##[warning]Can't add secret mask for empty string in ##[add-mask] command.",
      // \r alone, \r\n and \n all end a line (.NET ReadLine); a last unterminated line still counts.
      'carriage',
      'return split',
      'and crlf',
      '##[error]from stderr',
      'no trailing newline',
    ]);
  });

  it('records annotations only for processed issue commands, with unescaped properties', () => {
    expect(annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
      'msg\nwith newline and %0A literal',
      "Unable to process command '::set-env name=FOO::bar' successfully.",
      expect.stringContaining('The `set-env` command is disabled.'),
      'from stderr',
    ]);
    expect(annotations.find((a) => a.message.startsWith('msg'))?.properties).toEqual({ title: 'a:b,c%', file: 'x.ts' });
    expect(annotations.find((a) => a.message === 'processed again')?.properties).toEqual({ file: 'a.ts', line: '1' });
  });

  it('takes deprecated ::set-output / ::save-state values and fails the step for ::set-env', () => {
    expect(result.outputs).toEqual({ legacy: 'old style' });
    expect(result.main.state).toEqual({ 'legacy-state': 'old state' });
    expect(result.main.commandFailed).toBe(true);
    expect(result.main.exitCode).toBe(0);
    expect(result.main.conclusion).toBe('failure');
    expect(result.failed).toBe(true);
  });

  it('does not log ::debug:: without step debug but records it', () => {
    expect(result.main.debug).toEqual(['hidden debug']);
  });
});

describe('add-mask of a multi-line value', () => {
  it('masks each line trimmed, as the runner splits with TrimEntries (AddMaskCommandExtension)', async () => {
    const result = await runAction({ actionDir: fixture('multiline-mask') });
    expect(result.main.log.slice(-2)).toEqual(['***', 'indented:    ***!']);
  });
});

describe('parseKeyValueFile (GITHUB_OUTPUT / GITHUB_STATE / GITHUB_ENV)', () => {
  it('reads name=value lines and heredocs with @actions/core delimiters', () => {
    const d = 'ghadelimiter_1b7f4a3e-8c2d-4f5e-9a1b-0c3d5e7f9a2b';
    const text = `plain=a=b\nmulti<<${d}\nline 1\n\nline 3\n${d}\nempty<<${d}\n${d}\n\nlast=\n`;
    expect(parseKeyValueFile(text)).toEqual([
      ['plain', 'a=b'],
      ['multi', 'line 1\n\nline 3'],
      ['empty', ''],
      ['last', ''],
    ]);
  });

  it("throws the runner's errors for malformed content", () => {
    expect(() => parseKeyValueFile('name<<EOF\nvalue\n')).toThrow("Invalid value. Matching delimiter not found 'EOF'");
    expect(() => parseKeyValueFile('name<<EOF\nvalue')).toThrow('Invalid value. EOF marker missing new line.');
    expect(() => parseKeyValueFile('<<EOF\nx\nEOF\n')).toThrow('Name must not be empty and delimiter must not be empty');
    expect(() => parseKeyValueFile('no separator\n')).toThrow("Invalid format 'no separator'");
  });
});

describe('SecretMasker', () => {
  it('masks the value and the encodings the runner registers (base64, shifted base64, URL, JSON, XML)', () => {
    const masker = new SecretMasker();
    const secret = 'p@ss "word"/<1>';
    masker.add(secret);
    const b64 = Buffer.from(secret).toString('base64');
    const shifted = Buffer.from(secret).subarray(1).toString('base64');
    expect(masker.mask(`raw ${secret} end`)).toBe('raw *** end');
    expect(masker.mask(`b64 ${b64}`)).toBe('b64 ***');
    expect(masker.mask(`shift1 ${shifted}`)).toBe('shift1 ***');
    expect(masker.mask(`url ${encodeURIComponent(secret)}`)).toBe('url ***');
    expect(masker.mask(`json ${JSON.stringify(secret)}`)).toBe('json "***"');
    expect(masker.mask('xml p@ss &quot;word&quot;/&lt;1&gt;')).toBe('xml ***');
  });

  it('merges overlapping matches into one ***', () => {
    const masker = new SecretMasker();
    masker.add('abcabc');
    masker.add('cab');
    expect(masker.mask('xxabcabcabcyy')).toBe('xx***yy');
  });
});
