import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { reportBackgroundError } from '@vigil/common';
import { eventFromJsonLine, kindOf, v1 } from '@vigil/schema';
import Long from 'long';
import type { Collector, CollectorSink, ProbeResult } from './collector.js';

/** How fast a replay goes: as recorded (the gaps between events' times), or as fast as possible. */
export type ReplaySpeed = 'recorded' | 'full';

/** Longest pause a recorded-speed replay makes between two events. */
const MAX_GAP_MS = 10_000;

/**
 * Events from a JSONL file (protobuf's canonical JSON, one event a line), for tests, demos and
 * rule development. A line that is not an event is reported with its line number and counted as
 * lost (decode error); the lines around it go on.
 */
export class ReplayCollector implements Collector {
  readonly name = 'replay';
  readonly #file: string;
  readonly #speed: ReplaySpeed;
  #produced = 0;
  #stopped = false;
  #done: Promise<void> | undefined;
  #rejected: string[] = [];

  constructor(options: { file: string; speed?: ReplaySpeed }) {
    this.#file = options.file;
    this.#speed = options.speed ?? 'full';
  }

  get produced(): number {
    return this.#produced;
  }

  /** Problems found in the file, as `line N: what` (the first hundred). */
  get rejected(): readonly string[] {
    return this.#rejected;
  }

  /** Resolves when the whole file has been replayed. */
  get done(): Promise<void> {
    return this.#done ?? Promise.resolve();
  }

  async probe(): Promise<ProbeResult> {
    try {
      await access(this.#file);
    } catch (err) {
      return {
        ok: false,
        reason: `cannot read replay file ${this.#file}: ${(err as Error).message}`,
      };
    }
    return { ok: true, blindSpots: ['the host: only what the file holds'] };
  }

  start(sink: CollectorSink): Promise<void> {
    this.#done = this.#run(sink).catch((err: unknown) =>
      reportBackgroundError(err, `replay of ${this.#file}`),
    );
    return Promise.resolve();
  }

  async #run(sink: CollectorSink): Promise<void> {
    const lines = createInterface({
      input: createReadStream(this.#file, 'utf8'),
      crlfDelay: Infinity,
    });
    let n = 0;
    let prevNs: bigint | undefined;
    for await (const line of lines) {
      n++;
      if (this.#stopped) break;
      if (line.trim() === '') continue;
      let event;
      try {
        event = eventFromJsonLine(line, n);
      } catch (err) {
        if (this.#rejected.length < 100)
          this.#rejected.push(`${this.#file}: ${(err as Error).message}`);
        reportBackgroundError(err, `replay of ${this.#file}`);
        sink.lost(1, v1.LossReason.LOSS_REASON_DECODE_ERROR, 'replay');
        continue;
      }
      const kind = kindOf(event);
      if (!kind) {
        if (this.#rejected.length < 100)
          this.#rejected.push(`${this.#file}: line ${n}: event has no payload`);
        sink.lost(1, v1.LossReason.LOSS_REASON_DECODE_ERROR, 'replay');
        continue;
      }
      const t = BigInt(Long.fromValue(event.timeNs).toString());
      if (this.#speed === 'recorded' && prevNs !== undefined && t > prevNs) {
        const gapMs = Math.min(MAX_GAP_MS, Number((t - prevNs) / 1_000_000n));
        if (gapMs > 0) await new Promise((r) => setTimeout(r, gapMs));
      }
      if (t > 0n) prevNs = t;
      if (!sink.admit(kind)) continue;
      this.#produced++;
      // The recorded envelope (id, host, sensor, times) is kept; only seq is the sensor's own.
      sink.event(event, kind, undefined, { keepEnvelope: true });
    }
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    await this.#done;
  }
}
