/**
 * Scan workers for large CSV inputs. The reader copies its chunks into pieces of whole rows (cut at the last line
 * break outside quotes) and sends each to a worker that finds the fields and parses the numeric columns; results
 * come back in order. Every buffer goes round: a piece's bytes and arrays are transferred to a worker, come back
 * with its result, and are reused for a later piece once the reader's caller has moved past its batches.
 */
import { Worker } from 'node:worker_threads';
import { lastRowEnd, scanWorkerSource } from './csv-scan.js';

/** One piece, scanned: fields (views of fieldCount), numbers by slot (rows per slot), where the scan stopped. */
export interface ScannedPiece {
  bytes: Uint8Array;
  rows: number;
  bad: number;
  /** Bytes of whole rows scanned; less than bytes.length only when a stray quote misled the cut. */
  consumed: number;
  lines: number;
  firstBadLine: number;
  firstBadFields: number;
  starts: Int32Array;
  ends: Int32Array;
  numbers: Float64Array;
  slots: Int32Array;
  /** Gives the piece's buffers back for reuse: call once its batches are no longer read. */
  release(): void;
}

interface WorkerReply {
  id: number;
  buffer: ArrayBuffer;
  length: number;
  rows: number;
  bad: number;
  consumed: number;
  lines: number;
  firstBadLine: number;
  firstBadFields: number;
  fieldCount: number;
  starts: ArrayBuffer;
  ends: ArrayBuffer;
  numbers: ArrayBuffer;
  slots: Int32Array;
}

export class ScanPipeline {
  private readonly workers: Worker[];
  private readonly waiting = new Map<number, { resolve: (r: WorkerReply) => void; reject: (e: Error) => void }>();
  private readonly inFlight: Promise<WorkerReply>[] = [];
  private readonly free = { bytes: [] as ArrayBuffer[], starts: [] as ArrayBuffer[], ends: [] as ArrayBuffer[], numbers: [] as ArrayBuffer[] };
  private nextId = 0;
  private piece: Uint8Array;
  private fill = 0;
  /** Bytes given after the pipeline got stuck (no row end in a whole piece): one thread reads them. */
  private readonly rest: Uint8Array[] = [];
  /** A whole piece without a row end outside quotes (a very long row, or a stray quote): stop sending. */
  stuck = false;

  constructor(
    count: number,
    private readonly pieceBytes: number,
    private readonly width: number,
    private readonly delim: number,
    /** Per column: the slot of its numbers, or -1 (read when a piece is sent). */
    private readonly slots: () => Int32Array,
  ) {
    const source = scanWorkerSource();
    this.workers = Array.from({ length: count }, () => {
      const worker = new Worker(source, { eval: true });
      worker.on('message', (reply: WorkerReply) => {
        this.waiting.get(reply.id)?.resolve(reply);
        this.waiting.delete(reply.id);
      });
      worker.on('error', (error) => {
        for (const w of this.waiting.values()) w.reject(error);
        this.waiting.clear();
      });
      return worker;
    });
    this.piece = this.takeBytes();
  }

  get pending(): number {
    return this.inFlight.length;
  }

  /** Copies chunk into pieces; a full piece is sent from its start to its last row end, the tail starts the next. */
  push(chunk: Uint8Array): void {
    if (this.stuck) {
      this.rest.push(chunk.slice());
      return;
    }
    for (let at = 0; at < chunk.length; ) {
      const n = Math.min(this.piece.length - this.fill, chunk.length - at);
      this.piece.set(chunk.subarray(at, at + n), this.fill);
      this.fill += n;
      at += n;
      if (this.fill < this.piece.length) continue;
      const end = lastRowEnd(this.piece);
      if (end === 0) {
        this.stuck = true;
        if (at < chunk.length) this.rest.push(chunk.slice(at));
        return;
      }
      const next = this.takeBytes();
      next.set(this.piece.subarray(end, this.fill));
      this.send(this.piece, end);
      this.piece = next;
      this.fill -= end;
    }
  }

  /** The oldest piece's result. */
  async next(): Promise<ScannedPiece> {
    const reply = await (this.inFlight.shift() as Promise<WorkerReply>);
    const bytes = new Uint8Array(reply.buffer, 0, reply.length);
    const fields = reply.fieldCount;
    return {
      ...reply,
      bytes,
      starts: new Int32Array(reply.starts, 0, fields),
      ends: new Int32Array(reply.ends, 0, fields),
      numbers: new Float64Array(reply.numbers),
      release: () => {
        this.free.bytes.push(reply.buffer);
        this.free.starts.push(reply.starts);
        this.free.ends.push(reply.ends);
        this.free.numbers.push(reply.numbers);
      },
    };
  }

  /**
   * Every byte not scanned yet, in order, in one buffer of its own: the pieces still in flight (their results are
   * dropped: after a misled cut they started at no row start), the piece being filled, and what came after.
   */
  async takeRest(): Promise<Uint8Array> {
    const parts: Uint8Array[] = [];
    for (const reply of this.inFlight.splice(0)) {
      const r = await reply;
      parts.push(new Uint8Array(r.buffer, 0, r.length));
    }
    parts.push(this.piece.subarray(0, this.fill), ...this.rest);
    const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
    let at = 0;
    for (const p of parts) {
      out.set(p, at);
      at += p.length;
    }
    this.fill = 0;
    this.rest.length = 0;
    return out;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private send(piece: Uint8Array, length: number): void {
    const id = this.nextId++;
    const worker = this.workers[id % this.workers.length] as Worker;
    // first sizes: a field per 4 bytes, a number per 8 (the worker replaces an array that is too small)
    const arrayBytes = Math.ceil(this.pieceBytes / 8) * 8;
    const arrays = {
      starts: this.free.starts.pop() ?? new ArrayBuffer(arrayBytes),
      ends: this.free.ends.pop() ?? new ArrayBuffer(arrayBytes),
      numbers: this.free.numbers.pop() ?? new ArrayBuffer(arrayBytes),
    };
    const message = { id, buffer: piece.buffer, length, width: this.width, delim: this.delim, slots: this.slots(), ...arrays };
    const reply = new Promise<WorkerReply>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage(message, [piece.buffer as ArrayBuffer, arrays.starts, arrays.ends, arrays.numbers]);
    });
    reply.catch(() => {}); // a worker's failure is thrown where the reply is awaited, not as an unhandled rejection
    this.inFlight.push(reply);
  }

  private takeBytes(): Uint8Array {
    return new Uint8Array(this.free.bytes.pop() ?? new ArrayBuffer(this.pieceBytes));
  }
}
