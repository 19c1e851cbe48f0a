// A build server's ordinary day through `vigil up`, as root: compiling a C file, installing and
// building this project (a clone of it), and apt-get installing (then purging) a small package
// whose files include a cron job and a systemd unit. Vigil's ruleset must raise nothing at
// WARNING or above.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { waitFor } from '@vigil/backplane/testkit';
import { Alert, v1 } from '@vigil/schema';
import { alertFor, startVigilUp } from './vigil-up.js';

const repoRoot = fileURLToPath(new URL('../../../../../', import.meta.url));
const pnpm = join(repoRoot, '.tools', 'bin', 'pnpm');
const PACKAGE = 'vigil-benign-test';

function have(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
}

const skip =
  process.getuid?.() !== 0
    ? 'needs root for the sensor and apt-get (runs in CI as root)'
    : !['cc', 'git', 'dpkg-deb', 'apt-get'].every(have)
      ? 'needs cc, git, dpkg-deb and apt-get'
      : false;

/**
 * Runs a command to completion; throws with its output when it fails. Asynchronously: the test's
 * event loop must keep reading vigil up's output meanwhile, or vigil up blocks writing to it.
 */
async function run(
  cmd: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<void> {
  const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], ...options });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-3000)));
  const code = await new Promise<number | null>((r) => child.once('exit', (c) => r(c)));
  if (code !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${code}): ${stderr}`);
}

/** A small Debian package with a cron job, a systemd unit and maintainer scripts. */
async function buildPackage(dir: string): Promise<string> {
  const root = join(dir, 'pkg');
  for (const d of ['DEBIAN', 'etc/cron.d', 'lib/systemd/system', 'usr/bin'])
    mkdirSync(join(root, d), { recursive: true });
  writeFileSync(
    join(root, 'DEBIAN/control'),
    `Package: ${PACKAGE}\nVersion: 1.0\nArchitecture: all\nMaintainer: Vigil tests <tests@vigil.invalid>\nDescription: benign package for Vigil's noise test\n`,
  );
  writeFileSync(
    join(root, 'DEBIAN/postinst'),
    '#!/bin/sh\nset -e\nmkdir -p /var/lib/vigil-benign-test\necho installed > /var/lib/vigil-benign-test/state\n',
    { mode: 0o755 },
  );
  writeFileSync(
    join(root, 'DEBIAN/postrm'),
    '#!/bin/sh\nset -e\nrm -rf /var/lib/vigil-benign-test\n',
    { mode: 0o755 },
  );
  writeFileSync(join(root, `etc/cron.d/${PACKAGE}`), '# nothing to do\n');
  writeFileSync(
    join(root, `lib/systemd/system/${PACKAGE}.service`),
    '[Unit]\nDescription=benign\n[Service]\nExecStart=/bin/true\n',
  );
  writeFileSync(join(root, `usr/bin/${PACKAGE}`), '#!/bin/sh\necho benign\n', { mode: 0o755 });
  const deb = join(dir, `${PACKAGE}.deb`);
  await run('dpkg-deb', ['--root-owner-group', '--build', root, deb]);
  return deb;
}

test(
  "a benign build-server workload raises no alert at WARNING or above from Vigil's ruleset",
  { skip },
  async (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-benign-'));
    t.after(() => {
      spawnSync('apt-get', ['purge', '-y', '-q', PACKAGE], {
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    });
    // A budget the workload cannot exhaust: the sensor sheds nothing, so the rules see it all
    // (under its default budget it sheds file events during bursts, counted as Lost).
    const up = await startVigilUp(
      t,
      dir,
      'sensor:\n  cpuBudgetCores: 2\n  memoryBudgetMiB: 1024\nlog:\n  level: warn\n',
    );
    // 1. Compile and link a C file.
    const c = join(dir, 'hello.c');
    writeFileSync(c, '#include <stdio.h>\nint main(void) { puts("hello"); return 0; }\n');
    await run('cc', ['-O2', '-Wall', '-o', join(dir, 'hello'), c]);

    // 2. Install and build this project, in a clone.
    const clone = join(dir, 'clone');
    await run('git', ['clone', '-q', '--no-hardlinks', repoRoot, clone]);
    const env = {
      ...process.env,
      PATH: `${dirname(pnpm)}:${dirname(process.execPath)}:${process.env.PATH ?? ''}`,
    };
    await run(pnpm, ['install', '--offline', '--frozen-lockfile'], { cwd: clone, env });
    await run(pnpm, ['run', '-s', 'build'], { cwd: clone, env });

    // 3. apt-get install a small package (a local .deb: no network needed), then purge it.
    const deb = await buildPackage(dir);
    const aptEnv = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    await run('apt-get', ['install', '-y', '-q', deb], { env: aptEnv });
    await run(PACKAGE, []);
    await run('apt-get', ['purge', '-y', '-q', PACKAGE], { env: aptEnv });

    // A control at the end: the pipeline was live all along (an alert it must raise arrives).
    await run('/bin/sh', ['-c', 'read x < /etc/shadow; : vigil-benign-control']);
    const control = () => alertFor(up.alerts, 'Shadow file read', 'vigil-benign-control');
    // After a build the sensor may have a backlog to work through (it sheds nothing here).
    const controlAt = Date.now();
    await waitFor(control, {
      timeoutMs: 90_000,
      message: () =>
        `the control behaviour raised no alert: the pipeline is not live; alerts: ${up.alerts.map((r) => r.alert.rule).join(', ')}; log: ${up.err().slice(-3000)}`,
    });
    t.diagnostic(`control alert after ${Date.now() - controlAt} ms`);
    const alerts = up.alerts.map((r) => r.alert);
    const summary = alerts.map(
      (a) => `${Alert.toObject(a, { enums: String }).priority as string} ${a.rule}: ${a.output}`,
    );
    t.diagnostic(
      `${alerts.length} alert(s) during the workload${summary.length ? `:\n${summary.join('\n')}` : ''}`,
    );
    const loud = alerts.filter(
      (a) =>
        a.priority >= v1.Priority.PRIORITY_EMERGENCY &&
        a.priority <= v1.Priority.PRIORITY_WARNING &&
        !(a.event?.process?.argv ?? []).join(' ').includes('vigil-benign-control'),
    );
    assert.deepEqual(
      loud.map((a) => `${a.rule}: ${a.output}`),
      [],
      'no alert at WARNING or above',
    );
    assert.equal(await up.stop(), 0);
  },
);
