// The recorder's LevelDB store. Keys:
//   B <id:8>      a block (compressed events)
//   M <id:8>      its header (time range, kinds, hosts, size, Bloom filter)
//   W <stream>    the highest stream sequence stored, written in the same batch as the blocks
//                 that hold it: a message delivered again after a crash is recognised, so
//                 nothing is stored twice
// One LevelDB write per block (not per event and index: a key write costs ~4 µs here). Every
// append is one synchronous batch, durable when it resolves. Headers are read into memory at
// open. Retention deletes whole segments (SEGMENT_BLOCKS consecutive blocks, so a time range)
// and compacts the range so that the disk space comes back.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ClassicLevel } from 'classic-level';
import { VigilError } from '@vigil/common';
import type { vigil } from '@vigil/schema';
import { type BlockMeta, buildBlock, decodeBlock, decodeMeta, encodeMeta } from './block.js';
import type { RawEvent } from './raw.js';

/** Events per block, at most. */
export const BLOCK_EVENTS = 4096;
/** Blocks per retention segment. */
export const SEGMENT_BLOCKS = 16;
/**
 * LevelDB's write buffer (its log and memtable): small, so that what is on disk follows what is
 * stored closely and the byte budget can hold on disk (LevelDB's default is 4 MiB).
 */
const WRITE_BUFFER_BYTES = 1024 * 1024;
/** Retention keeps the disk use this far under the budget, for what arrives before it runs again. */
const RETENTION_TARGET = 0.9;
/** Share of the budget appended after which an append runs retention itself. */
const RETENTION_STEP = 0.02;
/** Small blocks at the tail (from quiet periods) are merged once this many have gathered. */
const MERGE_TAIL_BLOCKS = 32;

export interface StoreOptions {
  /** Bytes of blocks to keep at most; the oldest segments go first. 0: no limit. */
  maxBytes?: number;
  /** Age of the newest event of a segment after which it goes, ms. 0: no limit. */
  maxAgeMs?: number;
  /** Told about each block that cannot be read (it is skipped). */
  onCorrupt?: (id: number, reason: string) => void;
  /** How long to wait for another process (an exiting recorder) to release the store. */
  lockWaitMs?: number;
}

/**
 * Opens LevelDB, waiting while another process holds its lock: a recorder orphaned by a killed
 * `vigil up` is still shutting down when the next one starts.
 */
