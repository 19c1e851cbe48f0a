import { existsSync } from 'node:fs';
import { reportBackgroundError } from '@vigil/common';
import { v1 } from '@vigil/schema';
import type { EventKind, vigil } from '@vigil/schema';
import type { ContainerTracker } from '../enrich/container-tracker.js';
import type { ProcessTable } from '../enrich/process-table.js';
import { readInt, readString, requireField } from '../tracefs/format.js';
import type { EventFormat, FieldFormat } from '../tracefs/format.js';
import { TRACEFS_ROOT, TracefsInstance, tracefsMounted } from '../tracefs/instance.js';
import { PAGE_SIZE, decodePage } from '../tracefs/page.js';
import type { Collector, CollectorSink, ProbeResult } from './collector.js';

/** The tracepoints this collector enables. */
export const TRACEFS_EVENTS = [
  'task/task_newtask',
  'sched/sched_process_fork',
  'sched/sched_process_exec',
  'sched/sched_process_exit',
  'sock/inet_sock_set_state',
  'cgroup/cgroup_mkdir',
  'cgroup/cgroup_rmdir',
] as const;

/**
 * A ProcessExit from a wait(2) status (WEXITSTATUS, WTERMSIG, WCOREDUMP in glibc's
 * bits/waitstatus.h): without one (tracefs alone) its fields stay unset, which says unknown.
 */
export function exitOf(status: number): vigil.v1.IProcessExit {
  return {
    code: (status >> 8) & 0xff,
    signal: status & 0x7f,
    ...((status & 0x80) !== 0 ? { coreDumped: true } : {}),
  };
}

/** Default period between reads of the per-CPU buffers. */
export const DEFAULT_POLL_INTERVAL_MS = 20;
/** Pages read per CPU per poll at most: bounds the work of one tick. */
const MAX_PAGES_PER_TICK = 256;
/** Longest a record waits for the argv watermark (process.hrtime is CLOCK_MONOTONIC too). */
const MAX_ARGV_WAIT_NS = 250_000_000n;
/**
 * How far before a read its watermark stays: a record is stamped when its space in the buffer is
 * reserved and readable once committed, a few microseconds later.
 */
const COMMIT_MARGIN_NS = 1_000_000;

// TCP states (include/net/tcp_states.h).
const TCP_ESTABLISHED = 1;
const TCP_SYN_SENT = 2;
const TCP_SYN_RECV = 3;
const TCP_CLOSE = 7;
const TCP_LISTEN = 10;
const AF_INET = 2;
const AF_INET6 = 10;
/** clone(2)'s flag for a new thread of the caller's thread group (include/uapi/linux/sched.h). */
const CLONE_THREAD = 0x0001_0000;

interface Rec {
  type: number;
  ts: bigint;
  data: Buffer;
}

interface Decoders {
  newTask?: {
    format: EventFormat;
    creator: FieldFormat;
    pid: FieldFormat;
    cloneFlags: FieldFormat;
  };
  fork?: { format: EventFormat; parent: FieldFormat; child: FieldFormat; childComm: FieldFormat };
  exec?: { format: EventFormat; filename: FieldFormat; pid: FieldFormat; oldPid: FieldFormat };
  exit?: { format: EventFormat; pid: FieldFormat; groupDead: FieldFormat | undefined };
  sock?: {
    format: EventFormat;
    fields: Record<
      | 'common_pid'
      | 'skaddr'
      | 'oldstate'
      | 'newstate'
      | 'sport'
      | 'dport'
      | 'family'
      | 'protocol'
      | 'saddr'
      | 'daddr'
      | 'saddr_v6'
      | 'daddr_v6',
      FieldFormat
    >;
  };
  mkdir?: { format: EventFormat; path: FieldFormat };
  rmdir?: { format: EventFormat; path: FieldFormat };
}

function ipv4(buf: Buffer, at: number): string {
  return `${buf[at]}.${buf[at + 1]}.${buf[at + 2]}.${buf[at + 3]}`;
}

