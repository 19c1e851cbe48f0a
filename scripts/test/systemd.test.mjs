// deploy/systemd: `systemd-analyze verify` accepts every unit without a word on stderr (it exits
// 0 on unknown keys, so its stderr is what tells). The units name /opt/vigil/bin/vigil, which
// verify wants to exist: they are checked as an installer renders them, with this checkout as
// the prefix (bin/vigil is here).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const units = join(root, 'deploy', 'systemd');
const analyze = ['/usr/bin/systemd-analyze', '/bin/systemd-analyze'].find((p) => existsSync(p));
const nats = ['/usr/sbin/nats-server', '/usr/bin/nats-server'].find((p) => existsSync(p));

test(
  'systemd-analyze verify: the units are clean',
  {
    skip: !analyze
      ? 'systemd-analyze is not installed (Debian: systemd)'
      : !nats
        ? 'nats-server is not installed (vigil-nats.service runs it)'
        : false,
  },
  (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-units-'));
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    const names = readdirSync(units).filter((f) => f.endsWith('.service'));
    assert.ok(names.length >= 6, `units: ${names.join(', ')}`);
    for (const name of names) {
      const text = readFileSync(join(units, name), 'utf8')
        .replaceAll('/opt/vigil', root.replace(/\/$/, ''))
        .replaceAll('/usr/sbin/nats-server', nats);
      // A template is verified as one of its instances.
      writeFileSync(join(dir, name.replace('@.service', '@splunk.service')), text);
    }
    for (const name of readdirSync(dir)) {
      const r = spawnSync(analyze, ['verify', '--man=no', join(dir, name)], { encoding: 'utf8' });
      assert.equal(r.stderr, '', `${name}: ${r.stderr}`);
      assert.equal(r.status, 0, name);
    }
  },
);

test('the units carry the hardening the deployment promises', () => {
  for (const name of readdirSync(units).filter((f) => f.endsWith('.service'))) {
    const text = readFileSync(join(units, name), 'utf8');
    for (const key of [
      'UMask=0077',
      'NoNewPrivileges=yes',
      'ProtectSystem=strict',
      'PrivateTmp=yes',
      'Restart=on-failure',
    ])
      assert.ok(text.includes(`\n${key}\n`), `${name}: ${key}`);
    assert.match(text, /\nProtectHome=(yes|read-only)\n/, name);
    assert.match(text, /\nCapabilityBoundingSet=/, `${name}: a capability bounding set`);
    if (name !== 'vigil-sensor.service') {
      assert.match(text, /\nUser=vigil\n/, `${name} runs unprivileged`);
      assert.match(text, /\nCapabilityBoundingSet=\n/, `${name}: no capabilities`);
    }
  }
});
