import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { containerFromCgroup } from '../src/enrich/containers.js';
import {
  ANCESTOR_ARGV_BYTES,
  ID_UNCHANGED,
  PARENT_ARGV_BYTES,
  ProcessTable,
  capArgv,
} from '../src/enrich/process-table.js';
import { exePath, parseStat, readProc } from '../src/enrich/procfs.js';

const id = 'a'.repeat(32) + '0123456789abcdef0123456789abcdef';

test('container ids and runtimes are recognised from cgroup paths of every common runtime', () => {
  const cases: Array<[string, string | undefined]> = [
    [`/docker/${id}`, 'docker'],
    [`/system.slice/docker-${id}.scope`, 'docker'],
    [
      `/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod1234.slice/cri-containerd-${id}.scope`,
      'containerd',
    ],
    [`/kubepods.slice/kubepods-pod99.slice/crio-${id}.scope`, 'cri-o'],
    [`/machine.slice/libpod-${id}.scope/container`, 'podman'],
    [`/kubepods/besteffort/pod0b1c/${id}`, 'kubepods'],
    ['/user.slice/user-1000.slice/session-3.scope', undefined],
    ['/', undefined],
    [`/docker/${id.slice(1)}`, undefined],
  ];
  for (const [path, runtime] of cases) {
    const ref = containerFromCgroup(path);
    assert.equal(ref?.runtime, runtime, path);
    if (runtime) assert.equal(ref?.id, id, path);
  }
});

test('/proc/<pid>/stat is parsed even when comm holds spaces and parentheses', () => {
  const text =
    '4242 (my (odd) proc) S 1 4242 4242 34816 4242 4194560 100 0 0 0 1 2 0 0 20 0 1 0 987654 1000 100';
  const s = parseStat(text);
  assert.deepEqual(s, {
    pid: 4242,
    comm: 'my (odd) proc',
    state: 'S',
    ppid: 1,
    sid: 4242,
    tty: 34816,
    flags: 4194560,
    startTicks: 987654,
  });
});

test('this process is read from /proc with argv, cwd, exe and credentials', () => {
  const me = readProc(process.pid);
  assert.ok(me);
  assert.equal(me.pid, process.pid);
  assert.equal(me.ppid, process.ppid);
  assert.equal(me.exe, process.execPath);
  assert.equal(me.cwd, process.cwd());
  assert.equal(me.uid, process.getuid?.());
  assert.equal(me.euid, process.geteuid?.());
  assert.equal(me.argv[0], process.argv0);
  assert.ok(me.argv.at(-1)?.endsWith('enrich.test.js'), me.argv.join(' '));
  assert.equal(readProc(2 ** 22 + 1), undefined);
});

test('the sha256 of an executable is computed in the background and cached by dev, inode and mtime', async () => {
  const { ExeHasher } = await import('../src/enrich/exe-hash.js');
  const { createHash } = await import('node:crypto');
  const { readFileSync } = await import('node:fs');
  const hasher = new ExeHasher();
  const key = hasher.key(process.pid);
  assert.ok(key && /^\d+:\d+:\d+$/.test(key), `key ${key}`);
  const done = new Promise<string>((resolve) => (hasher.onHashed = resolve));
  assert.equal(hasher.lookup(key, process.pid), '');
  assert.equal(await done, key);
  const expected = createHash('sha256').update(readFileSync(process.execPath)).digest('hex');
  assert.equal(hasher.lookup(key, process.pid), expected);
});

test('lines split across chunks are joined; no line is lost or split', async () => {
  const { LineSplitter } = await import('../src/collectors/ebpf.js');
  const seen: string[] = [];
  const ls = new LineSplitter();
  ls.onLine = (buf, s, e) => seen.push(buf.toString('utf8', s, e));
  ls.push(Buffer.from('O\t1\t/a'));
  ls.push(Buffer.from('bc\nF\t2\n'));
  ls.push(Buffer.from('\nD\t3\t/ü'));
  ls.push(Buffer.from('\n'));
  assert.deepEqual(seen, ['O\t1\t/abc', 'F\t2', '', 'D\t3\t/ü']);
});