function ipv6(buf: Buffer, at: number): string {
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(buf.readUInt16BE(at + i).toString(16));
  // The WHATWG URL serializer writes IPv6 in RFC 5952's canonical form (longest zero run as ::).
  return new URL(`http://[${groups.join(':')}]/`).hostname.slice(1, -1);
}

/**
 * Kernel telemetry from tracepoints in a private tracefs instance, read as binary pages from
 * per_cpu/cpuN/trace_pipe_raw and decoded with each event's format file.
 */
export class TracefsCollector implements Collector {
  readonly name = 'tracefs';
  readonly #processes: ProcessTable;
  readonly #containers: ContainerTracker;
  readonly #root: string;
  readonly #pollMs: number;
  readonly #bufferSizeKb: number;
  #instance: TracefsInstance | undefined;
  #timer: NodeJS.Timeout | undefined;
  #fds: number[] = [];
  #sink: CollectorSink | undefined;
  #dec: Decoders = {};
  #overrunSeen = new Map<number, number>();
  #lastOverrunCheck = 0;
  #produced = 0;
  /** Local port -> pid of the process that listens on it, for attributing accepts. */
  readonly #listeners = new Map<number, number>();
  /** Socket (kernel address) -> process and thread that called connect(2), until the handshake ends. */
  readonly #connecting = new Map<bigint, { pid: number; tid: number }>();
  readonly #page = Buffer.alloc(PAGE_SIZE);
  readonly #argvWatermark: (() => number | undefined) | undefined;
  /** Records read but waiting for the argv watermark, in time order. */
  #waiting: Rec[] = [];
  #handledNs: number | undefined;
  /**
   * Pid -> kernel time of the last exit of a whole process (group_dead) among the records of the
   * current read: a fork or exec before it is of a process already gone, not to be looked up in
   * /proc. Only on kernels whose exit record says group_dead (a thread's exit is not the end of
   * its process).
   */
  readonly #exits = new Map<number, bigint>();
  readonly #onPolled: (() => void) | undefined;
  readonly #handleUpTo: ((monoNs: number) => void) | undefined;

  constructor(options: {
    processes: ProcessTable;
    containers: ContainerTracker;
    root?: string;
    pollIntervalMs?: number;
    bufferSizeKb?: number;
    /**
     * Kernel time up to which another collector has handed argv of execve calls to the process
     * table (the ebpf collector's watermark); records after it wait for it, up to
     * MAX_ARGV_WAIT_NS, so that an exec is handled after the argv of its call.
     */
    argvWatermark?: () => number | undefined;
    /** Called after each read of the buffers (the ebpf collector then releases what it holds). */
    onPolled?: () => void;
    /**
     * Called before each record is applied with its kernel time: another collector's records
     * from before it are handled first (the ebpf collector's held ones), so that what a process
     * did just before an exec is told of the program that did it, not of the one it became.
     */
    handleUpTo?: (monoNs: number) => void;
  }) {
    this.#argvWatermark = options.argvWatermark;
    this.#onPolled = options.onPolled;
    this.#handleUpTo = options.handleUpTo;
    this.#processes = options.processes;
    this.#containers = options.containers;
    this.#root = options.root ?? TRACEFS_ROOT;
    this.#pollMs = options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS;
    this.#bufferSizeKb = options.bufferSizeKb ?? 4096;
  }

  get produced(): number {
    return this.#produced;
  }

  /**
   * Kernel time (CLOCK_MONOTONIC ns) before which every fork, exec and exit has been handed to
   * the process table; undefined until the first read. The ebpf collector holds a record until
   * it passes, so that an open by a process that has just started is attributed to it.
   */
  get watermarkNs(): number | undefined {
    return this.#handledNs;
  }

  /** Reads the buffers now, between polls (when the ebpf collector has a frame to release). */
  pollNow(): void {
    this.#poll();
  }

  /** The tracefs instance while running (for tests). */
  get instance(): TracefsInstance | undefined {
    return this.#instance;
  }

