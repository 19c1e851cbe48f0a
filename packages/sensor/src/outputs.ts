import type { Writable } from 'node:stream';
import { telemetrySubject } from '@vigil/backplane';
import type { BatchPublisher } from '@vigil/backplane';
import { categoryOf, eventToJson } from '@vigil/schema';
import type { EventKind, vigil } from '@vigil/schema';
import type { EventOutput } from './governor/governor.js';

/** Events to the backplane: one batching publisher, subjects by host and event family. */
export class BackplaneOutput implements EventOutput {
  readonly #publisher: BatchPublisher;
  readonly #host: string;
  readonly #subjects = new Map<EventKind, string>();

  constructor(publisher: BatchPublisher, host: string) {
    this.#publisher = publisher;
    this.#host = host;
  }

  offer(event: vigil.v1.IEvent, kind: EventKind): boolean {
    let subject = this.#subjects.get(kind);
    if (!subject) {
      subject = telemetrySubject(this.#host, categoryOf(kind));
      this.#subjects.set(kind, subject);
    }
    return this.#publisher.publish(subject, event);
  }

  ready(): Promise<void> {
    return this.#publisher.ready();
  }
}

/**
 * Events as JSON lines (protobuf's canonical JSON mapping) on a stream, stdout by default. When
 * the stream's buffer is full the output refuses, and the governor sheds and counts.
 */
export class JsonLinesOutput implements EventOutput {
  readonly #out: Writable;
  #full = false;
  #waiters: Array<() => void> = [];

  constructor(out: Writable = process.stdout) {
    this.#out = out;
    out.on('drain', () => {
      this.#full = false;
      for (const w of this.#waiters.splice(0)) w();
    });
  }

  offer(event: vigil.v1.IEvent): boolean {
    if (this.#full) return false;
    if (!this.#out.write(`${JSON.stringify(eventToJson(event))}\n`)) this.#full = true;
    return true;
  }

  ready(): Promise<void> {
    if (!this.#full) return Promise.resolve();
    return new Promise((r) => this.#waiters.push(r));
  }
}

/** Events kept in memory, for tests and embedding: every event the output took, in order. */
export class MemoryOutput implements EventOutput {
  readonly events: Array<{ event: vigil.v1.IEvent; kind: EventKind }> = [];

  offer(event: vigil.v1.IEvent, kind: EventKind): boolean {
    this.events.push({ event, kind });
    return true;
  }

  ready(): Promise<void> {
    return Promise.resolve();
  }
}