test('an exec takes the argv of the last execve call before it, not a later one of the new image', async () => {
  const { ProcessTable } = await import('../src/enrich/process-table.js');
  const table = new ProcessTable({ host: 'h' });
  // A pid no process has: the table cannot read /proc and must use what eBPF saw.
  const pid = 4_194_000;
  table.argvHint(pid, ['/usr/local/bin/env', 'ls'], false, 100);
  table.argvHint(pid, ['env', 'ls'], false, 200);
  table.argvHint(pid, ['ls', '-l'], false, 400);
  const first = table.onExec(pid, '/usr/bin/env', 300);
  assert.deepEqual(first.argv, ['env', 'ls']);
  assert.equal(first.argvTruncated, false);
  const second = table.onExec(pid, '/usr/bin/ls', 500);
  assert.deepEqual(second.argv, ['ls', '-l']);
  // Nothing left: a third exec says its argv is incomplete.
  const third = table.onExec(pid, '/usr/bin/true', 600);
  assert.deepEqual(third.argv, ['/usr/bin/true']);
  assert.equal(third.argvTruncated, true);
});

test('the executable is named as /proc says, a memfd as Falco names it', () => {
  assert.equal(exePath('/usr/bin/true'), '/usr/bin/true');
  assert.equal(exePath('/tmp/gone (deleted)'), '/tmp/gone');
  assert.equal(
    exePath('/memfd:runc_cloned:/proc/self/exe (deleted)'),
    'memfd:runc_cloned:/proc/self/exe',
  );
  // A file on disk whose name only starts like one keeps its path.
  assert.equal(exePath('/memfd:x'), '/memfd:x');
});

test('an exec the kernel names /dev/fd/<n> takes the program eBPF walked at it, a few microseconds either side', async () => {
  const { ProcessTable } = await import('../src/enrich/process-table.js');
  const table = new ProcessTable({ host: 'h' });
  const pid = 4_194_001;
  table.exeHint(pid, '/usr/bin/stale', 1_000_000);
  table.exeHint(pid, 'memfd:runc_cloned:/proc/self/exe', 10_000_050);
  table.exeHint(pid, '/usr/bin/true', 20_000_000);
  const first = table.onExec(pid, '/dev/fd/3', 10_000_000);
  assert.equal(first.exe, 'memfd:runc_cloned:/proc/self/exe');
  assert.equal(first.comm, 'memfd:runc_clon');
  // An exec by name keeps its name, and takes no walk.
  assert.equal(table.onExec(pid, '/usr/bin/env', 15_000_000).exe, '/usr/bin/env');
  assert.equal(table.onExec(pid, '/dev/fd/4', 20_000_010).exe, '/usr/bin/true');
  // Nothing walked: the kernel's name is all there is.
  const none = table.onExec(pid, '/dev/fd/5', 30_000_000);
  assert.equal(none.exe, '/dev/fd/5');
  assert.equal(none.comm, '5');
});

test('an exit takes the status eBPF read at it, within microseconds; none is unknown, not 0', async () => {
  const { ProcessTable } = await import('../src/enrich/process-table.js');
  const table = new ProcessTable({ host: 'h' });
  const pid = 4_194_002;
  table.exitHint(pid, 256, 1_000_000);
  table.exitHint(pid, 9, 10_000_080);
  // The first exit of this pid (a reused one) is long before: its status is not taken for this.
  assert.equal(table.takeExitStatus(pid, 10_000_000), 9);
  assert.equal(table.takeExitStatus(pid, 10_000_000), undefined, 'taken once');
  table.exitHint(pid, 3 << 8, 50_000_000);
  assert.equal(
    table.takeExitStatus(pid, 40_000_000),
    undefined,
    'one 10 ms later is not this exit',
  );
  assert.equal(table.takeExitStatus(pid, 49_999_900), 3 << 8);
});

