// S3 reads (@mlops-actions/shared/aws/s3): s3:// URLs, objects streamed (never held whole), listings paged over
// prefixes of any size, and SageMaker Data Capture files under an endpoint prefix within a time window.
import type { Readable } from 'node:stream';
import type { S3Client } from '@aws-sdk/client-s3';
import { awsCall, isNotFound, errorCode } from './service-errors.js';
import type { AwsSession } from './session.js';

type S3Sdk = typeof import('./s3-sdk.js');
let sdkLoading: Promise<S3Sdk> | undefined;
const loadSdk = (): Promise<S3Sdk> => (sdkLoading ??= import('./s3-sdk.js'));

/** s3://bucket/key-or-prefix */
export interface S3Location {
  bucket: string;
  /** The key, or a prefix (may be empty: the whole bucket). */
  key: string;
}

export interface S3ObjectInfo {
  bucket: string;
  key: string;
  size: number;
  lastModified?: Date;
}

// Bucket names: 3-63 characters, lower case letters, digits, dots and hyphens (the rules of new buckets).
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/** s3://bucket/key -> { bucket, key }; undefined when the text is no s3:// URL with a valid bucket name. */
export function parseS3Url(url: string): S3Location | undefined {
  const match = /^s3:\/\/([^/]+)(?:\/(.*))?$/.exec(url.trim());
  if (!match || !BUCKET.test(match[1]!)) return undefined;
  return { bucket: match[1]!, key: match[2] ?? '' };
}

export function s3Url(location: S3Location): string {
  return `s3://${location.bucket}/${location.key}`;
}

/** The ARN IAM checks s3:GetObject against. */
export function s3ObjectArn(location: S3Location): string {
  return `arn:aws:s3:::${location.bucket}/${location.key}`;
}

/** ListObjectsV2 returns at most 1000 keys per page; pages are followed with ContinuationToken. */
const PAGE = 1000;

/** S3 reads for one session: list (paged), open (streamed). */
export class S3Reader {
  constructor(
    private readonly session: AwsSession,
    /** Path-style addressing, needed by endpoints that are no AWS region endpoint (set from AWS_ENDPOINT_URL*). */
    private readonly forcePathStyle = Boolean(process.env.AWS_ENDPOINT_URL_S3 || process.env.AWS_ENDPOINT_URL),
  ) {}

  private async sdk(): Promise<{ client: S3Client; sdk: S3Sdk }> {
    const sdk = await loadSdk();
    return { client: this.session.client(sdk.S3Client, { config: { forcePathStyle: this.forcePathStyle } }), sdk };
  }

