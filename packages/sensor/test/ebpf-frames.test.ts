import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  BPFTRACE_PROGRAM,
  DIR_WALK_STEPS,
  FrameDecoder,
  PSEUDO_FILE,
  PT_REGS_OFFSETS_X64,
  bpftraceProgram,
} from '../src/collectors/ebpf-program.js';
import type { Frame } from '../src/collectors/ebpf-program.js';
import { frameCanWait, frameIsEmpty } from '../src/collectors/ebpf.js';
import { exitOf } from '../src/collectors/tracefs.js';

// Lines as bpftrace 0.17 prints them with -f json (captured from a run, trimmed).
const map = (name: string, value: unknown) =>
  JSON.stringify({ type: 'map', data: { [name]: value } });
/** The scalar counts of records written to generation `g`'s maps, by code, one line each. */
const written = (g: 0 | 1, counts: Record<string, number>) =>
  Object.entries(counts).map(([code, n]) => map(`@xw${g}_${code}`, n));
const end = (ns: number) => JSON.stringify({ type: 'printf', data: `E ${ns}\n` });

function frameOf(d: FrameDecoder, lines: string[]): Frame {
  let out: ReturnType<FrameDecoder['line']>;
  for (const l of lines) out = d.line(l);
  assert.ok(out && out !== 'attached', 'the end marker closes a frame');
  return out;
}

test('a frame gives the records in time order, with signed fds, swapped ports and rename paths', () => {
  const d = new FrameDecoder();
  assert.equal(
    d.line(JSON.stringify({ type: 'attached_probes', data: { probes: 30 } })),
    'attached',
  );
  const f = frameOf(d, [
    map('@xo0', {
      '300,11': [10, 524288, 0, 4294967196, 3, '/etc/ld.so.cache'],
      '100,11': [10, 577, 438, 4294967196, -2, 'we"ird\\name\ttab'],
    }),
    map('@xf0', {
      '200,12': [5, 12, 4294967196, 7, 0, 0, 'a'],
      '250,12': [6, 12, 4294967196, 0o4755, 0, -1, '/x'],
    }),
    map('@xn0', { '200,12': 'b' }),
    map('@xu0', { '260,13': [1, 13, 2, 0x3500, 0, '127.0.0.1'] }),
    map('@xd0', { '50,14': [14, '/tmp'] }),
    ...written(0, { '1': 2, '2': 2, '3': 1, '4': 1, '6': 1 }),
    end(400),
  ]);
  assert.deepEqual(
    f.records.map((r) => [r.type, r.monoNs]),
    [
      ['chdir', 50],
      ['open', 100],
      ['fileOp', 200],
      ['fileOp', 250],
      ['udp', 260],
      ['open', 300],
    ],
  );
  const open = f.records[1];
  assert.ok(open?.type === 'open');
  assert.equal(open.dirfd, -100);
  assert.equal(open.result, -2);
  assert.equal(open.path, 'we"ird\\name\ttab');
  const rename = f.records[2];
  assert.ok(rename?.type === 'fileOp');
  assert.equal(rename.op, 'renameat');
  assert.equal(rename.newPath, 'b');
  assert.equal(rename.arg1 | 0, 7);
  const udp = f.records[4];
  assert.ok(udp?.type === 'udp');
  assert.equal(udp.port, 53);
  assert.deepEqual(f.missing, {
    open: 0,
    fileOp: 0,
    newPath: 0,
    udp: 0,
    dup: 0,
    argv: 0,
    chdir: 0,
  });
  assert.equal(f.untilNs, 400);
});

test('argv is grouped per execve call in time order; a cut argv and a lost argument are flagged', () => {
  const d = new FrameDecoder();
  const f = frameOf(d, [
    map('@xa1', {
      '20,7,1': 'x',
      '20,7,0': 'ls',
      '10,7,0': 'sh',
      '30,8,0': 'cc',
      '30,8,2': 'b.c',
    }),
    map('@xt1', { '10,7': 1 }),
    ...written(1, { '5': 6 }),
    end(40),
  ]);
  assert.deepEqual(
    f.argvs.map((a) => [a.monoNs, a.pid, a.argv, a.truncated]),
    [
      [10, 7, ['sh'], true],
      [20, 7, ['ls', 'x'], false],
      [30, 8, ['cc', '', 'b.c'], true],
    ],
  );
  // Six written, five printed: one argument lost (reported, not silent).
  assert.equal(f.missing.argv, 1);
});

