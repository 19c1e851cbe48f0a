// The webhook connector against an HTTP server of the test that checks the HMAC signature as a
// receiver would: signed batches; 503s retried; a refused item (422) found by splitting the batch
// and set aside in the dead-letter file while the others arrive; a wrong secret (401) stops it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { type IncomingMessage, createServer } from 'node:http';
import { join } from 'node:path';
import { test } from 'node:test';
import { skipWithoutNatsServer, waitFor } from '@vigil/backplane/testkit';
import { WebhookSink, verifyWebhook } from '../src/index.js';
import { startConnector, startRig } from './rig.js';

const skip = skipWithoutNatsServer();
const SECRET = 'a-webhook-secret-of-the-test';

interface Item {
  kind: string;
  alert: { id: string };
}

async function receiver(t: test.TestContext, answer: (items: Item[], n: number) => number) {
  const items: Item[] = [];
  const statuses: number[] = [];
  let n = 0;
  const server = createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      let status: number;
      if (
        !verifyWebhook(
          SECRET,
          {
            timestamp: req.headers['x-vigil-timestamp'] as string,
            signature: req.headers['x-vigil-signature'] as string,
          },
          body,
        )
      )
        status = 401;
      else {
        const batch = (JSON.parse(body.toString()) as { items: Item[] }).items;
        status = answer(batch, n++);
        if (status === 200) items.push(...batch);
      }
      statuses.push(status);
      res.writeHead(status, { 'content-type': 'text/plain' });
      res.end(status === 200 ? 'ok' : 'no');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  t.after(() => new Promise<void>((r) => server.close(() => r())));
  const addr = server.address() as { port: number };
  return { url: `http://127.0.0.1:${addr.port}/hooks/vigil`, items, statuses };
}

test(
  'webhook: signed batches, 503 retried, a refused item set aside while the rest arrive',
  { skip },
  async (t) => {
    const rig = await startRig(t);
    const poison = 'alert-000042';
    const r = await receiver(t, (batch, n) => {
      if (n < 3) return 503;
      return batch.some((i) => i.alert.id === poison) ? 422 : 200;
    });
    await rig.publishAlerts(200);
    const c = startConnector(t, rig, new WebhookSink({ url: r.url, secret: SECRET }), {
      batch: { maxEvents: 50, maxBytes: 1024 ** 2, maxAgeMs: 20 },
    });
    await c.start();
    await waitFor(() => c.status().delivered.alerts === 199 && c.status().rejected === 1, {
      message: () => JSON.stringify(c.status()),
    });
    const ids = new Set(r.items.map((i) => i.alert.id));
    assert.equal(ids.size, 199);
    assert.ok(!ids.has(poison));
    assert.ok(r.items.every((i) => i.kind === 'alert'));
    // The connector's first check of the receiver (an empty signed batch) may take one of them.
    assert.equal(r.statuses.slice(0, 3).join(), '503,503,503');
    assert.ok(c.status().retries >= 2, JSON.stringify(c.status()));
    const dead = readFileSync(join(rig.dir, 'rejected.jsonl'), 'utf8').trim().split('\n');
    assert.equal(dead.length, 1);
    const d = JSON.parse(dead[0]!) as { reason: string; record: { id: string }; connector: string };
    assert.equal(d.record.id, poison);
    assert.match(d.reason, /HTTP 422/);
    await waitFor(async () => {
      const info = await rig.bp.jsm.consumers.info('VIGIL_ALERTS', 'vigil-connector-test-alerts');
      return info.num_pending === 0 && info.num_ack_pending === 0;
    });
  },
);

test(
  'webhook: a wrong secret (401) stops the connector, alerts stay queued',
  { skip },
  async (t) => {
    const rig = await startRig(t);
    const r = await receiver(t, () => 200);
    await rig.publishAlerts(20);
    const c = startConnector(
      t,
      rig,
      new WebhookSink({ url: r.url, secret: 'not-the-secret-at-all' }),
    );
    await c.start();
    await waitFor(() => c.status().state === 'stopped');
    assert.match(c.status().reason ?? '', /HTTP 401/);
    await waitFor(() => c.status().lag.alerts === 20);
    assert.equal(r.items.length, 0);
  },
);
