// A connector: durable backplane consumers of alerts (and, when asked, of telemetry chosen by a
// filter) feeding one receiver (a Sink) in batches. A backplane message is acknowledged only once
// every record it gave has been accepted by the receiver (for HEC with indexer acknowledgement:
// indexed), so a crash, a stop or a receiver outage loses nothing: what was not acknowledged is
// delivered again (at least once). Receiver failures are classified by the sink (sink.ts): busy
// or unreachable → retried with backoff and jitter; refused for its configuration → the
// connector stops, keeps the data queued and checks the receiver again now and then; refused as
// malformed → the batch is split until the refused records are found, which go to the
// dead-letter file, counted, and only then acknowledged.
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  ALERTS_STREAM,
  type Backplane,
  TELEMETRY_STREAM,
  decodeBatch,
  ensureConsumer,
} from '@vigil/backplane';
import { type Logger, VigilError, reportBackgroundError } from '@vigil/common';
import { EventContext, compileFilter, parseCondition } from '@vigil/filter';
import type { Matcher } from '@vigil/filter';
import { Alert, eventKindNamed, kindOf, type vigil } from '@vigil/schema';
import type { ConsumerMessages, JsMsg } from '@nats-io/jetstream';
import { type DeliveryRecord, alertRecord, eventRecord } from './records.js';
import { type DeliveryError, type Sink, asDeliveryError, backoffMs } from './sink.js';

/** How records are gathered into one delivery. */
export interface BatchLimits {
  /** Most records in one delivery. */
  maxEvents: number;
  /** Most bytes of JSON in one delivery (approximate: the records' JSON). */
  maxBytes: number;
  /** Longest a record waits for others before its delivery goes. */
  maxAgeMs: number;
}

/** Options of a Connector. */
export interface ConnectorOptions {
  /** Its name: part of its durable consumers' names (letters, digits, - and _). */
  name: string;
  backplane: Backplane;
  sink: Sink;
  logger: Logger;
  /** Deliver alerts (default true); those below `minPriority` (a Priority value) are skipped. */
  alerts?: { enabled?: boolean; minPriority?: number; history?: boolean };
  /** Deliver telemetry too: events matching the filter (rule language) and kinds. */
  telemetry?: { filter?: string; kinds?: string[] };
  batch: BatchLimits;
  /** Deliveries in flight at once. */
  concurrency: number;
  /** Backoff of retries, ms. */
  retryBaseMs: number;
  retryMaxMs: number;
  /** How often a stopped connector checks its receiver again, ms. */
  recheckMs: number;
  /** Where records the receiver refused are set aside (JSON lines). */
  deadLetterFile: string;
  /** Ack wait of its durable consumers (messages held longer are kept alive with +WPI). */
  ackWaitMs?: number;
  /** How long stop() waits for deliveries in flight before it gives them back. */
  stopGraceMs?: number;
}

/** Where a connector is. */
export type ConnectorState =
  'starting' | 'running' | 'retrying' | 'stopped' | 'stopping' | 'closed';

/** What a connector reports: its state and counters (the metrics of `vigil connector`). */
export interface ConnectorStatus {
  name: string;
  receiver: string;
  state: ConnectorState;
  /** Why it is retrying or stopped. */
  reason?: string;
  /** Since when it is in this state (ISO time). */
  since: string;
  /** Records the receiver accepted, by kind. */
  delivered: { alerts: number; events: number };
  /** Deliveries that succeeded. */
  batches: number;
  /** Attempts that failed and were retried (busy, unreachable, not acknowledged in time). */
  retries: number;
  /** Attempts that failed for any reason (retries, configuration refusals, rejections). */
  failures: number;
  /** Records the receiver refused as malformed, set aside in the dead-letter file. */
  rejected: number;
  /** Records in deliveries not finished yet. */
  inFlight: number;
  /** Messages on the backplane this connector has not finished, by stream (pending + unacked). */
  lag: { alerts?: number; telemetry?: number };
  /** Messages skipped by the connector's own selection (priority, filter, kinds). */
  skipped: number;
  lastDeliveryAt?: string;
  lastError?: string;
}