test('records written but not printed are counted missing; kernel-shed counts come by kind', () => {
  const d = new FrameDecoder();
  const f = frameOf(d, [
    map('@xo0', { '1,2': [2, 0, 0, 4294967196, 3, '/a'] }),
    ...written(0, { '1': 5 }),
    map('@s1', 100),
    map('@s12', 3),
    map('@s15', 2),
    // fchmod and fchown, file operations 10 and 11.
    map('@s20', 6),
    map('@s21', 7),
    map('@s51', 4),
    map('@s52', 1),
    end(9),
  ]);
  assert.equal(f.missing.open, 4);
  assert.deepEqual(Object.fromEntries(f.shed), {
    fileOpen: 100,
    fileUnlink: 3,
    fileRename: 2,
    fileChmod: 6,
    fileChown: 7,
    netConnect: 4,
    netListen: 1,
  });
  // The next frame starts empty.
  const g = frameOf(d, [end(10)]);
  assert.equal(g.records.length, 0);
  assert.equal(g.shed.size, 0);
  assert.equal(g.missing.open, 0);
});

test('the shed counters are cumulative: each frame reports what they grew by since the last', () => {
  const d = new FrameDecoder();
  const first = frameOf(d, [map('@s1', 100), map('@s12', 0), end(1)]);
  assert.deepEqual(Object.fromEntries(first.shed), { fileOpen: 100 });
  // Printed again unchanged: nothing new was shed.
  const same = frameOf(d, [map('@s1', 100), map('@s12', 0), end(2)]);
  assert.equal(same.shed.size, 0);
  assert.equal(frameIsEmpty(same), true);
  const grown = frameOf(d, [map('@s1', 130), map('@s12', 2), end(3)]);
  assert.deepEqual(Object.fromEntries(grown.shed), { fileOpen: 30, fileUnlink: 2 });
  // Past 2^53 a count would lose precision: not reached (2^53 opens at 10^7/s is 28 years).
  const total = [first, same, grown].reduce((n, f) => n + (f.shed.get('fileOpen') ?? 0), 0);
  assert.equal(total, 130, 'the deltas add up to the total counted in the kernel');
  // bpftrace prints the counters once more at exit, after END zeroed them: no frame goes back.
  const zeroed = frameOf(d, [map('@s1', 0), end(4)]);
  assert.equal(zeroed.shed.size, 0);
  assert.deepEqual(Object.fromEntries(frameOf(d, [map('@s1', 131), end(5)]).shed), { fileOpen: 1 });
});

test('opens whose registers were not found are counted apart from shed ones, and reported', () => {
  const d = new FrameDecoder();
  const f = frameOf(d, [map('@s1', 3), map('@s2', 5), end(1)]);
  assert.equal(f.unreadableOpens, 5);
  assert.deepEqual(Object.fromEntries(f.shed), { fileOpen: 3 });
  const onlyUnreadable = frameOf(d, [map('@s1', 3), map('@s2', 6), end(2)]);
  assert.equal(onlyUnreadable.unreadableOpens, 1);
  assert.equal(onlyUnreadable.shed.size, 0);
  assert.equal(frameIsEmpty(onlyUnreadable), false, 'opens lost in the kernel must be reported');
  assert.equal(frameOf(d, [end(3)]).unreadableOpens, 0);
});

