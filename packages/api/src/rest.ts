// The REST face of the API (fastify): every call but the health checks needs a bearer token,
// and each route says the least role it needs. Refusals are clear 4xx answers with a stable
// code: 401 without a valid token, 403 for a role too small, 400 for a bad request (a filter's
// error carries its line and column), 413 for a body over the limit.
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { ApiService, HistoryQuery } from './service.js';
import type { SubscriptionSink } from './subscribe.js';
import { busyError, callerError, notFoundError, unavailableError } from './errors.js';
import { ROLES, type Role, type TokenStore, authorizeBearer } from './tokens.js';

export interface RestOptions {
  service: ApiService;
  tokens: TokenStore;
  /** Largest request body, bytes. */
  bodyLimit?: number;
  /** Whether the backplane is usable (for /readyz). */
  ready?: () => boolean;
  /** TLS: PEM contents. */
  tls?: TlsMaterial;
  /** The web console's built assets (@vigil/console's dist/www), served at /console/. */
  consoleDir?: string;
}

/** PEM contents of a server's certificate chain and key, and of a CA for client certificates. */
export interface TlsMaterial {
  cert: Buffer;
  key: Buffer;
  clientCa?: Buffer;
}

/**
 * What a live stream may hold for a client that reads slower than events come, bytes: enough for
 * bursts, bounded so that a slow client costs little memory (see subscribe.ts).
 */
export const STREAM_BUFFER_BYTES = 1024 * 1024;

/** How long a stream that was cut off may take to flush its last words before its socket goes. */
const END_GRACE_MS = 5_000;

/** Most alerts one REST retro-hunt answers with (gRPC streams them all). */
const MAX_HUNT_ALERTS = 10_000;

/** Default largest request body: 1 MiB. */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The least role a route needs; absent: public (health checks only). */
    role?: Role;
  }
  interface FastifyRequest {
    caller?: { role: Role; name: string };
  }
}

interface ErrorBody {
  error: { code: string; message: string; line?: number; column?: number };
}

function fail(
  reply: FastifyReply,
  status: number,
  code: string,
  message: string,
  extra: Partial<ErrorBody['error']> = {},
): FastifyReply {
  return reply.code(status).send({ error: { code, message, ...extra } } satisfies ErrorBody);
}

/** A comma-separated query parameter as a list; absent or empty: undefined. */
const list = (v: string | undefined) => (v ? v.split(',').filter(Boolean) : undefined);

/**
 * A Server-Sent Events response as a stream's sink. Nothing is written until `open` or the first
 * message, so the request can still be refused with a 4xx before that. A client that does not
 * keep up: past STREAM_BUFFER_BYTES waiting in its connection, what cannot be written is dropped
 * (and counted by the stream), never buffered without bound.
 */
function sseStream(reply: FastifyReply): { sink: SubscriptionSink; open: () => void } {
  const res = reply.raw;
  // Node's HTTP response corks its socket for the rest of the tick at its first write, so
  // everything one turn writes waits in the process until the tick ends: a turn that handles a
  // burst (one read of the backplane's socket is hundreds of events here, ten times larger as
  // JSON) fills the buffer although the client reads as fast as it comes. Measured in bench/api
  // at 10,000 events/s: every event dropped as a slow client was dropped with the socket corked,
  // a third of them all. So a full buffer is first handed to the kernel, and the client is slow
  // only if it is still full after that.
  const full = () => {
    if (res.writableLength < STREAM_BUFFER_BYTES) return false;
    if (!res.socket?.writableCorked) return true;
    res.socket.uncork();
    return res.writableLength >= STREAM_BUFFER_BYTES;
  };
  const open = () => {
    if (res.headersSent) return;
    void reply.hijack();
    res.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
    });
    res.write(': subscribed\n\n');
  };
  const write = (event: string, data: unknown): boolean => {
    open();
    return res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  };
  return {
    open,
    sink: {
      event: (json) => {
        if (full()) return false;
        write('event', json());
        return true;
      },
      blocked: full,
      lost: (lost) => !full() && (write('lost', lost) || true),
      end: (reason, unreported) => {
        write('end', { reason, lost: unreported });
        res.end();
        // A client cut off for not reading may never read its last words: the socket goes
        // after a grace period, so nothing it holds outlives it.
        if (full()) {
          const grace = setTimeout(() => res.destroy(), END_GRACE_MS);
          grace.unref();
          res.once('close', () => clearTimeout(grace));
        }
      },
    },
  };
}

