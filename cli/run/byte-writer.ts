/** Appends text (encoded in place, without an intermediate copy) and bytes to one growing buffer. */
export class ByteWriter {
  private static readonly encoder = new TextEncoder();
  private buf: Uint8Array;
  private end = 0;

  constructor(capacity: number) {
    this.buf = new Uint8Array(capacity);
  }

  /** Bytes written so far. */
  get length(): number {
    return this.end;
  }

  text(s: string): void {
    this.reserve(s.length * 3); // the most UTF-8 bytes a UTF-16 code unit takes
    this.end += ByteWriter.encoder.encodeInto(s, this.buf.subarray(this.end)).written;
  }

  bytes(b: Uint8Array): void {
    this.reserve(b.length);
    this.buf.set(b, this.end);
    this.end += b.length;
  }

  /** Drops the last n bytes written. */
  back(n: number): void {
    this.end -= n;
  }

  /** Overwrites the byte at `at` (< length). */
  put(at: number, byte: number): void {
    this.buf[at] = byte;
  }

  /** What was written: a view of a buffer of its own (it may be transferred to another thread). */
  result(): Uint8Array {
    return this.buf.subarray(0, this.end);
  }

  private reserve(n: number): void {
    if (this.end + n <= this.buf.length) return;
    const grown = new Uint8Array(Math.max(this.buf.length * 2, this.end + n));
    grown.set(this.buf.subarray(0, this.end));
    this.buf = grown;
  }
}
