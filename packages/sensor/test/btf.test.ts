import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import {
  VMLINUX_BTF,
  btfMemberOffset,
  credOffsets,
  mountMntOffset,
} from '../src/collectors/btf.js';

/**
 * A BTF blob (include/uapi/linux/btf.h): an INT, a STRUCT `pair` {a at 0, b at 64 bits}, an ENUM
 * with two values (its trailing data must be skipped), then a STRUCT `mount` with a bit field
 * flag set {x: 3 bits at 0, mnt at 256 bits}.
 */
function blob(): Buffer {
  const strings = ['', 'int', 'pair', 'a', 'b', 'e', 'v1', 'v2', 'mount', 'x', 'mnt'];
  const strOff: Record<string, number> = {};
  let at = 0;
  for (const s of strings) {
    strOff[s] = at;
    at += Buffer.byteLength(s) + 1;
  }
  const str = Buffer.from(strings.map((s) => `${s}\0`).join(''), 'latin1');
  const words: number[] = [];
  const type = (name: string, kind: number, vlen: number, size: number, flag = false) =>
    words.push(strOff[name] ?? 0, ((flag ? 1 : 0) << 31) | (kind << 24) | vlen, size);
  type('int', 1, 0, 4);
  words.push(32); // INT encoding
  type('pair', 4, 2, 16);
  words.push(strOff.a ?? 0, 1, 0, strOff.b ?? 0, 1, 64);
  type('e', 6, 2, 4);
  words.push(strOff.v1 ?? 0, 1, strOff.v2 ?? 0, 2);
  type('mount', 4, 2, 64, true);
  words.push(strOff.x ?? 0, 1, (3 << 24) | 0, strOff.mnt ?? 0, 1, 256);
  const types = Buffer.alloc(words.length * 4);
  words.forEach((w, i) => types.writeUInt32LE(w >>> 0, i * 4));
  const hdr = Buffer.alloc(24);
  hdr.writeUInt16LE(0xeb9f, 0);
  hdr.writeUInt8(1, 2);
  hdr.writeUInt32LE(24, 4);
  hdr.writeUInt32LE(0, 8);
  hdr.writeUInt32LE(types.length, 12);
  hdr.writeUInt32LE(types.length, 16);
  hdr.writeUInt32LE(str.length, 20);
  return Buffer.concat([hdr, types, str]);
}

test('member offsets are read from BTF, past other kinds; bit fields and absent names give undefined', () => {
  const btf = blob();
  assert.equal(btfMemberOffset(btf, 'pair', 'a'), 0);
  assert.equal(btfMemberOffset(btf, 'pair', 'b'), 8);
  assert.equal(btfMemberOffset(btf, 'mount', 'mnt'), 32);
  assert.equal(btfMemberOffset(btf, 'mount', 'x'), undefined, 'a bit field');
  assert.equal(btfMemberOffset(btf, 'mount', 'nope'), undefined);
  assert.equal(btfMemberOffset(btf, 'nope', 'mnt'), undefined);
  assert.throws(() => btfMemberOffset(Buffer.from('not btf at all, no'), 'mount', 'mnt'), /magic/);
  const short = Buffer.from(btf);
  short.writeUInt32LE(btf.length, 12);
  assert.throws(() => btfMemberOffset(short, 'mount', 'mnt'), /past its end/);
  assert.equal(mountMntOffset('/nonexistent/vmlinux'), undefined);
  assert.equal(credOffsets('/nonexistent/vmlinux'), undefined);
});

test(
  "the running kernel's struct mount has its vfsmount where the program expects it",
  { skip: existsSync(VMLINUX_BTF) ? false : `no ${VMLINUX_BTF} on this host` },
  () => {
    const off = btfMemberOffset(readFileSync(VMLINUX_BTF), 'mount', 'mnt');
    assert.equal(typeof off, 'number');
    assert.equal(mountMntOffset(), off);
    // An hlist_node and two pointers before it on 64-bit kernels (fs/mount.h).
    if (process.arch === 'x64' || process.arch === 'arm64') assert.equal(off, 32);
  },
);

test(
  "the running kernel's struct cred gives where its ids and capability sets are",
  { skip: existsSync(VMLINUX_BTF) ? false : `no ${VMLINUX_BTF} on this host` },
  () => {
    const cred = credOffsets();
    assert.ok(cred, 'struct cred has its ids, cap_effective and cap_permitted');
    // In include/linux/cred.h's order: uid, gid, suid, sgid, euid, egid (4 bytes each), and
    // the sets inheritable, permitted, effective (8 bytes each).
    const ids = [cred.uid, cred.gid, cred.suid, cred.sgid, cred.euid, cred.egid];
    assert.deepEqual(
      ids.map((o) => o - cred.uid),
      [0, 4, 8, 12, 16, 20],
    );
    assert.equal(cred.effective - cred.permitted, 8);
  },
);
