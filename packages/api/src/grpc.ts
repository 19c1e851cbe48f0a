// The gRPC face of the API (@grpc/grpc-js), over the same service layer as REST: the service
// and messages of proto/vigil/v1/api.proto, loaded from the schema's descriptor. Every call needs
// `authorization: Bearer <token>` in its metadata: UNAUTHENTICATED without a valid one,
// PERMISSION_DENIED for a role too small, INVALID_ARGUMENT for a bad request (a filter's error
// says its line and column). Operations not built yet answer UNIMPLEMENTED.
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { lengthDelimited, lengthDelimitedHead } from '@vigil/backplane';
import { protoDescriptor } from '@vigil/schema';
import type { TlsMaterial } from './rest.js';
import type { ApiService } from './service.js';
import { STOPPING_REASON } from './subscribe.js';
import { busyError, callerError, notFoundError, unavailableError } from './errors.js';
import { type Role, type TokenStore, authorizeBearer } from './tokens.js';

export interface GrpcOptions {
  service: ApiService;
  tokens: TokenStore;
  /** Largest request message, bytes. */
  maxMessageBytes?: number;
}

/** How messages look in handlers: canonical JSON-like objects (camelCase, 64-bit as strings). */
const LOADER_OPTIONS: protoLoader.Options = {
  keepCase: false,
  longs: String,
  enums: String,
  defaults: false,
  oneofs: true,
};

type ServiceDef = grpc.ServiceDefinition;

/** The services of api.proto. */
export const GRPC_SERVICES = ['Telemetry', 'Alerts', 'Sensors', 'Rules'] as const;
export type GrpcServiceName = (typeof GRPC_SERVICES)[number];

type Loaded = Record<
  GrpcServiceName,
  (new (address: string, creds: grpc.ChannelCredentials) => grpc.Client) & { service: ServiceDef }
>;

function loadVigil(): Loaded {
  const definition = protoLoader.fromJSON(protoDescriptor(), LOADER_OPTIONS);
  return (grpc.loadPackageDefinition(definition) as unknown as { vigil: { v1: Loaded } }).vigil.v1;
}

/** A client of one of Vigil's gRPC services (for tests and the CLI). */
export function vigilClient(
  service: GrpcServiceName,
  address: string,
  credentials = grpc.credentials.createInsecure(),
): grpc.Client & Record<string, unknown> {
  const Client = loadVigil()[service];
  return new (
    Client as unknown as new (
      address: string,
      creds: grpc.ChannelCredentials,
      options: grpc.ChannelOptions,
    ) => grpc.Client
  )(address, credentials, CLIENT_CHANNEL_OPTIONS) as grpc.Client & Record<string, unknown>;
}

/** The events one Subscribe response carries, one or a batch (a client's decoded response). */
export function subscribedEvents<E>(response: {
  event?: E | null;
  events?: { events?: E[] | null } | null;
}): E[] {
  if (response.event != null) return [response.event];
  return response.events?.events ?? [];
}

/**
 * HTTP/2's flow-control window of a client connection (grpc-js channel option). With the
 * protocol's default of 64 KiB the server may send only that much before the client says it
 * has read it: a live stream of 10,000 events a second (13 MB/s) then moves at the pace of the
 * client's round trips, and on a busy machine fell behind (bench/api: 4 MiB cut the events shed
 * from ~40 % to ~13 %). 1 MiB: what a stopped client's connection may hold on the server is
 * bounded by the window too (subscribe.test.ts measures it), and 4 MiB put that test at its
 * bound.
 */
const CLIENT_CHANNEL_OPTIONS: grpc.ChannelOptions = {
  'grpc-node.flow_control_window': 1024 * 1024,
};

/**
 * A SubscribeResponse already encoded. Live events are sent as the bytes they came in:
 * SubscribeResponse is `oneof item { ...; EventBatch events = 3; }` and EventBatch is `repeated
 * Event events = 1`, so a response is a field 3 around (field 1, length, the event's own
 * encoding) for each event (https://protobuf.dev/programming-guides/encoding/). Converting each
 * event to an object and encoding it again cost the API most of its time per event on gRPC
 * streams (bench/api).
 */
class EncodedResponse {
  constructor(readonly bytes: Buffer) {}
}

/** The Telemetry service with Subscribe's responses serialized from EncodedResponse as they are. */
function withEncodedResponses(def: ServiceDef): ServiceDef {
  const subscribe = def.Subscribe as grpc.MethodDefinition<unknown, unknown>;
  const serialize = subscribe.responseSerialize;
  return {
    ...def,
    Subscribe: {
      ...subscribe,
      responseSerialize: (m: unknown) => (m instanceof EncodedResponse ? m.bytes : serialize(m)),
    },
  };
}

