import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readlinkSync } from 'node:fs';
import { getPriority } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { findExecutable } from '@vigil/backplane';
import { reportBackgroundError } from '@vigil/common';
import { v1 } from '@vigil/schema';
import type { EventKind, vigil } from '@vigil/schema';
import type { ContainerTracker } from '../enrich/container-tracker.js';
import type { ProcessTable, SetidCall } from '../enrich/process-table.js';
import { orElse } from '../enrich/procfs.js';
import type { Collector, CollectorSink, ProbeResult } from './collector.js';
import {
  AT_FDCWD,
  bpftraceProgram,
  BPF_MAP_KEYS_MAX,
  BPF_STRLEN,
  FrameDecoder,
  PT_REGS_OFFSETS_X64,
  pathWasCut,
  CONTROL_WHO,
  UDP_MMSG_MAX,
} from './ebpf-program.js';
import type {
  DupRecord,
  EbpfRecord,
  FileOpRecord,
  Frame,
  OpenRecord,
  UdpRecord,
} from './ebpf-program.js';
import { VMLINUX_BTF, credOffsets, mountMntOffset } from './btf.js';
import { disableTracepointSampling } from './perf-events.js';

/**
 * Longest a record is held for the process watermark: records wait until the tracefs collector
 * has handled every fork and exec before them (so that an open by a process that has just
 * started is attributed to it), unless that collector has stopped reading.
 */
const MAX_HOLD_MS = 250;
/** Past this many held records they are handled at once (memory stays bounded). */
const MAX_PENDING = 20_000;
/**
 * How records missing from a frame are reported: the stage, and the kind when the map holds one
 * kind only. A lost file operation's kind is not known; a rename without its new path, an exec
 * without its argv (which the exec event then flags) and a missed chdir (relative paths may then
 * resolve wrong) are not events themselves, and are reported under stages of their own.
 */
const MISSING_AS: Record<keyof Frame['missing'], [string, EventKind?]> = {
  open: ['ebpf', 'fileOpen'],
  fileOp: ['ebpf'],
  udp: ['ebpf'],
  dup: ['ebpf', 'socketDup'],
  newPath: ['ebpf-rename-path'],
  argv: ['ebpf-argv'],
  chdir: ['ebpf-chdir'],
};

/** The file operations' records that are file events (the rest: `#onCall`). */
const FILE_KINDS: ReadonlySet<EventKind> = new Set<EventKind>([
  'fileUnlink',
  'fileRename',
  'fileChmod',
  'fileChown',
  'fileLink',
  'fileMkdir',
]);

/** IPPROTO_TCP and IPPROTO_UDP (include/uapi/linux/in.h). */
const IPPROTO_TCP = 6;
const IPPROTO_UDP = 17;

/** The event's family of an IPv4 or IPv6 socket, by AF_INET6 (10) or not. */
function inetFamily(af: number): vigil.v1.AddressFamily {
  return af === 10 ? v1.AddressFamily.ADDRESS_FAMILY_INET6 : v1.AddressFamily.ADDRESS_FAMILY_INET;
}

/** The calls of the setuid and setgid families, by the program's operation. */
const SETID_CALLS: Record<SetidCall, vigil.v1.SetidCall> = {
  setuid: v1.SetidCall.SETID_CALL_SETUID,
  setreuid: v1.SetidCall.SETID_CALL_SETREUID,
  setresuid: v1.SetidCall.SETID_CALL_SETRESUID,
  setgid: v1.SetidCall.SETID_CALL_SETGID,
  setregid: v1.SetidCall.SETID_CALL_SETREGID,
  setresgid: v1.SetidCall.SETID_CALL_SETRESGID,
};

/**
 * The setuid and setgid payloads have one shape under two sets of names: the id set (effective
 * after the call), its name, and the real and saved ids the re- and res- calls also set.
 */
const SETID_FIELDS = {
  processSetuid: {
    id: 'uid',
    name: 'user',
    real: 'ruid',
    saved: 'suid',
    lookup: (t: ProcessTable, id: number) => t.userName(id),
  },
  processSetgid: {
    id: 'gid',
    name: 'group',
    real: 'rgid',
    saved: 'sgid',
    lookup: (t: ProcessTable, id: number) => t.groupName(id),
  },
} as const;

