// The bpftrace program of the ebpf collector and the decoder of its output.
//
// Why maps and not printf: bpftrace's printf sends each record through a perf buffer that wakes
// bpftrace up once per record, and on a small machine that wake-up lands on the traced process's
// CPU. Measured on the bench workload (a shell loop of execs and opens, 2 vCPU): printf of every
// open slowed it by ~45 %, the same records written into a map by ~0 %. So records go into
// hash maps, and a 25 ms interval probe prints and clears them: one wake-up per 25 ms instead of
// one per record.
//
// The maps come in two generations. The interval probe flips `@g` and then prints and clears the
// generation just closed (bpftrace runs print and clear later, in user space, in order). It flips
// only after the sensor has acknowledged the previous frame, which it does when it has read the
// frame's end marker, printed after the clears: so no record is ever written into a map while it
// is printed or cleared, however late bpftrace or the sensor run. Each generation also counts the
// records written per map: a record that did not make it into a map (the map was full) shows up
// as the difference between what was counted and what was printed, and is reported lost.

import type { ProcessIds } from '../enrich/process-table.js';
import type { CredOffsets } from './btf.js';

/**
 * Longest string bpftrace 0.17 copies out of the kernel (BPFTRACE_STRLEN, at most 200): a path
 * that fills it was cut, and the event says so.
 */
export const BPF_STRLEN = 200;

/** Whether the program's copy of a path or name filled BPF_STRLEN: it was then cut short. */
export function pathWasCut(path: string): boolean {
  return Buffer.byteLength(path) >= BPF_STRLEN - 1;
}
/** Arguments of an execve copied (a longer argv is flagged truncated). */
export const BPF_MAX_ARGS = 16;
/** Entries each map holds (BPFTRACE_MAP_KEYS_MAX): 65,536 records per 25 ms is 2.6 M/s. */
export const BPF_MAP_KEYS_MAX = 65_536;
/** How often the maps are printed. */
export const DUMP_INTERVAL_MS = 25;
/**
 * The control channel: the sensor calls getpriority(PRIO_PROCESS, CONTROL_WHO + n), which fails
 * (no process has such a pid: PID_MAX_LIMIT is 4,194,304) but is seen by the program's
 * getpriority probe. n = 0 acknowledges a frame; n = 2 + level sets the shedding level applied in
 * the kernel (level -1 to 5).
 */
export const CONTROL_WHO = 0x7ff00000;
/** AF_PACKET and SOCK_RAW (include/linux/socket.h, linux/net.h): the sockets NetSocket reports. */
const AF_PACKET = 17;
/** bpf(2)'s command that loads a program (include/uapi/linux/bpf.h). */
const BPF_PROG_LOAD = 5;
const SOCK_RAW = 3;
/** AT_FDCWD (include/uapi/linux/fcntl.h): a relative path is relative to the cwd. */
export const AT_FDCWD = -100;

/** Codes of the per-generation write counters (`@xw<g>_<code>`), one per record map. */
const W = { open: 1, fileOp: 2, newPath: 3, udp: 4, argv: 5, chdir: 6, dup: 7 } as const;
/**
 * Counters of events shed in the kernel, one scalar count() map each (`@s<code>`): 1 an open
 * shed, 2 an open whose arguments could not be read (below), 10 + file op code (under 40),
 * 50 + UDP op code, and 60 a socket made a standard stream (dupProbes), shed. They are cumulative, never cleared: every frame prints them and the decoder takes
 * the difference. A scalar count() is a one-entry per-CPU array in bpftrace 0.17, so counting
 * takes no lock and no hash, and no read of `@g` either: measured with the kernel's BPF stats
 * (kernel.bpf_stats_enabled, run_time_ns / run_cnt of the openat probe under the bench
 * workload), a shed open cost 390-410 ns with `@xs<g>[1] = count()` in per-generation hash maps
 * (read `@g`, then a keyed count), ~230 ns with one scalar count.
 */
const S_OPEN = 1;
const S_OPEN_UNREAD = 2;
const S_FILE_OP = 10;
const S_UDP = 50;
const S_DUP = 60;

/** The counter of shed events with code `code`, incremented. */
function shedCount(code: number): string {
  return `@s${code} = count();`;
}

/** File operations, by the code the program gives them. */
export const FILE_OPS = {
  1: 'unlink',
  2: 'unlinkat',
  3: 'rmdir',
  4: 'rename',
  5: 'renameat',
  6: 'chmod',
  7: 'fchmodat',
  8: 'chown',
  9: 'fchownat',
  10: 'fchmod',
  11: 'fchown',
  12: 'symlink',
  13: 'symlinkat',
  14: 'link',
  15: 'linkat',
  16: 'ptrace',
  17: 'socket',
  18: 'setuid',
  19: 'setns',
  20: 'unshare',
  21: 'bpf',
  22: 'mkdir',
  23: 'mkdirat',
  24: 'setreuid',
  25: 'setresuid',
  26: 'setgid',
  27: 'setregid',
  28: 'setresgid',
} as const;
export type FileOp = (typeof FILE_OPS)[keyof typeof FILE_OPS];
export type FileOpKind =
  | 'fileUnlink'
  | 'fileRename'
  | 'fileChmod'
  | 'fileChown'
  | 'fileLink'
  | 'processPtrace'
  | 'netSocket'
  | 'processSetuid'
  | 'namespaceChange'
  | 'bpfProgramLoad'
  | 'fileMkdir'
  | 'processSetgid';

/** Event kind of each file-operation code (index = code). */
export const FILE_OP_KINDS = [
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
  'fileChmod',
  'fileChown',
  'fileLink',
  'fileLink',
  'fileLink',
  'fileLink',
  'processPtrace',
  'netSocket',
  'processSetuid',
  'namespaceChange',
  'namespaceChange',
  'bpfProgramLoad',
  'fileMkdir',
  'fileMkdir',
  'processSetuid',
  'processSetuid',
  'processSetgid',
  'processSetgid',
  'processSetgid',
] as const;

// Entry probes of the file operations: the op code, what each saves until the exit, its
// directory descriptors (walked at the entry, `dirWalk`: 0 the path's, 1 a rename's new path's),
// and, for calls that are not file operations but share their probes, when the call is recorded
// at all and from which shedding level on it is shed (a process event's: 2, as argv).
// fchmod and fchown have no path (@p1 stays unset: the exit's str() of 0 is empty): the walk of
// their descriptor is the file's path, as for fchownat's AT_EMPTY_PATH. The links save their
// target (or existing file) as the path and their new name as a rename's new path.
/**
 * ptrace(2) requests recorded: those that start tracing or write to the tracee
 * (include/uapi/linux/ptrace.h; SETREGS 13 and SETFPREGS 15 are x86's). Reading and resuming
 * requests are not: a debugger or strace makes them by the thousand.
 */
export const PTRACE_REQUESTS = {
  PTRACE_TRACEME: 0,
  PTRACE_POKETEXT: 4,
  PTRACE_POKEDATA: 5,
  PTRACE_POKEUSR: 6,
  PTRACE_SETREGS: 13,
  PTRACE_SETFPREGS: 15,
  PTRACE_ATTACH: 16,
  PTRACE_SETREGSET: 0x4205,
  PTRACE_SEIZE: 0x4206,
} as const;

interface CallOptions {
  /** A condition on the entry's arguments: only such calls are recorded (or counted as shed). */
  when?: string;
  /** The `@shed` level from which the call is shed (file operations: 0). */
  shedAt?: number;
}

const FILE_OP_ENTRIES: ReadonlyArray<
  [string[], number, string, Array<string | undefined>?, CallOptions?]