async function openWaitingForLock(
  db: ClassicLevel<Buffer, Buffer>,
  dir: string,
  waitMs: number,
): Promise<void> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      await db.open();
      return;
    } catch (err) {
      const cause = (err as { cause?: { code?: string } }).cause;
      if (cause?.code !== 'LEVEL_LOCKED') {
        throw new VigilError(
          'VGL_ERR_DATA_DIR',
          `recorder store ${dir} cannot be opened: ${(err as Error).message}`,
          { cause: err },
        );
      }
      if (Date.now() > deadline) {
        throw new VigilError(
          'VGL_ERR_DATA_DIR_LOCKED',
          `recorder store ${dir} is in use by another process`,
          { cause: err },
        );
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

function blockKey(prefix: 'B' | 'M', id: number): Buffer {
  const key = Buffer.alloc(9);
  key.write(prefix, 0);
  key.writeBigUInt64BE(BigInt(id), 1);
  return key;
}

/** Most ranges of stored sequences kept: past it the two oldest merge (a gap long past). */
const MAX_WATER_RANGES = 1024;

/** Adds [first, last] to sorted disjoint ranges, merging what touches. */
function addRange(ranges: Array<[number, number]>, first: number, last: number): void {
  let i = 0;
  while (i < ranges.length && (ranges[i] as [number, number])[1] < first - 1) i++;
  let lo = first;
  let hi = last;
  let j = i;
  while (j < ranges.length && (ranges[j] as [number, number])[0] <= last + 1) {
    const [a, b] = ranges[j] as [number, number];
    lo = Math.min(lo, a);
    hi = Math.max(hi, b);
    j++;
  }
  ranges.splice(i, j - i, [lo, hi]);
  if (ranges.length > MAX_WATER_RANGES) {
    const [a] = ranges[0] as [number, number];
    const [, b] = ranges[1] as [number, number];
    ranges.splice(0, 2, [a, b]);
  }
}

function waterKey(stream: string): Buffer {
  return Buffer.from(`W${stream}`);
}

export interface StoreStats {
  blocks: number;
  events: number;
  bytes: number;
  corrupt: number;
}

export class RecorderStore {
  readonly #db: ClassicLevel<Buffer, Buffer>;
  readonly #dir: string;
  readonly #options: StoreOptions;
  /** Headers, by id order. */
  #blocks: BlockMeta[] = [];
  #nextId = 1;
  /** Per stream, the sequences stored, as sorted disjoint [first, last] ranges. */
  readonly #water = new Map<string, Array<[number, number]>>();
  #corrupt = 0;
  readonly #reported = new Set<number>();
  /** Block bytes appended since retention last ran. */
  #sinceRetention = 0;

  private constructor(db: ClassicLevel<Buffer, Buffer>, dir: string, options: StoreOptions) {
    this.#db = db;
    this.#dir = dir;
    this.#options = options;
  }

  /** Opens (creating) the store in `dir` and reads the block headers. */
  static async open(dir: string, options: StoreOptions = {}): Promise<RecorderStore> {
    const db = new ClassicLevel<Buffer, Buffer>(dir, {
      keyEncoding: 'buffer',
      valueEncoding: 'buffer',
      writeBufferSize: WRITE_BUFFER_BYTES,
      // LevelDB's block cache (8 MiB by default): the recent blocks that queries come back to.
      cacheSize: 32 * 1024 * 1024,
    });
    await openWaitingForLock(db, dir, options.lockWaitMs ?? 15_000);
    const store = new RecorderStore(db, dir, options);
    for await (const [key, value] of db.iterator({ gte: Buffer.from('M'), lt: Buffer.from('N') })) {
      try {
        store.#blocks.push(decodeMeta(value));
      } catch (err) {
        store.#reportCorrupt(Number(key.readBigUInt64BE(1)), `header: ${(err as Error).message}`);
      }
    }
    store.#blocks.sort((a, b) => a.id - b.id);
    store.#nextId = (store.#blocks[store.#blocks.length - 1]?.id ?? 0) + 1;
    for await (const [key, value] of db.iterator({ gte: Buffer.from('W'), lt: Buffer.from('X') })) {
      // A store written before ranges holds the highest sequence stored (8 bytes).
      const ranges =
        value[0] === 0x5b
          ? (JSON.parse(value.toString()) as Array<[number, number]>)
          : [[1, Number(value.readBigUInt64BE(0))] as [number, number]];
      store.#water.set(key.subarray(1).toString(), ranges);
    }
    return store;
  }

  /** The highest sequence of `stream` stored (0 when none). */
  storedUpTo(stream: string): number {
    return this.#water.get(stream)?.at(-1)?.[1] ?? 0;
  }

  /**
   * Whether the message `seq` of `stream` is stored. Exact, not a high-water mark: after a crash
   * JetStream gives a new consumer newer messages before it redelivers those the dead one had
   * been handed (once their ack wait expires), so a lower sequence can come after a higher one.
   */
  isStored(stream: string, seq: number): boolean {
    for (const [first, last] of this.#water.get(stream) ?? []) {
      if (seq < first) return false;
      if (seq <= last) return true;
    }
    return false;
  }

  /** Headers of the blocks, oldest first (a copy of the list; the headers are shared). */
  blocks(): BlockMeta[] {
    return [...this.#blocks];
  }

  stats(): StoreStats {
    let events = 0;
    let bytes = 0;
    for (const b of this.#blocks) {
      events += b.count;
      bytes += b.bytes;
    }
    return { blocks: this.#blocks.length, events, bytes, corrupt: this.#corrupt };
  }

  /**
   * Stores events, and the stream sequence they came up to, in one synchronous batch: durable
   * when the promise resolves.
   */
  async append(
    events: ReadonlyArray<vigil.v1.IEvent | RawEvent>,
    water?: {
      stream: string;
      /** Every message up to this one is stored. */
      seq?: number;
      /** These messages are stored. */
      seqs?: readonly number[];
    },
  ): Promise<void> {
    const ops: Array<{ type: 'put'; key: Buffer; value: Buffer }> = [];
    const metas: BlockMeta[] = [];
    for (let i = 0; i < events.length; i += BLOCK_EVENTS) {
      const { meta, data } = buildBlock(this.#nextId++, events.slice(i, i + BLOCK_EVENTS));
      ops.push({ type: 'put', key: blockKey('B', meta.id), value: data });
      ops.push({ type: 'put', key: blockKey('M', meta.id), value: encodeMeta(meta) });
      metas.push(meta);
    }
    let ranges: Array<[number, number]> | undefined;
    if (water !== undefined) {
      ranges = [...(this.#water.get(water.stream) ?? [])];
      if (water.seq !== undefined) addRange(ranges, 1, water.seq);
      for (const seq of water.seqs ?? []) addRange(ranges, seq, seq);
      ops.push({
        type: 'put',
        key: waterKey(water.stream),
        value: Buffer.from(JSON.stringify(ranges)),
      });
    }
    if (ops.length === 0) return;
    await this.#db.batch(ops, { sync: true });
    this.#blocks.push(...metas);
    if (water !== undefined && ranges !== undefined) this.#water.set(water.stream, ranges);
    await this.#mergeTail();
    // Under sustained ingest retention runs every RETENTION_STEP of the budget, not only on the
    // recorder's timer, so that the disk never runs far past the budget between two checks.
    const { maxBytes = 0 } = this.#options;
    this.#sinceRetention += metas.reduce((a, m) => a + m.bytes, 0);
    if (maxBytes > 0 && this.#sinceRetention >= maxBytes * RETENTION_STEP)
      await this.enforceRetention();
  }

  /** Merges the small blocks that quiet periods leave at the tail into one. */
  async #mergeTail(): Promise<void> {
    let start = this.#blocks.length;
    let events = 0;
    while (start > 0) {
      const b = this.#blocks[start - 1] as BlockMeta;
      if (b.count >= BLOCK_EVENTS / 2 || events + b.count > BLOCK_EVENTS) break;
      events += b.count;
      start--;
    }
    const tail = this.#blocks.slice(start);
    if (tail.length < MERGE_TAIL_BLOCKS) return;
    const all: vigil.v1.IEvent[] = [];
    for (const b of tail) all.push(...((await this.readBlock(b)) ?? []));
    const first = tail[0] as BlockMeta;
    const { meta, data } = buildBlock(first.id, all);
    const batch = this.#db.batch();
    batch.put(blockKey('B', meta.id), data);
    batch.put(blockKey('M', meta.id), encodeMeta(meta));
    for (const b of tail.slice(1)) batch.del(blockKey('B', b.id)).del(blockKey('M', b.id));
    await batch.write({ sync: true });
    this.#blocks.splice(start, tail.length, meta);
  }

  /**
   * A block's events (only those of process `uid`, when given), or undefined when it is gone
   * (retention) or cannot be read (reported).
   */
  async readBlock(meta: BlockMeta, uid?: string): Promise<vigil.v1.Event[] | undefined> {
    let data: Buffer | undefined;
    try {
      data = await this.#db.get(blockKey('B', meta.id));
    } catch (err) {
      this.#reportCorrupt(meta.id, `read: ${(err as Error).message}`);
      return undefined;
    }
    if (data === undefined) return undefined;
    try {
      const skipped = { count: 0 };
      const events = decodeBlock(data, uid, skipped);
      if (skipped.count > 0)
        this.#reportCorrupt(meta.id, `${skipped.count} events do not decode; the others are read`);
      return events;
    } catch (err) {
      this.#reportCorrupt(meta.id, (err as Error).message);
      return undefined;
    }
  }

  #reportCorrupt(id: number, reason: string): void {
    if (this.#reported.has(id)) return;
    this.#reported.add(id);
    this.#corrupt++;
    this.#options.onCorrupt?.(id, reason);
  }

  /** Bytes the store's files take on disk (blocks, headers, LevelDB's log and tables). */
  diskBytes(): number {
    let total = 0;
    for (const name of readdirSync(this.#dir)) {
      try {
        total += statSync(join(this.#dir, name)).size;
      } catch {
        // removed by a compaction meanwhile
      }
    }
    return total;
  }

  /**
   * Deletes the oldest segments while the disk use is over the byte budget (down to
   * RETENTION_TARGET of it) or their newest event is past the age limit.
   */
  async enforceRetention(nowMs = Date.now()): Promise<{ blocks: number; bytes: number }> {
    const { maxBytes = 0, maxAgeMs = 0 } = this.#options;
    this.#sinceRetention = 0;
    let disk = maxBytes > 0 ? this.diskBytes() : 0;
    let freedBlocks = 0;
    let freedBytes = 0;
    for (;;) {
      const first = this.#blocks[0];
      if (first === undefined) break;
      const segment = Math.floor(first.id / SEGMENT_BLOCKS);
      const members = this.#blocks.filter((b) => Math.floor(b.id / SEGMENT_BLOCKS) === segment);
      // Never the segment still being written: its blocks are the newest.
      if (members.length === this.#blocks.length) break;
      const bytes = members.reduce((a, b) => a + b.bytes, 0);
      const newestMs = Math.max(...members.map((b) => b.maxNs)) / 1e6;
      const overBytes = maxBytes > 0 && disk > maxBytes * RETENTION_TARGET;
      const tooOld = maxAgeMs > 0 && newestMs < nowMs - maxAgeMs;
      if (!overBytes && !tooOld) break;
      const lo = segment * SEGMENT_BLOCKS;
      const hi = lo + SEGMENT_BLOCKS;
      await this.#db.batch(
        members.flatMap((b) => [
          { type: 'del' as const, key: blockKey('B', b.id) },
          { type: 'del' as const, key: blockKey('M', b.id) },
        ]),
        { sync: true },
      );
      this.#blocks = this.#blocks.slice(members.length);
      await this.#db.compactRange(blockKey('B', lo), blockKey('B', hi));
      await this.#db.compactRange(blockKey('M', lo), blockKey('M', hi));
      if (maxBytes > 0) disk = this.diskBytes();
      freedBlocks += members.length;
      freedBytes += bytes;
    }
    return { blocks: freedBlocks, bytes: freedBytes };
  }

  async close(): Promise<void> {
    await this.#db.close();
  }
}