/** A backplane message with records not delivered yet. */
interface Held {
  msg: JsMsg;
  remaining: number;
}

interface Item {
  record: DeliveryRecord;
  owner: Held;
  bytes: number;
}

const DEFAULT_ACK_WAIT_MS = 30_000;
const LAG_INTERVAL_MS = 2_000;

/** The durable consumer names of a connector. */
export function connectorDurables(name: string): { alerts: string; telemetry: string } {
  return {
    alerts: `vigil-connector-${name}-alerts`,
    telemetry: `vigil-connector-${name}-telemetry`,
  };
}

/** Checks a connector name (it becomes part of consumer names and file names). */
export function checkConnectorName(name: string): void {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(name))
    throw new VigilError(
      'VGL_ERR_CONFIG_INVALID',
      `connector name '${name}' must be 1 to 64 letters, digits, '-' or '_'`,
    );
}

/** The telemetry selection as a matcher; an error names the problem and its position. */
function telemetryMatcher(
  telemetry: ConnectorOptions['telemetry'],
): ((e: vigil.v1.IEvent) => boolean) | undefined {
  if (!telemetry) return undefined;
  const kinds = new Set<string>();
  for (const k of telemetry.kinds ?? []) {
    const kind = eventKindNamed(k);
    if (kind === undefined)
      throw new VigilError('VGL_ERR_CONFIG_INVALID', `telemetry.kinds: unknown event kind '${k}'`);
    kinds.add(kind);
  }
  let match: Matcher | undefined;
  if (telemetry.filter !== undefined && telemetry.filter.trim() !== '') {
    const compiled = compileFilter(parseCondition(telemetry.filter));
    if (compiled.gaps.length > 0)
      throw new VigilError(
        'VGL_ERR_FILTER_COMPILE',
        `telemetry.filter uses ${compiled.gaps.map((g) => g.field).join(', ')}, which Vigil cannot supply yet`,
      );
    match = compiled.match;
  }
  const ctx = new EventContext();
  return (e) => {
    if (kinds.size > 0 && !kinds.has(kindOf(e) ?? '')) return false;
    return match === undefined || match(ctx.reset(e));
  };
}

export class Connector {
  readonly #o: ConnectorOptions;
  readonly #durables: { alerts: string; telemetry: string };
  readonly #selectEvent: ((e: vigil.v1.IEvent) => boolean) | undefined;
  readonly #status: ConnectorStatus;
  readonly #held = new Set<Held>();
  readonly #messages: ConsumerMessages[] = [];
  readonly #loops: Promise<void>[] = [];
  #open: Item[] = [];
  #openBytes = 0;
  #ageTimer: NodeJS.Timeout | undefined;
  #keepAlive: NodeJS.Timeout | undefined;
  #healthTimer: NodeJS.Timeout | undefined;
  #checking = false;
  /** When the receiver last took a delivery or passed a check (ms). */
  #lastSuccess = 0;
  #lagTimer: NodeJS.Timeout | undefined;
  readonly #inFlight = new Set<Promise<void>>();
  #slotWaiters: Array<() => void> = [];
  #recovery: Promise<void> | undefined;
  /** No more reading (stop() began). */
  #closing = false;
  /** Deliveries give up (stop()'s grace is over). */
  #stopping = false;
  #wake: Set<() => void> = new Set();
  #onChange: ((s: ConnectorStatus) => void) | undefined;

