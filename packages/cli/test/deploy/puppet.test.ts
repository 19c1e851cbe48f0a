// deploy/puppet, really applied: `puppet apply` of the vigil module puts this machine's NATS
// leaf node and sensor under a scratch prefix from a release tarball, starts them without
// systemd, and the installed sensor reports a real exec; the first run changes things (exit
// code 2), the second nothing (0). puppet-lint and rspec-puppet pass.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { findExecutable } from '@vigil/backplane';
import { freePorts } from '../harness.js';
import { makeRelease, repo, seesExec, stopServices } from './host-check.js';

const moduleDir = join(repo, 'deploy', 'puppet', 'vigil');
const puppet = findExecutable('puppet');
const skip =
  process.getuid?.() !== 0
    ? 'needs root: the sensor class runs the sensor (runs in CI as root)'
    : !puppet
      ? 'puppet is not installed: apt-get install puppet (scripts/bootstrap.sh test does)'
      : Number(process.versions.node.split('.')[0]) !== 24
        ? 'the release tarball ships Node 24'
        : false;

test(
  'puppet apply: vigil::nats and vigil::sensor on this machine; the sensor reports an exec; exit 2, then 0',
  { skip },
  async (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-puppet-'));
    const root = join(dir, 'root');
    t.after(() => {
      stopServices(root, ['vigil-sensor', 'vigil-nats']);
      rmSync(dir, { recursive: true, force: true });
    });
    const tarball = makeRelease(join(dir, 'release'));
    const [natsPort, monitorPort] = await freePorts(2);
    const manifest = join(dir, 'site.pp');
    writeFileSync(
      manifest,
      [
        "class { 'vigil':",
        `  release_tarball  => '${tarball}',`,
        `  root             => '${root}',`,
        `  deploy_dir       => '${join(repo, 'deploy')}',`,
        "  user             => 'root',",
        '  manage_user      => false,',
        '  use_systemd      => false,',
        '  install_packages => false,',
        "  host             => 'puppet-test',",
        `  nats_port        => ${natsPort},`,
        '}',
        `class { 'vigil::nats': mode => 'leaf', monitor_port => ${monitorPort} }`,
        'include vigil::sensor',
        '',
      ].join('\n'),
    );
    // Puppet's own state (its vardir, reports, lock) in the test's folder, not the machine's.
    const state = join(dir, 'puppet');
    const apply = () =>
      spawnSync(
        puppet!,
        [
          'apply',
          '--detailed-exitcodes',
          '--color=false',
          '--modulepath',
          join(repo, 'deploy', 'puppet'),
          '--confdir',
          join(state, 'conf'),
          '--vardir',
          join(state, 'var'),
          '--logdir',
          join(state, 'log'),
          '--rundir',
          join(state, 'run'),
          // Debian's puppet keeps its ssl folder in /var/lib/puppet whatever the vardir.
          '--ssldir',
          join(state, 'ssl'),
          '--codedir',
          join(state, 'code'),
          manifest,
        ],
        { encoding: 'utf8', timeout: 600_000 },
      );
    const first = apply();
    assert.equal(
      first.status,
      2,
      `first run: exit ${first.status}\n${first.stdout.slice(-3000)}\n${first.stderr.slice(-3000)}`,
    );
    await seesExec(t, {
      natsPort: natsPort!,
      platformSeedFile: join(root, 'etc/vigil/nats/platform.seed'),
      host: 'puppet-test',
      log: () => readFileSync(join(root, 'var/log/vigil/vigil-sensor.log'), 'utf8'),
    });
    const second = apply();
    assert.equal(
      second.status,
      0,
      `second run: exit ${second.status}\n${second.stdout.slice(-3000)}\n${second.stderr.slice(-3000)}`,
    );
  },
);

test(
  'puppet-lint and rspec-puppet pass on deploy/puppet/vigil',
  {
    skip:
      findExecutable('puppet-lint') && findExecutable('rspec')
        ? false
        : 'puppet-lint or rspec-puppet is not installed: apt-get install puppet-lint ruby-rspec-puppet (scripts/bootstrap.sh test does)',
  },
  () => {
    const lint = spawnSync(
      findExecutable('puppet-lint')!,
      ['--fail-on-warnings', 'manifests', 'functions', 'templates', 'examples'],
      // puppet-lint's autoloader check reads the module's name from PWD, not from the cwd.
      { cwd: moduleDir, encoding: 'utf8', env: { ...process.env, PWD: moduleDir } },
    );
    assert.equal(lint.status, 0, `${lint.stdout}${lint.stderr}`);
    const spec = spawnSync(findExecutable('rspec')!, [], {
      cwd: moduleDir,
      encoding: 'utf8',
      timeout: 300_000,
    });
    assert.equal(spec.status, 0, `${spec.stdout.slice(-4000)}${spec.stderr.slice(-2000)}`);
    assert.match(spec.stdout, /\d+ examples, 0 failures/);
  },
);
