// Data Capture lines decoded (pure logic, capture.ts): the three encodings, both sides, the window, and every kind
// of malformed line is a reason, never a throw. The bundled action reads real capture files in data.test.ts.
import { describe, expect, test } from 'vitest';
import { decodeCaptureLine } from '../src/capture.js';

const columns = ['tenure', 'monthly_charges', 'contract'];
const options = { side: 'input' as const, columns, windowStart: Date.parse('2026-12-01T00:00:00Z') };
const line = (input: object | undefined, output?: object, inferenceTime = '2026-12-02T08:00:00Z'): string =>
  JSON.stringify({
    captureData: { ...(input ? { endpointInput: input } : {}), ...(output ? { endpointOutput: output } : {}) },
    eventMetadata: { eventId: 'e1', inferenceTime },
    eventVersion: '0',
  });
const b64 = (text: string): string => Buffer.from(text).toString('base64');

describe('decodeCaptureLine', () => {
  test.each([
    ['CSV', { observedContentType: 'text/csv', mode: 'INPUT', data: '12,70.5,month', encoding: 'CSV' }, { type: 'csv', text: '12,70.5,month' }],
    [
      'BASE64 of CSV',
      { observedContentType: 'text/csv', mode: 'INPUT', data: b64('12,70.5,month'), encoding: 'BASE64' },
      { type: 'csv', text: '12,70.5,month' },
    ],
    [
      'JSON object',
      { observedContentType: 'application/json', mode: 'INPUT', data: '{"tenure":12,"monthly_charges":70.5,"contract":"month"}', encoding: 'JSON' },
      { type: 'records', records: [{ tenure: 12, monthly_charges: 70.5, contract: 'month' }] },
    ],
    [
      'BASE64 of JSON instances (arrays and features)',
      {
        observedContentType: 'application/json',
        mode: 'INPUT',
        data: b64('{"instances":[[1,2,"a"],{"features":[3,4,"b"]}]}'),
        encoding: 'BASE64',
      },
      {
        type: 'records',
        records: [
          { tenure: 1, monthly_charges: 2, contract: 'a' },
          { tenure: 3, monthly_charges: 4, contract: 'b' },
        ],
      },
    ],
    [
      'JSON array of values (one row)',
      { observedContentType: 'application/json', mode: 'INPUT', data: '[5, 6.5, "two_year"]', encoding: 'JSON' },
      { type: 'records', records: [{ tenure: 5, monthly_charges: 6.5, contract: 'two_year' }] },
    ],
  ])('%s', (_what, input, payload) => {
    expect(decodeCaptureLine(line(input), options)).toEqual({ kind: 'payload', payload, badRecords: [] });
  });

  test('the output side, and a scalar prediction named by the capture columns', () => {
    const decoded = decodeCaptureLine(line({ data: '1,2,3', encoding: 'CSV' }, { observedContentType: 'application/json', data: '0.93', encoding: 'JSON' }), {
      ...options,
      side: 'output',
      columns: ['score'],
    });
    expect(decoded).toEqual({ kind: 'payload', payload: { type: 'records', records: [{ score: 0.93 }] }, badRecords: [] });
  });

  test('an event before the window is left out, not counted as bad', () => {
    expect(decodeCaptureLine(line({ data: '1,2,3', encoding: 'CSV' }, undefined, '2026-11-30T23:59:59Z'), options)).toEqual({ kind: 'outside-window' });
  });

  test.each([
    ['not JSON', '{"captureData": ', /^not JSON$/],
    ['no captureData', '{"foo": 1}', /no captureData object/],
    ['the other side only', line(undefined, { data: '1', encoding: 'CSV' }), /no captureData\.endpointInput \(was input capture enabled\?\)/],
    ['data that is no string', line({ data: 5, encoding: 'CSV' }), /data is not a string/],
    ['an unknown encoding', line({ data: 'x', encoding: 'UTF-16' }), /encoding 'UTF-16' \(expected CSV, JSON or BASE64\)/],
    ['BASE64 that is not', line({ data: '***', encoding: 'BASE64', observedContentType: 'text/csv' }), /BASE64 data that is not base64/],
    ['BASE64 of an image', line({ data: b64('x'), encoding: 'BASE64', observedContentType: 'image/png' }), /content type 'image\/png'/],
    ['a JSON payload that is not JSON', line({ data: '{"a":', encoding: 'JSON' }), /JSON payload that is not JSON/],
    ['a bad inferenceTime', line({ data: '1', encoding: 'CSV' }, undefined, 'yesterday'), /inferenceTime 'yesterday' is not a time/],
  ])('a malformed line (%s) is a reason, not a throw', (_what, text, reason) => {
    const decoded = decodeCaptureLine(text, options);
    expect(decoded.kind).toBe('bad');
    expect(decoded.kind === 'bad' && decoded.reason).toMatch(reason);
  });

  test('bad records inside a good payload are counted one by one; the good ones kept', () => {
    const decoded = decodeCaptureLine(line({ data: '{"instances":[[1,2,"a"],[1,2],{"x":{"nested":1}}]}', encoding: 'JSON' }), options);
    expect(decoded).toEqual({
      kind: 'payload',
      payload: { type: 'records', records: [{ tenure: 1, monthly_charges: 2, contract: 'a' }] },
      badRecords: [{ reason: "2 values, but 3 column names (capture-columns or the baseline's columns)" }, { reason: 'a record with nested values' }],
    });
  });
});