  probe(): Promise<ProbeResult> {
    if (process.getuid?.() !== 0) {
      return Promise.resolve({
        ok: false,
        reason: 'needs root (tracefs instances and tracepoints)',
      });
    }
    if (!tracefsMounted(this.#root) && !existsSync('/sys/kernel')) {
      return Promise.resolve({ ok: false, reason: 'no /sys/kernel to mount tracefs on' });
    }
    return Promise.resolve({
      ok: true,
      blindSpots: [
        'file opens, paths and argv at exec time (tracepoints carry no user memory; the ebpf collector sees them)',
        'the capability sets of a process gone before /proc is read (the ebpf collector reads them at exec)',
        'how a process ended: exit code, signal, core dump (sched_process_exit has no such field; the ebpf collector reads them)',
        'UDP and unix sockets (sock:inet_sock_set_state is TCP only)',
      ],
    });
  }

  start(sink: CollectorSink): Promise<void> {
    this.#sink = sink;
    const inst = TracefsInstance.create({
      root: this.#root,
      events: TRACEFS_EVENTS,
      bufferSizeKb: this.#bufferSizeKb,
      ignorePids: [process.pid],
    });
    this.#instance = inst;
    const byName = new Map([...inst.formats.values()].map((f) => [f.name, f]));
    const f = (name: string) => byName.get(name);
    const newTask = f('task/task_newtask');
    if (newTask) {
      this.#dec.newTask = {
        format: newTask,
        creator: requireField(newTask, 'common_pid'),
        pid: requireField(newTask, 'pid'),
        cloneFlags: requireField(newTask, 'clone_flags'),
      };
    }
    const fork = f('sched/sched_process_fork');
    if (fork) {
      this.#dec.fork = {
        format: fork,
        parent: requireField(fork, 'parent_pid'),
        child: requireField(fork, 'child_pid'),
        childComm: requireField(fork, 'child_comm'),
      };
    }
    const exec = f('sched/sched_process_exec');
    if (exec) {
      this.#dec.exec = {
        format: exec,
        filename: requireField(exec, 'filename'),
        pid: requireField(exec, 'pid'),
        oldPid: requireField(exec, 'old_pid'),
      };
    }
    const exit = f('sched/sched_process_exit');
    if (exit)
      this.#dec.exit = {
        format: exit,
        pid: requireField(exit, 'pid'),
        groupDead: exit.fields.get('group_dead'),
      };
    const sock = f('sock/inet_sock_set_state');
    if (sock) {
      const names = [
        'common_pid',
        'skaddr',
        'oldstate',
        'newstate',
        'sport',
        'dport',
        'family',
        'protocol',
        'saddr',
        'daddr',
        'saddr_v6',
        'daddr_v6',
      ] as const;
      this.#dec.sock = {
        format: sock,
        fields: Object.fromEntries(names.map((n) => [n, requireField(sock, n)])) as NonNullable<
          Decoders['sock']
        >['fields'],
      };
    }
    const mk = f('cgroup/cgroup_mkdir');
    if (mk) this.#dec.mkdir = { format: mk, path: requireField(mk, 'path') };
    const rm = f('cgroup/cgroup_rmdir');
    if (rm) this.#dec.rmdir = { format: rm, path: requireField(rm, 'path') };
    this.#fds = inst.cpus().map((cpu) => inst.openRaw(cpu));
    this.#overrunSeen = inst.overruns();
    this.#timer = setInterval(() => this.#poll(), this.#pollMs);
    return Promise.resolve();
  }

  /** Reads what the kernel has, in time order across CPUs, and turns it into events. */
  #poll(): void {
    const inst = this.#instance;
    if (!inst) return;
    try {
      const recs: Rec[] = this.#waiting;
      // Everything stamped before this was committed to the buffers read below, but for a
      // record being written on another CPU at this instant: hence the margin.
      const readFrom = Number(process.hrtime.bigint()) - COMMIT_MARGIN_NS;
      let complete = true;
      for (const fd of this.#fds) {
        let i = 0;
        for (; i < MAX_PAGES_PER_TICK && TracefsInstance.readPage(fd, this.#page); i++) {
          decodePage(this.#page, (type, ts, buf, off, len) => {
            // Copy out: the page buffer is reused for the next read.
            recs.push({ type, ts, data: Buffer.from(buf.subarray(off, off + len)) });
          });
        }
        if (i === MAX_PAGES_PER_TICK) complete = false;
      }
      // A child can run on another CPU than its parent: order by time before applying
      // fork/exec/exit to the process table.
      recs.sort((a, b) => (a.ts < b.ts ? -1 : a.ts > b.ts ? 1 : 0));
      this.#noteExits(recs);
      const n = this.#ready(recs);
      for (let i = 0; i < n; i++) {
        const r = recs[i] as Rec;
        this.#handleUpTo?.(Number(r.ts));
        this.#handle(r);
      }
      this.#waiting = n === recs.length ? [] : recs.slice(n);
      if (complete) {
        const first = this.#waiting[0];
        this.#handledNs = first ? Math.min(readFrom, Number(first.ts) - 1) : readFrom;
      }
      const now = Date.now();
      if (now - this.#lastOverrunCheck >= 1_000) {
        this.#lastOverrunCheck = now;
        for (const [cpu, n] of inst.overruns()) {
          const before = this.#overrunSeen.get(cpu) ?? 0;
          if (n > before)
            this.#sink?.lost(n - before, v1.LossReason.LOSS_REASON_KERNEL_OVERRUN, 'kernel');
          this.#overrunSeen.set(cpu, n);
        }
      }
    } catch (err) {
      reportBackgroundError(err, 'tracefs collector');
    }
    this.#onPolled?.();
  }

  /** Fills #exits from the records read (sorted by time: the last exit of a pid comes last). */
  #noteExits(recs: Rec[]): void {
    this.#exits.clear();
    const exit = this.#dec.exit;
    if (!exit?.groupDead) return;
    for (const r of recs) {
      if (r.type === exit.format.id && readInt(r.data, 0, exit.groupDead) !== 0)
        this.#exits.set(readInt(r.data, 0, exit.pid), r.ts);
    }
  }

  /**
   * Whether process `pid` at kernel time `ts` has exited since, by a record already read. A pid is
   * not reused while its process lives, so any exit of `pid` after `ts` is that process's.
   */
  #exitedAfter(pid: number, ts: bigint): boolean {
    const at = this.#exits.get(pid);
    return at !== undefined && at > ts;
  }

  /** How many of the sorted records can be handled now: those the argv watermark covers. */
  #ready(recs: Rec[]): number {
    const wm = this.#argvWatermark?.();
    if (wm === undefined || recs.length === 0) return recs.length;
    const oldest = BigInt(Math.floor(wm));
    const giveUp = process.hrtime.bigint() - MAX_ARGV_WAIT_NS;
    for (let i = 0; i < recs.length; i++) {
      const ts = (recs[i] as Rec).ts;
      if (ts > oldest && ts > giveUp) return i;
    }
    return recs.length;
  }

  /**
   * Without task_newtask: whether /proc shows `child` as a thread of `parent`. Racy: a thread
   * already gone looks like a process (ProcessTable.onNewTask is exact).
   */
  #isThread(parent: number, child: number): boolean {
    return child !== parent && existsSync(`/proc/${parent}/task/${child}`);
  }

  #emit(event: vigil.v1.IEvent, kind: EventKind, monoNs: number): void {
    this.#produced++;
    this.#sink?.event(event, kind, monoNs);
  }

  #handle(r: Rec): void {
    const d = this.#dec;
    const mono = Number(r.ts);
    const buf = r.data;
    if (d.newTask && r.type === d.newTask.format.id) {
      // Stamped in copy_process, before the fork record of the same clone (kernel/fork.c), in
      // the creating task's context. sched_process_fork does not say whether the child is a
      // thread; asking /proc whether the parent has a task of that tid took a thread already
      // gone for a new process (92 of 200 short-lived perl threads) and cost a path walk a fork.
      this.#processes.onNewTask(
        readInt(buf, 0, d.newTask.pid),
        readInt(buf, 0, d.newTask.creator),
        (readInt(buf, 0, d.newTask.cloneFlags) & CLONE_THREAD) !== 0,
      );
    } else if (d.fork && r.type === d.fork.format.id) {
      // parent_pid is the forking task: a thread's tid when a thread other than the main one forks.
      const parentTid = readInt(buf, 0, d.fork.parent);
      const child = readInt(buf, 0, d.fork.child);
      // A new thread of the parent's thread group is not a new process.
      if (d.newTask ? this.#processes.isThread(child) : this.#isThread(parentTid, child)) return;
      const parent = this.#processes.processOf(parentTid);
      if (!this.#sink?.admit('processFork')) {
        this.#processes.onShed('fork', parent, child, mono);
        return;
      }
      const entry = this.#processes.onFork(
        parent,
        child,
        readString(buf, 0, d.fork.childComm),
        mono,
        this.#exitedAfter(child, r.ts),
      );
      const parentEntry = this.#processes.get(parent);
      this.#emit(
        {
          process: parentEntry
            ? this.#processes.describe(parentEntry, parentTid)
            : { pid: parent, tid: parentTid },
          container: this.#containers.describe(parentEntry?.container),
          processFork: {
            childPid: child,
            childTid: child,
            childProcessUid: entry.processUid,
            isThread: false,
          },
        },
        'processFork',
        mono,
      );
    } else if (d.exec && r.type === d.exec.format.id) {
      const pid = readInt(buf, 0, d.exec.pid);
      const filename = readString(buf, 0, d.exec.filename);
      if (!this.#sink?.admit('processExec')) {
        this.#processes.onShed('exec', pid, filename, mono);
        return;
      }
      const entry = this.#processes.onExec(pid, filename, mono, this.#exitedAfter(pid, r.ts));
      this.#emit(
        {
          process: this.#processes.describe(entry),
          container: this.#containers.seen(entry.container, mono, this.#sinkFn),
          processExec: {
            filename,
            argv: entry.argv,
            argvTruncated: entry.argvTruncated,
            oldPid: readInt(buf, 0, d.exec.oldPid),
            result: 0,
          },
        },
        'processExec',
        mono,
      );
    } else if (d.exit && r.type === d.exit.format.id) {
      const tid = readInt(buf, 0, d.exit.pid);
      // group_dead (kernels >= 6.7): only the last thread's exit ends the process, and that
      // thread need not be the main one. Without the field, a thread's exit is told apart by its
      // tid differing from a known process.
      if (d.exit.groupDead ? readInt(buf, 0, d.exit.groupDead) === 0 : !this.#processes.get(tid)) {
        this.#processes.onTaskExit(tid);
        return;
      }
      const pid = this.#processes.processOf(tid);
      this.#processes.onTaskExit(tid);
      const entry = this.#processes.onExit(pid);
      const status = this.#processes.takeExitStatus(pid, mono);
      // Shed: counted, and no description built for it.
      if (!this.#sink?.admit('processExit')) return;
      this.#emit(
        {
          process: entry ? this.#processes.describe(entry, tid) : { pid, tid },
          container: this.#containers.describe(entry?.container),
          processExit: status === undefined ? {} : exitOf(status),
        },
        'processExit',
        mono,
      );
    } else if (d.sock && r.type === d.sock.format.id) {
      this.#sock(buf, mono, readInt(buf, 0, d.sock.fields.common_pid));
    } else if (d.mkdir && r.type === d.mkdir.format.id) {
      this.#containers.cgroupCreated(readString(buf, 0, d.mkdir.path), mono, this.#sinkFn);
    } else if (d.rmdir && r.type === d.rmdir.format.id) {
      this.#containers.cgroupRemoved(readString(buf, 0, d.rmdir.path), mono, this.#sinkFn);
    }
  }

  readonly #sinkFn = (event: vigil.v1.IEvent, kind: EventKind, monoNs: number): void =>
    this.#emit(event, kind, monoNs);

  /** `tid`: the task that ran when the state changed (the caller of connect or listen). */
  #sock(buf: Buffer, mono: number, tid: number): void {
    const s = this.#dec.sock;
    if (!s) return;
    const F = s.fields;
    const oldstate = readInt(buf, 0, F.oldstate);
    const newstate = readInt(buf, 0, F.newstate);
    const family = readInt(buf, 0, F.family);
    const v6 = family === AF_INET6;
    const local = {
      address: v6 ? ipv6(buf, F.saddr_v6.offset) : ipv4(buf, F.saddr.offset),
      port: readInt(buf, 0, F.sport),
    };
    const remote = {
      address: v6 ? ipv6(buf, F.daddr_v6.offset) : ipv4(buf, F.daddr.offset),
      port: readInt(buf, 0, F.dport),
    };
    const fam = v6
      ? v1.AddressFamily.ADDRESS_FAMILY_INET6
      : family === AF_INET
        ? v1.AddressFamily.ADDRESS_FAMILY_INET
        : v1.AddressFamily.ADDRESS_FAMILY_UNSPECIFIED;
    const proto = v1.TransportProtocol.TRANSPORT_PROTOCOL_TCP;
    // The process and container of the caller, described (`pid` its process, `tid` its thread).
    const described = (pid: number, tid = pid) => {
      const e = this.#processes.current(pid) ?? this.#processes.refresh(pid);
      return {
        process: e ? this.#processes.describe(e, tid) : { pid, tid },
        container: this.#containers.describe(e?.container),
      };
    };
    const sk = buf.readBigUInt64LE(F.skaddr.offset);
    const kind: EventKind | undefined =
      oldstate === TCP_SYN_SENT && (newstate === TCP_ESTABLISHED || newstate === TCP_CLOSE)
        ? 'netConnect'
        : oldstate === TCP_CLOSE && newstate === TCP_LISTEN
          ? 'netListen'
          : oldstate === TCP_SYN_RECV && newstate === TCP_ESTABLISHED
            ? 'netAccept'
            : undefined;
    if (kind && !this.#sink?.admit(kind)) {
      // Shed: keep only the bookkeeping that later events need.
      if (kind === 'netConnect') this.#connecting.delete(sk);
      if (kind === 'netListen') this.#listeners.set(local.port, this.#processes.processOf(tid));
      return;
    }
    if (oldstate === TCP_CLOSE && newstate === TCP_SYN_SENT) {
      // connect(2) runs in the caller's context, but the local port is not bound yet
      // (tcp_v4_connect sets SYN_SENT before inet_hash_connect): remember who, report at the end
      // of the handshake, which runs in softirq context.
      if (this.#connecting.size > 65_536) this.#connecting.clear();
      this.#connecting.set(sk, { pid: this.#processes.processOf(tid), tid });
    } else if (
      oldstate === TCP_SYN_SENT &&
      (newstate === TCP_ESTABLISHED || newstate === TCP_CLOSE)
    ) {
      const caller = this.#connecting.get(sk);
      this.#connecting.delete(sk);
      // A handshake that ends in CLOSE was refused or timed out (ECONNREFUSED = 111).
      const result = newstate === TCP_ESTABLISHED ? 0 : -111;
      this.#emit(
        {
          ...(caller ? described(caller.pid, caller.tid) : {}),
          netConnect: { family: fam, protocol: proto, local, remote, result },
        },
        'netConnect',
        mono,
      );
    } else if (oldstate === TCP_CLOSE && newstate === TCP_LISTEN) {
      const pid = this.#processes.processOf(tid);
      this.#listeners.set(local.port, pid);
      this.#emit(
        { ...described(pid, tid), netListen: { family: fam, protocol: proto, local, result: 0 } },
        'netListen',
        mono,
      );
    } else if (oldstate === TCP_SYN_RECV && newstate === TCP_ESTABLISHED) {
      // The handshake completes in softirq context: attribute it to the listener of the port.
      const owner = this.#listeners.get(local.port);
      this.#emit(
        {
          ...(owner ? described(owner) : {}),
          netAccept: { family: fam, protocol: proto, local, remote, result: 0 },
        },
        'netAccept',
        mono,
      );
    } else if (oldstate === TCP_LISTEN && newstate === TCP_CLOSE) {
      this.#listeners.delete(local.port);
    }
  }

  stop(): Promise<void> {
    clearInterval(this.#timer);
    this.#timer = undefined;
    if (this.#instance) this.#poll();
    this.#instance?.remove();
    this.#instance = undefined;
    return Promise.resolve();
  }
}