  constructor(options: ConnectorOptions) {
    checkConnectorName(options.name);
    this.#o = options;
    this.#durables = connectorDurables(options.name);
    this.#selectEvent = telemetryMatcher(options.telemetry);
    this.#status = {
      name: options.name,
      receiver: options.sink.description,
      state: 'starting',
      since: new Date().toISOString(),
      delivered: { alerts: 0, events: 0 },
      batches: 0,
      retries: 0,
      failures: 0,
      rejected: 0,
      inFlight: 0,
      lag: {},
      skipped: 0,
    };
  }

  /** The status now (a copy). */
  status(): ConnectorStatus {
    return structuredClone(this.#status);
  }

  /** Called on every change of state. */
  onStateChange(fn: (s: ConnectorStatus) => void): void {
    this.#onChange = fn;
  }

  #setState(state: ConnectorState, reason?: string): void {
    const s = this.#status;
    if (s.state === state && s.reason === reason) return;
    s.state = state;
    s.since = new Date().toISOString();
    if (reason === undefined) delete s.reason;
    else s.reason = reason;
    const log = state === 'stopped' ? 'error' : state === 'retrying' ? 'warn' : 'info';
    this.#o.logger[log]({ connector: s.name, state, reason }, `connector ${state}`);
    this.#onChange?.(this.status());
  }

  /** Creates its consumers and starts delivering. */
  async start(): Promise<void> {
    const { backplane: bp } = this.#o;
    const ackWaitMs = this.#o.ackWaitMs ?? DEFAULT_ACK_WAIT_MS;
    const sources: Array<{
      stream: string;
      durable: string;
      decode: (m: JsMsg) => DeliveryRecord[];
      pull: number;
      deliverNewOnly: boolean;
    }> = [];
    if (this.#o.alerts?.enabled !== false) {
      const min = this.#o.alerts?.minPriority;
      sources.push({
        stream: ALERTS_STREAM,
        durable: this.#durables.alerts,
        pull: Math.max(64, this.#o.batch.maxEvents * this.#o.concurrency * 2),
        deliverNewOnly: this.#o.alerts?.history === false,
        decode: (m) => {
          const a = Alert.decode(m.data);
          // Priority values: 1 emergency … 8 debug; 0 (unspecified) is never skipped.
          if (min !== undefined && Number(a.priority ?? 0) > min) return [];
          return [alertRecord(a)];
        },
      });
    }
    const select = this.#selectEvent;
    if (select) {
      sources.push({
        stream: TELEMETRY_STREAM,
        durable: this.#durables.telemetry,
        pull: 64,
        deliverNewOnly: true,
        decode: (m) => decodeBatch(m.data).filter(select).map(eventRecord),
      });
    }
    if (sources.length === 0)
      throw new VigilError(
        'VGL_ERR_CONFIG_INVALID',
        `connector ${this.#o.name} delivers nothing: alerts are disabled and no telemetry is selected`,
      );
    for (const s of sources) {
      await ensureConsumer(bp.jsm, {
        stream: s.stream,
        durable: s.durable,
        ackWaitMs,
        // The credit: what may be delivered and not yet acknowledged (held in this process).
        maxAckPending: s.pull * 2,
        deliverNewOnly: s.deliverNewOnly,
      });
    }
    // Messages held past the ack wait (a receiver outage) are kept alive, not redelivered.
    this.#keepAlive = setInterval(
      () => {
        for (const h of this.#held) h.msg.working();
      },
      Math.max(100, ackWaitMs / 3),
    );
    this.#lagTimer = setInterval(() => void this.#measureLag(sources), LAG_INTERVAL_MS);
    // The receiver checked at start (a refused token shows before the first alert does) and
    // whenever it has been idle for a recheck period, so the status says the truth when quiet.
    this.#lastSuccess = 0;
    this.#healthTimer = setInterval(() => {
      if (Date.now() - this.#lastSuccess >= this.#o.recheckMs) void this.#healthCheck();
    }, this.#o.recheckMs);
    void this.#healthCheck();
    for (const s of sources) {
      const consumer = await bp.js.consumers.get(s.stream, s.durable);
      const messages = await consumer.consume({ max_messages: s.pull });
      this.#messages.push(messages);
      this.#loops.push(this.#read(messages, s.decode, s.stream));
    }
    await this.#measureLag(sources);
    // (The first check may already have said otherwise.)
    if (this.#status.state === 'starting') this.#setState('running');
  }

  async #measureLag(sources: Array<{ stream: string; durable: string }>): Promise<void> {
    try {
      for (const s of sources) {
        const info = await this.#o.backplane.jsm.consumers.info(s.stream, s.durable);
        const lag = info.num_pending + info.num_ack_pending;
        if (s.stream === ALERTS_STREAM) this.#status.lag.alerts = lag;
        else this.#status.lag.telemetry = lag;
      }
    } catch (err) {
      if (!this.#stopping) this.#o.logger.debug({ err }, 'cannot read consumer lag');
    }
  }

  async #read(
    messages: ConsumerMessages,
    decode: (m: JsMsg) => DeliveryRecord[],
    stream: string,
  ): Promise<void> {
    try {
      for await (const m of messages) {
        if (this.#closing) {
          m.nak();
          continue;
        }
        let records: DeliveryRecord[];
        try {
          records = decode(m);
        } catch (err) {
          // Not an alert or batch at all: nothing a receiver could take. Set aside, then acked.
          this.#deadLetter(
            { stream, seq: m.seq, subject: m.subject, bytes: m.data.length },
            `cannot decode: ${(err as Error).message}`,
          );
          m.ack();
          continue;
        }
        if (records.length === 0) {
          this.#status.skipped++;
          m.ack();
          continue;
        }
        const held: Held = { msg: m, remaining: records.length };
        this.#held.add(held);
        for (const record of records) await this.#add(record, held);
      }
    } catch (err) {
      if (!this.#stopping)
        reportBackgroundError(err, `connector ${this.#o.name} reading ${stream}`);
    }
  }

  async #add(record: DeliveryRecord, owner: Held): Promise<void> {
    const bytes = record.text.length + 64;
    const { maxEvents, maxBytes, maxAgeMs } = this.#o.batch;
    if (this.#open.length > 0 && this.#openBytes + bytes > maxBytes) await this.#seal();
    this.#open.push({ record, owner, bytes });
    this.#openBytes += bytes;
    if (this.#open.length >= maxEvents || this.#openBytes >= maxBytes) await this.#seal();
    else if (this.#ageTimer === undefined)
      this.#ageTimer = setTimeout(() => void this.#seal(), maxAgeMs);
  }

  /** Closes the open batch and dispatches it, waiting while every delivery slot is taken. */
  async #seal(): Promise<void> {
    clearTimeout(this.#ageTimer);
    this.#ageTimer = undefined;
    if (this.#open.length === 0) return;
    const items = this.#open;
    this.#open = [];
    this.#openBytes = 0;
    const done = this.#send(items).finally(() => {
      this.#inFlight.delete(done);
      this.#status.inFlight -= items.length;
      this.#freeSlot();
    });
    this.#inFlight.add(done);
    this.#status.inFlight += items.length;
    while (this.#inFlight.size >= this.#o.concurrency && !this.#stopping) {
      await new Promise<void>((r) => this.#slotWaiters.push(r));
    }
  }

  #freeSlot(): void {
    const waiters = this.#slotWaiters;
    this.#slotWaiters = [];
    for (const w of waiters) w();
  }

  /** Delivers one batch until it is accepted (or set aside); never rejects. */
  async #send(items: Item[]): Promise<void> {
    let attempt = 0;
    while (!this.#stopping) {
      if (this.#recovery) {
        await this.#recovery;
        continue;
      }
      let err: DeliveryError;
      try {
        await this.#o.sink.deliver(items.map((i) => i.record));
        this.#settle(items);
        this.#lastSuccess = Date.now();
        if (this.#status.state === 'retrying') this.#setState('running');
        return;
      } catch (e) {
        err = asDeliveryError(e);
      }
      if (this.#stopping) return;
      this.#status.failures++;
      this.#status.lastError = err.message;
      if (err.kind === 'retry') {
        this.#status.retries++;
        this.#setState('retrying', err.message);
        const wait = Math.max(
          err.retryAfterMs ?? 0,
          backoffMs(attempt++, this.#o.retryBaseMs, this.#o.retryMaxMs),
        );
        await this.#sleep(wait);
      } else if (err.kind === 'config') {
        this.#recovery ??= this.#recover(err);
      } else {
        // Refused as data: split until the refused records are alone, set those aside.
        if (items.length === 1) {
          this.#deadLetter(items[0]!.record.json, err.message);
          this.#status.rejected++;
          this.#settle(items, false);
          return;
        }
        const half = Math.ceil(items.length / 2);
        await this.#send(items.slice(0, half));
        await this.#send(items.slice(half));
        return;
      }
    }
  }

  async #healthCheck(): Promise<void> {
    if (this.#checking || this.#recovery || this.#closing || this.#inFlight.size > 0) return;
    this.#checking = true;
    try {
      await this.#o.sink.check();
      this.#lastSuccess = Date.now();
      if (this.#status.state === 'retrying') this.#setState('running');
    } catch (e) {
      if (this.#closing) return;
      const err = asDeliveryError(e);
      this.#status.lastError = err.message;
      if (err.kind === 'config') this.#recovery ??= this.#recover(err);
      else if (this.#inFlight.size === 0) this.#setState('retrying', err.message);
    } finally {
      this.#checking = false;
    }
  }

  /** Stopped for its configuration: check the receiver every `recheckMs` until it takes data. */
  async #recover(err: DeliveryError): Promise<void> {
    this.#setState('stopped', err.message);
    while (!this.#stopping) {
      await this.#sleep(this.#o.recheckMs);
      if (this.#stopping) break;
      try {
        await this.#o.sink.check();
        this.#recovery = undefined;
        this.#setState('running');
        return;
      } catch (e) {
        const again = asDeliveryError(e);
        this.#status.lastError = again.message;
        if (again.message !== this.#status.reason) this.#setState('stopped', again.message);
      }
    }
    this.#recovery = undefined;
  }

  #sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.#wake.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.#wake.add(wake);
    });
  }

  /** The receiver has the items: count them, acknowledge messages with nothing left. */
  #settle(items: Item[], delivered = true): void {
    for (const { record, owner } of items) {
      if (delivered) {
        if (record.kind === 'alert') this.#status.delivered.alerts++;
        else this.#status.delivered.events++;
      }
      if (--owner.remaining === 0) {
        owner.msg.ack();
        this.#held.delete(owner);
      }
    }
    if (delivered) {
      this.#status.batches++;
      this.#status.lastDeliveryAt = new Date().toISOString();
    }
  }

  #deadLetter(what: unknown, reason: string): void {
    const file = this.#o.deadLetterFile;
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    // Synchronous: the line is on disk before the message is acknowledged.
    appendFileSync(
      file,
      JSON.stringify({
        time: new Date().toISOString(),
        connector: this.#o.name,
        reason,
        record: what,
      }) + '\n',
      { mode: 0o600 },
    );
    this.#o.logger.error(
      { connector: this.#o.name, reason, file },
      'record refused by the receiver; set aside',
    );
  }

  /**
   * Stops: no more reading; deliveries in flight get `stopGraceMs` to finish; what is not
   * delivered then is given back to the backplane (nak), to be delivered again at the next start.
   */
  async stop(): Promise<void> {
    if (this.#closing) return;
    this.#closing = true;
    this.#setState('stopping');
    for (const m of this.#messages) m.stop();
    // The open batch goes now, with the others in flight.
    const sealing = this.#seal();
    const grace = this.#o.stopGraceMs ?? 5_000;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.all([sealing, ...this.#inFlight]),
      new Promise<void>((r) => (timer = setTimeout(r, grace))),
    ]);
    clearTimeout(timer);
    this.#stopping = true;
    for (const wake of [...this.#wake]) wake();
    clearInterval(this.#keepAlive);
    clearInterval(this.#lagTimer);
    clearInterval(this.#healthTimer);
    this.#freeSlot();
    // Closing the receiver's connections ends what still waits on it (an ack, a request).
    await this.#o.sink.close();
    await Promise.race([
      Promise.allSettled([...this.#inFlight]),
      new Promise<void>((r) => (timer = setTimeout(r, grace))),
    ]);
    clearTimeout(timer);
    for (const h of this.#held) h.msg.nak();
    this.#held.clear();
    await Promise.allSettled(this.#loops);
    await Promise.allSettled(this.#messages.map((m) => m.closed()));
    this.#setState('closed');
  }
}
