import { realpathSync } from 'node:fs';
import { normalize, resolve } from 'node:path';
import { filePathOf } from '@vigil/schema';
import type { EventKind, vigil } from '@vigil/schema';

/** The Vigil platform a sensor is part of (`vigil up`). */
export interface PlatformOptions {
  /** Pid of `vigil up`: it and its children (nats-server, recorder, detector...) are the platform. */
  pid: number;
  /** The platform's data directory. */
  dataDir: string;
}

/** open(2)'s access mode bits and read-only (include/uapi/asm-generic/fcntl.h). */
const O_ACCMODE = 0o3;
const O_RDONLY = 0;

/**
 * Which file events are the platform's own bookkeeping, not telemetry: file operations of `vigil
 * up` and its children on paths inside its data directory (nats-server's JetStream store, the
 * recorder's database), and their read-only opens of their own /proc files (nats-server reads its
 * /proc/<pid>/stat every second). Reported, they made a loop: every batch the sensor published made
 * nats-server write its store, which made the next batch; an idle `vigil up` recorded ~34 events
 * a second, nearly all nats-server's (bench/RESULTS.md, twelfth session).
 *
 * Kept, because they are not provably inside: relative paths the sensor could not resolve, paths
 * with `.` or `..` components, a rename with either end outside, and everything of every other
 * process (a shell reading the data directory is reported).
 *
 * The trust this gives: a platform process that an attacker controlled could act unseen inside
 * the data directory (also through a symbolic link it made there), as the sensor's own activity
 * is unseen. Everything it does elsewhere is reported.
 */
export class PlatformFiles {
  readonly pid: number;
  /** The data directory as given and as the kernel resolves it (symbolic links followed). */
  readonly dirs: readonly string[];

  constructor(options: PlatformOptions) {
    this.pid = options.pid;
    const given = resolve(options.dataDir);
    let real = given;
    try {
      real = realpathSync(given);
    } catch {
      // not there (yet): the path as given
    }
    this.dirs = [...new Set([given, real])];
  }

  /** Whether `event`, of kind `kind`, is a platform process's own bookkeeping (above). */
  covers(event: vigil.v1.IEvent, kind: EventKind): boolean {
    // The process first: it is two comparisons, and most events are not the platform's.
    const p = event.process;
    if (!p || (p.pid !== this.pid && p.ppid !== this.pid)) return false;
    const path = filePathOf(event, kind);
    if (kind === 'fileRename') return this.#inside(event.fileRename?.oldPath) && this.#inside(path);
    if (kind === 'fileOpen' && this.#readsOwnProc(p.pid, path, event.fileOpen?.flags)) return true;
    return this.#inside(path);
  }

  #readsOwnProc(
    pid: number | null | undefined,
    path: string | undefined,
    flags: number | null | undefined,
  ): boolean {
    if (!path || ((flags ?? 0) & O_ACCMODE) !== O_RDONLY || normalize(path) !== path) return false;
    return ['/proc/self/', '/proc/thread-self/', `/proc/${pid ?? 0}/`].some(
      (d) => path.startsWith(d) && path.length > d.length,
    );
  }

  #inside(path: string | null | undefined): boolean {
    // normalize() leaves a path alone only when it has no `.`, `..` or doubled slashes; a
    // relative one never starts with a directory below.
    if (!path || normalize(path) !== path) return false;
    return this.dirs.some(
      (d) => path.startsWith(d) && (path.length === d.length || path[d.length] === '/'),
    );
  }
}
