import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import {
  BatchConsumer,
  BatchPublisher,
  TELEMETRY_STREAM,
  connectBackplane,
  StreamTrimmer,
  ensureStreams,
  telemetrySubject,
  trimAcknowledged,
} from '../src/index.js';
import { setBackgroundErrorHandler } from '@vigil/common';
import { AckPolicy } from '@nats-io/jetstream';
import { nanos } from '@nats-io/transport-node';
import type { Backplane } from '../src/index.js';
import { skipWithoutNatsServer, startTestServer, waitFor } from '../src/testkit.js';
import type { TestServer } from '../src/testkit.js';
import { TEST_LIMITS, sampleEvent, setUp } from './helpers.js';

const skip = skipWithoutNatsServer();

// A collection before measuring, so that the heap figure is what is live, not garbage.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
function heapAfterGc(): number {
  gc();
  return process.memoryUsage().heapUsed;
}

async function fixture(t: {
  after: (fn: () => Promise<void>) => void;
}): Promise<{ srv: TestServer; bp: Backplane }> {
  const srv = await startTestServer();
  const bp = await connectBackplane({ servers: srv.url, name: 'test' });
  t.after(async () => {
    await bp.close();
    await srv.stop();
  });
  return { srv, bp };
}

test(
  'streams are created with their limits, and setting them up again changes nothing',
  { skip },
  async (t) => {
    const { bp } = await fixture(t);
    await Promise.all([ensureStreams(bp.jsm, TEST_LIMITS), ensureStreams(bp.jsm, TEST_LIMITS)]);
    const info = await bp.jsm.streams.info(TELEMETRY_STREAM);
    assert.equal(info.config.max_bytes, TEST_LIMITS.telemetryMaxBytes);
    assert.equal(info.config.discard, 'new');
    assert.equal(info.config.retention, 'limits');
    await ensureStreams(bp.jsm, TEST_LIMITS);
    const again = await bp.jsm.streams.info(TELEMETRY_STREAM);
    assert.deepEqual(again.config, info.config);
    await ensureStreams(bp.jsm, {
      ...TEST_LIMITS,
      telemetryMaxBytes: TEST_LIMITS.telemetryMaxBytes * 2,
    });
    const bigger = await bp.jsm.streams.info(TELEMETRY_STREAM);
    assert.equal(bigger.config.max_bytes, TEST_LIMITS.telemetryMaxBytes * 2);
  },
);

test('events go through in batches, in order, each acknowledged once', { skip }, async (t) => {
  const { bp } = await fixture(t);
  await setUp(bp, 'pipeline');
  const received: string[] = [];
  let batches = 0;
  const consumer = new BatchConsumer(bp.js, {
    stream: TELEMETRY_STREAM,
    durable: 'pipeline',
    handler: async (batch) => {
      batches++;
      for (const e of batch.events) received.push(e.id);
      await Promise.resolve();
    },
  });
  await consumer.start();
  t.after(() => consumer.stop());
  // An ephemeral reader that reads nothing (as the API's live feed may lag): the trimmer does
  // not wait for it, only for durable consumers.
  await bp.jsm.consumers.add(TELEMETRY_STREAM, {
    ack_policy: AckPolicy.None,
    inactive_threshold: nanos(60_000),
  });
  const pub = new BatchPublisher(bp.js, { maxBatchBytes: 16 * 1024 });
  t.after(() => pub.close(1_000));
  const subject = telemetrySubject('test-host', 'file');
  const n = 20_000;
  for (let i = 0; i < n; i++) {
    while (!pub.publish(subject, sampleEvent(i))) await pub.ready();
  }
  await pub.flush();
  const stats = pub.stats();
  assert.equal(stats.eventsAcked, n);
  assert.ok(stats.batchesAcked < n / 50, `expected batching, got ${stats.batchesAcked} batches`);
  await waitFor(() => received.length >= n, { message: `received ${received.length} of ${n}` });
  assert.deepEqual(
    received,
    Array.from({ length: n }, (_, i) => `ev-${i}`),
  );
  assert.equal(batches, stats.batchesAcked);
  await waitFor(() => consumer.stats().batchesAcked === batches);
  const info = await bp.jsm.streams.info(TELEMETRY_STREAM);
  // Everything is acknowledged, so the trimmer may purge it all.
  assert.equal(info.state.messages, batches);
  await waitFor(
    async () => (await bp.jsm.consumers.info(TELEMETRY_STREAM, 'pipeline')).num_ack_pending === 0,
  );
  assert.equal(await trimAcknowledged(bp.jsm, TELEMETRY_STREAM), batches);
  assert.equal((await bp.jsm.streams.info(TELEMETRY_STREAM)).state.messages, 0);
  await pub.close();
});

