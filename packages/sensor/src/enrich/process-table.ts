import { normalize } from 'node:path';
import type { vigil } from '@vigil/schema';
import { CLK_TCK, readIdNames, readProc, readStat, readTgid } from './procfs.js';
import type { Capabilities } from './procfs.js';
import type { ProcSnapshot } from './procfs.js';
import { containerFromCgroup } from './containers.js';
import { ExeHasher } from './exe-hash.js';
import type { ContainerRef } from './containers.js';

/** argv an execve call passed, at monoNs (kernel CLOCK_MONOTONIC). */
interface ArgvHint {
  argv: string[];
  truncated: boolean;
  monoNs: number;
}

/**
 * Appends what eBPF saw of `pid` to its hints, in arrival (time) order; bounded: 16 per pid, and
 * 4,096 pids before all are dropped (a hint is a help for a process gone before /proc is read).
 */
function pushHint<H>(hints: Map<number, H[]>, pid: number, hint: H): void {
  if (hints.size > 4096) hints.clear();
  let list = hints.get(pid);
  if (!list) hints.set(pid, (list = []));
  if (list.length >= 16) list.shift();
  list.push(hint);
}

/**
 * The hint of `pid` within HINT_SLACK_NS of `monoNs`, taken; it and the older ones are
 * dropped.
 */
function takeNear<H extends { monoNs: number }>(
  hints: Map<number, H[]>,
  pid: number,
  monoNs: number,
): H | undefined {
  const list = hints.get(pid);
  if (!list) return undefined;
  while (list[0] && list[0].monoNs < monoNs - HINT_SLACK_NS) list.shift();
  const hint = list[0] && list[0].monoNs <= monoNs + HINT_SLACK_NS ? list.shift() : undefined;
  if (list.length === 0) hints.delete(pid);
  return hint;
}

/**
 * How far apart an exec's or exit's event (tracefs) and what eBPF read at it (the walk of its
 * program, its capability sets; how the process ended) may be: both run in the same tracepoint,
 * one after the other; an exec takes far longer than this.
 */
const HINT_SLACK_NS = 200_000;

/** The directory `path` names, from `cwd` when it is relative. */
function resolveCwd(cwd: string, path: string): string {
  if (path.startsWith('/')) return normalize(path);
  // From an unknown directory, still unknown; so is an fchdir whose directory was not read.
  return cwd && path ? normalize(`${cwd}/${path}`) : '';
}

/** Threads whose process is remembered (tid -> tgid); past it the map starts again from /proc. */
const MAX_THREADS = 65_536;

/** Default bound of the table: past it, the longest-exited entries go first. */
export const DEFAULT_MAX_PROCESSES = 65_536;
/** How many ancestors an event carries. */
export const DEFAULT_MAX_ANCESTORS = 8;
/**
 * Bytes of argv an event carries for its parent, and for each older ancestor. Every event of a
 * process repeats its ancestors: measured on bench/api's workload, whose ancestors included a
 * 2.5 KB command line, events were ~3 KB and every stage after the sensor (encoding, the
 * backplane, the recorder, the detector, the API) spent its time on them. Tetragon, for the same
 * reason, sends the parent with each event and ancestors only when asked.
 */
export const PARENT_ARGV_BYTES = 4096;
export const ANCESTOR_ARGV_BYTES = 512;

/** argv cut to at most `max` bytes (UTF-8, with a separator between arguments). */
export function capArgv(argv: string[], max: number): { argv: string[]; truncated: boolean } {
  let used = 0;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const bytes = Buffer.byteLength(arg) + (i > 0 ? 1 : 0);
    if (used + bytes <= max) {
      used += bytes;
      continue;
    }
    const room = max - used - (i > 0 ? 1 : 0);
    const kept = argv.slice(0, i);
    if (room > 0) {
      // Cut on a character boundary: a partial multi-byte sequence decodes to U+FFFD, dropped.
      kept.push(
        Buffer.from(arg)
          .subarray(0, room)
          .toString()
          .replace(/\uFFFD$/, ''),
      );
    }
    return { argv: kept, truncated: true };
  }
  return { argv, truncated: false };
}

