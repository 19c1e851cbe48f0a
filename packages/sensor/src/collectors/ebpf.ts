import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readlinkSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { findExecutable } from '@vigil/backplane';
import { reportBackgroundError } from '@vigil/common';
import { v1 } from '@vigil/schema';
import type { EventKind } from '@vigil/schema';
import type { ContainerTracker } from '../enrich/container-tracker.js';
import type { ProcessTable } from '../enrich/process-table.js';
import type { Collector, CollectorSink, ProbeResult } from './collector.js';

/**
 * Longest string bpftrace 0.17 copies out of the kernel (BPFTRACE_STRLEN, at most 200): a path
 * that fills it was cut, and the event says so.
 */
export const BPF_STRLEN = 200;
/** bpftrace's join() copies at most this many arguments (a longer argv is flagged truncated). */
const BPF_JOIN_MAX_ARGS = 16;
/**
 * How long output lines are held before they are handled: long enough for the tracefs
 * collector (polling every 20 ms) to have seen the fork and exec of a short-lived process, so
 * that its opens are attributed to it rather than to an unknown pid.
 */
const HOLD_MS = 40;
/** Past this many held lines they are handled at once (memory stays bounded). */
const MAX_PENDING_LINES = 20_000;
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
tracepoint:syscalls:sys_enter_unlink /pid != $1/ {
  @op[tid] = 1; @p1[tid] = args->pathname; @fd[tid] = -100; @a1[tid] = 0; @a2[tid] = 0;
}
tracepoint:syscalls:sys_enter_rmdir /pid != $1/ {
  @op[tid] = 3; @p1[tid] = args->pathname; @fd[tid] = -100; @a1[tid] = 0; @a2[tid] = 0;
}
tracepoint:syscalls:sys_enter_unlinkat /pid != $1/ {
  @op[tid] = 2; @p1[tid] = args->pathname; @fd[tid] = args->dfd; @a1[tid] = args->flag; @a2[tid] = 0;
}
tracepoint:syscalls:sys_enter_rename /pid != $1/ {
  @op[tid] = 4; @p1[tid] = args->oldname; @p2[tid] = args->newname; @fd[tid] = -100; @a1[tid] = 0; @a2[tid] = 0;
}
tracepoint:syscalls:sys_enter_renameat, tracepoint:syscalls:sys_enter_renameat2 /pid != $1/ {
  @op[tid] = 5; @p1[tid] = args->oldname; @p2[tid] = args->newname; @fd[tid] = args->olddfd; @a1[tid] = args->newdfd; @a2[tid] = 0;
}
tracepoint:syscalls:sys_enter_chmod /pid != $1/ {
  @op[tid] = 6; @p1[tid] = args->filename; @fd[tid] = -100; @a1[tid] = args->mode; @a2[tid] = 0;
}
tracepoint:syscalls:sys_enter_fchmodat /pid != $1/ {
  @op[tid] = 7; @p1[tid] = args->filename; @fd[tid] = args->dfd; @a1[tid] = args->mode; @a2[tid] = 0;
}
tracepoint:syscalls:sys_enter_chown, tracepoint:syscalls:sys_enter_lchown /pid != $1/ {
  @op[tid] = 8; @p1[tid] = args->filename; @fd[tid] = -100; @a1[tid] = args->user; @a2[tid] = args->group;
}
tracepoint:syscalls:sys_enter_fchownat /pid != $1/ {
  @op[tid] = 9; @p1[tid] = args->filename; @fd[tid] = args->dfd; @a1[tid] = args->user; @a2[tid] = args->group;
}
tracepoint:syscalls:sys_exit_rename, tracepoint:syscalls:sys_exit_renameat, tracepoint:syscalls:sys_exit_renameat2 /@op[tid]/ {
  printf("N\\t%d\\t%s\\n", tid, str(@p2[tid]));
}
tracepoint:syscalls:sys_exit_unlink, tracepoint:syscalls:sys_exit_rmdir, tracepoint:syscalls:sys_exit_unlinkat,
tracepoint:syscalls:sys_exit_rename, tracepoint:syscalls:sys_exit_renameat, tracepoint:syscalls:sys_exit_renameat2,
tracepoint:syscalls:sys_exit_chmod, tracepoint:syscalls:sys_exit_fchmodat,
tracepoint:syscalls:sys_exit_chown, tracepoint:syscalls:sys_exit_lchown, tracepoint:syscalls:sys_exit_fchownat /@op[tid]/ {
  printf("F\\t%d\\t%llu\\t%d\\t%d\\t%d\\t%u\\t%u\\t%d\\t%s\\n", @op[tid], nsecs, pid, tid, @fd[tid], @a1[tid], @a2[tid], args->ret,
    str(@p1[tid]));
  delete(@op[tid]); delete(@p1[tid]); delete(@p2[tid]); delete(@fd[tid]); delete(@a1[tid]); delete(@a2[tid]);
}
tracepoint:syscalls:sys_enter_connect /pid != $1/ {
  $f = *(curtask->files->fdt->fd + args->fd);
  $sock = (struct socket *)$f->private_data;
  $sa = (struct sockaddr_in *)args->uservaddr;
  if ($sock->type == 2 && ($sa->sin_family == 2 || $sa->sin_family == 10)) {
    @uop[tid] = 1; @ufam[tid] = $sa->sin_family; @uport[tid] = $sa->sin_port;
    if ($sa->sin_family == 2) { @uaddr[tid] = ntop(2, $sa->sin_addr.s_addr); }
    else { @uaddr[tid] = ntop(10, ((struct sockaddr_in6 *)args->uservaddr)->sin6_addr.in6_u.u6_addr8); }
  }
}
tracepoint:syscalls:sys_enter_bind /pid != $1/ {
  $f = *(curtask->files->fdt->fd + args->fd);
  $sock = (struct socket *)$f->private_data;
  $sa = (struct sockaddr_in *)args->umyaddr;
  if ($sock->type == 2 && ($sa->sin_family == 2 || $sa->sin_family == 10)) {
    @uop[tid] = 2; @ufam[tid] = $sa->sin_family; @uport[tid] = $sa->sin_port;
    if ($sa->sin_family == 2) { @uaddr[tid] = ntop(2, $sa->sin_addr.s_addr); }
    else { @uaddr[tid] = ntop(10, ((struct sockaddr_in6 *)args->umyaddr)->sin6_addr.in6_u.u6_addr8); }
  }
}
tracepoint:syscalls:sys_exit_connect, tracepoint:syscalls:sys_exit_bind /@uop[tid]/ {
  printf("U\\t%d\\t%llu\\t%d\\t%d\\t%d\\t%d\\t%d\\t%s\\n", @uop[tid], nsecs, pid, tid, @ufam[tid], @uport[tid], args->ret, @uaddr[tid]);
  delete(@uop[tid]); delete(@ufam[tid]); delete(@uport[tid]); delete(@uaddr[tid]);
}
tracepoint:syscalls:sys_enter_execve /pid != $1/ { printf("A\\t%d\\t", pid); join(args->argv, "\\t"); }
tracepoint:syscalls:sys_enter_chdir /pid != $1/ { @cd[tid] = args->filename; }
tracepoint:syscalls:sys_exit_chdir /@cd[tid]/ {
  if (args->ret == 0) { printf("D\\t%d\\t%s\\n", pid, str(@cd[tid])); }
  delete(@cd[tid]);
}
END {
  clear(@cd); clear(@uop); clear(@ufam); clear(@uport); clear(@uaddr);
  clear(@path); clear(@flags); clear(@mode); clear(@dfd);
  clear(@op); clear(@p1); clear(@p2); clear(@fd); clear(@a1); clear(@a2);
}
`;

/** Codes of the file operations in the program's `F` records. */
const FILE_OPS = {
  1: 'unlink',
  2: 'unlinkat',
  3: 'rmdir',
  4: 'rename',
  5: 'renameat',
  6: 'chmod',
  7: 'fchmodat',
  8: 'chown',
  9: 'fchownat',
} as const;

/** One parsed file-operation record. */
export interface FileOpRecord {
  op: (typeof FILE_OPS)[keyof typeof FILE_OPS];
  monoNs: number;
  pid: number;
  tid: number;
  dirfd: number;
  arg1: number;
  arg2: number;
  result: number;
  path: string;
}

/** Parses one `F` record of BPFTRACE_PROGRAM; undefined for anything else. */
export function parseFileOpRecord(text: string): FileOpRecord | undefined {
  if (!text.startsWith('F\t')) return undefined;
  const parts = text.replace(/\n$/, '').split('\t');
  if (parts.length < 10) return undefined;
  const op = FILE_OPS[Number(parts[1]) as keyof typeof FILE_OPS];
  if (!op) return undefined;
  return {
    op,
    monoNs: Number(parts[2]),
    pid: Number(parts[3]),
    tid: Number(parts[4]),
    dirfd: Number(parts[5]),
    arg1: Number(parts[6]),
    arg2: Number(parts[7]),
    result: Number(parts[8]),
    path: parts.slice(9).join('\t'),
  };
}

/** Event kind of each file-operation code (index = code). */
const FILE_OP_KINDS: ReadonlyArray<EventKind | undefined> = [
  undefined,
  'fileUnlink',
  'fileUnlink',
  'fileUnlink',
  'fileRename',
  'fileRename',
  'fileChmod',
  'fileChmod',
  'fileChown',
  'fileChown',
];

/** AT_REMOVEDIR (include/uapi/linux/fcntl.h): unlinkat removes a directory. */
const AT_REMOVEDIR = 0x200;

/**
 * Splits a byte stream into lines without making strings: `onLine` gets the buffer and the
 * bounds of each line (without its newline). A line split across chunks is joined first.
 */
export class LineSplitter {
  /** Called for each complete line. */
  onLine: ((buf: Buffer, start: number, end: number) => void) | undefined;
  #rest: Buffer | undefined;

  /** Feeds a chunk. */
  push(chunk: Buffer): void {
    let buf = chunk;
    if (this.#rest) {
      buf = Buffer.concat([this.#rest, chunk]);
      this.#rest = undefined;
    }
    let start = 0;
    for (;;) {
      const nl = buf.indexOf(10, start);
      if (nl < 0) break;
      this.onLine?.(buf, start, nl);
      start = nl + 1;
    }
    if (start < buf.length) this.#rest = Buffer.from(buf.subarray(start));
  }
}

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
  /** Lines held for HOLD_MS, flattened as [line, receivedAt, line, receivedAt, ...]. */
  #pending: Array<string | number> = [];
  #drainTimer: NodeJS.Timeout | undefined;
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
        'fchmod/fchown on a descriptor (no path); UDP sendto without connect',
      ],
    });
  }

  #sink: CollectorSink | undefined;

  start(sink: CollectorSink): Promise<void> {
    this.#sink = sink;
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
    const lines = new LineSplitter();
    child.stdout?.on('data', (chunk: Buffer) => lines.push(chunk));
    this.#ready = new Promise((resolve, reject) => {
      child.once('exit', (code, signal) =>
        reject(new Error(`bpftrace exited (${signal ?? `code ${code}`}): ${stderr.trim()}`)),
      );
      // bpftrace prints "Attaching N probes..." before the probes are attached, and BEGIN also
      // runs before: readiness is proven by seeing an open made for the purpose.
      const sentinel = `/nonexistent/vigil-ebpf-ready-${process.pid}`;
      let probeTimer: NodeJS.Timeout | undefined;
      let ready = false;
      const giveUp = setTimeout(() => {
        clearInterval(probeTimer);
        reject(new Error(`bpftrace attached no probes within 30 s: ${stderr.trim()}`));
      }, 30_000);
      lines.onLine = (buf, start, end) => {
        // Shed at once what the governor would shed anyway, looking at bytes only: under a storm
        // most lines end here, before any string is made of them.
        const first = buf[start];
        // O: open, F: file operation, U: UDP connect or bind.
        if (ready && (first === 79 || first === 70 || first === 85)) {
          const kind =
            first === 79
              ? 'fileOpen'
              : first === 85
                ? buf[start + 2] === 49
                  ? 'netConnect'
                  : 'netListen'
                : FILE_OP_KINDS[(buf[start + 2] ?? 0) - 48];
          if (kind && !sink.admit(kind)) {
            // A shed rename leaves its new path (the line before) behind: dropped on the next N.
            return;
          }
        }
        if (ready && first === 65 /* A */) {
          // execve's argv, at entry: handed to the process table at once (not held), so that the
          // tracefs collector has it when it handles the exec of a process already gone.
          const fields = buf.toString('utf8', start + 2, end).split('\t');
          const pid = Number(fields[0]);
          const argv = fields.slice(1);
          this.#processes.argvHint(pid, argv, argv.length >= BPF_JOIN_MAX_ARGS);
          return;
        }
        const line = buf.toString('utf8', start, end);
        if (probeTimer && line.endsWith(`\t${sentinel}`)) {
          clearInterval(probeTimer);
          clearTimeout(giveUp);
          probeTimer = undefined;
          ready = true;
          resolve();
          return;
        }
        if (line.startsWith('Attaching ') && !probeTimer) {
          probeTimer = setInterval(() => {
            spawn('cat', [sentinel], { stdio: 'ignore' }).on('error', () => undefined);
          }, 100);
          return;
        }
        this.#pending.push(line, Date.now());
        if (this.#pending.length > 2 * MAX_PENDING_LINES) this.#drain(sink, Infinity);
      };
      this.#drainTimer = setInterval(() => this.#drain(sink, Date.now() - HOLD_MS), 10);
    });
    return this.#ready;
  }

  /** Handles the held lines received before `before` (ms), in order. */
  #drain(sink: CollectorSink, before: number): void {
    let i = 0;
    for (; i < this.#pending.length; i += 2) {
      if ((this.#pending[i + 1] as number) > before) break;
      this.#handleLine(this.#pending[i] as string, sink);
    }
    if (i > 0) this.#pending.splice(0, i);
  }

  #handleLine(line: string, sink: CollectorSink): void {
    if (line.startsWith('D\t')) {
      // chdir: keep the process's cwd current, for the relative paths that follow.
      const tab = line.indexOf('\t', 2);
      this.#processes.onChdir(Number(line.slice(2, tab)), line.slice(tab + 1));
    } else if (line.startsWith('N\t')) {
      // A rename's new path (a second 200-byte string does not fit the BPF stack with the
      // first): kept until the rename's own record comes, from the same CPU, next.
      const tab = line.indexOf('\t', 2);
      if (this.#newPaths.size > 4096) this.#newPaths.clear();
      this.#newPaths.set(Number(line.slice(2, tab)), line.slice(tab + 1));
    } else if (line.startsWith('U\t')) {
      const kind = line[2] === '1' ? 'netConnect' : 'netListen';
      if (!sink.admit(kind)) return;
      try {
        this.#onUdp(line, kind, sink);
      } catch (err) {
        sink.lost(1, v1.LossReason.LOSS_REASON_DECODE_ERROR, 'ebpf', kind);
        reportBackgroundError(err, 'ebpf collector output');
      }
    } else if (line.startsWith('O\t') || line.startsWith('F\t')) {
      // Ask before parsing: under a storm most lines are shed, and then cost only this.
      const kind = line[0] === 'O' ? 'fileOpen' : FILE_OP_KINDS[line.charCodeAt(2) - 48];
      if (!kind) return;
      if (!sink.admit(kind)) {
        if (line[0] === 'F' && kind === 'fileRename')
          this.#newPaths.delete(Number(line.split('\t', 5)[4]));
        return;
      }
      try {
        if (line.startsWith('F\t')) this.#onFileOp(line, sink);
        else this.#onRecord(line, sink);
      } catch (err) {
        sink.lost(1, v1.LossReason.LOSS_REASON_DECODE_ERROR, 'ebpf', 'fileOpen');
        reportBackgroundError(err, 'ebpf collector output');
      }
    }
  }

  /** A UDP connect (op 1) or bind (op 2): `U op nsecs pid tid family port(network order) ret addr`. */
  #onUdp(line: string, kind: 'netConnect' | 'netListen', sink: CollectorSink): void {
    const f = line.split('\t');
    if (f.length < 9) return;
    const pid = Number(f[3]);
    const family =
      Number(f[5]) === 10
        ? v1.AddressFamily.ADDRESS_FAMILY_INET6
        : v1.AddressFamily.ADDRESS_FAMILY_INET;
    const raw = Number(f[6]);
    // sin_port is in network byte order; read as a little-endian u16 it is swapped.
    const port = ((raw & 0xff) << 8) | ((raw >> 8) & 0xff);
    const endpoint = { address: f[8] ?? '', port };
    const entry = this.#processes.current(pid) ?? this.#processes.refresh(pid);
    const base = {
      process: entry ? this.#processes.describe(entry, Number(f[4])) : { pid, tid: Number(f[4]) },
      container: this.#containers.describe(entry?.container),
    };
    const protocol = v1.TransportProtocol.TRANSPORT_PROTOCOL_UDP;
    const result = Number(f[7]);
    this.#produced++;
    if (kind === 'netConnect')
      sink.event(
        { ...base, netConnect: { family, protocol, remote: endpoint, result } },
        kind,
        Number(f[2]),
      );
    else
      sink.event(
        { ...base, netListen: { family, protocol, local: endpoint, result } },
        kind,
        Number(f[2]),
      );
  }

  /** New paths of renames, by tid: the program prints them on their own line just before. */
  readonly #newPaths = new Map<number, string>();

  /** Makes `path` absolute against the process's cwd or the directory `dirfd` names, if it can. */
  #absolute(pid: number, dirfd: number, path: string, cwd: string | undefined): string {
    if (isAbsolute(path) || path === '') return path;
    // The table's cwd follows chdir(2) in event order; a directory descriptor is looked up in
    // /proc while the process lives.
    let base = dirfd === AT_FDCWD ? (cwd ?? '') : '';
    if (!base) {
      try {
        base = readlinkSync(dirfd === AT_FDCWD ? `/proc/${pid}/cwd` : `/proc/${pid}/fd/${dirfd}`);
      } catch {
        // gone: the path stays relative
      }
    }
    return base ? join(base, path) : path;
  }

  #onFileOp(text: string, sink: CollectorSink): void {
    const r = parseFileOpRecord(text);
    if (!r) return;
    const kind =
      r.op === 'rename' || r.op === 'renameat'
        ? 'fileRename'
        : r.op === 'chmod' || r.op === 'fchmodat'
          ? 'fileChmod'
          : r.op === 'chown' || r.op === 'fchownat'
            ? 'fileChown'
            : 'fileUnlink';
    const entry = this.#processes.current(r.pid) ?? this.#processes.refresh(r.pid);
    const path = this.#absolute(r.pid, r.dirfd, r.path, entry?.cwd);
    const base = {
      process: entry ? this.#processes.describe(entry, r.tid) : { pid: r.pid, tid: r.tid },
      container: this.#containers.describe(entry?.container),
    };
    this.#produced++;
    switch (kind) {
      case 'fileRename': {
        // renameat's new path is relative to newdfd (arg1).
        const raw = this.#newPaths.get(r.tid) ?? '';
        this.#newPaths.delete(r.tid);
        const newPath = this.#absolute(
          r.pid,
          r.op === 'renameat' ? r.arg1 : AT_FDCWD,
          raw,
          entry?.cwd,
        );
        sink.event(
          { ...base, fileRename: { oldPath: path, newPath, result: r.result } },
          kind,
          r.monoNs,
        );
        break;
      }
      case 'fileChmod':
        sink.event(
          { ...base, fileChmod: { path, mode: r.arg1, result: r.result } },
          kind,
          r.monoNs,
        );
        break;
      case 'fileChown':
        sink.event(
          { ...base, fileChown: { path, uid: r.arg1, gid: r.arg2, result: r.result } },
          kind,
          r.monoNs,
        );
        break;
      default:
        sink.event(
          {
            ...base,
            fileUnlink: {
              path,
              isDir: r.op === 'rmdir' || (r.op === 'unlinkat' && (r.arg1 & AT_REMOVEDIR) !== 0),
              result: r.result,
            },
          },
          kind,
          r.monoNs,
        );
    }
  }

  #onRecord(text: string, sink: CollectorSink): void {
    const r = parseOpenRecord(text);
    if (!r || r.path.startsWith('/nonexistent/vigil-ebpf-ready-')) return;
    const entry = this.#processes.current(r.pid) ?? this.#processes.refresh(r.pid);
    const path = this.#absolute(r.pid, r.dirfd, r.path, entry?.cwd);
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
    clearInterval(this.#drainTimer);
    if (!child || child.exitCode !== null) return;
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    child.kill('SIGINT');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
    await this.#ready?.catch(() => undefined);
    if (this.#sink) this.#drain(this.#sink, Infinity);
  }
}
