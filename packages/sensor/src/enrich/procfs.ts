import { readFileSync, readdirSync, readlinkSync } from 'node:fs';

/** What /proc tells about one process (proc(5)). */
export interface ProcSnapshot {
  pid: number;
  ppid: number;
  comm: string;
  /** Process state letter (R, S, Z, ...). */
  state: string;
  /** Session id. */
  sid: number;
  /** Controlling terminal device number; 0 when none. */
  tty: number;
  /** Start time in clock ticks since boot (field 22 of /proc/<pid>/stat). */
  startTicks: number;
  /**
   * True when the process was exiting while it was read, and what its memory or filesystem
   * context gave (argv, exe, cwd) is missing: those are not its image's.
   */
  exiting: boolean;
  argv: string[];
  exe: string;
  cwd: string;
  uid: number;
  euid: number;
  gid: number;
  egid: number;
  /** Saved set-user-ID and set-group-ID, where known (the kernel's rules for setuid need them). */
  suid?: number;
  sgid?: number;
  loginuid: number;
  /** Capability sets of its main thread (CapEff, CapPrm in /proc/<pid>/status); undefined if not shown. */
  caps: Capabilities | undefined;
  /** First cgroup path listed in /proc/<pid>/cgroup (v2 line preferred). */
  cgroup: string;
}

/** Capability sets as bit masks (capability(7)): bit n is capability n. */
export interface Capabilities {
  effective: number;
  permitted: number;
}

/**
 * The capability sets /proc/<pid>/status gives (`CapEff:\t000001ffffffffff`, proc(5)), or
 * undefined when it gives none. Masks fit a double: the kernel has 41 capabilities (CAP_LAST_CAP
 * 40), far from 2^53.
 */
export function parseCaps(status: string): Capabilities | undefined {
  const mask = (key: string): number | undefined => {
    const m = new RegExp(`^${key}:\\s*([0-9a-fA-F]{1,16})$`, 'm').exec(status);
    return m ? Number.parseInt(m[1] as string, 16) : undefined;
  };
  const effective = mask('CapEff');
  const permitted = mask('CapPrm');
  return effective === undefined || permitted === undefined ? undefined : { effective, permitted };
}

/** Clock ticks per second (sysconf(_SC_CLK_TCK)); 100 on Linux x86-64 and arm64. */
export const CLK_TCK = 100;

/**
 * PF_EXITING (include/linux/sched.h), in /proc/<pid>/stat's flags: set by exit_signals() at the
 * start of do_exit, before exit_mm() and exit_fs() release the memory (cmdline, exe) and the
 * cwd that /proc reads (kernel/exit.c).
 */
export const PF_EXITING = 0x4;

/** Parses /proc/<pid>/stat; the comm field may hold spaces and parentheses. */
export function parseStat(text: string): {
  pid: number;
  comm: string;
  state: string;
  ppid: number;
  sid: number;
  tty: number;
  /** The task's PF_* flags (field 9). */
  flags: number;
  startTicks: number;
} {
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  const rest = text.slice(close + 2).split(' ');
  // rest[0] is field 3 (state); field N is rest[N - 3].
  return {
    pid: Number(text.slice(0, open).trim()),
    comm: text.slice(open + 1, close),
    state: rest[0] ?? '?',
    ppid: Number(rest[1]),
    sid: Number(rest[3]),
    tty: Number(rest[4]),
    flags: Number(rest[6]),
    startTicks: Number(rest[19]),
  };
}

/**
 * CPU seconds a process has used, user and system, all threads (fields 14 and 15 of
 * /proc/<pid>/stat, proc(5)); 0 when it is gone. For measuring helpers and benchmarks.
 */
