import { v1 } from '@vigil/schema';
import type { vigil } from '@vigil/schema';
import { constants, crc32, zstdCompressSync, zstdDecompressSync } from 'node:zlib';
import protobuf from 'protobufjs/minimal.js';
import { WireFields, WireFormatError } from './wire.js';

/** How batches travel: zstd-compressed by default, or as plain protobuf. */
export type BatchCompression = 'zstd' | 'none';

/** The four bytes that open every zstd frame (RFC 8878 section 3.1.1). */
const ZSTD_MAGIC = 0xfd2fb528;
/** Largest batch a consumer will decompress: a bound against decompression bombs. */
export const MAX_DECOMPRESSED_BATCH_BYTES = 64 * 1024 * 1024;

/**
 * Compresses an encoded batch. Telemetry repeats itself (paths, argv, names), so zstd at level 1
 * makes batches about ten times smaller for a fraction of a microsecond per event, and
 * nats-server's cost is mostly per byte (measured in bench/backplane, see bench/RESULTS.md).
 * An EventBatch always begins with 0x0a and a zstd frame with its magic number, so a consumer
 * tells them apart without a header.
 */
export function compressBatch(encoded: Uint8Array, compression: BatchCompression): Uint8Array {
  if (compression === 'none') return encoded;
  return zstdCompressSync(encoded, { params: { [constants.ZSTD_c_compressionLevel]: 1 } });
}

function isZstd(data: Uint8Array): boolean {
  return (
    data.length >= 4 &&
    ((data[0] as number) |
      ((data[1] as number) << 8) |
      ((data[2] as number) << 16) |
      ((data[3] as number) << 24)) >>>
      0 ===
      ZSTD_MAGIC
  );
}

/** The parts of protobufjs's Writer that BatchEncoder.add splices (a linked list of write ops). */
interface WriterInternals {
  len: number;
  head: { next: unknown };
  tail: { next: unknown };
}

/** EventBatch.events, Event.process, Process.ancestors: field numbers, tags (length-delimited). */
const EVENTS_FIELD = 1;
const PROCESS_FIELD = 7;
const ANCESTORS_FIELD = 21;
const EVENTS_TAG = (EVENTS_FIELD << 3) | 2;
const PROCESS_TAG = (PROCESS_FIELD << 3) | 2;
const ANCESTORS_TAG = (ANCESTORS_FIELD << 3) | 2;
const batchFields = new WireFields();
const eventFields = new WireFields();
/** Encoded Process messages of encoders with sharedProcesses, by the object encoded. */
const processBytes = new WeakMap<vigil.v1.IProcess, Uint8Array>();
/** Encoded Process.ancestors fields (each entry tagged), by the array encoded. */
const ancestorsBytes = new WeakMap<vigil.v1.IAncestor[], Uint8Array>();

/**
 * A shared process's encoding, made once. Its ancestors are encoded once per array, not per
 * process: the sensor gives the children of one process the same array, and under an exec storm
 * every new process's events repeat its shell's chain.
 */
function sharedProcessBytes(p: vigil.v1.IProcess): Uint8Array {
  let bytes = processBytes.get(p);
  if (bytes !== undefined) return bytes;
  const ancestors = p.ancestors;
  if (ancestors == null || ancestors.length === 0) {
    bytes = v1.Process.encode(p).finish();
  } else {
    let tail = ancestorsBytes.get(ancestors);
    if (tail === undefined) {
      const w = protobuf.Writer.create();
      for (const a of ancestors) v1.Ancestor.encode(a, w.uint32(ANCESTORS_TAG).fork()).ldelim();
      tail = w.finish();
      ancestorsBytes.set(ancestors, tail);
    }
    // The process without its ancestors, then theirs: a repeated field's entries may come
    // anywhere in a message, in order (protobuf encoding: field order).
    p.ancestors = undefined;
    let own: Uint8Array;
    try {
      own = v1.Process.encode(p).finish();
    } finally {
      p.ancestors = ancestors;
    }
    bytes = new Uint8Array(own.length + tail.length);
    bytes.set(own);
    bytes.set(tail, own.length);
  }
  processBytes.set(p, bytes);
  return bytes;
}

/**
 * Accumulates events into the encoding of one EventBatch. Events are written straight into one
 * protobuf writer, so a batch costs one allocation at `finish`, not one per event.
 */
