import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readlinkSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { createInterface } from 'node:readline';
import { findExecutable } from '@vigil/backplane';
import { reportBackgroundError } from '@vigil/common';
import { v1 } from '@vigil/schema';
import type { ContainerTracker } from '../enrich/container-tracker.js';
import type { ProcessTable } from '../enrich/process-table.js';
import type { Collector, CollectorSink, ProbeResult } from './collector.js';

/**
 * Longest string bpftrace 0.17 copies out of the kernel (BPFTRACE_STRLEN, at most 200): a path
 * that fills it was cut, and the event says so.
 */
export const BPF_STRLEN = 200;
/** AT_FDCWD (include/uapi/linux/fcntl.h): a relative path is relative to the cwd. */
const AT_FDCWD = -100;

/**
 * The bpftrace program. Opens are reported at syscall exit, with the path and flags saved at
 * entry, so the result is known. `$1` is the sensor's pid: its own activity is dropped in the
 * kernel. Fields are tab-separated with the path last (it may hold anything but NUL). END clears
 * the maps, which bpftrace would otherwise print at exit.
 */
export const BPFTRACE_PROGRAM = `
tracepoint:syscalls:sys_enter_openat /pid != $1/ {
  @path[tid] = args->filename; @flags[tid] = args->flags; @mode[tid] = args->mode; @dfd[tid] = args->dfd;
}
tracepoint:syscalls:sys_exit_openat /@path[tid]/ {
  printf("O\\t%llu\\t%d\\t%d\\t%d\\t%d\\t%d\\t%d\\t%s\\n", nsecs, pid, tid, @flags[tid], @mode[tid], @dfd[tid], args->ret, str(@path[tid]));
  delete(@path[tid]); delete(@flags[tid]); delete(@mode[tid]); delete(@dfd[tid]);
}
END { clear(@path); clear(@flags); clear(@mode); clear(@dfd); }
`;

/** One parsed line of the program's output. */
export interface OpenRecord {
  monoNs: number;
  pid: number;
  tid: number;
  flags: number;
  mode: number;
  dirfd: number;
  result: number;
  path: string;
}

/** Parses one printf record of BPFTRACE_PROGRAM; undefined for anything else. */
export function parseOpenRecord(text: string): OpenRecord | undefined {
  if (!text.startsWith('O\t')) return undefined;
  const parts = text.replace(/\n$/, '').split('\t');
  if (parts.length < 9) return undefined;
  return {
    monoNs: Number(parts[1]),
    pid: Number(parts[2]),
    tid: Number(parts[3]),
    flags: Number(parts[4]) >>> 0,
    mode: Number(parts[5]) >>> 0,
    dirfd: Number(parts[6]),
    result: Number(parts[7]),
    path: parts.slice(8).join('\t'),
  };
}

/** File opens with full path, flags and result, from eBPF through Debian's bpftrace. */
export class EbpfCollector implements Collector {
  readonly name = 'ebpf';
  readonly #processes: ProcessTable;
  readonly #containers: ContainerTracker;
  #child: ChildProcess | undefined;
  #produced = 0;
  #ready: Promise<void> | undefined;

  constructor(options: { processes: ProcessTable; containers: ContainerTracker }) {
    this.#processes = options.processes;
    this.#containers = options.containers;
  }

  get produced(): number {
    return this.#produced;
  }

  probe(): Promise<ProbeResult> {
    if (process.getuid?.() !== 0)
      return Promise.resolve({ ok: false, reason: 'needs root to load eBPF programs' });
    if (!findExecutable('bpftrace')) {
      return Promise.resolve({
        ok: false,
        reason: 'bpftrace is not installed (apt-get install bpftrace)',
      });
    }
    return Promise.resolve({
      ok: true,
      blindSpots: [
        `paths longer than ${BPF_STRLEN - 1} bytes are cut (flagged path_truncated)`,
        'open(2) and openat2(2) (only openat, which glibc uses for both open and openat)',
      ],
    });
  }

  start(sink: CollectorSink): Promise<void> {
    const bin = findExecutable('bpftrace') as string;
    // Text output: each printf is one line as written, which spares a JSON parse per event.
    const child = spawn(bin, ['-e', BPFTRACE_PROGRAM, String(process.pid)], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, BPFTRACE_STRLEN: String(BPF_STRLEN) },
    });
    this.#child = child;
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => {
      stderr = (stderr + d.toString()).slice(-4000);
    });
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    this.#ready = new Promise((resolve, reject) => {
      child.once('exit', (code, signal) =>
        reject(new Error(`bpftrace exited (${signal ?? `code ${code}`}): ${stderr.trim()}`)),
      );
      // bpftrace prints "Attaching N probes..." before the probes are attached, and BEGIN also
      // runs before: readiness is proven by seeing an open made for the purpose.
      const sentinel = `/nonexistent/vigil-ebpf-ready-${process.pid}`;
      let probeTimer: NodeJS.Timeout | undefined;
      const giveUp = setTimeout(() => {
        clearInterval(probeTimer);
        reject(new Error(`bpftrace attached no probes within 30 s: ${stderr.trim()}`));
      }, 30_000);
      lines.on('line', (line) => {
        if (probeTimer && line.endsWith(`\t${sentinel}`)) {
          clearInterval(probeTimer);
          clearTimeout(giveUp);
          probeTimer = undefined;
          resolve();
          return;
        }
        if (line.startsWith('O\t')) {
          try {
            this.#onRecord(line, sink);
          } catch (err) {
            sink.lost(1, v1.LossReason.LOSS_REASON_DECODE_ERROR, 'ebpf', 'fileOpen');
            reportBackgroundError(err, 'ebpf collector output');
          }
        } else if (line.startsWith('Attaching ') && !probeTimer) {
          probeTimer = setInterval(() => {
            spawn('cat', [sentinel], { stdio: 'ignore' }).on('error', () => undefined);
          }, 100);
        }
      });
    });
    return this.#ready;
  }

  #onRecord(text: string, sink: CollectorSink): void {
    const r = parseOpenRecord(text);
    if (!r || r.path.startsWith('/nonexistent/vigil-ebpf-ready-')) return;
    if (!sink.admit('fileOpen')) return;
    const entry = this.#processes.current(r.pid) ?? this.#processes.refresh(r.pid);
    let path = r.path;
    if (!isAbsolute(path) && r.dirfd === AT_FDCWD) {
      // The cwd now: the process may have changed directory since the table read it.
      let cwd = entry?.cwd ?? '';
      try {
        cwd = readlinkSync(`/proc/${r.pid}/cwd`);
      } catch {
        // gone: the last known cwd is the best there is
      }
      if (cwd) path = join(cwd, path);
    }
    this.#produced++;
    sink.event(
      {
        process: entry ? { ...this.#processes.describe(entry, r.tid) } : { pid: r.pid, tid: r.tid },
        container: this.#containers.describe(entry?.container),
        fileOpen: {
          path,
          flags: r.flags,
          mode: r.mode,
          result: r.result,
          pathTruncated: Buffer.byteLength(r.path) >= BPF_STRLEN - 1,
        },
      },
      'fileOpen',
      r.monoNs,
    );
  }

  async stop(): Promise<void> {
    const child = this.#child;
    this.#child = undefined;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    child.kill('SIGINT');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
    await this.#ready?.catch(() => undefined);
  }
}
