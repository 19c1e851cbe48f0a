// Telemetry through a connector: the events a filter in the rule language selects, out of the
// sensors' batches, delivered to HEC as vigil:event; batches with nothing selected acknowledged
// too, so the connector never holds the stream back. And the configuration's checks.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BatchEncoder, TELEMETRY_STREAM, compressBatch, telemetrySubject } from '@vigil/backplane';
import { skipWithoutNatsServer, waitFor } from '@vigil/backplane/testkit';
import type { ConnectorConfig } from '@vigil/common';
import { HecSink, connectorDurables, connectorFromConfig, sinkFromConfig } from '../src/index.js';
import { HecReceiver } from '../src/testkit/hec-receiver.js';
import { quiet, startConnector, startRig } from './rig.js';

test(
  'telemetry chosen by a filter goes to HEC; batches with nothing chosen are acknowledged too',
  { skip: skipWithoutNatsServer() },
  async (t) => {
    const rig = await startRig(t);
    const r = new HecReceiver({ tokens: { tok: { ack: true } } });
    await r.start();
    t.after(() => r.stop());
    // Telemetry is read from the connector's first start on: it starts first.
    const c = startConnector(t, rig, new HecSink({ url: r.url, token: 'tok', ackPollMs: 20 }), {
      alerts: { enabled: false },
      telemetry: { filter: 'evt.type = openat and fd.name startswith /etc/', kinds: ['fileOpen'] },
    });
    await c.start();
    // 50 batches of 100 opens; every tenth event opens a file below /etc.
    for (let b = 0; b < 50; b++) {
      const enc = new BatchEncoder();
      for (let i = 0; i < 100; i++) {
        const n = b * 100 + i;
        enc.add({
          id: `ev-${n}`,
          host: 'web-1',
          timeNs: String(1_790_000_000_000_000_000n + BigInt(n)) as unknown as number,
          process: { pid: 100, comm: 'cat', exe: '/usr/bin/cat', processUid: 'web-1:100:1' },
          fileOpen: {
            path: n % 10 === 0 ? `/etc/secret-${n}` : `/tmp/f-${n}`,
            flags: 0,
            result: 3,
          },
        });
      }
      await rig.bp.js.publish(
        telemetrySubject('web-1', 'file'),
        compressBatch(enc.finish(), 'zstd'),
      );
    }
    await waitFor(() => r.events.length >= 500, { message: () => JSON.stringify(c.status()) });
    await waitFor(async () => {
      const i = await rig.bp.jsm.consumers.info(
        TELEMETRY_STREAM,
        connectorDurables('test').telemetry,
      );
      return i.num_pending === 0 && i.num_ack_pending === 0;
    });
    assert.equal(r.events.length, 500);
    assert.ok(
      r.events.every(
        (e) =>
          e.sourcetype === 'vigil:event' &&
          (e.event as { fileOpen: { path: string } }).fileOpen.path.startsWith('/etc/'),
      ),
    );
    assert.deepEqual(r.events[0]!.fields, { vigil_kind: 'event', event_kind: 'fileOpen' });
    assert.equal(c.status().delivered.events, 500);
  },
);

const base: ConnectorConfig = {
  type: 'splunk-hec',
  enabled: true,
  alerts: { enabled: true, history: true },
  batch: {},
  retry: { baseMs: 500, maxMs: 60_000 },
  recheckSeconds: 60,
  ackWaitSeconds: 30,
};

test('a connector’s configuration is checked with errors that say where', () => {
  assert.throws(() => sinkFromConfig('s', base), /connectors\.s\.url: the HEC URL is required/);
  assert.throws(
    () => sinkFromConfig('s', { ...base, url: 'https://x:8088' }),
    /connectors\.s\.token: a token \(or tokenFile\) is required/,
  );
  assert.throws(
    () => sinkFromConfig('s', { ...base, url: 'https://x:8088', tokenFile: '/nonexistent/token' }),
    /connectors\.s\.tokenFile: cannot read \/nonexistent\/token/,
  );
  assert.throws(
    () => sinkFromConfig('s', { ...base, url: 'https://x:8088', token: 't', address: 'x:514' }),
    /connectors\.s\.address: is not a setting of a splunk-hec connector/,
  );
  assert.throws(
    () => sinkFromConfig('s', { ...base, type: 'syslog' }),
    /connectors\.s\.address: host:port/,
  );
  assert.throws(
    () => sinkFromConfig('s', { ...base, type: 'syslog', address: 'x:514', tls: { ca: '/x' } }),
    /connectors\.s\.tls: is set but transport is tcp/,
  );
  assert.throws(
    () => sinkFromConfig('s', { ...base, type: 'webhook', url: 'https://x/' }),
    /connectors\.s\.secret: a secret/,
  );
  assert.throws(() => sinkFromConfig('bad name', base), /connector name 'bad name'/);
  const ctx = { backplane: undefined as never, logger: quiet, dir: '/tmp' };
  assert.throws(
    () =>
      connectorFromConfig(
        's',
        {
          ...base,
          url: 'https://x:8088',
          token: 't',
          alerts: { enabled: true, history: true, minPriority: 'loud' },
        },
        ctx,
      ),
    /connectors\.s\.alerts\.minPriority: 'loud' is not a priority; one of emergency, alert/,
  );
  assert.throws(
    () =>
      connectorFromConfig(
        's',
        { ...base, url: 'https://x:8088', token: 't', telemetry: { filter: 'fd.name startswith' } },
        ctx,
      ),
    /VGL_ERR_FILTER_SYNTAX|expected/,
  );
  const sink = sinkFromConfig('s', {
    ...base,
    type: 'syslog',
    address: '[::1]:6514',
    transport: 'tls',
  });
  assert.equal(sink.description, 'syslog tls://::1:6514 (rfc5424)');
});
