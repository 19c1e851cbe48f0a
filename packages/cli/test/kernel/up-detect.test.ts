// End to end as root through `vigil up`: real behaviours on this host reach the sensor, the
// detector raises alerts on the backplane within a second, and a rule with a kill response
// kills its process.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { SUBJECT_WILDCARDS, connectBackplane } from '@vigil/backplane';
import { waitFor } from '@vigil/backplane/testkit';
import { Alert, type vigil } from '@vigil/schema';

const main = fileURLToPath(new URL('../../src/main.js', import.meta.url));
const bpftrace = ['/usr/bin/bpftrace', '/usr/sbin/bpftrace'].some((p) => {
  try {
    readFileSync(p);
    return true;
  } catch {
    return false;
  }
});
const skip =
  process.getuid?.() !== 0
    ? 'needs root for the sensor (runs in CI as root)'
    : !bpftrace
      ? 'needs bpftrace for file opens (bootstrap installs it as root)'
      : false;

interface Received {
  alert: vigil.v1.Alert;
  at: number;
}

test(
  'through vigil up: a shell reading /etc/shadow and a binary run from /tmp raise alerts within a second; a kill rule kills its process',
  { skip },
  async (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-e2e-'));
    const marker = randomBytes(4).toString('hex');
    // A command name of at most 15 characters, so that proc.name (the comm) is all of it.
    const victimName = `vk-${marker}`;
    const rulesFile = join(dir, 'kill.yaml');
    writeFileSync(
      rulesFile,
      [
        `- rule: Kill test victim ${marker}`,
        `  desc: kills the test's victim process`,
        `  condition: evt.type = execve and proc.name = ${victimName}`,
        `  output: victim ran (pid=%proc.pid)`,
        `  priority: CRITICAL`,
        `  response: kill`,
        `  tags: [test, T0000]`,
        '',
      ].join('\n'),
    );
    const config = join(dir, 'vigil.yaml');
    writeFileSync(
      config,
      `detector:\n  rules: [${rulesFile}]\n  ruleMatching: all\nlog:\n  level: warn\n`,
    );
    const dataDir = join(dir, 'data');
    const up = spawn(
      process.execPath,
      [main, 'up', '--data-dir', dataDir, '--nats-port', '0', '--config', config],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    up.stdout?.on('data', (d: Buffer) => (out += d.toString()));
    up.stderr?.on('data', (d: Buffer) => (err += d.toString()));
    const exited = new Promise<number | null>((r) => up.once('exit', (c) => r(c)));
    t.after(async () => {
      if (up.exitCode === null && up.signalCode === null) {
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
      rmSync(dir, { recursive: true, force: true });
    });
    await waitFor(() => out.includes('vigil is up'), {
      timeoutMs: 60_000,
      message: () => `not up: ${err}`,
    });
    assert.match(out, /detector\s+pid \d+/);
    assert.match(err, /vigil detector on .*: 33 rules running/);
    const url = /nats\s+(nats:\/\/\S+)/.exec(out)?.[1] as string;

    const bp = await connectBackplane({ servers: url, name: 'e2e-detect-test' });
    t.after(() => bp.close());
    const received: Received[] = [];
    const sub = bp.nc.subscribe(SUBJECT_WILDCARDS.alerts, {
      callback: (e, msg) => {
        if (!e) received.push({ alert: Alert.decode(msg.data), at: Date.now() });
      },
    });
    t.after(() => sub.unsubscribe());
    await bp.nc.flush();
    const alertFor = (rule: string, argvPart: string) =>
      received.find(
        (r) =>
          r.alert.rule === rule &&
          (r.alert.event?.process?.argv ?? []).join(' ').includes(argvPart),
      );

    // 1. A shell reading /etc/shadow itself.
    const shadowStart = Date.now();
    const shell = spawn('/bin/sh', ['-c', `read x < /etc/shadow; : ${marker}`], {
      stdio: 'ignore',
    });
    await new Promise((r) => shell.once('exit', r));
    const shadow = await waitFor(() => alertFor('Shadow file read', marker), {
      timeoutMs: 5_000,
      message: () =>
        `no shadow alert: ${received.map((r) => r.alert.rule).join(', ')} ${err.slice(-1500)}`,
    });
    const shadowLatency = shadow.at - shadowStart;
    t.diagnostic(`shadow read -> alert: ${shadowLatency} ms`);
    assert.ok(shadowLatency < 1000, `alert within 1 s (took ${shadowLatency} ms)`);
    assert.equal(shadow.alert.priority, 4, 'ERROR');
    assert.ok(shadow.alert.tags.includes('T1003.008'));
    assert.match(shadow.alert.output, /file=\/etc\/shadow/);
    assert.ok(
      (shadow.alert.event?.process?.ancestors ?? []).length > 0,
      'the alert carries the ancestry',
    );

    // 2. A binary copied to /tmp and run.
    const dropped = join(dir, `drop-${marker}`);
    copyFileSync('/usr/bin/true', dropped);
    const dropStart = Date.now();
    const run = spawn(dropped, [marker], { stdio: 'ignore' });
    await new Promise((r) => run.once('exit', r));
    const tmpExec = await waitFor(
      () => alertFor('Executable run from a temporary directory', marker),
      {
        timeoutMs: 5_000,
        message: () => `no /tmp exec alert: ${received.map((r) => r.alert.rule).join(', ')}`,
      },
    );
    const dropLatency = tmpExec.at - dropStart;
    t.diagnostic(`exec from /tmp -> alert: ${dropLatency} ms`);
    assert.ok(dropLatency < 1000, `alert within 1 s (took ${dropLatency} ms)`);
    assert.equal(tmpExec.alert.event?.process?.exe, dropped);

    // 3. A rule with a kill response kills its process.
    const victimPath = join(dir, victimName);
    copyFileSync('/usr/bin/sleep', victimPath);
    const victim = spawn(victimPath, ['30'], { stdio: 'ignore' });
    const victimStart = Date.now();
    const ended = await new Promise<NodeJS.Signals | null>((r) =>
      victim.once('exit', (_c, s) => r(s)),
    );
    t.diagnostic(`victim killed after ${Date.now() - victimStart} ms`);
    assert.equal(ended, 'SIGKILL', 'killed by the kill response');
    await waitFor(() => received.find((r) => r.alert.rule === `Kill test victim ${marker}`), {
      message: 'the kill rule also alerted',
    });

    up.kill('SIGTERM');
    assert.equal(await exited, 0);
  },
);