> = [
  [['unlink'], 1, '@p1[tid] = args->pathname; @fd[tid] = -100; @a1[tid] = 0; @a2[tid] = 0;'],
  [
    ['unlinkat'],
    2,
    '@p1[tid] = args->pathname; @fd[tid] = args->dfd; @a1[tid] = args->flag; @a2[tid] = 0;',
    ['args->dfd'],
  ],
  [['rmdir'], 3, '@p1[tid] = args->pathname; @fd[tid] = -100; @a1[tid] = 0; @a2[tid] = 0;'],
  [
    ['rename'],
    4,
    '@p1[tid] = args->oldname; @p2[tid] = args->newname; @fd[tid] = -100; @a1[tid] = 0; @a2[tid] = 0;',
  ],
  [
    ['renameat', 'renameat2'],
    5,
    '@p1[tid] = args->oldname; @p2[tid] = args->newname; @fd[tid] = args->olddfd; @a1[tid] = args->newdfd; @a2[tid] = 0;',
    ['args->olddfd', 'args->newdfd'],
  ],
  [
    ['chmod'],
    6,
    '@p1[tid] = args->filename; @fd[tid] = -100; @a1[tid] = args->mode; @a2[tid] = 0;',
  ],
  [
    ['fchmodat'],
    7,
    '@p1[tid] = args->filename; @fd[tid] = args->dfd; @a1[tid] = args->mode; @a2[tid] = 0;',
    ['args->dfd'],
  ],
  [
    ['chown', 'lchown'],
    8,
    '@p1[tid] = args->filename; @fd[tid] = -100; @a1[tid] = args->user; @a2[tid] = args->group;',
  ],
  [
    ['fchownat'],
    9,
    '@p1[tid] = args->filename; @fd[tid] = args->dfd; @a1[tid] = args->user; @a2[tid] = args->group;',
    ['args->dfd'],
  ],
  [['fchmod'], 10, '@fd[tid] = args->fd; @a1[tid] = args->mode; @a2[tid] = 0;', ['args->fd']],
  [
    ['fchown'],
    11,
    '@fd[tid] = args->fd; @a1[tid] = args->user; @a2[tid] = args->group;',
    ['args->fd'],
  ],
  [
    ['symlink'],
    12,
    '@p1[tid] = args->oldname; @p2[tid] = args->newname; @fd[tid] = -100; @a1[tid] = 0; @a2[tid] = 0;',
  ],
  [
    ['symlinkat'],
    13,
    '@p1[tid] = args->oldname; @p2[tid] = args->newname; @fd[tid] = -100; @a1[tid] = args->newdfd; @a2[tid] = 0;',
    [undefined, 'args->newdfd'],
  ],
  [
    ['link'],
    14,
    '@p1[tid] = args->oldname; @p2[tid] = args->newname; @fd[tid] = -100; @a1[tid] = 0; @a2[tid] = 0;',
  ],
  [
    ['linkat'],
    15,
    '@p1[tid] = args->oldname; @p2[tid] = args->newname; @fd[tid] = args->olddfd; @a1[tid] = args->newdfd; @a2[tid] = args->flags;',
    ['args->olddfd', 'args->newdfd'],
  ],
  [
    ['ptrace'],
    16,
    '@fd[tid] = -100; @a1[tid] = args->request; @a2[tid] = args->pid;',
    [],
    {
      when: Object.values(PTRACE_REQUESTS)
        .map((r) => `args->request == ${r}`)
        .join(' || '),
      shedAt: 2,
    },
  ],
  // A packet or raw socket (NetSocket); its protocol rides in @fd, which no walk reads here.
  [
    ['socket'],
    17,
    '@fd[tid] = args->protocol; @a1[tid] = args->family; @a2[tid] = args->type & 0xf;',
    [],
    { when: `args->family == ${AF_PACKET} || (args->type & 0xf) == ${SOCK_RAW}`, shedAt: 1 },
  ],
  // The ids a setuid-family call asks for: the effective one in @a1 (setuid's and setgid's only
  // one), the real one in @fd, the saved one in @a2 (no walk reads @fd here).
  [['setuid'], 18, '@fd[tid] = -100; @a1[tid] = args->uid; @a2[tid] = 0;', [], { shedAt: 2 }],
  [
    ['setreuid'],
    24,
    '@fd[tid] = args->ruid; @a1[tid] = args->euid; @a2[tid] = 0;',
    [],
    { shedAt: 2 },
  ],
  [
    ['setresuid'],
    25,
    '@fd[tid] = args->ruid; @a1[tid] = args->euid; @a2[tid] = args->suid;',
    [],
    { shedAt: 2 },
  ],
  [['setgid'], 26, '@fd[tid] = -100; @a1[tid] = args->gid; @a2[tid] = 0;', [], { shedAt: 2 }],
  [
    ['setregid'],
    27,
    '@fd[tid] = args->rgid; @a1[tid] = args->egid; @a2[tid] = 0;',
    [],
    { shedAt: 2 },
  ],
  [
    ['setresgid'],
    28,
    '@fd[tid] = args->rgid; @a1[tid] = args->egid; @a2[tid] = args->sgid;',
    [],
    { shedAt: 2 },
  ],
  // The namespace's descriptor rides in @fd: no walk of it (an nsfs file has no path).
  [['setns'], 19, '@fd[tid] = args->fd; @a1[tid] = args->flags; @a2[tid] = 0;', [], { shedAt: 2 }],
  [
    ['unshare'],
    20,
    '@fd[tid] = -100; @a1[tid] = args->unshare_flags; @a2[tid] = 0;',
    [],
    { shedAt: 2 },
  ],
  // BPF_PROG_LOAD only: bpftrace, the sensor's own helper, makes thousands of map calls a second.
  // The program's type and name are read from the caller's `union bpf_attr` (prog_name at
  // offset 48 of its BPF_PROG_LOAD member, include/uapi/linux/bpf.h); the name is the path's slot.
  [
    ['bpf'],
    21,
    '@p1[tid] = (int8 *)((uint64)args->uattr + 48); @fd[tid] = -100; @a1[tid] = uptr((union bpf_attr *)args->uattr)->prog_type; @a2[tid] = args->cmd;',
    [],
    { when: `args->cmd == ${BPF_PROG_LOAD}`, shedAt: 2 },
  ],
  [
    ['mkdir'],
    22,
    '@p1[tid] = args->pathname; @fd[tid] = -100; @a1[tid] = args->mode; @a2[tid] = 0;',
  ],
  [
    ['mkdirat'],
    23,
    '@p1[tid] = args->pathname; @fd[tid] = args->dfd; @a1[tid] = args->mode; @a2[tid] = 0;',
    ['args->dfd'],
  ],
];

/** File operations with a second path, saved in @p2 and written to @xn: renames and links. */
const TWO_PATH_OPS = FILE_OP_ENTRIES.filter(([, , save]) => save.includes('@p2[tid]')).map(
  ([, op]) => op,
);

/**
 * The calls of FILE_OP_ENTRIES recorded on x86_64 by one probe at their exit, which reads their
 * arguments from the saved user registers as the opens' probes do (`openProbes`), by number
 * (arch/x86/entry/syscalls/syscall_64.tbl): rare calls, with no path and no condition on their
 * arguments. Each tracepoint costs ~72 ms of the sensor's start and as much of its stop (the
 * kernel waits for a grace period as each perf event goes: bench/RESULTS.md, eighteenth
 * session), so one probe a call instead of two saves ~0.6 s of each. The values go where their
 * entry probe puts them: the descriptor's slot, @a1, @a2; each 32-bit argument is cut to its
 * width, as the kernel does (the register's upper half is not the caller's).
 */
const EXIT_ONLY_X64: Readonly<Record<string, { nr: number; fd: string; a1: string; a2: string }>> =
  {
    setuid: { nr: 105, fd: `${AT_FDCWD}`, a1: 'di', a2: '' },
    setgid: { nr: 106, fd: `${AT_FDCWD}`, a1: 'di', a2: '' },
    setreuid: { nr: 113, fd: 'di', a1: 'si', a2: '' },
    setregid: { nr: 114, fd: 'di', a1: 'si', a2: '' },
    setresuid: { nr: 117, fd: 'di', a1: 'si', a2: 'dx' },
    setresgid: { nr: 119, fd: 'di', a1: 'si', a2: 'dx' },
    setns: { nr: 308, fd: 'di', a1: 'si', a2: '' },
    unshare: { nr: 272, fd: `${AT_FDCWD}`, a1: 'di', a2: '' },
  };

/** The calls of FILE_OP_ENTRIES recorded at their exit alone on `arch`. */
function exitOnly(arch: string): ReadonlySet<string> {
  return new Set(arch === 'x64' ? Object.keys(EXIT_ONLY_X64) : []);
}

/** The entries that take an entry probe on `arch` (the rest: exitOnlyProbes). */
function fileOpEntries(arch: string): typeof FILE_OP_ENTRIES {
  const only = exitOnly(arch);
  return FILE_OP_ENTRIES.filter(([[sc = '']]) => !only.has(sc));
}

/** The probes of the calls recorded at their exit alone (EXIT_ONLY_X64). */
function exitOnlyProbes(arch: string): string {
  const only = exitOnly(arch);
  const value = (reg: string) =>
    reg === '' ? '0' : /^-?\d+$/.test(reg) ? reg : `(int64)(int32)$r.${reg}`;
  return FILE_OP_ENTRIES.filter(([[sc = '']]) => only.has(sc))
    .map(([[sc = ''], op, , , { shedAt = 0 } = {}]) => {
      const c = EXIT_ONLY_X64[sc] as { nr: number; fd: string; a1: string; a2: string };
      return `tracepoint:syscalls:sys_exit_${sc} /pid != $1/ {
  if (@shed >= ${shedAt}) { ${shedCount(S_FILE_OP + op)} }
  else {
    ${savedRegs(c.nr)}
    if ($r.orig_ax == ${c.nr}) {
      ${byGeneration((g) => `@xf${g}[nsecs, tid] = (${op}, pid, ${value(c.fd)}, ${value(c.a1)}, ${value(c.a2)}, args->ret, str(0)); ${recorded(g, W.fileOp)}`)}
    } else { ${shedCount(S_FILE_OP + op)} }
  }
}`;
    })
    .join('\n');
}

