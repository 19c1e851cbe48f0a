// Splunk's HTTP Event Collector: events as concatenated JSON objects on
// /services/collector/event, `Authorization: Splunk <token>`, optionally gzip, and indexer
// acknowledgement: every request carries the channel (X-Splunk-Request-Channel, a GUID), the
// answer carries an ackId, and /services/collector/ack says when that request is indexed; one
// not indexed within the ack timeout is sent again. Protocol and status codes after Splunk's
// "Format events for HTTP Event Collector", "About HTTP Event Collector Indexer Acknowledgment"
// and "Troubleshoot HTTP Event Collector" (help.splunk.com): 400 code 5 "No data", 6 "Invalid
// data format", 7 "Incorrect index", 10 "Data channel is missing", 11 "Invalid data channel",
// 14 "ACK is disabled"; 401/403 token problems; 503 code 9 "Server is busy"; health code 17.
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { constants as zlibConstants, gzip } from 'node:zlib';
import { type HttpAnswer, HttpClient, type TlsFiles, retryAfterMs } from './http.js';
import { priorityName } from '@vigil/schema';
import { type DeliveryRecord, eventKindName } from './records.js';
import { DeliveryError, type Sink } from './sink.js';

const gzipAsync = promisify(gzip);

/** Options of the HEC sink. */
export interface HecOptions {
  /** Base URL of the collector (https://splunk.example:8088). */
  url: string;
  /** The HEC token. */
  token: string;
  /** Index to write to (the token's default when absent). */
  index?: string;
  /** `source` of every event. */
  source?: string;
  /** `sourcetype` of alerts and of telemetry events. */
  sourcetype?: { alert?: string; event?: string };
  /** Compress requests (Content-Encoding: gzip). */
  gzip?: boolean;
  /** Use indexer acknowledgement (the token must have it enabled). */
  ack?: boolean;
  /** A request not acknowledged as indexed within this is sent again, ms. */
  ackTimeoutMs?: number;
  /** How often the ack endpoint is polled, ms. */
  ackPollMs?: number;
  /** The channel GUID (a new one per start when absent). */
  channel?: string;
  tls?: TlsFiles;
  /** Timeout of one HTTP request, ms. */
  requestTimeoutMs?: number;
}

/** HEC's answer body. */
interface HecReply {
  text?: string;
  code?: number;
  ackId?: number;
  acks?: Record<string, boolean>;
  'invalid-event-number'?: number;
}

// HEC codes that mean this connector's configuration is wrong, not the data.
const CONFIG_CODES = new Set([1, 2, 3, 4, 7, 10, 11, 14, 16]);
// Codes that mean the data is refused.
const DATA_CODES = new Set([5, 6, 12, 13, 15]);

function parseReply(a: HttpAnswer): HecReply {
  try {
    return JSON.parse(a.body) as HecReply;
  } catch {
    return {};
  }
}

/** Classifies a failed HEC answer (anything but 200 with code 0). */
export function hecFailure(a: HttpAnswer, what: string): DeliveryError {
  const r = parseReply(a);
  const text = `${what}: HTTP ${a.status}${r.code !== undefined ? ` code ${r.code}` : ''}${r.text ? ` (${r.text})` : ''}`;
  const after = retryAfterMs(a.headers);
  const retry = after !== undefined ? { retryAfterMs: after } : {};
  if (a.status === 429 || a.status === 408 || a.status >= 500)
    return new DeliveryError('retry', text, retry);
  if (a.status === 413) return new DeliveryError('rejected', text);
  if (a.status === 400 && r.code !== undefined && DATA_CODES.has(r.code))
    return new DeliveryError('rejected', text);
  if (a.status === 404)
    return new DeliveryError('config', `${text}: no HTTP Event Collector at this URL`);
  if (r.code !== undefined && CONFIG_CODES.has(r.code)) return new DeliveryError('config', text);
  // Any other refusal: keep the data and stop rather than drop it.
  return new DeliveryError('config', text);
}

