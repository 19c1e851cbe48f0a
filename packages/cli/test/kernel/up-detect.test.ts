// End to end as root through `vigil up`: real behaviours on this host reach the sensor, the
// detector raises alerts on the backplane within a second, and a rule with a kill response
// kills its process.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { waitFor } from '@vigil/backplane/testkit';
import { alertFor, startVigilUp } from './vigil-up.js';

const bpftrace = ['/usr/bin/bpftrace', '/usr/sbin/bpftrace'].some((p) => existsSync(p));
const skip =
  process.getuid?.() !== 0
    ? 'needs root for the sensor (runs in CI as root)'
    : !bpftrace
      ? 'needs bpftrace for file opens (bootstrap installs it as root)'
      : false;

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
    const up = await startVigilUp(
      t,
      dir,
      `detector:\n  rules: [${rulesFile}]\n  ruleMatching: all\nlog:\n  level: warn\n`,
    );
    assert.match(up.out(), /detector\s+pid \d+/);
    assert.match(up.err(), /vigil detector on .*: 34 rules running/);
    const received = up.alerts;

    // 1. A shell reading /etc/shadow itself.
    const shadowStart = Date.now();
    const shell = spawn('/bin/sh', ['-c', `read x < /etc/shadow; : ${marker}`], {
      stdio: 'ignore',
    });
    await new Promise((r) => shell.once('exit', r));
    const shadow = await waitFor(() => alertFor(received, 'Shadow file read', marker), {
      timeoutMs: 5_000,
      message: () =>
        `no shadow alert: ${received.map((r) => r.alert.rule).join(', ')} ${up.err().slice(-1500)}`,
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
      () => alertFor(received, 'Executable run from a temporary directory', marker),
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

    assert.equal(await up.stop(), 0);
  },
);
