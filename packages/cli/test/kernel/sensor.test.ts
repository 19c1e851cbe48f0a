import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { waitFor } from '@vigil/backplane/testkit';

const main = fileURLToPath(new URL('../../src/main.js', import.meta.url));
const skip = process.getuid?.() === 0 ? false : 'needs root for tracefs (runs in CI as root)';
const instances = '/sys/kernel/tracing/instances';

function sensor(
  args: string[],
  dataDir: string,
): { child: ChildProcess; out: () => string; err: () => string; exit: Promise<number | null> } {
  const child = spawn(
    process.execPath,
    [main, 'sensor', '--data-dir', dataDir, '--log-level', 'warn', ...args],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  let err = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  const exit = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  return { child, out: () => out, err: () => err, exit };
}

/** How long a sensor may take to start, as vigil up's other waits on it (30 s). */
const SENSOR_START_MS = 30_000;

test(
  'vigil sensor --stdout prints events as JSON lines, and its tracefs instance goes with it, after SIGKILL too',
  { skip },
  async (t) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'vigil-sensor-'));
    const children: ChildProcess[] = [];
    t.after(() => {
      for (const c of children) c.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    });
    const first = sensor(['--stdout'], dataDir);
    children.push(first.child);
    // A start compiles and attaches bpftrace's ~70 probes: 6-8 s on this 2-vCPU host.
    await waitFor(() => first.err().includes('tracefs running'), {
      timeoutMs: SENSOR_START_MS,
      message: () => `sensor did not start: ${first.err()}`,
    });
    const instance = join(instances, `vigil-${first.child.pid}`);
    assert.ok(existsSync(instance), 'its own instance exists');

    const marker = `vigil-cli-${randomBytes(5).toString('hex')}`;
    spawn('/bin/sh', ['-c', `sleep 0.3; : ${marker}`], { stdio: 'ignore' });
    const line = await waitFor(
      () =>
        first
          .out()
          .split('\n')
          .find((l) => l.includes(marker) && l.includes('"processExec"')),
      {
        message: () => `no event with ${marker}`,
      },
    );
    const ev = JSON.parse(line) as {
      processExec?: { filename: string };
      process?: { argv: string[] };
    };
    assert.equal(ev.processExec?.filename, '/bin/sh');
    assert.deepEqual(ev.process?.argv, ['/bin/sh', '-c', `sleep 0.3; : ${marker}`]);

    first.child.kill('SIGTERM');
    assert.equal(await first.exit, 0);
    assert.equal(existsSync(instance), false, 'removed on SIGTERM');

    const killed = sensor(['--stdout'], dataDir);
    children.push(killed.child);
    await waitFor(() => killed.err().includes('tracefs running'), { timeoutMs: SENSOR_START_MS });
    const stale = join(instances, `vigil-${killed.child.pid}`);
    killed.child.kill('SIGKILL');
    await killed.exit;
    assert.ok(existsSync(stale), 'SIGKILL leaves the instance behind');

    const next = sensor(['--stdout'], dataDir);
    children.push(next.child);
    await waitFor(() => next.err().includes('tracefs running'), { timeoutMs: SENSOR_START_MS });
    assert.equal(existsSync(stale), false, 'the next start removed the stale instance');
    next.child.kill('SIGINT');
    assert.equal(await next.exit, 0);
    assert.equal(existsSync(join(instances, `vigil-${next.child.pid}`)), false);
  },
);

test('vigil sensor with an unknown collector says which exist', async (t) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'vigil-sensor-'));
  t.after(() => rmSync(dataDir, { recursive: true, force: true }));
  const run = sensor(['--stdout', '--collectors', 'tracefs,kprobes'], dataDir);
  assert.equal(await run.exit, 1);
  assert.match(
    run.err(),
    /\/sensor\/collectors\/1 \(flag --collectors\): must be one of "tracefs", "ebpf", "procfs", "replay"/,
  );
});
