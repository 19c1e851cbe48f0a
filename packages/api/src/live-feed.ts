// The telemetry every live subscription of this API reads: one ordered JetStream consumer of the
// telemetry stream, from "now", shared by all subscriptions and fanned out in this process.
// A core NATS subscription would be simpler, but the server drops a slow core subscriber's
// messages (or its connection) without telling anyone how many; an ordered consumer is paced by
// this process and numbers what it reads, so nothing is lost silently: a batch that was purged
// before this feed read it shows as a gap in the stream's sequence and is reported as such.
// The feed is not durable, so the stream's trimmer (backplane trim.ts) does not wait for it.
import type { Backplane } from '@vigil/backplane';
import { reportBackgroundError } from '@vigil/common';
import { randomBytes } from 'node:crypto';
import { DeliverPolicy, type Consumer, type ConsumerMessages } from '@nats-io/jetstream';
/** One reader of the feed. */
export interface FeedListener<T> {
  /** What one message held, in stream order. */
  batch(items: T[]): void;
  /** Batches the feed could not read (purged before it got to them, or undecodable). */
  gap(batches: number): void;
}

/** How many batches the feed asks for at a time. */
const FEED_BUFFER = 256;

/** What a feed reads: a stream, its subjects, and how a message decodes (throws if it cannot). */
export interface FeedSource<T> {
  stream: string;
  subjects: string;
  decode: (data: Uint8Array) => T[];
}

export class LiveFeed<T> {
  readonly #bp: Backplane;
  readonly #source: FeedSource<T>;
  readonly #listeners = new Set<FeedListener<T>>();
  #messages: ConsumerMessages | undefined;
  #consumer: Consumer | undefined;
  #starting: Promise<void> | undefined;
  #lastSeq = 0;

  constructor(bp: Backplane, source: FeedSource<T>) {
    this.#bp = bp;
    this.#source = source;
  }

  /** Adds a listener; resolves once the feed reads, so an event published after this is seen. */
  async add(listener: FeedListener<T>): Promise<() => void> {
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
    // An ordered consumer is named <prefix>_<n> with n counted from 1 by each instance: a prefix
    // of its own, or a feed started again (or another API on the same stream) would take the
    // name of a consumer still on the server, positioned where that one was, and read nothing.
    const consumer = await this.#bp.js.consumers.get(this.#source.stream, {
      name_prefix: `vigil_api_live_${randomBytes(6).toString('hex')}`,
      filter_subjects: this.#source.subjects,
      deliver_policy: DeliverPolicy.New,
    });
    this.#lastSeq = 0;
    this.#consumer = consumer;
    this.#messages = await consumer.consume({
      max_messages: FEED_BUFFER,
      callback: (m) => {
        // The feed reads every subject of its stream, so a jump in the sequence is messages missed.
        if (this.#lastSeq > 0 && m.seq > this.#lastSeq + 1) this.#gap(m.seq - this.#lastSeq - 1);
        this.#lastSeq = m.seq;
        let items: T[];
        try {
          items = this.#source.decode(m.data);
        } catch {
          this.#gap(1);
          return;
        }
        for (const l of this.#listeners) l.batch(items);
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
    const consumer = this.#consumer;
    this.#messages = undefined;
    this.#consumer = undefined;
    this.#starting = undefined;
    if (!messages) return;
    // Deleted at once rather than left to the server's inactivity timer (5 minutes for ordered
    // consumers): a feed stopped and started often would otherwise pile them up.
    messages
      .close()
      .then(() => consumer?.delete())
      .catch((err: unknown) => reportBackgroundError(err, 'live feed'));
  }
}
