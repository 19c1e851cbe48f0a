// The telemetry every live subscription of this API reads: one ordered JetStream consumer of the
// telemetry stream, from "now", shared by all subscriptions and fanned out in this process.
// A core NATS subscription would be simpler, but the server drops a slow core subscriber's
// messages (or its connection) without telling anyone how many; an ordered consumer is paced by
// this process and numbers what it reads, so nothing is lost silently: a batch that was purged
// before this feed read it shows as a gap in the stream's sequence and is reported as such.
// The feed is not durable, so the stream's trimmer (backplane trim.ts) does not wait for it.
import { SUBJECT_WILDCARDS, TELEMETRY_STREAM, decodeBatch, type Backplane } from '@vigil/backplane';
import { reportBackgroundError } from '@vigil/common';
import { DeliverPolicy, type ConsumerMessages } from '@nats-io/jetstream';
import type { vigil } from '@vigil/schema';

/** One reader of the feed. */
export interface FeedListener {
  /** A batch of events, in stream order. */
  batch(events: vigil.v1.Event[]): void;
  /** Batches the feed could not read (purged before it got to them, or undecodable). */
  gap(batches: number): void;
}

/** How many batches the feed asks for at a time. */
const FEED_BUFFER = 256;

export class LiveFeed {
  readonly #bp: Backplane;
  readonly #listeners = new Set<FeedListener>();
  #messages: ConsumerMessages | undefined;
  #starting: Promise<void> | undefined;
  #lastSeq = 0;

  constructor(bp: Backplane) {
    this.#bp = bp;
  }

  /** Adds a listener; resolves once the feed reads, so an event published after this is seen. */
  async add(listener: FeedListener): Promise<() => void> {
    this.#listeners.add(listener);
    try {
      this.#starting ??= this.#start();
      await this.#starting;
    } catch (err) {
      this.#listeners.delete(listener);
      this.#starting = undefined;
      throw err;
    }
    return () => {
      this.#listeners.delete(listener);
      if (this.#listeners.size === 0) this.close();
    };
  }

  async #start(): Promise<void> {
    const consumer = await this.#bp.js.consumers.get(TELEMETRY_STREAM, {
      name_prefix: 'vigil_api_live',
      filter_subjects: SUBJECT_WILDCARDS.telemetry,
      deliver_policy: DeliverPolicy.New,
    });
    this.#lastSeq = 0;
    this.#messages = await consumer.consume({
      max_messages: FEED_BUFFER,
      callback: (m) => {
        // The stream holds telemetry batches only, so a jump in its sequence is batches missed.
        if (this.#lastSeq > 0 && m.seq > this.#lastSeq + 1) this.#gap(m.seq - this.#lastSeq - 1);
        this.#lastSeq = m.seq;
        let events: vigil.v1.Event[];
        try {
          events = decodeBatch(m.data);
        } catch {
          this.#gap(1);
          return;
        }
        for (const l of this.#listeners) l.batch(events);
      },
    });
    // Everyone left while it started.
    if (this.#listeners.size === 0) this.close();
  }

  #gap(batches: number): void {
    for (const l of this.#listeners) l.gap(batches);
  }

  /** Stops reading (the next listener starts it again). */
  close(): void {
    const messages = this.#messages;
    this.#messages = undefined;
    this.#starting = undefined;
    if (messages) messages.close().catch((err: unknown) => reportBackgroundError(err, 'live feed'));
  }
}
