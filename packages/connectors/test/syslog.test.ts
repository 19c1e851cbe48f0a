// syslog against a real rsyslogd: RFC 5424 with structured data over TCP (octet-counted), over
// TLS (rsyslog's gtls driver) with CEF as the payload, and a receiver that goes away and comes
// back: every alert arrives, as rsyslog parses RFC 5424. UDP against a socket of the test.
import assert from 'node:assert/strict';
import { createSocket } from 'node:dgram';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { makeTestCertificates, skipWithoutNatsServer, waitFor } from '@vigil/backplane/testkit';
import { findExecutable } from '@vigil/backplane';
import { SyslogSink, alertRecord, formatCef } from '../src/index.js';
import { startConnector, startRig, testAlert } from './rig.js';
import { parseRfc5424, skipWithoutRsyslog, startRsyslog } from './rsyslog.js';

const skip = skipWithoutNatsServer() || skipWithoutRsyslog();

test(
  'syslog over TCP: rsyslog receives every alert as RFC 5424 with its structured data',
  { skip },
  async (t) => {
    const rig = await startRig(t);
    const rs = await startRsyslog(t);
    await rig.publishAlerts(300);
    const c = startConnector(
      t,
      rig,
      new SyslogSink({ transport: 'tcp', host: '127.0.0.1', port: rs.port }),
      {
        concurrency: 1,
      },
    );
    await c.start();
    await waitFor(() => rs.parsed().length >= 300, {
      message: () => `${rs.parsed().length} of 300 in rsyslog`,
    });
    const raw = rs.raw();
    const parsed = rs.parsed();
    assert.equal(raw.length, 300);
    const ids = new Set<string>();
    for (const [n, line] of raw.entries()) {
      const m = parseRfc5424(line); // throws on anything RFC 5424 does not allow
      const vigil = m.sd['vigil@32473']!;
      ids.add(vigil.id!);
      const i = Number(vigil.id!.slice('alert-'.length));
      const alert = testAlert(i);
      assert.equal(m.pri, 16 * 8 + 4, 'local0, warning');
      assert.deepEqual(m.header.slice(1), ['web-1', 'vigil', '-', 'alert']);
      assert.deepEqual(vigil, {
        id: alert.id,
        rule: 'Write below binary dir',
        priority: 'warning',
        tags: 'filesystem,mitre_persistence,T1543',
        detector: 'det-1',
        process_uid: `web-1:${4000 + i}:77`,
        pid: String(4000 + i),
        exe: '/usr/bin/sh',
        user: 'root',
      });
      // Output fields, values with ] and " escaped and read back whole.
      assert.deepEqual(m.sd['fields@32473'], {
        'fd.name': `/usr/bin/x${i}`,
        'user.name': 'root',
        'proc.cmdline': 'sh -c "echo ]"',
      });
      assert.equal(m.msg, alert.output);
      // rsyslog's own RFC 5424 parser agrees.
      const p = parsed[n]!;
      assert.equal(p.version, '1');
      assert.equal(p.msgid, 'alert');
      assert.equal(p.appname, 'vigil');
      assert.equal(p.hostname, 'web-1');
      assert.equal(p.msg, alert.output);
      assert.equal(p.timestamp, m.header[0]);
      assert.ok(p.sd.startsWith('[vigil@32473 id="alert-'), p.sd);
    }
    assert.equal(ids.size, 300);
    const ts = parseRfc5424(raw[0]!).header[0]!;
    assert.match(ts, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
    assert.equal(c.status().delivered.alerts, 300);
  },
);

test(
  'syslog: rsyslog goes away mid-stream and comes back: every alert arrives (at least once)',
  { skip },
  async (t) => {
    const rig = await startRig(t);
    const rs = await startRsyslog(t);
    await rig.publishAlerts(200);
    const c = startConnector(
      t,
      rig,
      new SyslogSink({ transport: 'tcp', host: '127.0.0.1', port: rs.port, timeoutMs: 1_000 }),
      {
        concurrency: 1,
        batch: { maxEvents: 20, maxBytes: 1024 ** 2, maxAgeMs: 20 },
      },
    );
    await c.start();
    await waitFor(() => rs.parsed().length >= 200);
    await rs.stop();
    await rig.publishAlerts(200, 200);
    await waitFor(() => c.status().state === 'retrying', {
      message: () => JSON.stringify(c.status()),
    });
    assert.match(c.status().reason ?? '', /ECONNREFUSED|closed/);
    await rs.start();
    await waitFor(
      () => new Set(rs.raw().map((l) => parseRfc5424(l).sd['vigil@32473']!.id)).size === 400,
      {
        timeoutMs: 20_000,
        message: () => `${rs.raw().length} lines; ${JSON.stringify(c.status())}`,
      },
    );
    assert.ok(c.status().retries > 0);
  },
);

const skipTls =
  skip ||
  skipWithoutRsyslog(true) ||
  (findExecutable('openssl') ? false : 'openssl is not installed');

/** Certificates, the backplane and an rsyslog over TLS with the server certificate. */
async function tlsRig(t: test.TestContext) {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-certs-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const certs = makeTestCertificates(dir);
  const rig = await startRig(t);
  const rs = await startRsyslog(t, {
    ca: certs['ca.pem']!,
    cert: certs['server.pem']!,
    key: certs['server.key']!,
  });
  return { certs, rig, rs };
}

test(
  'syslog over TLS with CEF: rsyslog (gtls) receives CEF records inside RFC 5424',
  { skip: skipTls },
  async (t) => {
    const { certs, rig, rs } = await tlsRig(t);
    await rig.publishAlerts(50);
    const sink = new SyslogSink({
      transport: 'tls',
      host: '127.0.0.1',
      port: rs.port,
      payload: 'cef',
      facility: 'auth',
      tls: { ca: certs['ca.pem']! },
    });
    const c = startConnector(t, rig, sink);
    await c.start();
    await waitFor(() => rs.parsed().length >= 50, {
      message: () => `${rs.parsed().length}; ${JSON.stringify(c.status())}`,
    });
    for (const line of rs.raw()) {
      const m = parseRfc5424(line);
      assert.equal(m.pri, 4 * 8 + 4, 'auth, warning');
      const i = Number(m.sd['vigil@32473']!.id!.slice('alert-'.length));
      assert.equal(m.msg, formatCef(alertRecord(testAlert(i))));
    }
    const cef = rs.parsed()[0]!.msg;
    // CEF:Version|Vendor|Product|Version|Signature ID|Name|Severity|Extension
    const header = cef.split('|');
    assert.deepEqual(header.slice(0, 7), [
      'CEF:0',
      'Vigil',
      'Vigil',
      '0.1.0',
      'Write below binary dir',
      'Write below binary dir',
      '5',
    ]);
    assert.match(
      cef,
      / msg=File below a known binary directory opened for writing \(file\\=\/usr\/bin\/x\d+ user\\=root "quoted" \[x\]\)/,
    );
    assert.match(cef, /cs1Label=tags cs1=filesystem,mitre_persistence,T1543/);
  },
);

test(
  'syslog: a receiver whose certificate is not trusted stops the connector (configuration), the alerts stay queued',
  { skip: skipTls },
  async (t) => {
    const { rig, rs } = await tlsRig(t);
    await rig.publishAlerts(10);
    const c = startConnector(
      t,
      rig,
      new SyslogSink({ transport: 'tls', host: '127.0.0.1', port: rs.port }),
    );
    await c.start();
    await waitFor(() => c.status().state === 'stopped', {
      message: () => JSON.stringify(c.status()),
    });
    assert.match(c.status().reason ?? '', /SELF_SIGNED|UNABLE_TO_VERIFY|certificate/i);
    await waitFor(() => c.status().lag.alerts === 10);
    assert.equal(rs.parsed().length, 0);
  },
);

test(
  'syslog over UDP: one RFC 5424 message per datagram',
  { skip: skipWithoutNatsServer() },
  async (t) => {
    const rig = await startRig(t);
    const udp = createSocket('udp4');
    const got: string[] = [];
    udp.on('message', (m) => got.push(m.toString('utf8')));
    await new Promise<void>((r) => udp.bind(0, '127.0.0.1', () => r()));
    t.after(() => udp.close());
    await rig.publishAlerts(20);
    const c = startConnector(
      t,
      rig,
      new SyslogSink({ transport: 'udp', host: '127.0.0.1', port: udp.address().port }),
    );
    await c.start();
    await waitFor(() => got.length >= 20);
    for (const m of got)
      assert.equal(parseRfc5424(m).sd['vigil@32473']!.rule, 'Write below binary dir');
  },
);
