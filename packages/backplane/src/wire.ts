// Reading and writing the protobuf wire format directly (https://protobuf.dev/programming-guides/encoding/),
// where decoding into objects would cost more than the few fields wanted: splitting a batch,
// finding an event's process, the recorder's block headers, framing an event that is passed on.

/** Bytes that are not a well-formed protobuf message. */
export class WireFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WireFormatError';
  }
}

/**
 * A cursor over one message's fields, reused (no allocation per field): `at` a byte range, then
 * `next` moves to each field in turn and says what it is.
 */
export class WireFields {
  buf: Buffer = Buffer.alloc(0);
  pos = 0;
  end = 0;
  /** Where the current field's key begins. */
  keyAt = 0;
  field = 0;
  wire = 0;
  /** A length-delimited field: where its value starts and ends. */
  start = 0;
  stop = 0;
  /**
   * A varint field: its value, the low and high 32 bits put together as high * 2^32 + low
   * (exact below 2^53; the same rounding as a uint64 Long read as a number).
   */
  value = 0;

  at(buf: Buffer, start = 0, end = buf.length): this {
    this.buf = buf;
    this.pos = start;
    this.end = end;
    return this;
  }

  #varint(): number {
    let lo = 0;
    let hi = 0;
    for (let shift = 0; shift < 70; shift += 7) {
      if (this.pos >= this.end) throw new WireFormatError('a varint runs past the end');
      const b = this.buf[this.pos++] as number;
      const bits = b & 0x7f;
      if (shift < 28) lo += bits * 2 ** shift;
      else if (shift === 28) {
        lo += (bits & 0x0f) * 2 ** 28;
        hi += bits >> 4;
      } else hi += bits * 2 ** (shift - 32);
      if (b < 0x80) return hi * 4294967296 + lo;
    }
    throw new WireFormatError('a varint is longer than 10 bytes');
  }

  /** Moves to the next field; false at the end of the message. Throws WireFormatError. */
  next(): boolean {
    if (this.pos >= this.end) return false;
    this.keyAt = this.pos;
    const key = this.#varint();
    this.field = Math.floor(key / 8);
    this.wire = key % 8;
    switch (this.wire) {
      case 0:
        this.value = this.#varint();
        break;
      case 1:
        this.pos += 8;
        break;
      case 2: {
        const length = this.#varint();
        this.start = this.pos;
        this.stop = this.pos + length;
        this.pos = this.stop;
        break;
      }
      case 5:
        this.pos += 4;
        break;
      default:
        throw new WireFormatError(`field ${this.field} has wire type ${this.wire}`);
    }
    if (this.pos > this.end) throw new WireFormatError(`field ${this.field} runs past the end`);
    if (this.field === 0) throw new WireFormatError('a field numbered 0');
    return true;
  }

  /** The current length-delimited field as UTF-8 text. */
  string(): string {
    return this.buf.toString('utf8', this.start, this.stop);
  }

  /** The current length-delimited field's bytes (a view). */
  bytes(): Buffer {
    return this.buf.subarray(this.start, this.stop);
  }
}

function pushVarint(out: number[], n: number): void {
  for (; n >= 0x80; n = Math.floor(n / 128)) out.push((n % 128) | 0x80);
  out.push(n);
}

/**
 * A length-delimited field: its key, the length, the bytes (given in parts, they are joined in
 * the one copy made).
 */
export function lengthDelimited(field: number, bytes: Uint8Array | readonly Uint8Array[]): Buffer {
  const parts = bytes instanceof Uint8Array ? [bytes] : bytes;
  let length = 0;
  for (const p of parts) length += p.length;
  const head = lengthDelimitedHead(field, length);
  return Buffer.concat([head, ...parts], head.length + length);
}

/** The key and length that start a length-delimited field of `length` bytes. */
export function lengthDelimitedHead(field: number, length: number): Buffer {
  const head: number[] = [];
  pushVarint(head, field * 8 + 2);
  pushVarint(head, length);
  return Buffer.from(head);
}
