// The kernel's own description of its types (BTF, /sys/kernel/btf/vmlinux), read for the one fact
// the eBPF program needs and bpftrace 0.17 cannot give (it has no offsetof): where a member lies
// in a struct. Format: the kernel's Documentation/bpf/btf.rst and include/uapi/linux/btf.h.

import { readFileSync } from 'node:fs';

/** Where the running kernel's BTF is. */
export const VMLINUX_BTF = '/sys/kernel/btf/vmlinux';

const BTF_MAGIC = 0xeb9f;
const KIND_STRUCT = 4;

/** Bytes that follow each kind's 12-byte common part: fixed, and per item of its vlen. */
function trailing(kind: number, vlen: number): number {
  switch (kind) {
    case 1: // INT
    case 14: // VAR
    case 17: // DECL_TAG
      return 4;
    case 3: // ARRAY
      return 12;
    case 4: // STRUCT
    case 5: // UNION
    case 15: // DATASEC
    case 19: // ENUM64
      return 12 * vlen;
    case 6: // ENUM
    case 13: // FUNC_PROTO
      return 8 * vlen;
    default: // PTR, FWD, TYPEDEF, VOLATILE, CONST, RESTRICT, FUNC, FLOAT, TYPE_TAG
      return 0;
  }
}

/**
 * The byte offset of `member` in `struct name` by the BTF in `btf`, or undefined when the BTF has
 * no such struct or member, or the member is a bit field. Throws on a buffer that is not BTF.
 */
export function btfMemberOffset(btf: Buffer, name: string, member: string): number | undefined {
  if (btf.length < 24 || btf.readUInt16LE(0) !== BTF_MAGIC) {
    throw new Error('not BTF (little-endian): no 0xeb9f magic at offset 0');
  }
  const hdrLen = btf.readUInt32LE(4);
  const typeStart = hdrLen + btf.readUInt32LE(8);
  const typeEnd = typeStart + btf.readUInt32LE(12);
  const strStart = hdrLen + btf.readUInt32LE(16);
  const strEnd = strStart + btf.readUInt32LE(20);
  if (typeEnd > btf.length || strEnd > btf.length) throw new Error('BTF sections run past its end');
  const str = (off: number): string => {
    const at = strStart + off;
    const end = btf.indexOf(0, at);
    return btf.toString('latin1', at, end < 0 || end > strEnd ? strEnd : end);
  };
  for (let at = typeStart; at + 12 <= typeEnd;) {
    const info = btf.readUInt32LE(at + 4);
    const vlen = info & 0xffff;
    const kind = (info >>> 24) & 0x1f;
    if (kind === KIND_STRUCT && str(btf.readUInt32LE(at)) === name) {
      const bitfields = (info & 0x80000000) !== 0;
      for (let i = 0; i < vlen; i++) {
        const m = at + 12 + 12 * i;
        if (str(btf.readUInt32LE(m)) !== member) continue;
        const raw = btf.readUInt32LE(m + 8);
        const bits = bitfields ? raw & 0xffffff : raw;
        if (bitfields && raw >>> 24 !== 0) return undefined;
        return bits % 8 === 0 ? bits / 8 : undefined;
      }
      return undefined;
    }
    at += 12 + trailing(kind, vlen);
  }
  return undefined;
}

/** What the eBPF program needs to know of the kernel's structs, as its BTF says. */
interface KernelOffsets {
  mountMnt: number | undefined;
  cred: CredOffsets | undefined;
}

/**
 * Where a process's ids and capability sets lie in the kernel's `struct cred`
 * (include/linux/cred.h), bytes: each id a kuid_t or kgid_t (one u32), each set a kernel_cap_t.
 */
export interface CredOffsets {
  uid: number;
  gid: number;
  suid: number;
  sgid: number;
  euid: number;
  egid: number;
  effective: number;
  permitted: number;
}

/**
 * The offsets of `path`'s BTF, read once per path: the file is some megabytes, and the collector
 * asks for several offsets at its probe and its start.
 */
const offsetsByPath = new Map<string, KernelOffsets>();

function kernelOffsets(path: string): KernelOffsets {
  let known = offsetsByPath.get(path);
  if (known === undefined) {
    let btf: Buffer | undefined;
    try {
      btf = readFileSync(path);
    } catch {
      btf = undefined;
    }
    const member = (struct: string, name: string): number | undefined => {
      if (btf === undefined) return undefined;
      try {
        return btfMemberOffset(btf, struct, name);
      } catch {
        return undefined;
      }
    };
    const cred: Partial<CredOffsets> = {};
    const names: Array<[keyof CredOffsets, string]> = [
      ['uid', 'uid'],
      ['gid', 'gid'],
      ['suid', 'suid'],
      ['sgid', 'sgid'],
      ['euid', 'euid'],
      ['egid', 'egid'],
      ['effective', 'cap_effective'],
      ['permitted', 'cap_permitted'],
    ];
    for (const [key, name] of names) {
      const off = member('cred', name);
      if (off !== undefined) cred[key] = off;
    }
    known = {
      mountMnt: member('mount', 'mnt'),
      cred: names.every(([key]) => cred[key] !== undefined) ? (cred as CredOffsets) : undefined,
    };
    offsetsByPath.set(path, known);
  }
  return known;
}

/**
 * Where `struct vfsmount mnt` lies in the kernel's `struct mount` (fs/mount.h; 32 on 64-bit
 * kernels since 3.3), from the running kernel's BTF; undefined when it cannot be read.
 */
export function mountMntOffset(path = VMLINUX_BTF): number | undefined {
  return kernelOffsets(path).mountMnt;
}

/**
 * Where the ids and the effective and permitted capability sets lie in the kernel's `struct cred`
 * (include/linux/cred.h), from the running kernel's BTF; undefined when it cannot be read.
 */
export function credOffsets(path = VMLINUX_BTF): CredOffsets | undefined {
  return kernelOffsets(path).cred;
}