/**
 * Maps of one generation that hold records: opens, file ops, rename new paths, UDP, argv, argv cut,
 * chdir, the directories of paths relative to a descriptor (their names, and how each walk
 * ended), capability sets at exec, how processes ended, and sockets made standard streams.
 */
const RECORD_MAPS = [
  'xo',
  'xf',
  'xn',
  'xu',
  'xa',
  'xt',
  'xd',
  'xp',
  'xq',
  'xc',
  'xx',
  'xk',
] as const;

/**
 * Steps of the walk from a directory descriptor's dentry up to the root: one a name, or one a
 * crossing from a mount's root to where it is mounted. A directory deeper than that is left to
 * /proc (its walk ends incomplete).
 */
export const DIR_WALK_STEPS = 24;
/**
 * Where `struct vfsmount mnt` lies in `struct mount` on 64-bit kernels (after an hlist_node and two
 * pointers, fs/mount.h): the default when the kernel's BTF is not read (`mountMntOffset` in
 * btf.ts reads it).
 */
export const MOUNT_MNT_OFFSET_64 = 32;

/**
 * Code that records, in the maps of generation `$g` under the record's key `$t, tid`, the path
 * of the directory that descriptor `dfd` (an expression) of the current task names: its names
 * from the directory up (`@xp<g>[$t, tid, which, i]`), then how the walk ended
 * (`@xq<g>[$t, tid, which]`: the number of
 * names when it reached the task's root or its mount namespace's, -1 when it did not). The
 * sensor joins them when the path is relative to that descriptor: by the time it reads
 * /proc/<pid>/fd, `rm -r` (fts) has long closed the duplicated descriptor it unlinked through.
 * A tracepoint program cannot call d_path (bpftrace 0.17 has no path() outside kfuncs, and this
 * kernel has no kfuncs), so the dentries are walked by hand as d_path does (prepend_path in
 * fs/d_path.c): at a mount's root, on to its mountpoint in the parent mount (`struct mount`
 * around the descriptor's `struct vfsmount`, at `mntOffset` from BTF); without that offset a
 * walk that reaches a mount's root other than the namespace's ends incomplete. It sets the
 * generation's flag itself, as a file operation's walk is written at the call's entry and its
 * record (keyed by the entry's time) at the exit, maybe in the next generation. Opens walk in their
 * exit probe. Why not all at the exit: the file operations' exit probe, with its record's strings
 * and two walks, went over BPF's 512-byte stack (bpftrace 0.17's codegen; whether it did changed
 * with the type of one variable), the entry probes hold no other string.
 */
function dirWalk(which: 0 | 1, dfd: string, mntOffset: number | null): string {
  // Unsigned, a negative descriptor is out of the table too.
  return `$fd = (uint32)${dfd};
  if ($fd < curtask->files->fdt->max_fds) {
    ${fileWalk(which, '*(curtask->files->fdt->fd + $fd)', mntOffset)}
  }`;
}

/**
 * The walk of `dirWalk` from the `struct file *` that `file` (an expression) gives, when it is not
 * null: a descriptor's file, or (`which` 2) the program an exec runs. That one may be a file of
 * no directory, its dentry its own parent on an internal mount (a memfd, `memfd:<name>`): the
 * walk then ends with its name alone and PSEUDO_FILE, and its path is that name, as Falco's
 * proc.exepath names a memfd (`memfd:runc_cloned:/proc/self/exe` in its rules).
 */
function fileWalk(which: 0 | 1 | 2, file: string, mntOffset: number | null): string {
  const mount = mntOffset === null ? '' : `$mt = (struct mount *)((uint64)$vm - ${mntOffset});`;
  const cross =
    mntOffset === null
      ? '$w = 2;'
      : `if ($mt->mnt_parent == $mt) { $w = 1; }
        else { $d = $mt->mnt_mountpoint; $mt = $mt->mnt_parent; $vm = (struct vfsmount *)((uint64)$mt + ${mntOffset}); }`;
  const name = byGeneration((g) => `@xp${g}[$t, tid, ${which}, $i] = str($d->d_name.name);`, '$g');
  return `$fp = ${file};
    if ($fp != 0) {
      $d = $fp->f_path.dentry; $vm = $fp->f_path.mnt; $i = 0; $w = 0;
      ${mount}
      unroll(${DIR_WALK_STEPS}) {
        if ($w == 0) {
          if ($d == curtask->fs->root.dentry && $vm == curtask->fs->root.mnt) { $w = 1; }
          else {
            if ($d == $vm->mnt_root || $d == $d->d_parent) {
              ${which === 2 ? `if ($d != $vm->mnt_root) { ${name} $i++; $w = 3; } else { ${cross} }` : cross}
            }
            else { ${name} $i++; $d = $d->d_parent; }
          }
        }
      }
      $n = $w == 1 ? $i : ($w == 3 ? ${PSEUDO_FILE} : -1);
      ${byGeneration((g) => `@xq${g}[$t, tid, ${which}] = $n; ${flagged(g)}`, '$g')}
    }`;
}

/** How a walk that met a file of no directory ends (`fileWalk`): its path is its name alone. */
export const PSEUDO_FILE = -2;

/**
 * The maps of generation `g`: its record maps (the capability sets' only `withCaps`, where the
 * program records them) and its counts of records written to each.
 */
function generationMaps(g: 0 | 1, withCaps: boolean): string[] {
  const records = withCaps ? RECORD_MAPS : RECORD_MAPS.filter((m) => m !== 'xc');
  return [...records.map((m) => `@${m}${g}`), ...Object.values(W).map((w) => `@xw${g}_${w}`)];
}
/** Codes of the counters of shed events: opens, unreadable opens, each file op, each UDP op. */
const SHED_CODES = [
  S_OPEN,
  S_OPEN_UNREAD,
  ...FILE_OP_ENTRIES.map(([, op]) => S_FILE_OP + op),
  S_UDP + 1,
  S_UDP + 2,
  S_UDP + 3,
  S_DUP,
];

/**
 * What follows each record written to generation `g`: its count, then the generation's flag `@d`
 * that says some record map of it is not empty (set after the record, so a record is never in a
 * map whose flag the interval probe has already read as clear without being set again).
 */
function recorded(g: 0 | 1, w: number): string {
  return `${written(g, w)} ${flagged(g)}`;
}

/**
 * One more record written to generation `g`'s map `w`: a scalar count() each, a one-entry per-CPU
 * array (no hash, no lock). Measured with the kernel's BPF stats (the openat probe's run_time_ns /
 * run_cnt under the bench workload, nothing shed; bench/sensor/probe-cost.sh): counting into one
 * keyed per-CPU hash per generation cost a kept open ~170 ns more.
 */
function written(g: 0 | 1, w: number): string {
  return `@xw${g}_${w} = count();`;
}

/**
 * Sets generation `g`'s flag unless it is set: writing a hash map's existing key replaces its
 * element with a newly allocated one (htab_map_update_elem, kernel/bpf/hashtab.c), which cost a
 * kept open ~130-400 ns more than the read. Safe against the dump's read-then-clear: a probe that
 * reads the flag as set either runs before the dump clears it (whose print, later in user space,
 * then includes its record) or after someone set it again.
 */
function flagged(g: 0 | 1): string {
  return `if (@d${g} != 1) { @d${g} = 1; }`;
}

/**
 * `f(0)` when generation 0 is open, else `f(1)`; `open` is where the probe reads which: `@g`, or
 * `$g` in a probe that writes several records that belong together (an exec's arguments, a
 * rename's two paths) and reads `@g` once into `$g`, so that a flip between two of its writes
 * cannot split them across generations and frames.
 */
function byGeneration(f: (g: 0 | 1) => string, open: '@g' | '$g' = '@g'): string {
  return `if (${open} == 0) { ${f(0)} } else { ${f(1)} }`;
}

/**
 * The entry probe of a UDP connect (1), bind (2), or sendto or sendmsg with a destination (3),
 * whose address is at `addr` (a user pointer, as the tracepoint gives it). A sendto is
 * recorded only when its destination differs from the last one of its socket, as Falco's
 * `fd.name_changed` (its `outbound` macro): one event per destination, not per datagram. The last
 * destination is kept by the socket's inode number (sockfs numbers each socket anew; a slab
 * address would be reused by the next socket), as its port and address folded into 64 bits.
 * Nothing removes an entry when its socket closes: past BPF_MAP_KEYS_MAX sockets the map is
 * full, and every sendto of a socket not in it is recorded.
 */
