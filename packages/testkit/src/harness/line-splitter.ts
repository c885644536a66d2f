import { StringDecoder } from 'node:string_decoder';

/**
 * Splits a byte stream into lines the way the runner reads a step's stdout/stderr (.NET StreamReader.ReadLine):
 * `\n`, `\r` and `\r\n` all end a line, and a last unterminated line is still delivered at end of stream.
 */
export class LineSplitter {
  private readonly decoder = new StringDecoder('utf8');
  private pending = '';
  private pendingCr = false;

  constructor(private readonly onLine: (line: string) => void) {}

  write(chunk: Buffer | string): void {
    this.consume(typeof chunk === 'string' ? chunk : this.decoder.write(chunk));
  }

  end(): void {
    this.consume(this.decoder.end());
    // A trailing \r already ended its line; an unterminated remainder is a last line.
    if (this.pending.length > 0) this.onLine(this.pending);
    this.pending = '';
    this.pendingCr = false;
  }

  private consume(text: string): void {
    for (const ch of text) {
      if (this.pendingCr) {
        this.pendingCr = false;
        if (ch === '\n') continue; // the \n of a \r\n pair
      }
      if (ch === '\n' || ch === '\r') {
        this.onLine(this.pending);
        this.pending = '';
        this.pendingCr = ch === '\r';
      } else {
        this.pending += ch;
      }
    }
  }
}
