// What the connector tests share: a real nats-server with Vigil's streams, alerts published the
// way the detector publishes them, and a quiet logger.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import {
  ALERTS_STREAM,
  type Backplane,
  alertSubject,
  connectBackplane,
  ensureStreams,
} from '@vigil/backplane';
import { type TestServer, startTestServer } from '@vigil/backplane/testkit';
import { type Logger, createLogger } from '@vigil/common';
import { Alert, type vigil } from '@vigil/schema';
import { Connector, type ConnectorOptions, type Sink } from '../src/index.js';

export const quiet: Logger = createLogger({
  level: process.env.TEST_LOG === '1' ? 'debug' : 'silent',
  name: 'test',
});

export interface Rig {
  server: TestServer;
  bp: Backplane;
  dir: string;
  /** Publishes `n` alerts; returns their ids by stream sequence. */
  publishAlerts(n: number, from?: number): Promise<Map<number, string>>;
}

export async function startRig(t: TestContext): Promise<Rig> {
  const server = await startTestServer();
  t.after(() => server.stop());
  const bp = await connectBackplane({ servers: server.url, name: 'connector-test' });
  t.after(() => bp.close());
  await ensureStreams(bp.jsm, {
    telemetryMaxBytes: 64 * 1024 ** 2,
    telemetryMaxAgeSeconds: 3600,
    alertsMaxBytes: 64 * 1024 ** 2,
    alertsMaxAgeSeconds: 3600,
  });
  const dir = mkdtempSync(join(tmpdir(), 'vigil-connector-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return {
    server,
    bp,
    dir,
    async publishAlerts(n, from = 0) {
      const seqs = new Map<number, string>();
      const acks: Array<Promise<void>> = [];
      for (let i = from; i < from + n; i++) {
        const a = testAlert(i);
        acks.push(
          bp.js
            .publish(alertSubject(a.host ?? '', 'warning'), Alert.encode(a).finish(), {
              msgID: a.id ?? '',
            })
            .then((ack) => void seqs.set(ack.seq, a.id ?? '')),
        );
      }
      await Promise.all(acks);
      return seqs;
    },
  };
}

/** Alert number i: a Falco-like warning with output fields and its triggering event. */
export function testAlert(i: number): vigil.v1.Alert {
  const id = `alert-${String(i).padStart(6, '0')}`;
  // fromObject turns the decimal strings of uint64 fields into Longs, as a decoded alert has.
  return Alert.fromObject({
    id,
    rule: 'Write below binary dir',
    priority: 5,
    output: `File below a known binary directory opened for writing (file=/usr/bin/x${i} user=root "quoted" [x])`,
    tags: ['filesystem', 'mitre_persistence', 'T1543'],
    source: 'syscall',
    timeNs: String(1_790_000_000_000_000_000n + BigInt(i) * 1_000_000n),
    host: 'web-1',
    outputFields: {
      'fd.name': `/usr/bin/x${i}`,
      'user.name': 'root',
      'proc.cmdline': 'sh -c "echo ]"',
    },
    detectorId: 'det-1',
    event: {
      id: `ev-${i}`,
      host: 'web-1',
      timeNs: String(1_790_000_000_000_000_000n + BigInt(i) * 1_000_000n),
      process: {
        pid: 4000 + i,
        processUid: `web-1:${4000 + i}:77`,
        exe: '/usr/bin/sh',
        comm: 'sh',
        user: 'root',
      },
      fileOpen: { path: `/usr/bin/x${i}`, flags: 577, result: 3 },
    },
  });
}

/** A connector of the rig's alerts with test-sized timings. */
export function startConnector(
  t: TestContext,
  rig: Rig,
  sink: Sink,
  options: Partial<ConnectorOptions> = {},
): Connector {
  const c = new Connector({
    name: 'test',
    backplane: rig.bp,
    sink,
    logger: quiet,
    batch: { maxEvents: 200, maxBytes: 1024 ** 2, maxAgeMs: 20 },
    concurrency: 4,
    retryBaseMs: 50,
    retryMaxMs: 400,
    recheckMs: 200,
    deadLetterFile: join(rig.dir, 'rejected.jsonl'),
    ackWaitMs: 3_000,
    stopGraceMs: 1_000,
    ...options,
  });
  t.after(() => c.stop());
  return c;
}

/** The stream sequences the server saw acknowledged by a consumer, as they happen. */
export function watchAcks(
  bp: Backplane,
  durable: string,
  onAck: (streamSeq: number) => void,
): () => void {
  // An ack is a publish to $JS.ACK.<stream>.<consumer>.<delivered>.<sseq>.<dseq>.<ts>.<pending>
  // (the reply subject of the delivered message); a core subscriber sees a copy of each.
  const sub = bp.nc.subscribe(`$JS.ACK.${ALERTS_STREAM}.${durable}.>`, {
    callback: (err, m) => {
      if (err) return;
      const body = new TextDecoder().decode(m.data);
      if (body !== '' && body !== '+ACK') return; // -NAK, +WPI (working), +TERM
      onAck(Number(m.subject.split('.')[5]));
    },
  });
  return () => sub.unsubscribe();
}
