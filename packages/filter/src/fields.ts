// Falco's fields with Falco's meaning, mapped onto Vigil's events. Meanings follow Falco's
// field reference (https://falco.org/docs/reference/rules/supported-fields/): proc.name is the
// task's comm, proc.exe is argv[0], proc.exepath the resolved executable, proc.cmdline is
// proc.name followed by the arguments, proc.aname[0] is the process itself, [1] its parent.
// A field of Falco's classes that is not here is one Vigil cannot supply: rules using it are
// reported when they load (see compile.ts), never evaluated as false.
import { constants as osConstants } from 'node:os';
import type { EventKind, vigil } from '@vigil/schema';
import type Long from 'long';
import { type EventContext, cacheSlot } from './event-context.js';

/** Value types, which decide how literals are read and which operators apply. */
export type FieldType = 'string' | 'number' | 'bool' | 'ipaddr' | 'ipnet';

/** What a field yields; undefined when the event has no such value (the check is then false). */
export type FieldValue = string | number | boolean | undefined;

export interface FieldDef {
  name: string;
  type: FieldType;
  desc: string;
  /**
   * `ancestor`: `[N]` picks the Nth ancestor (0 is the process itself) and without `[N]` any
   * ancestor matches; `key`: the field takes a name (`evt.arg.flags`, `evt.arg[flags]`).
   */
  arg?: 'ancestor' | 'key';
  extract: (ctx: EventContext, arg: number | string | undefined) => FieldValue;
  /** A second value of the same event that a check also tries (fd.net: either end). */
  other?: (ctx: EventContext) => FieldValue;
}

/** Falco's event type names for each Vigil event kind; the first is what evt.type shows. */
export const EVT_TYPES: Partial<Record<EventKind, readonly string[]>> = {
  processExec: ['execve', 'execveat'],
  processFork: ['clone', 'clone3', 'fork', 'vfork'],
  processExit: ['procexit'],
  fileOpen: ['openat', 'open', 'openat2', 'creat'],
  fileWrite: ['write', 'pwrite', 'writev', 'pwritev'],
  fileRename: ['renameat2', 'rename', 'renameat'],
  fileUnlink: ['unlinkat', 'unlink', 'rmdir'],
  fileChmod: ['fchmodat', 'chmod', 'fchmod'],
  fileChown: ['fchownat', 'chown', 'lchown', 'fchown'],
  fileLink: ['symlinkat', 'symlink', 'linkat', 'link'],
  processPtrace: ['ptrace'],
  netSocket: ['socket'],
  socketDup: ['dup', 'dup2', 'dup3'],
  processSetuid: ['setuid', 'setreuid', 'setresuid'],
  processSetgid: ['setgid', 'setregid', 'setresgid'],
  namespaceChange: ['setns', 'unshare'],
  bpfProgramLoad: ['bpf'],
  fileMkdir: ['mkdirat', 'mkdir'],
  netConnect: ['connect'],
  netAccept: ['accept4', 'accept'],
  netListen: ['listen', 'bind'],
  containerLifecycle: ['container'],
};

/**
 * Kinds whose events answer to different evt.type names, told apart per event (evtTypeNames):
 * compiled for one of them, an evt.type check is not decided for the whole kind.
 */
export const TYPE_VARIES_BY_EVENT: ReadonlySet<EventKind> = new Set<EventKind>([
  'netListen',
  'fileLink',
  'socketDup',
  'namespaceChange',
  'processSetuid',
  'processSetgid',
]);

/** The evt.type names one event answers to (a bind is a netListen with no backlog). */
export function evtTypeNames(ctx: EventContext): readonly string[] {
  if (ctx.kind === 'netListen') return (ctx.event.netListen?.backlog ?? 0) > 0 ? LISTEN : BIND;
  if (ctx.kind === 'fileLink') return ctx.event.fileLink?.hard ? HARDLINK : SYMLINK;
  if (ctx.kind === 'socketDup') return DUPS[ctx.event.socketDup?.call ?? 0] ?? NONE;
  if (ctx.kind === 'namespaceChange')
    return NAMESPACE_CALLS[ctx.event.namespaceChange?.call ?? 0] ?? NONE;
  if (ctx.kind === 'processSetuid') return SETID_CALLS[ctx.event.processSetuid?.call ?? 0] ?? NONE;
  if (ctx.kind === 'processSetgid') return SETID_CALLS[ctx.event.processSetgid?.call ?? 0] ?? NONE;
  return (ctx.kind !== undefined ? EVT_TYPES[ctx.kind] : undefined) ?? NONE;
}
const LISTEN = ['listen'];
const BIND = ['bind'];
const SYMLINK = ['symlinkat', 'symlink'];
const HARDLINK = ['linkat', 'link'];
/** By DupCall: dup, dup2, dup3. */
const DUPS: ReadonlyArray<readonly string[]> = [[], ['dup'], ['dup2'], ['dup3']];
/** By NamespaceCall: setns, unshare. */
const NAMESPACE_CALLS: ReadonlyArray<readonly string[]> = [[], ['setns'], ['unshare']];
/** By SetidCall; unspecified is a setuid recorded before the call was. */
const SETID_CALLS: ReadonlyArray<readonly string[]> = [
  ['setuid'],
  ['setuid'],
  ['setreuid'],
  ['setresuid'],
  ['setgid'],
  ['setregid'],
  ['setresgid'],
];
const NONE: readonly string[] = [];

// open(2) flags of x86_64 and arm64 as Falco renders them (flag names joined by '|').
const OPEN_FLAGS: Array<[number, string]> = [
  [0o100, 'O_CREAT'],
  [0o200, 'O_EXCL'],
  [0o400, 'O_NOCTTY'],
  [0o1000, 'O_TRUNC'],
  [0o2000, 'O_APPEND'],
  [0o4000, 'O_NONBLOCK'],
  [0o10000, 'O_DSYNC'],
  [0o40000, 'O_DIRECT'],
  [0o100000, 'O_LARGEFILE'],
  [0o200000, 'O_DIRECTORY'],
  [0o400000, 'O_NOFOLLOW'],
  [0o1000000, 'O_NOATIME'],
  [0o2000000, 'O_CLOEXEC'],
  [0o4000000, 'O_SYNC'],
  [0o10000000, 'O_PATH'],
  [0o20000000, 'O_TMPFILE'],
];
const O_ACCMODE = 3;
const O_CREAT = 0o100;
const O_DIRECTORY = 0o200000;
const O_TMPFILE = 0o20000000;