/**
 * A schema refusal that says where: Ajv's "must NOT have additional properties" names the
 * property it found (in params), which its message leaves out.
 */
function validationMessage(err: Error & { validation?: unknown }): string {
  const first = Array.isArray(err.validation)
    ? (err.validation[0] as { params?: { additionalProperty?: string } } | undefined)
    : undefined;
  const extra = first?.params?.additionalProperty;
  return extra ? `${err.message}: '${extra}' is not one of them` : err.message;
}

/** Builds the REST app (not listening yet). */
export function buildRest(options: RestOptions): FastifyInstance {
  // Live streams never end by themselves: closing the server closes them.
  const tls = options.tls;
  const root = Fastify({
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    // Fastify's Ajv drops properties a schema does not list (removeAdditional); a field the
    // API does not know is a caller's mistake to refuse, not to ignore (a filter beside the
    // selector instead of in it would make a query answer everything).
    ajv: { customOptions: { removeAdditional: false } },
    logger: false,
    forceCloseConnections: true,
    ...(tls
      ? {
          https: {
            cert: tls.cert,
            key: tls.key,
            minVersion: 'TLSv1.2' as const,
            // A client certificate is asked for, not required: tokens authenticate REST callers.
            ...(tls.clientCa
              ? { ca: tls.clientCa, requestCert: true, rejectUnauthorized: false }
              : {}),
          },
        }
      : {}),
  }) as unknown as FastifyInstance;
  // The OpenAPI document, made from the routes' own schemas, and its docs page at /docs (assets
  // served from the package, nothing from a CDN). Public: it describes the API, holds no data.
  void root.register(swagger, {
    openapi: {
      info: {
        title: 'Vigil API',
        version: '1',
        description:
          'Every call but /healthz, /readyz and /docs needs `Authorization: Bearer <token>`; ' +
          'roles viewer < responder < admin.',
      },
      components: {
        securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      },
      security: [{ bearer: [] }],
    },
  });
  void root.register(swaggerUi, { routePrefix: '/docs' });
  if (options.consoleDir !== undefined) {
    // The console: static files, public like /docs (they hold no data; every call they make
    // needs a token). Its own content security policy: nothing from anywhere else.
    void root.register(fastifyStatic, {
      root: options.consoleDir,
      prefix: '/console/',
      index: 'index.html',
      setHeaders: (res) => {
        void res.header(
          'content-security-policy',
          "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; frame-ancestors 'none'; base-uri 'none'",
        );
        void res.header('x-content-type-options', 'nosniff');
        void res.header('referrer-policy', 'no-referrer');
      },
    });
    root.get('/console', { schema: { hide: true } }, (_request, reply) =>
      reply.redirect('/console/'),
    );
  }
  void root.register((app: FastifyInstance, _opts: unknown, done: () => void) => {
    routes(app, options);
    done();
  });
  return root;
}