test('a forked child takes its image, credentials, capabilities and cgroup from its parent: only its stat is read', () => {
  // A /proc of two processes: the parent complete, the child with its stat alone (a fork copies
  // everything else, so the table must not need it).
  const proc = mkdtempSync(join(tmpdir(), 'vigil-proc-'));
  try {
    const parent = 4100;
    const child = 4101;
    mkdirSync(join(proc, String(parent)));
    const put = (pid: number, file: string, text: string) =>
      writeFileSync(join(proc, String(pid), file), text);
    const stat = (pid: number, ppid: number, comm: string, ticks: number) =>
      `${pid} (${comm}) S ${ppid} ${pid} 77 34816 0 0 0 0 0 0 0 0 0 0 20 0 1 0 ${ticks} 0 0\n`;
    put(parent, 'stat', stat(parent, 1, 'sh', 5000));
    put(
      parent,
      'status',
      'Name:\tsh\nUid:\t1000\t1000\t1000\t1000\nGid:\t100\t100\t100\t100\nCapInh:\t0000000000000000\nCapPrm:\t0000000000202000\nCapEff:\t0000000000002000\n',
    );
    put(parent, 'cmdline', 'sh\0-c\0make all\0');
    put(parent, 'cgroup', '0::/system.slice/docker-' + id + '.scope\n');
    put(parent, 'loginuid', '1000');
    symlinkSync('/usr/bin/dash', join(proc, String(parent), 'exe'));
    symlinkSync('/srv/build', join(proc, String(parent), 'cwd'));
    mkdirSync(join(proc, String(child)));
    put(child, 'stat', stat(child, parent, 'sh', 5123));

    const table = new ProcessTable({ host: 'h', proc });
    table.seed([parent]);
    const p = table.get(parent);
    assert.ok(p);
    const c = table.onFork(parent, child, 'sh', 51_240_000_000);
    assert.equal(c.pid, child);
    assert.equal(c.ppid, parent);
    assert.equal(c.exited, false);
    assert.equal(c.startTimeNs, 51_230_000_000, 'the start time /proc gives, as for any process');
    assert.equal(c.processUid, table.processUid(child, 51_230_000_000));
    assert.deepEqual(
      [c.exe, c.argv, c.cwd, c.uid, c.euid, c.gid, c.loginuid, c.cgroup, c.container?.id],
      [p.exe, p.argv, p.cwd, 1000, 1000, 100, 1000, p.cgroup, id.slice(0, 64)],
    );
    // CAP_NET_RAW (13) effective, CAP_SYS_ADMIN (21) permitted besides.
    assert.deepEqual(c.caps, { effective: 2 ** 13, permitted: 2 ** 13 + 2 ** 21 });
    assert.deepEqual(table.describe(c).caps, c.caps);
    // The child's own later reads (an exec) still read everything.
    put(child, 'cmdline', 'cc\0-c\0x.c\0');
    put(
      child,
      'status',
      'Name:\tcc\nUid:\t0\t0\t0\t0\nGid:\t0\t0\t0\t0\nCapPrm:\t000001ffffffffff\nCapEff:\t000001ffffffffff\n',
    );
    symlinkSync('/usr/bin/cc', join(proc, String(child), 'exe'));
    const e = table.onExec(child, '/usr/bin/cc', 51_300_000_000);
    assert.deepEqual([e.exe, e.argv, e.uid], ['/usr/bin/cc', ['cc', '-c', 'x.c'], 0]);
    assert.deepEqual(e.caps, { effective: 2 ** 41 - 1, permitted: 2 ** 41 - 1 });
  } finally {
    rmSync(proc, { recursive: true, force: true });
  }
});

