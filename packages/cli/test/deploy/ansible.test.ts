// deploy/ansible, really applied: `ansible-playbook -i localhost, -c local` puts this machine's
// NATS leaf node and sensor under a scratch prefix from a release tarball (pnpm run package),
// starts them without systemd (there is none here), and the installed sensor reports a real
// exec on the backplane; a second run changes nothing; ansible-lint passes.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { findExecutable } from '@vigil/backplane';
import { freePorts } from '../harness.js';
import { makeRelease, repo, seesExec, stopServices } from './host-check.js';

const ansibleDir = join(repo, 'deploy', 'ansible');
const playbook = findExecutable('ansible-playbook');
const lint = findExecutable('ansible-lint');

const skip =
  process.getuid?.() !== 0
    ? 'needs root: the sensor role runs the sensor (runs in CI as root)'
    : !playbook
      ? 'ansible is not installed: apt-get install ansible (scripts/bootstrap.sh test does)'
      : Number(process.versions.node.split('.')[0]) !== 24
        ? 'the release tarball ships Node 24'
        : false;

/** Ansible's and ansible-lint's own state (~/.ansible, ~/.cache) in the test's folder. */
function ansibleHome(dir: string): Record<string, string> {
  return {
    ANSIBLE_HOME: join(dir, 'ansible-home'),
    ANSIBLE_LOCAL_TEMP: join(dir, 'ansible-home', 'tmp'),
    // -c local runs the 'remote' side here too.
    ANSIBLE_REMOTE_TEMP: join(dir, 'ansible-home', 'remote-tmp'),
    XDG_CACHE_HOME: join(dir, 'cache'),
  };
}

/** The PLAY RECAP line's counts. */
function recap(out: string): Record<string, number> {
  const line = out.split('\n').find((l) => /^localhost\s+:\s+ok=/.test(l)) ?? '';
  return Object.fromEntries([...line.matchAll(/(\w+)=(\d+)/g)].map((m) => [m[1]!, Number(m[2])]));
}

test(
  'ansible: the NATS and sensor roles applied to this machine; the sensor reports an exec; a second run changes nothing',
  { skip },
  async (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-ansible-'));
    const root = join(dir, 'root');
    t.after(() => {
      // The sensor first, while its backplane is there to take its last words.
      stopServices(root, ['vigil-sensor', 'vigil-nats']);
      rmSync(dir, { recursive: true, force: true });
    });
    const tarball = makeRelease(join(dir, 'release'));
    const [leafPort, monitorPort] = await freePorts(2);
    writeFileSync(
      join(dir, 'vars.json'),
      JSON.stringify({
        test_root: root,
        vigil_release_tarball: tarball,
        leaf_port: leafPort,
        leaf_monitor_port: monitorPort,
      }),
    );
    const apply = () =>
      spawnSync(
        playbook!,
        ['-i', 'localhost,', '-c', 'local', 'tests/local.yml', '-e', `@${join(dir, 'vars.json')}`],
        {
          cwd: ansibleDir,
          encoding: 'utf8',
          env: {
            ...process.env,
            ANSIBLE_CONFIG: join(ansibleDir, 'ansible.cfg'),
            ...ansibleHome(dir),
            ANSIBLE_NOCOLOR: '1',
          },
          timeout: 600_000,
        },
      );
    const first = apply();
    assert.equal(first.status, 0, `${first.stdout.slice(-4000)}\n${first.stderr}`);
    assert.ok((recap(first.stdout).changed ?? 0) > 0, 'the first run installs');

    // The installed sensor, on the installed leaf node, reports an exec.
    await seesExec(t, {
      natsPort: leafPort!,
      platformSeedFile: join(root, 'etc/vigil/nats/platform.seed'),
      host: 'ansible-test',
      log: () => readFileSync(join(root, 'var/log/vigil/vigil-sensor.log'), 'utf8'),
    });

    const second = apply();
    assert.equal(second.status, 0, second.stdout.slice(-4000));
    assert.equal(
      recap(second.stdout).changed,
      0,
      `a second run changes nothing:\n${second.stdout.slice(-3000)}`,
    );
  },
);

test(
  'ansible-lint passes on deploy/ansible',
  {
    skip: lint
      ? false
      : 'ansible-lint is not installed: apt-get install ansible-lint (scripts/bootstrap.sh test does)',
  },
  (t) => {
    const lintHome = mkdtempSync(join(tmpdir(), 'vigil-ansible-lint-'));
    t.after(() => rmSync(lintHome, { recursive: true, force: true }));
    const r = spawnSync(lint!, ['--offline', '--nocolor'], {
      cwd: ansibleDir,
      encoding: 'utf8',
      env: {
        ...process.env,
        ANSIBLE_CONFIG: join(ansibleDir, 'ansible.cfg'),
        ...ansibleHome(lintHome),
      },
    });
    assert.equal(r.status, 0, `${r.stdout}\n${r.stderr}`);
  },
);
