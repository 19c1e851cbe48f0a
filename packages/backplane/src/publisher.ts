import { randomBytes } from 'node:crypto';
import { BackplaneError, reportBackgroundError } from '@vigil/common';
import type { vigil } from '@vigil/schema';
import type { JetStreamClient, PubAck } from '@nats-io/jetstream';
import { ClosedConnectionError, DrainingConnectionError } from '@nats-io/transport-node';
import { BatchEncoder, compressBatch, framedSize } from './codec.js';
import type { BatchCompression } from './codec.js';

/** Default size at which a batch is sealed and sent. */
export const DEFAULT_MAX_BATCH_BYTES = 256 * 1024;
/** Default age at which a partly filled batch is sent anyway. */
export const DEFAULT_FLUSH_INTERVAL_MS = 5;
/** Default number of batches that may wait for JetStream's acknowledgement. */
export const DEFAULT_PUBLISH_WINDOW = 16;
/** Default time to wait for one acknowledgement before the publish is retried. */
export const DEFAULT_PUBLISH_TIMEOUT_MS = 5_000;
/** First retry delay after a failed publish; doubles up to DEFAULT_MAX_RETRY_DELAY_MS. */
export const DEFAULT_RETRY_DELAY_MS = 50;
/** Longest retry delay. */
export const DEFAULT_MAX_RETRY_DELAY_MS = 2_000;

/** Options of a BatchPublisher. */
export interface BatchPublisherOptions {
  /** A batch is sealed when adding an event would make it larger than this. */
  maxBatchBytes?: number;
  /** A partly filled batch is sealed this long after its first event. */
  flushIntervalMs?: number;
  /**
   * The credit window: sealed batches not yet acknowledged by JetStream (sent, being retried,
   * or waiting to be sent). When it is full, `publish` refuses events: memory stays bounded by
   * about (window + subjects) x maxBatchBytes.
   */
  window?: number;
  /** How long to wait for one acknowledgement before retrying. */
  publishTimeoutMs?: number;
  /** Prefix of message ids (for JetStream's duplicate detection); random by default. */
  id?: string;
  /** First retry delay. */
  retryDelayMs?: number;
  /** Longest retry delay. */
  maxRetryDelayMs?: number;
  /** How batches travel; zstd by default (see compressBatch). */
  compression?: BatchCompression;
  /**
   * Events' process objects are shared between events and never changed once published (the
   * sensor's): their encoding is made once and reused (BatchEncoder).
   */
  sharedProcesses?: boolean;
}

/** Counters of a publisher. */
export interface PublisherStats {
  /** Events accepted by `publish`. */
  eventsAccepted: number;
  /** Events refused by `publish` because the window was full. */
  eventsRefused: number;
  /** Events in batches that JetStream acknowledged. */
  eventsAcked: number;
  /** Batches that JetStream acknowledged. */
  batchesAcked: number;
  /** Acknowledged batches that JetStream had already stored (a retry after a lost ack). */
  batchesDuplicate: number;
  /** Bytes of acknowledged batches, as sent (compressed). */
  bytesAcked: number;
  /** Publishes that failed and were retried. */
  retries: number;
  /** Sealed batches not yet acknowledged. */
  windowUsed: number;
  /** Events in open (not yet sealed) batches. */
  eventsOpen: number;
  /** Bytes the publisher holds now: sealed batches and open ones. */
  bytesHeld: number;
}

interface SealedBatch {
  subject: string;
  data: Uint8Array;
  events: number;
  msgId: string;
  attempts: number;
}

interface OpenBatch {
  subject: string;
  encoder: BatchEncoder;
}

/**
 * Whether a publish failed because no stream captures its subject. JetStream answers a publish
 * through a stream's subscription; with none, the request has no responders, which nats.js
 * reports as "jetstream is not enabled" even when it is.
 */
function noStream(err: unknown): boolean {
  for (let e = err; e instanceof Error; e = e.cause) {
    if (e.name === 'NoResponders' || /no responders/i.test(e.message)) return true;
  }
  return false;
}

/**
 * Publishes events to JetStream in batches: many encoded events in one message, sealed by size or
 * after a few milliseconds, with a bounded window of unacknowledged publishes. A failed publish
 * is retried with the same message id, so JetStream stores it once. When the window is full,
 * `publish` returns false and the caller sheds (and counts) or waits on `ready()`: nothing is
 * buffered without bound, nothing is dropped silently.
 */
export class BatchPublisher {
  readonly #js: JetStreamClient;
  readonly #maxBatchBytes: number;
  readonly #flushIntervalMs: number;
  readonly #window: number;
  readonly #timeoutMs: number;
  readonly #id: string;
  readonly #retryDelayMs: number;
  readonly #maxRetryDelayMs: number;
  readonly #compression: BatchCompression;
  readonly #sharedProcesses: boolean;