test('a successful setuid-family call changes the ids and capabilities as the kernel does, without reading /proc', () => {
  const proc = mkdtempSync(join(tmpdir(), 'vigil-proc-'));
  try {
    const put = (pid: number, uid: number, suid: number, caps: string | undefined) => {
      mkdirSync(join(proc, String(pid)), { recursive: true });
      writeFileSync(
        join(proc, String(pid), 'stat'),
        `${pid} (d) S 1 ${pid} 0 0 0 0 0 0 0 0 0 0 20 0 1 0 100 0 0\n`,
      );
      writeFileSync(
        join(proc, String(pid), 'status'),
        `Name:\td\nUid:\t${uid}\t${uid}\t${suid}\t${uid}\nGid:\t0\t0\t0\t0\n` +
          (caps ? `CapPrm:\t${caps}\nCapEff:\t${caps}\n` : ''),
      );
    };
    const FULL = 2 ** 41 - 1;
    const left = ID_UNCHANGED;
    put(10, 0, 0, '000001ffffffffff');
    put(11, 1000, 1000, '0000000000000000');
    put(12, 0, 0, undefined);
    const table = new ProcessTable({ host: 'h', proc });
    table.seed([10, 11, 12]);
    const ids = (pid: number) => {
      const e = table.get(pid);
      return [e?.uid, e?.euid, e?.suid, e?.caps?.effective, e?.caps?.permitted];
    };
    // seteuid(3) away from root and back: the effective set follows, from the permitted one.
    table.idsChanged(10, 'setresuid', { r: left, e: 33, s: left });
    assert.deepEqual(ids(10), [0, 33, 0, 0, FULL]);
    table.idsChanged(10, 'setreuid', { r: left, e: 0, s: left });
    assert.deepEqual(ids(10), [0, 0, 0, FULL, FULL], 'the old real uid: saved uid kept');
    // setreuid to another effective uid than the real one sets the saved one too.
    table.idsChanged(10, 'setreuid', { r: left, e: 33, s: left });
    assert.deepEqual(ids(10), [0, 33, 33, 0, FULL]);
    // setuid without CAP_SETUID sets the effective uid alone; no root id left clears both sets.
    table.idsChanged(10, 'setuid', { r: left, e: 33, s: left });
    assert.deepEqual(ids(10), [0, 33, 33, 0, FULL]);
    table.idsChanged(10, 'setresuid', { r: 33, e: left, s: left });
    assert.deepEqual(ids(10), [33, 33, 33, 0, 0]);
    // setuid with CAP_SETUID, or as root with the sets unknown, sets all three.
    put(10, 0, 0, '000001ffffffffff');
    table.refresh(10);
    table.idsChanged(10, 'setuid', { r: left, e: 1000, s: left });
    assert.deepEqual(ids(10), [1000, 1000, 1000, 0, 0]);
    table.idsChanged(12, 'setuid', { r: left, e: 1000, s: left });
    assert.deepEqual(ids(12), [1000, 1000, 1000, undefined, undefined]);
    // Not root: the user's own setuid changes the effective uid alone.
    table.idsChanged(11, 'setuid', { r: left, e: 1000, s: left });
    assert.deepEqual(ids(11), [1000, 1000, 1000, 0, 0]);
    // The group family: ids only; the description follows.
    table.idsChanged(11, 'setresgid', { r: 100, e: 100, s: left });
    const e = table.get(11);
    assert.deepEqual([e?.gid, e?.egid, e?.sgid], [100, 100, 0]);
    assert.equal(e && table.describe(e).gid, 100);
    // A process the table does not know stays unknown.
    table.idsChanged(13, 'setuid', { r: left, e: 0, s: left });
    assert.equal(table.get(13), undefined);
  } finally {
    rmSync(proc, { recursive: true, force: true });
  }
});

test('executables are read for hashing at a bounded pace, so a large one costs no burst of CPU', async () => {
  const { ExeHasher, HASH_BYTES_PER_SECOND } = await import('../src/enrich/exe-hash.js');
  const { statSync } = await import('node:fs');
  const hasher = new ExeHasher();
  const key = hasher.key(process.pid) as string;
  const done = new Promise<string>((resolve) => (hasher.onHashed = resolve));
  const t0 = Date.now();
  hasher.lookup(key, process.pid);
  await done;
  const seconds = (Date.now() - t0) / 1000;
  const floor = (statSync(process.execPath).size / HASH_BYTES_PER_SECOND) * 0.9;
  assert.ok(
    seconds >= floor,
    `hashed in ${seconds.toFixed(2)} s, pace allows no less than ${floor.toFixed(2)} s`,
  );
});

test('ancestors carry their argv up to a bound, cut on a character boundary and flagged', () => {
  assert.deepEqual(capArgv(['a', 'bb'], 4), { argv: ['a', 'bb'], truncated: false });
  assert.deepEqual(capArgv(['a', 'bbb'], 4), { argv: ['a', 'bb'], truncated: true });
  assert.deepEqual(capArgv(['abcd', 'e'], 4), { argv: ['abcd'], truncated: true });
  // 'é' is two bytes: not split in the middle.
  assert.deepEqual(capArgv(['x', 'aé'], 4), { argv: ['x', 'a'], truncated: true });

  // This test process's parent chain, with a parent and a grandparent whose argv are long.
  const table = new ProcessTable({ host: 'h' });
  table.seed([process.pid]);
  const self = table.current(process.pid);
  assert.ok(self);
  const long = (n: number) => ['prog', 'x'.repeat(n)];
  const parent = table.refresh(process.ppid);
  assert.ok(parent, 'the parent of this test process is in /proc');
  parent.argv = long(10_000);
  const grand = parent.ppid > 0 ? table.refresh(parent.ppid) : undefined;
  if (grand) grand.argv = long(10_000);
  self.described = undefined;
  const d = table.describe(self);
  const [p0, p1] = d.ancestors ?? [];
  assert.equal(p0?.argvTruncated, true);
  assert.equal((p0?.argv ?? []).join(' ').length, PARENT_ARGV_BYTES);
  if (grand) {
    assert.equal(p1?.argvTruncated, true);
    assert.equal((p1?.argv ?? []).join(' ').length, ANCESTOR_ARGV_BYTES);
  }
  // The process's own argv is never cut by this bound.
  assert.deepEqual(d.argv, self.argv);
});