function udpEntry(
  syscall: 'connect' | 'bind' | 'sendto' | 'sendmsg',
  op: number,
  addr: string,
): string {
  const record = `if (@shed >= 1) { ${shedCount(S_UDP + op)} }
    else {
      @uop[tid] = ${op}; @ufam[tid] = $sa->sin_family; @uport[tid] = $sa->sin_port;
      if ($sa->sin_family == 2) { @uaddr[tid] = ntop(2, $sa->sin_addr.s_addr); }
      else { @uaddr[tid] = ntop(10, ((struct sockaddr_in6 *)$sa)->sin6_addr.in6_u.u6_addr8); }
    }`;
  const send = syscall === 'sendto' || syscall === 'sendmsg';
  return `tracepoint:syscalls:sys_enter_${syscall} /pid != $1/ {
  $f = *(curtask->files->fdt->fd + args->fd);
  $sock = (struct socket *)$f->private_data;
  $sa = (struct sockaddr_in *)${addr};
  if (${send ? '$sa != 0 && ' : ''}$sock->type == 2 && ($sa->sin_family == 2 || $sa->sin_family == 10)) {
    ${send ? whenDestinationChanged('$f->f_inode->i_ino', record) : record}
  }
}`;
}

/**
 * `then` when the destination at `$sa` differs from the last one of the socket whose inode number
 * is `ino` (an expression), which it then becomes (udpEntry).
 */
function whenDestinationChanged(ino: string, then: string): string {
  return `$sa6 = (struct sockaddr_in6 *)$sa;
    $k = $sa->sin_family == 2
      ? (((uint64)$sa->sin_port << 32) | (uint64)$sa->sin_addr.s_addr)
      : (((uint64)$sa6->sin6_port << 48) ^ ((uint64)$sa6->sin6_addr.in6_u.u6_addr32[0] << 32) ^ (uint64)$sa6->sin6_addr.in6_u.u6_addr32[1] ^ ((uint64)$sa6->sin6_addr.in6_u.u6_addr32[2] << 16) ^ (uint64)$sa6->sin6_addr.in6_u.u6_addr32[3]);
    $ino = ${ino};
    if (@udst[$ino] != $k + 1) { @udst[$ino] = $k + 1; ${then} }`;
}

/**
 * dup(2), dup2(2) and dup3(2) that made an IPv4 or IPv6 socket descriptor 0, 1 or 2 (SocketDup),
 * seen at their exit: the descriptor they returned is then the socket in the caller's table.
 * Every other dup is let go after the result's range and the file's type (a shell's `> file` is
 * dup2 onto 1). The socket's ends are read from its `struct sock` (BTF): local port in host
 * order (skc_num), remote port in network order (skc_dport, swapped by the decoder).
 */
function dupProbes(): string {
  const record = (family: 2 | 10, local: string, remote: string): string =>
    byGeneration(
      (g) =>
        `@xk${g}[nsecs, tid] = ($call, pid, args->ret, (int64)${family}, (int64)$sk->sk_protocol, (int64)$sk->__sk_common.skc_num, (int64)$sk->__sk_common.skc_dport, ntop(${family}, ${local}), ntop(${family}, ${remote})); ${recorded(g, W.dup)}`,
    );
  return (['dup', 'dup2', 'dup3'] as const)
    .map(
      (
        call,
        i,
      ) => `tracepoint:syscalls:sys_exit_${call} /pid != $1 && args->ret >= 0 && args->ret <= 2/ {
  $f = *(curtask->files->fdt->fd + args->ret);
  if ($f != 0 && ($f->f_inode->i_mode & 0xf000) == 0xc000) {
    $sk = ((struct socket *)$f->private_data)->sk;
    $fam = $sk->__sk_common.skc_family;
    if ($fam == 2 || $fam == 10) {
      if (@shed >= 1) { ${shedCount(S_DUP)} }
      else {
        $call = ${i + 1};
        if ($fam == 2) { ${record(2, '$sk->__sk_common.skc_rcv_saddr', '$sk->__sk_common.skc_daddr')} }
        else { ${record(10, '$sk->__sk_common.skc_v6_rcv_saddr.in6_u.u6_addr8', '$sk->__sk_common.skc_v6_daddr.in6_u.u6_addr8')} }
      }
    }
  }
}`,
    )
    .join('\n');
}

/** Datagrams of one sendmmsg(2) call whose destinations are looked at (udpSendmmsg). */
export const UDP_MMSG_MAX = 8;

/**
 * sendmmsg(2) on a UDP socket: like sendto, a connect event for each datagram whose destination
 * differs from its socket's last, of the first UDP_MMSG_MAX datagrams the call sent (its result:
 * how many). The messages are read at the exit, when the number sent is known; a call that
 * failed gives its first datagram's destination with the error, as a failed sendto does. The
 * records are written at once, keyed by the exit's time plus the datagram's index.
 */
function udpSendmmsg(): string {
  const op = 3;
  const write = (family: 2 | 10, address: string): string =>
    byGeneration(
      (g) =>
        `@xu${g}[$t + (uint64)$i, tid] = ((int64)${op}, pid, (uint64)${family}, (uint64)$sa->sin_port, $r, ntop(${family}, ${address})); ${recorded(g, W.udp)}`,
    );
  const record = `if (@shed >= 1) { ${shedCount(S_UDP + op)} }
          else {
            $r = $ret < 0 ? $ret : 0;
            if ($sa->sin_family == 2) { ${write(2, '$sa->sin_addr.s_addr')} }
            else { ${write(10, '((struct sockaddr_in6 *)$sa)->sin6_addr.in6_u.u6_addr8')} }
          }`;
  return `tracepoint:syscalls:sys_enter_sendmmsg /pid != $1/ {
  $f = *(curtask->files->fdt->fd + args->fd);
  $sock = (struct socket *)$f->private_data;
  if (args->mmsg != 0 && $sock->type == 2) { @mm[tid] = (uint64)args->mmsg; @mino[tid] = $f->f_inode->i_ino; }
}
tracepoint:syscalls:sys_exit_sendmmsg /@mm[tid]/ {
  $t = nsecs; $ret = args->ret; $i = 0;
  unroll(${UDP_MMSG_MAX}) {
    if ($i < $ret || ($i == 0 && $ret < 0)) {
      $sa = (struct sockaddr_in *)((struct mmsghdr *)@mm[tid] + $i)->msg_hdr.msg_name;
      if ($sa != 0 && ($sa->sin_family == 2 || $sa->sin_family == 10)) {
        ${whenDestinationChanged('@mino[tid]', record)}
      }
    }
    $i++;
  }
  delete(@mm[tid]); delete(@mino[tid]);
}`;
}

function printAndClear(g: 0 | 1, withCaps: boolean): string {
  const maps = generationMaps(g, withCaps);
  return `${maps.map((m) => `print(${m});`).join(' ')} ${maps.map((m) => `clear(${m});`).join(' ')}`;
}

/**
 * Prints and clears generation `g` after it is closed, when its flag says a record was written.
 * Each print or clear walks all of a map's BPF_MAP_KEYS_MAX buckets, even an empty map's
 * (htab_map_get_next_key, kernel/bpf/hashtab.c): printing all the maps of every frame was 89 % of
 * bpftrace's CPU on an idle host (perf record, 0.029 cores). A record written by a probe that read
 * `@g` just before the flip and set the flag after this probe read it stays in its map with its
 * count, and is printed when the generation is next closed.
 */
function dumpGeneration(g: 0 | 1, withCaps: boolean): string {
  return `if (@d${g} == 1) { @d${g} = 0; ${printAndClear(g, withCaps)} }`;
}

/** `print` or `clear` of every counter of shed events (one-entry arrays: no walk). */
function eachShedCount(action: 'print' | 'clear'): string {
  return SHED_CODES.map((c) => `${action}(@s${c});`).join(' ');
}

/** openat(2)'s number on x86_64 (arch/x86/entry/syscalls/syscall_64.tbl). */
const NR_OPENAT_X64 = 257;
/**
 * Where x86_64 keeps a task's user registers while it is in a system call: the `struct pt_regs`
 * (168 bytes) at the top of its kernel stack (task_pt_regs() in arch/x86/include/asm/
 * processor.h). The stack is 16 KiB (THREAD_SIZE), 32 KiB on KASAN kernels, and kernels built with
 * FRED leave 16 bytes above the registers (TOP_OF_KERNEL_STACK_PADDING). The program tries these
 * offsets from `curtask->stack` in order and takes the first whose orig_ax is the call's number:
 * on a kernel where none is, the opens are counted as unreadable and reported lost, never
 * recorded with wrong arguments.
 */