/** Open flags as Falco prints them: `O_WRONLY|O_CREAT|O_TRUNC`. */
export function renderOpenFlags(flags: number): string {
  const acc = flags & O_ACCMODE;
  const names = [acc === 1 ? 'O_WRONLY' : acc === 2 ? 'O_RDWR' : 'O_RDONLY'];
  for (const [bit, name] of OPEN_FLAGS) if ((flags & bit) !== 0) names.push(name);
  return names.join('|');
}

const MODE_BITS: Array<[number, string]> = [
  [0o4000, 'S_ISUID'],
  [0o2000, 'S_ISGID'],
  [0o1000, 'S_ISVTX'],
  [0o400, 'S_IRUSR'],
  [0o200, 'S_IWUSR'],
  [0o100, 'S_IXUSR'],
  [0o40, 'S_IRGRP'],
  [0o20, 'S_IWGRP'],
  [0o10, 'S_IXGRP'],
  [0o4, 'S_IROTH'],
  [0o2, 'S_IWOTH'],
  [0o1, 'S_IXOTH'],
];

/** File mode bits as Falco prints them: `S_ISUID|S_IRUSR|...`. */
export function renderMode(mode: number): string {
  const names: string[] = [];
  for (const [bit, name] of MODE_BITS) if ((mode & bit) !== 0) names.push(name);
  return names.join('|');
}

const ERRNO_NAMES = new Map<number, string>();
for (const [name, value] of Object.entries(osConstants.errno)) {
  if (!ERRNO_NAMES.has(value)) ERRNO_NAMES.set(value, name);
}

/**
 * ptrace(2) requests by number, as Falco renders evt.arg.request (its ptrace_requests flags,
 * PTRACE_* from include/uapi/linux/ptrace.h and x86's asm/ptrace-abi.h).
 */
const PTRACE_NAMES = new Map<number, string>([
  [0, 'PTRACE_TRACEME'],
  [1, 'PTRACE_PEEKTEXT'],
  [2, 'PTRACE_PEEKDATA'],
  [3, 'PTRACE_PEEKUSR'],
  [4, 'PTRACE_POKETEXT'],
  [5, 'PTRACE_POKEDATA'],
  [6, 'PTRACE_POKEUSR'],
  [7, 'PTRACE_CONT'],
  [8, 'PTRACE_KILL'],
  [9, 'PTRACE_SINGLESTEP'],
  [12, 'PTRACE_GETREGS'],
  [13, 'PTRACE_SETREGS'],
  [14, 'PTRACE_GETFPREGS'],
  [15, 'PTRACE_SETFPREGS'],
  [16, 'PTRACE_ATTACH'],
  [17, 'PTRACE_DETACH'],
  [24, 'PTRACE_SYSCALL'],
  [0x4200, 'PTRACE_SETOPTIONS'],
  [0x4204, 'PTRACE_GETREGSET'],
  [0x4205, 'PTRACE_SETREGSET'],
  [0x4206, 'PTRACE_SEIZE'],
  [0x4207, 'PTRACE_INTERRUPT'],
  [0x4208, 'PTRACE_LISTEN'],
]);

/** Address families by number, as Falco renders a socket's evt.arg.domain (include/linux/socket.h). */
const DOMAIN_NAMES = new Map<number, string>([
  [0, 'AF_UNSPEC'],
  [1, 'AF_UNIX'],
  [2, 'AF_INET'],
  [10, 'AF_INET6'],
  [16, 'AF_NETLINK'],
  [17, 'AF_PACKET'],
  [40, 'AF_VSOCK'],
]);

/** clone(2) flags that unshare(2) and setns(2) take, as Falco names them (include/uapi/linux/sched.h). */
const CLONE_FLAGS: Array<[number, string]> = [
  [0x80, 'CLONE_NEWTIME'],
  [0x200, 'CLONE_FS'],
  [0x400, 'CLONE_FILES'],
  [0x20000, 'CLONE_NEWNS'],
  [0x40000, 'CLONE_SYSVSEM'],
  [0x2000000, 'CLONE_NEWCGROUP'],
  [0x4000000, 'CLONE_NEWUTS'],
  [0x8000000, 'CLONE_NEWIPC'],
  [0x10000000, 'CLONE_NEWUSER'],
  [0x20000000, 'CLONE_NEWPID'],
  [0x40000000, 'CLONE_NEWNET'],
];

/** Namespace flags as Falco prints them: `CLONE_NEWNS|CLONE_NEWUSER`; 0 when none. */
function renderCloneFlags(flags: number): string {
  const names = CLONE_FLAGS.filter(([bit]) => (flags & bit) !== 0).map(([, n]) => n);
  return names.length > 0 ? names.join('|') : '0';
}

/** Signal names by number (SIGIOT and SIGPOLL give way to SIGABRT and SIGIO, as Falco names them). */
const SIGNAL_NAMES = new Map<number, string>();
for (const [name, value] of Object.entries(osConstants.signals)) {
  if (!SIGNAL_NAMES.has(value) || name === 'SIGABRT' || name === 'SIGIO')
    SIGNAL_NAMES.set(value, name);
}

/**
 * How the event's process ended, where the collector saw it (ProcessExit's fields are unset
 * when it did not): Falco's procexit arguments `status` (wait(2)'s), `ret` (the exit code),
 * `sig` and `core`.
 */