/** Seconds since the epoch with milliseconds, as a JSON number literal (HEC's `time`). */
function epochSeconds(ns: bigint): string {
  const ms = ns / 1_000_000n;
  const s = ms / 1000n;
  return `${s}.${String(ms % 1000n).padStart(3, '0')}`;
}

/** One pending acknowledgement. */
interface PendingAck {
  sentAt: number;
  resolve: () => void;
  reject: (err: DeliveryError) => void;
}

export class HecSink implements Sink {
  readonly description: string;
  readonly #o: HecOptions;
  readonly #http: HttpClient;
  readonly #channel: string;
  readonly #headers: Record<string, string>;
  readonly #pending = new Map<number, PendingAck>();
  /** The ackIds this channel has been given (since HEC's last restart, as far as we know). */
  readonly #seen = new Set<number>();
  #poller: NodeJS.Timeout | undefined;
  #polling = false;

  constructor(options: HecOptions) {
    this.#o = options;
    this.#http = new HttpClient(options.url, {
      ...(options.tls ? { tls: options.tls } : {}),
      ...(options.requestTimeoutMs ? { timeoutMs: options.requestTimeoutMs } : {}),
    });
    this.#channel = options.channel ?? randomUUID();
    this.#headers = {
      authorization: `Splunk ${options.token}`,
      'x-splunk-request-channel': this.#channel,
    };
    this.description = `splunk-hec ${this.#http.base.origin}${options.ack !== false ? ' (indexer acknowledgement)' : ''}`;
  }

  /** The channel this sink sends on. */
  get channel(): string {
    return this.#channel;
  }

  /** The request body: one JSON object per record, concatenated (HEC's batch format). */
  body(records: readonly DeliveryRecord[]): string {
    const o = this.#o;
    const source = JSON.stringify(o.source ?? 'vigil');
    const index = o.index ? `,"index":${JSON.stringify(o.index)}` : '';
    const parts: string[] = [];
    for (const r of records) {
      const sourcetype =
        r.kind === 'alert'
          ? (o.sourcetype?.alert ?? 'vigil:alert')
          : (o.sourcetype?.event ?? 'vigil:event');
      // Indexed fields: strings or arrays of strings only (HEC refuses objects there).
      const fields: Record<string, string | string[]> = { vigil_kind: r.kind };
      if (r.alert) {
        fields.rule = r.alert.rule ?? '';
        fields.priority = priorityName(r.alert.priority);
        if (r.alert.tags?.length) fields.tags = r.alert.tags;
      } else {
        fields.event_kind = eventKindName(r.event);
      }
      parts.push(
        `{"time":${epochSeconds(r.timeNs)},"host":${JSON.stringify(r.host)},"source":${source},` +
          `"sourcetype":${JSON.stringify(sourcetype)}${index},"event":${r.text},` +
          `"fields":${JSON.stringify(fields)}}`,
      );
    }
    return parts.join('\n');
  }

  async deliver(records: readonly DeliveryRecord[]): Promise<void> {
    if (records.length === 0) return;
    let body: Buffer | string = this.body(records);
    const headers: Record<string, string> = {
      ...this.#headers,
      'content-type': 'application/json',
    };
    if (this.#o.gzip !== false) {
      body = await gzipAsync(body, { level: zlibConstants.Z_BEST_SPEED });
      headers['content-encoding'] = 'gzip';
    }
    const answer = await this.#http.request('POST', '/services/collector/event', headers, body);
    const reply = parseReply(answer);
    if (answer.status !== 200 || (reply.code !== undefined && reply.code !== 0))
      throw hecFailure(answer, `HEC refused ${records.length} events`);
    if (this.#o.ack === false) return;
    if (typeof reply.ackId !== 'number')
      throw new DeliveryError(
        'config',
        'HEC accepted the events but gave no ackId: indexer acknowledgement is not enabled for this token (set ack: false, or enable it in Splunk)',
      );
    await this.#indexed(reply.ackId);
  }

  /** Resolves when the ack endpoint says `ackId` is indexed; rejects after the ack timeout. */
  #indexed(ackId: number): Promise<void> {
    return new Promise((resolve, reject) => {
      // HEC numbers a channel's requests from 0. A number given again means it restarted and
      // forgot the channel: every request still waiting will never be acknowledged, and their
      // numbers now belong to new requests. They are sent again at once. (A poll answer already
      // on its way when the restart is noticed could still be read for the old request; the
      // protocol gives no way to tell the two apart.)
      if (this.#seen.has(ackId)) {
        const lost = new DeliveryError(
          'retry',
          `HEC gave ackId ${ackId} again: it restarted and lost the requests not yet indexed; sending them again`,
        );
        for (const p of this.#pending.values()) p.reject(lost);
        this.#pending.clear();
        this.#seen.clear();
      }
      this.#seen.add(ackId);
      if (this.#seen.size > 100_000) this.#seen.clear();
      this.#pending.set(ackId, { sentAt: Date.now(), resolve, reject });
      this.#poller ??= setInterval(() => void this.#poll(), this.#o.ackPollMs ?? 1_000);
    });
  }

  async #poll(): Promise<void> {
    if (this.#polling) return;
    this.#polling = true;
    try {
      const timeout = this.#o.ackTimeoutMs ?? 120_000;
      const now = Date.now();
      for (const [id, p] of this.#pending) {
        if (now - p.sentAt > timeout) {
          this.#pending.delete(id);
          p.reject(
            new DeliveryError(
              'retry',
              `HEC did not acknowledge request ${id} as indexed within ${Math.round(timeout / 1000)} s; sending it again`,
            ),
          );
        }
      }
      const ids = [...this.#pending.keys()];
      // Splunk answers at most max_number_of_acked_requests_pending_query (10,000) ids a query.
      for (let i = 0; i < ids.length; i += 1_000) {
        const chunk = ids.slice(i, i + 1_000);
        let answer: HttpAnswer;
        try {
          answer = await this.#http.request(
            'POST',
            '/services/collector/ack',
            { ...this.#headers, 'content-type': 'application/json' },
            JSON.stringify({ acks: chunk }),
          );
        } catch {
          return; // unreachable for now: the ack timeout decides
        }
        if (answer.status !== 200) {
          const failure = hecFailure(answer, 'HEC ack query failed');
          if (failure.kind === 'config') {
            for (const id of chunk) {
              this.#pending.get(id)?.reject(failure);
              this.#pending.delete(id);
            }
          }
          continue;
        }
        const acks = parseReply(answer).acks ?? {};
        for (const id of chunk) {
          if (acks[String(id)] === true) {
            this.#pending.get(id)?.resolve();
            this.#pending.delete(id);
          }
        }
      }
    } finally {
      this.#polling = false;
      if (this.#pending.size === 0 && this.#poller) {
        clearInterval(this.#poller);
        this.#poller = undefined;
      }
    }
  }

  /**
   * Is HEC there and does it take this token? The health endpoint, then an empty event
   * request: with a good token HEC answers 400 code 5 "No data"; a bad one 401 or 403.
   */
  async check(): Promise<void> {
    const health = await this.#http.request('GET', '/services/collector/health', {});
    if (health.status !== 200) throw hecFailure(health, 'HEC health check');
    const probe = await this.#http.request('POST', '/services/collector/event', this.#headers, '');
    const r = parseReply(probe);
    if (probe.status === 400 && r.code === 5) return;
    if (probe.status === 200 && (r.code ?? 0) === 0) return;
    throw hecFailure(probe, 'HEC token check');
  }

  close(): Promise<void> {
    clearInterval(this.#poller);
    this.#poller = undefined;
    for (const p of this.#pending.values())
      p.reject(new DeliveryError('retry', 'the connector is stopping'));
    this.#pending.clear();
    this.#http.close();
    return Promise.resolve();
  }
}