/** AT_REMOVEDIR (include/uapi/linux/fcntl.h): unlinkat removes a directory. */
const AT_REMOVEDIR = 0x200;
/** AT_EMPTY_PATH (include/uapi/linux/fcntl.h): an empty path names the descriptor's file. */
const AT_EMPTY_PATH = 0x1000;

/**
 * How long the acknowledgement of a frame that nothing waits for (frameCanWait) waits. The
 * program prints its maps only after the sensor has acknowledged the last frame, every
 * DUMP_INTERVAL_MS at most: on an idle host, printing and clearing them 40 times a second cost
 * bpftrace 0.04 cores and the sensor as much again (`vigil up` idle, 20 s). With this, an idle
 * host, or one whose events are all being shed, is looked at ~8 times a second; the first event
 * after a quiet spell waits up to this much longer, and under load (frames with records) nothing
 * changes.
 */
export const IDLE_ACK_DELAY_MS = 100;

/**
 * True when a frame's acknowledgement may wait IDLE_ACK_DELAY_MS: it holds no record, no argv,
 * no exec's program, no exec's capability sets and no exit's status (whose events wait for them)
 * and no sign of a full map. Counts of shed or unreadable events are reported as they come, but
 * nothing waits for them: while the sensor sheds everything the program counts, frames are
 * printed ~8 times a second, not 40.
 */
export function frameCanWait(frame: Frame): boolean {
  const held = [frame.records, frame.argvs, frame.exes, frame.creds, frame.exits];
  if (held.some((list) => list.length > 0)) return false;
  return Object.values(frame.missing).every((n) => n === 0);
}

/** True when a frame carries nothing: no records, argv, losses or counts of shed events. */
export function frameIsEmpty(frame: Frame): boolean {
  return frameCanWait(frame) && frame.shed.size === 0 && frame.unreadableOpens === 0;
}

/** Tells the program something through its getpriority probe (ebpf-program.ts, CONTROL_WHO). */
function control(n: number): void {
  // The call fails with ESRCH, as it should (no process has that pid), up to 40 times a second.
  orElse(() => getPriority(CONTROL_WHO + n), undefined);
}

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

/**
 * File opens with full path, flags and result, file operations, UDP connect and bind, exec argv
 * and chdir, from eBPF through Debian's bpftrace (the program and why it buffers in maps:
 * ebpf-program.ts).
 */
export class EbpfCollector implements Collector {
  readonly name = 'ebpf';
  readonly #processes: ProcessTable;
  readonly #containers: ContainerTracker;
  #child: ChildProcess | undefined;
  #sampling: Record<string, unknown> = {};
  #produced = 0;
  /**
   * Records held for the process watermark, with the time their frame arrived, from `#head` on:
   * handled ones are dropped from the front in bulk, not one call at a time (the process
   * collector asks for the few before each of its records, `handleUpTo`).
   */
  #pending: Array<{ r: EbpfRecord; at: number }> = [];
  #head = 0;
  readonly #processWatermark: (() => number | undefined) | undefined;
  readonly #catchUp: (() => void) | undefined;
  #drainTimer: NodeJS.Timeout | undefined;
  /** The acknowledgement of an empty frame, waiting IDLE_ACK_DELAY_MS. */
  #idleAck: NodeJS.Timeout | undefined;
  #ready: Promise<void> | undefined;
  #sink: CollectorSink | undefined;
  #watermarkNs: number | undefined;
  #shedLevel = -1;

  constructor(options: {
    processes: ProcessTable;
    containers: ContainerTracker;
    /**
     * Kernel time before which another collector has handed every fork and exec to the process
     * table (the tracefs collector's watermark): records after it are held. Without it, records
     * are handled as their frame arrives.
     */
    processWatermark?: () => number | undefined;
    /** Asks that collector to read what it has now, when a frame arrives. */
    catchUp?: () => void;
  }) {
    this.#processes = options.processes;
    this.#containers = options.containers;
    this.#processWatermark = options.processWatermark;
    this.#catchUp = options.catchUp;
  }

  get produced(): number {
    return this.#produced;
  }

  /**
   * Kernel time (CLOCK_MONOTONIC ns) up to which argv of execve calls has been handed to the
   * process table; undefined until the program runs. The tracefs collector waits for it before
   * it handles an exec, so that a process gone at once still gets its argv.
   */
  get watermarkNs(): number | undefined {
    return this.#watermarkNs;
  }

  /** What became of bpftrace's tracepoint perf events (perf-events.ts), for the start log. */
  notes(): Record<string, unknown> {
    return this.#sampling;
  }