function exitArg(
  ctx: EventContext,
  name: 'status' | 'ret' | 'sig' | 'core',
  raw: boolean,
): FieldValue {
  const x = ctx.kind === 'processExit' ? ctx.event.processExit : undefined;
  if (x?.code == null || x.signal == null) return undefined;
  const core = x.coreDumped === true;
  switch (name) {
    case 'status':
      return (x.code << 8) | x.signal | (core ? 0x80 : 0);
    case 'ret':
      return x.code;
    case 'sig':
      return raw ? x.signal : (SIGNAL_NAMES.get(x.signal) ?? String(x.signal));
    case 'core':
      return core ? 1 : 0;
  }
}

/** An int64 field: a number, or a Long (decoded protobuf), read without going through a string. */
function int64(v: number | Long | null | undefined): number {
  if (v == null) return 0;
  return typeof v === 'number' ? v : v.toNumber();
}

/** The result of the event's syscall: >= 0 success, negative errno; undefined when none. */
function result(ctx: EventContext): number | undefined {
  const e = ctx.event;
  switch (ctx.kind) {
    case 'processExec':
      return e.processExec?.result ?? 0;
    case 'fileOpen':
      return int64(e.fileOpen?.result);
    case 'fileWrite':
      return int64(e.fileWrite?.result);
    case 'fileRename':
      return e.fileRename?.result ?? 0;
    case 'fileUnlink':
      return e.fileUnlink?.result ?? 0;
    case 'fileChmod':
      return e.fileChmod?.result ?? 0;
    case 'processPtrace':
      return e.processPtrace?.result ?? 0;
    case 'netSocket':
      return e.netSocket?.result ?? 0;
    case 'socketDup':
      return e.socketDup?.result ?? 0;
    case 'processSetuid':
      return e.processSetuid?.result ?? 0;
    case 'processSetgid':
      return e.processSetgid?.result ?? 0;
    case 'namespaceChange':
      return e.namespaceChange?.result ?? 0;
    case 'bpfProgramLoad':
      return e.bpfProgramLoad?.result ?? 0;
    case 'fileMkdir':
      return e.fileMkdir?.result ?? 0;
    case 'fileChown':
      return e.fileChown?.result ?? 0;
    case 'fileLink':
      return e.fileLink?.result ?? 0;
    case 'netConnect':
      return e.netConnect?.result ?? 0;
    case 'netAccept':
      return e.netAccept?.result ?? 0;
    case 'netListen':
      return e.netListen?.result ?? 0;
    case 'processFork':
      return 0;
    default:
      return undefined;
  }
}

function openFlags(ctx: EventContext): number | undefined {
  return ctx.kind === 'fileOpen' ? (ctx.event.fileOpen?.flags ?? 0) : undefined;
}

/** The mode of the event: creation mode of an open, new mode of a chmod. */
function mode(ctx: EventContext): number | undefined {
  if (ctx.kind === 'fileOpen') {
    const flags = ctx.event.fileOpen?.flags ?? 0;
    return (flags & (O_CREAT | O_TMPFILE)) !== 0 ? (ctx.event.fileOpen?.mode ?? 0) : undefined;
  }
  if (ctx.kind === 'fileMkdir') return ctx.event.fileMkdir?.mode ?? 0;
  return ctx.kind === 'fileChmod' ? (ctx.event.fileChmod?.mode ?? 0) : undefined;
}

const FLAGS = cacheSlot();
const MODE = cacheSlot();
const ARGS = cacheSlot();
const CMDLINE = cacheSlot();
const SOCKET_NAME = cacheSlot();
const DIRECTORY = cacheSlot();
const FILENAME = cacheSlot();
const TIME = cacheSlot();
const TIME_ISO = cacheSlot();
const DATETIME = cacheSlot();

const flagsText = (ctx: EventContext): string => renderOpenFlags(openFlags(ctx) ?? 0);
const modeText = (ctx: EventContext): string => renderMode(mode(ctx) ?? 0);

/** evt.arg.<name>: the syscall arguments Falco's rules use, by the names Falco gives them. */
function eventArg(ctx: EventContext, name: string, raw: boolean): FieldValue {
  const e = ctx.event;
  switch (name) {
    case 'nstype':
    case 'flags': {
      if (ctx.kind === 'namespaceChange') {
        const f = e.namespaceChange?.flags ?? 0;
        return raw ? f : renderCloneFlags(f);
      }
      if (name === 'nstype') return undefined;
      const flags = openFlags(ctx);
      if (flags === undefined) return undefined;
      return raw ? flags : ctx.cached(FLAGS, flagsText);
    }
    case 'mode': {
      const m = mode(ctx);
      if (m === undefined) return undefined;
      return raw ? m : ctx.cached(MODE, modeText);
    }
    case 'name':
    case 'path':
    case 'filename':
    case 'pathname':
      if (ctx.kind === 'processExec') return e.processExec?.filename ?? undefined;
      return ctx.kind === 'fileRename' || ctx.kind === 'fileLink' ? undefined : ctx.path;
    // Falco's arguments: rename and link (hard) have oldpath and newpath; symlink has target and
    // linkpath.
    case 'oldpath':
      if (ctx.kind === 'fileLink' && e.fileLink?.hard) return e.fileLink.target ?? undefined;
      return ctx.kind === 'fileRename' ? (e.fileRename?.oldPath ?? undefined) : undefined;
    case 'newpath':
      if (ctx.kind === 'fileLink' && e.fileLink?.hard) return e.fileLink.linkPath ?? undefined;
      return ctx.kind === 'fileRename' ? (e.fileRename?.newPath ?? undefined) : undefined;
    case 'target':
      return ctx.kind === 'fileLink' && !e.fileLink?.hard
        ? (e.fileLink?.target ?? undefined)
        : undefined;
    case 'linkpath':
      return ctx.kind === 'fileLink' && !e.fileLink?.hard
        ? (e.fileLink?.linkPath ?? undefined)
        : undefined;
    case 'uid':
    case 'ruid':
    case 'euid':
    case 'suid':
      if (ctx.kind === 'processSetuid') return setidArg(e.processSetuid, name, raw);
      return ctx.kind === 'fileChown' && name === 'uid'
        ? (e.fileChown?.uid ?? undefined)
        : undefined;
    case 'gid':
    case 'rgid':
    case 'egid':
    case 'sgid':
      if (ctx.kind === 'processSetgid') return setidArg(e.processSetgid, name, raw);
      return ctx.kind === 'fileChown' && name === 'gid'
        ? (e.fileChown?.gid ?? undefined)
        : undefined;
    case 'fd':
      // setns's argument: the namespace's descriptor.
      if (ctx.kind === 'namespaceChange') return e.namespaceChange?.fd ?? undefined;
      return result(ctx);
    case 'res':
    case 'res_or_fd':
      return result(ctx);
    case 'backlog':
      return ctx.kind === 'netListen' ? (e.netListen?.backlog ?? 0) : undefined;
    case 'status':
    case 'ret':
    case 'sig':
    case 'core':
      return exitArg(ctx, name, raw);
    case 'request': {
      if (ctx.kind !== 'processPtrace') return undefined;
      const r = e.processPtrace?.request ?? 0;
      return raw ? r : (PTRACE_NAMES.get(r) ?? String(r));
    }
    case 'pid':
      return ctx.kind === 'processPtrace' ? (e.processPtrace?.targetPid ?? 0) : undefined;
    case 'domain': {
      if (ctx.kind !== 'netSocket') return undefined;
      const d = e.netSocket?.domain ?? 0;
      return raw ? d : (DOMAIN_NAMES.get(d) ?? String(d));
    }
    case 'type':
      return ctx.kind === 'netSocket' ? (e.netSocket?.type ?? 0) : undefined;
    case 'cmd':
      // Only BPF_PROG_LOAD is reported (BpfProgramLoad).
      if (ctx.kind !== 'bpfProgramLoad') return undefined;
      return raw ? 5 : 'BPF_PROG_LOAD';
    case 'proto':
      return ctx.kind === 'netSocket' ? (e.netSocket?.protocol ?? 0) : undefined;
    default:
      return undefined;
  }
}