/**
 * Writes process `pid` into the fake /proc `proc`: its stat (start time `pid` ticks), status (uid 0),
 * cmdline and exe; `argv` undefined leaves cmdline empty and exe absent, as /proc shows a process
 * whose memory is gone (in do_exit, or a zombie).
 */
function fakeProcess(
  proc: string,
  pid: number,
  ppid: number,
  comm: string,
  argv: string[] | undefined,
  state = 'S',
  flags = 0,
): void {
  mkdirSync(join(proc, String(pid)), { recursive: true });
  const f = (file: string, text: string) => writeFileSync(join(proc, String(pid), file), text);
  f(
    'stat',
    `${pid} (${comm}) ${state} ${ppid} ${pid} 77 0 0 ${flags} 0 0 0 0 0 0 0 0 20 0 1 0 ${pid} 0 0\n`,
  );
  f('status', `Name:\t${comm}\nUid:\t0\t0\t0\t0\nGid:\t0\t0\t0\t0\n`);
  f('cmdline', argv ? argv.join('\0') + '\0' : '');
  rmSync(join(proc, String(pid), 'exe'), { force: true });
  if (argv) symlinkSync(`/usr/bin/${comm}`, join(proc, String(pid), 'exe'));
}

test('a fork or exec of a process whose exit is in hand reads nothing of /proc, which shows no image for it', () => {
  // A fake /proc: a shell 401 and its child 402 in the middle of exiting: still listed (state R),
  // but with an empty cmdline and no exe link, as /proc shows a process whose memory is released.
  const proc = mkdtempSync(join(tmpdir(), 'vigil-proc-'));
  try {
    fakeProcess(proc, 401, 1, 'sh', ['sh', '-c', 'make']);
    fakeProcess(proc, 402, 401, 'cc', undefined, 'R');
    const table = new ProcessTable({ host: 'h', proc });
    table.seed([401]);
    const fork = table.onFork(401, 402, 'sh', 4_020_000_000, true);
    assert.equal(fork.exited, true, 'its exit is known: not alive because /proc still lists it');
    assert.deepEqual([fork.argv, fork.exe, fork.comm], [['sh', '-c', 'make'], '/usr/bin/sh', 'sh']);
    table.argvHint(402, ['cc', '-c', 'x.c'], false, 4_030_000_000);
    const exec = table.onExec(402, '/usr/bin/cc', 4_030_000_001, true);
    // Read from this /proc, the exec would have kept the shell's argv (cmdline is empty) and lost
    // the exe.
    assert.deepEqual(
      [exec.argv, exec.argvTruncated, exec.exe, exec.comm, exec.exited],
      [['cc', '-c', 'x.c'], false, '/usr/bin/cc', 'cc', true],
    );
  } finally {
    rmSync(proc, { recursive: true, force: true });
  }
});

test("a process read from /proc while it exits, its memory and cwd gone, is taken as exiting: the exec keeps eBPF's argv and a later chdir applies", () => {
  // A fake /proc: 501 is in do_exit (PF_EXITING in its stat flags), so it has no cmdline, no exe
  // and no cwd link; 502 is a kernel thread, which has none of the first two either but lives.
  const PF_EXITING = 0x4;
  const PF_KTHREAD = 0x20_0000;
  const proc = mkdtempSync(join(tmpdir(), 'vigil-proc-'));
  try {
    fakeProcess(proc, 501, 1, 'sh', undefined, 'R', PF_EXITING | 0x40_0000);
    fakeProcess(proc, 502, 2, 'kworker/0:1', undefined, 'I', PF_KTHREAD | 0x40);
    symlinkSync('/', join(proc, '502', 'cwd'));
    assert.equal(readProc(501, proc)?.exiting, true);
    assert.equal(readProc(502, proc)?.exiting, false);
    const table = new ProcessTable({ host: 'h', proc });
    table.argvHint(501, ['sh', '-c', 'cd /tmp/d && echo > f'], false, 5_010_000_000);
    // Its fork was not seen (the sensor's own child); its exec is handled after it began to exit.
    const exec = table.onExec(501, '/bin/sh', 5_010_000_001);
    assert.deepEqual(
      [exec.exe, exec.argv, exec.exited, exec.cwd, exec.processUid],
      [
        '/bin/sh',
        ['sh', '-c', 'cd /tmp/d && echo > f'],
        true,
        '',
        // Its start time is still /proc's: the identity its fork and children know it by.
        table.processUid(501, (501 * 1e9) / 100),
      ],
    );
    // The chdir happened before /proc was read, yet /proc showed no cwd: it applies.
    table.onChdir(501, '/tmp/d', 5_010_000_002);
    assert.equal(table.get(501)?.cwd, '/tmp/d');
    // A relative chdir from an unknown cwd leaves it unknown, not rooted at /.
    fakeProcess(proc, 503, 1, 'sh', undefined, 'R', PF_EXITING);
    table.onExec(503, '/bin/sh', 5_030_000_001);
    table.onChdir(503, 'sub', 5_030_000_002);
    assert.equal(table.get(503)?.cwd, '');
    const kthread = table.refresh(502);
    assert.deepEqual([kthread?.exited, kthread?.cwd], [false, '/']);
  } finally {
    rmSync(proc, { recursive: true, force: true });
  }
});

