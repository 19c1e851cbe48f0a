import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { Event, eventToJson } from '@vigil/schema';
import type { EventKind, vigil } from '@vigil/schema';
import { PlatformFiles } from '../src/index.js';
import { replayToEnd } from './replay-helpers.js';

const UP = 4242;

function tempDir(t: { after: (fn: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-platform-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const by = (pid: number, ppid: number): vigil.v1.IProcess => ({ pid, ppid, comm: 'x' });

test('the platform files are its processes’ operations inside its data directory, and nothing else', (t) => {
  const root = tempDir(t);
  const data = join(root, 'data');
  mkdirSync(data);
  symlinkSync(data, join(root, 'link'));
  // Given through a symbolic link: the kernel reports paths as the caller gave them, so both.
  const p = new PlatformFiles({ pid: UP, dataDir: join(root, 'link') });
  assert.deepEqual(p.dirs, [join(root, 'link'), data]);
  const open = (path: string, process = by(100, UP)): boolean =>
    p.covers({ process, fileOpen: { path } }, 'fileOpen');
  // nats-server (a child of vigil up) and vigil up itself, inside: covered.
  assert.equal(open(`${data}/nats/jetstream/o.dat`), true);
  assert.equal(open(`${root}/link/recorder/000005.log`), true);
  assert.equal(open(data), true);
  assert.equal(open(`${data}/x`, by(UP, 1)), true);
  // Anyone else, anywhere: reported.
  assert.equal(open(`${data}/x`, by(100, 1)), false, 'a shell reading the data directory');
  assert.equal(open(`${data}/x`, by(100, 101)), false, "a grandchild (vigil up's child's child)");
  assert.equal(p.covers({ fileOpen: { path: `${data}/x` } }, 'fileOpen'), false, 'no process');
  // The platform, outside or not provably inside: reported.
  assert.equal(open('/etc/shadow'), false);
  assert.equal(open(`${data}-old/x`), false, 'a sibling whose name starts the same');
  assert.equal(open(`${data}/../../etc/shadow`), false, 'dot-dot');
  assert.equal(open(`${data}/./x`), false);
  assert.equal(open(`${data}//x`), false);
  assert.equal(open('1.blk'), false, 'a relative path the sensor could not resolve');
  assert.equal(open(''), false);
  // A platform process reading its own /proc files (nats-server reads its stat every second).
  const O_CLOEXEC = 0o2000000;
  const read = (path: string, process = by(100, UP), flags = O_CLOEXEC): boolean =>
    p.covers({ process, fileOpen: { path, flags } }, 'fileOpen');
  assert.equal(read('/proc/100/stat'), true);
  assert.equal(read('/proc/self/status'), true);
  assert.equal(read('/proc/thread-self/stat'), true);
  assert.equal(read('/proc/101/stat'), false, "another process's");
  assert.equal(read('/proc/100/stat', by(100, 1)), false, 'not a platform process');
  assert.equal(read('/proc/100/attr/current', by(100, UP), 1), false, 'opened for writing');
  assert.equal(read('/proc/100/../1/environ'), false);
  assert.equal(read('/proc/100'), false, 'the directory itself is no read of a file in it');
  // Every file kind; a rename only with both ends inside.
  const kinds: Array<[EventKind, vigil.v1.IEvent]> = [
    ['fileUnlink', { fileUnlink: { path: `${data}/a` } }],
    ['fileChmod', { fileChmod: { path: `${data}/a` } }],
    ['fileChown', { fileChown: { path: `${data}/a` } }],
    ['fileWrite', { fileWrite: { path: `${data}/a` } }],
    ['fileRename', { fileRename: { oldPath: `${data}/a`, newPath: `${data}/b` } }],
  ];
  for (const [kind, e] of kinds) assert.equal(p.covers({ process: by(100, UP), ...e }, kind), true);
  const out = { fileRename: { oldPath: `${data}/a`, newPath: '/tmp/a' } };
  const into = { fileRename: { oldPath: '/etc/passwd', newPath: `${data}/a` } };
  assert.equal(p.covers({ process: by(100, UP), ...out }, 'fileRename'), false);
  assert.equal(p.covers({ process: by(100, UP), ...into }, 'fileRename'), false);
  // Never other kinds, even of the platform.
  assert.equal(
    p.covers({ process: by(100, UP), processExec: { filename: `${data}/x` } }, 'processExec'),
    false,
  );
});

test('a sensor counts the platform files as excluded, reports the rest, and its generated sums still hold', async (t) => {
  const dir = tempDir(t);
  const data = join(dir, 'data');
  mkdirSync(data);
  const line = (id: string, process: vigil.v1.IProcess, payload: object) =>
    JSON.stringify(
      eventToJson(
        Event.fromObject({ id, host: 'h', sensorId: 's', timeNs: '1', process, ...payload }),
      ),
    );
  const f = join(dir, 'events.jsonl');
  writeFileSync(
    f,
    [
      line('store', by(100, UP), { fileOpen: { path: `${data}/nats/o.dat` } }),
      line('shadow', by(100, UP), { fileOpen: { path: '/etc/shadow' } }),
      line('shell', by(200, 1), { fileOpen: { path: `${data}/nats/o.dat` } }),
      line('purge', by(100, UP), { fileUnlink: { path: `${data}/nats/1.blk` } }),
      line('exec', by(100, UP), { processExec: { filename: '/usr/sbin/nats-server' } }),
    ].join('\n') + '\n',
  );
  const { output } = await replayToEnd(f, {
    platform: { pid: UP, dataDir: data },
    governor: { statusIntervalMs: 60_000 },
  });
  const ids = output.events.filter((e) => e.kind !== 'sensorStatus').map((e) => e.event.id);
  assert.deepEqual(ids, ['shadow', 'shell', 'exec']);
  const status = output.events.filter((e) => e.kind === 'sensorStatus').at(-1)?.event.sensorStatus;
  const counts = (list: vigil.v1.IKindCount[] | null | undefined): Record<string, number> =>
    Object.fromEntries((list ?? []).map((k) => [k.kind ?? '', Number(k.count)]));
  assert.deepEqual(counts(status?.excluded), { fileOpen: 1, fileUnlink: 1 });
  // Not generated, so generated = delivered + lost still holds for every kind.
  const generated = counts(status?.generated);
  assert.equal(generated.fileOpen, 2);
  assert.equal(generated.fileUnlink, undefined);
});
