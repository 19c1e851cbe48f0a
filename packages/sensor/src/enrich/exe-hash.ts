import { createHash } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import { reportBackgroundError } from '@vigil/common';

/** Executables larger than this are not hashed (their events carry no sha256). */
export const MAX_HASHED_EXE_BYTES = 512 * 1024 * 1024;
/** Bound of the cache, entries. */
const MAX_CACHE = 16_384;
/** Bound of the queue of files waiting to be hashed. */
const MAX_QUEUE = 1_024;

/**
 * SHA-256 of executables, cached by device, inode and modification time (a rewritten binary
 * gets a new hash, a thousand runs of one binary cost one read). Hashing runs in the
 * background, one file at a time, through /proc/<pid>/exe, which also reaches a binary deleted
 * after it started. Until it is done, events carry no hash.
 */
export class ExeHasher {
  readonly #cache = new Map<string, string>();
  readonly #queue: Array<{ key: string; path: string }> = [];
  readonly #queued = new Set<string>();
  #busy = false;
  /** Called with the key when a hash is ready. */
  onHashed: ((key: string) => void) | undefined;

  /** The cache key of the executable of `pid`, or undefined when it cannot be read. */
  key(pid: number): string | undefined {
    try {
      const st = statSync(`/proc/${pid}/exe`, { bigint: true });
      if (st.size > BigInt(MAX_HASHED_EXE_BYTES)) return undefined;
      return `${st.dev}:${st.ino}:${st.mtimeNs}`;
    } catch {
      return undefined;
    }
  }

  /** The hash for `key` if known; otherwise it is queued (read through /proc/<pid>/exe). */
  lookup(key: string, pid: number): string {
    const hit = this.#cache.get(key);
    if (hit !== undefined) return hit;
    if (!this.#queued.has(key) && this.#queue.length < MAX_QUEUE) {
      this.#queued.add(key);
      this.#queue.push({ key, path: `/proc/${pid}/exe` });
      this.#next();
    }
    return '';
  }

  /** The hash for `key`, if computed. */
  get(key: string): string | undefined {
    return this.#cache.get(key);
  }

  #next(): void {
    if (this.#busy) return;
    const job = this.#queue.shift();
    if (!job) return;
    this.#busy = true;
    const hash = createHash('sha256');
    createReadStream(job.path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', () => {
        // The process exited before we read its executable: the next run of it queues it again.
        this.#queued.delete(job.key);
        this.#busy = false;
        this.#next();
      })
      .on('end', () => {
        if (this.#cache.size >= MAX_CACHE)
          this.#cache.delete(this.#cache.keys().next().value as string);
        this.#cache.set(job.key, hash.digest('hex'));
        this.#queued.delete(job.key);
        this.#busy = false;
        try {
          this.onHashed?.(job.key);
        } catch (err) {
          reportBackgroundError(err, 'exe hash listener');
        }
        this.#next();
      });
  }
}