test('directories walked in the kernel complete the records relative to a descriptor; partial walks do not', () => {
  const d = new FrameDecoder();
  const f = frameOf(d, [
    map('@xo0', {
      '10,5': [5, 0, 0, 4, 3, 'f'],
      '20,5': [5, 0, 0, 4, 3, 'g'],
      '30,5': [5, 0, 0, 4, 3, 'h'],
      '40,5': [5, 0, 0, 4, 3, 'i'],
    }),
    map('@xf0', { '50,5': [5, 5, 4, 6, 0, 0, 'old'] }),
    map('@xn0', { '50,5': 'new' }),
    // Names from the directory up; the walk's end gives how many, or -1 when it stopped short.
    map('@xp0', {
      '10,5,0,0': 'c',
      '10,5,0,1': 'b',
      '10,5,0,2': 'a',
      '20,5,0,0': 'x',
      '30,5,0,1': 'y',
      '50,5,0,0': 'p',
      '50,5,1,0': 'q',
      '50,5,1,1': 'r',
    }),
    map('@xq0', {
      '10,5,0': 3,
      '20,5,0': -1,
      '30,5,0': 2,
      '40,5,0': 0,
      '50,5,0': 1,
      '50,5,1': 2,
    }),
    ...written(0, { '1': 4, '2': 1, '3': 1 }),
    end(60),
  ]);
  const dirOf = (ns: number) => {
    const r = f.records.find((x) => x.monoNs === ns);
    return r?.type === 'open' || r?.type === 'fileOp' ? r.dir : 'none';
  };
  assert.equal(dirOf(10), '/a/b/c');
  assert.equal(dirOf(20), undefined, 'a walk that stopped short');
  assert.equal(dirOf(30), undefined, 'a name missing from the print');
  assert.equal(dirOf(40), '/', 'the root itself');
  const rename = f.records.find((x) => x.type === 'fileOp');
  assert.ok(rename?.type === 'fileOp');
  assert.deepEqual([rename.dir, rename.newDir], ['/p', '/r/q']);
  // A name cut at the string limit leaves the directory to /proc.
  const cut = frameOf(d, [
    map('@xo1', { '70,5': [5, 0, 0, 4, 3, 'f'] }),
    map('@xp1', { '70,5,0,0': 'n'.repeat(199) }),
    map('@xq1', { '70,5,0': 1 }),
    end(80),
  ]);
  assert.equal(cut.records[0]?.type === 'open' && cut.records[0].dir, undefined);
  // A file operation's walk (at its entry) printed a frame before its record (at its exit).
  frameOf(d, [map('@xp0', { '90,6,0,0': 'w' }), map('@xq0', { '90,6,0': 1 }), end(95)]);
  const late = frameOf(d, [
    map('@xf1', { '90,6': [2, 6, 4, 0, 0, 0, 'z'] }),
    ...written(1, { '2': 1 }),
    end(100),
  ]);
  assert.equal(late.records[0]?.type === 'fileOp' && late.records[0].dir, '/w');
  // One whose record never came is dropped after 10 s.
  frameOf(d, [map('@xp1', { '110,7,0,0': 'v' }), map('@xq1', { '110,7,0': 1 }), end(120)]);
  frameOf(d, [end(10e9 + 200)]);
  const never = frameOf(d, [map('@xf1', { '110,7': [2, 7, 4, 0, 0, 0, 'z'] }), end(10e9 + 300)]);
  assert.equal(never.records[0]?.type === 'fileOp' && never.records[0].dir, undefined);
});

test('an fchdir, which has no path, takes the walk of its descriptor; unwalked, its directory is unknown', () => {
  const d = new FrameDecoder();
  const f = frameOf(d, [
    map('@xd0', { '10,5': [5, ''], '20,5': [5, ''], '30,5': [5, '/abs'] }),
    map('@xp0', { '10,5,0,0': 'sub', '10,5,0,1': 'tmp' }),
    map('@xq0', { '10,5,0': 2, '20,5,0': -1 }),
    ...written(0, { '6': 3 }),
    end(40),
  ]);
  assert.deepEqual(
    f.records.map((r) => (r.type === 'chdir' ? r.path : r.type)),
    ['/tmp/sub', '', '/abs'],
  );
});

