// The Splunk HEC connector against the protocol-faithful receiver (checked with Splunk's own
// client in hec-receiver.test.ts) and a real nats-server: batching, gzip and indexer
// acknowledgement; a receiver that is busy, then drops connections, then restarts and forgets
// what it had not indexed; a refused token; a restart mid-stream. Throughout, every
// acknowledgement the backplane receives is checked against what the receiver had indexed then.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ALERTS_STREAM, connectBackplane, findExecutable } from '@vigil/backplane';
import { makeTestCertificates, skipWithoutNatsServer, waitFor } from '@vigil/backplane/testkit';
import { HecSink, connectorDurables } from '../src/index.js';
import { HecReceiver, type HecToken } from '../src/testkit/hec-receiver.js';
import { type Rig, startConnector, startRig, watchAcks } from './rig.js';

const skip = skipWithoutNatsServer();
const durable = connectorDurables('test').alerts;

async function hec(
  t: test.TestContext,
  indexDelayMs: number,
  tokens: Record<string, HecToken> = { tok: { ack: true } },
) {
  const r = new HecReceiver({ tokens, indexDelayMs });
  await r.start();
  t.after(() => r.stop());
  return r;
}

function indexedIds(r: HecReceiver): string[] {
  return r.events.map((e) => (e.event as { id: string }).id);
}

/** Fails the test if the backplane hears an ack for an alert the receiver has not indexed. */
function checkAcks(rig: Rig, r: HecReceiver, seqs: Map<number, string>) {
  const early: string[] = [];
  let acks = 0;
  const stop = watchAcks(rig.bp, durable, (seq) => {
    acks++;
    const id = seqs.get(seq);
    if (id === undefined || !r.events.some((e) => (e.event as { id: string }).id === id))
      early.push(`${seq}:${id}`);
  });
  return {
    get acks() {
      return acks;
    },
    early,
    stop,
  };
}

async function drained(rig: Rig): Promise<void> {
  await waitFor(
    async () => {
      const i = await rig.bp.jsm.consumers.info(ALERTS_STREAM, durable);
      return i.num_pending === 0 && i.num_ack_pending === 0;
    },
    { timeoutMs: 20_000, message: 'the connector did not finish its alerts' },
  );
}

test(
  'HEC: batches, gzip and indexer acknowledgement; the backplane is acknowledged only after indexing',
  { skip },
  async (t) => {
    const rig = await startRig(t);
    const r = await hec(t, 30);
    const seqs = await rig.publishAlerts(2_000);
    const acks = checkAcks(rig, r, seqs);
    t.after(acks.stop);
    const sink = new HecSink({ url: r.url, token: 'tok', index: 'security', ackPollMs: 20 });
    const c = startConnector(t, rig, sink);
    await c.start();
    await waitFor(() => c.status().delivered.alerts >= 2_000, {
      timeoutMs: 20_000,
      message: () => JSON.stringify(c.status()),
    });
    await drained(rig);
    await waitFor(() => acks.acks >= 2_000, { message: () => `${acks.acks} acks seen` });
    assert.deepEqual(acks.early, [], 'acknowledged before indexed');
    assert.equal(new Set(indexedIds(r)).size, 2_000);
    assert.equal(r.events.length, 2_000, 'no duplicates without faults');
    assert.ok(r.requests <= 40, `2,000 alerts in ${r.requests} requests (batches of at most 200)`);
    assert.equal(r.gzipRequests, r.requests, 'every request compressed');
    const e = r.events[0]!;
    assert.equal(e.sourcetype, 'vigil:alert');
    assert.equal(e.source, 'vigil');
    assert.equal(e.index, 'security');
    assert.equal(e.host, 'web-1');
    assert.equal(e.channel, sink.channel);
    assert.deepEqual(e.fields, {
      vigil_kind: 'alert',
      rule: 'Write below binary dir',
      priority: 'warning',
      tags: ['filesystem', 'mitre_persistence', 'T1543'],
    });
    const first = r.events.find((x) => (x.event as { id: string }).id === 'alert-000000')!;
    assert.equal(first.time, 1_790_000_000);
    assert.equal((first.event as { rule: string }).rule, 'Write below binary dir');
    const s = c.status();
    assert.equal(s.state, 'running');
    assert.equal(s.retries, 0);
    assert.equal(s.inFlight, 0);
  },
);

