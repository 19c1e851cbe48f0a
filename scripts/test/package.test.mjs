// The release artifact: `scripts/package.mjs` makes the tarball; unpacked elsewhere, its
// bin/vigil runs with an empty environment (no Node, no pnpm on the PATH), loads the rules, and,
// as root, its sensor (native addons, bpftrace, tracefs) reports a real exec.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const node24 = Number(process.versions.node.split('.')[0]) === 24;

test(
  'pnpm run package: a tarball that runs vigil without Node or pnpm on the host',
  { skip: node24 ? false : `the release ships Node 24; this is ${process.version}` },
  async (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-release-'));
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    const made = spawnSync(
      process.execPath,
      [join(root, 'scripts/package.mjs'), '--out', join(dir, 'out')],
      {
        encoding: 'utf8',
      },
    );
    assert.equal(made.status, 0, made.stderr);
    const tarball = readdirSync(join(dir, 'out')).find((f) => f.endsWith('.tar.gz'));
    assert.match(tarball ?? '', /^vigil-\d+\.\d+\.\d+-linux-x64\.tar\.gz$/);
    spawnSync('tar', ['-xzf', join(dir, 'out', tarball), '-C', dir]);
    const vigil = join(dir, tarball.replace(/\.tar\.gz$/, ''), 'bin', 'vigil');
    const bare = (args) => spawnSync(vigil, args, { encoding: 'utf8', env: {} });
    const version = bare(['--version']);
    assert.equal(version.status, 0, version.stderr);
    assert.match(version.stdout, /^\d+\.\d+\.\d+\n$/);
    const rules = bare(['rules', 'validate', join(root, 'packages/detect/rules/vigil_rules.yaml')]);
    assert.equal(rules.status, 0, rules.stderr);
    assert.match(rules.stdout, /0 error\(s\)/);

    if (process.getuid?.() !== 0) {
      t.diagnostic('not root: the packaged sensor is not tried');
      return;
    }
    // The packaged sensor (tracefs; eBPF too where bpftrace is installed) reports an exec.
    const sensor = spawn(vigil, ['sensor', '--stdout', '--data-dir', join(dir, 'data')], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { PATH: '/usr/sbin:/usr/bin:/sbin:/bin' },
    });
    t.after(() => {
      if (sensor.exitCode === null) sensor.kill('SIGTERM');
    });
    let out = '';
    let err = '';
    sensor.stdout.on('data', (d) => (out += d.toString()));
    sensor.stderr.on('data', (d) => (err += d.toString()));
    const until = async (cond, ms, what) => {
      const end = Date.now() + ms;
      while (!cond()) {
        if (Date.now() > end || sensor.exitCode !== null)
          assert.fail(`${what}: ${err.slice(-2000)}`);
        await sleep(100);
      }
    };
    await until(() => /vigil sensor on /.test(err), 60_000, 'the packaged sensor did not start');
    const marker = `vigil-package-${process.pid}`;
    await until(
      () => {
        spawnSync('/bin/true', [marker]);
        return out.includes(marker);
      },
      30_000,
      'no exec event from the packaged sensor',
    );
    const exec = out
      .split('\n')
      .filter((l) => l.includes(marker))
      .map((l) => JSON.parse(l))
      .find((e) => e.processExec && (e.process?.argv ?? []).includes(marker));
    assert.ok(exec, 'an exec event of the marker');
    const exited = new Promise((r) => sensor.once('exit', r));
    sensor.kill('SIGTERM');
    await exited;
  },
);