/** One process as the sensor knows it: what /proc said, and what the events added. */
export interface ProcessEntry extends Omit<ProcSnapshot, 'state' | 'startTicks' | 'exiting'> {
  processUid: string;
  /** Start time, nanoseconds since boot. */
  startTimeNs: number;
  argvTruncated: boolean;
  container: ContainerRef | undefined;
  /** True once the process exited or was found gone from /proc. */
  exited: boolean;
  /** Cache key of the executable (dev:ino:mtime), for its sha256. */
  exeKey?: string | undefined;
  /** Set when a shed fork or exec changed the process without /proc being read. */
  stale?: boolean;
  /**
   * When `cwd` was true (CLOCK_MONOTONIC ns, the clock of kernel events): the /proc read it came
   * from, or the fork or chdir that set it. A chdir before it is already in `cwd`.
   */
  cwdAtNs?: number;
  /** The event form, built once per change of the entry (see ProcessTable.describe). */
  described?: vigil.v1.IProcess | undefined;
}

/**
 * The ancestors that the events of a child of one process carry, and what they were built from.
 * Siblings share it: under an exec storm one shell's children differ only in themselves, and
 * building, encoding and compressing the same chain again for each of their events was a fifth
 * of the sensor's CPU (bench/RESULTS.md).
 */
interface AncestorChain {
  readonly ancestors: vigil.v1.IAncestor[];
  /**
   * The entry of each ancestor: the chain holds while each is still its pid's entry (an entry
   * that changes is replaced, never changed in place).
   */
  readonly from: readonly ProcessEntry[];
  /** A parent pid the walk found in neither the table nor /proc (0 if none): a later entry for it changes the chain. */
  readonly missing: number;
}

/**
 * The process table: seeded by a /proc scan, kept by fork, exec and exit events, and refreshed
 * from /proc when a process execs. A process already gone when the sensor looks it up stays in
 * the table, marked exited, with what the kernel event said.
 */
export class ProcessTable {
  readonly #host: string;
  readonly #proc: string;
  readonly #max: number;
  readonly #byPid = new Map<number, ProcessEntry>();
  readonly #hasher = new ExeHasher();
  /** The ancestor chain of each process's children, by the process's entry (see AncestorChain). */
  readonly #chains = new WeakMap<ProcessEntry, AncestorChain>();
  #users = new Map<number, string>();
  #groups = new Map<number, string>();
  #namesReadAt = 0;

  constructor(options: { host: string; proc?: string; maxProcesses?: number }) {
    this.#host = options.host;
    this.#proc = options.proc ?? '/proc';
    this.#max = options.maxProcesses ?? DEFAULT_MAX_PROCESSES;
  }

  /**
   * The process (thread group) of each thread seen starting (task_newtask with CLONE_THREAD),
   * until it exits. Kernel events name the task that ran: a thread's tid is not its process's
   * pid, and a fork or connect by a thread other than the main one belongs to its process.
   */
  readonly #threadGroups = new Map<number, number>();

  /** Number of processes in the table. */
  get size(): number {
    return this.#byPid.size;
  }

  /** Reads every process in /proc into the table. */
  seed(pids: Iterable<number>): void {
    for (const pid of pids) this.refresh(pid);
  }

  /** The stable identity of a process: host, pid and start time (unique across pid reuse). */
  processUid(pid: number, startTimeNs: number): string {
    return `${this.#host}:${pid}:${Math.floor(startTimeNs / 1e7)}`;
  }

  /** The entry of `pid`, if known. */
  get(pid: number): ProcessEntry | undefined {
    return this.#byPid.get(pid);
  }