export const PT_REGS_OFFSETS_X64 = [
  16_384 - 168,
  16_384 - 168 - 16,
  32_768 - 168,
  32_768 - 168 - 16,
];

/**
 * bpftrace statements that leave in `$r` the caller's saved `struct pt_regs`: the first offset
 * of PT_REGS_OFFSETS_X64 whose orig_ax is the call's number `nr` (if none is, `$r.orig_ax` is
 * not `nr` after them, and the caller counts the call as unreadable).
 */
function savedRegs(nr: number): string {
  const regsAt = (off: number) => `$r = *(struct pt_regs *)((uint64)curtask->stack + ${off});`;
  return PT_REGS_OFFSETS_X64.map((off, i) =>
    i === 0 ? regsAt(off) : `if ($r.orig_ax != ${nr}) { ${regsAt(off)} }`,
  ).join('\n    ');
}

/**
 * The calls that open a file on x86_64, by number (arch/x86/entry/syscalls/syscall_64.tbl), and
 * where each keeps its arguments among the saved user registers (the syscall ABI: di, si, dx,
 * r10). glibc opens with openat, but musl (Alpine's containers, busybox) calls open(2); creat(2)
 * is open with O_CREAT|O_WRONLY|O_TRUNC (0x241); openat2(2) passes its flags and mode in a
 * `struct open_how` (include/uapi/linux/openat2.h: flags, mode, resolve, each a u64), read from
 * the caller's memory. Every value is cast to one type, as one map holds them all.
 */
const OPEN_CALLS_X64 = [
  {
    name: 'openat',
    nr: NR_OPENAT_X64,
    dfd: '(int32)$r.di',
    path: '$r.si',
    flags: '(int32)$r.dx',
    mode: '(int32)$r.r10',
    walk: true,
  },
  {
    name: 'open',
    nr: 2,
    dfd: `(int32)${AT_FDCWD}`,
    path: '$r.di',
    flags: '(int32)$r.si',
    mode: '(int32)$r.dx',
    walk: false,
  },
  {
    name: 'creat',
    nr: 85,
    dfd: `(int32)${AT_FDCWD}`,
    path: '$r.di',
    flags: '(int32)0x241',
    mode: '(int32)$r.si',
    walk: false,
  },
  {
    name: 'openat2',
    nr: 437,
    dfd: '(int32)$r.di',
    path: '$r.si',
    flags: '(int32)*(uint64 *)uptr($r.dx)',
    mode: '(int32)*(uint64 *)uptr($r.dx + 8)',
    walk: true,
  },
] as const;

/**
 * The probes of openat (and, on x86_64, of open, creat and openat2). On x86_64, one probe at the
 * call's exit that reads the call's arguments from the registers the task saved at entry, as
 * Falco's modern eBPF probe does (`extract__syscall_argument` at the exit event): every probe
 * that runs costs the traced
 * process ~0.4 µs on this project's VM whatever it does, and a build or a shell script opens
 * files some 30 times for each command it runs. Measured with a loop of openat + close + getppid
 * (CPU time per iteration, medians of 9, probes against none in the same minute): while opens are
 * kept, +1.3-2.1 µs with an entry and an exit probe against +1.3-1.45 µs with the exit alone;
 * while they are shed (only counted), +1.06-1.16 against +0.74-0.89. The path is read at the exit
 * from the caller's memory, as at the entry before: another thread of the caller could change it
 * in between either way. Elsewhere, the entry probe saves the arguments for the exit.
 */
function openProbes(arch: string, mntOffset: number | null): string {
  if (arch !== 'x64') {
    return `tracepoint:syscalls:sys_enter_openat /pid != $1/ {
  if (@shed >= 0) { ${shedCount(S_OPEN)} }
  else { @open[tid] = (args->filename, args->flags, args->mode, args->dfd); }
}
tracepoint:syscalls:sys_exit_openat {
  $e = @open[tid];
  if ($e.0 != 0) {
    $t = nsecs; $g = @g;
    if ((int32)$e.3 != ${AT_FDCWD}) { ${dirWalk(0, '(int32)$e.3', mntOffset)} }
    ${byGeneration((g) => `@xo${g}[$t, tid] = (pid, $e.1, $e.2, $e.3, args->ret, str($e.0)); ${recorded(g, W.open)}`, '$g')}
    delete(@open[tid]);
  }
}`;
  }
  return OPEN_CALLS_X64.map(
    (c) => `tracepoint:syscalls:sys_exit_${c.name} /pid != $1/ {
  if (@shed >= 0) { ${shedCount(S_OPEN)} }
  else {
    ${savedRegs(c.nr)}
    if ($r.orig_ax == ${c.nr}) {
      $t = nsecs; $g = @g;
      ${c.walk ? `if (${c.dfd} != ${AT_FDCWD}) { ${dirWalk(0, c.dfd, mntOffset)} }` : ''}
      ${byGeneration((g) => `@xo${g}[$t, tid] = (pid, ${c.flags}, ${c.mode}, ${c.dfd}, args->ret, str(uptr(${c.path}))); ${recorded(g, W.open)}`, '$g')}
    } else { ${shedCount(S_OPEN_UNREAD)} }
  }
}`,
  ).join('\n');
}

/**
 * The program. A line every second even when no frame is printed: if the sensor is gone (killed
 * with SIGKILL), writing to the closed pipe ends bpftrace with SIGPIPE instead of leaving it
 * running with no reader. `$1` is the sensor's pid: its own activity is dropped in the kernel.
 * Opens and file operations are recorded at syscall exit, so the result is known; the file
 * operations' arguments wait for it in per-thread maps. While the sensor sheds file events
 * (`@shed` >= 0) or network events (>= 1) they are only counted, in the kernel; argv is not copied
 * while it sheds process events (>= 2). argv is copied at execve and execveat (fexecve, and a
 * program run from a memfd, whose process is often gone before /proc could say its argv). argv's
 * slots are read up to its NULL (`$end`): read all
 * BPF_MAX_ARGS of them for every exec, the execve probe took 3,322-3,623 ns a run under the bench
 * workload, 2,070-2,241 ns after (bench/sensor/probe-cost.sh 2, alternated, three each).
 * `mntOffset`: where `mnt` lies in the kernel's `struct mount` (btf.ts), null when unknown: the
 * walks from directory descriptors then stop at mounts (`dirWalk`).
 */
