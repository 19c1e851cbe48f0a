import { spawnSync } from 'node:child_process';
import {
  closeSync,
  constants,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  readdirSync,
  rmdirSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { processRunning } from '@vigil/backplane';
import { parseFormat } from './format.js';
import type { EventFormat } from './format.js';
import { PAGE_SIZE } from './page.js';

/** Where tracefs is mounted on current kernels (Documentation/trace/ftrace.rst). */
export const TRACEFS_ROOT = '/sys/kernel/tracing';
/** Prefix of the instances this sensor creates: `vigil-<pid>`. */
export const INSTANCE_PREFIX = 'vigil-';

/** True when tracefs is mounted at `root`. */
export function tracefsMounted(root = TRACEFS_ROOT): boolean {
  return existsSync(join(root, 'instances')) && existsSync(join(root, 'events'));
}

/** Mounts tracefs at `root` when it is not mounted. Needs root. */
export function ensureTracefs(root = TRACEFS_ROOT): void {
  if (tracefsMounted(root)) return;
  mkdirSync(root, { recursive: true });
  const r = spawnSync('mount', ['-t', 'tracefs', 'nodev', root], { encoding: 'utf8' });
  if (r.status !== 0 || !tracefsMounted(root)) {
    throw new Error(
      `cannot mount tracefs at ${root}: ${(r.stderr || r.error?.message || '').trim() || `mount exited ${r.status}`}`,
    );
  }
}

/**
 * Removes instances named `vigil-<pid>` whose process is gone (a sensor killed with SIGKILL
 * cannot remove its own). Returns the names removed. Others' instances are never touched.
 */
export function removeStaleInstances(root = TRACEFS_ROOT): string[] {
  const removed: string[] = [];
  const dir = join(root, 'instances');
  for (const name of readdirSync(dir)) {
    const m = /^vigil-(\d+)$/.exec(name);
    if (!m) continue;
    const pid = Number(m[1]);
    if (pid !== process.pid && processRunning(pid)) continue;
    try {
      rmdirSync(join(dir, name));
      removed.push(name);
    } catch {
      // busy (a reader still has a file open): left for the next start
    }
  }
  return removed;
}

/** Options of a tracefs instance. */
export interface InstanceOptions {
  /** tracefs mount point. */
  root?: string;
  /** Instance name; `vigil-<pid>` by default. */
  name?: string;
  /** Ring-buffer size per CPU, KiB. */
  bufferSizeKb?: number;
  /** Events to enable, as `system/event`. */
  events: readonly string[];
  /** Pids whose events the kernel drops (the sensor itself), through set_event_notrace_pid. */
  ignorePids?: readonly number[];
}

/**
 * A private tracefs instance (Documentation/trace/ftrace.rst, "Instances"): its own ring buffer
 * and event switches, so the global buffer and other tools' instances are never touched.
 */
export class TracefsInstance {
  readonly root: string;
  readonly name: string;
  readonly dir: string;
  readonly formats = new Map<number, EventFormat>();
  readonly #fds: number[] = [];
  #closed = false;

  private constructor(root: string, name: string) {
    this.root = root;
    this.name = name;
    this.dir = join(root, 'instances', name);
  }

  /** Creates and configures the instance; events are recorded once it returns. */
  static create(options: InstanceOptions): TracefsInstance {
    const root = options.root ?? TRACEFS_ROOT;
    ensureTracefs(root);
    removeStaleInstances(root);
    const inst = new TracefsInstance(root, options.name ?? `${INSTANCE_PREFIX}${process.pid}`);
    if (existsSync(inst.dir)) rmdirSync(inst.dir);
    mkdirSync(inst.dir);
    try {
      inst.#write('tracing_on', '0');
      inst.#write('buffer_size_kb', String(options.bufferSizeKb ?? 4096));
      // The monotonic clock, so record times compare with CLOCK_MONOTONIC in user space.
      inst.#write('trace_clock', 'mono');
      if (options.ignorePids?.length && existsSync(join(inst.dir, 'set_event_notrace_pid'))) {
        inst.#write('set_event_notrace_pid', options.ignorePids.join(' '));
      }
      for (const ev of options.events) {
        const evDir = join(inst.dir, 'events', ev);
        const format = parseFormat(ev, readFileSync(join(evDir, 'format'), 'utf8'));
        inst.formats.set(format.id, format);
        writeFileSync(join(evDir, 'enable'), '1');
      }
      inst.#write('tracing_on', '1');
    } catch (err) {
      inst.remove();
      throw err;
    }
    return inst;
  }

  #write(file: string, value: string): void {
    writeFileSync(join(this.dir, file), value);
  }

  /** Number of CPUs with a per-CPU buffer in this instance. */
  cpus(): number[] {
    return readdirSync(join(this.dir, 'per_cpu'))
      .map((d) => /^cpu(\d+)$/.exec(d)?.[1])
      .filter((d): d is string => d !== undefined)
      .map(Number)
      .sort((a, b) => a - b);
  }

  /** Opens cpuN's trace_pipe_raw without blocking. */
  openRaw(cpu: number): number {
    const fd = openSync(
      join(this.dir, 'per_cpu', `cpu${cpu}`, 'trace_pipe_raw'),
      constants.O_RDONLY | constants.O_NONBLOCK,
    );
    this.#fds.push(fd);
    return fd;
  }

  /**
   * Reads one page from a trace_pipe_raw descriptor into `page`; false when none is ready.
   * A page is returned once it is full or when the reader catches up with the writer.
   */
  static readPage(fd: number, page: Buffer): boolean {
    try {
      return readSync(fd, page, 0, PAGE_SIZE, null) > 0;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EAGAIN') return false;
      throw err;
    }
  }

  /** Overrun (events overwritten before they were read) per CPU, from per_cpu/cpuN/stats. */
  overruns(): Map<number, number> {
    const out = new Map<number, number>();
    for (const cpu of this.cpus()) {
      const text = readFileSync(join(this.dir, 'per_cpu', `cpu${cpu}`, 'stats'), 'utf8');
      const over = /^overrun:\s*(\d+)/m.exec(text);
      const dropped = /^dropped events:\s*(\d+)/m.exec(text);
      out.set(cpu, Number(over?.[1] ?? 0) + Number(dropped?.[1] ?? 0));
    }
    return out;
  }

  /** Stops recording, closes the readers and removes the instance. Safe to call twice. */
  remove(): void {
    if (this.#closed) return;
    this.#closed = true;
    for (const fd of this.#fds.splice(0)) {
      try {
        closeSync(fd);
      } catch {
        // already closed
      }
    }
    try {
      writeFileSync(join(this.dir, 'tracing_on'), '0');
    } catch {
      // gone already
    }
    // rmdir removes the instance and its buffers; events need not be disabled first.
    for (let attempt = 0; attempt < 20 && existsSync(this.dir); attempt++) {
      try {
        rmdirSync(this.dir);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EBUSY') throw err;
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
      }
    }
  }
}
