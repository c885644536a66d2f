// SageMaker Data Capture lines -> the rows the endpoint saw (input side) or answered (output side).
// One JSON object per line: {"captureData":{"endpointInput":{"observedContentType","mode","data","encoding"},
// "endpointOutput":{...}},"eventMetadata":{"eventId","inferenceTime"},"eventVersion":"0"}. `encoding` is CSV, JSON
// or BASE64; a BASE64 payload is CSV or JSON by its observedContentType.

export type CapturePayload =
  | { type: 'csv'; text: string }
  /** Rows as objects keyed by column name (arrays were named by position with the capture columns). */
  | { type: 'records'; records: Array<Record<string, unknown>> };

export type DecodedLine = { kind: 'payload'; payload: CapturePayload; badRecords: BadRecord[] } | { kind: 'outside-window' } | { kind: 'bad'; reason: string };

export interface BadRecord {
  reason: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isScalar = (v: unknown): boolean => v === null || ['string', 'number', 'boolean'].includes(typeof v);

/** One line of a capture file. `windowStart`: events with an older inferenceTime are outside the window. */
export function decodeCaptureLine(line: string, options: { side: 'input' | 'output'; columns: string[]; windowStart: number }): DecodedLine {
  let event: unknown;
  try {
    event = JSON.parse(line);
  } catch {
    return { kind: 'bad', reason: 'not JSON' };
  }
  if (!isObject(event) || !isObject(event.captureData)) return { kind: 'bad', reason: 'no captureData object (not a Data Capture record)' };
  const time = isObject(event.eventMetadata) ? event.eventMetadata.inferenceTime : undefined;
  if (typeof time === 'string') {
    const at = Date.parse(time);
    if (Number.isNaN(at)) return { kind: 'bad', reason: `inferenceTime '${time.slice(0, 40)}' is not a time` };
    if (at < options.windowStart) return { kind: 'outside-window' };
  }
  const key = options.side === 'input' ? 'endpointInput' : 'endpointOutput';
  const side = event.captureData[key];
  if (!isObject(side)) return { kind: 'bad', reason: `no captureData.${key} (was ${options.side} capture enabled?)` };
  const encoding = typeof side.encoding === 'string' ? side.encoding.toUpperCase() : '';
  const contentType = typeof side.observedContentType === 'string' ? side.observedContentType.toLowerCase() : '';
  if (typeof side.data !== 'string') return { kind: 'bad', reason: `captureData.${key}.data is not a string` };
  let text: string;
  let format: 'csv' | 'json';
  switch (encoding) {
    case 'CSV':
      text = side.data;
      format = 'csv';
      break;
    case 'JSON':
      text = side.data;
      format = 'json';
      break;
    case 'BASE64': {
      if (!/^[A-Za-z0-9+/\s]*={0,2}\s*$/.test(side.data)) return { kind: 'bad', reason: 'BASE64 data that is not base64' };
      text = Buffer.from(side.data, 'base64').toString('utf8');
      if (contentType.includes('csv')) format = 'csv';
      else if (contentType.includes('json')) format = 'json';
      else return { kind: 'bad', reason: `BASE64 data of content type '${contentType.slice(0, 60) || 'none'}' (only CSV and JSON payloads are read)` };
      break;
    }
    default:
      return { kind: 'bad', reason: `encoding '${String(side.encoding).slice(0, 20)}' (expected CSV, JSON or BASE64)` };
  }
  if (format === 'csv') return { kind: 'payload', payload: { type: 'csv', text }, badRecords: [] };
  return jsonPayload(text, options.columns);
}

/**
 * A JSON payload's rows: {"instances": [...]} (each instance an object, an array of values or {"features": [...]}),
 * an array of rows, an array of scalars (one row), an object (one row), or a scalar (one value, e.g. a score).
 */
function jsonPayload(text: string, columns: string[]): DecodedLine {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { kind: 'bad', reason: 'JSON payload that is not JSON' };
  }
  let rows: unknown[];
  if (isObject(body) && Array.isArray(body.instances)) rows = body.instances;
  else if (isObject(body) && Array.isArray(body.predictions)) rows = body.predictions;
  else if (Array.isArray(body)) rows = body.every(isScalar) ? [body] : body;
  else rows = [body];
  const records: Array<Record<string, unknown>> = [];
  const badRecords: BadRecord[] = [];
  for (const row of rows) {
    const values = isObject(row) && Array.isArray(row.features) ? row.features : row;
    if (isObject(values)) {
      if (!Object.values(values).every(isScalar)) badRecords.push({ reason: 'a record with nested values' });
      else records.push(values);
      continue;
    }
    const list = Array.isArray(values) ? values : [values];
    if (!list.every(isScalar)) {
      badRecords.push({ reason: 'a record with nested values' });
      continue;
    }
    if (list.length !== columns.length) {
      badRecords.push({ reason: `${list.length} values, but ${columns.length} column names (capture-columns or the baseline's columns)` });
      continue;
    }
    records.push(Object.fromEntries(columns.map((name, i) => [name, list[i]])));
  }
  return { kind: 'payload', payload: { type: 'records', records }, badRecords };
}