/** The API's routes, after the docs plugins so that the OpenAPI document sees them. */
function routes(app: FastifyInstance, options: RestOptions): void {
  const metrics = { requests: 0, refused: new Map<number, number>() };

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    metrics.requests++;
    const needed = request.routeOptions.config.role;
    if (needed === undefined) return;
    const auth = authorizeBearer(
      options.tokens,
      request.headers.authorization ?? '',
      needed,
      'Authorization',
    );
    if ('refused' in auth) {
      if (auth.refused === 'forbidden')
        return fail(reply, 403, 'VGL_ERR_API_FORBIDDEN', auth.message);
      void reply.header('www-authenticate', 'Bearer realm="vigil"');
      return fail(reply, 401, 'VGL_ERR_API_UNAUTHENTICATED', auth.message);
    }
    request.caller = auth.caller;
  });

  app.addHook('onSend', async (_request, reply, payload) => {
    if (reply.statusCode >= 400)
      metrics.refused.set(reply.statusCode, (metrics.refused.get(reply.statusCode) ?? 0) + 1);
    return payload;
  });

  app.setErrorHandler((err: Error & { statusCode?: number; code?: string }, _request, reply) => {
    const caller = callerError(err);
    if (caller !== undefined) {
      const pos = 'pos' in caller ? { line: caller.pos.line, column: caller.pos.col } : {};
      return fail(reply, 400, caller.code, caller.message, pos);
    }
    const busy = busyError(err);
    if (busy !== undefined) return fail(reply, 429, busy.code, busy.message);
    const missing = notFoundError(err);
    if (missing !== undefined) return fail(reply, 404, missing.code, missing.message);
    const away = unavailableError(err);
    if (away !== undefined) return fail(reply, 504, away.code, away.message);
    if (err.statusCode === 413) return fail(reply, 413, 'VGL_ERR_API_TOO_LARGE', err.message);
    if (err.statusCode !== undefined && err.statusCode >= 400 && err.statusCode < 500) {
      return fail(reply, err.statusCode, 'VGL_ERR_API_BAD_REQUEST', validationMessage(err));
    }
    return fail(reply, 500, 'VGL_ERR_INTERNAL', 'internal error; the server log says more');
  });

  app.get('/healthz', (_request, reply) => reply.send({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) =>
    (options.ready?.() ?? true)
      ? { status: 'ready' }
      : reply.code(503).send({ status: 'not ready' }),
  );

  const queryBody = {
    type: 'object',
    additionalProperties: false,
    properties: {
      selector: {
        type: 'object',
        additionalProperties: false,
        properties: {
          filter: { type: 'string', maxLength: 65536 },
          kinds: { type: 'array', items: { type: 'string' }, maxItems: 64 },
          hosts: { type: 'array', items: { type: 'string' }, maxItems: 4096 },
          containers: { type: 'array', items: { type: 'string' }, maxItems: 4096 },
        },
      },
      sinceNs: { type: 'string', pattern: '^[0-9]{0,20}$' },
      untilNs: { type: 'string', pattern: '^[0-9]{0,20}$' },
      limit: { type: 'integer', minimum: 0 },
      cursor: { type: 'string', maxLength: 65536 },
    },
  } as const;

  app.post<{
    Body: {
      selector?: HistoryQuery;
      sinceNs?: string;
      untilNs?: string;
      limit?: number;
      cursor?: string;
    };
  }>('/v1/query', { config: { role: 'viewer' }, schema: { body: queryBody } }, async (request) => {
    const b = request.body ?? {};
    const s = b.selector ?? {};
    return options.service.query({
      ...(s.filter !== undefined ? { filter: s.filter } : {}),
      ...(s.kinds ? { kinds: s.kinds } : {}),
      ...(s.hosts ? { hosts: s.hosts } : {}),
      ...(s.containers ? { containers: s.containers } : {}),
      ...(b.sinceNs !== undefined ? { sinceNs: b.sinceNs } : {}),
      ...(b.untilNs !== undefined ? { untilNs: b.untilNs } : {}),
      ...(b.limit !== undefined ? { limit: b.limit } : {}),
      ...(b.cursor !== undefined ? { cursor: b.cursor } : {}),
    });
  });

  app.get<{
    Querystring: {
      filter?: string;
      kinds?: string;
      hosts?: string;
      containers?: string;
      maxEventsPerSecond?: number;
      limit?: number;
    };
  }>(
    '/v1/subscribe',
    {
      config: { role: 'viewer' },
      schema: {
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            filter: { type: 'string', maxLength: 65536 },
            kinds: { type: 'string' },
            hosts: { type: 'string' },
            containers: { type: 'string' },
            maxEventsPerSecond: { type: 'number', minimum: 0 },
            limit: { type: 'integer', minimum: 0 },
          },
        },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const sse = sseStream(reply);
      // Rejects (a 400 through the error handler) before anything is written.
      const stop = await options.service.subscribe(
        {
          ...(q.filter ? { filter: q.filter } : {}),
          ...(list(q.kinds) ? { kinds: list(q.kinds) } : {}),
          ...(list(q.hosts) ? { hosts: list(q.hosts) } : {}),
          ...(list(q.containers) ? { containers: list(q.containers) } : {}),
        },
        { maxEventsPerSecond: q.maxEventsPerSecond ?? 0, limit: q.limit ?? 0 },
        sse.sink,
      );
      sse.open();
      request.raw.on('close', () => stop());
    },
  );

  const ns = { type: 'string', pattern: '^[0-9]{0,20}$' } as const;
  const csv = { type: 'string', maxLength: 65536 } as const;

  // Who the token is: its name and role (the console shows what the role allows).
  app.get('/v1/whoami', { config: { role: 'viewer' } }, (request, reply) =>
    reply.send({ name: request.caller?.name ?? '', role: request.caller?.role ?? 'viewer' }),
  );

  app.get<{ Querystring: { hosts?: string } }>(
    '/v1/sensors',
    {
      config: { role: 'viewer' },
      schema: {
        querystring: { type: 'object', additionalProperties: false, properties: { hosts: csv } },
      },
    },
    (request, reply) => reply.send(options.service.listSensors(list(request.query.hosts))),
  );

  interface AlertsQuery {
    sinceNs?: string;
    untilNs?: string;
    minPriority?: string;
    rules?: string;
    limit?: number;
    cursor?: string;
  }
  const alertsQuery = {
    type: 'object',
    additionalProperties: false,
    properties: {
      sinceNs: ns,
      untilNs: ns,
      minPriority: { type: 'string', maxLength: 40 },
      rules: csv,
      limit: { type: 'integer', minimum: 0 },
      cursor: { type: 'string', maxLength: 40 },
    },
  } as const;
  app.get<{ Querystring: AlertsQuery }>(
    '/v1/alerts',
    { config: { role: 'viewer' }, schema: { querystring: alertsQuery } },
    async (request) => {
      const q = request.query;
      const rules = list(q.rules);
      return options.service.listAlerts({
        ...(q.sinceNs ? { sinceNs: q.sinceNs } : {}),
        ...(q.untilNs ? { untilNs: q.untilNs } : {}),
        ...(q.minPriority ? { minPriority: q.minPriority } : {}),
        ...(rules ? { rules } : {}),
        ...(q.limit !== undefined ? { limit: q.limit } : {}),
        ...(q.cursor ? { cursor: q.cursor } : {}),
      });
    },
  );

  app.get<{ Querystring: { minPriority?: string; rules?: string } }>(
    '/v1/alerts/stream',
    {
      config: { role: 'viewer' },
      schema: {
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { minPriority: { type: 'string', maxLength: 40 }, rules: csv },
        },
      },
    },
    async (request, reply) => {
      const sse = sseStream(reply);
      const rules = list(request.query.rules);
      const stop = await options.service.streamAlerts(
        {
          ...(request.query.minPriority ? { minPriority: request.query.minPriority } : {}),
          ...(rules ? { rules } : {}),
        },
        sse.sink,
      );
      sse.open();
      request.raw.on('close', () => stop());
    },
  );

  app.post<{ Params: { id: string }; Body: { note?: string } }>(
    '/v1/alerts/:id/ack',
    {
      config: { role: 'responder' },
      schema: {
        params: { type: 'object', properties: { id: { type: 'string', maxLength: 200 } } },
        body: {
          type: 'object',
          additionalProperties: false,
          properties: { note: { type: 'string', maxLength: 4096 } },
        },
      },
    },
    (request, reply) =>
      reply.send(
        options.service.acknowledgeAlert(
          request.params.id,
          request.body?.note ?? '',
          request.caller?.name ?? 'unknown',
        ),
      ),
  );

  app.post<{ Body: { processUid: string; startTimeNs?: string; pid?: number; signal?: number } }>(
    '/v1/kill',
    {
      config: { role: 'responder' },
      schema: {
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['processUid'],
          properties: {
            processUid: { type: 'string', minLength: 3, maxLength: 300 },
            startTimeNs: ns,
            pid: { type: 'integer', minimum: 2, maximum: 4194304 },
            signal: { type: 'integer', minimum: 0, maximum: 64 },
          },
        },
      },
    },
    async (request) => {
      const b = request.body;
      return options.service.kill(
        {
          processUid: b.processUid,
          ...(b.startTimeNs ? { startTimeNs: b.startTimeNs } : {}),
          ...(b.pid !== undefined ? { pid: b.pid } : {}),
          ...(b.signal !== undefined ? { signal: b.signal } : {}),
        },
        request.caller?.name ?? 'unknown',
      );
    },
  );

  app.get<{ Params: { processUid: string }; Querystring: { depth?: number } }>(
    '/v1/tree/:processUid',
    {
      config: { role: 'viewer' },
      schema: {
        params: { type: 'object', properties: { processUid: { type: 'string', maxLength: 300 } } },
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { depth: { type: 'integer', minimum: 0, maximum: 64 } },
        },
      },
    },
    async (request) => options.service.processTree(request.params.processUid, request.query.depth),
  );

  app.post<{ Body: { rulesYaml: string; sinceNs?: string; untilNs?: string; hosts?: string[] } }>(
    '/v1/hunt',
    {
      config: { role: 'viewer' },
      schema: {
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['rulesYaml'],
          properties: {
            rulesYaml: { type: 'string', minLength: 1, maxLength: 1048576 },
            sinceNs: ns,
            untilNs: ns,
            hosts: { type: 'array', items: { type: 'string' }, maxItems: 4096 },
          },
        },
      },
    },
    async (request) => {
      // At most MAX_HUNT_ALERTS in one answer: a rule that matches everything says so.
      const alerts: Array<Record<string, unknown>> = [];
      let truncated = false;
      for await (const chunk of options.service.retroHunt(request.body)) {
        alerts.push(...chunk.slice(0, MAX_HUNT_ALERTS - alerts.length));
        if (alerts.length >= MAX_HUNT_ALERTS) {
          truncated = true;
          break;
        }
      }
      return { alerts, truncated };
    },
  );

  app.get('/v1/rules', { config: { role: 'viewer' } }, (_request, reply) =>
    reply.send(options.service.rules.list()),
  );
  const rulesFile = {
    type: 'object',
    additionalProperties: false,
    required: ['content'],
    properties: {
      name: { type: 'string', maxLength: 100 },
      content: { type: 'string', maxLength: 4 * 1024 * 1024 },
    },
  } as const;
  app.post<{ Body: { name?: string; content: string } }>(
    '/v1/rules/validate',
    { config: { role: 'viewer' }, schema: { body: rulesFile } },
    (request, reply) =>
      reply.send(options.service.rules.validate(request.body.name ?? '', request.body.content)),
  );
  // A file put through the API, as it was put (the console's enable/disable file among them).
  app.get<{ Params: { name: string } }>(
    '/v1/rules/:name',
    {
      config: { role: 'admin' },
      schema: {
        params: { type: 'object', properties: { name: { type: 'string', maxLength: 100 } } },
      },
    },
    (request, reply) => reply.send(options.service.rules.get(request.params.name)),
  );
  app.put<{ Params: { name: string }; Body: { content: string } }>(
    '/v1/rules/:name',
    {
      config: { role: 'admin' },
      schema: {
        params: { type: 'object', properties: { name: { type: 'string', maxLength: 100 } } },
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['content'],
          properties: { content: rulesFile.properties.content },
        },
      },
    },
    (request, reply) =>
      reply.send(options.service.rules.put(request.params.name, request.body.content)),
  );

  app.post<{ Body: { role: Role; name: string } }>(
    '/v1/tokens',
    {
      config: { role: 'admin' },
      schema: {
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['role', 'name'],
          properties: {
            role: { type: 'string', enum: [...ROLES] },
            name: { type: 'string', minLength: 1, maxLength: 200 },
          },
        },
      },
    },
    async (request, reply) =>
      reply.code(201).send({
        token: options.tokens.create(request.body.role, request.body.name),
        role: request.body.role,
      }),
  );

  app.get('/metrics', { config: { role: 'viewer' } }, async (_request, reply) => {
    const streams = options.service.streams;
    const lines = [
      '# HELP vigil_api_requests_total Requests received by the REST API.',
      '# TYPE vigil_api_requests_total counter',
      `vigil_api_requests_total ${metrics.requests}`,
      '# HELP vigil_api_refused_total Requests answered with an error, by status.',
      '# TYPE vigil_api_refused_total counter',
      ...[...metrics.refused].map(
        ([status, n]) => `vigil_api_refused_total{status="${status}"} ${n}`,
      ),
      '# HELP vigil_api_streams_active Live streams open now (SSE and gRPC).',
      '# TYPE vigil_api_streams_active gauge',
      `vigil_api_streams_active ${streams.active}`,
      '# HELP vigil_api_streams_started_total Live streams started.',
      '# TYPE vigil_api_streams_started_total counter',
      `vigil_api_streams_started_total ${streams.started}`,
      '# HELP vigil_api_streams_cut_off_total Live streams ended because their client stopped reading.',
      '# TYPE vigil_api_streams_cut_off_total counter',
      `vigil_api_streams_cut_off_total ${streams.cutOff}`,
      '# HELP vigil_api_stream_events_not_sent_total Events live streams did not send, by stage.',
      '# TYPE vigil_api_stream_events_not_sent_total counter',
      ...[...streams.notSent].map(
        ([stage, n]) => `vigil_api_stream_events_not_sent_total{stage="${stage}"} ${n}`,
      ),
    ];
    return reply.type('text/plain; version=0.0.4').send(`${lines.join('\n')}\n`);
  });
}
