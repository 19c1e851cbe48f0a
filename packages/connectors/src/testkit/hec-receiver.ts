// An HTTP Event Collector receiver that follows Splunk's documented protocol, for tests and
// benchmarks (Splunk itself cannot be installed here). What it implements, after help.splunk.com
// ("Format events for HTTP Event Collector", "About HTTP Event Collector Indexer
// Acknowledgment", "Troubleshoot HTTP Event Collector"; the status table: code 0 Success, 1 Token
// disabled 403, 2 Token is required 401, 3 Invalid authorization 401, 4 Invalid token 403, 5 No
// data 400, 6 Invalid data format 400, 7 Incorrect index 400, 9 Server is busy 503, 10 Data
// channel is missing 400, 11 Invalid data channel 400, 12 Event field is required 400, 13 Event
// field cannot be blank 400, 14 ACK is disabled 400, 15 Error in handling indexed fields 400,
// 17 HEC is healthy, 18 HEC is unhealthy, queues are full 503):
// - POST /services/collector, /services/collector/event and /services/collector/event/1.0 with
//   `Authorization: Splunk <token>`, concatenated JSON event objects, gzip when the request says
//   Content-Encoding: gzip; `event` required and not blank, `fields` values strings or arrays of
//   strings, `index` within the token's allowed indexes;
// - tokens with indexer acknowledgement need a channel (X-Splunk-Request-Channel or ?channel=,
//   a GUID); the answer carries an ackId, per channel from 0; the request is "indexed" after
//   `indexDelayMs`; POST /services/collector/ack {"acks":[ids]} answers {"acks":{"id":bool}}
//   and forgets an id once it has been reported indexed (Splunk does the same);
// - GET /services/collector/health.
// Faults for tests: answer 503 (busy), drop every connection, stop and start on the same port
// (un-indexed requests and ack state are lost, as on a real restart).
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { Socket } from 'node:net';
import { gunzipSync } from 'node:zlib';

/** A token the receiver knows. */
export interface HecToken {
  /** Indexer acknowledgement enabled for it. */
  ack?: boolean;
  /** Indexes it may write to (any when absent). */
  indexes?: string[];
  disabled?: boolean;
}

/** One event as indexed. */
export interface IndexedEvent {
  token: string;
  channel: string | undefined;
  time: number | undefined;
  host: string | undefined;
  source: string | undefined;
  sourcetype: string | undefined;
  index: string | undefined;
  event: unknown;
  fields: Record<string, unknown> | undefined;
}

/** Options of the receiver. */
export interface HecReceiverOptions {
  tokens: Record<string, HecToken>;
  /** Delay between accepting a request and indexing it (its ack turns true then), ms. */
  indexDelayMs?: number;
  /** TLS: PEM key and certificate (plain HTTP when absent). */
  tls?: { key: Buffer | string; cert: Buffer | string };
  /** Largest request body after decompression, bytes (Splunk's max_content_length). */
  maxContentLength?: number;
}

/** What the receiver is doing to its clients. */
export type HecFault = 'none' | 'busy' | 'drop';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Channel {
  nextAckId: number;
  /** ackId → indexed yet. */
  acks: Map<number, boolean>;
}

class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    readonly text: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(text);
  }
}

export class HecReceiver {
  readonly #o: HecReceiverOptions;
  #server: Server | undefined;
  readonly #sockets = new Set<Socket>();
  #port = 0;
  #channels = new Map<string, Channel>();
  #timers = new Set<NodeJS.Timeout>();
  /** Everything indexed, in order. */
  readonly events: IndexedEvent[] = [];
  /** Requests answered, by HTTP status. */
  readonly statuses = new Map<number, number>();
  /** Event requests accepted (200). */
  requests = 0;
  /** Requests that came gzip-compressed. */
  gzipRequests = 0;
  /** Connections dropped by the 'drop' fault. */
  dropped = 0;
  fault: HecFault = 'none';

  constructor(options: HecReceiverOptions) {
    this.#o = options;
  }

