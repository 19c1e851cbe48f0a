// Per-service NATS identities against a real nats-server: a sensor publishes its own host's
// telemetry and nothing else; what the server refuses never reaches the stream.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  BatchPublisher,
  TELEMETRY_STREAM,
  authorizationConfig,
  connectBackplane,
  newServiceIdentity,
  permissionsFor,
  telemetrySubject,
} from '../src/index.js';
import type { Backplane } from '../src/index.js';
import { skipWithoutNatsServer, startTestServer, waitFor } from '../src/testkit.js';
import { TEST_LIMITS, sampleEvent, setUp } from './helpers.js';

test('host-bound roles need their host; permissions name only that host', () => {
  assert.throws(() => permissionsFor('sensor'), /bound to a host/);
  const p = permissionsFor('sensor', 'web-1', '_INBOX_X');
  assert.deepEqual(p.publish.slice(0, 2), ['vigil.tel.web-1.>', 'vigil.sensor.web-1.status']);
  assert.deepEqual(p.subscribe, ['vigil.ctl.web-1.>', '_INBOX_X.>']);
  // A host name that is not a clean subject token cannot widen the grant.
  const odd = permissionsFor('sensor', 'a.>');
  assert.ok(
    odd.publish.every((s) => !s.includes('a.>')),
    JSON.stringify(odd.publish),
  );
});

test(
  "a sensor's credentials publish its own host's telemetry; the server refuses another host's",
  { skip: skipWithoutNatsServer() },
  async (t) => {
    const platform = newServiceIdentity('platform');
    const sensor = newServiceIdentity('sensor', 'h1');
    const srv = await startTestServer({ extraConfig: authorizationConfig([platform, sensor]) });
    const opened: Backplane[] = [];
    t.after(async () => {
      for (const bp of opened.reverse()) await bp.close();
      await srv.stop();
    });

    // No identity: refused at the door, with a clear error.
    await assert.rejects(
      connectBackplane({ servers: srv.url, name: 'anonymous', timeoutMs: 2_000 }),
      (err: Error) => /cannot connect to NATS/.test(err.message) && /author/i.test(err.message),
    );

    const admin = await connectBackplane({
      servers: srv.url,
      name: 'platform',
      identity: platform,
    });
    opened.push(admin);
    await setUp(admin, 'auth-test', TEST_LIMITS);
    const messages = async () => (await admin.jsm.streams.info(TELEMETRY_STREAM)).state.messages;

    const bp = await connectBackplane({ servers: srv.url, name: 'sensor-h1', identity: sensor });
    opened.push(bp);
    const violations: string[] = [];
    void (async () => {
      for await (const s of bp.nc.status()) {
        if (s.type === 'error') violations.push(String((s as { error?: Error }).error?.message));
      }
    })();

    // Its own host: stored.
    const pub = new BatchPublisher(bp.js);
    t.after(() => pub.close(1_000));
    assert.ok(pub.publish(telemetrySubject('h1', 'file'), sampleEvent(1, 'h1')));
    await pub.flush();
    assert.equal(await messages(), 1);

    // Another host's subject: the server refuses the publish; nothing reaches the stream.
    // (The server refuses by subject; what the bytes are does not matter.)
    const batch = new TextEncoder().encode('not a batch');
    await assert.rejects(
      bp.js.publish(telemetrySubject('h2', 'file'), batch, { timeout: 2_000 }),
      (err: Error) => /permission|timeout|no responders/i.test(err.message),
    );
    bp.nc.publish(telemetrySubject('h2', 'file'), batch);
    await bp.nc.flush();
    await waitFor(
      () =>
        violations.some((v) =>
          /Permissions Violation for Publish to "vigil\.tel\.h2\.file"/.test(v),
        ),
      {
        message: () => `no violation reported: ${JSON.stringify(violations)}`,
      },
    );
    // Nor may it forge alerts or read others' telemetry.
    bp.nc.publish('vigil.alert.h1.critical', batch);
    const sub = bp.nc.subscribe('vigil.tel.>');
    await bp.nc.flush();
    await waitFor(() => violations.some((v) => /Subscription to "vigil\.tel\.>"/.test(v)), {
      message: () => `no subscribe violation: ${JSON.stringify(violations)}`,
    });
    sub.unsubscribe();
    assert.ok(violations.some((v) => /Publish to "vigil\.alert\.h1\.critical"/.test(v)));
    assert.equal(await messages(), 1, 'only the own-host batch was stored');
    t.diagnostic(violations.join('\n'));
  },
);

test(
  "a recorder answers a request in many chunks; an API's replies reach only its own inbox",
  { skip: skipWithoutNatsServer() },
  async (t) => {
    const recorder = newServiceIdentity('recorder', 'h1');
    const api = newServiceIdentity('api');
    const srv = await startTestServer({ extraConfig: authorizationConfig([recorder, api]) });
    const rec = await connectBackplane({ servers: srv.url, name: 'rec', identity: recorder });
    const client = await connectBackplane({ servers: srv.url, name: 'api', identity: api });
    t.after(async () => {
      await client.close();
      await rec.close();
      await srv.stop();
    });
    rec.nc.subscribe('vigil.rec.h1.query', {
      callback: (_err, msg) => {
        for (let i = 0; i < 50; i++) msg.respond(`chunk ${i}`);
      },
    });
    await rec.nc.flush();
    const inbox = `${api.inboxPrefix}.q1`;
    const got: string[] = [];
    client.nc.subscribe(inbox, {
      callback: (_e, m) => {
        got.push(m.string());
      },
    });
    client.nc.publish('vigil.rec.h1.query', '{}', { reply: inbox });
    await waitFor(() => got.length === 50, { message: () => `${got.length} of 50 chunks` });
  },
);
