import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  BatchConsumer,
  TELEMETRY_STREAM,
  connectBackplane,
  ensureConsumer,
  processRunning,
} from '@vigil/backplane';
import { waitFor } from '@vigil/backplane/testkit';

const main = fileURLToPath(new URL('../../src/main.js', import.meta.url));
const skip = process.getuid?.() === 0 ? false : 'needs root for the sensor (runs in CI as root)';

test(
  'vigil up runs the sensor: a new process reaches the telemetry stream; stopping leaves nothing behind',
  { skip },
  async (t) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'vigil-up-sensor-'));
    const up = spawn(
      process.execPath,
      [main, 'up', '--data-dir', dataDir, '--nats-port', '0', '--log-level', 'warn'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let err = '';
    up.stdout.on('data', (d: Buffer) => (out += d.toString()));
    up.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const exited = new Promise<number | null>((r) => up.once('exit', (c) => r(c)));
    t.after(async () => {
      if (up.exitCode === null) {
        up.kill('SIGKILL');
        await exited;
      }
      for (const f of ['nats/nats-server.pid']) {
        try {
          process.kill(Number(readFileSync(join(dataDir, f), 'utf8')), 'SIGKILL');
        } catch {
          // not running
        }
      }
      rmSync(dataDir, { recursive: true, force: true });
    });
    await waitFor(() => out.includes('vigil is up'), {
      timeoutMs: 30_000,
      message: () => `not up: ${err}`,
    });
    const url = /nats\s+(nats:\/\/\S+)/.exec(out)?.[1] as string;
    const sensorPid = Number(/sensor\s+pid (\d+)/.exec(out)?.[1]);
    assert.ok(processRunning(sensorPid), `sensor running: ${out}`);
    assert.ok(existsSync(`/sys/kernel/tracing/instances/vigil-${sensorPid}`));

    const bp = await connectBackplane({ servers: url, name: 'up-sensor-test' });
    t.after(() => bp.close());
    await ensureConsumer(bp.jsm, { stream: TELEMETRY_STREAM, durable: 'up-sensor-test' });
    const seen: string[] = [];
    const consumer = new BatchConsumer(bp.js, {
      stream: TELEMETRY_STREAM,
      durable: 'up-sensor-test',
      handler: (batch) => {
        for (const e of batch.events)
          if (e.processExec) seen.push((e.process?.argv ?? []).join(' '));
        return Promise.resolve();
      },
    });
    await consumer.start();
    t.after(() => consumer.stop());
    const marker = `vigil-up-${randomBytes(5).toString('hex')}`;
    spawn('/bin/sh', ['-c', `sleep 0.3; : ${marker}`], { stdio: 'ignore' });
    await waitFor(() => seen.some((a) => a.includes(marker)), {
      timeoutMs: 15_000,
      message: `no exec of ${marker} on the stream`,
    });

    up.kill('SIGTERM');
    assert.equal(await exited, 0);
    assert.equal(processRunning(sensorPid), false, 'the sensor stopped with vigil up');
    assert.equal(existsSync(`/sys/kernel/tracing/instances/vigil-${sensorPid}`), false);
  },
);

test(
  'a sensor whose vigil up was killed -9 stops by itself and removes its instance',
  { skip },
  async (t) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'vigil-up-sensor-'));
    const up = spawn(
      process.execPath,
      [main, 'up', '--data-dir', dataDir, '--nats-port', '0', '--log-level', 'warn'],
      {
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    );
    let out = '';
    up.stdout.on('data', (d: Buffer) => (out += d.toString()));
    t.after(() => {
      up.kill('SIGKILL');
      try {
        process.kill(
          Number(readFileSync(join(dataDir, 'nats/nats-server.pid'), 'utf8')),
          'SIGKILL',
        );
      } catch {
        // not running
      }
      rmSync(dataDir, { recursive: true, force: true });
    });
    await waitFor(() => out.includes('vigil is up'), { timeoutMs: 30_000 });
    const sensorPid = Number(/sensor\s+pid (\d+)/.exec(out)?.[1]);
    up.kill('SIGKILL');
    await waitFor(() => !processRunning(sensorPid), {
      timeoutMs: 20_000,
      message: 'orphaned sensor kept running',
    });
    assert.equal(existsSync(`/sys/kernel/tracing/instances/vigil-${sensorPid}`), false);
  },
);

test(
  "vigil up restarts a sensor that died, and the new one removes the dead one's instance",
  { skip },
  async (t) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'vigil-up-sensor-'));
    const up = spawn(
      process.execPath,
      [main, 'up', '--data-dir', dataDir, '--nats-port', '0', '--log-level', 'warn'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let err = '';
    up.stdout.on('data', (d: Buffer) => (out += d.toString()));
    up.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const exited = new Promise<number | null>((r) => up.once('exit', (c) => r(c)));
    t.after(async () => {
      if (up.exitCode === null) {
        up.kill('SIGKILL');
        await exited;
      }
      try {
        process.kill(
          Number(readFileSync(join(dataDir, 'nats/nats-server.pid'), 'utf8')),
          'SIGKILL',
        );
      } catch {
        // not running
      }
      rmSync(dataDir, { recursive: true, force: true });
    });
    await waitFor(() => out.includes('vigil is up'), {
      timeoutMs: 30_000,
      message: () => `not up: ${err}`,
    });
    const first = Number(/sensor\s+pid (\d+)/.exec(out)?.[1]);
    process.kill(first, 'SIGKILL');
    // The restarted sensor announces itself on vigil up's stderr.
    await waitFor(() => (err.match(/vigil sensor on /g) ?? []).length >= 2, {
      timeoutMs: 30_000,
      message: () => `no restart: ${err.slice(-2000)}`,
    });
    assert.match(err, /"msg":"sensor exited; restarting"/);
    assert.equal(
      existsSync(`/sys/kernel/tracing/instances/vigil-${first}`),
      false,
      "the dead sensor's instance was removed",
    );
    up.kill('SIGTERM');
    assert.equal(await exited, 0);
    const instances = readdirSync('/sys/kernel/tracing/instances').filter((n) =>
      n.startsWith('vigil-'),
    );
    assert.deepEqual(instances, [], 'no instance is left after vigil up stops');
  },
);
