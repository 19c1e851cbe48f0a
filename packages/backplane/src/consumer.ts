import { BackplaneError, reportBackgroundError } from '@vigil/common';
import type { vigil } from '@vigil/schema';
import type { ConsumerMessages, JetStreamClient, JsMsg } from '@nats-io/jetstream';
import { MalformedBatchError, decodeBatch } from './codec.js';

/** One batch as a consumer's handler receives it. */
export interface ReceivedBatch {
  /** Subject it was published on. */
  subject: string;
  /** Its sequence number in the stream. */
  streamSeq: number;
  /** How many times it was delivered (1 the first time). */
  deliveryCount: number;
  /** Decoded events, in the order they were published. */
  events: vigil.v1.Event[];
}

/**
 * Does the work for one batch. The batch is acknowledged only when the returned promise
 * resolves, so resolve only once the work is durable. A rejection leaves it unacknowledged:
 * it is delivered again after `retryDelayMs`.
 */
export type BatchHandler = (batch: ReceivedBatch) => Promise<void>;

/** A message on a telemetry subject that is not a batch: counted, logged, never fatal. */
export interface MalformedMessage {
  /** Subject it arrived on. */
  subject: string;
  /** Its sequence number in the stream. */
  streamSeq: number;
  /** Its size. */
  bytes: number;
  /** What is wrong with it. */
  reason: string;
}

/** Options of a BatchConsumer. */
export interface BatchConsumerOptions {
  /** Stream to read. */
  stream: string;
  /** Durable consumer (see ensureConsumer). */
  durable: string;
  /** The work. */
  handler: BatchHandler;
  /** Told about each malformed message after it is counted and acknowledged. */
  onMalformed?: (message: MalformedMessage) => void;
  /** Delay before a batch whose handler failed is delivered again. */
  retryDelayMs?: number;
  /** How many messages one pull asks for. */
  pullBatch?: number;
}

/** Counters of a consumer. */
export interface ConsumerStats {
  /** Batches handled and acknowledged. */
  batchesAcked: number;
  /** Events in acknowledged batches. */
  eventsAcked: number;
  /** Batches that arrived again after an earlier delivery. */
  batchesRedelivered: number;
  /** Handler failures (the batch is redelivered). */
  handlerFailures: number;
  /** Malformed messages, acknowledged so they are not delivered again. */
  malformed: number;
}

/** Default delay before redelivering a batch whose handler failed. */
export const DEFAULT_RETRY_DELAY_MS = 1_000;
/** Default number of messages asked for in one pull. */
export const DEFAULT_PULL_BATCH = 32;

/**
 * Reads batches from a durable pull consumer and acknowledges each only after its handler says
 * the work is durable. Malformed messages are counted, reported and acknowledged (JetStream will
 * not redeliver them); they never stop the consumer.
 */
export class BatchConsumer {
  readonly #js: JetStreamClient;
  readonly #options: BatchConsumerOptions;
  #messages: ConsumerMessages | undefined;
  #loop: Promise<void> | undefined;
  #stopping = false;
  readonly #stats: ConsumerStats = {
    batchesAcked: 0,
    eventsAcked: 0,
    batchesRedelivered: 0,
    handlerFailures: 0,
    malformed: 0,
  };

  constructor(js: JetStreamClient, options: BatchConsumerOptions) {
    this.#js = js;
    this.#options = options;
  }

  /** Counters, as of now. */
  stats(): Readonly<ConsumerStats> {
    return { ...this.#stats };
  }

  /** Starts consuming. The consumer must exist (ensureConsumer). */
  async start(): Promise<void> {
    if (this.#loop) return;
    const { stream, durable } = this.#options;
    let consumer;
    try {
      consumer = await this.#js.consumers.get(stream, durable);
    } catch (err) {
      throw new BackplaneError(
        'VGL_ERR_BACKPLANE_SETUP',
        `consumer ${durable} on stream ${stream} is not available: ${(err as Error).message}`,
        { cause: err },
      );
    }
    this.#messages = await consumer.consume({
      max_messages: this.#options.pullBatch ?? DEFAULT_PULL_BATCH,
    });
    this.#loop = this.#run(this.#messages);
  }

  async #run(messages: ConsumerMessages): Promise<void> {
    try {
      for await (const msg of messages) {
        await this.#handle(msg);
        if (this.#stopping) break;
      }
    } catch (err) {
      if (!this.#stopping) reportBackgroundError(err, `consumer ${this.#options.durable}`);
    }
  }

  async #handle(msg: JsMsg): Promise<void> {
    let events: vigil.v1.Event[];
    try {
      events = decodeBatch(msg.data);
    } catch (err) {
      if (!(err instanceof MalformedBatchError)) throw err;
      this.#stats.malformed++;
      // It will never decode, so redelivering it would only repeat the failure. Acknowledge
      // rather than term: nats-server 2.9 keeps a terminated message in an interest-retention
      // stream until it ages out (seen with Debian's 2.9.10), where it would hold stream bytes.
      msg.ack();
      const info = {
        subject: msg.subject,
        streamSeq: msg.seq,
        bytes: msg.data.length,
        reason: err.message,
      };
      try {
        this.#options.onMalformed?.(info);
      } catch (hookErr) {
        reportBackgroundError(hookErr, 'consumer onMalformed hook');
      }
      return;
    }
    if (msg.redelivered) this.#stats.batchesRedelivered++;
    try {
      await this.#options.handler({
        subject: msg.subject,
        streamSeq: msg.seq,
        deliveryCount: msg.info.deliveryCount,
        events,
      });
    } catch (err) {
      this.#stats.handlerFailures++;
      reportBackgroundError(err, `consumer ${this.#options.durable} handler (batch ${msg.seq})`);
      msg.nak(this.#options.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS);
      return;
    }
    msg.ack();
    this.#stats.batchesAcked++;
    this.#stats.eventsAcked += events.length;
  }

  /**
   * Stops pulling. The batch being handled finishes and is acknowledged; batches delivered but not
   * yet handled are left unacknowledged and will be delivered again.
   */
  async stop(): Promise<void> {
    this.#stopping = true;
    const messages = this.#messages;
    if (messages) {
      messages.stop();
      await this.#loop;
      await messages.closed().catch(() => undefined);
    }
  }
}