/** A SubscribeResponse that reports events not sent. */
function lostResponse(count: number, reason: string, stage: string) {
  return { lost: { count: String(count), reason, stage } };
}

/** What a live stream may hold for a slow client, bytes (as for SSE, rest.ts). */
const LIVE_BUFFER_BYTES = 1024 * 1024;

/** What an alert stream may hold for a slow client, messages (alerts are few and small). */
const ALERT_BUFFER_MESSAGES = 256;

/**
 * Events per Subscribe response at most, bytes: the events of one read of the backplane go in
 * as few messages as this allows (a client takes 4 MiB by default).
 */
const LIVE_MESSAGE_BYTES = 256 * 1024;

/**
 * A live stream's writer: gathers the events of one read of the backplane into EventBatch
 * responses, and bounds what waits for a slow client by bytes. grpc-js writes one message at a
 * time, each through its own HTTP/2 write, and its stream counts messages; a read of the
 * backplane is hundreds of events, so one message per event both cost most of the API's time
 * on gRPC streams and filled a bound of 256 messages within a turn for a client that kept up
 * (bench/api: 12–25 % shed at 10,000 events/s).
 */
class LiveWriter {
  readonly #call: grpc.ServerWritableStream<unknown, unknown>;
  /**
   * Events as EventBatch fields: each field's head, then the event's bytes as they came (views
   * of their batch, copied once by flush, which runs before the batch's turn ends).
   */
  #pending: Uint8Array[] = [];
  #pendingBytes = 0;
  /** Bytes written to the call that grpc-js has not handed to HTTP/2 yet. */
  #queued = 0;

  constructor(call: grpc.ServerWritableStream<unknown, unknown>) {
    this.#call = call;
  }

  full(): boolean {
    return this.#queued + this.#pendingBytes >= LIVE_BUFFER_BYTES;
  }