test('siblings share their ancestor chain until a process in it changes; a process is never its own ancestor', () => {
  // A fake /proc: 300 (init-like) -> 301 (a shell) -> children.
  const proc = mkdtempSync(join(tmpdir(), 'vigil-proc-'));
  try {
    const put = (pid: number, ppid: number, comm: string, argv: string[]) =>
      fakeProcess(proc, pid, ppid, comm, argv);
    put(300, 0, 'init', ['init']);
    put(301, 300, 'sh', ['sh', '-c', 'loop']);
    put(302, 301, 'true', ['true']);
    put(303, 301, 'cat', ['cat', 'x']);
    const table = new ProcessTable({ host: 'h', proc });
    table.seed([300, 301, 302, 303]);
    const fresh = (pid: number) => {
      // What a table that never shared a chain says: the reference.
      const t = new ProcessTable({ host: 'h', proc });
      t.seed([300, 301, 302, 303, 304].filter((p) => existsSync(join(proc, String(p)))));
      const e = t.get(pid);
      assert.ok(e);
      return t.describe(e).ancestors;
    };
    const d = (pid: number) => {
      const e = table.get(pid);
      assert.ok(e);
      e.described = undefined;
      return table.describe(e).ancestors;
    };
    const a2 = d(302);
    assert.equal(d(303), a2, 'siblings: one chain');
    assert.deepEqual(a2, fresh(302));
    assert.deepEqual(
      a2?.map((a) => [a.pid, a.comm, a.argv]),
      [
        [301, 'sh', ['sh', '-c', 'loop']],
        [300, 'init', ['init']],
      ],
    );

    // The grandparent execs: the chain is built again, and says so.
    put(300, 0, 'systemd', ['systemd', '--system']);
    table.onExec(300, '/usr/bin/systemd', 1);
    const b2 = d(302);
    assert.notEqual(b2, a2);
    assert.deepEqual(b2, fresh(302));
    assert.equal(b2?.[1]?.comm, 'systemd');
    assert.equal(d(303), b2);

    // An exec seen only as shed changes the entry: also seen (the ancestor, left stale, is read
    // from /proc again, which shows the new image).
    put(301, 300, 'bash', ['bash', '-c', 'loop']);
    table.onShed('exec', 301, '/usr/bin/bash', 2);
    const c2 = d(302);
    assert.notEqual(c2, b2);
    assert.equal(c2?.[0]?.exe, '/usr/bin/bash');

    // pid 300 gone from /proc and then reused by a child of 302: 300 is then not its own ancestor.
    rmSync(join(proc, '300'), { recursive: true });
    put(300, 302, 'sleep', ['sleep', '1']);
    put(304, 301, 'env', ['env']);
    table.refresh(304);
    const child = table.onFork(302, 300, 'sleep', 3);
    table.onExec(child.pid, '/usr/bin/sleep', 4);
    const own = d(300);
    assert.ok(own);
    assert.ok(!own.some((a) => a.pid === 300), 'the reused pid is not among its own ancestors');
    assert.deepEqual(
      own.map((a) => a.pid),
      [302, 301],
    );
    // Its grandparent's other children walk on from 300 to 302 and stop where 301 comes again.
    assert.deepEqual(
      d(304)?.map((a) => a.pid),
      [301, 300, 302],
    );
  } finally {
    rmSync(proc, { recursive: true, force: true });
  }
});