export function bpftraceProgram(
  arch: string = process.arch,
  mntOffset: number | null = MOUNT_MNT_OFFSET_64,
  credOffsets: CredOffsets | null = null,
): string {
  const withCaps = credOffsets !== null;
  const entries = fileOpEntries(arch);
  return `
BEGIN { @g = 0; @shed = -1; @ack = 1; }
tracepoint:syscalls:sys_enter_getpriority /pid == $1 && args->who >= ${CONTROL_WHO} && args->who < ${CONTROL_WHO + 8}/ {
  if (args->who == ${CONTROL_WHO}) { @ack = 1; } else { @shed = args->who - ${CONTROL_WHO + 2}; }
}
${openProbes(arch, mntOffset)}
${entries
  .map(
    ([
      syscalls,
      op,
      save,
      dirfds = [],
      { when, shedAt = 0 } = {},
    ]) => `${syscalls.map((sc) => `tracepoint:syscalls:sys_enter_${sc}`).join(', ')} /pid != $1${when ? ` && (${when})` : ''}/ {
  if (@shed >= ${shedAt}) { ${shedCount(S_FILE_OP + op)} }
  else {
    $t = nsecs; $g = @g; @op[tid] = ${op}; @ft[tid] = $t; ${save}
    ${dirfds.map((fd, which) => (fd === undefined ? '' : `if ((int32)${fd} != ${AT_FDCWD}) { ${dirWalk(which as 0 | 1, `(int32)${fd}`, mntOffset)} }`)).join('\n    ')}
  }
}`,
  )
  .join('\n')}
${entries
  .flatMap(([syscalls]) => syscalls.map((sc) => `tracepoint:syscalls:sys_exit_${sc}`))
  .join(', ')} /@op[tid]/ {
  $t = @ft[tid]; $g = @g;
  ${byGeneration((g) => `@xf${g}[$t, tid] = (@op[tid], pid, @fd[tid], @a1[tid], @a2[tid], args->ret, str(@p1[tid])); ${recorded(g, W.fileOp)}`, '$g')}
  if (${TWO_PATH_OPS.map((op) => `@op[tid] == ${op}`).join(' || ')}) { ${byGeneration((g) => `@xn${g}[$t, tid] = str(@p2[tid]); ${recorded(g, W.newPath)}`, '$g')} }
  delete(@op[tid]); delete(@ft[tid]); delete(@p1[tid]); delete(@p2[tid]); delete(@fd[tid]); delete(@a1[tid]); delete(@a2[tid]);
}
${exitOnlyProbes(arch)}
${udpEntry('connect', 1, 'args->uservaddr')}
${udpEntry('bind', 2, 'args->umyaddr')}
${udpEntry('sendto', 3, 'args->addr')}
${udpEntry('sendmsg', 3, 'args->msg->msg_name')}
${udpSendmmsg()}
${dupProbes()}
tracepoint:syscalls:sys_exit_connect, tracepoint:syscalls:sys_exit_bind, tracepoint:syscalls:sys_exit_sendto,
tracepoint:syscalls:sys_exit_sendmsg /@uop[tid]/ {
  ${byGeneration((g) => `@xu${g}[nsecs, tid] = (@uop[tid], pid, @ufam[tid], @uport[tid], args->ret, @uaddr[tid]); ${recorded(g, W.udp)}`)}
  delete(@uop[tid]); delete(@ufam[tid]); delete(@uport[tid]); delete(@uaddr[tid]);
}
tracepoint:syscalls:sys_enter_execve, tracepoint:syscalls:sys_enter_execveat /pid != $1 && @shed < 2/ {
  $t = nsecs; $i = 0; $end = 0; $g = @g;
  unroll(${BPF_MAX_ARGS}) {
    if ($end == 0) {
      $p = *(args->argv + $i);
      if ($p != 0) { ${byGeneration((g) => `@xa${g}[$t, pid, $i] = str($p); ${written(g, W.argv)}`, '$g')} $i++; }
      else { $end = 1; }
    }
  }
  if ($i == ${BPF_MAX_ARGS} && *(args->argv + ${BPF_MAX_ARGS}) != 0) { ${byGeneration((g) => `@xt${g}[$t, pid] = 1;`, '$g')} }
  if ($i > 0) { ${byGeneration(flagged, '$g')} }
}
${execProbe(mntOffset, credOffsets)}
${EXIT_PROBE}
tracepoint:syscalls:sys_enter_chdir /pid != $1/ { @cd[tid] = args->filename; }
tracepoint:syscalls:sys_exit_chdir /@cd[tid]/ {
  if (args->ret == 0) { ${byGeneration((g) => `@xd${g}[nsecs, tid] = (pid, str(@cd[tid])); ${recorded(g, W.chdir)}`)} }
  delete(@cd[tid]);
}
tracepoint:syscalls:sys_enter_fchdir /pid != $1/ {
  $t = nsecs; $g = @g; @fcd[tid] = $t;
  ${dirWalk(0, '(int32)args->fd', mntOffset)}
}
tracepoint:syscalls:sys_exit_fchdir /@fcd[tid]/ {
  if (args->ret == 0) { ${byGeneration((g) => `@xd${g}[@fcd[tid], tid] = (pid, str(@cd[tid])); ${recorded(g, W.chdir)}`)} }
  delete(@fcd[tid]);
}
interval:s:1 { printf("H\\n"); }
interval:ms:${DUMP_INTERVAL_MS} /@ack == 1/ {
  @ack = 0;
  ${eachShedCount('print')}
  if (@g == 0) { @g = 1; ${dumpGeneration(0, withCaps)} } else { @g = 0; ${dumpGeneration(1, withCaps)} }
  printf("E %llu\\n", nsecs);
}
END {
  ${printAndClear(0, withCaps)}
  ${printAndClear(1, withCaps)}
  ${eachShedCount('print')}
  printf("E %llu\\n", nsecs);
  ${eachShedCount('clear')}
  clear(@g); clear(@d0); clear(@d1); clear(@shed); clear(@ack); clear(@cd); clear(@uop); clear(@ufam); clear(@uport); clear(@uaddr);
  ${arch === 'x64' ? '' : 'clear(@open);'}
  clear(@op); clear(@ft); clear(@p1); clear(@p2); clear(@fd); clear(@a1); clear(@a2); clear(@fcd); clear(@udst); clear(@mm); clear(@mino);
}
`;
}

/**
 * The probe at each exec, once the new image and its credentials are in place: it records the
 * process's credentials (`@xc<g>[$t, pid]`: effective and permitted capability sets, real,
 * effective and saved uids and gids) as its `struct cred` holds them at `cred` (btf.ts): the sets
 * as 64-bit masks (kernel_cap_t is one u64 since Linux 6.3, two u32 before, which read as one
 * little-endian u64 give the same mask), the ids as the kernel's (a kuid_t or kgid_t, what
 * /proc shows a reader in the initial user namespace). So the exec event shows what the program
 * started with: a process gone before /proc is read has them too, and a set-user-ID program
 * that drops its privileges at once is not shown as already dropped. It also walks the program
 * of an exec through a descriptor (`/dev/fd/<n>`). Without the offsets it does only the walk,
 * for those execs alone.
 */
function execProbe(mntOffset: number | null, cred: CredOffsets | null): string {
  const walk = fileWalk(2, 'curtask->mm->exe_file', mntOffset);
  const throughFd = 'strncmp(str(args->filename), "/dev/fd/", 8) == 0';
  if (cred === null) {
    return `tracepoint:sched:sched_process_exec /pid != $1 && @shed < 2 && ${throughFd}/ {
  $t = nsecs; $g = @g;
  ${walk}
}`;
  }
  const id = (off: number) => `*(uint32 *)($c + ${off})`;
  const record = (g: 0 | 1) =>
    `@xc${g}[$t, pid] = (*(uint64 *)($c + ${cred.effective}), *(uint64 *)($c + ${cred.permitted}), ${[cred.uid, cred.euid, cred.suid, cred.gid, cred.egid, cred.sgid].map(id).join(', ')}); ${flagged(g)}`;
  return `tracepoint:sched:sched_process_exec /pid != $1 && @shed < 2/ {
  $t = nsecs; $g = @g; $c = (uint64)curtask->cred;
  ${byGeneration(record, '$g')}
  if (${throughFd}) { ${walk} }
}`;
}

/** SIGNAL_GROUP_EXIT in `signal_struct.flags` (include/linux/sched/signal.h). */
const SIGNAL_GROUP_EXIT = 4;

/**
 * The probe at the exit of a process's last thread: it records how the process ended
 * (`@xx<g>[$t, pid]`), as its parent's wait(2) will be told (wait_task_zombie, kernel/exit.c): the
 * group's exit code when the process ended as a whole (exit_group(2), a fatal signal), else its
 * main thread's. The tracepoint's own `group_dead` is newer than Linux 6.7; `signal->live` is
 * already counted down to 0 for the last thread when it fires (do_exit). The tracefs collector's
 * exit event takes it (ProcessTable.onExit): sched_process_exit has no such field.
 */
const EXIT_PROBE = `tracepoint:sched:sched_process_exit /pid != $1 && @shed < 2 && curtask->signal->live.counter == 0/ {
  $t = nsecs; $s = curtask->signal;
  $x = ($s->flags & ${SIGNAL_GROUP_EXIT}) ? $s->group_exit_code : curtask->group_leader->exit_code;
  ${byGeneration((g) => `@xx${g}[$t, pid] = $x; ${flagged(g)}`)}
}`;

/** The program for this machine's architecture, for a kernel whose `struct mount` is the usual. */
export const BPFTRACE_PROGRAM = bpftraceProgram();

/** A file open. */
export interface OpenRecord {
  type: 'open';
  kind: 'fileOpen';
  monoNs: number;
  pid: number;
  tid: number;
  flags: number;
  mode: number;
  dirfd: number;
  result: number;
  path: string;
  /** The directory `dirfd` named, read in the kernel at the call (`dirWalk`), when complete. */
  dir?: string;
}

/** An unlink, rename, chmod or chown. */
export interface FileOpRecord {
  type: 'fileOp';
  kind: FileOpKind;
  op: FileOp;
  monoNs: number;
  pid: number;
  tid: number;
  dirfd: number;
  /** unlinkat: flags; renameat: the new path's directory fd; chmod: mode; chown: uid. */
  arg1: number;
  /** chown: gid. */
  arg2: number;
  result: number;
  path: string;
  /** rename: the new path. */
  newPath: string;
  /** The directory `dirfd` named, read in the kernel at the call (`dirWalk`), when complete. */
  dir?: string;
  /** renameat: the directory of the new path (`arg1`), likewise. */
  newDir?: string;
}