test("the program of an exec through a descriptor is its walk's path, never held for a record", () => {
  const d = new FrameDecoder();
  const f = frameOf(d, [
    map('@xp0', {
      '30,9,2,0': 'memfd:payload',
      '10,7,2,0': 'true',
      '10,7,2,1': 'bin',
      '10,7,2,2': 'usr',
      '20,8,2,0': 'deep',
    }),
    // A memfd, a file of no directory: its name alone, as Falco's proc.exepath names it.
    map('@xq0', { '10,7,2': 3, '20,8,2': -1, '30,9,2': PSEUDO_FILE }),
    end(40),
  ]);
  assert.deepEqual(f.exes, [
    { monoNs: 10, pid: 7, path: '/usr/bin/true' },
    { monoNs: 30, pid: 9, path: 'memfd:payload' },
  ]);
  assert.equal(frameCanWait(f), false, 'the exec waits for it');
  // Nothing of it is left to join a later record.
  const later = frameOf(d, [map('@xo1', { '10,7': [7, 0, 0, 4, 3, 'f'] }), end(50)]);
  assert.equal(later.records[0]?.type === 'open' && later.records[0].dir, undefined);
  // Only execs the kernel names /dev/fd/<n> walk their program.
  assert.match(
    BPFTRACE_PROGRAM,
    /sched_process_exec \/pid != \$1 && @shed < 2 && strncmp\(str\(args->filename\), "\/dev\/fd\/", 8\) == 0\//,
  );
});

test('the credentials an exec left come in time order; the program reads them only where it knows where they are', () => {
  const d = new FrameDecoder();
  const full = 2 ** 41 - 1;
  const f = frameOf(d, [
    map('@xc1', {
      '20,8': [full, full, 1000, 0, 0, 1000, 1000, 1000],
      '10,7': [8192, 2105344, 0, 0, 0, 0, 0, 0],
    }),
    end(40),
  ]);
  const ids = (
    uid: number,
    euid: number,
    suid: number,
    gid: number,
    egid: number,
    sgid: number,
  ) => ({
    uid,
    euid,
    suid,
    gid,
    egid,
    sgid,
  });
  assert.deepEqual(f.creds, [
    { monoNs: 10, pid: 7, ...ids(0, 0, 0, 0, 0, 0), effective: 8192, permitted: 2105344 },
    { monoNs: 20, pid: 8, ...ids(1000, 0, 0, 1000, 1000, 1000), effective: full, permitted: full },
  ]);
  assert.equal(frameCanWait(f), false, 'the exec waits for them');
  const withCreds = bpftraceProgram('x64', 40, {
    uid: 4,
    gid: 8,
    suid: 12,
    sgid: 16,
    euid: 20,
    egid: 24,
    effective: 72,
    permitted: 64,
  });
  // In the record's order: the sets, then real, effective and saved uids, then gids.
  assert.ok(
    withCreds.includes(
      '(*(uint64 *)($c + 72), *(uint64 *)($c + 64), *(uint32 *)($c + 4), *(uint32 *)($c + 20), *(uint32 *)($c + 12), *(uint32 *)($c + 8), *(uint32 *)($c + 24), *(uint32 *)($c + 16))',
    ),
  );
  assert.ok(withCreds.includes('print(@xc0)') && withCreds.includes('clear(@xc1)'));
  // Without the offsets there is no map of them at all (bpftrace rejects a map never written).
  assert.doesNotMatch(bpftraceProgram('x64', 40), /@xc/);
});

test('a socket made a standard stream comes with its ends: the local port as the kernel keeps it, the remote one swapped', () => {
  const d = new FrameDecoder();
  // skc_num 40000 printed as a signed 16-bit value; skc_dport 4444 (0x115c) in network order.
  const f = frameOf(d, [
    map('@xk1', { '10,7': [2, 7, 0, 2, 6, -25536, 0x5c11, '127.0.0.1', '10.0.0.9'] }),
    ...written(1, { 7: 2 }),
    map('@s60', 3),
    end(20),
  ]);
  assert.deepEqual(f.records, [
    {
      type: 'dup',
      kind: 'socketDup',
      call: 2,
      monoNs: 10,
      tid: 7,
      pid: 7,
      fd: 0,
      family: 2,
      protocol: 6,
      localPort: 40000,
      remotePort: 4444,
      localAddress: '127.0.0.1',
      remoteAddress: '10.0.0.9',
    },
  ]);
  assert.equal(f.missing.dup, 1, 'two written, one printed');
  assert.deepEqual([...f.shed], [['socketDup', 3]]);
});