  readonly #open = new Map<string, OpenBatch>();
  readonly #sealed = new Set<SealedBatch>();
  #seq = 0;
  #flushTimer: NodeJS.Timeout | undefined;
  #readyWaiters: Array<() => void> = [];
  #idleWaiters: Array<() => void> = [];
  #closed = false;
  /** Set when the connection closed for good: nothing more can be sent. */
  #broken: Error | undefined;
  readonly #retryTimers = new Set<NodeJS.Timeout>();
  readonly #stats: PublisherStats = {
    eventsAccepted: 0,
    eventsRefused: 0,
    eventsAcked: 0,
    batchesAcked: 0,
    batchesDuplicate: 0,
    bytesAcked: 0,
    retries: 0,
    windowUsed: 0,
    eventsOpen: 0,
    bytesHeld: 0,
  };

  constructor(js: JetStreamClient, options: BatchPublisherOptions = {}) {
    this.#js = js;
    this.#maxBatchBytes = options.maxBatchBytes ?? DEFAULT_MAX_BATCH_BYTES;
    this.#flushIntervalMs = options.flushIntervalMs ?? DEFAULT_FLUSH_INTERVAL_MS;
    this.#sharedProcesses = options.sharedProcesses ?? false;
    this.#window = options.window ?? DEFAULT_PUBLISH_WINDOW;
    this.#timeoutMs = options.publishTimeoutMs ?? DEFAULT_PUBLISH_TIMEOUT_MS;
    this.#id = options.id ?? randomBytes(8).toString('hex');
    this.#retryDelayMs = options.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS;
    this.#maxRetryDelayMs = options.maxRetryDelayMs ?? DEFAULT_MAX_RETRY_DELAY_MS;
    this.#compression = options.compression ?? 'zstd';
    if (this.#window < 1) throw new RangeError('window must be at least 1');
    if (this.#maxBatchBytes < 1024) throw new RangeError('maxBatchBytes must be at least 1024');
  }

  /** Counters, as of now. */
  stats(): Readonly<PublisherStats> {
    let bytesHeld = 0;
    for (const b of this.#sealed) bytesHeld += b.data.length;
    for (const o of this.#open.values()) bytesHeld += o.encoder.byteLength;
    return { ...this.#stats, windowUsed: this.#sealed.size, bytesHeld };
  }

  /** True when an event for a new or full batch would be refused now. */
  get full(): boolean {
    return this.#sealed.size >= this.#window;
  }

  /**
   * Adds an event to the batch of `subject`. Returns false, keeping nothing, when the window is
   * full: the caller must count the event as lost (backpressure) or wait for `ready()`.
   * Throws when the event alone is larger than a batch may be.
   */
  publish(subject: string, event: vigil.v1.IEvent): boolean {
    return this.#add(subject, (enc, room) => enc.add(event, room));
  }

  /** Like `publish`, for an event already encoded with Event.encode. */
  publishEncoded(subject: string, encoded: Uint8Array): boolean {
    return this.#add(subject, (enc, room) => {
      const size = framedSize(encoded.length);
      if (size > room) return -size;
      enc.addEncoded(encoded);
      return size;
    });
  }

  /**
   * Adds one event to the open batch of `subject`. `write` appends it if it fits in `room`
   * bytes and returns the bytes written, or returns minus its size and writes nothing.
   */
  #add(subject: string, write: (enc: BatchEncoder, room: number) => number): boolean {
    if (this.#closed || this.#broken) {
      throw new BackplaneError(
        'VGL_ERR_BACKPLANE_CLOSED',
        this.#broken
          ? `publish after the NATS connection closed: ${this.#broken.message}`
          : 'publish on a closed publisher',
        { cause: this.#broken },
      );
    }
    const open = this.#open.get(subject);
    if (open) {
      if (write(open.encoder, this.#maxBatchBytes - open.encoder.byteLength) >= 0) {
        return this.#accepted();
      }
      // It does not fit in what is left of this batch: seal it (if the window has room) and
      // start another.
      if (!this.#seal(open)) return this.#refuse();
    }
    if (this.full) return this.#refuse();
    const fresh = {
      subject,
      encoder: new BatchEncoder({ sharedProcesses: this.#sharedProcesses }),
    };
    const written = write(fresh.encoder, this.#maxBatchBytes);
    if (written < 0) {
      throw new BackplaneError(
        'VGL_ERR_BACKPLANE_PUBLISH',
        `event of ${-written} bytes exceeds the batch limit of ${this.#maxBatchBytes} bytes`,
      );
    }
    this.#open.set(subject, fresh);
    return this.#accepted();
  }

  #accepted(): true {
    this.#stats.eventsAccepted++;
    this.#stats.eventsOpen++;
    if (!this.#flushTimer) {
      this.#flushTimer = setTimeout(() => this.#onFlushTimer(), this.#flushIntervalMs);
    }
    return true;
  }

  #refuse(): false {
    this.#stats.eventsRefused++;
    return false;
  }

  #onFlushTimer(): void {
    this.#flushTimer = undefined;
    for (const open of [...this.#open.values()]) {
      if (!this.#seal(open)) break;
    }
    if (this.#open.size > 0 && !this.#closed) {
      // The window was full: try again at the next tick of the timer.
      this.#flushTimer = setTimeout(() => this.#onFlushTimer(), this.#flushIntervalMs);
    }
  }

  /** Seals an open batch into the window and sends it. False when the window is full. */
  #seal(open: OpenBatch): boolean {
    if (this.full) return false;
    this.#open.delete(open.subject);
    const events = open.encoder.count;
    if (events === 0) return true;
    this.#stats.eventsOpen -= events;
    const batch: SealedBatch = {
      subject: open.subject,
      data: compressBatch(open.encoder.finish(), this.#compression),
      events,
      msgId: `${this.#id}.${++this.#seq}`,
      attempts: 0,
    };
    this.#sealed.add(batch);
    this.#send(batch);
    return true;
  }

  #send(batch: SealedBatch): void {
    batch.attempts++;
    this.#js
      .publish(batch.subject, batch.data, { msgID: batch.msgId, timeout: this.#timeoutMs })
      .then(
        (ack) => this.#onAck(batch, ack),
        (err: unknown) => this.#onFailure(batch, err),
      );
  }

  #onAck(batch: SealedBatch, ack: PubAck): void {
    this.#sealed.delete(batch);
    this.#stats.batchesAcked++;
    if (ack.duplicate) this.#stats.batchesDuplicate++;
    this.#stats.eventsAcked += batch.events;
    this.#stats.bytesAcked += batch.data.length;
    this.#wake();
  }

  #onFailure(batch: SealedBatch, err: unknown): void {
    if (err instanceof ClosedConnectionError || err instanceof DrainingConnectionError) {
      // The connection will not come back (it reconnects by itself otherwise): stop retrying,
      // keep the batch counted as unacknowledged for close() to report, and wake the waiters so
      // that flush() can fail instead of hanging.
      this.#broken ??= err;
      this.#wake();
      return;
    }
    this.#stats.retries++;
    if (batch.attempts === 1 || batch.attempts % 20 === 0) {
      reportBackgroundError(
        new BackplaneError(
          'VGL_ERR_BACKPLANE_PUBLISH',
          `publish of ${batch.events} events to ${batch.subject} failed (attempt ${batch.attempts})${noStream(err) ? ': no stream stores this subject (create the streams with `vigil streams`)' : ''}; retrying`,
          { cause: err },
        ),
        'backplane publisher',
      );
    }
    const delay = Math.min(
      this.#maxRetryDelayMs,
      this.#retryDelayMs * 2 ** Math.min(batch.attempts - 1, 16),
    );
    // Jitter spreads the retries of many sensors after a server restart.
    const timer = setTimeout(
      () => {
        this.#retryTimers.delete(timer);
        if (this.#sealed.has(batch)) this.#send(batch);
      },
      delay * (0.5 + Math.random() / 2),
    );
    this.#retryTimers.add(timer);
  }

  #wake(): void {
    if (!this.full || this.#broken) {
      const waiters = this.#readyWaiters;
      this.#readyWaiters = [];
      for (const w of waiters) w();
    }
    if ((this.#sealed.size === 0 && this.#open.size === 0) || this.#broken) {
      const waiters = this.#idleWaiters;
      this.#idleWaiters = [];
      for (const w of waiters) w();
    }
  }

  /** Resolves when the window has room again (at once when it has now). */
  ready(): Promise<void> {
    if (!this.full || this.#closed || this.#broken) return Promise.resolve();
    return new Promise((resolve) => this.#readyWaiters.push(resolve));
  }

  /**
   * Seals every open batch and resolves when JetStream has acknowledged everything accepted so
   * far. Waits for the window when it is full.
   */
  async flush(): Promise<void> {
    if (this.#flushTimer) {
      clearTimeout(this.#flushTimer);
      this.#flushTimer = undefined;
    }
    while (this.#open.size > 0 && !this.#broken) {
      for (const open of [...this.#open.values()]) {
        if (!this.#seal(open)) break;
      }
      if (this.#open.size > 0) await this.ready();
    }
    if (this.#sealed.size > 0 && !this.#broken) {
      await new Promise<void>((resolve) => this.#idleWaiters.push(resolve));
    }
    if (this.#broken) {
      throw new BackplaneError(
        'VGL_ERR_BACKPLANE_CLOSED',
        `cannot flush: the NATS connection closed: ${this.#broken.message}`,
        { cause: this.#broken },
      );
    }
  }

  /**
   * Flushes, then stops. Events still unacknowledged after `timeoutMs` are given up and
   * returned as a count, for the caller to report as lost.
   */
  async close(timeoutMs = 10_000): Promise<{ unacknowledged: number }> {
    if (this.#closed) return { unacknowledged: 0 };
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    await Promise.race([this.flush().catch(() => undefined), timedOut]);
    clearTimeout(timer);
    this.#closed = true;
    if (this.#flushTimer) clearTimeout(this.#flushTimer);
    for (const t of this.#retryTimers) clearTimeout(t);
    this.#retryTimers.clear();
    let unacknowledged = this.#stats.eventsOpen;
    for (const b of this.#sealed) unacknowledged += b.events;
    this.#sealed.clear();
    this.#open.clear();
    this.#wake();
    return { unacknowledged };
  }
}