/** A UDP connect (op 1) or bind (op 2). */
export interface UdpRecord {
  type: 'udp';
  kind: 'netConnect' | 'netListen';
  /** 1 connect, 2 bind, 3 sendto to a new destination (a connect event, as a datagram's). */
  op: 1 | 2 | 3;
  monoNs: number;
  pid: number;
  tid: number;
  family: number;
  /** Host byte order. */
  port: number;
  result: number;
  address: string;
}

/** An IPv4 or IPv6 socket made descriptor 0, 1 or 2 (dupProbes). */
export interface DupRecord {
  type: 'dup';
  kind: 'socketDup';
  /** 1 dup, 2 dup2, 3 dup3. */
  call: 1 | 2 | 3;
  monoNs: number;
  pid: number;
  tid: number;
  /** The descriptor returned: 0, 1 or 2. */
  fd: number;
  family: number;
  /** IPPROTO_TCP 6, IPPROTO_UDP 17... */
  protocol: number;
  localAddress: string;
  localPort: number;
  remoteAddress: string;
  /** Host byte order. */
  remotePort: number;
}

/** A successful chdir. */
export interface ChdirRecord {
  type: 'chdir';
  monoNs: number;
  pid: number;
  path: string;
}

export type EbpfRecord = OpenRecord | FileOpRecord | UdpRecord | DupRecord | ChdirRecord;

/** The argv of one execve call. */
export interface ArgvRecord {
  monoNs: number;
  pid: number;
  argv: string[];
  truncated: boolean;
}

/**
 * The file an exec through a descriptor runs (execveat with AT_EMPTY_PATH, fexecve), which the
 * kernel names only `/dev/fd/<n>`: walked in the kernel at the exec (`fileWalk`, which 2).
 */
export interface ExeRecord {
  monoNs: number;
  pid: number;
  path: string;
}

/** The credentials of a process as its exec left them (execProbe). */
export interface CredRecord extends ProcessIds {
  monoNs: number;
  pid: number;
  effective: number;
  permitted: number;
}

/** How a process ended: its wait(2) status (EXIT_PROBE). */
export interface ExitRecord {
  monoNs: number;
  pid: number;
  status: number;
}

/** What one print of the maps held. */
export interface Frame {
  /** Records in time order. */
  records: EbpfRecord[];
  /** argv of execve calls, in time order. */
  argvs: ArgvRecord[];
  /** Programs of execs through a descriptor, in time order. */
  exes: ExeRecord[];
  /** Credentials of processes at their exec, in time order. */
  creds: CredRecord[];
  /** How processes ended, in time order. */
  exits: ExitRecord[];
  /** Records written in the kernel but missing from the print, by map. */
  missing: {
    open: number;
    fileOp: number;
    newPath: number;
    udp: number;
    dup: number;
    argv: number;
    chdir: number;
  };
  /** Events dropped in the kernel because the sensor was shedding them, by kind. */
  shed: Map<Exclude<EbpfRecord, ChdirRecord>['kind'], number>;
  /** Opens whose arguments the program could not find (PT_REGS_OFFSETS_X64): lost. */
  unreadableOpens: number;
  /** Kernel time up to which records are complete: later ones come in later frames. */
  untilNs: number;
}

type Json = Record<string, unknown>;

/** A map key `ns,tid` (or `ns,pid,i`) as numbers. */
function keyParts(key: string): number[] {
  return key.split(',').map(Number);
}

/** The program prints -100 (AT_FDCWD) and other negative ints as unsigned 32-bit values. */
function int32(n: unknown): number {
  return Number(n) | 0;
}

/** A port kept in network byte order (sin_port, skc_dport), printed as a little-endian u16. */
function hostPort(raw: number): number {
  return ((raw & 0xff) << 8) | ((raw >> 8) & 0xff);
}

/** The event kind of a UDP record: op 1 is connect, op 2 bind. */
function udpKind(op: number): UdpRecord['kind'] {
  return op === 2 ? 'netListen' : 'netConnect';
}

/** What the maps printed since the last end marker hold, as printed. */
interface Printed {
  open: Array<[string, unknown]>;
  fileOps: Array<[string, unknown]>;
  newPaths: Map<string, string>;
  udp: Array<[string, unknown]>;
  dups: Array<[string, unknown]>;
  argv: Array<[string, unknown]>;
  argvCut: Set<string>;
  chdir: Array<[string, unknown]>;
  /** Names of walked directories, `ns,tid,which,i` (from the directory up). */
  dirParts: Array<[string, unknown]>;
  /** How each walk ended, `ns,tid,which`: the number of names, or -1 when incomplete. */
  dirEnds: Array<[string, unknown]>;
  creds: Array<[string, unknown]>;
  exits: Array<[string, unknown]>;
  written: Map<number, number>;
  /** Totals of the shed counters printed, by code (cumulative). */
  shedTotals: Map<number, number>;
}

function nothingPrinted(): Printed {
  return {
    open: [],
    fileOps: [],
    newPaths: new Map(),
    udp: [],
    dups: [],
    argv: [],
    argvCut: new Set(),
    chdir: [],
    dirParts: [],
    dirEnds: [],
    creds: [],
    exits: [],
    written: new Map(),
    shedTotals: new Map(),
  };
}

/** `{ [key]: value }`, or nothing when value is undefined (exactOptionalPropertyTypes). */
function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string };
}

/**
 * The directories the program walked (`dirWalk`), by `ns,tid,which`, as absolute paths: only
 * walks that reached a root with every name printed whole. A walk cut at DIR_WALK_STEPS, a name
 * missing (its map was full) or cut at BPF_STRLEN leaves the directory to /proc.
 */
function walkedDirs(p: Printed): Map<string, string> {
  const names = new Map<string, string[]>();
  for (const [k, v] of p.dirParts) {
    const cut = k.lastIndexOf(',');
    const walk = k.slice(0, cut);
    let list = names.get(walk);
    if (!list) names.set(walk, (list = []));
    list[Number(k.slice(cut + 1))] = String(v);
  }
  const dirs = new Map<string, string>();
  for (const [walk, end] of p.dirEnds) {
    const n = Number(end);
    const list = names.get(walk) ?? [];
    if (n === PSEUDO_FILE && list.length === 1 && !pathWasCut(list[0] as string)) {
      dirs.set(walk, list[0] as string);
      continue;
    }
    if (n < 0 || list.length !== n) continue;
    // A plain loop: `every` would skip the holes a missing name leaves.
    let whole = true;
    for (let i = 0; i < n && whole; i++) {
      const name = list[i];
      whole = name !== undefined && !pathWasCut(name);
    }
    if (whole) dirs.set(walk, `/${list.reverse().join('/')}`);
  }
  return dirs;
}

/** How long a walked directory waits for its file operation's record. */
const DIR_WALK_KEEP_NS = 10e9;

/** The value of `key`, removed from `map`. */
function take(map: Map<string, string>, key: string): string | undefined {
  const v = map.get(key);
  if (v !== undefined) map.delete(key);
  return v;
}

/** Appends without spreading: a map holds up to BPF_MAP_KEYS_MAX entries, too many arguments. */
function append<T>(into: T[], items: T[]): void {
  for (const item of items) into.push(item);
}

/**
 * Turns bpftrace's JSON output (one object per line, `-f json`) back into frames: each map
 * printed is collected until the interval probe's end marker, then the frame is returned.
 */
export class FrameDecoder {
  #p = nothingPrinted();
  /** Directories walked whose records have not come yet, by `ns,tid,which`. */
  #dirs = new Map<string, string>();
  /** The shed counters' totals as of the last frame: a frame reports what they grew by. */
  #shedSeen = new Map<number, number>();
  /** bpftrace's own count of perf records it lost (its "lost_events" messages). */
  lostOutput = 0;

  /**
   * Takes one output line. Returns a frame at each end marker, 'attached' when bpftrace has
   * attached its probes, and undefined otherwise. Throws on a line that is not bpftrace JSON.
   */
  line(text: string): Frame | 'attached' | undefined {
    if (text === '') return undefined;
    const msg = JSON.parse(text) as { type?: string; data?: unknown };
    switch (msg.type) {
      case 'map':
        this.#map(msg.data as Json);
        return undefined;
      case 'printf': {
        const s = String(msg.data);
        if (s.startsWith('E ')) return this.#frame(Number(s.slice(2)));
        return undefined;
      }
      case 'attached_probes':
        return 'attached';
      case 'lost_events':
        this.lostOutput += Number((msg.data as Json).events ?? 0);
        return undefined;
      default:
        return undefined;
    }
  }