test('how processes ended comes in time order, as wait(2) statuses, from the last thread of each', () => {
  const d = new FrameDecoder();
  const f = frameOf(d, [map('@xx0', { '30,9': 139, '10,7': 1792, '20,8': 9 }), end(40)]);
  assert.deepEqual(f.exits, [
    { monoNs: 10, pid: 7, status: 1792 },
    { monoNs: 20, pid: 8, status: 9 },
    { monoNs: 30, pid: 9, status: 139 },
  ]);
  assert.equal(frameCanWait(f), false, 'the exit waits for it');
  assert.deepEqual(
    [exitOf(1792), exitOf(9), exitOf(139), exitOf(0)],
    [
      { code: 7, signal: 0 },
      { code: 0, signal: 9 },
      { code: 0, signal: 11, coreDumped: true },
      { code: 0, signal: 0 },
    ],
  );
  assert.match(
    BPFTRACE_PROGRAM,
    /sched_process_exit \/pid != \$1 && @shed < 2 && curtask->signal->live.counter == 0\//,
  );
  assert.ok(BPFTRACE_PROGRAM.includes('print(@xx0)') && BPFTRACE_PROGRAM.includes('clear(@xx1)'));
});

test('the walk from a descriptor crosses mounts with the offset given, and stops at them without one', () => {
  const x64 = bpftraceProgram('x64', 40);
  assert.ok(x64.includes('(struct mount *)((uint64)$vm - 40)'));
  assert.ok(x64.includes('(struct vfsmount *)((uint64)$mt + 40)'));
  assert.ok(x64.includes(`unroll(${DIR_WALK_STEPS})`));
  const without = bpftraceProgram('x64', null);
  assert.doesNotMatch(without, /mnt_mountpoint/);
  assert.match(without, /\{ \$w = 2; \}/);
  // The walk runs only for calls given a descriptor: the open probe tests the call's dirfd first.
  assert.match(x64, /if \(\(int32\)\$r\.di != -100\) \{ \$fd = \(uint32\)\(int32\)\$r\.di;/);
});

test('on x86_64 an open is one probe at the exit; elsewhere the entry saves its arguments', () => {
  const x64 = bpftraceProgram('x64');
  assert.doesNotMatch(x64, /sys_enter_openat/);
  assert.match(x64, /tracepoint:syscalls:sys_exit_openat \/pid != \$1\//);
  // Every candidate place of the registers is tried, each checked by the call's number.
  for (const off of PT_REGS_OFFSETS_X64) assert.ok(x64.includes(`curtask->stack + ${off})`));
  assert.match(x64, /if \(\$r\.orig_ax == 257\)/);
  // open(2), creat(2) and openat2(2) likewise, each checked by its own number.
  for (const [call, nr] of [
    ['open', 2],
    ['creat', 85],
    ['openat2', 437],
  ] as const) {
    assert.match(x64, new RegExp(`tracepoint:syscalls:sys_exit_${call} /pid != \\$1/`));
    assert.ok(x64.includes(`if ($r.orig_ax == ${nr})`), call);
  }
  const arm = bpftraceProgram('arm64');
  assert.match(arm, /sys_enter_openat \/pid != \$1\//);
  assert.ok(arm.includes('@open[tid] = (args->filename, args->flags, args->mode, args->dfd);'));
  assert.doesNotMatch(arm, /pt_regs/);
  assert.match(arm, /clear\(@open\);/);
});

test('only a frame with nothing in it counts as empty (its acknowledgement may wait)', () => {
  const d = new FrameDecoder();
  assert.equal(frameIsEmpty(frameOf(d, [end(1)])), true);
  const shedOnly = frameOf(d, [map('@s1', 7), end(2)]);
  assert.equal(frameIsEmpty(shedOnly), false, 'counts of shed events must be reported');
  // Generation 1 now (the decoder follows the program's flips).
  const missingOnly = frameOf(d, [...written(1, { '1': 2 }), end(3)]);
  assert.equal(missingOnly.missing.open, 2);
  assert.equal(frameIsEmpty(missingOnly), false, 'records lost in the kernel must be reported');
  const oneOpen = frameOf(d, [map('@xo0', { '1,2': [2, 0, 0, 4294967196, 3, '/a'] }), end(4)]);
  assert.equal(frameIsEmpty(oneOpen), false);
});

test('only a frame that no event waits for may be acknowledged late', () => {
  const d = new FrameDecoder();
  assert.equal(frameCanWait(frameOf(d, [end(1)])), true);
  // Counts are reported from it all the same; nothing waits for them.
  assert.equal(frameCanWait(frameOf(d, [map('@s1', 7), map('@s2', 1), end(2)])), true);
  assert.equal(
    frameCanWait(frameOf(d, [map('@xo0', { '1,2': [2, 0, 0, 4294967196, 3, '/a'] }), end(3)])),
    false,
  );
  assert.equal(frameCanWait(frameOf(d, [map('@xa1', { '1,2,0': '/bin/true' }), end(4)])), false);
  // A full map: the program should print again soon.
  assert.equal(frameCanWait(frameOf(d, [...written(0, { '1': 2 }), end(5)])), false);
});

test('bpftrace reporting lost perf records is counted; a line that is not JSON throws', () => {
  const d = new FrameDecoder();
  d.line(JSON.stringify({ type: 'lost_events', data: { events: 12 } }));
  assert.equal(d.lostOutput, 12);
  assert.throws(() => d.line('Attaching 3 probes...'));
});

test('the program writes every record map of a generation and prints and clears both at exit', () => {
  const end = BPFTRACE_PROGRAM.split(/\nEND /)[1] ?? '';
  for (const g of [0, 1]) {
    for (const m of ['xo', 'xf', 'xn', 'xu', 'xa', 'xt', 'xd', 'xp', 'xq']) {
      assert.ok(BPFTRACE_PROGRAM.includes(`@${m}${g}[`), `@${m}${g} written`);
      assert.ok(end.includes(`print(@${m}${g});`), `@${m}${g} printed`);
      assert.ok(end.includes(`clear(@${m}${g});`), `@${m}${g} cleared`);
    }
    // The counts of records written to each (argv cut has none: it flags an argv record).
    for (const w of [1, 2, 3, 4, 5, 6]) {
      assert.ok(BPFTRACE_PROGRAM.includes(`@xw${g}_${w} = count();`), `@xw${g}_${w} counted`);
      assert.ok(end.includes(`print(@xw${g}_${w});`), `@xw${g}_${w} printed`);
      assert.ok(end.includes(`clear(@xw${g}_${w});`), `@xw${g}_${w} cleared`);
    }
  }
  assert.doesNotMatch(BPFTRACE_PROGRAM, /@xw[01]\[/);
  assert.match(BPFTRACE_PROGRAM, /interval:ms:25 \/@ack == 1\//);
});

test('on x86_64 the rare calls take one probe at their exit, which reads their arguments from the saved registers; elsewhere an entry and an exit', () => {
  const x64 = bpftraceProgram('x64', 32);
  const arm64 = bpftraceProgram('arm64', 32);
  for (const sc of [
    'setuid',
    'setreuid',
    'setresuid',
    'setgid',
    'setregid',
    'setresgid',
    'setns',
    'unshare',
  ]) {
    assert.doesNotMatch(x64, new RegExp(`sys_enter_${sc}\\b`), `${sc}: no entry probe on x86_64`);
    assert.match(x64, new RegExp(`sys_exit_${sc} /pid != \\$1/`), `${sc}: its own exit probe`);
    assert.match(arm64, new RegExp(`sys_enter_${sc}\\b`), `${sc}: an entry probe elsewhere`);
  }
  // setresuid (117): real, effective and saved uids, each cut to 32 bits, in the entry's slots.
  assert.ok(
    x64.includes(
      '(25, pid, (int64)(int32)$r.di, (int64)(int32)$r.si, (int64)(int32)$r.dx, args->ret, str(0))',
    ),
  );
  assert.match(x64, /if \(\$r\.orig_ax == 117\)/);
  // The calls with a path keep their entry probe.
  assert.match(x64, /sys_enter_unlinkat\b/);
});

test('every shed counter is counted, printed with each frame and at exit, and cleared only at exit', () => {
  const [interval = '', end = ''] =
    BPFTRACE_PROGRAM.split(/\ninterval:ms:25 /)[1]?.split(/\nEND /) ?? [];
  // Opens, unreadable opens, the file operations and the calls that share their probes (ptrace,
  // socket, the setuid and setgid families, setns, unshare, bpf), UDP connect, bind and sendto,
  // and sockets made standard streams.
  const fileOps = Array.from({ length: 28 }, (_, i) => 11 + i);
  const codes = [1, 2, ...fileOps, 51, 52, 53, 60];
  for (const c of codes) {
    assert.ok(BPFTRACE_PROGRAM.includes(`@s${c} = count();`), `@s${c} counted`);
    assert.ok(interval.includes(`print(@s${c});`), `@s${c} printed with each frame`);
    assert.ok(!interval.includes(`clear(@s${c});`), `@s${c} never cleared while running`);
    assert.ok(end.includes(`print(@s${c});`) && end.includes(`clear(@s${c});`), `@s${c} at exit`);
    // Printed before the end marker, so that the last frame carries the final totals.
    assert.ok(end.indexOf(`print(@s${c});`) < end.indexOf('printf("E'), `@s${c} before E`);
  }
  assert.equal([...BPFTRACE_PROGRAM.matchAll(/@s\d+ = count\(\);/g)].length >= codes.length, true);
  assert.doesNotMatch(BPFTRACE_PROGRAM, /@xs/);
});

test('a probe that writes a record sets its generation flag after it; the dump prints records only under that flag', () => {
  for (const g of [0, 1]) {
    // Each probe's body (up to the next probe) that writes a record of generation g sets @d<g>
    // after its last write of one.
    for (const body of BPFTRACE_PROGRAM.split(/\n(?=[a-z]+:)/)) {
      const writes = [...body.matchAll(new RegExp(`@x[ofnuadpq]${g}\\[`, 'g'))];
      if (writes.length === 0) continue;
      const last = writes[writes.length - 1]?.index ?? 0;
      assert.ok(
        body.indexOf(`@d${g} = 1;`, last) > last,
        `@d${g} set after the records in ${body}`,
      );
    }
    // Records that belong together go to the generation the probe read once.
    for (const probe of ['sys_enter_execveat', 'sys_exit_linkat', 'sys_exit_openat']) {
      const body = BPFTRACE_PROGRAM.split(/\n(?=[a-z]+:)/).find(
        (b) => b.includes(`${probe} /`) || b.includes(`${probe}, `),
      );
      assert.ok(body?.includes('$g = @g;'), probe);
      assert.ok(!body?.includes('if (@g == 0)'), `${probe} reads @g once`);
    }
    const dump = new RegExp(`if \\(@d${g} == 1\\) \\{ @d${g} = 0; print\\(@xo${g}\\);`);
    assert.match(BPFTRACE_PROGRAM, dump);
  }
});

test('every map the program writes is printed or cleared at exit: bpftrace would print the rest after the end marker', () => {
  const end = BPFTRACE_PROGRAM.split(/\nEND /)[1] ?? '';
  const written = new Set(
    [...BPFTRACE_PROGRAM.matchAll(/(@[a-z0-9_]+)(\[[^\]]*\])? = /g)].map((m) => m[1] as string),
  );
  assert.ok(written.size > 20, [...written].join(' '));
  for (const map of written)
    assert.ok(end.includes(`clear(${map})`), `${map} is not cleared at exit`);
});