test(
  'HEC: busy (503), then dropped connections, then a restart that forgets un-indexed requests: every alert arrives, none acknowledged early',
  { skip },
  async (t) => {
    const rig = await startRig(t);
    const r = await hec(t, 150);
    const seqs = await rig.publishAlerts(300);
    const acks = checkAcks(rig, r, seqs);
    t.after(acks.stop);
    r.fault = 'busy';
    const sink = new HecSink({
      url: r.url,
      token: 'tok',
      ackPollMs: 25,
      ackTimeoutMs: 1_500,
      requestTimeoutMs: 2_000,
    });
    const c = startConnector(t, rig, sink, {
      batch: { maxEvents: 50, maxBytes: 1024 ** 2, maxAgeMs: 20 },
    });
    await c.start();
    await waitFor(() => (r.statuses.get(503) ?? 0) >= 3, { message: 'no 503 answered' });
    assert.equal(c.status().state, 'retrying');
    assert.match(c.status().reason ?? '', /HTTP 503 code 9 \(Server is busy\)/);
    assert.equal(acks.acks, 0, 'nothing acknowledged while the receiver is busy');
    r.fault = 'drop';
    await waitFor(() => r.dropped >= 3, { message: 'no connection dropped' });
    assert.equal(acks.acks, 0, 'nothing acknowledged while connections drop');
    r.fault = 'none';
    // More alerts; restart while some requests are accepted but not yet indexed.
    for (const [k, v] of await rig.publishAlerts(300, 300)) seqs.set(k, v);
    await waitFor(() => r.requests > 0 && r.events.length < 600, {
      message: 'nothing accepted after the faults',
    });
    await r.restart();
    await waitFor(() => new Set(indexedIds(r)).size === 600, {
      timeoutMs: 30_000,
      message: () =>
        `${new Set(indexedIds(r)).size} of 600 alerts indexed; ${JSON.stringify(c.status())}`,
    });
    await drained(rig);
    assert.deepEqual(acks.early, [], 'acknowledged before indexed');
    const s = c.status();
    assert.ok(s.retries >= 3, `retries counted: ${s.retries}`);
    assert.ok(s.failures >= s.retries);
    assert.equal(s.state, 'running');
    assert.equal(s.delivered.alerts >= 600, true);
  },
);

test(
  'HEC: a refused token stops the connector with a clear status and keeps the alerts queued until HEC takes it',
  { skip },
  async (t) => {
    const rig = await startRig(t);
    const tokens: Record<string, HecToken> = {};
    const r = await hec(t, 0, tokens);
    const seqs = await rig.publishAlerts(100);
    const acks = checkAcks(rig, r, seqs);
    t.after(acks.stop);
    const c = startConnector(
      t,
      rig,
      new HecSink({ url: r.url, token: 'new-token', ackPollMs: 20 }),
    );
    await c.start();
    await waitFor(() => c.status().state === 'stopped', {
      message: () => JSON.stringify(c.status()),
    });
    assert.match(c.status().reason ?? '', /HTTP 403 code 4 \(Invalid token\)/);
    await waitFor(() => c.status().lag.alerts === 100, {
      message: () => `lag ${JSON.stringify(c.status().lag)}`,
    });
    assert.equal(acks.acks, 0);
    assert.equal(r.events.length, 0);
    // The Splunk admin creates the token: the connector's next check sees it and it goes on.
    tokens['new-token'] = { ack: true };
    await waitFor(() => new Set(indexedIds(r)).size === 100, {
      message: () => JSON.stringify(c.status()),
    });
    await drained(rig);
    assert.equal(c.status().state, 'running');
    assert.deepEqual(acks.early, []);
  },
);