test('a fork after a chdir not yet handled inherits the new directory; a chdir older than the /proc read is not applied again', () => {
  const table = new ProcessTable({ host: 'h' });
  table.seed([process.pid]);
  const self = table.get(process.pid);
  assert.ok(self?.cwdAtNs !== undefined);
  const before = self.cwd;
  const t = self.cwdAtNs;
  // A relative chdir that /proc's cwd already shows: not applied twice.
  table.onChdir(process.pid, 'sub', t - 1);
  assert.equal(self.cwd, before);
  // eBPF has reported a chdir; its record waits while the forks around it are handled.
  table.chdirHint(process.pid, '/etc', t + 10);
  // No such pid: the child is gone before /proc is read, and inherits from its parent.
  const gone = 4_194_300;
  assert.equal(
    table.onFork(process.pid, gone, 'cat', t + 5).cwd,
    before,
    'forked before the chdir',
  );
  assert.equal(table.onFork(process.pid, gone - 1, 'cat', t + 20).cwd, '/etc', 'forked after it');
  table.onChdir(process.pid, '/etc', t + 10);
  assert.equal(self.cwd, '/etc');
  table.onChdir(process.pid, '..', t + 30);
  assert.equal(self.cwd, '/');
  // An fchdir whose directory the kernel walk could not name: the cwd is unknown from then on.
  table.onChdir(process.pid, '', t + 40);
  assert.equal(self.cwd, '');
});

test('a thread is told from a process by task_newtask, belongs to its creator process, and is forgotten at exit', () => {
  // A /proc holding one thread started before the sensor (its status names its process).
  const proc = mkdtempSync(join(tmpdir(), 'vigil-proc-'));
  try {
    mkdirSync(join(proc, '5002'));
    writeFileSync(join(proc, '5002', 'status'), 'Name:\tjava\nTgid:\t5000\nPid:\t5002\n');
    const table = new ProcessTable({ host: 'h', proc });
    // Known from /proc, remembered: a thread of 5000.
    assert.equal(table.processOf(5002), 5000);
    // A thread created by that thread belongs to the same process; a process it forks does not.
    table.onNewTask(5003, 5002, true);
    table.onNewTask(5004, 5002, false);
    assert.equal(table.isThread(5003), true);
    assert.equal(table.processOf(5003), 5000);
    assert.equal(table.isThread(5004), false);
    // Unknown to the table and to /proc: itself.
    assert.equal(table.processOf(5004), 5004);
    // The thread exits; its tid is reused for a new process.
    table.onTaskExit(5003);
    assert.equal(table.isThread(5003), false);
    table.onNewTask(5003, 1, true);
    table.onNewTask(5003, 1, false);
    assert.equal(table.isThread(5003), false, 'a tid reused by a process is no thread');
    assert.equal(table.processOf(5003), 5003);
  } finally {
    rmSync(proc, { recursive: true, force: true });
  }
});

test("a child's parent is named by the uid its parent's own events carry, also when the parent's fork was shed", () => {
  // A fake /proc: a shell 600 whose fork of 601 was shed (the table took the fork's time as 601's
  // start, 10 ms later than the kernel's, whose ticks /proc shows), then 601's child 602.
  const proc = mkdtempSync(join(tmpdir(), 'vigil-proc-'));
  try {
    fakeProcess(proc, 600, 1, 'sh', ['sh', '-c', 'loop']);
    fakeProcess(proc, 601, 600, 'sh', ['sh', '-c', 'loop']);
    fakeProcess(proc, 602, 601, 'true', ['true']);
    const table = new ProcessTable({ host: 'h', proc });
    table.seed([600]);
    // 601 started at tick 601 (6.01 s); its fork event came at 6.020000100 s.
    table.onShed('fork', 600, 601, 6_020_000_100);
    const child = table.onFork(601, 602, 'true', 6_030_000_000);
    const parentNamed = table.describe(child).ancestors?.[0];
    const parent = table.current(601);
    assert.ok(parent);
    const own = table.describe(parent).processUid;
    assert.equal(own, 'h:601:601', 'the parent read from /proc again has the kernel start time');
    assert.equal(parentNamed?.processUid, own);
  } finally {
    rmSync(proc, { recursive: true, force: true });
  }
});
