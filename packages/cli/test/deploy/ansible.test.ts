// deploy/ansible, really applied: `ansible-playbook -i localhost, -c local` puts this machine's
// NATS leaf node and sensor under a scratch prefix from a release tarball (pnpm run package),
// starts them without systemd (there is none here), and the installed sensor reports a real
// exec on the backplane; a second run changes nothing; ansible-lint passes.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  TELEMETRY_STREAM,
  connectBackplane,
  decodeBatch,
  findExecutable,
  telemetrySubject,
} from '@vigil/backplane';
import { waitFor } from '@vigil/backplane/testkit';
import { freePorts } from '../harness.js';

const repo = fileURLToPath(new URL('../../../../../', import.meta.url));
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
    const service = (action: string, name: string) =>
      spawnSync(join(root, 'usr/lib/vigil/vigil-service'), [action, name], {
        env: { ...process.env, VIGIL_RUN_DIR: join(root, 'run/vigil') },
        encoding: 'utf8',
      });
    t.after(() => {
      // The sensor first, while its backplane is there to take its last words.
      service('stop', 'vigil-sensor');
      service('stop', 'vigil-nats');
      rmSync(dir, { recursive: true, force: true });
    });
    const made = spawnSync(
      process.execPath,
      [join(repo, 'scripts/package.mjs'), '--out', join(dir, 'release')],
      {
        encoding: 'utf8',
      },
    );
    assert.equal(made.status, 0, made.stderr);
    const tarball = readdirSync(join(dir, 'release')).find((f) => f.endsWith('.tar.gz'))!;
    const [leafPort, monitorPort] = await freePorts(2);
    writeFileSync(
      join(dir, 'vars.json'),
      JSON.stringify({
        test_root: root,
        vigil_release_tarball: join(dir, 'release', tarball),
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
            ANSIBLE_NOCOLOR: '1',
          },
          timeout: 600_000,
        },
      );
    const first = apply();
    assert.equal(first.status, 0, `${first.stdout.slice(-4000)}\n${first.stderr}`);
    assert.ok((recap(first.stdout).changed ?? 0) > 0, 'the first run installs');

    // The installed sensor, on the installed leaf node, reports an exec.
    const [seed = '', inboxPrefix = ''] = readFileSync(
      join(root, 'etc/vigil/nats/platform.seed'),
      'utf8',
    ).split('\n');
    const bp = await connectBackplane({
      servers: `nats://127.0.0.1:${leafPort}`,
      name: 'ansible-test',
      identity: { seed, inboxPrefix },
    });
    t.after(() => bp.close());
    const consumer = await bp.js.consumers.get(TELEMETRY_STREAM, {
      filter_subjects: telemetrySubject('ansible-test', 'process'),
    });
    const marker = `vigil-ansible-${process.pid}`;
    let seen = false;
    const messages = await consumer.consume({
      callback: (m) => {
        for (const e of decodeBatch(m.data))
          if (e.processExec && (e.process?.argv ?? []).includes(marker)) seen = true;
      },
    });
    t.after(() => messages.close());
    await waitFor(
      () => {
        spawnSync('/bin/true', [marker]);
        return seen;
      },
      {
        timeoutMs: 60_000,
        intervalMs: 500,
        message: () =>
          `no exec event: ${readFileSync(join(root, 'var/log/vigil/vigil-sensor.log'), 'utf8').slice(-2000)}`,
      },
    );

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
  () => {
    const r = spawnSync(lint!, ['--offline', '--nocolor'], {
      cwd: ansibleDir,
      encoding: 'utf8',
      env: { ...process.env, ANSIBLE_CONFIG: join(ansibleDir, 'ansible.cfg') },
    });
    assert.equal(r.status, 0, `${r.stdout}\n${r.stderr}`);
  },
);
