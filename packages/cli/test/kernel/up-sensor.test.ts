import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { TestContext } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  BatchConsumer,
  TELEMETRY_STREAM,
  connectBackplane,
  ensureConsumer,
  processRunning,
} from '@vigil/backplane';
import type { ServiceIdentity } from '@vigil/backplane';
import type { vigil } from '@vigil/schema';
import { localIdentity } from '../../src/backplane-identity.js';
import { waitFor } from '@vigil/backplane/testkit';

const main = fileURLToPath(new URL('../../src/main.js', import.meta.url));
const skip = process.getuid?.() === 0 ? false : 'needs root for the sensor (runs in CI as root)';
const instances = '/sys/kernel/tracing/instances';

interface Up {
  child: ChildProcess;
  dataDir: string;
  out: () => string;
  err: () => string;
  exited: Promise<number | null>;
  /** Pid of the sensor that `vigil up` printed. */
  sensorPid: number;
  /** NATS URL that `vigil up` printed. */
  url: string;
  /** The platform's NATS identity (its server refuses anonymous clients). */
  identity: ServiceIdentity | undefined;
}

/**
 * Starts `vigil up` on a fresh data directory and waits until it is up. After the test, whatever
 * is left (vigil up, its nats-server) is killed and the directory removed.
 */
async function startUp(t: TestContext, env: Record<string, string> = {}): Promise<Up> {
  const dataDir = mkdtempSync(join(tmpdir(), 'vigil-up-sensor-'));
  const child = spawn(
    process.execPath,
    [main, 'up', '--data-dir', dataDir, '--nats-port', '0', '--log-level', 'warn'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    },
  );
  let out = '';
  let err = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((r) => child.once('exit', (c) => r(c)));
  t.after(async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await exited;
    }
    try {
      process.kill(Number(readFileSync(join(dataDir, 'nats/nats-server.pid'), 'utf8')), 'SIGKILL');
    } catch {
      // not running
    }
    rmSync(dataDir, { recursive: true, force: true });
  });
  await waitFor(() => out.includes('vigil is up'), {
    timeoutMs: 30_000,
    message: () => `not up: ${err}`,
  });
  return {
    child,
    dataDir,
    out: () => out,
    err: () => err,
    exited,
    sensorPid: Number(/sensor\s+pid (\d+)/.exec(out)?.[1]),
    url: /nats\s+(nats:\/\/\S+)/.exec(out)?.[1] as string,
    identity: localIdentity(dataDir, 'platform'),
  };
}

/**
 * Reads vigil up's telemetry stream with a durable consumer of its own, from the start, handing
 * each event to `onEvent`; closed after the test.
 */
async function readTelemetry(
  t: TestContext,
  up: Up,
  durable: string,
  onEvent: (e: vigil.v1.IEvent) => void,
): Promise<void> {
  const bp = await connectBackplane({
    servers: up.url,
    name: 'up-sensor-test',
    identity: up.identity,
  });
  t.after(() => bp.close());
  await ensureConsumer(bp.jsm, { stream: TELEMETRY_STREAM, durable });
  const consumer = new BatchConsumer(bp.js, {
    stream: TELEMETRY_STREAM,
    durable,
    handler: (batch) => {
      for (const e of batch.events) onEvent(e);
      return Promise.resolve();
    },
  });
  await consumer.start();
  t.after(() => consumer.stop());
}

test(
  'vigil up runs the sensor: a new process reaches the telemetry stream; stopping leaves nothing behind',
  { skip },
  async (t) => {
    const up = await startUp(t);
    assert.ok(processRunning(up.sensorPid), `sensor running: ${up.out()}`);
    assert.ok(existsSync(join(instances, `vigil-${up.sensorPid}`)));

    const seen: string[] = [];
    await readTelemetry(t, up, 'up-sensor-test', (e) => {
      if (e.processExec) seen.push((e.process?.argv ?? []).join(' '));
    });
    const marker = `vigil-up-${randomBytes(5).toString('hex')}`;
    spawn('/bin/sh', ['-c', `sleep 0.3; : ${marker}`], { stdio: 'ignore' });
    await waitFor(() => seen.some((a) => a.includes(marker)), {
      timeoutMs: 15_000,
      message: `no exec of ${marker} on the stream`,
    });

    up.child.kill('SIGTERM');
    assert.equal(await up.exited, 0);
    assert.equal(processRunning(up.sensorPid), false, 'the sensor stopped with vigil up');
    assert.equal(existsSync(join(instances, `vigil-${up.sensorPid}`)), false);
  },
);

