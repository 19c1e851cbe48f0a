// The HEC receiver of the tests checked against Splunk's own client library (splunk-logging):
// what Splunk's client sends, the receiver indexes, and its refusals are what the client
// understands as Splunk's errors. Then the parts of the protocol the client does not use
// (channels, acks, gzip, health) by hand.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import splunkLogging from 'splunk-logging';
import { HecReceiver } from '../src/testkit/hec-receiver.js';

async function receiver(t: test.TestContext, indexDelayMs = 0): Promise<HecReceiver> {
  const r = new HecReceiver({
    tokens: {
      'good-token': {},
      'ack-token': { ack: true, indexes: ['main', 'security'] },
      'off-token': { disabled: true },
    },
    indexDelayMs,
  });
  await r.start();
  t.after(() => r.stop());
  return r;
}

type Reply = {
  err: (Error & { code?: number }) | null;
  body: { text?: string; code?: number } | undefined;
};

function sendWith(url: string, token: string, message: unknown): Promise<Reply> {
  const logger = new splunkLogging.Logger({ token, url });
  // splunk-logging hands Splunk's refusals (an answer whose code is not 0) to `error`, as an
  // Error with Splunk's text and code; the callback gets network errors only.
  let refusal: (Error & { code?: number }) | null = null;
  logger.error = (err) => {
    refusal = err;
  };
  return new Promise((resolve) => {
    logger.send(
      {
        message,
        severity: 'info',
        metadata: { source: 'splunk-logging-test', sourcetype: 'json', index: 'main' },
      },
      (err, _resp, body) => resolve({ err: err ?? refusal, body }),
    );
  });
}

test('splunk-logging, Splunk’s own client, sends to the receiver and reads its refusals as Splunk’s', async (t) => {
  const r = await receiver(t);
  const ok = await sendWith(r.url, 'good-token', { hello: 'world', n: 1 });
  assert.equal(ok.err, null);
  assert.deepEqual(ok.body, { text: 'Success', code: 0 });
  assert.equal(r.events.length, 1);
  const e = r.events[0]!;
  assert.deepEqual(e.event, { message: { hello: 'world', n: 1 }, severity: 'info' });
  assert.equal(e.source, 'splunk-logging-test');
  assert.equal(e.index, 'main');
  assert.ok(e.time !== undefined && Math.abs(e.time - Date.now() / 1000) < 60, `time ${e.time}`);

  const bad = await sendWith(r.url, 'no-such-token', { x: 1 });
  assert.equal(bad.err?.message, 'Invalid token');
  assert.equal(bad.err?.code, 4);
  const off = await sendWith(r.url, 'off-token', { x: 1 });
  assert.equal(off.err?.message, 'Token disabled');
  assert.equal(off.err?.code, 1);
  assert.equal(r.events.length, 1, 'refused events are not indexed');
  assert.equal(r.statuses.get(403), 2);
});

async function post(
  r: HecReceiver,
  path: string,
  headers: Record<string, string>,
  body: string | Buffer,
) {
  const res = await fetch(`${r.url}${path}`, { method: 'POST', headers, body });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

test('the receiver keeps Splunk’s rules: authorization, channels, acks, gzip, data errors, health', async (t) => {
  const r = await receiver(t, 50);
  const ev = '{"event":{"a":1},"index":"main"}{"event":"two","time":"1790000000.5"}';
  assert.deepEqual((await post(r, '/services/collector/event', {}, ev)).body, {
    text: 'Token is required',
    code: 2,
  });
  assert.deepEqual(
    (await post(r, '/services/collector/event', { authorization: 'Bearer x' }, ev)).body,
    { text: 'Invalid authorization', code: 3 },
  );
  const auth = { authorization: 'Splunk ack-token' };
  assert.deepEqual(await post(r, '/services/collector/event', auth, ev), {
    status: 400,
    body: { text: 'Data channel is missing', code: 10 },
  });
  assert.deepEqual(
    (
      await post(
        r,
        '/services/collector/event',
        { ...auth, 'x-splunk-request-channel': 'nope' },
        ev,
      )
    ).body,
    { text: 'Invalid data channel', code: 11 },
  );
  const channel = randomUUID();
  const withChannel = { ...auth, 'x-splunk-request-channel': channel };
  const first = await post(r, '/services/collector/event', withChannel, ev);
  assert.deepEqual(first, { status: 200, body: { text: 'Success', code: 0, ackId: 0 } });
  const second = await post(
    r,
    '/services/collector/event',
    { ...withChannel, 'content-encoding': 'gzip' },
    gzipSync(ev),
  );
  assert.deepEqual(second.body, { text: 'Success', code: 0, ackId: 1 });
  assert.equal(r.gzipRequests, 1);
  // Not indexed yet: acks false; then true once; then forgotten (false), as Splunk does.
  assert.deepEqual((await post(r, '/services/collector/ack', withChannel, '{"acks":[0,1]}')).body, {
    acks: { '0': false, '1': false },
  });
  await new Promise((res) => setTimeout(res, 120));
  assert.deepEqual(
    (await post(r, '/services/collector/ack', withChannel, '{"acks":[0,1,7]}')).body,
    { acks: { '0': true, '1': true, '7': false } },
  );
  assert.equal(r.events.length, 4);
  assert.equal(r.events[1]!.time, 1790000000.5);
  assert.deepEqual(
    (
      await post(
        r,
        '/services/collector/ack',
        { authorization: 'Splunk good-token', 'x-splunk-request-channel': channel },
        '{"acks":[0]}',
      )
    ).body,
    { text: 'ACK is disabled', code: 14 },
  );
  const g = { authorization: 'Splunk good-token' };
  assert.deepEqual((await post(r, '/services/collector/event', g, '  ')).body, {
    text: 'No data',
    code: 5,
  });
  assert.deepEqual((await post(r, '/services/collector/event', g, '{"event":1}{"nope"')).body, {
    text: 'Invalid data format',
    code: 6,
    'invalid-event-number': 1,
  });
  assert.deepEqual((await post(r, '/services/collector/event', g, '{"host":"x"}')).body, {
    text: 'Event field is required',
    code: 12,
    'invalid-event-number': 0,
  });
  assert.deepEqual((await post(r, '/services/collector/event', g, '{"event":""}')).body, {
    text: 'Event field cannot be blank',
    code: 13,
    'invalid-event-number': 0,
  });
  assert.deepEqual(
    (await post(r, '/services/collector/event', withChannel, '{"event":1,"index":"other"}')).body,
    { text: 'Incorrect index', code: 7, 'invalid-event-number': 0 },
  );
  assert.deepEqual(
    (await post(r, '/services/collector/event', g, '{"event":1,"fields":{"a":{"b":1}}}')).body,
    { text: 'Error in handling indexed fields', code: 15, 'invalid-event-number': 0 },
  );
  const health = await fetch(`${r.url}/services/collector/health`);
  assert.deepEqual(await health.json(), { text: 'HEC is healthy', code: 17 });
  r.fault = 'busy';
  assert.deepEqual(await post(r, '/services/collector/event', g, ev), {
    status: 503,
    body: { text: 'Server is busy', code: 9 },
  });
  assert.equal((await fetch(`${r.url}/services/collector/health`)).status, 503);
});