test(
  'a publisher that outruns its consumer is pushed back, memory stays bounded, nothing accepted is lost',
  { skip },
  async (t) => {
    const { bp } = await fixture(t);
    // A stream of 2 MiB and a consumer that takes 20 ms per batch: the stream fills, refuses
    // publishes (discard new), the publisher's window fills, and publish() returns false.
    const limits = { ...TEST_LIMITS, telemetryMaxBytes: 2 * 1024 * 1024 };
    await setUp(bp, 'slow', limits);
    const received = new Set<string>();
    const consumer = new BatchConsumer(bp.js, {
      stream: TELEMETRY_STREAM,
      durable: 'slow',
      handler: async (batch) => {
        await new Promise((r) => setTimeout(r, 20));
        for (const e of batch.events) received.add(e.id);
      },
    });
    await consumer.start();
    const trimmer = new StreamTrimmer(bp.jsm, TELEMETRY_STREAM, { intervalMs: 50 });
    trimmer.start();
    t.after(async () => {
      await trimmer.stop();
      await consumer.stop();
    });
    const window = 4;
    const maxBatchBytes = 32 * 1024;
    const pub = new BatchPublisher(bp.js, {
      // Uncompressed, so that the 2 MiB stream holds a predictable number of events.
      compression: 'none',
      maxBatchBytes,
      window,
      retryDelayMs: 10,
      maxRetryDelayMs: 100,
    });
    const subject = telemetrySubject('test-host', 'file');
    const accepted: string[] = [];
    t.after(() => pub.close(1_000));
    let maxWindow = 0;
    let maxHeld = 0;
    let maxStreamBytes = 0;
    const heapBefore = heapAfterGc();
    const until = Date.now() + 4_000;
    let i = 0;
    while (Date.now() < until) {
      const ev = sampleEvent(i++);
      if (pub.publish(subject, ev)) accepted.push(ev.id as string);
      const st = pub.stats();
      maxWindow = Math.max(maxWindow, st.windowUsed);
      maxHeld = Math.max(maxHeld, st.bytesHeld);
      if (i % 2000 === 0) {
        maxStreamBytes = Math.max(
          maxStreamBytes,
          (await bp.jsm.streams.info(TELEMETRY_STREAM)).state.bytes,
        );
        await new Promise((r) => setImmediate(r));
      }
    }
    const heapGrowth = heapAfterGc() - heapBefore;
    const stats = pub.stats();
    assert.ok(stats.eventsRefused > 0, 'the publisher must refuse events once the window is full');
    assert.ok(maxWindow <= window, `window ${maxWindow} exceeded ${window}`);
    assert.ok(maxStreamBytes <= limits.telemetryMaxBytes, `stream held ${maxStreamBytes} bytes`);
    // Bounded: the window plus one open batch per subject (one here), each at most one event over.
    assert.ok(maxHeld <= (window + 1) * maxBatchBytes, `publisher held ${maxHeld} bytes`);
    // The heap after a collection grew by no more than the accepted-id list this test keeps.
    assert.ok(heapGrowth < 32 * 1024 * 1024, `heap grew by ${heapGrowth} bytes`);
    await pub.flush();
    await waitFor(() => received.size >= accepted.length, {
      timeoutMs: 60_000,
      message: () => `slow consumer got ${received.size} of ${accepted.length}`,
    });
    for (const id of accepted) assert.ok(received.has(id), `accepted event ${id} was lost`);
    t.diagnostic(
      `accepted ${accepted.length}, refused ${stats.eventsRefused}, retries ${stats.retries}`,
    );
    await pub.close();
  },
);

