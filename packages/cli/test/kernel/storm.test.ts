import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  BatchConsumer,
  TELEMETRY_STREAM,
  connectBackplane,
  ensureConsumer,
  ensureStreams,
  hostTelemetryWildcard,
} from '@vigil/backplane';
import { skipWithoutNatsServer, startTestServer, waitFor } from '@vigil/backplane/testkit';
import { kindOf } from '@vigil/schema';
import { childPids, processCpuSeconds } from '@vigil/sensor';
import type { vigil } from '@vigil/schema';

const main = fileURLToPath(new URL('../../src/main.js', import.meta.url));
const skip =
  process.getuid?.() !== 0
    ? 'needs root for the sensor (runs in CI as root)'
    : skipWithoutNatsServer();
const BUDGET_CORES = 0.25;
const MEMORY_MIB = 256;

function rssBytes(pid: number): number {
  try {
    return (
      Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) *
      1024
    );
  } catch {
    return 0;
  }
}

/** The sensor process and its helpers (bpftrace). */
function family(pid: number): number[] {
  return [pid, ...childPids(pid)];
}

test(
  'under an exec/open storm beyond its budget, the sensor accounts for every event by kind and keeps to its CPU budget (bpftrace included) and memory budget',
  { skip },
  async (t) => {
    const srv = await startTestServer();
    const dir = mkdtempSync(join(tmpdir(), 'vigil-storm-'));
    const bp = await connectBackplane({ servers: srv.url, name: 'storm-test' });
    t.after(async () => {
      await bp.close();
      await srv.stop();
      rmSync(dir, { recursive: true, force: true });
    });
    await ensureStreams(bp.jsm, {
      telemetryMaxBytes: 1024 ** 3,
      telemetryMaxAgeSeconds: 3600,
      alertsMaxBytes: 8 * 1024 ** 2,
      alertsMaxAgeSeconds: 3600,
    });
    await ensureConsumer(bp.jsm, {
      stream: TELEMETRY_STREAM,
      durable: 'storm',
      filterSubject: hostTelemetryWildcard('storm-host'),
    });
    const delivered = new Map<string, number>();
    const lost = new Map<string, number>();
    let lastStatus: vigil.v1.ISensorStatus | undefined;
    const consumer = new BatchConsumer(bp.js, {
      stream: TELEMETRY_STREAM,
      durable: 'storm',
      handler: (batch) => {
        for (const e of batch.events) {
          const kind = kindOf(e) as string;
          if (e.lost) {
            for (const k of e.lost.kinds ?? [])
              lost.set(k.kind ?? '', (lost.get(k.kind ?? '') ?? 0) + Number(k.count));
          } else if (e.sensorStatus) lastStatus = e.sensorStatus;
          else delivered.set(kind, (delivered.get(kind) ?? 0) + 1);
        }
        return Promise.resolve();
      },
    });
    await consumer.start();
    t.after(() => consumer.stop());

    const config = join(dir, 'vigil.yaml');
    writeFileSync(
      config,
      `sensor:\n  host: storm-host\n  cpuBudgetCores: ${BUDGET_CORES}\n  memoryBudgetMiB: ${MEMORY_MIB}\n  queueCapacity: 2048\n  statusIntervalSeconds: 0.5\nlog:\n  level: warn\n`,
    );
    const sensor = spawn(
      process.execPath,
      [main, 'sensor', '--nats-url', srv.url, '--config', config, '--data-dir', dir],
      {
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let err = '';
    sensor.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const exited = new Promise<number | null>((r) => sensor.once('exit', (c) => r(c)));
    t.after(() => {
      sensor.kill('SIGKILL');
    });
    await waitFor(() => err.includes('vigil sensor on'), {
      timeoutMs: 30_000,
      message: () => `sensor did not start: ${err}`,
    });
    const pids = family(sensor.pid as number);
    // Let the start settle (the /proc scan, bpftrace's attach, the first compilations): the budget
    // is about a running sensor meeting a storm.
    await new Promise((r) => setTimeout(r, 1_500));

    // The storm: four shells, each execing and opening as fast as it can, for about 4 seconds.
    const cpu0 = pids.map((p) => processCpuSeconds(p));
    const t0 = Date.now();
    let maxRss = 0;
    const sampler = setInterval(() => {
      maxRss = Math.max(maxRss, rssBytes(sensor.pid as number));
    }, 100);
    const storm = Array.from({ length: 4 }, () =>
      spawn(
        '/bin/sh',
        [
          '-c',
          'end=$(($(date +%s) + 4)); while [ $(date +%s) -lt $end ]; do /bin/true; cat /etc/hostname > /dev/null; done',
        ],
        { stdio: 'ignore' },
      ),
    );
    await Promise.all(storm.map((s) => new Promise((r) => s.once('exit', r))));
    const seconds = (Date.now() - t0) / 1000;
    const cores = pids.map((p, i) => processCpuSeconds(p) - (cpu0[i] as number));
    clearInterval(sampler);
    const sensorCores = (cores[0] as number) / seconds;
    const helperCores = cores.slice(1).reduce((a, b) => a + b, 0) / seconds;

    sensor.kill('SIGTERM');
    assert.equal(await exited, 0, err);
    // Everything the sensor published, the final heartbeat and Lost records included, arrives.
    await waitFor(
      async () => {
        const ci = await bp.jsm.consumers.info(TELEMETRY_STREAM, 'storm');
        return ci.num_pending === 0 && ci.num_ack_pending === 0;
      },
      { timeoutMs: 30_000 },
    );
    assert.ok(lastStatus, 'a final SensorStatus');
    const generated = new Map(
      (lastStatus.generated ?? []).map((k) => [k.kind as string, Number(k.count)]),
    );
    let totalLost = 0;
    let totalGenerated = 0;
    const rows: string[] = [];
    for (const [kind, gen] of generated) {
      if (kind === 'sensorStatus') continue;
      const d = delivered.get(kind) ?? 0;
      const l = lost.get(kind) ?? 0;
      rows.push(`${kind}: generated ${gen} = delivered ${d} + lost ${l}`);
      assert.equal(gen, d + l, `${kind}: generated ${gen} != delivered ${d} + lost ${l}`);
      totalLost += l;
      totalGenerated += gen;
    }
    for (const kind of delivered.keys())
      assert.ok(generated.has(kind), `${kind} delivered but never generated`);
    t.diagnostic(rows.join('; '));
    t.diagnostic(
      `storm ${seconds.toFixed(1)} s: sensor ${sensorCores.toFixed(3)} cores, bpftrace ${helperCores.toFixed(3)} cores ` +
        `(budget ${BUDGET_CORES}); max RSS ${(maxRss / 1024 ** 2).toFixed(0)} MiB (budget ${MEMORY_MIB}); ` +
        `${totalGenerated} generated, ${totalLost} shed`,
    );
    assert.ok(totalLost > 0, 'the storm must go beyond the budget');
    assert.ok(maxRss < MEMORY_MIB * 1024 ** 2, `RSS ${maxRss} over the limit`);
    // The sensor keeps to its budget, its helper (bpftrace) included, measured over the whole
    // storm, with one budget check's worth of slack: the governor counts bpftrace's CPU as its
    // own and sheds in the kernel too (0.236 cores here: sensor 0.183, bpftrace 0.053).
    assert.ok(
      sensorCores + helperCores <= BUDGET_CORES * 1.1,
      `sensor and bpftrace used ${(sensorCores + helperCores).toFixed(3)} cores under the storm, budget ${BUDGET_CORES}`,
    );
  },
);
