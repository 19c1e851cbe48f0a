import { randomBytes } from 'node:crypto';

// Crockford's base32 (no I, L, O, U), as ULID uses: ids sort as strings in time order.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODES = Uint8Array.from(ALPHABET, (c) => c.charCodeAt(0));

/**
 * Generates time-sortable 26-character ids (ULID layout: 48-bit millisecond time, 80 random
 * bits). Within one millisecond the random part is incremented, so ids from one generator are
 * strictly increasing even when the clock does not move.
 */
export class IdGenerator {
  readonly #now: () => number;
  #lastMs = -1;
  readonly #rand = new Uint8Array(10);
  /** The id being built, as ASCII bytes: one string is made per id, not one per character. */
  readonly #chars = Buffer.alloc(26);
  #charsMs = -1;

  /** `now` returns milliseconds since the epoch (Date.now by default). */
  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  /** The next id. */
  next(): string {
    let ms = this.#now();
    if (ms <= this.#lastMs) {
      ms = this.#lastMs;
      this.#increment();
    } else {
      this.#lastMs = ms;
      this.#rand.set(randomBytes(10));
    }
    if (ms !== this.#charsMs) {
      this.#charsMs = ms;
      let t = ms;
      for (let i = 9; i >= 0; i--) {
        this.#chars[i] = CODES[t % 32] as number;
        t = Math.floor(t / 32);
      }
    }
    // 80 random bits as 16 characters of 5 bits.
    let acc = 0;
    let bits = 0;
    let out = 10;
    for (const b of this.#rand) {
      acc = ((acc << 8) | b) & 0xffff;
      bits += 8;
      while (bits >= 5) {
        bits -= 5;
        this.#chars[out++] = CODES[(acc >> bits) & 31] as number;
      }
    }
    return this.#chars.toString('latin1');
  }

  #increment(): void {
    for (let i = this.#rand.length - 1; i >= 0; i--) {
      const v = this.#rand[i] ?? 0;
      if (v < 255) {
        this.#rand[i] = v + 1;
        return;
      }
      this.#rand[i] = 0;
    }
    // 80 bits overflowed within one millisecond: move to the next millisecond.
    this.#lastMs++;
  }
}

/** The time, in milliseconds since the epoch, encoded in an id made by IdGenerator. */
export function idTime(id: string): number {
  let t = 0;
  for (const ch of id.slice(0, 10)) {
    const v = ALPHABET.indexOf(ch);
    if (v < 0) throw new RangeError(`not an id: ${JSON.stringify(id)}`);
    t = t * 32 + v;
  }
  return t;
}

/** Wall-clock time in nanoseconds since the epoch, as a bigint. */
export function wallNs(): bigint {
  return BigInt(Date.now()) * 1_000_000n + (process.hrtime.bigint() % 1_000_000n);
}
