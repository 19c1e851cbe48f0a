// The flight recorder service: telemetry from the backplane into the store, acknowledged only
// once durable (group commit: the messages of up to COMMIT_MS go into one synchronous write,
// then are all acknowledged); and the store served over the backplane on
// vigil.rec.<host>.query (request/reply, results streamed as chunks to the reply subject).
import {
  TELEMETRY_STREAM,
  ensureConsumer,
  splitBatch,
  recorderQuerySubject,
  type Backplane,
} from '@vigil/backplane';
import { type Logger, VigilError } from '@vigil/common';
import { Alert, type vigil, eventToJson, messageToJson } from '@vigil/schema';
import type { JsMsg } from '@nats-io/jetstream';
import { headers, type Msg } from '@nats-io/transport-node';
import { cursorOf, prepareQuery, runQuery, type QuerySpec } from './query.js';
import type { RecorderStore } from './store.js';
import { processTree } from './tree.js';
import { type RawEvent, scanEvent } from './raw.js';

/** Default durable consumer of the recorder. */
export const RECORDER_DURABLE = 'vigil-recorder';
/** Longest a delivered message waits for its durable write. */
const COMMIT_MS = 50;
/** A commit starts early once this many events wait. */
const COMMIT_EVENTS = 16_384;
/**
 * Bytes of JSON per reply chunk: well under NATS's default 1 MiB message (max_payload), which
 * a chunk of a few hundred real events (argv, ancestors) would exceed.
 */
const CHUNK_BYTES = 256 * 1024;

/** Runs rules over events for a retro-hunt; built from a rules file by the composition root. */
export interface HuntRunner {
  /** Errors that keep the rules from running (file:line:col: ...). */
  errors: string[];
  /** The alerts one event raises. */
  process(event: vigil.v1.IEvent): vigil.v1.IAlert[];
}

export interface FlightRecorderOptions {
  backplane: Backplane;
  store: RecorderStore;
  /** Host whose query subject this recorder answers. */
  host: string;
  logger: Logger;
  durable?: string;
  /** Builds a rule runner for retro-hunts; without it, hunts are refused. */
  hunt?: (rulesYaml: string) => HuntRunner;
  /** How often retention runs, ms. */
  retentionIntervalMs?: number;
}

export interface RecorderStats {
  messages: number;
  events: number;
  duplicates: number;
  malformed: number;
  commits: number;
}

/** A request on vigil.rec.<host>.query (JSON). */
export type RecorderRequest =
  | ({ op: 'query' } & QuerySpec)
  /** A time range streamed out whole (no default limit): for re-running detection. */
  | ({ op: 'replay' } & QuerySpec)
  | { op: 'tree'; processUid: string; depth?: number }
  | { op: 'hunt'; rulesYaml: string; sinceNs?: number; untilNs?: number; hosts?: string[] };

/** One reply chunk (JSON); the last has done: true, or error. */
export interface RecorderChunk {
  events?: Record<string, unknown>[];
  alerts?: Record<string, unknown>[];
  tree?: Record<string, unknown>;
  cursor?: string;
  done?: boolean;
  error?: { code: string; message: string };
}

export class FlightRecorder {
  readonly #o: FlightRecorderOptions;
  #pending: JsMsg[] = [];
  #pendingEvents: RawEvent[] = [];
  #pendingSince = 0;
  #stopping = false;
  #loop: Promise<void> | undefined;
  #flusher: Promise<void> | undefined;
  #wake: (() => void) | undefined;
  #messages: { stop(): void } | undefined;
  #sub: { unsubscribe(): void } | undefined;
  #retention: NodeJS.Timeout | undefined;
  readonly stats: RecorderStats = {
    messages: 0,
    events: 0,
    duplicates: 0,
    malformed: 0,
    commits: 0,
  };

  constructor(options: FlightRecorderOptions) {
    this.#o = options;
  }

