// The detector against a real nats-server: telemetry in, alerts stored in VIGIL_ALERTS, kill
// requests out to the host's control subject (answered here as a sensor would).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  ALERTS_STREAM,
  BatchPublisher,
  connectBackplane,
  controlSubject,
  ensureStreams,
  telemetrySubject,
} from '@vigil/backplane';
import { skipWithoutNatsServer, startTestServer, waitFor } from '@vigil/backplane/testkit';
import { createLogger } from '@vigil/common';
import { Alert, v1, type vigil } from '@vigil/schema';
import { Detector, Ruleset } from '../src/index.js';

const RULES = `
- rule: Miner
  desc: d
  condition: evt.type = execve and proc.name = xmrig
  output: miner %proc.cmdline on %evt.hostname
  priority: CRITICAL
  response: kill
  tags: [T1496]
`;

test(
  'telemetry in, alerts stored once (idempotent across detectors), kill requests sent to the host',
  { skip: skipWithoutNatsServer() },
  async (t) => {
    const srv = await startTestServer();
    const bp = await connectBackplane({ servers: srv.url, name: 'detector-test' });
    t.after(async () => {
      await bp.close();
      await srv.stop();
    });
    await ensureStreams(bp.jsm, {
      telemetryMaxBytes: 64 * 1024 ** 2,
      telemetryMaxAgeSeconds: 3600,
      alertsMaxBytes: 8 * 1024 ** 2,
      alertsMaxAgeSeconds: 3600,
    });
    const rs = new Ruleset();
    rs.load('rules.yaml', RULES);
    const { rules } = rs.compile();
    const logger = createLogger({ level: 'warn', name: 'detector-test' });
    const detectors = ['one', 'two'].map(
      (name) =>
        new Detector({
          backplane: bp,
          rules,
          detectorId: name,
          logger,
          durable: `detector-${name}`,
        }),
    );
    for (const d of detectors) await d.start();
    t.after(async () => {
      for (const d of detectors) await d.stop();
    });

    // The sensor of host h1 answers kill requests.
    const kills: vigil.v1.KillRequest[] = [];
    const sensor = bp.nc.subscribe(controlSubject('h1', 'kill'), {
      callback: (_e, msg) => {
        const req = v1.KillRequest.decode(msg.data);
        kills.push(req);
        msg.respond(
          v1.ResponseResult.encode({
            action: 'kill',
            requestId: req.requestId,
            pid: req.pid,
            outcome: v1.ResponseOutcome.RESPONSE_OUTCOME_DONE,
          }).finish(),
        );
      },
    });
    t.after(() => sensor.unsubscribe());

    const publisher = new BatchPublisher(bp.js);
    const process: vigil.v1.IProcess = {
      pid: 4321,
      startTimeNs: 99_000,
      processUid: 'h1-4321-99000',
      comm: 'xmrig',
      argv: ['xmrig', '-o', 'pool:3333'],
    };
    publisher.publish(telemetrySubject('h1', 'process'), {
      id: 'EVT-1',
      host: 'h1',
      process,
      processExec: { filename: '/tmp/xmrig', argv: process.argv ?? [] },
    });
    publisher.publish(telemetrySubject('h1', 'process'), {
      id: 'EVT-2',
      host: 'h1',
      process: { ...process, comm: 'bash', argv: ['bash'] },
      processExec: { filename: '/bin/bash', argv: ['bash'] },
    });
    await publisher.flush();

    await waitFor(() => detectors.every((d) => d.stats().alerts === 1), {
      message: () => `alerts: ${detectors.map((d) => d.stats().alerts).join(', ')}`,
    });
    const info = await bp.jsm.streams.info(ALERTS_STREAM);
    assert.equal(info.state.messages, 1, 'two detectors, one stored alert (same message id)');
    const stored = await bp.jsm.streams.getMessage(ALERTS_STREAM, { seq: info.state.first_seq });
    assert.ok(stored);
    assert.equal(stored.subject, 'vigil.alert.h1.critical');
    const alert = Alert.decode(stored.data);
    assert.equal(alert.rule, 'Miner');
    assert.equal(alert.output, 'miner xmrig -o pool:3333 on h1');
    assert.equal(alert.event?.id, 'EVT-1');

    await waitFor(() => kills.length === 2, { message: () => `kills: ${kills.length}` });
    assert.equal(kills[0]?.pid, 4321);
    assert.equal(String(kills[0]?.startTimeNs), '99000', 'the start time guards against pid reuse');
    assert.equal(kills[0]?.processUid, 'h1-4321-99000');
    await waitFor(() =>
      detectors.every((d) => d.stats().killsSent === 1 && d.stats().killsFailed === 0),
    );
    assert.equal(detectors[0]?.stats().events, 2);
    await publisher.close();
  },
);
