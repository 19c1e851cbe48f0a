// Blocks: events stored together, in time order, encoded (length-delimited Event messages) and
// compressed (zstd level 1), with a header of what they hold (time range, kinds, hosts) and a
// Bloom filter of their index values (process uids, pids, containers, executables, paths,
// remote addresses). A query reads the headers, which live in memory, and opens only the
// blocks that can hold what it asks for.
import { constants, zstdCompressSync, zstdDecompressSync } from 'node:zlib';
import { EVENT_KINDS, Event, type EventKind, kindOf, type vigil } from '@vigil/schema';
import protobuf from 'protobufjs';
import { Bloom } from './bloom.js';
import { isRaw, linkTarget, type RawEvent } from './raw.js';

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
    e.fileRename?.newPath ??
    e.fileLink?.linkPath ??
    e.fileMkdir?.path;
  if (path) out.add(`f:${path}`);
  if (e.fileRename?.oldPath) out.add(`f:${e.fileRename.oldPath}`);
  const target = linkTarget(e.fileLink?.target);
  if (target) out.add(`f:${target}`);
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

/** Raw bytes of events gathered into one compressed frame. */
const FRAME_BYTES = 16 * 1024;
const ZSTD_FAST = { params: { [constants.ZSTD_c_compressionLevel]: 1 } };

/** Where things are in a block: frames (compressed byte ranges) and each process's events. */
interface BlockIndex {
  /** [start, end] of each frame, after the index. */
  f: Array<[number, number]>;
  /** [uid, frame, start, end]: a process's events, a byte range of a decompressed frame. */
  u: Array<[string, number, number, number]>;
}

/**
 * Encodes events into a block and its header. Inside a block the events of one process are
 * together (sorted by process uid, then time) in frames of about FRAME_BYTES compressed on their
 * own (zstd level 1), behind an index of where each process's events are: a process's history
 * decompresses one small frame per block and decodes only its own events (queries merge blocks
 * in time order whatever the order inside them). Layout: u32 length of the index, the index
 * (JSON, BlockIndex), the frames.
 */
export function buildBlock(
  id: number,
  events: ReadonlyArray<vigil.v1.IEvent | RawEvent>,
): { meta: BlockMeta; data: Buffer } {
  const timed = events.map((e) =>
    isRaw(e)
      ? { e, t: e.timeNs, uid: e.processUid, id: e.id }
      : { e, t: approxNs(e.timeNs), uid: e.process?.processUid ?? '', id: e.id ?? '' },
  );
  timed.sort((a, b) =>
    a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : a.t - b.t || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const frames: Buffer[] = [];
  const index: BlockIndex = { f: [], u: [] };
  const values = new Set<string>();
  const hosts = new Set<string>();
  let kinds = 0;
  let minNs = Infinity;
  let maxNs = -Infinity;
  let offset = 0;
  let writer = protobuf.Writer.create();
  let groupStart = 0;
  const closeFrame = (): void => {
    const frame = zstdCompressSync(writer.finish(), ZSTD_FAST);
    index.f.push([offset, offset + frame.length]);
    offset += frame.length;
    frames.push(frame);
    writer = protobuf.Writer.create();
  };
  for (let i = 0; i < timed.length; i++) {
    const { e, t, uid } = timed[i] as (typeof timed)[number];
    // An event kept as bytes is written as they are: length-delimited, as encodeDelimited does.
    if (isRaw(e)) writer.bytes(e.raw);
    else Event.encodeDelimited(e, writer);
    if (timed[i + 1]?.uid !== uid) {
      index.u.push([uid, frames.length, groupStart, writer.len]);
      if (writer.len >= FRAME_BYTES) closeFrame();
      groupStart = writer.len;
    }
    if (isRaw(e)) {
      for (const v of e.values) values.add(v);
      kinds |= kindBit(e.kind);
    } else {
      indexValues(e, values);
      kinds |= kindBit(kindOf(e));
    }
    if (e.host) hosts.add(e.host);
    if (t < minNs) minNs = t;
    if (t > maxNs) maxNs = t;
  }
  if (writer.len > 0) closeFrame();
  const indexBytes = Buffer.from(JSON.stringify(index));
  const head = Buffer.alloc(4);
  head.writeUInt32BE(indexBytes.length);
  const data = Buffer.concat([head, indexBytes, ...frames]);
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
 * Decodes the length-delimited events of a frame. An event whose own bytes do not decode (the
 * recorder stores events as they came, without decoding them) is skipped and counted in
 * `skipped`: the framing around it is the recorder's, so the events after it still read.
 */
function decodeRange(raw: Uint8Array, out: vigil.v1.Event[], skipped: { count: number }): void {
  const reader = protobuf.Reader.create(raw);
  const len = reader.len;
  while (reader.pos < len) {
    const length = reader.uint32();
    const end = reader.pos + length;
    if (end > len) throw new Error(`an event runs past its frame (${end} > ${len})`);
    try {
      out.push(Event.decode(reader, length));
    } catch {
      skipped.count++;
      // The generated decoders narrow the reader's length while they read a sub-message and
      // do not restore it when they throw.
      reader.len = len;
    }
    reader.pos = end;
  }
}

/**
 * Decodes a block's events (only those of process `uid`, when given); throws on a corrupted or
 * truncated block. Events that do not decode are left out and counted in `skipped`.
 */
export function decodeBlock(
  data: Buffer,
  uid?: string,
  skipped: { count: number } = { count: 0 },
): vigil.v1.Event[] {
  const indexLength = data.readUInt32BE(0);
  const index = JSON.parse(data.subarray(4, 4 + indexLength).toString()) as BlockIndex;
  const base = 4 + indexLength;
  const frame = (f: number): Buffer => {
    const [start, end] = index.f[f] ?? [0, 0];
    if (base + end > data.length)
      throw new Error(`block cut short: ${data.length} bytes, frame ${f} ends at ${base + end}`);
    return zstdDecompressSync(data.subarray(base + start, base + end));
  };
  const out: vigil.v1.Event[] = [];
  if (uid === undefined) {
    for (let f = 0; f < index.f.length; f++) decodeRange(frame(f), out, skipped);
    return out;
  }
  const entry = index.u.find((u) => u[0] === uid);
  if (entry !== undefined) decodeRange(frame(entry[1]).subarray(entry[2], entry[3]), out, skipped);
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
