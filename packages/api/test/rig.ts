// The API on a real nats-server with its REST and gRPC faces on random loopback ports, torn down
// in order after the test; optionally a flight recorder for host h1 in this process.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import {
  BatchPublisher,
  TELEMETRY_STREAM,
  connectBackplane,
  ensureStreams,
  telemetrySubject,
  type Backplane,
} from '@vigil/backplane';
import { startTestServer, waitFor } from '@vigil/backplane/testkit';
import { createLogger } from '@vigil/common';
import { FlightRecorder, RECORDER_DURABLE, RecorderStore } from '@vigil/flight-recorder';
import type { EventCategory, vigil } from '@vigil/schema';
import {
  ApiService,
  type ApiServiceOptions,
  TokenStore,
  type TlsMaterial,
  ensureAdminToken,
  bindGrpc,
  buildGrpc,
  buildRest,
} from '../src/index.js';

export interface Rig {
  address: string;
  grpcPort: number;
  viewer: string;
  cleanup: Array<() => unknown>;
  bp: Backplane;
  /** The API's data directory (tokens). */
  dir: string;
  /** The admin token's file, as `vigil up` writes it. */
  adminFile: string;
  service: ApiService;
  tokens: TokenStore;
  /** Publishes as host h1 and waits for JetStream (and the recorder, when there is one). */
  publish: (events: vigil.v1.IEvent[], category?: EventCategory) => Promise<void>;
}

/** A NATS server, a backplane, the API's REST and gRPC faces; torn down in order after the test. */
export async function startRig(
  t: TestContext,
  serviceOptions: Partial<ApiServiceOptions> = {},
  options: { recorder?: boolean; bodyLimit?: number; tls?: TlsMaterial } = {},
): Promise<Rig> {
  const srv = await startTestServer();
  const dir = mkdtempSync(join(tmpdir(), 'vigil-sub-'));
  const bp = await connectBackplane({ servers: srv.url, name: 'sub-test' });
  // One cleanup, in order: streams, servers, publisher, then the backplane.
  const cleanup: Array<() => unknown> = [];
  t.after(async () => {
    for (const fn of cleanup.reverse()) await fn();
    await bp.close();
    await srv.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  await ensureStreams(bp.jsm, {
    telemetryMaxBytes: 256 * 1024 ** 2,
    telemetryMaxAgeSeconds: 3600,
    alertsMaxBytes: 8 * 1024 ** 2,
    alertsMaxAgeSeconds: 3600,
  });
  if (options.recorder) {
    const store = await RecorderStore.open(join(dir, 'recorder'));
    const logger = createLogger({ level: 'warn', name: 'api-test' });
    const recorder = new FlightRecorder({ backplane: bp, store, host: 'h1', logger });
    await recorder.start();
    cleanup.push(
      () => store.close(),
      () => recorder.stop(),
    );
  }
  // As vigil up does: the admin token first (admin.token), then the store.
  const adminFile = ensureAdminToken(dir);
  const tokens = TokenStore.open(dir);
  const viewer = tokens.create('viewer', 'sub test');
  const service = new ApiService({
    backplane: bp,
    hosts: () => [],
    dataDir: dir,
    rulesDir: join(dir, 'rules.d'),
    ...serviceOptions,
  });
  const app = buildRest({
    service,
    tokens,
    ...(options.bodyLimit ? { bodyLimit: options.bodyLimit } : {}),
    ready: () => !bp.nc.isClosed(),
    ...(options.tls ? { tls: options.tls } : {}),
  });
  cleanup.push(() => app.close());
  cleanup.push(() => service.close());
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  const grpcServer = buildGrpc({
    service,
    tokens,
    ...(options.bodyLimit ? { maxMessageBytes: options.bodyLimit } : {}),
  });
  const grpcPort = await bindGrpc(grpcServer, '127.0.0.1', 0, options.tls);
  cleanup.push(() => grpcServer.forceShutdown());
  const publisher = new BatchPublisher(bp.js);
  cleanup.push(() => publisher.close());
  // Publishes and waits for JetStream; then purges what every reader is done with (durable
  // consumers: acknowledged; the API's live feed: delivered), so that long floods fit the stream.
  const publish = async (events: vigil.v1.IEvent[], category: EventCategory = 'process') => {
    for (const e of events) {
      while (!publisher.publish(telemetrySubject('h1', category), e)) await publisher.ready();
    }
    await publisher.flush();
    if (options.recorder) {
      await waitFor(async () => {
        const ci = await bp.jsm.consumers.info(TELEMETRY_STREAM, RECORDER_DURABLE);
        return ci.num_pending === 0 && ci.num_ack_pending === 0;
      });
    }
    let read: number | undefined;
    for await (const ci of bp.jsm.consumers.list(TELEMETRY_STREAM)) {
      const done = ci.config.durable_name ? ci.ack_floor.stream_seq : ci.delivered.stream_seq;
      read = Math.min(read ?? Infinity, done);
    }
    if (read) await bp.jsm.streams.purge(TELEMETRY_STREAM, { seq: read + 1 });
  };
  return { address, grpcPort, viewer, cleanup, bp, dir, adminFile, service, tokens, publish };
}