export class BatchEncoder {
  #writer = protobuf.Writer.create();
  #count = 0;
  readonly #sharedProcesses: boolean;

  /**
   * With `sharedProcesses`, an event's `process` object is taken to be shared by many events and
   * never changed once encoded (the sensor's process table describes a process once per change,
   * ancestors included, and every event of the process carries that description): it is
   * encoded once and its bytes reused. So is an `ancestors` array shared by several processes.
   */
  constructor(options: { sharedProcesses?: boolean } = {}) {
    this.#sharedProcesses = options.sharedProcesses ?? false;
  }

  /** Number of events in the batch. */
  get count(): number {
    return this.#count;
  }

  /** Encoded size of the batch so far, in bytes. */
  get byteLength(): number {
    return this.#writer.len;
  }

  /**
   * Encodes one event straight into the batch, unless its encoding is larger than `maxBytes`:
   * then nothing is written and the encoded size is returned as a negative number. Otherwise
   * returns the bytes the batch grew by.
   */
  add(event: vigil.v1.IEvent, maxBytes = Infinity): number {
    const w = this.#writer as unknown as WriterInternals;
    const before = w.len;
    // fork() saves the writer's state and starts an empty one for the event's body, so its
    // length is known before the length prefix is written; reset() drops it again.
    const body = this.#writer.fork();
    const p = event.process;
    if (this.#sharedProcesses && p != null) {
      // The event without its process, then the process's bytes as field 7: a field's place in
      // a message does not matter to a decoder (protobuf encoding: field order).
      const bytes = sharedProcessBytes(p);
      event.process = undefined;
      try {
        v1.Event.encode(event, body);
      } finally {
        event.process = p;
      }
      body.uint32(PROCESS_TAG).bytes(bytes);
    } else {
      v1.Event.encode(event, body);
    }
    const len = w.len;
    if (framedSize(len) > maxBytes) {
      this.#writer.reset();
      return -framedSize(len);
    }
    // Writer.ldelim() with the field's tag written before the length (protobufjs
    // src/writer.js, ldelim): pop the saved state, write tag and length, then splice the
    // body's operations back on.
    const head = w.head;
    const tail = w.tail;
    this.#writer.reset().uint32(EVENTS_TAG).uint32(len);
    if (len) {
      w.tail.next = head.next;
      w.tail = tail;
      w.len += len;
    }
    this.#count++;
    return w.len - before;
  }

  /** Appends one event already encoded with Event.encode. */
  addEncoded(encoded: Uint8Array): void {
    this.#writer.uint32(EVENTS_TAG).bytes(encoded);
    this.#count++;
  }

  /** The encoded batch; the encoder is empty again afterwards. */
  finish(): Uint8Array {
    const out = this.#writer.finish();
    this.#writer = protobuf.Writer.create();
    this.#count = 0;
    return out;
  }
}

/** Encoded size of one event inside a batch: tag, length varint, body. */
export function framedSize(encodedLength: number): number {
  return 1 + varintSize(encodedLength) + encodedLength;
}

function varintSize(n: number): number {
  let size = 1;
  while (n >= 0x80) {
    n = Math.floor(n / 128);
    size++;
  }
  return size;
}

/** Why a batch could not be decoded. */
export class MalformedBatchError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MalformedBatchError';
  }
}

/**
 * Splits a batch, compressed or not, into the encoded bytes of each event (views of one buffer,
 * no copy), for a consumer that keeps events as bytes (the flight recorder). Throws
 * MalformedBatchError when the bytes are not an EventBatch or hold no event; the events
 * themselves are not decoded here.
 */
export function splitBatch(data: Uint8Array): Buffer[] {
  if (isZstd(data)) {
    try {
      data = zstdDecompressSync(data, { maxOutputLength: MAX_DECOMPRESSED_BATCH_BYTES });
    } catch (err) {
      throw new MalformedBatchError(`not a zstd batch: ${(err as Error).message}`, { cause: err });
    }
  }
  const buf = Buffer.isBuffer(data)
    ? data
    : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const events: Buffer[] = [];
  const f = batchFields.at(buf);
  try {
    while (f.next()) {
      if (f.field !== EVENTS_FIELD || f.wire !== 2) {
        throw new MalformedBatchError(`not an EventBatch: byte ${f.keyAt} is not an event's tag`);
      }
      events.push(f.bytes());
    }
  } catch (err) {
    if (!(err instanceof WireFormatError)) throw err;
    throw new MalformedBatchError(`not an EventBatch: event ${events.length}: ${err.message}`);
  }
  if (events.length === 0) {
    throw new MalformedBatchError(`not an EventBatch: ${buf.length} bytes hold no event`);
  }
  return events;
}

