import { reportBackgroundError } from '@vigil/common';
import type { JetStreamManager, StreamInfo } from '@nats-io/jetstream';

/** Default period of the trimmer. */
export const DEFAULT_TRIM_INTERVAL_MS = 1_000;
/** Default longest wait of acknowledged messages in a stream that holds little (below). */
export const DEFAULT_MAX_TRIM_DELAY_MS = 60_000;
/**
 * A stream holding less than this share of its byte limit is trimmed only every `maxDelayMs`:
 * a purge rewrites the stream's store in files, and on the platform's own host each purge made
 * file events that the sensor published, the next purge's reason, every second on an idle host.
 * Past this share it is trimmed at once, so a full stream (discard new) still means consumers are
 * behind, not that acknowledged messages wait for their purge.
 */
const SMALL_STREAM_SHARE = 1 / 16;
/** What "holds little" means for a stream without a byte limit. */
const SMALL_STREAM_BYTES_UNLIMITED = 64 * 1024 * 1024;

/**
 * The highest stream sequence below which every durable consumer of `stream` has acknowledged
 * everything it will ever be given, or undefined when the stream has no durable consumer (then
 * nothing may be trimmed: no reader has had the data yet).
 */
export async function acknowledgedFloor(
  jsm: JetStreamManager,
  stream: string,
  read?: StreamInfo,
): Promise<number | undefined> {
  // Read the stream first (or given, read before this call): a message stored after this read
  // has a higher sequence than `last`.
  const last = (read ?? (await jsm.streams.info(stream))).state.last_seq;
  let floor: number | undefined;
  for await (const ci of jsm.consumers.list(stream)) {
    // Ephemeral readers (the API's live feed) read what is there; they never hold data back.
    if (!ci.config.durable_name) continue;
    // A consumer with nothing pending and nothing unacknowledged needs nothing up to `last`;
    // otherwise its acknowledgement floor is what it is done with. (The floor of a filtered
    // consumer whose subjects are quiet would never move, so the first rule matters.)
    const done = ci.num_pending === 0 && ci.num_ack_pending === 0 ? last : ci.ack_floor.stream_seq;
    floor = floor === undefined ? done : Math.min(floor, done);
  }
  return floor;
}

/**
 * Purges from `stream` what every durable consumer has acknowledged. Returns how many messages
 * were purged. `read`: the stream's info, read just before (one request fewer).
 */
export async function trimAcknowledged(
  jsm: JetStreamManager,
  stream: string,
  read?: StreamInfo,
): Promise<number> {
  const info = read ?? (await jsm.streams.info(stream));
  const floor = await acknowledgedFloor(jsm, stream, info);
  // The first sequence only grows: read earlier, it may ask for a purge that removes nothing.
  if (floor === undefined || floor === 0 || info.state.first_seq > floor) return 0;
  // purge { seq: N } removes the messages with sequences below N.
  const res = await jsm.streams.purge(stream, { seq: floor + 1 });
  return res.purged;
}

/** Options of a StreamTrimmer. */
export interface StreamTrimmerOptions {
  /** How often the stream is looked at, ms. */
  intervalMs?: number;
  /** Longest wait of acknowledged messages while the stream holds little (SMALL_STREAM_SHARE), ms. */
  maxDelayMs?: number;
}

/**
 * Runs trimAcknowledged on a stream periodically: at once when the stream holds a sixteenth of its
 * byte limit or more, otherwise at most every `maxDelayMs`. Failures are reported, never thrown.
 */
export class StreamTrimmer {
  readonly #jsm: JetStreamManager;
  readonly #stream: string;
  readonly #intervalMs: number;
  readonly #maxDelayMs: number;
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<void> | undefined;
  #purged = 0;
  /** When the stream was last trimmed (or the trimmer started). */
  #trimmedAt = 0;

  constructor(jsm: JetStreamManager, stream: string, options: StreamTrimmerOptions = {}) {
    this.#jsm = jsm;
    this.#stream = stream;
    this.#intervalMs = options.intervalMs ?? DEFAULT_TRIM_INTERVAL_MS;
    this.#maxDelayMs = options.maxDelayMs ?? DEFAULT_MAX_TRIM_DELAY_MS;
  }

  /** Messages purged since start. */
  get purged(): number {
    return this.#purged;
  }

  /** Starts trimming. */
  start(): void {
    if (this.#timer) return;
    this.#trimmedAt = Date.now();
    this.#timer = setInterval(() => {
      if (this.#running) return;
      this.#running = this.#trim()
        .then((n) => {
          this.#purged += n;
        })
        .catch((err: unknown) => reportBackgroundError(err, `trimming stream ${this.#stream}`))
        .finally(() => {
          this.#running = undefined;
        });
    }, this.#intervalMs);
  }

  async #trim(): Promise<number> {
    const info = await this.#jsm.streams.info(this.#stream);
    const { config, state } = info;
    const small =
      config.max_bytes > 0 ? config.max_bytes * SMALL_STREAM_SHARE : SMALL_STREAM_BYTES_UNLIMITED;
    if (state.bytes < small && Date.now() - this.#trimmedAt < this.#maxDelayMs) return 0;
    this.#trimmedAt = Date.now();
    return trimAcknowledged(this.#jsm, this.#stream, info);
  }

  /** Stops trimming; waits for a trim in progress. */
  async stop(): Promise<void> {
    clearInterval(this.#timer);
    this.#timer = undefined;
    await this.#running;
  }
}