  /** Adds an event; false when the client is too far behind to take it. */
  event(json: () => Record<string, unknown>, encoded: Uint8Array | undefined): boolean {
    if (this.full()) return false;
    if (encoded === undefined) {
      this.flush();
      this.write({ event: json() }, 0);
      return true;
    }
    const head = lengthDelimitedHead(1, encoded.length);
    this.#pending.push(head, encoded);
    this.#pendingBytes += head.length + encoded.length;
    if (this.#pendingBytes >= LIVE_MESSAGE_BYTES) this.flush();
    return true;
  }

  /** Sends the events gathered so far. */
  flush(): void {
    if (this.#pending.length === 0) return;
    const bytes = lengthDelimited(3, this.#pending);
    this.#pending = [];
    this.#pendingBytes = 0;
    this.write(new EncodedResponse(bytes), bytes.length);
  }

  /** Writes a response after the events gathered (a Lost report, the last one). */
  write(message: unknown, bytes = 0): void {
    if (!(message instanceof EncodedResponse)) this.flush();
    this.#queued += bytes;
    this.#call.write(message, () => {
      this.#queued -= bytes;
    });
  }
}

interface StatusError {
  code: grpc.status;
  details: string;
}

function statusOf(err: unknown): StatusError {
  const caller = callerError(err);
  if (caller !== undefined)
    return { code: grpc.status.INVALID_ARGUMENT, details: `${caller.code}: ${caller.message}` };
  const busy = busyError(err);
  if (busy !== undefined)
    return { code: grpc.status.RESOURCE_EXHAUSTED, details: `${busy.code}: ${busy.message}` };
  const missing = notFoundError(err);
  if (missing !== undefined)
    return { code: grpc.status.NOT_FOUND, details: `${missing.code}: ${missing.message}` };
  const away = unavailableError(err);
  if (away !== undefined)
    return { code: grpc.status.UNAVAILABLE, details: `${away.code}: ${away.message}` };
  return { code: grpc.status.INTERNAL, details: 'internal error; the server log says more' };
}

/** The name of the token that made a call (for acknowledgements and kill requests). */
function callerName(tokens: TokenStore, metadata: grpc.Metadata): string {
  const auth = authorizeBearer(
    tokens,
    String(metadata.get('authorization')[0] ?? ''),
    'viewer',
    'metadata authorization',
  );
  return 'refused' in auth ? 'unknown' : auth.caller.name;
}

function authorize(
  tokens: TokenStore,
  metadata: grpc.Metadata,
  needed: Role,
): StatusError | undefined {
  const auth = authorizeBearer(
    tokens,
    String(metadata.get('authorization')[0] ?? ''),
    needed,
    'metadata authorization',
  );
  if (!('refused' in auth)) return undefined;
  const code =
    auth.refused === 'forbidden' ? grpc.status.PERMISSION_DENIED : grpc.status.UNAUTHENTICATED;
  return { code, details: auth.message };
}

/** The least role of each operation (the rest: viewer). */
const ROLE_OF: Record<string, Role> = {
  AcknowledgeAlert: 'responder',
  Kill: 'responder',
  PutRules: 'admin',
};

interface SubscribeRequestJson {
  selector?: { filter?: string; kinds?: string[]; hosts?: string[]; containers?: string[] };
  maxEventsPerSecond?: number;
  limit?: string;
}

interface QueryRequestJson {
  selector?: { filter?: string; kinds?: string[]; hosts?: string[]; containers?: string[] };
  sinceNs?: string;
  untilNs?: string;
  limit?: string;
  cursor?: string;
}

/** Events per Query response message, by their JSON size. */
const QUERY_CHUNK_BYTES = 1024 * 1024;

/** Ends a server stream with a status (destroy would leave the client waiting). */
function endStream(call: grpc.ServerWritableStream<unknown, unknown>, st: StatusError): void {
  call.emit('error', Object.assign(new Error(st.details), st));
}

/** Checks a server stream's token; a refused stream is ended with the refusal (false). */
function admitStream(
  tokens: TokenStore,
  call: grpc.ServerWritableStream<unknown, unknown>,
  needed: Role,
): boolean {
  const refused = authorize(tokens, call.metadata, needed);
  if (refused) endStream(call, refused);
  return refused === undefined;
}

/** How a stream that ended for any reason but its limit ends: with a status that says why. */
function endWithStatus(
  call: grpc.ServerWritableStream<unknown, unknown>,
  reason: string,
  unsent: string,
): void {
  const details = `${reason}; ${unsent}`;
  const code =
    reason === STOPPING_REASON ? grpc.status.UNAVAILABLE : grpc.status.RESOURCE_EXHAUSTED;
  endStream(call, { code, details });
}

/**
 * Runs a live stream on a call: starts it, stops it when the client goes (also if it goes while
 * the stream starts), and sends the headers once the stream sees events.
 */
function serveLive(
  call: grpc.ServerWritableStream<unknown, unknown>,
  start: () => Promise<(reason?: string) => void>,
): void {
  let stop: ((reason?: string) => void) | undefined;
  let gone = false;
  const leave = () => {
    gone = true;
    stop?.();
  };
  call.on('cancelled', leave);
  call.on('close', leave);
  start().then(
    (s) => {
      stop = s;
      if (gone) s();
      else call.sendMetadata(new grpc.Metadata());
    },
    (err: unknown) => endStream(call, statusOf(err)),
  );
}

/** Builds the gRPC server (not bound yet). */
export function buildGrpc(options: GrpcOptions): grpc.Server {
  const max = options.maxMessageBytes ?? 1024 * 1024;
  const server = new grpc.Server({ 'grpc.max_receive_message_length': max });
  const loaded = loadVigil();
  const handlers = new Map<GrpcServiceName, grpc.UntypedServiceImplementation>();
  // Everything the proto declares answers, at least with UNIMPLEMENTED and the same auth rules.
  // A server stream ends with a status by emitting 'error' (destroy would leave the client waiting).
  for (const service of GRPC_SERVICES) {
    const own: grpc.UntypedServiceImplementation = {};
    for (const [name, method] of Object.entries(loaded[service].service)) {
      const needed = ROLE_OF[name] ?? 'viewer';
      const unimplemented = {
        code: grpc.status.UNIMPLEMENTED,
        details: `${name} is not built yet`,
      };
      own[name] = method.responseStream
        ? (call: grpc.ServerWritableStream<unknown, unknown>) => {
            endStream(call, authorize(options.tokens, call.metadata, needed) ?? unimplemented);
          }
        : (call: grpc.ServerUnaryCall<unknown, unknown>, callback: grpc.sendUnaryData<unknown>) =>
            callback(authorize(options.tokens, call.metadata, needed) ?? unimplemented);
    }
    handlers.set(service, own);
  }
  const telemetry = handlers.get('Telemetry') as grpc.UntypedServiceImplementation;
  telemetry.Query = (call: grpc.ServerWritableStream<QueryRequestJson, unknown>) => {
    if (!admitStream(options.tokens, call, 'viewer')) return;
    const r = call.request;
    const s = r.selector ?? {};
    options.service
      .query({
        ...(s.filter ? { filter: s.filter } : {}),
        ...(s.kinds?.length ? { kinds: s.kinds } : {}),
        ...(s.hosts?.length ? { hosts: s.hosts } : {}),
        ...(s.containers?.length ? { containers: s.containers } : {}),
        ...(r.sinceNs ? { sinceNs: r.sinceNs } : {}),
        ...(r.untilNs ? { untilNs: r.untilNs } : {}),
        ...(r.limit ? { limit: Number(r.limit) } : {}),
        ...(r.cursor ? { cursor: r.cursor } : {}),
      })
      .then(
        (result) => {
          // In messages of about QUERY_CHUNK_BYTES (a client takes 4 MiB by default); the last
          // carries the cursor and the hosts that did not answer.
          let chunk: Array<Record<string, unknown>> = [];
          let bytes = 0;
          for (const e of result.events) {
            const size = JSON.stringify(e).length;
            if (bytes + size > QUERY_CHUNK_BYTES && chunk.length > 0) {
              call.write({ events: chunk });
              chunk = [];
              bytes = 0;
            }
            chunk.push(e);
            bytes += size;
          }
          call.write({
            events: chunk,
            cursor: result.cursor ?? '',
            unansweredHosts: result.unansweredHosts,
          });
          call.end();
        },
        (err: unknown) => endStream(call, statusOf(err)),
      );
  };
  telemetry.Subscribe = (call: grpc.ServerWritableStream<SubscribeRequestJson, unknown>) => {
    if (!admitStream(options.tokens, call, 'viewer')) return;
    const r = call.request;
    const sel = r.selector ?? {};
    // A client that does not keep up: past LIVE_BUFFER_BYTES waiting, what cannot be written is
    // dropped and counted.
    const out = new LiveWriter(call);
    serveLive(call, () =>
      options.service.subscribe(
        {
          ...(sel.filter ? { filter: sel.filter } : {}),
          ...(sel.kinds?.length ? { kinds: sel.kinds } : {}),
          ...(sel.hosts?.length ? { hosts: sel.hosts } : {}),
          ...(sel.containers?.length ? { containers: sel.containers } : {}),
        },
        { maxEventsPerSecond: r.maxEventsPerSecond ?? 0, limit: Number(r.limit ?? 0) },
        {
          event: (json, encoded) => out.event(json, encoded),
          flush: () => out.flush(),
          blocked: () => out.full(),
          lost: (lost) => {
            if (out.full()) return false;
            out.write(lostResponse(lost.count, lost.reason, lost.stage));
            return true;
          },
          end: (reason, unreported) => {
            out.flush();
            if (reason === 'limit') {
              if (unreported > 0)
                out.write(lostResponse(unreported, 'LOSS_REASON_BACKPRESSURE', 'api-throttle'));
              call.end();
              return;
            }
            endWithStatus(
              call,
              reason,
              `${unreported} event(s) not sent since the last Lost report`,
            );
          },
        },
      ),
    );
  };
  // Unary operations: authorize, run, answer (or the error as a status).
  const unary =
    <Req>(needed: Role, run: (request: Req, caller: string) => unknown) =>
    (call: grpc.ServerUnaryCall<Req, unknown>, callback: grpc.sendUnaryData<unknown>) => {
      const refused = authorize(options.tokens, call.metadata, needed);
      if (refused) {
        callback(refused);
        return;
      }
      Promise.resolve()
        .then(() => run(call.request, callerName(options.tokens, call.metadata)))
        .then(
          (answer) => callback(null, answer),
          (err: unknown) => callback(statusOf(err)),
        );
    };
  const fail = (call: grpc.ServerWritableStream<unknown, unknown>, err: unknown) =>
    endStream(call, statusOf(err));
  telemetry.ProcessTree = unary<{ processUid?: string; depth?: number }>('viewer', async (r) => {
    const tree = await options.service.processTree(r.processUid ?? '', r.depth || undefined);
    return { ...tree, unansweredHosts: [] };
  });
  telemetry.RetroHunt = (
    call: grpc.ServerWritableStream<
      { rulesYaml?: string; sinceNs?: string; untilNs?: string; hosts?: string[] },
      unknown
    >,
  ) => {
    if (!admitStream(options.tokens, call, 'viewer')) return;
    const r = call.request;
    void (async () => {
      try {
        for await (const chunk of options.service.retroHunt({
          rulesYaml: r.rulesYaml ?? '',
          ...(r.sinceNs ? { sinceNs: r.sinceNs } : {}),
          ...(r.untilNs ? { untilNs: r.untilNs } : {}),
          ...(r.hosts?.length ? { hosts: r.hosts } : {}),
        })) {
          for (const a of chunk) call.write(a);
        }
        call.end();
      } catch (err) {
        fail(call, err);
      }
    })();
  };
  const alerts = handlers.get('Alerts') as grpc.UntypedServiceImplementation;
  alerts.ListAlerts = unary<{
    sinceNs?: string;
    untilNs?: string;
    minPriority?: string;
    rules?: string[];
    limit?: string;
    cursor?: string;
  }>('viewer', (r) =>
    options.service.listAlerts({
      ...(r.sinceNs ? { sinceNs: r.sinceNs } : {}),
      ...(r.untilNs ? { untilNs: r.untilNs } : {}),
      ...(r.minPriority ? { minPriority: r.minPriority } : {}),
      ...(r.rules?.length ? { rules: r.rules } : {}),
      ...(r.limit ? { limit: Number(r.limit) } : {}),
      ...(r.cursor ? { cursor: r.cursor } : {}),
    }),
  );
  alerts.AcknowledgeAlert = unary<{ alertId?: string; note?: string }>('responder', (r, caller) =>
    options.service.acknowledgeAlert(r.alertId ?? '', r.note ?? '', caller),
  );
  alerts.Kill = unary<{ processUid?: string; pid?: number; startTimeNs?: string; signal?: number }>(
    'responder',
    (r, caller) =>
      options.service.kill(
        {
          processUid: r.processUid ?? '',
          ...(r.startTimeNs && r.startTimeNs !== '0' ? { startTimeNs: r.startTimeNs } : {}),
          ...(r.pid ? { pid: r.pid } : {}),
          ...(r.signal ? { signal: r.signal } : {}),
        },
        caller,
      ),
  );
  alerts.StreamAlerts = (
    call: grpc.ServerWritableStream<{ minPriority?: string; rules?: string[] }, unknown>,
  ) => {
    if (!admitStream(options.tokens, call, 'viewer')) return;
    const full = () => call.writableLength >= ALERT_BUFFER_MESSAGES;
    const r = call.request;
    serveLive(call, () =>
      options.service.streamAlerts(
        {
          ...(r.minPriority && r.minPriority !== 'PRIORITY_UNSPECIFIED'
            ? { minPriority: r.minPriority }
            : {}),
          ...(r.rules?.length ? { rules: r.rules } : {}),
        },
        {
          // StreamAlerts carries alerts only: what a slow client misses is said when it ends.
          event: (json) => !full() && (call.write(json()) || true),
          blocked: full,
          lost: () => false,
          end: (reason, unreported) =>
            endWithStatus(call, reason, `${unreported} alert(s) not sent`),
        },
      ),
    );
  };
  const rules = handlers.get('Rules') as grpc.UntypedServiceImplementation;
  rules.ListRules = unary('viewer', () => options.service.rules.list());
  rules.ValidateRules = unary<{ name?: string; content?: string }>('viewer', (r) =>
    options.service.rules.validate(r.name ?? '', r.content ?? ''),
  );
  rules.PutRules = unary<{ name?: string; content?: string }>('admin', (r) =>
    options.service.rules.put(r.name ?? '', r.content ?? ''),
  );
  const sensors = handlers.get('Sensors') as grpc.UntypedServiceImplementation;
  sensors.ListSensors = unary<{ hosts?: string[] }>('viewer', (r) =>
    options.service.listSensors(r.hosts),
  );
  for (const service of GRPC_SERVICES)
    server.addService(
      service === 'Telemetry'
        ? withEncodedResponses(loaded[service].service)
        : loaded[service].service,
      handlers.get(service) ?? {},
    );
  return server;
}

/**
 * Binds a server on host:port (0: a free port); resolves to the port. With TLS material, the
 * server speaks TLS, and with a client CA it requires a client certificate signed by it (mTLS).
 */
export function bindGrpc(
  server: grpc.Server,
  host: string,
  port: number,
  tls?: TlsMaterial,
): Promise<number> {
  const credentials = tls
    ? grpc.ServerCredentials.createSsl(
        tls.clientCa ?? null,
        [{ private_key: tls.key, cert_chain: tls.cert }],
        tls.clientCa !== undefined,
      )
    : grpc.ServerCredentials.createInsecure();
  return new Promise((resolve, reject) => {
    server.bindAsync(`${host}:${port}`, credentials, (err, bound) => {
      if (err) reject(err);
      else resolve(bound);
    });
  });
}
