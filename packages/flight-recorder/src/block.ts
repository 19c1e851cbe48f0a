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

/** Sorts events by time (then id) and encodes them into a block and its header. */
export function buildBlock(
  id: number,
  events: vigil.v1.IEvent[],
): { meta: BlockMeta; data: Buffer } {
  const timed = events.map((e) => ({ e, t: approxNs(e.timeNs) }));
  timed.sort((a, b) => a.t - b.t || String(a.e.id ?? '').localeCompare(String(b.e.id ?? '')));
  const writer = protobuf.Writer.create();
  const values = new Set<string>();
  const hosts = new Set<string>();
  let kinds = 0;
  for (const { e } of timed) {
    Event.encodeDelimited(e, writer);
    indexValues(e, values);
    if (e.host) hosts.add(e.host);
    kinds |= kindBit(kindOf(e));
  }
  const data = zstdCompressSync(writer.finish(), {
    params: { [constants.ZSTD_c_compressionLevel]: 1 },
  });
  const meta: BlockMeta = {
    id,
    minNs: timed[0]?.t ?? 0,
    maxNs: timed[timed.length - 1]?.t ?? 0,
    count: timed.length,
    kinds,
    hosts: [...hosts],
    bytes: data.length,
    bloom: Bloom.of(values),
  };
  return { meta, data };
}

/** Decodes a block's events; throws on a corrupted or truncated block. */
export function decodeBlock(data: Uint8Array): vigil.v1.Event[] {
  const raw = zstdDecompressSync(data);
  const reader = protobuf.Reader.create(raw);
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