test(
  'HEC: a connector stopped mid-stream, and one that died mid-stream, resume where they stopped',
  { skip },
  async (t) => {
    const rig = await startRig(t);
    const r = await hec(t, 0);
    await rig.publishAlerts(1_000);
    const opts = { batch: { maxEvents: 50, maxBytes: 1024 ** 2, maxAgeMs: 20 }, concurrency: 1 };
    const first = startConnector(
      t,
      rig,
      new HecSink({ url: r.url, token: 'tok', ackPollMs: 20 }),
      opts,
    );
    await first.start();
    await waitFor(() => r.events.length >= 300);
    await first.stop();
    const before = new Set(indexedIds(r)).size;
    assert.ok(before < 1_000, `stopped mid-stream (${before} delivered)`);
    assert.equal(first.status().state, 'closed');

    // The second one dies: its connection to the backplane goes without a stop.
    const bp2 = await connectBackplane({ servers: rig.server.url, name: 'dying-connector' });
    const second = startConnector(
      t,
      { ...rig, bp: bp2 },
      new HecSink({ url: r.url, token: 'tok', ackPollMs: 20 }),
      opts,
    );
    await second.start();
    await waitFor(() => new Set(indexedIds(r)).size >= before + 200);
    await bp2.close();
    const second2 = second.status().delivered.alerts;
    assert.ok(second2 < 1_000 - 250, `the second resumed, not restarted: it delivered ${second2}`);

    const third = startConnector(
      t,
      rig,
      new HecSink({ url: r.url, token: 'tok', ackPollMs: 20 }),
      opts,
    );
    await third.start();
    await waitFor(() => new Set(indexedIds(r)).size === 1_000, {
      timeoutMs: 20_000,
      message: () => `${new Set(indexedIds(r)).size} of 1000`,
    });
    await drained(rig);
    const dupes = r.events.length - 1_000;
    assert.ok(
      third.status().delivered.alerts < 1_000 - before,
      `the third resumed: it delivered ${third.status().delivered.alerts}`,
    );
    // At least once: only what was in flight when each stopped is sent twice.
    assert.ok(dupes <= 3 * 50, `${dupes} duplicates`);
  },
);

test(
  'HEC: a refused token shows in the status at start, before any alert; a quiet healthy receiver keeps it running',
  { skip },
  async (t) => {
    const rig = await startRig(t);
    const r = await hec(t, 0);
    const bad = startConnector(t, rig, new HecSink({ url: r.url, token: 'wrong' }), {
      name: 'bad',
    });
    const good = startConnector(t, rig, new HecSink({ url: r.url, token: 'tok' }), {
      name: 'good',
    });
    await bad.start();
    await good.start();
    await waitFor(() => bad.status().state === 'stopped', {
      message: () => JSON.stringify(bad.status()),
    });
    assert.match(bad.status().reason ?? '', /HEC token check: HTTP 403 code 4 \(Invalid token\)/);
    // Checked again while idle (recheck 200 ms): still fine.
    await new Promise((res) => setTimeout(res, 600));
    assert.equal(good.status().state, 'running');
    assert.equal(
      r.statuses.get(400)! >= 2,
      true,
      'the checks are empty event requests (400 code 5)',
    );
  },
);

test(
  'HEC over TLS: the operator’s CA is trusted; without it the certificate stops the connector',
  { skip: skip || (findExecutable('openssl') ? false : 'openssl is not installed') },
  async (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-certs-'));
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    const certs = makeTestCertificates(dir);
    const rig = await startRig(t);
    const r = new HecReceiver({
      tokens: { tok: { ack: true } },
      tls: { key: readFileSync(certs['server.key']!), cert: readFileSync(certs['server.pem']!) },
    });
    await r.start();
    t.after(() => r.stop());
    assert.match(r.url, /^https:/);
    await rig.publishAlerts(20);
    const untrusting = startConnector(t, rig, new HecSink({ url: r.url, token: 'tok' }), {
      name: 'untrusting',
    });
    await untrusting.start();
    await waitFor(() => untrusting.status().state === 'stopped', {
      message: () => JSON.stringify(untrusting.status()),
    });
    assert.match(untrusting.status().reason ?? '', /SELF_SIGNED|UNABLE_TO_VERIFY/);
    const c = startConnector(
      t,
      rig,
      new HecSink({ url: r.url, token: 'tok', ackPollMs: 20, tls: { ca: certs['ca.pem']! } }),
    );
    await c.start();
    await waitFor(() => new Set(indexedIds(r)).size === 20, {
      message: () => JSON.stringify(c.status()),
    });
  },
);
