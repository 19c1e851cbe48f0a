// A Bloom filter over strings, sized for the values it holds: a block's index of the process
// uids, pids, containers, executables, paths and addresses in it. Double hashing of two 32-bit
// FNV-1a variants (Kirsch and Mitzenmacher: k hashes from two), 10 bits and 7 hashes per value,
// about 1 % false positives.
const BITS_PER_VALUE = 10;
const HASHES = 7;

function fnv1a(s: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export class Bloom {
  readonly bits: Uint8Array;
  readonly #m: number;

  constructor(bits: Uint8Array) {
    this.bits = bits;
    this.#m = bits.length * 8;
  }

  /** An empty filter for about `n` values. */
  static forCount(n: number): Bloom {
    return new Bloom(new Uint8Array(Math.max(8, Math.ceil((Math.max(1, n) * BITS_PER_VALUE) / 8))));
  }

  /** A filter holding every value. */
  static of(values: Iterable<string>): Bloom {
    const all = [...values];
    const bloom = Bloom.forCount(all.length);
    for (const v of all) bloom.add(v);
    return bloom;
  }

  add(value: string): void {
    const h1 = fnv1a(value, 0x811c9dc5);
    const h2 = fnv1a(value, 0x050c5d1f) | 1;
    for (let i = 0; i < HASHES; i++) {
      const bit = (h1 + Math.imul(i, h2)) >>> 0;
      const at = bit % this.#m;
      this.bits[at >>> 3] = (this.bits[at >>> 3] as number) | (1 << (at & 7));
    }
  }

  /** False when the value is certainly not in the filter. */
  has(value: string): boolean {
    const h1 = fnv1a(value, 0x811c9dc5);
    const h2 = fnv1a(value, 0x050c5d1f) | 1;
    for (let i = 0; i < HASHES; i++) {
      const at = ((h1 + Math.imul(i, h2)) >>> 0) % this.#m;
      if (((this.bits[at >>> 3] as number) & (1 << (at & 7))) === 0) return false;
    }
    return true;
  }
}