  #map(data: Json): void {
    const p = this.#p;
    for (const [name, value] of Object.entries(data)) {
      const counter = /^@s(\d+)$/.exec(name);
      if (counter) {
        p.shedTotals.set(Number(counter[1]), Number(value));
        continue;
      }
      const entries = value && typeof value === 'object' ? Object.entries(value as Json) : [];
      switch (name.slice(1, 3)) {
        case 'xo':
          append(p.open, entries);
          break;
        case 'xf':
          append(p.fileOps, entries);
          break;
        case 'xn':
          for (const [k, v] of entries) p.newPaths.set(k, String(v));
          break;
        case 'xu':
          append(p.udp, entries);
          break;
        case 'xk':
          append(p.dups, entries);
          break;
        case 'xa':
          append(p.argv, entries);
          break;
        case 'xt':
          for (const [k] of entries) p.argvCut.add(k);
          break;
        case 'xd':
          append(p.chdir, entries);
          break;
        case 'xp':
          append(p.dirParts, entries);
          break;
        case 'xq':
          append(p.dirEnds, entries);
          break;
        case 'xc':
          append(p.creds, entries);
          break;
        case 'xx':
          append(p.exits, entries);
          break;
        case 'xw': {
          // @xw<g>_<code>: a scalar count.
          const code = Number(name.slice(name.indexOf('_') + 1));
          p.written.set(code, (p.written.get(code) ?? 0) + Number(value));
          break;
        }
        default:
        // a scratch map printed at exit: nothing to take
      }
    }
  }

  #frame(untilNs: number): Frame {
    const p = this.#p;
    this.#p = nothingPrinted();
    const dirs = this.#dirs;
    const exes: ExeRecord[] = [];
    for (const [walk, dir] of walkedDirs(p)) {
      // An exec's program has no record to wait for: its walk is the whole of it.
      const [ns = 0, tid = 0, which = 0] = keyParts(walk);
      if (which === 2) exes.push({ monoNs: ns, pid: tid, path: dir });
      else dirs.set(walk, dir);
    }
    exes.sort((a, b) => a.monoNs - b.monoNs);
    const creds: CredRecord[] = p.creds.map(([k, v]) => {
      const [monoNs = 0, pid = 0] = keyParts(k);
      const [effective, permitted, uid, euid, suid, gid, egid, sgid] = (v as unknown[]).map(Number);
      return {
        monoNs,
        pid,
        uid: uid ?? 0,
        euid: euid ?? 0,
        suid: suid ?? 0,
        gid: gid ?? 0,
        egid: egid ?? 0,
        sgid: sgid ?? 0,
        effective: effective ?? 0,
        permitted: permitted ?? 0,
      };
    });
    creds.sort((a, b) => a.monoNs - b.monoNs);
    const exits: ExitRecord[] = p.exits.map(([k, v]) => {
      const [monoNs = 0, pid = 0] = keyParts(k);
      return { monoNs, pid, status: Number(v) };
    });
    exits.sort((a, b) => a.monoNs - b.monoNs);
    const records: EbpfRecord[] = [];
    for (const [k, v] of p.open) {
      const [ns = 0, tid = 0] = keyParts(k);
      const t = v as unknown[];
      records.push({
        type: 'open',
        kind: 'fileOpen',
        monoNs: ns,
        tid,
        pid: Number(t[0]),
        flags: Number(t[1]) >>> 0,
        mode: Number(t[2]) >>> 0,
        dirfd: int32(t[3]),
        result: Number(t[4]),
        path: String(t[5]),
        ...optional('dir', take(dirs, `${k},0`)),
      });
    }
    let newPaths = 0;
    for (const [k, v] of p.fileOps) {
      const [ns = 0, tid = 0] = keyParts(k);
      const t = v as unknown[];
      const code = Number(t[0]);
      const op = FILE_OPS[code as keyof typeof FILE_OPS];
      const kind = FILE_OP_KINDS[code];
      if (!op || !kind) continue;
      const newPath = p.newPaths.get(k);
      if (newPath !== undefined) newPaths++;
      records.push({
        type: 'fileOp',
        kind,
        op,
        monoNs: ns,
        tid,
        pid: Number(t[1]),
        dirfd: int32(t[2]),
        arg1: Number(t[3]) >>> 0,
        arg2: Number(t[4]) >>> 0,
        result: Number(t[5]),
        path: String(t[6]),
        newPath: newPath ?? '',
        ...optional('dir', take(dirs, `${k},0`)),
        ...optional('newDir', take(dirs, `${k},1`)),
      });
    }
    for (const [k, v] of p.udp) {
      const [ns = 0, tid = 0] = keyParts(k);
      const t = v as unknown[];
      const raw = Number(t[3]);
      const code = Number(t[0]);
      const op = code === 2 || code === 3 ? code : 1;
      // sendto returns the bytes sent; the event's result is 0 or a negative errno.
      const result = Number(t[4]);
      records.push({
        type: 'udp',
        kind: udpKind(op),
        op,
        monoNs: ns,
        tid,
        pid: Number(t[1]),
        family: Number(t[2]),
        port: hostPort(raw),
        result: op === 3 && result > 0 ? 0 : result,
        address: String(t[5]),
      });
    }
    for (const [k, v] of p.dups) {
      const [ns = 0, tid = 0] = keyParts(k);
      const t = v as unknown[];
      const raw = Number(t[6]);
      records.push({
        type: 'dup',
        kind: 'socketDup',
        call: Number(t[0]) as DupRecord['call'],
        monoNs: ns,
        tid,
        pid: Number(t[1]),
        fd: Number(t[2]),
        family: Number(t[3]),
        protocol: Number(t[4]),
        localPort: Number(t[5]) & 0xffff,
        remotePort: hostPort(raw),
        localAddress: String(t[7]),
        remoteAddress: String(t[8]),
      });
    }
    for (const [k, v] of p.chdir) {
      const [ns = 0] = keyParts(k);
      const t = v as unknown[];
      // An fchdir has no path (its str() of the unset @cd is empty): the walk of its descriptor.
      const path = String(t[1]) || (take(dirs, `${k},0`) ?? '');
      records.push({ type: 'chdir', monoNs: ns, pid: Number(t[0]), path });
    }
    records.sort((a, b) => a.monoNs - b.monoNs);
    // A file operation's walks are written at its entry, its record at its exit: a flip between
    // them puts the record in the next frame. Walks whose record never came (its thread died in
    // the call) go after DIR_WALK_KEEP_NS.
    for (const walk of dirs.keys()) {
      if ((keyParts(walk)[0] ?? 0) < untilNs - DIR_WALK_KEEP_NS) dirs.delete(walk);
    }

    const calls = new Map<string, ArgvRecord>();
    for (const [k, v] of p.argv) {
      const [ns = 0, pid = 0, i = 0] = keyParts(k);
      const call = `${ns},${pid}`;
      let rec = calls.get(call);
      if (!rec) {
        rec = { monoNs: ns, pid, argv: [], truncated: p.argvCut.has(call) };
        calls.set(call, rec);
      }
      rec.argv[i] = String(v);
    }
    const argvs = [...calls.values()].sort((a, b) => a.monoNs - b.monoNs);
    for (const a of argvs) {
      // An argument that was not printed (lost) leaves a hole: the argv is then incomplete.
      for (let i = 0; i < a.argv.length; i++) {
        if (a.argv[i] === undefined) {
          a.argv[i] = '';
          a.truncated = true;
        }
      }
    }

    const written = (code: number): number => p.written.get(code) ?? 0;
    const missing = {
      open: Math.max(0, written(W.open) - p.open.length),
      fileOp: Math.max(0, written(W.fileOp) - p.fileOps.length),
      newPath: Math.max(0, written(W.newPath) - newPaths),
      udp: Math.max(0, written(W.udp) - p.udp.length),
      dup: Math.max(0, written(W.dup) - p.dups.length),
      argv: Math.max(0, written(W.argv) - p.argv.length),
      chdir: Math.max(0, written(W.chdir) - p.chdir.length),
    };
    const shed: Frame['shed'] = new Map();
    let unreadableOpens = 0;
    for (const [code, total] of p.shedTotals) {
      // Never lower: at exit bpftrace prints the counters again after END has zeroed them.
      const n = total - (this.#shedSeen.get(code) ?? 0);
      if (n <= 0) continue;
      this.#shedSeen.set(code, total);
      if (code === S_OPEN_UNREAD) {
        unreadableOpens += n;
        continue;
      }
      const kind =
        code === S_OPEN
          ? 'fileOpen'
          : code === S_DUP
            ? 'socketDup'
            : code > S_UDP
              ? udpKind(code - S_UDP)
              : FILE_OP_KINDS[code - S_FILE_OP];
      if (kind) shed.set(kind, (shed.get(kind) ?? 0) + n);
    }
    return { records, argvs, exes, creds, exits, missing, shed, unreadableOpens, untilNs };
  }
}