test(
  'the trimmer leaves a stream that holds little for up to its delay, and trims one past a sixteenth of its limit at once',
  { skip },
  async (t) => {
    const { bp } = await fixture(t);
    // Trimming purges a stream's store, which nats-server does in files: on the platform's own
    // host each purge was file events that the sensor published, and the next purge's reason.
    const limits = { ...TEST_LIMITS, telemetryMaxBytes: 2 * 1024 * 1024 };
    await setUp(bp, 'lazy', limits);
    const lazyConsumer = async () => {
      const c = new BatchConsumer(bp.js, {
        stream: TELEMETRY_STREAM,
        durable: 'lazy',
        handler: () => Promise.resolve(),
      });
      await c.start();
      return c;
    };
    let consumer: BatchConsumer | undefined = await lazyConsumer();
    const trimmer = new StreamTrimmer(bp.jsm, TELEMETRY_STREAM, {
      intervalMs: 50,
      maxDelayMs: 3_000,
    });
    trimmer.start();
    t.after(async () => {
      await trimmer.stop();
      await consumer?.stop();
    });
    const pub = new BatchPublisher(bp.js, { compression: 'none', maxBatchBytes: 16 * 1024 });
    t.after(() => pub.close(1_000));
    const subject = telemetrySubject('test-host', 'file');
    const stored = async () => (await bp.jsm.streams.info(TELEMETRY_STREAM)).state;
    const acknowledged = async () => {
      const ci = await bp.jsm.consumers.info(TELEMETRY_STREAM, 'lazy');
      return ci.num_pending === 0 && ci.num_ack_pending === 0;
    };
    for (let i = 0; i < 3; i++) pub.publish(subject, sampleEvent(i));
    await pub.flush();
    await waitFor(acknowledged);
    const smallAt = Date.now();
    await new Promise((r) => setTimeout(r, 700));
    assert.ok((await stored()).messages > 0, 'a stream that holds little was trimmed at once');
    await waitFor(async () => (await stored()).messages === 0, {
      timeoutMs: 10_000,
      message: 'a stream that holds little was never trimmed',
    });
    t.diagnostic(`little: trimmed ${Date.now() - smallAt} ms after it was acknowledged`);
    // Past a sixteenth of the limit (128 KiB here), at once: however long ago the last purge.
    // Filled while nothing reads it, so that it is past a sixteenth with nothing acknowledged when
    // the consumer comes back (acknowledged as it came, the fill was purged as it came).
    await consumer.stop();
    consumer = undefined;
    let i = 3;
    while ((await stored()).bytes < limits.telemetryMaxBytes / 8) {
      for (let k = 0; k < 500; k++)
        while (!pub.publish(subject, sampleEvent(i++))) await pub.ready();
      await pub.flush();
    }
    consumer = await lazyConsumer();
    await waitFor(acknowledged);
    const bigAt = Date.now();
    // A trim can come while the consumer is still acknowledging and leave the last few batches;
    // those then hold little, and wait for the delay like any small remainder.
    await waitFor(async () => (await stored()).bytes < limits.telemetryMaxBytes / 16, {
      timeoutMs: 1_500,
      message: 'a stream past a sixteenth of its limit was not trimmed at once',
    });
    t.diagnostic(`past a sixteenth: trimmed ${Date.now() - bigAt} ms after it was acknowledged`);
    await waitFor(async () => (await stored()).messages === 0, {
      timeoutMs: 5_000,
      message: 'what was left after the trim was never trimmed',
    });
  },
);

test(
  'a malformed message on a telemetry subject is counted and skipped, never fatal',
  { skip },
  async (t) => {
    const { bp } = await fixture(t);
    await setUp(bp, 'malformed');
    const received: string[] = [];
    const malformed: string[] = [];
    const consumer = new BatchConsumer(bp.js, {
      stream: TELEMETRY_STREAM,
      durable: 'malformed',
      handler: async (batch) => {
        for (const e of batch.events) received.push(e.id);
        await Promise.resolve();
      },
      onMalformed: (m) => malformed.push(`${m.subject}: ${m.reason}`),
    });
    await consumer.start();
    t.after(() => consumer.stop());
    const subject = telemetrySubject('test-host', 'file');
    const pub = new BatchPublisher(bp.js);
    t.after(() => pub.close(1_000));
    pub.publish(subject, sampleEvent(1));
    await pub.flush();
    await bp.js.publish(subject, Buffer.from('this is not a batch'));
    await bp.js.publish(subject, new Uint8Array(0));
    pub.publish(subject, sampleEvent(2));
    await pub.flush();
    await waitFor(() => received.length === 2 && malformed.length === 2, {
      message: () => `received ${JSON.stringify(received)}, malformed ${JSON.stringify(malformed)}`,
    });
    assert.deepEqual(received, ['ev-1', 'ev-2']);
    assert.equal(consumer.stats().malformed, 2);
    assert.match(malformed[0] ?? '', /^vigil\.tel\.test-host\.file: not an EventBatch/);
    // Not redelivered, and acknowledged: the whole stream can be trimmed.
    await waitFor(async () => {
      const ci = await bp.jsm.consumers.info(TELEMETRY_STREAM, 'malformed');
      return ci.num_ack_pending === 0 && ci.num_pending === 0;
    });
    assert.equal(consumer.stats().batchesRedelivered, 0);
    assert.equal(await trimAcknowledged(bp.jsm, TELEMETRY_STREAM), 4);
    await pub.close();
  },
);

