// Live subscriptions over real sockets: SSE and gRPC see events produced after they started;
// the throttle holds and counts what it held back; refusals as for every call.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { Metadata } from '@grpc/grpc-js';
import {
  BatchPublisher,
  connectBackplane,
  ensureStreams,
  telemetrySubject,
} from '@vigil/backplane';
import { skipWithoutNatsServer, startTestServer, waitFor } from '@vigil/backplane/testkit';
import type { vigil } from '@vigil/schema';
import {
  ApiService,
  TokenStore,
  bindGrpc,
  buildGrpc,
  buildRest,
  vigilClient,
} from '../src/index.js';

let n = 0;
function event(comm: string): vigil.v1.IEvent {
  n++;
  return {
    id: `S${String(n).padStart(5, '0')}`,
    host: 'h1',
    timeNs: Date.now() * 1_000_000,
    process: { pid: 500, processUid: 'h1:500:1', comm },
    processExec: { filename: `/usr/bin/${comm}` },
  };
}

/** Reads an SSE response into parsed events as they come. */
function readSse(res: Response): {
  events: Array<{ event: string; data: Record<string, unknown> }>;
  text: () => string;
} {
  const events: Array<{ event: string; data: Record<string, unknown> }> = [];
  let buffer = '';
  let all = '';
  const reader = res.body?.getReader();
  const decoder = new TextDecoder();
  void (async () => {
    for (;;) {
      const chunk: { done: boolean; value?: Uint8Array } | undefined = await reader
        ?.read()
        .catch(() => undefined);
      if (chunk === undefined || chunk.done) return;
      const text = decoder.decode(chunk.value ?? new Uint8Array(), { stream: true });
      all += text;
      buffer += text;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const name = /^event: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (name && data)
          events.push({ event: name, data: JSON.parse(data) as Record<string, unknown> });
      }
    }
  })();
  return { events, text: () => all };
}

test(
  'Subscribe over SSE and gRPC sees events produced after it started; the throttle holds and counts the rest',
  { skip: skipWithoutNatsServer() },
  async (t) => {
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
      telemetryMaxBytes: 64 * 1024 ** 2,
      telemetryMaxAgeSeconds: 3600,
      alertsMaxBytes: 8 * 1024 ** 2,
      alertsMaxAgeSeconds: 3600,
    });
    const tokens = TokenStore.open(dir);
    const viewer = tokens.create('viewer', 'sub test');
    const service = new ApiService({ backplane: bp, hosts: () => [] });
    const app = buildRest({ service, tokens });
    cleanup.push(() => app.close());
    const address = await app.listen({ host: '127.0.0.1', port: 0 });
    const grpcServer = buildGrpc({ service, tokens });
    const port = await bindGrpc(grpcServer, '127.0.0.1', 0);
    cleanup.push(() => grpcServer.forceShutdown());
    const publisher = new BatchPublisher(bp.js);
    cleanup.push(() => publisher.close());
    const publish = async (events: vigil.v1.IEvent[]) => {
      for (const e of events) publisher.publish(telemetrySubject('h1', 'process'), e);
      await publisher.flush();
    };

    // Refusals.
    assert.equal((await fetch(`${address}/v1/subscribe`)).status, 401);
    const bad = await fetch(
      `${address}/v1/subscribe?filter=${encodeURIComponent('proc.name = (')}`,
      {
        headers: { authorization: `Bearer ${viewer}` },
      },
    );
    assert.equal(bad.status, 400);
    assert.match(await bad.text(), /"line":1/);

    // SSE: events after the subscription started, filtered.
    const abort = new AbortController();
    cleanup.push(() => abort.abort());
    const res = await fetch(
      `${address}/v1/subscribe?filter=${encodeURIComponent('proc.name = subtest')}`,
      {
        headers: { authorization: `Bearer ${viewer}` },
        signal: abort.signal,
      },
    );
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /text\/event-stream/);
    const sse = readSse(res);
    await waitFor(() => sse.text().includes(': subscribed'));
    const wanted = [event('subtest'), event('other'), event('subtest'), event('subtest')];
    await publish(wanted);
    await waitFor(() => sse.events.filter((e) => e.event === 'event').length === 3, {
      message: () => `SSE got ${sse.text()}`,
    });
    assert.deepEqual(
      sse.events.filter((e) => e.event === 'event').map((e) => e.data.id),
      [wanted[0]?.id, wanted[2]?.id, wanted[3]?.id],
    );

    // gRPC: a limit of two, then the stream ends.
    const client = vigilClient('Telemetry', `127.0.0.1:${port}`);
    cleanup.push(() => client.close());
    const md = new Metadata();
    md.set('authorization', `Bearer ${viewer}`);
    const stream = (client.Subscribe as (r: unknown, m: Metadata) => NodeJS.EventEmitter)(
      { selector: { filter: 'proc.name = grpctest' }, limit: 2 },
      md,
    );
    const got: string[] = [];
    const ended = new Promise<void>((resolve, reject) => {
      stream.on('data', (d: { event?: { id: string } }) => {
        if (d.event) got.push(d.event.id);
      });
      stream.on('end', resolve);
      stream.on('error', reject);
    });
    await new Promise((r) => setTimeout(r, 300));
    const g = [event('grpctest'), event('grpctest'), event('grpctest')];
    await publish(g);
    await ended;
    assert.deepEqual(got, [g[0]?.id, g[1]?.id]);

    // The throttle: 5 events a second; 100 published at once; the rest counted as lost.
    const abort2 = new AbortController();
    cleanup.push(() => abort2.abort());
    const res2 = await fetch(
      `${address}/v1/subscribe?filter=${encodeURIComponent('proc.name = burst')}&maxEventsPerSecond=5`,
      {
        headers: { authorization: `Bearer ${viewer}` },
        signal: abort2.signal,
      },
    );
    const sse2 = readSse(res2);
    await waitFor(() => sse2.text().includes(': subscribed'));
    await publish(Array.from({ length: 100 }, () => event('burst')));
    await waitFor(
      () => {
        const delivered = sse2.events.filter((e) => e.event === 'event').length;
        const lost = sse2.events
          .filter((e) => e.event === 'lost')
          .reduce((a, e) => a + Number(e.data.count), 0);
        return delivered + lost === 100;
      },
      { timeoutMs: 5_000, message: () => sse2.text().slice(-500) },
    );
    const delivered = sse2.events.filter((e) => e.event === 'event').length;
    assert.ok(delivered <= 6, `throttled to 5 a second, got ${delivered}`);
    assert.ok(sse2.events.some((e) => e.event === 'lost' && e.data.stage === 'api-throttle'));
  },
);