export function processCpuSeconds(pid: number, proc = '/proc'): number {
  try {
    const stat = readFileSync(`${proc}/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / CLK_TCK;
  } catch {
    return 0;
  }
}

/**
 * Nanoseconds a process's threads have run (first field of /proc/<pid>/task/<tid>/schedstat,
 * summed), finer than the clock ticks of /proc/<pid>/stat; 0 when it is gone. Threads that have
 * exited are not counted.
 */
export function processRunNs(pid: number, proc = '/proc'): number {
  let total = 0;
  for (const text of perThread(pid, 'schedstat', proc)) total += Number(text.split(' ', 1)[0]);
  return total;
}

/** Pids of the children of a process, from /proc/<pid>/task/<tid>/children (proc(5)). */
export function childPids(pid: number, proc = '/proc'): number[] {
  const out: number[] = [];
  for (const text of perThread(pid, 'children', proc)) {
    const list = text.trim();
    if (list) out.push(...list.split(/\s+/).map(Number));
  }
  return out;
}

/** The text of /proc/<pid>/task/<tid>/<file> of each thread still there; [] when it is gone. */
function perThread(pid: number, file: string, proc: string): string[] {
  let tids: string[];
  try {
    tids = readdirSync(`${proc}/${pid}/task`);
  } catch {
    return [];
  }
  return tids.map((tid) => readOr(`${proc}/${pid}/task/${tid}/${file}`, '')).filter(Boolean);
}

/**
 * `read()`, or `fallback` when it throws, without the stack trace of the error: for a call whose
 * failure is expected and dropped. A read of a process that has already exited fails, and under an
 * exec storm most do (the bench's workload fails three a process); capturing the stack made a
 * failed read of /proc cost 8 µs instead of 5 (a loop of 20,000 reads, this project's VM).
 */
export function orElse<T, F>(read: () => T, fallback: F): T | F {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return read();
  } catch {
    return fallback;
  } finally {
    Error.stackTraceLimit = limit;
  }
}

function readOr(path: string, fallback: string): string {
  return orElse(() => readFileSync(path, 'utf8'), fallback);
}

function linkOr(path: string, fallback: string): string {
  return orElse(() => readlinkSync(path), fallback);
}

/** Reads /proc/<pid>/stat alone; undefined when the process is gone. */
export function readStat(pid: number, proc = '/proc'): ReturnType<typeof parseStat> | undefined {
  return orElse(() => parseStat(readFileSync(`${proc}/${pid}/stat`, 'utf8')), undefined);
}

/** The thread group (process) of task `tid`, from /proc/<tid>/status; undefined when it is gone. */
export function readTgid(tid: number, proc = '/proc'): number | undefined {
  const m = /^Tgid:\s*(\d+)/m.exec(readOr(`${proc}/${tid}/status`, ''));
  return m ? Number(m[1]) : undefined;
}

/**
 * Whether process `pid`, read as `first`, is exiting now: read again, its stat is gone, another
 * process's (pid reuse), a zombie's, or flagged PF_EXITING. Asked only when a read came back
 * empty: a kernel thread has no cmdline or exe either, and lives.
 */
function exitingSince(first: ReturnType<typeof parseStat>, pid: number, proc: string): boolean {
  const now = readStat(pid, proc);
  return (
    !now ||
    now.startTicks !== first.startTicks ||
    now.state === 'Z' ||
    now.state === 'X' ||
    (now.flags & PF_EXITING) !== 0
  );
}

/**
 * The executable as /proc/<pid>/exe names it, without " (deleted)"; a memfd's
 * (`/memfd:<name> (deleted)`) as Falco's proc.exepath names it, `memfd:<name>`, as the eBPF
 * collector's walk does (ebpf-program.ts, PSEUDO_FILE).
 */
export function exePath(link: string): string {
  const exe = link.replace(/ \(deleted\)$/, '');
  return exe !== link && exe.startsWith('/memfd:') ? exe.slice(1) : exe;
}

/** Reads what /proc knows of `pid`; undefined when the process is gone. */
export function readProc(pid: number, proc = '/proc'): ProcSnapshot | undefined {
  const stat = readStat(pid, proc);
  if (stat === undefined) return undefined;
  const status = readOr(`${proc}/${pid}/status`, '');
  // "Uid:\treal\teffective\tsaved\tfs" (proc(5)).
  const ids = (key: string): Array<number | undefined> =>
    (new RegExp(`^${key}:\\s*(\\d+)\\s+(\\d+)(?:\\s+(\\d+))?`, 'm').exec(status) ?? [])
      .slice(1)
      .map((v) => (v === undefined ? undefined : Number(v)));
  const [uid = 0, euid = 0, suid] = ids('Uid');
  const [gid = 0, egid = 0, sgid] = ids('Gid');
  const cmdline = readOr(`${proc}/${pid}/cmdline`, '');
  const argv = cmdline.length ? cmdline.replace(/\0$/, '').split('\0') : [];
  const cgroupText = readOr(`${proc}/${pid}/cgroup`, '');
  const lines = cgroupText.split('\n').filter(Boolean);
  const v2 = lines.find((l) => l.startsWith('0::'));
  // On a v1/hybrid host the named or cpu hierarchy carries the container's path as well.
  const any =
    v2 && v2.slice(3) !== '/'
      ? v2
      : (lines.find((l) => /:(cpu|cpuacct|memory|pids|name=systemd)[,:]/.test(l)) ?? v2 ?? '');
  const exe = exePath(linkOr(`${proc}/${pid}/exe`, ''));
  const cwd = linkOr(`${proc}/${pid}/cwd`, '');
  return {
    pid: stat.pid,
    ppid: stat.ppid,
    comm: stat.comm,
    state: stat.state,
    sid: stat.sid,
    tty: stat.tty,
    startTicks: stat.startTicks,
    exiting: (argv.length === 0 || !exe || !cwd) && exitingSince(stat, pid, proc),
    argv,
    exe,
    cwd,
    uid,
    euid,
    gid,
    egid,
    ...(suid !== undefined ? { suid } : {}),
    ...(sgid !== undefined ? { sgid } : {}),
    loginuid: Number(readOr(`${proc}/${pid}/loginuid`, '4294967295').trim()),
    caps: parseCaps(status),
    cgroup: any.slice(any.indexOf(':', any.indexOf(':') + 1) + 1),
  };
}

/** Reads a passwd- or group-style file into a map of id to name. */
export function readIdNames(file: string): Map<number, string> {
  const out = new Map<number, string>();
  for (const line of readOr(file, '').split('\n')) {
    const parts = line.split(':');
    if (parts.length >= 3 && parts[0]) out.set(Number(parts[2]), parts[0]);
  }
  return out;
}
