import { createHash } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import { reportBackgroundError } from '@vigil/common';

/** Executables larger than this are not hashed (their events carry no sha256). */
export const MAX_HASHED_EXE_BYTES = 512 * 1024 * 1024;
/** How fast executables are read for hashing: a few hundredths of a core of SHA-256. */
export const HASH_BYTES_PER_SECOND = 64 * 1024 * 1024;
/** Bound of the cache, entries. */
const MAX_CACHE = 16_384;
/** How long a file that could not be read is left alone. */
const RETRY_AFTER_MS = 60_000;
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
  readonly #queue: Array<{ key: string; paths: string[] }> = [];
  /** Keys whose hashing failed, with when: not tried again for RETRY_AFTER_MS. */
  readonly #failed = new Map<string, number>();
  readonly #queued = new Set<string>();
  #busy = false;
  /** Called with the key when a hash is ready. */
  onHashed: ((key: string) => void) | undefined;

  /** The cache key of the executable of `pid`, or undefined when it cannot be read. */
  key(pid: number): string | undefined {
    try {
      // A process already gone is common (a short-lived one): no error is made for it.
      const st = statSync(`/proc/${pid}/exe`, { bigint: true, throwIfNoEntry: false });
      if (st === undefined || st.size > BigInt(MAX_HASHED_EXE_BYTES)) return undefined;
      return `${st.dev}:${st.ino}:${st.mtimeNs}`;
    } catch {
      return undefined;
    }
  }

  /**
   * The hash for `key` if known; otherwise it is queued. The file is read by its path when that
   * path still has the same device, inode and mtime (a short-lived process is gone by then), else
   * through /proc/<pid>/exe (which reaches a binary deleted while it runs).
   */
  lookup(key: string, pid: number, exePath = ''): string {
    const hit = this.#cache.get(key);
    if (hit !== undefined) return hit;
    const failedAt = this.#failed.get(key);
    if (failedAt !== undefined && Date.now() - failedAt < RETRY_AFTER_MS) return '';
    if (!this.#queued.has(key) && this.#queue.length < MAX_QUEUE) {
      this.#queued.add(key);
      this.#queue.push({ key, paths: [...(exePath ? [exePath] : []), `/proc/${pid}/exe`] });
      this.#next();
    }
    return '';
  }

  /** The first of `paths` that is still the file `key` names. */
  #pathFor(key: string, paths: string[]): string | undefined {
    for (const p of paths) {
      try {
        const st = statSync(p, { bigint: true });
        if (`${st.dev}:${st.ino}:${st.mtimeNs}` === key) return p;
      } catch {
        // gone: try the next
      }
    }
    return undefined;
  }

  /** The hash for `key`, if computed. */
  get(key: string): string | undefined {
    return this.#cache.get(key);
  }

  #next(): void {
    if (this.#busy) return;
    const job = this.#queue.shift();
    if (!job) return;
    const path = this.#pathFor(job.key, job.paths);
    const fail = () => {
      // Neither the path nor the process is there any more: not retried for a while.
      this.#queued.delete(job.key);
      if (this.#failed.size > MAX_CACHE) this.#failed.clear();
      this.#failed.set(job.key, Date.now());
      this.#busy = false;
      this.#next();
    };
    this.#busy = true;
    if (!path) {
      fail();
      return;
    }
    const hash = createHash('sha256');
    const stream = createReadStream(path);
    const started = Date.now();
    let bytes = 0;
    stream
      .on('data', (chunk) => {
        hash.update(chunk);
        // Paced: a large binary (node's is 120 MB) hashed at full speed costs a few hundred ms
        // of CPU at once, which the governor would pay for by shedding events.
        bytes += chunk.length;
        const wait = started + (bytes / HASH_BYTES_PER_SECOND) * 1000 - Date.now();
        if (wait > 1) {
          stream.pause();
          setTimeout(() => stream.resume(), wait);
        }
      })
      .on('error', fail)
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