/**
 * Decoded Process messages by their bytes. Every event of a process carries the same description
 * (its ancestors too, most of an event's bytes), so a consumer decodes it once and its events
 * share the object: measured in bench/api at 10,000 events/s, decoding was the API's largest
 * cost. Bounded: cleared when full. Events' `process` objects are therefore shared and must not
 * be changed by consumers.
 */
const processCache = new Map<number, { bytes: Buffer; process: vigil.v1.Process }>();
const PROCESS_CACHE_ENTRIES = 2048;

/** Where an event's one top-level process field lies: [field start, value start, end], or undefined. */
function processField(buf: Buffer): [number, number, number] | undefined {
  let found: [number, number, number] | undefined;
  const f = eventFields.at(buf);
  try {
    while (f.next()) {
      if (f.field !== PROCESS_FIELD || f.wire !== 2) continue;
      // A second one merges into the first (protobuf's rule): left to the full decoder.
      if (found) return undefined;
      found = [f.keyAt, f.start, f.stop];
    }
  } catch (err) {
    // Left to the full decoder, which says what is wrong.
    if (err instanceof WireFormatError) return undefined;
    throw err;
  }
  return found;
}

/** Decodes one event, its process through the cache. Throws what protobufjs throws. */
function decodeEvent(buf: Buffer): vigil.v1.Event {
  const field = processField(buf);
  if (field === undefined) return v1.Event.decode(buf);
  const [at, start, end] = field;
  const bytes = buf.subarray(start, end);
  // Found by checksum, kept only if the bytes are the same.
  const sum = crc32(bytes);
  let entry = processCache.get(sum);
  if (entry === undefined || !entry.bytes.equals(bytes)) {
    entry = { bytes: Buffer.from(bytes), process: v1.Process.decode(bytes) };
    if (processCache.size >= PROCESS_CACHE_ENTRIES) processCache.clear();
    processCache.set(sum, entry);
  }
  // The sensor writes the process last: then the rest is a prefix, read without a copy.
  const rest =
    end === buf.length
      ? buf.subarray(0, at)
      : Buffer.concat([buf.subarray(0, at), buf.subarray(end)]);
  const event = v1.Event.decode(rest);
  event.process = entry.process;
  return event;
}

/** The bytes each event decoded by decodeBatch came from (a view of its batch). */
const encodings = new WeakMap<vigil.v1.Event, Uint8Array>();

/**
 * The encoding an event was decoded from by decodeBatch with `keepEncodings`, for a consumer that
 * passes it on as it came (the API's gRPC live streams); undefined for other events.
 */
export function encodedEvent(event: vigil.v1.Event): Uint8Array | undefined {
  return encodings.get(event);
}

/**
 * Decodes a batch, compressed or not. Throws MalformedBatchError when the bytes are not an
 * EventBatch (or a zstd frame of one), hold no event, or hold an event without a payload (a
 * publisher never sends either).
 */
export function decodeBatch(
  data: Uint8Array,
  options: {
    /**
     * Keep each event's bytes for `encodedEvent` (a view of the batch, which then lives as long
     * as any of its events).
     */
    keepEncodings?: boolean;
  } = {},
): vigil.v1.Event[] {
  const parts = splitBatch(data);
  const events: vigil.v1.Event[] = [];
  for (let i = 0; i < parts.length; i++) {
    let ev: vigil.v1.Event;
    try {
      ev = decodeEvent(parts[i] as Buffer);
    } catch (err) {
      throw new MalformedBatchError(
        `not an EventBatch: event ${i} of ${parts.length}: ${(err as Error).message}`,
        { cause: err },
      );
    }
    if (ev.payload === undefined) {
      throw new MalformedBatchError(`event ${i} of ${parts.length} has no payload`);
    }
    if (options.keepEncodings) encodings.set(ev, parts[i] as Buffer);
    events.push(ev);
  }
  return events;
}
