import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { SupervisorError } from '@vigil/common';
import { NatsServer, connectBackplane, processRunning } from '../src/index.js';
import { skipWithoutNatsServer } from '../src/testkit.js';

function tempDir(t: { after: (fn: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-nats-sup-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const alive = processRunning;

test('a missing nats-server binary is named, with how to install it', async (t) => {
  const server = new NatsServer({ dir: tempDir(t), binary: 'nats-server-that-does-not-exist' });
  await assert.rejects(server.start(), (err: unknown) => {
    assert.ok(err instanceof SupervisorError);
    assert.equal(err.code, 'VGL_ERR_NATS_BINARY_MISSING');
    assert.match(err.message, /nats-server-that-does-not-exist/);
    assert.match(err.message, /apt-get install nats-server/);
    return true;
  });
});

test(
  'the server listens on loopback with JetStream under its folder, and stops cleanly',
  { skip: skipWithoutNatsServer() },
  async (t) => {
    const dir = tempDir(t);
    const server = new NatsServer({ dir });
    await server.start();
    const pid = server.pid as number;
    t.after(() => server.kill());
    assert.match(server.url, /^nats:\/\/127\.0\.0\.1:\d+$/);
    assert.notEqual(server.port, 4222);
    const bp = await connectBackplane({ servers: server.url, name: 'sup-test' });
    const info = await bp.jsm.getAccountInfo();
    assert.ok(info.limits !== undefined, 'JetStream is enabled');
    await bp.close();
    assert.match(
      readFileSync(join(dir, 'nats-server.conf'), 'utf8'),
      new RegExp(`store_dir: "${join(dir, 'jetstream')}"`),
    );
    await server.stop();
    assert.equal(alive(pid), false, 'nats-server must be gone after stop');
  },
);

test(
  'a server left behind by a crashed supervisor is stopped before a new one starts',
  { skip: skipWithoutNatsServer() },
  async (t) => {
    const dir = tempDir(t);
    const crashed = new NatsServer({ dir });
    await crashed.start();
    const stale = crashed.pid as number;
    t.after(() => crashed.kill());
    // A new supervisor on the same folder: the old server must not keep the store.
    const next = new NatsServer({ dir });
    await next.start();
    t.after(() => next.stop());
    assert.equal(alive(stale), false);
    assert.notEqual(next.pid, stale);
  },
);

test(
  'a server that cannot start reports its output',
  { skip: skipWithoutNatsServer() },
  async (t) => {
    const server = new NatsServer({ dir: tempDir(t), extraConfig: 'this is not a nats config {' });
    await assert.rejects(server.start(), (err: unknown) => {
      assert.ok(err instanceof SupervisorError);
      assert.equal(err.code, 'VGL_ERR_NATS_START');
      assert.match(err.message, /nats-server did not start \(exited with code 1\)/);
      return true;
    });
  },
);