  #fromSnapshot(s: ProcSnapshot): ProcessEntry {
    const { state, startTicks, exiting, ...proc } = s;
    const startTimeNs = (startTicks * 1e9) / CLK_TCK;
    return {
      ...proc,
      processUid: this.processUid(s.pid, startTimeNs),
      startTimeNs,
      argvTruncated: false,
      container: containerFromCgroup(s.cgroup),
      exited: exiting,
    };
  }

  /**
   * Re-reads `pid` from /proc; marks it exited (keeping what is known) when it is gone or exiting.
   * An exiting process not known before is put as read, marked exited: its credentials and start
   * time hold, and what its exit took (argv, exe, cwd) is empty, for its events to fill in.
   */
  refresh(pid: number): ProcessEntry | undefined {
    const snap = readProc(pid, this.#proc);
    const known = this.#byPid.get(pid);
    if (!snap || snap.state === 'Z' || (snap.exiting && known)) {
      if (known) {
        known.exited = true;
        // Nothing more to read: what the table holds is all there will be.
        known.stale = false;
        known.described = undefined;
      }
      return known;
    }
    const entry = this.#fromSnapshot(snap);
    // Read before a later chdir of the process: that one still applies. Without a cwd, any does.
    if (entry.cwd) entry.cwdAtNs = Number(process.hrtime.bigint());
    // A kernel thread has no argv: keep the comm as its name.
    if (entry.argv.length === 0 && known && known.startTimeNs === entry.startTimeNs)
      entry.argv = known.argv;
    this.#put(entry);
    return entry;
  }

  #put(entry: ProcessEntry): void {
    this.#byPid.delete(entry.pid);
    this.#byPid.set(entry.pid, entry);
    if (this.#byPid.size > this.#max) this.#evict();
  }

  #evict(): void {
    // Exited entries first, oldest inserted first (Map keeps insertion order).
    for (const [pid, e] of this.#byPid) {
      if (this.#byPid.size <= this.#max) return;
      if (e.exited) this.#byPid.delete(pid);
    }
    for (const pid of this.#byPid.keys()) {
      if (this.#byPid.size <= this.#max) return;
      this.#byPid.delete(pid);
    }
  }

  /**
   * A fork: the child inherits the parent's image, argv, cwd, credentials, login uid and cgroup
   * until it execs (fork(2)), so of /proc only its stat is read (start time, session, tty) when
   * the parent is known: one file instead of seven. Reading all of /proc for each process twice
   * (fork, then exec) was most of the sensor's time under an exec storm, and each read of a live
   * process's files takes its locks (bench/sensor). Its exec reads everything again.
   *
   * `exited`: the caller already holds the child's exit, so /proc is not read for it at all (see
   * onExec).
   */
  onFork(
    parentPid: number,
    childPid: number,
    childComm: string,
    monoNs: number,
    exited = false,
  ): ProcessEntry {
    const parent = this.#byPid.get(parentPid);
    // Whether the child is known to be gone already: then /proc is not read for it again.
    let gone = exited;
    if (!gone && parent !== undefined && !parent.exited && !parent.stale) {
      const stat = readStat(childPid, this.#proc);
      if (stat !== undefined && stat.state !== 'Z' && stat.ppid === parentPid) {
        return this.#putChild(parent, childPid, parentPid, (stat.startTicks * 1e9) / CLK_TCK, {
          comm: childComm,
          sid: stat.sid,
          tty: stat.tty,
          exited: false,
          ...this.#cwdAtFork(parent, parentPid, monoNs),
        });
      }
      gone = stat === undefined || stat.state === 'Z';
    }
    const fresh = gone ? undefined : this.refresh(childPid);
    if (fresh && !fresh.exited) return fresh;
    const from = parent ?? this.refresh(parentPid) ?? this.#unknown(childPid);
    return this.#putChild(from, childPid, parentPid, monoNs, {
      comm: childComm,
      exited: true,
      ...this.#cwdAtFork(from, parentPid, monoNs),
    });
  }

  /** Puts a child's entry: its parent's (`from`), with its own pid, start time and `own`. */
  #putChild(
    from: ProcessEntry,
    childPid: number,
    parentPid: number,
    startTimeNs: number,
    own: Partial<ProcessEntry>,
  ): ProcessEntry {
    const entry: ProcessEntry = {
      ...from,
      pid: childPid,
      ppid: parentPid,
      startTimeNs,
      processUid: this.processUid(childPid, startTimeNs),
      ...own,
      described: undefined,
    };
    this.#put(entry);
    return entry;
  }

  /**
   * An exec: the image, argv and maybe credentials changed; read them again. The credentials
   * eBPF read at the exec, where it did, are taken over /proc's: read now, /proc shows what the
   * process did since (a set-user-ID program that drops its privileges at once).
   *
   * `exited`: the caller already holds the process's exit (a later record of the same read), so
   * /proc is not read. At best it would show a zombie; while the process is still in do_exit it
   * shows a process whose memory is gone (an empty cmdline, no exe link), which is not its exec's
   * image. And under an exec storm most processes are gone by the time their exec is handled: a
   * failed read of /proc/<pid>/stat for each fork and exec was ~9 % of the sensor's main thread
   * (bench/sensor, --cpu-prof).
   */
  onExec(pid: number, filename: string, monoNs: number, exited = false): ProcessEntry {
    const hint = this.#takeArgvHint(pid, monoNs);
    // The kernel names a program run through a descriptor /dev/fd/<n>: eBPF walked its file.
    const exe = filename.startsWith('/dev/fd/')
      ? (this.#takeExeHint(pid, monoNs) ?? filename)
      : filename;
    const cred = takeNear(this.#credHints, pid, monoNs)?.cred;
    const fresh = exited ? undefined : this.refresh(pid);
    if (fresh && !fresh.exited) {
      if (cred === undefined) return fresh;
      const entry: ProcessEntry = { ...fresh, ...cred, described: undefined };
      this.#put(entry);
      return entry;
    }
    // Gone before we looked: keep what the kernel said, and say that argv is not the real one.
    const known = this.#byPid.get(pid);
    const entry: ProcessEntry = {
      ...(known ?? this.#unknown(pid, monoNs)),
      exe,
      // eBPF saw the argv at execve entry; without it only the filename is known, and the
      // event says argv is incomplete.
      argv: hint?.argv ?? [filename],
      argvTruncated: hint ? hint.truncated : true,
      // An exec may change them (a set-user-ID or file-capability program): the ids are the
      // parent's and the capability sets unknown without eBPF's.
      ...(cred ?? { caps: undefined }),
      // As this kernel names it: for an exec through a descriptor, the file's name (checked in
      // /proc/<pid>/comm; older kernels said the <n> of /dev/fd/<n>). A memfd's name may hold
      // slashes.
      comm: (exe.startsWith('memfd:') ? exe : exe.slice(exe.lastIndexOf('/') + 1)).slice(0, 15),
      exited: true,
      described: undefined,
    };
    this.#put(entry);
    return entry;
  }

  /**
   * A fork or exec whose event is being shed: keep the table right without reading /proc. The
   * entry is marked so that its next event reads /proc again.
   */
  onShed(kind: 'fork' | 'exec', pid: number, arg: number | string, monoNs: number): void {
    if (kind === 'fork') {
      const child = arg as number;
      const from = this.#byPid.get(pid) ?? this.#unknown(child, monoNs);
      this.#putChild(from, child, pid, monoNs, { stale: true });
    } else {
      // A new entry, not a change in place: an entry changes only by being replaced, which is
      // how the ancestor chains built from it see that they are out of date.
      const known = this.#byPid.get(pid);
      if (known) this.#put({ ...known, exe: arg as string, stale: true, described: undefined });
    }
  }

  /** The entry of `pid`, read from /proc again first if a shed event left it stale. */
  current(pid: number): ProcessEntry | undefined {
    const e = this.#byPid.get(pid);
    if (e?.stale) return this.refresh(pid) ?? e;
    return e;
  }

  /**
   * argv seen by eBPF at execve entry, by pid, in time order, for processes gone before /proc is
   * read. A pid can call execve more than once before one succeeds (a shell searching PATH), and
   * the new image can exec again at once (a wrapper): each exec takes the last call before it.
   */
  readonly #argvHints = new Map<number, ArgvHint[]>();

  /** Records the argv a process passed to execve at `monoNs` (from the ebpf collector). */
  argvHint(pid: number, argv: string[], truncated: boolean, monoNs: number): void {
    pushHint(this.#argvHints, pid, { argv, truncated, monoNs });
  }

  /** The last argv hint of `pid` before `monoNs`; it and the older ones are dropped. */
  #takeArgvHint(pid: number, monoNs: number): ArgvHint | undefined {
    const list = this.#argvHints.get(pid);
    if (!list) return undefined;
    let i = -1;
    while (i + 1 < list.length && (list[i + 1] as ArgvHint).monoNs <= monoNs) i++;
    const hint = i >= 0 ? list[i] : undefined;
    list.splice(0, i + 1);
    if (list.length === 0) this.#argvHints.delete(pid);
    return hint;
  }

  /**
   * The programs of execs through a descriptor that eBPF walked at sched_process_exec, by pid,
   * in time order. The walk and the tracefs collector's exec event come from the same
   * tracepoint, microseconds apart in either order.
   */
  readonly #exeHints = new Map<number, Array<{ monoNs: number; path: string }>>();

  /** Records the program an exec of `pid` through a descriptor ran at `monoNs`. */
  exeHint(pid: number, path: string, monoNs: number): void {
    pushHint(this.#exeHints, pid, { monoNs, path });
  }

  /** The program walked for the exec of `pid` at `monoNs`; it and the older ones are dropped. */
  #takeExeHint(pid: number, monoNs: number): string | undefined {
    return takeNear(this.#exeHints, pid, monoNs)?.path;
  }

  /** Credentials eBPF read at sched_process_exec, by pid, in time order (as #exeHints). */
  readonly #credHints = new Map<number, Array<{ monoNs: number; cred: ExecCredentials }>>();

  /** Records the credentials of `pid` as its exec at `monoNs` left them. */
  credHint(pid: number, c: ProcessIds & Capabilities, monoNs: number): void {
    pushHint(this.#credHints, pid, {
      monoNs,
      cred: {
        uid: c.uid,
        euid: c.euid,
        suid: c.suid,
        gid: c.gid,
        egid: c.egid,
        sgid: c.sgid,
        caps: { effective: c.effective, permitted: c.permitted },
      },
    });
  }

  /**
   * Successful chdir(2)s seen by eBPF and not yet handled, by pid, in time order. The ebpf
   * collector holds its records until the tracefs collector has handled the forks and execs
   * before them, so a fork just after a chdir is handled first: the child must still inherit the
   * directory its parent changed to (`cd /etc && cat shadow` opens /etc/shadow, not the old
   * cwd's shadow).
   */
  readonly #chdirHints = new Map<number, Array<{ monoNs: number; path: string }>>();

  /** Records a chdir of `pid` at `monoNs` as soon as eBPF reports it (before onChdir). */
  chdirHint(pid: number, path: string, monoNs: number): void {
    pushHint(this.#chdirHints, pid, { monoNs, path });
  }

  /** The cwd a child forked by `parent` at `monoNs` starts in: with its pending chdirs before then. */
  #cwdAtFork(parent: ProcessEntry, parentPid: number, monoNs: number): Partial<ProcessEntry> {
    let cwd = parent.cwd;
    for (const h of this.#chdirHints.get(parentPid) ?? []) {
      if (h.monoNs >= monoNs) break;
      if (h.monoNs > (parent.cwdAtNs ?? -Infinity)) cwd = resolveCwd(cwd, h.path);
    }
    return { cwd, cwdAtNs: monoNs };
  }

  /** A successful chdir(2) at `monoNs`: the cwd that later relative paths of the process resolve against. */
  onChdir(pid: number, path: string, monoNs: number): void {
    const hints = this.#chdirHints.get(pid);
    if (hints) {
      while (hints.length > 0 && (hints[0] as { monoNs: number }).monoNs <= monoNs) hints.shift();
      if (hints.length === 0) this.#chdirHints.delete(pid);
    }
    const e = this.#byPid.get(pid) ?? this.refresh(pid);
    // A cwd read from /proc, or inherited at a fork, after the chdir already has it.
    if (!e || monoNs <= (e.cwdAtNs ?? -Infinity)) return;
    e.cwd = resolveCwd(e.cwd, path);
    e.cwdAtNs = monoNs;
    e.described = undefined;
  }

  /** A new task: a thread (`thread`) of the process of task `creatorTid`, or a new process. */
  onNewTask(tid: number, creatorTid: number, thread: boolean): void {
    if (!thread) {
      // A pid once a thread's, reused for a process.
      this.#threadGroups.delete(tid);
      return;
    }
    this.#rememberThread(tid, this.processOf(creatorTid));
  }

  /** Remembers that thread `tid` belongs to process `tgid`, within the map's bound. */
  #rememberThread(tid: number, tgid: number): void {
    if (this.#threadGroups.size >= MAX_THREADS) this.#threadGroups.clear();
    this.#threadGroups.set(tid, tgid);
  }

  /** Whether task `tid` was seen starting as a thread and has not exited since. */
  isThread(tid: number): boolean {
    return this.#threadGroups.has(tid);
  }

  /** A task exited: if it was a thread, it is forgotten. */
  onTaskExit(tid: number): void {
    this.#threadGroups.delete(tid);
  }

  /**
   * The pid of the process that task `tid` belongs to: a known thread's process, `tid` itself
   * when the table has a process of that pid (alive or exited: the exit of a process gone
   * before /proc was read must not cost a failed read), else what /proc says (a thread started
   * before the sensor; remembered), else `tid`.
   */
  processOf(tid: number): number {
    const known = this.#threadGroups.get(tid);
    if (known !== undefined) return known;
    if (this.#byPid.has(tid)) return tid;
    const tgid = readTgid(tid, this.#proc);
    if (tgid === undefined || tgid === tid) return tid;
    this.#rememberThread(tid, tgid);
    return tgid;
  }

  /** How processes ended, as eBPF read it at their exit, by pid, in time order (as #exeHints). */
  readonly #exitHints = new Map<number, Array<{ monoNs: number; status: number }>>();

  /** Records how process `pid` ended at `monoNs`: its wait(2) status. */
  exitHint(pid: number, status: number, monoNs: number): void {
    pushHint(this.#exitHints, pid, { monoNs, status });
  }

  /**
   * How process `pid`, whose exit's event is at `monoNs`, ended (its wait(2) status), when eBPF
   * read it; taken, with the older ones.
   */
  takeExitStatus(pid: number, monoNs: number): number | undefined {
    return takeNear(this.#exitHints, pid, monoNs)?.status;
  }

  /** An exit: the process stays known (for late events and for its children), marked exited. */
  onExit(pid: number): ProcessEntry | undefined {
    const e = this.#byPid.get(pid);
    if (e) {
      e.exited = true;
      e.described = undefined;
    }
    return e;
  }

  #unknown(pid: number, monoNs = 0): ProcessEntry {
    return {
      pid,
      ppid: 0,
      processUid: this.processUid(pid, monoNs),
      startTimeNs: monoNs,
      comm: '',
      exe: '',
      argv: [],
      argvTruncated: false,
      cwd: '',
      uid: 0,
      euid: 0,
      gid: 0,
      egid: 0,
      loginuid: 4294967295,
      caps: undefined,
      sid: 0,
      tty: 0,
      cgroup: '',
      container: undefined,
      exited: true,
    };
  }

  /** The name of user `uid` in the host's user database, or ''. */
  userName(uid: number): string {
    if (!this.#users.has(uid)) this.#names();
    return this.#users.get(uid) ?? '';
  }

  /** The name of group `gid` in the host's group database, or ''. */
  groupName(gid: number): string {
    if (!this.#groups.has(gid)) this.#names();
    return this.#groups.get(gid) ?? '';
  }

  /**
   * A process's setuid-family or setgid-family call succeeded: its ids change as the kernel
   * changed them (kernel/sys.c), applied in the order of the events, so each later event shows
   * the ids it was made with. /proc is not read for it: read when the event is handled, tens of
   * milliseconds later, it would show what the process did since (a seteuid(3) there and back is
   * over in microseconds). `ids` are the effective, real and saved ids asked for, each
   * ID_UNCHANGED (-1 in C) to keep it; `call` which of them the call takes. A process gone from
   * the table is left unknown.
   */
  idsChanged(pid: number, call: SetidCall, ids: { e: number; r: number; s: number }): void {
    const old = this.#byPid.get(pid);
    if (old === undefined) return;
    const user = call === 'setuid' || call === 'setreuid' || call === 'setresuid';
    const prev = user
      ? { r: old.uid, e: old.euid, s: old.suid }
      : { r: old.gid, e: old.egid, s: old.sgid };
    const next = nextIds(call, prev, ids, old.caps, old.euid);
    const entry: ProcessEntry = user
      ? { ...old, uid: next.r, euid: next.e, ...idOrNone('suid', next.s) }
      : { ...old, gid: next.r, egid: next.e, ...idOrNone('sgid', next.s) };
    if (user && old.caps) entry.caps = capsAfterSetuid(old.caps, prev, next);
    this.#put({ ...entry, described: undefined });
  }

  #names(): void {
    const now = Date.now();
    if (now - this.#namesReadAt < 10_000) return;
    this.#namesReadAt = now;
    this.#users = readIdNames('/etc/passwd');
    this.#groups = readIdNames('/etc/group');
  }

  /**
   * The sha256 of the process's executable, or '' until it is hashed. The cache key is read from
   * /proc only when a process first has an event, not for every process of the /proc scan.
   */
  #exeSha256(entry: ProcessEntry): string {
    if (entry.exeKey === undefined && !entry.exited) entry.exeKey = this.#hasher.key(entry.pid);
    return entry.exeKey ? this.#hasher.lookup(entry.exeKey, entry.pid, entry.exe) : '';
  }

  /** The event form of a process, with user and group names and ancestors. */
  describe(
    entry: ProcessEntry,
    tid = entry.pid,
    maxAncestors = DEFAULT_MAX_ANCESTORS,
  ): vigil.v1.IProcess {
    // Most events come from processes that already had one (a process opens many files): the
    // description is built once per change and shared; only tid differs between threads.
    let cached = entry.described;
    // The hash may have come in since the description was built.
    if (cached && !cached.exeSha256 && entry.exeKey && this.#hasher.get(entry.exeKey))
      cached = undefined;
    if (cached) return cached.tid === tid ? cached : { ...cached, tid };
    const described = this.#build(entry, tid, maxAncestors);
    entry.described = described;
    return described;
  }

  #build(entry: ProcessEntry, tid: number, maxAncestors: number): vigil.v1.IProcess {
    if (!this.#users.has(entry.uid) || !this.#groups.has(entry.gid)) this.#names();
    const ancestors = this.#ancestorsOf(entry, maxAncestors);
    return {
      pid: entry.pid,
      tid,
      ppid: entry.ppid,
      processUid: entry.processUid,
      exe: entry.exe,
      comm: entry.comm,
      argv: entry.argv,
      argvTruncated: entry.argvTruncated,
      cwd: entry.cwd,
      uid: entry.uid,
      gid: entry.gid,
      euid: entry.euid,
      egid: entry.egid,
      loginuid: entry.loginuid,
      user: this.#users.get(entry.uid) ?? '',
      group: this.#groups.get(entry.gid) ?? '',
      tty: entry.tty,
      sid: entry.sid,
      startTimeNs: entry.startTimeNs,
      // Hashed when a process first has an event (not for every process of the /proc scan).
      exeSha256: this.#exeSha256(entry),
      ancestors,
      exited: entry.exited,
      ...(entry.caps ? { caps: entry.caps } : {}),
    };
  }

  /**
   * The ancestors of `entry`, nearest first: its parent's chain, shared with its siblings, while
   * no process of it has changed since it was built.
   */
  #ancestorsOf(entry: ProcessEntry, maxAncestors: number): vigil.v1.IAncestor[] {
    const own = () => this.#walk(entry.ppid, new Set([entry.pid]), maxAncestors).ancestors;
    // A parent left stale by a shed fork or exec is read again first: its own events will carry
    // what /proc says (its start time, so its process uid), and its children must name it so.
    const parent = this.current(entry.ppid);
    if (parent === undefined || maxAncestors !== DEFAULT_MAX_ANCESTORS) return own();
    let chain = this.#chains.get(parent);
    if (chain === undefined || !this.#holds(chain)) {
      chain = this.#walk(entry.ppid, new Set(), maxAncestors);
      this.#chains.set(parent, chain);
    }
    // A reused pid can make a process appear among its own ancestors: the walk stops before it.
    return chain.from.some((a) => a.pid === entry.pid) ? own() : chain.ancestors;
  }

  /** Walks up from `ppid`: at most `max` ancestors, none twice, none of `seen`. */
  #walk(ppid: number, seen: Set<number>, max: number): AncestorChain {
    const ancestors: vigil.v1.IAncestor[] = [];
    const from: ProcessEntry[] = [];
    let missing = 0;
    while (ppid > 0 && ancestors.length < max && !seen.has(ppid)) {
      seen.add(ppid);
      const a = this.current(ppid) ?? this.refresh(ppid);
      if (!a) {
        missing = ppid;
        break;
      }
      const cut = capArgv(a.argv, ancestors.length === 0 ? PARENT_ARGV_BYTES : ANCESTOR_ARGV_BYTES);
      ancestors.push({
        pid: a.pid,
        processUid: a.processUid,
        exe: a.exe,
        comm: a.comm,
        argv: cut.argv,
        argvTruncated: cut.truncated || a.argvTruncated,
      });
      from.push(a);
      ppid = a.ppid;
    }
    return { ancestors, from, missing };
  }

  /** Whether a chain still says what a new walk would: the same entries, none found since. */
  #holds(chain: AncestorChain): boolean {
    if (chain.missing > 0 && this.#byPid.has(chain.missing)) return false;
    return chain.from.every((e) => this.#byPid.get(e.pid) === e);
  }
}

/** A process's real, effective and saved user and group ids. */
export interface ProcessIds {
  uid: number;
  euid: number;
  suid: number;
  gid: number;
  egid: number;
  sgid: number;
}

/** A process's ids and capability sets, as the kernel held them at its exec. */
export interface ExecCredentials extends ProcessIds {
  caps: Capabilities;
}

/** An id a setuid-family call leaves as it was: -1 in C. */
export const ID_UNCHANGED = 4294967295;

/** The calls of the setuid and setgid families. */
export type SetidCall = 'setuid' | 'setreuid' | 'setresuid' | 'setgid' | 'setregid' | 'setresgid';

interface IdTriple {
  r: number;
  e: number;
  s: number | undefined;
}

/** CAP_SETGID and CAP_SETUID (include/uapi/linux/capability.h). */
const CAP_SETGID = 6;
const CAP_SETUID = 7;

/** `{ [key]: id }`, or nothing when the id is unknown. */
function idOrNone<K extends string>(key: K, id: number | undefined): Partial<Record<K, number>> {
  return id === undefined ? {} : ({ [key]: id } as Record<K, number>);
}

/**
 * The real, effective and saved ids after a successful call, as kernel/sys.c sets them. setuid
 * and setgid set all three when the caller holds CAP_SETUID (CAP_SETGID), else the effective one
 * alone; with its capabilities unknown, a caller whose effective uid is root is taken to hold
 * them. setreuid sets the saved id to the new effective one when it sets the real one, or an
 * effective one other than the old real one.
 */
function nextIds(
  call: SetidCall,
  prev: IdTriple,
  asked: { e: number; r: number; s: number },
  caps: Capabilities | undefined,
  euid: number,
): IdTriple {
  const keep = (id: number, old: number) => (id === ID_UNCHANGED ? old : id);
  switch (call) {
    case 'setuid':
    case 'setgid': {
      const cap = call === 'setuid' ? CAP_SETUID : CAP_SETGID;
      const privileged =
        caps === undefined ? euid === 0 : Math.floor(caps.effective / 2 ** cap) % 2 === 1;
      return privileged ? { r: asked.e, e: asked.e, s: asked.e } : { ...prev, e: asked.e };
    }
    case 'setreuid':
    case 'setregid': {
      const r = keep(asked.r, prev.r);
      const e = keep(asked.e, prev.e);
      const savedToo = asked.r !== ID_UNCHANGED || (asked.e !== ID_UNCHANGED && asked.e !== prev.r);
      return { r, e, s: savedToo ? e : prev.s };
    }
    default:
      return {
        r: keep(asked.r, prev.r),
        e: keep(asked.e, prev.e),
        s: asked.s === ID_UNCHANGED ? prev.s : asked.s,
      };
  }
}

/**
 * Capability sets after the user ids change, as cap_emulate_setxuid (security/commoncap.c) makes
 * them: root in none of the three ids any more, where it was in one, clears permitted and
 * effective; the effective uid leaving root clears effective; coming back to root restores it
 * from permitted. PR_SET_KEEPCAPS and SECBIT_NO_SETUID_FIXUP, which keep them, are not seen:
 * with those a process's sets show as cleared until its next exec. Unknown with a saved uid
 * unknown, where the first rule cannot be decided.
 */
function capsAfterSetuid(
  caps: Capabilities,
  prev: IdTriple,
  next: IdTriple,
): Capabilities | undefined {
  if (prev.s === undefined || next.s === undefined) return undefined;
  const wasRoot = prev.r === 0 || prev.e === 0 || prev.s === 0;
  const noneRoot = next.r !== 0 && next.e !== 0 && next.s !== 0;
  if (wasRoot && noneRoot) return { effective: 0, permitted: 0 };
  if (prev.e === 0 && next.e !== 0) return { ...caps, effective: 0 };
  if (prev.e !== 0 && next.e === 0) return { ...caps, effective: caps.permitted };
  return caps;
}
