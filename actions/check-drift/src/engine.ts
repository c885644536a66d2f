// The drift engine as check-drift uses it. Until the engine's readers and profiles land in main (see
// /work/notes/drift-api.md) their types are declared here from the announced API, and the module is taken as a
// namespace so the action builds and its Model Monitor mode runs; this file shrinks to re-exports when they land.
import * as drift from '@mlops-actions/drift';
import type { ColumnDrift, ColumnType, CompareOptions, DriftReport } from '@mlops-actions/drift';

export type { ColumnDrift, CompareOptions, DriftReport };

export interface RowBatch {
  names: string[];
  length: number;
  numbers(col: number): Float64Array;
  strings(col: number): (string | null)[];
  badRows: number;
}

export interface Profile {
  columns: Record<string, unknown>;
  toJSON(): unknown;
}

export interface ProfileBuilderOptions {
  columns?: string[];
  ignoreColumns?: string[];
  types?: Record<string, ColumnType>;
}

export interface ProfileBuilder {
  add(batch: RowBatch): void;
  readonly rows: number;
  finish(): Profile;
}

type Chunks = AsyncIterable<Uint8Array | string>;
interface ReaderOptions {
  onBadRows?: 'fail' | 'skip';
  header?: boolean;
  names?: string[];
}

interface EngineApi {
  readCsv(chunks: Chunks, options?: ReaderOptions): AsyncIterable<RowBatch>;
  readJsonLines(chunks: Chunks, options?: ReaderOptions): AsyncIterable<RowBatch>;
  readParquet(
    file: { byteLength: number; slice(start: number, end?: number): ArrayBuffer | Promise<ArrayBuffer> },
    options?: { columns?: string[] },
  ): AsyncIterable<RowBatch>;
  batchFromRecords(records: object[], names?: string[]): RowBatch;
  ProfileBuilder: new (options?: ProfileBuilderOptions) => ProfileBuilder;
  Profile: { fromJSON(json: unknown): Profile };
  compareProfiles(reference: Profile, current: Profile, options?: CompareOptions): DriftReport;
  binnedPair(reference: Profile, current: Profile, column: string): { labels: string[]; reference: number[]; current: number[] };
  DriftInputError: new (...args: never[]) => Error;
}

const api = drift as unknown as Partial<EngineApi>;

function need<K extends keyof EngineApi>(name: K): EngineApi[K] {
  const value = api[name];
  if (value === undefined) throw new Error(`the drift engine in this build has no ${name} yet`);
  return value as EngineApi[K];
}

export const readCsv: EngineApi['readCsv'] = (chunks, options) => need('readCsv')(chunks, options);
export const readJsonLines: EngineApi['readJsonLines'] = (chunks, options) => need('readJsonLines')(chunks, options);
export const readParquet: EngineApi['readParquet'] = (file, options) => need('readParquet')(file, options);
export const batchFromRecords: EngineApi['batchFromRecords'] = (records, names) => need('batchFromRecords')(records, names);
export const newProfileBuilder = (options?: ProfileBuilderOptions): ProfileBuilder => new (need('ProfileBuilder'))(options);
export const profileFromJSON = (json: unknown): Profile => need('Profile').fromJSON(json);
export const compareProfiles: EngineApi['compareProfiles'] = (reference, current, options) => need('compareProfiles')(reference, current, options);
export const binnedPair: EngineApi['binnedPair'] = (reference, current, column) => need('binnedPair')(reference, current, column);
/** An engine input error (a malformed row with on-bad-rows: fail). */
export function isDriftInputError(error: unknown): error is Error {
  const Class = api.DriftInputError;
  return Class !== undefined && error instanceof Class;
}