test(
  'a sensor whose vigil up was killed -9 stops by itself and removes its instance',
  { skip },
  async (t) => {
    const up = await startUp(t);
    up.child.kill('SIGKILL');
    await waitFor(() => !processRunning(up.sensorPid), {
      timeoutMs: 20_000,
      message: 'orphaned sensor kept running',
    });
    assert.equal(existsSync(join(instances, `vigil-${up.sensorPid}`)), false);
  },
);

test(
  "vigil up restarts a sensor that died, and the new one removes the dead one's instance",
  { skip },
  async (t) => {
    const up = await startUp(t);
    process.kill(up.sensorPid, 'SIGKILL');
    // The restarted sensor announces itself on vigil up's stderr.
    await waitFor(() => (up.err().match(/vigil sensor on /g) ?? []).length >= 2, {
      timeoutMs: 30_000,
      message: () => `no restart: ${up.err().slice(-2000)}`,
    });
    assert.match(up.err(), /"msg":"sensor exited; restarting"/);
    assert.equal(
      existsSync(join(instances, `vigil-${up.sensorPid}`)),
      false,
      "the dead sensor's instance was removed",
    );
    up.child.kill('SIGTERM');
    assert.equal(await up.exited, 0);
    const left = readdirSync(instances).filter((n) => n.startsWith('vigil-'));
    assert.deepEqual(left, [], 'no instance is left after vigil up stops');
  },
);

test(
  "the platform's own files are not telemetry: vigil up's processes inside its data directory are counted as excluded, a shell's open there is reported",
  { skip },
  async (t) => {
    const up = await startUp(t, { VIGIL_SENSOR__STATUS_INTERVAL_SECONDS: '1' });
    const inside: Array<{ pid: number; ppid: number; comm: string; path: string }> = [];
    let excluded = 0;
    const dir = `${up.dataDir}/`;
    await readTelemetry(t, up, 'up-sensor-own-files', (e) => {
      const path = e.fileOpen?.path ?? e.fileUnlink?.path ?? e.fileRename?.newPath;
      if (path?.startsWith(dir))
        inside.push({
          pid: e.process?.pid ?? 0,
          ppid: e.process?.ppid ?? 0,
          comm: e.process?.comm ?? '',
          path,
        });
      for (const k of e.sensorStatus?.excluded ?? [])
        if (k.kind === 'fileOpen') excluded = Number(k.count);
    });
    const upPid = up.child.pid as number;
    const platform = (e: { pid: number; ppid: number }) => e.pid === upPid || e.ppid === upPid;
    // Each batch the sensor publishes makes nats-server write its store (the consumers'
    // acknowledgements), which, reported, made the next batch: a loop on an idle host.
    const marker = join(up.dataDir, `marker-${randomBytes(5).toString('hex')}`);
    const shell = spawn('/bin/sh', ['-c', `sleep 0.3; echo x > ${marker}`], { stdio: 'ignore' });
    await waitFor(() => inside.some((e) => e.path === marker && e.pid === shell.pid), {
      timeoutMs: 15_000,
      message: `the shell's open of ${marker} was not reported`,
    });
    await waitFor(() => excluded > 0, {
      timeoutMs: 15_000,
      message: () =>
        `no file event counted as excluded; the platform's reported: ${inside.filter(platform).length}`,
    });
    assert.deepEqual(
      inside.filter(platform).slice(0, 5),
      [],
      "file events of vigil up's own processes inside its data directory",
    );
  },
);
