import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { processRunning } from '@vigil/backplane';
import { VigilError } from '@vigil/common';

/** Name of the lock file in a data directory. */
const LOCK_FILE = 'vigil.lock';

/** An exclusive hold on a data directory; release it on exit. */
export interface DataDirLock {
  /** The data directory, absolute. */
  dir: string;
  /** Removes the lock file. */
  release(): void;
}

/**
 * Creates the data directory (0700) and takes its lock: a file created with O_EXCL holding our
 * pid. A lock whose pid is no longer running was left by a crash and is taken over; a live one
 * means another `vigil up` owns the directory, which is refused.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  const dir = resolve(dataDir);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch (err) {
    throw new VigilError(
      'VGL_ERR_DATA_DIR',
      `cannot create data directory ${dir}: ${(err as Error).message}`,
      {
        cause: err,
      },
    );
  }
  const file = join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      return {
        dir,
        release: () => {
          try {
            if (readFileSync(file, 'utf8').trim() === String(process.pid)) rmSync(file);
          } catch {
            // already gone
          }
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new VigilError(
          'VGL_ERR_DATA_DIR',
          `cannot lock data directory ${dir}: ${(err as Error).message}`,
          {
            cause: err,
          },
        );
      }
    }
    const owner = Number(readFileSync(file, 'utf8').trim());
    if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && processRunning(owner)) {
      throw new VigilError(
        'VGL_ERR_DATA_DIR_LOCKED',
        `data directory ${dir} is in use by another vigil (pid ${owner}); stop it first, or use --data-dir for a second instance`,
      );
    }
    // Left by a process that is gone: take it over.
    rmSync(file, { force: true });
  }
  throw new VigilError(
    'VGL_ERR_DATA_DIR_LOCKED',
    `data directory ${dir} is being locked by another process`,
  );
}