  /** Starts on 127.0.0.1 (a free port the first time, the same one after a stop). */
  async start(): Promise<void> {
    const handler = (req: IncomingMessage, res: ServerResponse) => void this.#handle(req, res);
    const server = this.#o.tls
      ? createHttpsServer(this.#o.tls, handler)
      : createHttpServer(handler);
    server.on('connection', (s: Socket) => {
      this.#sockets.add(s);
      s.on('close', () => this.#sockets.delete(s));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.#port, '127.0.0.1', () => resolve());
    });
    this.#server = server;
    const addr = server.address();
    if (addr && typeof addr === 'object') this.#port = addr.port;
  }

  get port(): number {
    return this.#port;
  }

  /** Base URL of the collector. */
  get url(): string {
    return `${this.#o.tls ? 'https' : 'http'}://127.0.0.1:${this.#port}`;
  }

  /** Stops listening and drops every connection; un-indexed requests and acks are lost. */
  async stop(): Promise<void> {
    const server = this.#server;
    this.#server = undefined;
    for (const t of this.#timers) clearTimeout(t);
    this.#timers.clear();
    this.#channels = new Map();
    for (const s of this.#sockets) s.destroy();
    if (server) await new Promise<void>((r) => server.close(() => r()));
  }

  /** Stops and starts again on the same port. */
  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  #count(status: number): void {
    this.statuses.set(status, (this.statuses.get(status) ?? 0) + 1);
  }

  #reply(res: ServerResponse, status: number, body: Record<string, unknown>): void {
    this.#count(status);
    const text = JSON.stringify(body);
    res.writeHead(status, {
      'content-type': 'application/json; charset=UTF-8',
      'content-length': Buffer.byteLength(text),
    });
    res.end(text);
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (this.fault === 'drop') {
      this.dropped++;
      req.socket.destroy();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://hec');
    try {
      const raw = await readBody(req, (this.#o.maxContentLength ?? 1024 ** 3) + 1);
      if (
        url.pathname === '/services/collector/health' ||
        url.pathname === '/services/collector/health/1.0'
      ) {
        if (this.fault === 'busy') throw new Refusal(503, 18, 'HEC is unhealthy, queues are full');
        this.#reply(res, 200, { text: 'HEC is healthy', code: 17 });
        return;
      }
      const token = this.#authorize(req, url);
      const channelId =
        (req.headers['x-splunk-request-channel'] as string | undefined) ??
        url.searchParams.get('channel') ??
        undefined;
      if (
        url.pathname === '/services/collector/ack' ||
        url.pathname === '/services/collector/ack/1.0'
      ) {
        this.#ack(res, token, channelId, raw);
        return;
      }
      if (
        ![
          '/services/collector',
          '/services/collector/event',
          '/services/collector/event/1.0',
        ].includes(url.pathname)
      ) {
        throw new Refusal(404, 404, 'The requested URL was not found on this server.');
      }
      if (this.fault === 'busy') throw new Refusal(503, 9, 'Server is busy');
      const spec = this.#o.tokens[token]!;
      if (spec.ack) {
        if (channelId === undefined) throw new Refusal(400, 10, 'Data channel is missing');
        if (!GUID.test(channelId)) throw new Refusal(400, 11, 'Invalid data channel');
      }
      let body = raw;
      if ((req.headers['content-encoding'] ?? '').toString().toLowerCase() === 'gzip') {
        this.gzipRequests++;
        try {
          body = gunzipSync(raw);
        } catch {
          throw new Refusal(400, 6, 'Invalid data format');
        }
      }
      if (body.length > (this.#o.maxContentLength ?? 1024 ** 3))
        throw new Refusal(413, 413, 'Content-Length of the request is too large');
      const events = parseEvents(body.toString('utf8'), token, channelId, spec);
      this.requests++;
      if (!spec.ack) {
        this.events.push(...events);
        this.#reply(res, 200, { text: 'Success', code: 0 });
        return;
      }
      let channel = this.#channels.get(channelId!);
      if (!channel) this.#channels.set(channelId!, (channel = { nextAckId: 0, acks: new Map() }));
      const ackId = channel.nextAckId++;
      channel.acks.set(ackId, false);
      const ch = channel;
      const index = () => {
        // A restart in between forgot this channel: the request was never indexed.
        if (this.#channels.get(channelId!) !== ch) return;
        this.events.push(...events);
        ch.acks.set(ackId, true);
      };
      const delay = this.#o.indexDelayMs ?? 0;
      if (delay <= 0) index();
      else {
        const t = setTimeout(() => {
          this.#timers.delete(t);
          index();
        }, delay);
        this.#timers.add(t);
      }
      this.#reply(res, 200, { text: 'Success', code: 0, ackId });
    } catch (err) {
      if (err instanceof Refusal)
        this.#reply(res, err.status, { text: err.text, code: err.code, ...err.extra });
      else this.#reply(res, 500, { text: 'Internal server error', code: 8 });
    }
  }

  #authorize(req: IncomingMessage, url: URL): string {
    const auth = req.headers.authorization;
    if (auth === undefined) {
      if (url.searchParams.has('token'))
        throw new Refusal(400, 16, 'Query string authorization is not enabled');
      throw new Refusal(401, 2, 'Token is required');
    }
    const m = /^Splunk\s+(\S+)$/.exec(auth);
    if (!m) throw new Refusal(401, 3, 'Invalid authorization');
    const spec = this.#o.tokens[m[1]!];
    if (!spec) throw new Refusal(403, 4, 'Invalid token');
    if (spec.disabled) throw new Refusal(403, 1, 'Token disabled');
    return m[1]!;
  }

  #ack(res: ServerResponse, token: string, channelId: string | undefined, raw: Buffer): void {
    if (!this.#o.tokens[token]!.ack) throw new Refusal(400, 14, 'ACK is disabled');
    if (channelId === undefined) throw new Refusal(400, 10, 'Data channel is missing');
    if (!GUID.test(channelId)) throw new Refusal(400, 11, 'Invalid data channel');
    let ids: unknown;
    try {
      ids = (JSON.parse(raw.toString('utf8')) as { acks?: unknown }).acks;
    } catch {
      throw new Refusal(400, 6, 'Invalid data format');
    }
    if (!Array.isArray(ids) || !ids.every((i) => Number.isInteger(i)))
      throw new Refusal(400, 6, 'Invalid data format');
    const channel = this.#channels.get(channelId);
    const acks: Record<string, boolean> = {};
    for (const id of ids as number[]) {
      const done = channel?.acks.get(id) === true;
      acks[String(id)] = done;
      if (done) channel.acks.delete(id);
    }
    this.#reply(res, 200, { acks });
  }
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        reject(new Refusal(413, 413, 'Content-Length of the request is too large'));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Splits concatenated JSON objects (separated by nothing or white space) and checks each. */
function parseEvents(
  text: string,
  token: string,
  channel: string | undefined,
  spec: HecToken,
): IndexedEvent[] {
  const out: IndexedEvent[] = [];
  let i = 0;
  const n = text.length;
  const skip = () => {
    while (i < n && /\s/.test(text[i]!)) i++;
  };
  skip();
  if (i >= n) throw new Refusal(400, 5, 'No data');
  while (i < n) {
    const start = i;
    if (text[i] !== '{')
      throw new Refusal(400, 6, 'Invalid data format', { 'invalid-event-number': out.length });
    // Find the end of this object: count braces outside strings.
    let depth = 0;
    let inString = false;
    for (; i < n; i++) {
      const c = text[i];
      if (inString) {
        if (c === '\\') i++;
        else if (c === '"') inString = false;
      } else if (c === '"') inString = true;
      else if (c === '{') depth++;
      else if (c === '}' && --depth === 0) {
        i++;
        break;
      }
    }
    let obj: Record<string, unknown>;
    try {
      obj = JSON.parse(text.slice(start, i)) as Record<string, unknown>;
    } catch {
      throw new Refusal(400, 6, 'Invalid data format', { 'invalid-event-number': out.length });
    }
    if (!('event' in obj))
      throw new Refusal(400, 12, 'Event field is required', { 'invalid-event-number': out.length });
    if (obj.event === '' || obj.event === null)
      throw new Refusal(400, 13, 'Event field cannot be blank', {
        'invalid-event-number': out.length,
      });
    const index = typeof obj.index === 'string' ? obj.index : undefined;
    if (index !== undefined && spec.indexes && !spec.indexes.includes(index))
      throw new Refusal(400, 7, 'Incorrect index', { 'invalid-event-number': out.length });
    const fields = obj.fields as Record<string, unknown> | undefined;
    if (fields !== undefined) {
      const ok =
        typeof fields === 'object' &&
        fields !== null &&
        !Array.isArray(fields) &&
        Object.values(fields).every(
          (v) =>
            typeof v === 'string' || (Array.isArray(v) && v.every((x) => typeof x === 'string')),
        );
      if (!ok)
        throw new Refusal(400, 15, 'Error in handling indexed fields', {
          'invalid-event-number': out.length,
        });
    }
    const time = obj.time === undefined ? undefined : Number(obj.time);
    if (time !== undefined && !Number.isFinite(time))
      throw new Refusal(400, 6, 'Invalid data format', { 'invalid-event-number': out.length });
    out.push({
      token,
      channel,
      time,
      host: obj.host as string | undefined,
      source: obj.source as string | undefined,
      sourcetype: obj.sourcetype as string | undefined,
      index,
      event: obj.event,
      fields,
    });
    skip();
  }
  return out;
}
