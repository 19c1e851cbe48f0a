import { v1 } from '@vigil/schema';
import type { vigil } from '@vigil/schema';
import protobuf from 'protobufjs/minimal.js';

/** Tag of EventBatch.events (field 1, length-delimited): (1 << 3) | 2. */
const EVENTS_TAG = 0x0a;

/**
 * Accumulates events into the encoding of one EventBatch. Events are written straight into one
 * protobuf writer, so a batch costs one allocation at `finish`, not one per event.
 */
export class BatchEncoder {
  #writer = protobuf.Writer.create();
  #count = 0;

  /** Number of events in the batch. */
  get count(): number {
    return this.#count;
  }

  /** Encoded size of the batch so far, in bytes. */
  get byteLength(): number {
    return this.#writer.len;
  }

  /** Appends one event. */
  add(event: vigil.v1.IEvent): void {
    v1.Event.encode(event, this.#writer.uint32(EVENTS_TAG).fork()).ldelim();
    this.#count++;
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
 * Decodes a batch. Throws MalformedBatchError when the bytes are not an EventBatch, hold no
 * event, or hold an event without a payload (a publisher never sends either).
 */
export function decodeBatch(data: Uint8Array): vigil.v1.Event[] {
  let batch: vigil.v1.EventBatch;
  try {
    batch = v1.EventBatch.decode(data);
  } catch (err) {
    throw new MalformedBatchError(`not an EventBatch: ${(err as Error).message}`, { cause: err });
  }
  if (batch.events.length === 0) {
    throw new MalformedBatchError(`not an EventBatch: ${data.length} bytes hold no event`);
  }
  for (let i = 0; i < batch.events.length; i++) {
    const ev = batch.events[i] as vigil.v1.Event;
    if (ev.payload === undefined) {
      throw new MalformedBatchError(`event ${i} of ${batch.events.length} has no payload`);
    }
  }
  // decode builds Event instances; the generated type says only IEvent.
  return batch.events as vigil.v1.Event[];
}