  async start(): Promise<void> {
    const durable = this.#o.durable ?? RECORDER_DURABLE;
    const { js, jsm, nc } = this.#o.backplane;
    // Writes take milliseconds: after a crash, what was delivered and not stored comes back soon.
    await ensureConsumer(jsm, {
      stream: TELEMETRY_STREAM,
      durable,
      maxAckPending: 4096,
      ackWaitMs: 5_000,
    });
    const consumer = await js.consumers.get(TELEMETRY_STREAM, durable);
    const messages = await consumer.consume({ max_messages: 512 });
    this.#messages = messages;
    this.#loop = (async () => {
      for await (const msg of messages) {
        this.#take(msg);
        if (this.#stopping) break;
      }
    })();
    this.#flusher = this.#flushLoop();
    this.#sub = nc.subscribe(recorderQuerySubject(this.#o.host), {
      queue: 'vigil-recorder',
      callback: (err, msg) => {
        if (err) return;
        void this.#serve(msg);
      },
    });
    this.#retention = setInterval(() => {
      this.#o.store.enforceRetention().then(
        (freed) => {
          if (freed.blocks > 0) this.#o.logger.info(freed, 'retention freed history');
        },
        (e: unknown) => this.#o.logger.error({ err: e }, 'retention failed'),
      );
    }, this.#o.retentionIntervalMs ?? 5_000);
  }

  #take(msg: JsMsg): void {
    this.stats.messages++;
    if (this.#o.store.isStored(TELEMETRY_STREAM, msg.seq)) {
      // Stored before a crash, acknowledged never: do not store it twice.
      this.stats.duplicates++;
      msg.ack();
      return;
    }
    // Kept as bytes (raw.ts): read only for the block's header, not decoded into objects.
    let events: RawEvent[];
    try {
      events = splitBatch(msg.data).map(scanEvent);
    } catch (err) {
      this.stats.malformed++;
      this.#o.logger.warn(
        { seq: msg.seq, err: (err as Error).message },
        'malformed telemetry batch skipped',
      );
      msg.ack();
      return;
    }
    if (this.#pending.length === 0) this.#pendingSince = Date.now();
    this.#pending.push(msg);
    for (const e of events) this.#pendingEvents.push(e);
    if (this.#pendingEvents.length >= COMMIT_EVENTS) this.#wake?.();
  }

  async #flushLoop(): Promise<void> {
    while (!this.#stopping || this.#pending.length > 0) {
      const wait =
        this.#pending.length === 0
          ? COMMIT_MS
          : Math.max(0, this.#pendingSince + COMMIT_MS - Date.now());
      if (wait > 0 && this.#pendingEvents.length < COMMIT_EVENTS) {
        await new Promise<void>((r) => {
          const t = setTimeout(r, wait);
          this.#wake = () => {
            clearTimeout(t);
            r();
          };
        });
        this.#wake = undefined;
      }
      if (this.#pending.length === 0) continue;
      const msgs = this.#pending;
      const events = this.#pendingEvents;
      this.#pending = [];
      this.#pendingEvents = [];
      try {
        await this.#o.store.append(events, {
          stream: TELEMETRY_STREAM,
          seqs: msgs.map((m) => m.seq),
        });
      } catch (err) {
        // Not durable: leave them unacknowledged; JetStream delivers them again.
        this.#o.logger.error(
          { err, messages: msgs.length },
          'recorder write failed; the batch will be delivered again',
        );
        for (const m of msgs) m.nak(1_000);
        continue;
      }
      for (const m of msgs) m.ack();
      this.stats.events += events.length;
      this.stats.commits++;
    }
  }

  async stop(): Promise<void> {
    this.#stopping = true;
    if (this.#retention) clearInterval(this.#retention);
    this.#sub?.unsubscribe();
    this.#messages?.stop();
    this.#wake?.();
    await this.#loop;
    await this.#flusher;
  }

  async #serve(msg: Msg): Promise<void> {
    const reply = msg.reply;
    if (!reply) return;
    const { nc } = this.#o.backplane;
    const send = (chunk: RecorderChunk, json = JSON.stringify(chunk)): void => {
      const h = headers();
      h.set('Vigil-Chunk', chunk.done || chunk.error ? 'last' : 'more');
      nc.publish(reply, json, { headers: h });
    };
    // Items as JSON text, sent in chunks of about CHUNK_BYTES.
    let pending: string[] = [];
    let pendingBytes = 0;
    const add = (key: 'events' | 'alerts', item: Record<string, unknown>): void => {
      const text = JSON.stringify(item);
      if (pendingBytes + text.length > CHUNK_BYTES && pending.length > 0) {
        send({}, `{"${key}":[${pending.join(',')}]}`);
        pending = [];
        pendingBytes = 0;
      }
      pending.push(text);
      pendingBytes += text.length + 1;
    };
    const last = (key: 'events' | 'alerts', rest: Partial<RecorderChunk>): void => {
      const tail = JSON.stringify({ ...rest, done: true }).slice(1);
      send({ done: true }, `{"${key}":[${pending.join(',')}]${tail === '}' ? '}' : `,${tail}`}`);
    };
    try {
      const req = JSON.parse(msg.string()) as RecorderRequest;
      switch (req.op) {
        case 'query':
        case 'replay': {
          const q = prepareQuery(
            req,
            req.op === 'replay' ? Number.MAX_SAFE_INTEGER - 1 : undefined,
          );
          const limit = q.limit;
          // One more than asked for says whether a next page exists.
          q.limit = limit + 1;
          let lastEvent: vigil.v1.Event | undefined;
          let count = 0;
          let more = false;
          for await (const e of runQuery(this.#o.store, q)) {
            if (count === limit) {
              more = true;
              break;
            }
            add('events', eventToJson(e));
            lastEvent = e;
            count++;
          }
          last('events', more && lastEvent !== undefined ? { cursor: cursorOf(lastEvent) } : {});
          return;
        }
        case 'tree': {
          const tree = await processTree(this.#o.store, req.processUid, req.depth ?? 8);
          send({ tree, done: true });
          return;
        }
        case 'hunt': {
          if (this.#o.hunt === undefined)
            throw new VigilError('VGL_ERR_QUERY_INVALID', 'this recorder runs no retro-hunts');
          const runner = this.#o.hunt(req.rulesYaml);
          if (runner.errors.length > 0)
            throw new VigilError('VGL_ERR_RULES_LOAD', runner.errors.join('\n'));
          const q = prepareQuery(
            {
              ...(req.sinceNs !== undefined ? { sinceNs: req.sinceNs } : {}),
              ...(req.untilNs !== undefined ? { untilNs: req.untilNs } : {}),
              ...(req.hosts ? { hosts: req.hosts } : {}),
            },
            Number.MAX_SAFE_INTEGER,
          );
          for await (const e of runQuery(this.#o.store, q)) {
            for (const a of runner.process(e)) {
              add('alerts', messageToJson(Alert, 'Alert', Alert.fromObject({ ...a, event: e })));
            }
          }
          last('alerts', {});
          return;
        }
        default:
          throw new VigilError(
            'VGL_ERR_QUERY_INVALID',
            `unknown op '${(req as { op: string }).op}'`,
          );
      }
    } catch (err) {
      const code = (err as { code?: string }).code ?? 'VGL_ERR_INTERNAL';
      send({ error: { code, message: (err as Error).message }, done: true });
    }
  }
}
