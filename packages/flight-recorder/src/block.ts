// Blocks: events stored together, in time order, encoded (length-delimited Event messages) and
// compressed (zstd level 1), with a header of what they hold (time range, kinds, hosts) and a
// Bloom filter of their index values (process uids, pids, containers, executables, paths,
// remote addresses). A query reads the headers, which live in memory, and opens only the
// blocks that can hold what it asks for.
import { constants, zstdCompressSync, zstdDecompressSync } from 'node:zlib';
import { EVENT_KINDS, Event, type EventKind, kindOf, type vigil } from '@vigil/schema';
import protobuf from 'protobufjs';
import { Bloom } from './bloom.js';

/** Approximate nanoseconds of a uint64 (Long, string or number): exact to 512 ns today. */
export function approxNs(v: unknown): number {
  if (v == null) return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return Number(v);
  const l = v as { high: number; low: number };
  return (l.high >>> 0) * 4294967296 + (l.low >>> 0);
}

/** The values a block is indexed by, prefixed by what they are. */
export function indexValues(e: vigil.v1.IEvent, out: Set<string>): void {
  const p = e.process;
  if (p != null) {
    if (p.processUid) out.add(`u:${p.processUid}`);
    if (p.pid) out.add(`p:${p.pid}`);
    if (p.exe) out.add(`e:${p.exe}`);
  }
  const c = e.container;
  if (c != null) {
    if (c.id) out.add(`c:${c.id}`);
    if (c.name) out.add(`c:${c.name}`);
  }
  const path =
    e.fileOpen?.path ??
    e.fileWrite?.path ??
    e.fileUnlink?.path ??
    e.fileChmod?.path ??
    e.fileChown?.path ??
    e.fileRename?.newPath;
  if (path) out.add(`f:${path}`);
  if (e.fileRename?.oldPath) out.add(`f:${e.fileRename.oldPath}`);
  const remote = e.netConnect?.remote?.address ?? e.netAccept?.remote?.address;
  if (remote) out.add(`a:${remote}`);
  if (e.processFork?.childProcessUid) out.add(`u:${e.processFork.childProcessUid}`);
}

/** What a block holds, kept in memory for every block. */
export interface BlockMeta {
  id: number;
  minNs: number;
  maxNs: number;
  count: number;
  /** Bit i set when the block holds events of EVENT_KINDS[i]. */
  kinds: number;
  hosts: string[];
  /** Stored size of the block, bytes. */
  bytes: number;
  bloom: Bloom;
}

export function kindBit(kind: EventKind | undefined): number {
  return kind === undefined ? 0 : 1 << EVENT_KINDS.indexOf(kind);
}

/**
 * Encodes events into a block and its header. Inside a block the events of one process are
 * together (sorted by process uid, then time), and the block starts with where each process's
 * events are, so that a process's history decodes only its own events (queries merge blocks in
 * time order whatever the order inside them). Layout before compression: u32 length of the
 * index, the index (JSON: [[uid, start, end], ...], byte offsets into the events), the events
 * (length-delimited Event messages).
 */
export function buildBlock(
  id: number,
  events: vigil.v1.IEvent[],
): { meta: BlockMeta; data: Buffer } {
  const timed = events.map((e) => ({ e, t: approxNs(e.timeNs), uid: e.process?.processUid ?? '' }));
  timed.sort(
    (a, b) =>
      (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0) ||
      a.t - b.t ||
      String(a.e.id ?? '').localeCompare(String(b.e.id ?? '')),
  );
  const parts: Uint8Array[] = [];
  const values = new Set<string>();
  const hosts = new Set<string>();
  const ranges: Array<[string, number, number]> = [];
  let kinds = 0;
  let minNs = Infinity;
  let maxNs = -Infinity;
  let offset = 0;
  for (const { e, t, uid } of timed) {
    const bytes = Event.encodeDelimited(e).finish();
    const last = ranges[ranges.length - 1];
    if (last !== undefined && last[0] === uid) last[2] = offset + bytes.length;
    else ranges.push([uid, offset, offset + bytes.length]);
    offset += bytes.length;
    parts.push(bytes);
    indexValues(e, values);
    if (e.host) hosts.add(e.host);
    kinds |= kindBit(kindOf(e));
    if (t < minNs) minNs = t;
    if (t > maxNs) maxNs = t;
  }
  const index = Buffer.from(JSON.stringify(ranges));
  const head = Buffer.alloc(4);
  head.writeUInt32BE(index.length);
  const payload = Buffer.concat([head, index, ...parts]);
  const data = zstdCompressSync(payload, { params: { [constants.ZSTD_c_compressionLevel]: 1 } });
  const meta: BlockMeta = {
    id,
    minNs: timed.length > 0 ? minNs : 0,
    maxNs: timed.length > 0 ? maxNs : 0,
    count: timed.length,
    kinds,
    hosts: [...hosts],
    bytes: data.length,
    bloom: Bloom.of(values),
  };
  return { meta, data };
}

/**
 * Decodes a block's events (only those of process `uid`, when given); throws on a corrupted or
 * truncated block.
 */
export function decodeBlock(data: Uint8Array, uid?: string): vigil.v1.Event[] {
  const raw = zstdDecompressSync(data);
  const indexLength = raw.readUInt32BE(0);
  const ranges = JSON.parse(raw.subarray(4, 4 + indexLength).toString()) as Array<
    [string, number, number]
  >;
  const base = 4 + indexLength;
  let start = base;
  let end = raw.length;
  if (uid !== undefined) {
    const range = ranges.find((r) => r[0] === uid);
    if (range === undefined) return [];
    start = base + range[1];
    end = base + range[2];
  }
  const reader = protobuf.Reader.create(raw.subarray(start, end));
  const out: vigil.v1.Event[] = [];
  while (reader.pos < reader.len) out.push(Event.decodeDelimited(reader));
  return out;
}

/** Header bytes: a small JSON document and the Bloom filter's bits. */
export function encodeMeta(meta: BlockMeta): Buffer {
  const header = Buffer.from(
    JSON.stringify({
      v: 1,
      id: meta.id,
      minNs: meta.minNs,
      maxNs: meta.maxNs,
      count: meta.count,
      kinds: meta.kinds,
      hosts: meta.hosts,
      bytes: meta.bytes,
    }),
  );
  const len = Buffer.alloc(4);
  len.writeUInt32BE(header.length);
  return Buffer.concat([len, header, meta.bloom.bits]);
}

export function decodeMeta(buf: Buffer): BlockMeta {
  const len = buf.readUInt32BE(0);
  const h = JSON.parse(buf.subarray(4, 4 + len).toString()) as Omit<BlockMeta, 'bloom'> & {
    v: number;
  };
  if (h.v !== 1) throw new Error(`block header version ${h.v} is not known`);
  return { ...h, bloom: new Bloom(new Uint8Array(buf.subarray(4 + len))) };
}