/** What ProcessSetuid and ProcessSetgid have in common. */
interface SetidPayload {
  uid?: number | null;
  gid?: number | null;
  user?: string | null;
  group?: string | null;
  call?: vigil.v1.SetidCall | null;
  ruid?: number | null;
  rgid?: number | null;
  suid?: number | null;
  sgid?: number | null;
}

/** The id left as it was (-1 in C). */
const ID_LEFT = 4294967295;

/** The arguments of each SetidCall, by Falco's names; unspecified is setuid. */
const SETID_ARGS: ReadonlyArray<readonly string[]> = [
  ['uid'],
  ['uid'],
  ['ruid', 'euid'],
  ['ruid', 'euid', 'suid'],
  ['gid'],
  ['rgid', 'egid'],
  ['rgid', 'egid', 'sgid'],
];

/**
 * A setuid-family call's argument `name` (undefined where the call has none such): the
 * effective id rendered as its name where the host knows it, as Falco renders a uid; an id left
 * as it was as -1; the real and saved ids as numbers.
 */
function setidArg(p: SetidPayload | null | undefined, name: string, raw: boolean): FieldValue {
  if (p == null || !SETID_ARGS[p.call ?? 0]?.includes(name)) return undefined;
  const effective = name.length === 3 || name[0] === 'e';
  const id = effective
    ? (p.uid ?? p.gid)
    : name[0] === 'r'
      ? (p.ruid ?? p.rgid)
      : (p.suid ?? p.sgid);
  if (id == null) return undefined;
  if (id === ID_LEFT) return raw ? -1 : '-1';
  if (raw) return id;
  return (effective ? p.user || p.group : '') || String(id);
}

/** Names evt.arg.<name> knows; any other name is reported as unsupported. */
export const EVT_ARG_NAMES: ReadonlySet<string> = new Set([
  'flags',
  'mode',
  'name',
  'path',
  'filename',
  'pathname',
  'oldpath',
  'newpath',
  'target',
  'linkpath',
  'uid',
  'ruid',
  'euid',
  'suid',
  'gid',
  'rgid',
  'egid',
  'sgid',
  'res',
  'fd',
  'res_or_fd',
  'backlog',
  'status',
  'ret',
  'sig',
  'core',
  'request',
  'pid',
  'domain',
  'type',
  'proto',
  'nstype',
  'cmd',
]);

interface AncestorView {
  pid: number | undefined;
  comm: string | undefined;
  exe: string | undefined;
  argv: readonly string[] | undefined;
}

const SCRATCH: AncestorView = { pid: undefined, comm: undefined, exe: undefined, argv: undefined };

/** The process itself (n = 0) or its nth ancestor, in a reused view; undefined past the last. */
function ancestor(ctx: EventContext, n: number): AncestorView | undefined {
  const p = ctx.process;
  if (p == null) return undefined;
  if (n === 0) {
    SCRATCH.pid = p.pid ?? undefined;
    SCRATCH.comm = p.comm ?? undefined;
    SCRATCH.exe = p.exe ?? undefined;
    SCRATCH.argv = p.argv ?? undefined;
    return SCRATCH;
  }
  const a = p.ancestors?.[n - 1];
  if (a == null) return undefined;
  SCRATCH.pid = a.pid ?? undefined;
  SCRATCH.comm = a.comm ?? undefined;
  SCRATCH.exe = a.exe ?? undefined;
  SCRATCH.argv = a.argv ?? undefined;
  return SCRATCH;
}

/** How many ancestors an event's process has recorded. */
export function ancestorCount(ctx: EventContext): number {
  return ctx.process?.ancestors?.length ?? 0;
}

function args(argv: readonly string[] | undefined): string {
  if (argv == null || argv.length < 2) return '';
  return argv.slice(1).join(' ');
}

function cmdline(comm: string | undefined, argv: readonly string[] | undefined): string {
  const a = args(argv);
  return a === '' ? (comm ?? '') : `${comm ?? ''} ${a}`;
}

const procArgs = (c: EventContext): string => args(c.process?.argv ?? undefined);
const procCmdline = (c: EventContext): string =>
  cmdline(c.process?.comm ?? undefined, c.process?.argv ?? undefined);