test(
  'publisher and consumer survive a nats-server restart without losing or duplicating events',
  { skip },
  async (t) => {
    const { srv, bp } = await fixture(t);
    // Batches in flight when the server stops come back after the ack wait: keep it short here.
    await setUp(bp, 'restart', undefined, 2_000);
    const received = new Map<string, number>();
    const consumer = new BatchConsumer(bp.js, {
      stream: TELEMETRY_STREAM,
      durable: 'restart',
      handler: async (batch) => {
        for (const e of batch.events) received.set(e.id, (received.get(e.id) ?? 0) + 1);
        await Promise.resolve();
      },
    });
    await consumer.start();
    t.after(() => consumer.stop());
    const pub = new BatchPublisher(bp.js, {
      publishTimeoutMs: 1_000,
      retryDelayMs: 20,
      maxRetryDelayMs: 500,
    });
    t.after(() => pub.close(1_000));
    const subject = telemetrySubject('test-host', 'process');
    const accepted: string[] = [];
    let n = 0;
    const produce = async (ms: number) => {
      const until = Date.now() + ms;
      while (Date.now() < until) {
        const ev = sampleEvent(n++);
        if (pub.publish(subject, ev)) accepted.push(ev.id as string);
        else await Promise.race([pub.ready(), new Promise((r) => setTimeout(r, 50))]);
        if (n % 500 === 0) await new Promise((r) => setTimeout(r, 1));
      }
    };
    // The server goes away and comes back while events keep coming.
    await Promise.all([
      produce(2_500),
      (async () => {
        await new Promise((r) => setTimeout(r, 500));
        await srv.restart();
      })(),
    ]);
    await pub.flush();
    await waitFor(() => accepted.every((id) => received.has(id)), {
      timeoutMs: 30_000,
      message: () => `after restart: ${received.size} of ${accepted.length} received`,
    });
    const ps = pub.stats();
    const state = (await bp.jsm.streams.info(TELEMETRY_STREAM)).state;
    t.diagnostic(
      `accepted ${accepted.length}, retries ${ps.retries}, duplicate acks ${ps.batchesDuplicate}, ` +
        `redelivered ${consumer.stats().batchesRedelivered}`,
    );
    assert.equal(ps.eventsAcked, accepted.length);
    // JetStream stored each batch once, retries included (message-id deduplication).
    assert.equal(state.last_seq, ps.batchesAcked - ps.batchesDuplicate);
    // The consumer may see a batch twice only when its acknowledgement was lost in the restart.
    const twice = [...received.values()].filter((c) => c > 1).length;
    if (consumer.stats().batchesRedelivered === 0) assert.equal(twice, 0);
    await pub.close();
  },
);

test(
  'an event larger than a batch may be is refused with a clear error, and the rest goes on',
  { skip },
  async (t) => {
    const { bp } = await fixture(t);
    await setUp(bp, 'oversize');
    const pub = new BatchPublisher(bp.js, { maxBatchBytes: 4 * 1024 });
    t.after(() => pub.close(1_000));
    const subject = telemetrySubject('test-host', 'file');
    assert.ok(pub.publish(subject, sampleEvent(1)));
    const huge = { ...sampleEvent(2), fileOpen: { path: '/x'.repeat(4 * 1024) } };
    assert.throws(
      () => pub.publish(subject, huge),
      /event of \d+ bytes exceeds the batch limit of 4096 bytes/,
    );
    assert.ok(pub.publish(subject, sampleEvent(3)));
    await pub.flush();
    assert.equal(pub.stats().eventsAcked, 2);
  },
);

test(
  'a publish that no stream stores says so and how to mend it, and is retried',
  { skip },
  async (t) => {
    const { bp } = await fixture(t);
    // JetStream is on but no stream captures the subject (vigil streams was not run): nats.js
    // reports it as "jetstream is not enabled", which misleads whoever reads the log.
    const seen: string[] = [];
    setBackgroundErrorHandler((err) => seen.push((err as Error).message));
    t.after(() => setBackgroundErrorHandler(() => {}));
    const publisher = new BatchPublisher(bp.js, { flushIntervalMs: 5, retryDelayMs: 20 });
    assert.equal(publisher.publish(telemetrySubject('h', 'process'), sampleEvent(1)), true);
    const message = await waitFor(() => seen.find((m) => m.includes('vigil.tel.h.process')), {
      message: () => `no background error among ${JSON.stringify(seen)}`,
    });
    assert.match(message, /no stream stores this subject/);
    assert.match(message, /vigil streams/);
    assert.match(message, /retrying/);
    const { unacknowledged } = await publisher.close(200);
    assert.equal(unacknowledged, 1);
  },
);