  /** The bpftrace process, whose CPU counts against the sensor's budget. */
  helperPids(): number[] {
    const pid = this.#child?.pid;
    return pid && this.#child?.exitCode === null ? [pid] : [];
  }

  /**
   * Applies the governor's shedding level in the kernel: file events (level >= 0) and UDP events
   * (>= 1) are then only counted there, and argv is not copied (>= 2), so that shedding also
   * spares bpftrace's work.
   */
  setShedLevel(level: number): void {
    if (level === this.#shedLevel || !this.#child) return;
    const lower = level < this.#shedLevel;
    this.#shedLevel = level;
    control(2 + Math.max(-1, Math.min(level, 5)));
    // Records the kernel keeps again should not wait for a delayed acknowledgement.
    if (lower && this.#idleAck) {
      clearTimeout(this.#idleAck);
      this.#idleAck = undefined;
      control(0);
    }
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
        `paths and arguments longer than ${BPF_STRLEN - 1} bytes are cut (flagged path_truncated, argv_truncated)`,
        process.arch === 'x64'
          ? 'open_by_handle_at(2)'
          : 'openat2(2) (only openat, which glibc and musl use here for every open)',
        `UDP destinations past the first ${UDP_MMSG_MAX} datagrams of one sendmmsg(2) call`,
        'ptrace(2) requests that only read or resume a tracee (those that start tracing or write to it are seen)',
        'the creation of sockets other than packet and raw ones (TCP, UDP and unix sockets are seen when they connect, bind, listen or accept)',
        'dup(2) calls other than an IPv4 or IPv6 socket made descriptor 0, 1 or 2, and fcntl(2) F_DUPFD',
        'setgroups(2), setfsuid(2), setfsgid(2) and capset(2) (the setuid and setgid families are seen)',
        'bpf(2) commands other than BPF_PROG_LOAD (maps, attaching, links)',
        ...(credOffsets() === undefined
          ? [
              `the credentials a process had at its exec (${VMLINUX_BTF} does not say where struct cred keeps them): ids and capability sets are read from /proc when the exec is handled, and a process gone by then keeps its parent's ids and no capability sets`,
            ]
          : []),
      ],
    });
  }

  start(sink: CollectorSink): Promise<void> {
    this.#sink = sink;
    const bin = findExecutable('bpftrace') as string;
    const program = bpftraceProgram(process.arch, mountMntOffset() ?? null, credOffsets() ?? null);
    const child = spawn(bin, ['-f', 'json', '-e', program, String(process.pid)], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        BPFTRACE_STRLEN: String(BPF_STRLEN),
        BPFTRACE_MAP_KEYS_MAX: String(BPF_MAP_KEYS_MAX),
      },
    });
    this.#child = child;
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => {
      stderr = (stderr + d.toString()).slice(-4000);
    });
    const decoder = new FrameDecoder();
    const lines = new LineSplitter();
    child.stdout?.on('data', (chunk: Buffer) => lines.push(chunk));
    this.#ready = new Promise((resolve, reject) => {
      child.once('exit', (code, signal) =>
        reject(new Error(`bpftrace exited (${signal ?? `code ${code}`}): ${stderr.trim()}`)),
      );
      // bpftrace says it attached before every probe runs, and BEGIN also runs before:
      // readiness is proven by seeing an open made for the purpose.
      const sentinel = `/nonexistent/vigil-ebpf-ready-${process.pid}`;
      let probeTimer: NodeJS.Timeout | undefined;
      let ready = false;
      const giveUp = setTimeout(() => {
        clearInterval(probeTimer);
        reject(new Error(`bpftrace attached no probes within 30 s: ${stderr.trim()}`));
      }, 30_000);
      let lostOutput = 0;
      lines.onLine = (buf, start, end) => {
        let out: Frame | 'attached' | undefined;
        try {
          out = decoder.line(buf.toString('utf8', start, end));
        } catch (err) {
          reportBackgroundError(err, 'ebpf collector output');
          return;
        }
        if (out === 'attached') {
          probeTimer ??= setInterval(() => {
            spawn('cat', [sentinel], { stdio: 'ignore' }).on('error', () => undefined);
          }, 100);
          return;
        }
        if (!out) return;
        // The frame's maps are printed and cleared: the program may reuse them (the
        // acknowledgement of a frame nothing waits for is delayed, see frameCanWait).
        const canWait = ready && frameCanWait(out);
        if (!canWait) control(0);
        else
          this.#idleAck ??= setTimeout(() => {
            this.#idleAck = undefined;
            control(0);
          }, IDLE_ACK_DELAY_MS);
        if (!ready && out.unreadableOpens > 0) {
          // The sentinel's opens cannot be read either: say why, at once, not after 30 s.
          clearInterval(probeTimer);
          clearTimeout(giveUp);
          child.kill('SIGTERM');
          reject(
            new Error(
              `this kernel does not keep openat's registers where the program looks (${PT_REGS_OFFSETS_X64.join(', ')} bytes into the task's stack): opens cannot be read`,
            ),
          );
          return;
        }
        if (!ready) {
          const i = out.records.findIndex((r) => r.type === 'open' && r.path === sentinel);
          if (i < 0) return;
          clearInterval(probeTimer);
          clearTimeout(giveUp);
          ready = true;
          // What came before the sentinel's open was seen while probes were still attaching.
          out.records.splice(0, i + 1);
          resolve();
        }
        if (decoder.lostOutput > lostOutput) {
          sink.lost(
            decoder.lostOutput - lostOutput,
            v1.LossReason.LOSS_REASON_KERNEL_OVERRUN,
            'ebpf',
          );
          lostOutput = decoder.lostOutput;
        }
        this.#onFrame(out, sink);
      };
    });
    return this.#ready.then(() => this.#quietSampling(child));
  }

  /**
   * Once every program is attached, turns off the perf sampling bpftrace's tracepoint events do
   * besides (perf-events.ts). Where that fails the programs run as before, at a higher cost to the
   * traced processes: said at start, not fatal.
   */
  async #quietSampling(child: ChildProcess): Promise<void> {
    if (child.pid === undefined) return;
    try {
      const r = await disableTracepointSampling(child.pid);
      this.#sampling = { tracepointSampling: 'off', perfEventsDisabled: r.disabled };
    } catch (err) {
      this.#sampling = {
        tracepointSampling: `on (each probe hit also costs a perf sample): ${(err as Error).message}`,
      };
    }
  }

  #onFrame(frame: Frame, sink: CollectorSink): void {
    // Records the kernel wrote but that did not reach the print (a full map): lost, and said so.
    for (const [what, n] of Object.entries(frame.missing) as Array<
      [keyof Frame['missing'], number]
    >) {
      if (n) sink.lost(n, v1.LossReason.LOSS_REASON_KERNEL_OVERRUN, ...MISSING_AS[what]);
    }
    for (const [kind, n] of frame.shed) sink.shed(kind, n);
    if (frame.unreadableOpens) {
      sink.lost(
        frame.unreadableOpens,
        v1.LossReason.LOSS_REASON_DECODE_ERROR,
        'ebpf-regs',
        'fileOpen',
      );
    }
    // argv, the programs of execs through a descriptor, credentials and exit statuses go to
    // the process table at once (not held): the tracefs collector waits for the watermark before
    // it handles an exec or an exit.
    for (const a of frame.argvs) this.#processes.argvHint(a.pid, a.argv, a.truncated, a.monoNs);
    for (const x of frame.exes) this.#processes.exeHint(x.pid, x.path, x.monoNs);
    for (const c of frame.creds) this.#processes.credHint(c.pid, c, c.monoNs);
    for (const x of frame.exits) this.#processes.exitHint(x.pid, x.status, x.monoNs);
    const now = Date.now();
    for (const r of frame.records) {
      // So are chdirs, for the forks the tracefs collector handles before their records.
      if (r.type === 'chdir') this.#processes.chdirHint(r.pid, r.path, r.monoNs);
      this.#pending.push({ r, at: now });
    }
    if (this.#pending.length - this.#head > MAX_PENDING) this.#drain(sink, Infinity, 0);
    else this.#syncDrainTimer();
    this.#watermarkNs = frame.untilNs;
    // The process collector reads now, with this frame's argv in the table: its execs and forks
    // up to this frame are handled, and then (through release) this frame's records. After an
    // empty frame its own poll (every 20 ms) is soon enough.
    if (this.#catchUp && !frameIsEmpty(frame)) this.#catchUp();
    else this.release();
  }

  /**
   * Handles the held records the process watermark covers, and those held for MAX_HOLD_MS, in
   * order. Called after each read of the process collector, and every 10 ms.
   */
  release(): void {
    if (!this.#sink || this.#head === this.#pending.length) return;
    const wm = this.#processWatermark ? this.#processWatermark() : Infinity;
    this.#drain(this.#sink, wm ?? -Infinity, Date.now() - MAX_HOLD_MS);
  }

  /**
   * Handles the held records from before kernel time `monoNs`: the process collector calls it
   * before it applies a fork, exec or exit at that time. It holds an exec until this collector
   * has read past it (its argv watermark), so every record before it is here by then.
   */
  handleUpTo(monoNs: number): void {
    const first = this.#pending[this.#head];
    if (this.#sink && first && first.r.monoNs < monoNs) this.#drain(this.#sink, monoNs, -Infinity);
  }

  /** Handles held records older than `untilNs` (kernel time) or whose frame came before `arrivedBefore` (ms). */
  #drain(sink: CollectorSink, untilNs: number, arrivedBefore: number): void {
    const pending = this.#pending;
    let i = this.#head;
    for (; i < pending.length; i++) {
      const p = pending[i] as { r: EbpfRecord; at: number };
      if (p.r.monoNs >= untilNs && p.at > arrivedBefore) break;
      this.#handle(p.r, sink);
    }
    this.#head = i;
    if (i === pending.length) {
      this.#pending = [];
      this.#head = 0;
    } else if (i >= 1024 && i * 2 >= pending.length) {
      this.#pending = pending.slice(i);
      this.#head = 0;
    }
    this.#syncDrainTimer();
  }

  /**
   * Records held wait at most MAX_HOLD_MS: looked at every 10 ms while there are any (and not
   * at all while there are none: an idle sensor wakes up less).
   */
  #syncDrainTimer(): void {
    if (this.#head < this.#pending.length) {
      this.#drainTimer ??= setInterval(() => this.release(), 10);
      return;
    }
    clearInterval(this.#drainTimer);
    this.#drainTimer = undefined;
  }

  #clearTimers(): void {
    clearInterval(this.#drainTimer);
    this.#drainTimer = undefined;
    clearTimeout(this.#idleAck);
    this.#idleAck = undefined;
  }

  #handle(r: EbpfRecord, sink: CollectorSink): void {
    if (r.type === 'chdir') {
      // Keep the process's cwd current, for the relative paths that follow.
      this.#processes.onChdir(r.pid, r.path, r.monoNs);
      return;
    }
    const kind = r.kind;
    // Ask before building: under a storm most records are shed, and then cost only this.
    if (!sink.admit(kind)) return;
    try {
      if (r.type === 'open') this.#onOpen(r, sink);
      else if (r.type === 'udp') this.#onUdp(r, sink);
      else if (r.type === 'dup') this.#onDup(r, sink);
      else this.#onFileOp(r, sink);
    } catch (err) {
      sink.lost(1, v1.LossReason.LOSS_REASON_DECODE_ERROR, 'ebpf', kind);
      reportBackgroundError(err, 'ebpf collector output');
    }
  }

  #base(pid: number, tid: number) {
    const entry = this.#processes.current(pid) ?? this.#processes.refresh(pid);
    return {
      entry,
      base: {
        process: entry ? this.#processes.describe(entry, tid) : { pid, tid },
        container: this.#containers.describe(entry?.container),
      },
    };
  }

  #onDup(r: DupRecord, sink: CollectorSink): void {
    const { base } = this.#base(r.pid, r.tid);
    this.#produced++;
    sink.event(
      {
        ...base,
        socketDup: {
          call: r.call,
          result: r.fd,
          family: inetFamily(r.family),
          protocol:
            r.protocol === IPPROTO_TCP
              ? v1.TransportProtocol.TRANSPORT_PROTOCOL_TCP
              : r.protocol === IPPROTO_UDP
                ? v1.TransportProtocol.TRANSPORT_PROTOCOL_UDP
                : v1.TransportProtocol.TRANSPORT_PROTOCOL_RAW,
          local: { address: r.localAddress, port: r.localPort },
          remote: { address: r.remoteAddress, port: r.remotePort },
        },
      },
      'socketDup',
      r.monoNs,
    );
  }

  #onUdp(r: UdpRecord, sink: CollectorSink): void {
    const family = inetFamily(r.family);
    const endpoint = { address: r.address, port: r.port };
    const { base } = this.#base(r.pid, r.tid);
    const protocol = v1.TransportProtocol.TRANSPORT_PROTOCOL_UDP;
    this.#produced++;
    if (r.kind === 'netConnect')
      sink.event(
        { ...base, netConnect: { family, protocol, remote: endpoint, result: r.result } },
        'netConnect',
        r.monoNs,
      );
    else
      sink.event(
        { ...base, netListen: { family, protocol, local: endpoint, result: r.result } },
        'netListen',
        r.monoNs,
      );
  }

  /**
   * Makes `path` absolute against the process's cwd or the directory `dirfd` names, if it can.
   * `dir` is that directory as the program read it in the kernel during the call. An empty path
   * stays empty (the call failed with ENOENT) unless `emptyIsFd`: then it is the descriptor's own
   * file (fchmod, fchown, fchownat with AT_EMPTY_PATH).
   */
  #absolute(
    pid: number,
    dirfd: number,
    path: string,
    cwd: string | undefined,
    dir?: string,
    emptyIsFd = false,
  ): string {
    if (isAbsolute(path)) return path;
    if (path === '' && (!emptyIsFd || dirfd === AT_FDCWD)) return path;
    // The table's cwd follows chdir(2) in event order; a directory descriptor is the kernel's
    // walk, else looked up in /proc while the process lives.
    let base = dirfd === AT_FDCWD ? (cwd ?? '') : (dir ?? '');
    if (!base) {
      try {
        base = readlinkSync(dirfd === AT_FDCWD ? `/proc/${pid}/cwd` : `/proc/${pid}/fd/${dirfd}`);
      } catch {
        // gone: the path stays relative
      }
    }
    return base ? join(base, path) : path;
  }

  /**
   * The calls that share the file operations' probes but are no file operation (ptrace, socket,
   * setuid, setns, unshare, bpf): their arguments are in the record's slots, no path to resolve.
   */
  #onCall(r: FileOpRecord, base: vigil.v1.IEvent, sink: CollectorSink): void {
    switch (r.kind) {
      case 'processPtrace':
        sink.event(
          {
            ...base,
            processPtrace: { request: r.arg1 | 0, targetPid: r.arg2, result: r.result },
          },
          'processPtrace',
          r.monoNs,
        );
        break;
      case 'processSetuid':
      case 'processSetgid': {
        const call = SETID_CALLS[r.op as SetidCall];
        // The effective id rides in arg1, the real one in the descriptor's slot, the saved one
        // in arg2 (ebpf-program.ts); the kernel keeps them as unsigned 32-bit ids.
        const [id, real, saved] = [r.arg1 >>> 0, r.dirfd >>> 0, r.arg2 >>> 0];
        const re =
          call !== v1.SetidCall.SETID_CALL_SETUID && call !== v1.SetidCall.SETID_CALL_SETGID;
        const res =
          call === v1.SetidCall.SETID_CALL_SETRESUID || call === v1.SetidCall.SETID_CALL_SETRESGID;
        const f = SETID_FIELDS[r.kind];
        const payload: Record<string, unknown> = {
          [f.id]: id,
          [f.name]: f.lookup(this.#processes, id),
          result: r.result,
          call,
        };
        if (re) payload[f.real] = real;
        if (res) payload[f.saved] = saved;
        sink.event({ ...base, [r.kind]: payload }, r.kind, r.monoNs);
        // Its later events show the new ids (the caller's other threads change theirs too: glibc
        // makes each call the same, nptl(7)).
        if (r.result === 0)
          this.#processes.idsChanged(r.pid, r.op as SetidCall, { e: id, r: real, s: saved });
        break;
      }
      case 'namespaceChange': {
        const setns = r.op === 'setns';
        sink.event(
          {
            ...base,
            namespaceChange: {
              call: setns
                ? v1.NamespaceCall.NAMESPACE_CALL_SETNS
                : v1.NamespaceCall.NAMESPACE_CALL_UNSHARE,
              flags: r.arg1,
              ...(setns ? { fd: r.dirfd } : {}),
              result: r.result,
            },
          },
          'namespaceChange',
          r.monoNs,
        );
        break;
      }
      case 'bpfProgramLoad':
        sink.event(
          {
            ...base,
            // The name's slot is the path's: the program's name, not a file.
            bpfProgramLoad: { progType: r.arg1, progName: r.path, result: r.result },
          },
          'bpfProgramLoad',
          r.monoNs,
        );
        break;
      case 'netSocket':
        sink.event(
          {
            ...base,
            netSocket: { domain: r.arg1, type: r.arg2, protocol: r.dirfd, result: r.result },
          },
          'netSocket',
          r.monoNs,
        );
        break;
      default:
    }
  }

  #onFileOp(r: FileOpRecord, sink: CollectorSink): void {
    const { entry, base } = this.#base(r.pid, r.tid);
    if (!FILE_KINDS.has(r.kind)) {
      this.#produced++;
      this.#onCall(r, base, sink);
      return;
    }
    const emptyIsFd =
      r.op === 'fchmod' ||
      r.op === 'fchown' ||
      r.op === 'fchownat' ||
      (r.op === 'linkat' && (r.arg2 & AT_EMPTY_PATH) !== 0);
    // A symbolic link's target is text kept as given, not a path the call resolved.
    const path =
      r.op === 'symlink' || r.op === 'symlinkat'
        ? r.path
        : this.#absolute(r.pid, r.dirfd, r.path, entry?.cwd, r.dir, emptyIsFd);
    const result = r.result;
    const pathTruncated = pathWasCut(r.path);
    // The *at forms' second path is relative to their newdfd (arg1).
    const newPath = () =>
      this.#absolute(
        r.pid,
        r.op === 'renameat' || r.op === 'symlinkat' || r.op === 'linkat' ? r.arg1 | 0 : AT_FDCWD,
        r.newPath,
        entry?.cwd,
        r.newDir,
      );
    this.#produced++;
    switch (r.kind) {
      case 'fileLink':
        sink.event(
          {
            ...base,
            fileLink: {
              linkPath: newPath(),
              target: path,
              hard: r.op === 'link' || r.op === 'linkat',
              result,
              linkPathTruncated: pathWasCut(r.newPath),
              targetTruncated: pathTruncated,
            },
          },
          'fileLink',
          r.monoNs,
        );
        break;
      case 'fileRename': {
        sink.event(
          {
            ...base,
            fileRename: {
              oldPath: path,
              newPath: newPath(),
              result,
              oldPathTruncated: pathTruncated,
              newPathTruncated: pathWasCut(r.newPath),
            },
          },
          'fileRename',
          r.monoNs,
        );
        break;
      }
      case 'fileChmod':
        sink.event(
          { ...base, fileChmod: { path, mode: r.arg1, result, pathTruncated } },
          'fileChmod',
          r.monoNs,
        );
        break;
      case 'fileMkdir':
        sink.event(
          { ...base, fileMkdir: { path, mode: r.arg1, result, pathTruncated } },
          'fileMkdir',
          r.monoNs,
        );
        break;
      case 'fileChown':
        sink.event(
          { ...base, fileChown: { path, uid: r.arg1, gid: r.arg2, result, pathTruncated } },
          'fileChown',
          r.monoNs,
        );
        break;
      default: {
        const isDir = r.op === 'rmdir' || (r.op === 'unlinkat' && (r.arg1 & AT_REMOVEDIR) !== 0);
        sink.event(
          { ...base, fileUnlink: { path, isDir, result, pathTruncated } },
          'fileUnlink',
          r.monoNs,
        );
      }
    }
  }

  #onOpen(r: OpenRecord, sink: CollectorSink): void {
    const { entry, base } = this.#base(r.pid, r.tid);
    const path = this.#absolute(r.pid, r.dirfd, r.path, entry?.cwd, r.dir);
    this.#produced++;
    sink.event(
      {
        ...base,
        fileOpen: {
          path,
          flags: r.flags,
          mode: r.mode,
          result: r.result,
          pathTruncated: pathWasCut(r.path),
          // As the process gave it, for Falco's fd.nameraw (a traversal shows only there).
          ...(r.path !== path ? { pathRaw: r.path } : {}),
        },
      },
      'fileOpen',
      r.monoNs,
    );
  }

  async stop(): Promise<void> {
    const child = this.#child;
    this.#child = undefined;
    this.#clearTimers();
    if (!child || child.exitCode !== null) return;
    // 'close', not 'exit': what END printed may still be in the pipe when the process exits.
    const exited = new Promise<void>((r) => child.once('close', () => r()));
    // SIGINT runs END, which prints what the maps still hold.
    child.kill('SIGINT');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
    await this.#ready?.catch(() => undefined);
    if (this.#sink) this.#drain(this.#sink, Infinity, Infinity);
    // END's frame may have set them again.
    this.#clearTimers();
  }
}