const fileDirectory = (c: EventContext): string => dirname(c.path ?? '');
const fileName = (c: EventContext): string => basename(c.path ?? '');

function dirname(path: string): string {
  const i = path.lastIndexOf('/');
  if (i < 0) return '';
  return i === 0 ? '/' : path.slice(0, i);
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** The IP family character and name of a socket event. */
function socketType(ctx: EventContext): [string, string] | undefined {
  if (!ctx.hasSocket) {
    if (ctx.path === undefined) return undefined;
    const dir =
      ctx.kind === 'fileMkdir' ||
      (ctx.kind === 'fileOpen' && ((openFlags(ctx) ?? 0) & O_DIRECTORY) !== 0);
    return dir ? ['d', 'directory'] : ['f', 'file'];
  }
  switch (ctx.socket.family) {
    case 1:
      return ['4', 'ipv4'];
    case 2:
      return ['6', 'ipv6'];
    case 3:
      return ['u', 'unix'];
    default:
      return undefined;
  }
}

function isIp(ctx: EventContext): boolean {
  return ctx.hasSocket && (ctx.socket.family === 1 || ctx.socket.family === 2);
}

function ip(
  ctx: EventContext,
  which: 'server' | 'client' | 'local' | 'remote',
): string | undefined {
  if (!isIp(ctx)) return undefined;
  const s = ctx.socket;
  const local =
    which === 'local' ||
    (which === 'server' ? s.localIsServer : which === 'client' && !s.localIsServer);
  const value = local ? s.localAddress : s.remoteAddress;
  return value === '' ? undefined : value;
}

function port(
  ctx: EventContext,
  which: 'server' | 'client' | 'local' | 'remote',
): number | undefined {
  if (!isIp(ctx)) return undefined;
  const s = ctx.socket;
  const local =
    which === 'local' ||
    (which === 'server' ? s.localIsServer : which === 'client' && !s.localIsServer);
  return local ? s.localPort : s.remotePort;
}

/** fd.name of a socket, as Falco writes it: client ip:port->server ip:port. */
function socketName(ctx: EventContext): string | undefined {
  if (!ctx.hasSocket) return undefined;
  const s = ctx.socket;
  if (s.family === 3) return s.localAddress || s.remoteAddress || undefined;
  if (ctx.kind === 'netListen') return `${s.localAddress}:${s.localPort}`;
  const c = `${ip(ctx, 'client') ?? ''}:${port(ctx, 'client') ?? 0}`;
  const v = `${ip(ctx, 'server') ?? ''}:${port(ctx, 'server') ?? 0}`;
  return `${c}->${v}`;
}

function l4proto(ctx: EventContext): string | undefined {
  if (!ctx.hasSocket) return undefined;
  switch (ctx.socket.protocol) {
    case 1:
      return 'tcp';
    case 2:
      return 'udp';
    case 3:
      return 'raw';
    default:
      return undefined;
  }
}

function container(ctx: EventContext): vigil.v1.IContainer | undefined {
  const c = ctx.event.container;
  return c != null && (c.id ?? '') !== '' ? c : undefined;
}

/** Splits an image reference into repository and tag (a registry's port is not a tag). */
function imageParts(image: string): [string, string] {
  const at = image.indexOf('@');
  const ref = at >= 0 ? image.slice(0, at) : image;
  const colon = ref.lastIndexOf(':');
  if (colon > ref.lastIndexOf('/')) return [ref.slice(0, colon), ref.slice(colon + 1)];
  return [ref, ''];
}

const UNSET_ID = 4294967295;

function nonEmpty(s: string | null | undefined): string | undefined {
  return s == null || s === '' ? undefined : s;
}

/**
 * capability(7) names by bit number (include/uapi/linux/capability.h, CAP_CHOWN 0 to
 * CAP_CHECKPOINT_RESTORE 40).
 */
const CAPABILITIES = [
  'CAP_CHOWN',
  'CAP_DAC_OVERRIDE',
  'CAP_DAC_READ_SEARCH',
  'CAP_FOWNER',
  'CAP_FSETID',
  'CAP_KILL',
  'CAP_SETGID',
  'CAP_SETUID',
  'CAP_SETPCAP',
  'CAP_LINUX_IMMUTABLE',
  'CAP_NET_BIND_SERVICE',
  'CAP_NET_BROADCAST',
  'CAP_NET_ADMIN',
  'CAP_NET_RAW',
  'CAP_IPC_LOCK',
  'CAP_IPC_OWNER',
  'CAP_SYS_MODULE',
  'CAP_SYS_RAWIO',
  'CAP_SYS_CHROOT',
  'CAP_SYS_PTRACE',
  'CAP_SYS_PACCT',
  'CAP_SYS_ADMIN',
  'CAP_SYS_BOOT',
  'CAP_SYS_NICE',
  'CAP_SYS_RESOURCE',
  'CAP_SYS_TIME',
  'CAP_SYS_TTY_CONFIG',
  'CAP_MKNOD',
  'CAP_LEASE',
  'CAP_AUDIT_WRITE',
  'CAP_AUDIT_CONTROL',
  'CAP_SETFCAP',
  'CAP_MAC_OVERRIDE',
  'CAP_MAC_ADMIN',
  'CAP_SYSLOG',
  'CAP_WAKE_ALARM',
  'CAP_BLOCK_SUSPEND',
  'CAP_AUDIT_READ',
  'CAP_PERFMON',
  'CAP_BPF',
  'CAP_CHECKPOINT_RESTORE',
] as const;

/**
 * A capability set as Falco's thread.cap_* give it: the names of its bits, lowest first,
 * separated by spaces (libsinsp's caps_to_string; bits past the known names are left out, as
 * there). Undefined when the set is unknown.
 */
function capNames(mask: number | Long | null | undefined): string | undefined {
  if (mask == null) return undefined;
  const n = int64(mask);
  const names: string[] = [];
  for (let i = 0; i < CAPABILITIES.length; i++) {
    // 2 ** i, not 1 << i: the masks go past 32 bits.
    if (Math.floor(n / 2 ** i) % 2 === 1) names.push(CAPABILITIES[i] as string);
  }
  return names.join(' ');
}

/**
 * proc.duration, as libsinsp's (the event's time less the process's clone time): the event's
 * CLOCK_MONOTONIC time less the process's start, both nanoseconds since boot (the start from
 * /proc/<pid>/stat, CLOCK_BOOTTIME, or the fork's event; the two clocks differ only by time
 * suspended). Undefined when either is missing, or when the event would come before the start.
 */
function procDuration(ctx: EventContext): number | undefined {
  const from = num(ctx.process?.startTimeNs);
  const to = num(ctx.event.monoNs);
  if (from === undefined || to === undefined || from <= 0 || to < from) return undefined;
  return to - from;
}

/** A Vigil uint64 (a Long, a decimal string or a number) as a number. */
function num(v: number | Long | null | undefined): number | undefined {
  return v == null ? undefined : int64(v);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** evt.time as Falco prints it: local time of day with nanoseconds. */
function timeOfDay(ns: bigint): string {
  const d = new Date(Number(ns / 1_000_000n));
  const frac = pad(Number(ns % 1_000_000_000n), 9);
  return `${pad(d.getHours(), 2)}:${pad(d.getMinutes(), 2)}:${pad(d.getSeconds(), 2)}.${frac}`;
}

function timeNs(ctx: EventContext): bigint {
  return BigInt(String(ctx.event.timeNs ?? 0));
}

type Extract = FieldDef['extract'];

function field(
  name: string,
  type: FieldType,
  desc: string,
  extract: Extract,
  arg?: FieldDef['arg'],
): FieldDef {
  return arg === undefined ? { name, type, desc, extract } : { name, type, desc, extract, arg };
}

/** A field whose checks match when either end of a socket matches (fd.ip, fd.net). */
function eitherEnd(name: string, type: FieldType, desc: string): FieldDef {
  return {
    ...field(name, type, desc, (ctx) => ip(ctx, 'local')),
    other: (ctx) => ip(ctx, 'remote'),
  };
}

function proc(key: 'pid' | 'tid' | 'ppid' | 'sid' | 'tty' | 'uid' | 'gid' | 'euid'): Extract {
  return (ctx) => ctx.process?.[key] ?? undefined;
}

const ancestorField = (pick: (a: AncestorView) => FieldValue): Extract => {
  return (ctx, arg) => {
    const a = ancestor(ctx, typeof arg === 'number' ? arg : 1);
    return a === undefined ? undefined : pick(a);
  };
};

const FIELDS: FieldDef[] = [
  // evt.*
  field(
    'evt.type',
    'string',
    "The event's syscall name as Falco names it (execve, openat, connect...)",
    (ctx) => evtTypeNames(ctx)[0],
  ),
  field(
    'evt.dir',
    'string',
    "'<': Vigil's events are complete syscalls, reported at exit",
    (ctx) => (ctx.kind === undefined ? undefined : '<'),
  ),
  field('evt.res', 'string', "SUCCESS, or the error's name (ENOENT...)", (ctx) => {
    const r = result(ctx);
    if (r === undefined) return undefined;
    return r >= 0 ? 'SUCCESS' : (ERRNO_NAMES.get(-r) ?? String(r));
  }),
  field('evt.rawres', 'number', 'The return value: >= 0 on success, a negative errno', result),
  field('evt.failed', 'bool', 'True when the syscall returned an error', (ctx) => {
    const r = result(ctx);
    return r === undefined ? undefined : r < 0;
  }),
  field('evt.is_open_read', 'bool', 'An open for reading (O_RDONLY or O_RDWR)', (ctx) => {
    const f = openFlags(ctx);
    return f === undefined ? undefined : (f & O_ACCMODE) !== 1;
  }),
  field('evt.is_open_write', 'bool', 'An open for writing (O_WRONLY or O_RDWR)', (ctx) => {
    const f = openFlags(ctx);
    return f === undefined ? undefined : (f & O_ACCMODE) !== 0;
  }),
  field('evt.is_open_create', 'bool', 'An open with O_CREAT', (ctx) => {
    const f = openFlags(ctx);
    return f === undefined ? undefined : (f & O_CREAT) !== 0;
  }),
  field(
    'evt.arg',
    'string',
    'A syscall argument by name: flags, mode (rendered as names), name/path/filename, oldpath, newpath, uid, gid, res, fd, backlog; of a process exit, status, ret (its exit code), sig (by name), core; of a ptrace, request (by name), pid (the tracee); of a socket, domain (by name), type, proto; of setns and unshare, flags and nstype (CLONE_NEW* names), fd; of bpf, cmd (BPF_PROG_LOAD)',
    (ctx, arg) => {
      const v = eventArg(ctx, String(arg), false);
      return typeof v === 'number' ? String(v) : v;
    },
    'key',
  ),
  field(
    'evt.rawarg',
    'number',
    'A syscall argument by name, as a number (flags, mode, uid, gid, res, fd, backlog, status, ret, sig, core, request, pid, domain, type, proto, nstype, cmd)',
    (ctx, arg) => {
      const v = eventArg(ctx, String(arg), true);
      return typeof v === 'number' ? v : undefined;
    },
    'key',
  ),
  field('evt.num', 'number', "The event's sequence number at its sensor", (ctx) =>
    num(ctx.event.seq),
  ),
  field('evt.time', 'string', 'Time of day of the event, local time with nanoseconds', (ctx) =>
    ctx.cached(TIME, (c) => timeOfDay(timeNs(c))),
  ),
  field('evt.time.iso8601', 'string', 'Time of the event, ISO 8601 in UTC', (ctx) =>
    ctx.cached(TIME_ISO, (c) => {
      const ns = timeNs(c);
      return new Date(Number(ns / 1_000_000n))
        .toISOString()
        .replace(/\.\d+Z$/, `.${pad(Number(ns % 1_000_000_000n), 9)}Z`);
    }),
  ),
  field('evt.datetime', 'string', 'Date and time of the event, ISO 8601 in UTC', (ctx) =>
    ctx.cached(DATETIME, (c) => new Date(Number(timeNs(c) / 1_000_000n)).toISOString()),
  ),
  field('evt.rawtime', 'string', 'Time of the event, nanoseconds since the epoch', (ctx) =>
    ctx.event.timeNs == null ? undefined : String(ctx.event.timeNs),
  ),
  field('evt.hostname', 'string', 'Host name of the sensor that saw the event', (ctx) =>
    nonEmpty(ctx.event.host),
  ),
  // proc.*
  field('proc.name', 'string', 'Command name (the task comm, at most 15 characters)', (ctx) =>
    nonEmpty(ctx.process?.comm),
  ),
  field(
    'proc.exe',
    'string',
    'First argument of the command line (argv[0])',
    (ctx) => ctx.process?.argv?.[0],
  ),
  field('proc.exepath', 'string', 'Resolved path of the executable', (ctx) =>
    nonEmpty(ctx.process?.exe),
  ),
  field(
    'proc.is_exe_from_memfd',
    'bool',
    'True when the executable is an anonymous file made by memfd_create (proc.exepath memfd:<name>)',
    (ctx) => (ctx.process?.exe ? ctx.process.exe.startsWith('memfd:') : undefined),
  ),
  field(
    'thread.cap_effective',
    'string',
    'Effective capabilities, their names separated by spaces (CAP_CHOWN CAP_SYS_ADMIN)',
    (ctx) => capNames(ctx.process?.caps?.effective),
  ),
  field(
    'thread.cap_permitted',
    'string',
    'Permitted capabilities, their names separated by spaces',
    (ctx) => capNames(ctx.process?.caps?.permitted),
  ),
  field('proc.args', 'string', 'Arguments after argv[0], joined by spaces', (ctx) =>
    ctx.process == null ? undefined : ctx.cached(ARGS, procArgs),
  ),
  field('proc.cmdline', 'string', 'proc.name followed by the arguments', (ctx) =>
    ctx.process == null ? undefined : ctx.cached(CMDLINE, procCmdline),
  ),
  field('proc.pid', 'number', 'Process id', proc('pid')),
  field('proc.vpid', 'number', 'Process id (Vigil reports the host pid)', proc('pid')),
  field('proc.tid', 'number', 'Thread id', proc('tid')),
  field('proc.ppid', 'number', 'Parent process id', proc('ppid')),
  field('proc.sid', 'number', 'Session id', proc('sid')),
  field(
    'proc.duration',
    'number',
    'Nanoseconds from the start of the process to the event (evt mono_ns - proc start_time_ns)',
    procDuration,
  ),
  field('proc.cwd', 'string', 'Current working directory', (ctx) => nonEmpty(ctx.process?.cwd)),
  field('proc.tty', 'number', 'Controlling terminal device number; 0 when none', proc('tty')),
  field(
    'proc.pname',
    'string',
    "Parent's command name",
    ancestorField((a) => a.comm),
  ),
  field(
    'proc.pexe',
    'string',
    "Parent's argv[0]",
    ancestorField((a) => a.argv?.[0]),
  ),
  field(
    'proc.pexepath',
    'string',
    "Parent's resolved executable",
    ancestorField((a) => nonEmpty(a.exe)),
  ),
  field(
    'proc.pcmdline',
    'string',
    "Parent's command line",
    ancestorField((a) => cmdline(a.comm, a.argv)),
  ),
  field(
    'proc.aname',
    'string',
    'Command name of ancestor N (0 is the process); without [N], any ancestor',
    ancestorField((a) => a.comm),
    'ancestor',
  ),
  field(
    'proc.apid',
    'number',
    'Pid of ancestor N; without [N], any ancestor',
    ancestorField((a) => a.pid),
    'ancestor',
  ),
  field(
    'proc.aexe',
    'string',
    'argv[0] of ancestor N; without [N], any ancestor',
    ancestorField((a) => a.argv?.[0]),
    'ancestor',
  ),
  field(
    'proc.aexepath',
    'string',
    'Executable of ancestor N; without [N], any ancestor',
    ancestorField((a) => nonEmpty(a.exe)),
    'ancestor',
  ),
  field(
    'proc.acmdline',
    'string',
    'Command line of ancestor N; without [N], any ancestor',
    ancestorField((a) => cmdline(a.comm, a.argv)),
    'ancestor',
  ),
  field('proc.sha256', 'string', 'SHA-256 of the executable (Vigil)', (ctx) =>
    nonEmpty(ctx.process?.exeSha256),
  ),
  field('proc.uid', 'string', 'Stable identity of the process across pid reuse (Vigil)', (ctx) =>
    nonEmpty(ctx.process?.processUid),
  ),
  // user.* and group.*
  field('user.uid', 'number', 'Real user id', proc('uid')),
  field('user.name', 'string', 'Name of the real user', (ctx) => nonEmpty(ctx.process?.user)),
  field('user.euid', 'number', 'Effective user id (Vigil)', proc('euid')),
  field('user.loginuid', 'number', 'Audit login user id; -1 when unset', (ctx) => {
    const v = ctx.process?.loginuid;
    return v == null ? undefined : v === UNSET_ID ? -1 : v;
  }),
  field('group.gid', 'number', 'Real group id', proc('gid')),
  field('group.name', 'string', 'Name of the real group', (ctx) => nonEmpty(ctx.process?.group)),
  // fd.*
  field(
    'fd.name',
    'string',
    'File path, or client ip:port->server ip:port for a socket',
    (ctx) => ctx.path ?? ctx.cached(SOCKET_NAME, socketName),
  ),
  field(
    'fd.nameraw',
    'string',
    'File path as the process passed it to open, before it was made absolute; else as fd.name',
    (ctx) =>
      nonEmpty(ctx.event.fileOpen?.pathRaw) ?? ctx.path ?? ctx.cached(SOCKET_NAME, socketName),
  ),
  field('fd.directory', 'string', 'Directory of the file', (ctx) =>
    ctx.path === undefined ? undefined : ctx.cached(DIRECTORY, fileDirectory),
  ),
  field('fd.filename', 'string', 'File name without its directory', (ctx) =>
    ctx.path === undefined ? undefined : ctx.cached(FILENAME, fileName),
  ),
  field(
    'fd.num',
    'number',
    'File descriptor the event returned (open, accept); negative on failure',
    (ctx) => (ctx.kind === 'fileOpen' || ctx.kind === 'netAccept' ? result(ctx) : undefined),
  ),
  field(
    'fd.typechar',
    'string',
    'f file, d directory, 4 IPv4, 6 IPv6, u unix socket',
    (ctx) => socketType(ctx)?.[0],
  ),
  field('fd.type', 'string', 'file, directory, ipv4, ipv6, unix', (ctx) => socketType(ctx)?.[1]),
  field('fd.sockfamily', 'string', 'ip or unix', (ctx) =>
    !ctx.hasSocket ? undefined : ctx.socket.family === 3 ? 'unix' : isIp(ctx) ? 'ip' : undefined,
  ),
  field('fd.l4proto', 'string', 'tcp, udp or raw', l4proto),
  field('fd.sip', 'ipaddr', 'Server IP address', (ctx) => ip(ctx, 'server')),
  field('fd.cip', 'ipaddr', 'Client IP address', (ctx) => ip(ctx, 'client')),
  field('fd.lip', 'ipaddr', 'Local IP address', (ctx) => ip(ctx, 'local')),
  field('fd.rip', 'ipaddr', 'Remote IP address', (ctx) => ip(ctx, 'remote')),
  field('fd.dip', 'ipaddr', 'Destination (remote) IP address', (ctx) => ip(ctx, 'remote')),
  field('fd.sport', 'number', 'Server port', (ctx) => port(ctx, 'server')),
  field('fd.cport', 'number', 'Client port', (ctx) => port(ctx, 'client')),
  field('fd.lport', 'number', 'Local port', (ctx) => port(ctx, 'local')),
  field('fd.rport', 'number', 'Remote port', (ctx) => port(ctx, 'remote')),
  field('fd.dport', 'number', 'Destination (remote) port', (ctx) => port(ctx, 'remote')),
  eitherEnd('fd.ip', 'ipaddr', 'Either IP address (a check matches when one end matches)'),
  eitherEnd('fd.net', 'ipnet', 'Either IP address, compared with a network (CIDR)'),
  field('fd.snet', 'ipnet', 'Server IP address, compared with a network (CIDR)', (ctx) =>
    ip(ctx, 'server'),
  ),
  field('fd.cnet', 'ipnet', 'Client IP address, compared with a network (CIDR)', (ctx) =>
    ip(ctx, 'client'),
  ),
  field('fd.lnet', 'ipnet', 'Local IP address, compared with a network (CIDR)', (ctx) =>
    ip(ctx, 'local'),
  ),
  field('fd.rnet', 'ipnet', 'Remote IP address, compared with a network (CIDR)', (ctx) =>
    ip(ctx, 'remote'),
  ),
  // container.*
  field(
    'container.id',
    'string',
    "Short (12 character) container id; 'host' on the host",
    (ctx) => {
      const c = container(ctx);
      return c === undefined ? 'host' : (c.id ?? '').slice(0, 12);
    },
  ),
  field(
    'container.full_id',
    'string',
    "Full container id; 'host' on the host",
    (ctx) => container(ctx)?.id ?? 'host',
  ),
  field('container.name', 'string', "Container name; 'host' on the host", (ctx) => {
    const c = container(ctx);
    return c === undefined ? 'host' : nonEmpty(c.name);
  }),
  field('container.image', 'string', 'Image reference', (ctx) => nonEmpty(container(ctx)?.image)),
  field(
    'container.image.repository',
    'string',
    'Image repository (the reference without tag or digest)',
    (ctx) => {
      const image = nonEmpty(container(ctx)?.image);
      return image === undefined ? undefined : imageParts(image)[0];
    },
  ),
  field('container.image.tag', 'string', 'Image tag', (ctx) => {
    const image = nonEmpty(container(ctx)?.image);
    return image === undefined ? undefined : nonEmpty(imageParts(image)[1]);
  }),
  field(
    'container.type',
    'string',
    "Runtime (docker, containerd, cri-o, podman, kubepods); 'host' on the host",
    (ctx) => {
      const c = container(ctx);
      return c === undefined ? 'host' : nonEmpty(c.runtime);
    },
  ),
  field('container.privileged', 'bool', 'True when the container runs privileged', (ctx) => {
    const c = container(ctx);
    return c === undefined ? undefined : c.privileged === true;
  }),
];

/** Vigil's field catalogue, by name. */
export const FIELD_CATALOGUE: ReadonlyMap<string, FieldDef> = new Map(
  FIELDS.map((f) => [f.name, f]),
);

/** Field classes of Falco's syscall source: a field of these that Vigil lacks is a reported gap. */
export const FALCO_FIELD_CLASSES: ReadonlySet<string> = new Set([
  'evt',
  'proc',
  'thread',
  'user',
  'group',
  'fd',
  'fdlist',
  'fs',
  'syscall',
  'container',
  'k8s',
  'k8smeta',
  'span',
  'mesos',
  'evtin',
]);

/** Finds a field: the exact name, or a keyed field written with a dot (`evt.arg.flags`). */
export function lookupField(name: string): { def: FieldDef; key: string | undefined } | undefined {
  const exact = FIELD_CATALOGUE.get(name);
  if (exact !== undefined) return { def: exact, key: undefined };
  for (const prefix of ['evt.arg.', 'evt.rawarg.']) {
    if (name.startsWith(prefix)) {
      const def = FIELD_CATALOGUE.get(prefix.slice(0, -1));
      if (def !== undefined) return { def, key: name.slice(prefix.length) };
    }
  }
  return undefined;
}
