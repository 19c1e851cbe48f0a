// Live subscriptions over real sockets: SSE and gRPC see events produced after they started;
// the throttle holds and counts what it held back; refusals as for every call.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Metadata } from '@grpc/grpc-js';
import { BatchEncoder, decodeBatch } from '@vigil/backplane';
import { skipWithoutNatsServer, waitFor } from '@vigil/backplane/testkit';
import { eventToJson, type vigil } from '@vigil/schema';
import { subscribedEvents, vigilClient } from '../src/index.js';

/** A Subscribe response as the gRPC client decodes it. */
type Live<E> = Parameters<typeof subscribedEvents<E>>[0];
import { jsonOf } from '../src/subscribe.js';
import { startRig } from './rig.js';

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

/** What an SSE reader has read: its events (all, or those kept), tallies, and the text. */
interface SseReading {
  events: Array<{ event: string; data: Record<string, unknown> }>;
  /** Events of type `event` read, kept or not. */
  delivered: () => number;
  /** The counts of the `lost` events read, summed. */
  lost: () => number;
  text: () => string;
}

/**
 * Reads an SSE response into parsed events as they come. With `keep`, only the events it
 * accepts are kept (the others are only tallied) and only the last 64 kB of text, so that a test
 * measuring memory does not measure its own reader: one small object per event of a flood of
 * 70,000 was 5-6 MiB of the stopped-clients test's heap, and put it over its bound.
 */
function readSse(res: Response, keep?: (data: Record<string, unknown>) => boolean): SseReading {
  const events: SseReading['events'] = [];
  let delivered = 0;
  let lost = 0;
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
      if (keep && all.length > 131_072) all = all.slice(-65_536);
      buffer += text;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const name = /^event: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (name && data) {
          const parsed = JSON.parse(data) as Record<string, unknown>;
          if (name === 'event') delivered++;
          if (name === 'lost') lost += Number(parsed.count);
          if (!keep || keep(parsed)) events.push({ event: name, data: parsed });
        }
      }
    }
  })();
  return { events, delivered: () => delivered, lost: () => lost, text: () => all };
}

/**
 * A gRPC Subscribe until its limit ends it: the ids it got, in order, and how many responses
 * carried them.
 */