  /** Every object under a prefix, in key order, page by page (any number of objects; one page in memory). */
  async *list(prefix: S3Location, options: { startAfter?: string; signal?: AbortSignal } = {}): AsyncGenerator<S3ObjectInfo> {
    let token: string | undefined;
    do {
      const { client, sdk } = await this.sdk();
      const page = await awsCall({ action: 's3:ListBucket', resource: `arn:aws:s3:::${prefix.bucket} (prefix ${prefix.key || '/'})` }, () =>
        client.send(
          new sdk.ListObjectsV2Command({
            Bucket: prefix.bucket,
            Prefix: prefix.key,
            MaxKeys: PAGE,
            ...(token ? { ContinuationToken: token } : options.startAfter ? { StartAfter: options.startAfter } : {}),
          }),
          options.signal ? { abortSignal: options.signal } : {},
        ),
      );
      for (const object of page.Contents ?? []) {
        if (!object.Key) continue;
        yield { bucket: prefix.bucket, key: object.Key, size: object.Size ?? 0, ...(object.LastModified ? { lastModified: object.LastModified } : {}) };
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  /** The "folders" directly under a prefix (ListObjectsV2 with Delimiter '/'), paged. */
  async folders(prefix: S3Location, signal?: AbortSignal): Promise<string[]> {
    const found: string[] = [];
    let token: string | undefined;
    do {
      const { client, sdk } = await this.sdk();
      const page = await awsCall({ action: 's3:ListBucket', resource: `arn:aws:s3:::${prefix.bucket} (prefix ${prefix.key || '/'})` }, () =>
        client.send(
          new sdk.ListObjectsV2Command({
            Bucket: prefix.bucket,
            Prefix: prefix.key,
            Delimiter: '/',
            MaxKeys: PAGE,
            ...(token ? { ContinuationToken: token } : {}),
          }),
          signal ? { abortSignal: signal } : {},
        ),
      );
      for (const p of page.CommonPrefixes ?? []) if (p.Prefix) found.push(p.Prefix);
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return found;
  }

  /** The object's body as a stream (never buffered whole); undefined when there is no such key. */
  async open(object: S3Location, signal?: AbortSignal): Promise<{ body: Readable; size: number } | undefined> {
    const { client, sdk } = await this.sdk();
    try {
      const answer = await awsCall({ action: 's3:GetObject', resource: s3ObjectArn(object) }, () =>
        client.send(new sdk.GetObjectCommand({ Bucket: object.bucket, Key: object.key }), signal ? { abortSignal: signal } : {}),
      );
      return { body: answer.Body as Readable, size: answer.ContentLength ?? 0 };
    } catch (error) {
      if (isNotFound(error) || /^(NoSuchKey|NotFound)$/.test(errorCode(error))) return undefined;
      throw error;
    }
  }

  /** Bytes [start, end) of an object (a ranged GetObject): random access for Parquet footers and column chunks. */
  async readRange(object: S3Location, start: number, end: number, signal?: AbortSignal): Promise<ArrayBuffer> {
    if (end <= start) return new ArrayBuffer(0);
    const { client, sdk } = await this.sdk();
    const answer = await awsCall({ action: 's3:GetObject', resource: s3ObjectArn(object) }, () =>
      client.send(
        new sdk.GetObjectCommand({ Bucket: object.bucket, Key: object.key, Range: `bytes=${start}-${end - 1}` }),
        signal ? { abortSignal: signal } : {},
      ),
    );
    const bytes = await (answer.Body as { transformToByteArray(): Promise<Uint8Array> }).transformToByteArray();
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  }

  /** The whole object as text, refused above `maxBytes` (for small JSON files such as Model Monitor reports). */
  async readText(object: S3Location, maxBytes: number, signal?: AbortSignal): Promise<string | undefined> {
    const opened = await this.open(object, signal);
    if (!opened) return undefined;
    const chunks: Buffer[] = [];
    let length = 0;
    for await (const chunk of opened.body) {
      length += (chunk as Buffer).length;
      if (length > maxBytes) {
        opened.body.destroy();
        throw new Error(`${s3Url(object)} is larger than ${maxBytes} bytes`);
      }
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks).toString('utf8');
  }
}

// -------------------------------------------------------------------------------------------------------------
// SageMaker Data Capture: s3://{destination}/{endpoint}/{variant}/yyyy/mm/dd/hh/*.jsonl

const HOUR_MS = 3_600_000;
const pad = (n: number): string => String(n).padStart(2, '0');

/** The yyyy/mm/dd/hh/ folder (UTC) that holds captures of the hour starting at `hour`. */
export function captureHourFolder(hour: Date): string {
  return `${hour.getUTCFullYear()}/${pad(hour.getUTCMonth() + 1)}/${pad(hour.getUTCDate())}/${pad(hour.getUTCHours())}/`;
}

/** The hour folders a window ending at `now` touches, oldest first. */
export function captureHours(windowMs: number, now: Date): string[] {
  const first = Math.floor((now.getTime() - windowMs) / HOUR_MS) * HOUR_MS;
  const hours: string[] = [];
  for (let t = first; t <= now.getTime(); t += HOUR_MS) hours.push(captureHourFolder(new Date(t)));
  return hours;
}

export interface CaptureListing {
  /** The variant folders found (e.g. AllTraffic), each ending in '/'. */
  variants: string[];
  /** Hour folders of the window that were listed. */
  hours: string[];
  objects: S3ObjectInfo[];
}

/**
 * The Data Capture files of a window. `prefix` points at an endpoint's folder ({destination}/{endpoint}/) or at
 * one of its variants ({destination}/{endpoint}/{variant}/): which, is told from what is under it (a variant
 * holds year folders). Only the hour folders of the window are listed, never the endpoint's whole history.
 */
export async function listDataCapture(
  s3: S3Reader,
  prefix: S3Location,
  options: { windowMs: number; now: Date; signal?: AbortSignal },
): Promise<CaptureListing> {
  const base = prefix.key === '' || prefix.key.endsWith('/') ? prefix.key : `${prefix.key}/`;
  const children = await s3.folders({ bucket: prefix.bucket, key: base }, options.signal);
  const isVariant = children.length > 0 && children.every((c) => /^\d{4}\/$/.test(c.slice(base.length)));
  const variants = isVariant ? [base] : children;
  const hours = captureHours(options.windowMs, options.now);
  const objects: S3ObjectInfo[] = [];
  for (const variant of variants) {
    for (const hour of hours) {
      for await (const object of s3.list({ bucket: prefix.bucket, key: `${variant}${hour}` }, options.signal ? { signal: options.signal } : {})) {
        objects.push(object);
      }
    }
  }
  return { variants: variants.map((v) => v.slice(base.length) || v), hours, objects };
}