function grpcSubscription(
  port: number,
  token: string,
  request: unknown,
  cleanup: Array<() => unknown>,
) {
  const client = vigilClient('Telemetry', `127.0.0.1:${port}`);
  cleanup.push(() => client.close());
  const md = new Metadata();
  md.set('authorization', `Bearer ${token}`);
  const stream = (client.Subscribe as (r: unknown, m: Metadata) => NodeJS.EventEmitter)(
    request,
    md,
  );
  const sub = { stream, got: [] as string[], responses: 0, ended: Promise.resolve() };
  sub.ended = new Promise<void>((resolve, reject) => {
    stream.on('data', (d: Live<{ id: string }>) => {
      sub.responses++;
      for (const e of subscribedEvents(d)) sub.got.push(e.id);
    });
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  return sub;
}

test(
  'Subscribe over SSE and gRPC sees events produced after it started; the throttle holds and counts the rest',
  { skip: skipWithoutNatsServer() },
  async (t) => {
    const { address, grpcPort: port, viewer, cleanup, publish } = await startRig(t);

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
    const limited = grpcSubscription(
      port,
      viewer,
      { selector: { filter: 'proc.name = grpctest' }, limit: 2 },
      cleanup,
    );
    await new Promise((r) => setTimeout(r, 300));
    const g = [event('grpctest'), event('grpctest'), event('grpctest')];
    await publish(g);
    await limited.ended;
    assert.deepEqual(limited.got, [g[0]?.id, g[1]?.id]);

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

test(
  'a gRPC subscriber gets the events of one backplane batch in order, several to a response',
  { skip: skipWithoutNatsServer() },
  async (t) => {
    const { grpcPort, viewer, cleanup, publish } = await startRig(t);
    const sub = grpcSubscription(
      grpcPort,
      viewer,
      { selector: { filter: 'proc.name = batched' }, limit: 500 },
      cleanup,
    );
    await new Promise<void>((resolve) => sub.stream.once('metadata', () => resolve()));
    const sent = Array.from({ length: 500 }, () => event('batched'));
    await publish(sent);
    await sub.ended;
    assert.deepEqual(
      sub.got,
      sent.map((e) => e.id),
    );
    t.diagnostic(`500 events in ${sub.responses} responses`);
    assert.ok(sub.responses <= 5, `500 events of one batch came in ${sub.responses} responses`);
  },
);

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Memory still reachable after full collections: heap and buffers (freed a little later). */
async function liveBytes(): Promise<number> {
  for (let i = 0; i < 3; i++) {
    gc();
    await new Promise((r) => setTimeout(r, 100));
  }
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

/** A live client in its own process (slow-client.ts), which the test can stop and continue. */
async function slowClient(mode: 'sse' | 'grpc', address: string, token: string, filter: string) {
  const child = spawn(
    process.execPath,
    [fileURLToPath(new URL('slow-client.js', import.meta.url)), mode, address, token, filter],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  await waitFor(() => out.includes('subscribed'), { message: () => `${mode} client: ${out}` });
  return {
    stop: () => child.kill('SIGSTOP'),
    resume: () => child.kill('SIGCONT'),
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
    },
    ended: () => {
      const line = out.split('\n').find((l) => l.startsWith('{'));
      return line === undefined
        ? undefined
        : (JSON.parse(line) as { end: Record<string, unknown>; bytes: number });
    },
  };
}

test(
  'a client that stops reading is cut off and told why; the others go on unharmed',
  { skip: skipWithoutNatsServer() },
  async (t) => {
    const cutoffMs = 2_000;
    const { address, grpcPort, viewer, cleanup, publish } = await startRig(t, {
      slowClientCutoffMs: cutoffMs,
    });
    const filter = 'proc.name in (flood, marker)';

    // The healthy subscriber reads everything it is sent.
    const abort = new AbortController();
    cleanup.push(() => abort.abort());
    const healthy = readSse(
      await fetch(`${address}/v1/subscribe?filter=${encodeURIComponent(filter)}`, {
        headers: { authorization: `Bearer ${viewer}` },
        signal: abort.signal,
      }),
      (data) => (data.process as { comm?: string } | undefined)?.comm !== 'flood',
    );
    await waitFor(() => healthy.text().includes(': subscribed'));

    const metric = async (name: string) => {
      const text = await (
        await fetch(`${address}/metrics`, { headers: { authorization: `Bearer ${viewer}` } })
      ).text();
      return Number(new RegExp(`^${name} (\\d+)$`, 'm').exec(text)?.[1]);
    };
    // A flood of events of about 8 kB each, in batches of 1000, until `done` says so; then a
    // marker the healthy subscriber must see at once. Returns how many were published and how
    // much live memory grew.
    const padding = 'x'.repeat(8000);
    let published = 0;
    const flood = async (done: (batches: number) => boolean | Promise<boolean>) => {
      const before = await liveBytes();
      for (let batches = 0; !(await done(batches)); batches++) {
        await publish(
          Array.from({ length: 1000 }, () => ({
            ...event('flood'),
            process: { pid: 500, processUid: 'h1:500:1', comm: 'flood', argv: ['flood', padding] },
          })),
        );
        published += 1000;
      }
      const marker = event('marker');
      const sentAt = Date.now();
      await publish([marker]);
      published++;
      await waitFor(() => healthy.events.some((e) => e.data.id === marker.id), {
        timeoutMs: 10_000,
        message: () => `the healthy subscriber saw ${healthy.delivered()} events`,
      });
      t.diagnostic(
        `the healthy subscriber had the marker ${Date.now() - sentAt} ms after it was published`,
      );
      return ((await liveBytes()) - before) / 1024 ** 2;
    };
    // Baseline: what 20,000 events (160 MB) cost with only the healthy subscriber.
    const baselineMiB = await flood((batches) => batches === 20);

    // Two clients that stop reading: their processes are stopped. The flood goes on until the
    // server has cut both off (its metrics say so): a stopped client's kernel buffers absorb
    // tens of megabytes first (TCP receive buffers grow to 32 MiB on this machine).
    const sse = await slowClient('sse', address, viewer, filter);
    cleanup.push(() => sse.kill());
    const grpcClient = await slowClient('grpc', `127.0.0.1:${grpcPort}`, viewer, filter);
    cleanup.push(() => grpcClient.kill());
    sse.stop();
    grpcClient.stop();
    const deadline = Date.now() + 60_000;
    const grownMiB = await flood(async (batches) => {
      if (Date.now() > deadline) assert.fail('the server never cut both stopped clients off');
      return batches >= 20 && (await metric('vigil_api_streams_cut_off_total')) === 2;
    });
    t.diagnostic(
      `live memory grew ${grownMiB.toFixed(1)} MiB over ${published} events (8 kB each) with ` +
        `two stopped clients, ${baselineMiB.toFixed(1)} MiB over 20,000 without`,
    );
    // What the server holds for the stopped clients is bounded by their streams' buffers (1 MiB
    // each, SSE and gRPC) and the gRPC client's flow-control window (1 MiB), not by the flood:
    // 3.3-6.6 MiB of heap and buffers in eleven runs of 72,000-80,000 events, with the baseline
    // -1.4 to +2.0 MiB (the garbage collector's noise, no longer subtracted). A server holding
    // 16 MiB per SSE stream instead of 1 grew 29.8 MiB here.
    assert.ok(grownMiB < 10, `memory grew ${grownMiB.toFixed(1)} MiB`);
    assert.equal(await metric('vigil_api_streams_active'), 1);

    // The clients continue: each reads what was buffered, then why it ended.
    sse.resume();
    grpcClient.resume();
    await waitFor(() => sse.ended() !== undefined && grpcClient.ended() !== undefined, {
      timeoutMs: 10_000,
      message: () => `ends: ${JSON.stringify([sse.ended(), grpcClient.ended()])}`,
    });
    const sseEnd = sse.ended()?.end ?? {};
    t.diagnostic(`SSE client read ${sse.ended()?.bytes} bytes, then ${JSON.stringify(sseEnd)}`);
    assert.match(String(sseEnd.reason), /cut off: the client read nothing for 2 s/);
    assert.ok(Number(sseEnd.lost) > 0, 'the end says how many events were not sent');
    const grpcEnd = grpcClient.ended()?.end ?? {};
    t.diagnostic(
      `gRPC client read ${grpcClient.ended()?.bytes} bytes, then ${JSON.stringify(grpcEnd)}`,
    );
    assert.equal(grpcEnd.code, 8, 'RESOURCE_EXHAUSTED');
    assert.match(String(grpcEnd.details), /cut off: the client read nothing for 2 s; \d+ event/);

    // The healthy one is still subscribed and still gets new events; delivered and lost add up.
    const after = event('marker');
    await publish([after]);
    await waitFor(() => healthy.events.some((e) => e.data.id === after.id));
    await waitFor(() => healthy.delivered() + healthy.lost() === published + 1, {
      timeoutMs: 5_000,
      message: () =>
        `the healthy subscriber: ${healthy.delivered()} delivered + ${healthy.lost()} lost, ${published + 1} published`,
    });
  },
);

test(
  'past the limit of live streams a new one is refused with 429 / RESOURCE_EXHAUSTED; a freed slot is taken again',
  { skip: skipWithoutNatsServer() },
  async (t) => {
    const { address, grpcPort, viewer, cleanup, service } = await startRig(t, { maxStreams: 1 });
    const open = async () => {
      const abort = new AbortController();
      cleanup.push(() => abort.abort());
      const res = await fetch(`${address}/v1/subscribe`, {
        headers: { authorization: `Bearer ${viewer}` },
        signal: abort.signal,
      });
      return { res, abort };
    };
    const first = await open();
    assert.equal(first.res.status, 200);
    const second = await open();
    assert.equal(second.res.status, 429);
    assert.match(await second.res.text(), /VGL_ERR_API_BUSY/);
    const client = vigilClient('Telemetry', `127.0.0.1:${grpcPort}`);
    cleanup.push(() => client.close());
    const md = new Metadata();
    md.set('authorization', `Bearer ${viewer}`);
    const refused = await new Promise<{ code: number }>((resolve) => {
      const s = (client.Subscribe as (r: unknown, m: Metadata) => NodeJS.EventEmitter)({}, md);
      s.on('error', resolve);
      s.on('data', () => undefined);
    });
    assert.equal(refused.code, 8);
    first.abort.abort();
    await waitFor(() => service.streams.active === 0);
    const third = await open();
    assert.equal(third.res.status, 200);
  },
);

test(
  'a subscriber that arrives after the last one left (SSE or gRPC) sees new events',
  { skip: skipWithoutNatsServer() },
  async (t) => {
    const { address, grpcPort, viewer, cleanup, service, publish } = await startRig(t);
    const client = vigilClient('Telemetry', `127.0.0.1:${grpcPort}`);
    cleanup.push(() => client.close());
    const md = new Metadata();
    md.set('authorization', `Bearer ${viewer}`);
    const sseRound = async (comm: string) => {
      const abort = new AbortController();
      cleanup.push(() => abort.abort());
      const res = await fetch(
        `${address}/v1/subscribe?filter=${encodeURIComponent(`proc.name = ${comm}`)}`,
        { headers: { authorization: `Bearer ${viewer}` }, signal: abort.signal },
      );
      const sse = readSse(res);
      await waitFor(() => sse.text().includes(': subscribed'));
      await publish([event(comm)]);
      await waitFor(() => sse.events.some((e) => e.event === 'event'), {
        message: () => `SSE subscriber for ${comm} got ${sse.text()}`,
      });
      abort.abort();
      await waitFor(() => service.streams.active === 0);
    };
    const grpcRound = async (comm: string) => {
      const s = (
        client.Subscribe as (
          r: unknown,
          m: Metadata,
        ) => NodeJS.EventEmitter & {
          cancel(): void;
        }
      )({ selector: { filter: `proc.name = ${comm}` } }, md);
      const got: unknown[] = [];
      s.on('data', (d: Live<unknown>) => got.push(...subscribedEvents(d)));
      s.on('error', () => undefined);
      await new Promise<void>((resolve) => s.once('metadata', () => resolve()));
      await publish([event(comm)]);
      await waitFor(() => got.length > 0, {
        message: () => `gRPC subscriber for ${comm} got nothing`,
      });
      s.cancel();
      await waitFor(() => service.streams.active === 0);
    };
    // Each round starts the shared feed again: it stopped when the round before it ended.
    await sseRound('first');
    await grpcRound('second');
    await sseRound('third');
    await sseRound('fourth');
    await grpcRound('fifth');
    await grpcRound('sixth');
  },
);

test("a live event's JSON, made with its process's JSON shared, is the canonical JSON to the byte", () => {
  const p = {
    pid: 5,
    processUid: 'h:5:1',
    argv: ['a', 'b'],
    ancestors: [{ pid: 1, comm: 'init', argv: ['/sbin/init'] }],
  };
  const events: vigil.v1.IEvent[] = [
    {
      id: 'a',
      host: 'h',
      timeNs: 1,
      seq: 2,
      process: p,
      container: { id: 'c1' },
      fileOpen: { path: '/x' },
    },
    { id: 'b', host: 'h', timeNs: 2, process: p, processExit: { code: 1 } },
    { id: 'c', host: 'h', timeNs: 3, fileOpen: { path: '/y' } },
  ];
  const enc = new BatchEncoder({ sharedProcesses: true });
  for (const e of events) enc.add(e);
  const decoded = decodeBatch(enc.finish());
  assert.equal(decoded[0]?.process, decoded[1]?.process);
  for (const [i, e] of decoded.entries()) {
    assert.equal(
      JSON.stringify(jsonOf(e)),
      JSON.stringify(eventToJson(events[i] as vigil.v1.IEvent)),
    );
  }
});
