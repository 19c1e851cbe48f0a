import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ClassicLevel } from 'classic-level';
import { Event, kindOf, type vigil } from '@vigil/schema';
import {
  type BlockMeta,
  MalformedEventError,
  RecorderStore,
  approxNs,
  buildBlock,
  decodeBlock,
  indexValues,
  scanEvent,
  prepareQuery,
  processTree,
  runQuery,
  type QuerySpec,
} from '../src/index.js';

const T0 = 1_763_800_000_000_000_000;
const MS = 1_000_000;

function proc(
  pid: number,
  comm: string,
  extra: Partial<vigil.v1.IProcess> = {},
): vigil.v1.IProcess {
  return { pid, processUid: `h1:${pid}:1`, comm, exe: `/usr/bin/${comm}`, argv: [comm], ...extra };
}

let seq = 0;
function ev(ms: number, body: vigil.v1.IEvent): vigil.v1.IEvent {
  seq++;
  return { id: `E${String(seq).padStart(6, '0')}`, host: 'h1', timeNs: T0 + ms * MS, ...body };
}

/** A small history: a shell forks a child that execs curl, which connects and writes a file. */
function history(): vigil.v1.IEvent[] {
  const shell = proc(100, 'bash');
  const child = proc(101, 'bash', {
    ppid: 100,
    ancestors: [{ pid: 100, processUid: 'h1:100:1', comm: 'bash' }],
  });
  const curl = {
    ...child,
    comm: 'curl',
    exe: '/usr/bin/curl',
    argv: ['curl', 'http://203.0.113.5/x'],
  };
  return [
    ev(10, { process: shell, processExec: { filename: '/usr/bin/bash' } }),
    ev(20, { process: shell, processFork: { childPid: 101, childProcessUid: 'h1:101:1' } }),
    ev(30, { process: curl, processExec: { filename: '/usr/bin/curl', argv: curl.argv } }),
    ev(40, {
      process: curl,
      netConnect: {
        family: 1,
        protocol: 1,
        remote: { address: '203.0.113.5', port: 80 },
        result: 0,
      },
    }),
    ev(50, { process: curl, fileOpen: { path: '/tmp/x', flags: 0o101, result: 3 } }),
    ev(60, {
      process: proc(200, 'nginx'),
      container: { id: 'c'.repeat(64), name: 'web' },
      fileOpen: { path: '/etc/nginx/nginx.conf', flags: 0, result: 4 },
    }),
    ev(70, { process: curl, processExit: { code: 0 } }),
  ];
}

async function ids(store: RecorderStore, spec: QuerySpec): Promise<string[]> {
  const out: string[] = [];
  for await (const e of runQuery(store, prepareQuery(spec))) out.push(e.id);
  return out;
}

async function withStore<T>(fn: (store: RecorderStore, dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-rec-'));
  const store = await RecorderStore.open(dir);
  try {
    return await fn(store, dir);
  } finally {
    await store.close().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
}

test('queries by process uid, pid, exe, path, remote ip and container, with filters, in time order', async () => {
  await withStore(async (store) => {
    const h = history();
    // Two writes whose times interleave: the merge still yields time order.
    await store.append([h[0], h[2], h[4], h[6]] as vigil.v1.IEvent[]);
    await store.append([h[1], h[3], h[5]] as vigil.v1.IEvent[]);
    const all = h.map((e) => e.id as string);
    assert.deepEqual(await ids(store, {}), all);
    assert.deepEqual(await ids(store, { filter: 'proc.uid = "h1:101:1"' }), [
      all[2],
      all[3],
      all[4],
      all[6],
    ]);
    assert.deepEqual(await ids(store, { filter: 'proc.pid = 100' }), [all[0], all[1]]);
    assert.deepEqual(
      await ids(store, { filter: 'proc.exepath = /usr/bin/curl and evt.type = connect' }),
      [all[3]],
    );
    assert.deepEqual(await ids(store, { filter: 'fd.name = /tmp/x' }), [all[4]]);
    assert.deepEqual(await ids(store, { filter: 'fd.rip = 203.0.113.5' }), [all[3]]);
    assert.deepEqual(await ids(store, { containers: ['web'] }), [all[5]]);
    assert.deepEqual(
      await ids(store, { filter: 'container.name = web and fd.name startswith /etc/' }),
      [all[5]],
    );
    assert.deepEqual(await ids(store, { kinds: ['process_exec'] }), [all[0], all[2]]);
    assert.deepEqual(await ids(store, { sinceNs: T0 + 30 * MS, untilNs: T0 + 50 * MS }), [
      all[2],
      all[3],
    ]);
    // Limit and cursor: the second page starts after the first.
    const page = await ids(store, { limit: 3 });
    assert.deepEqual(page, all.slice(0, 3));
    const last = h[2] as vigil.v1.IEvent;
    assert.deepEqual(await ids(store, { cursor: `${T0 + 30 * MS}:${last.id}` }), all.slice(3));
    assert.throws(() => prepareQuery({ filter: 'proc.name = ' }), /line 1, column 13/);
    assert.throws(() => prepareQuery({ kinds: ['bogus'] }), /unknown event kind 'bogus'/);
    assert.throws(
      () => prepareQuery({ filter: 'proc.env contains X' }),
      /proc\.env, which Vigil cannot supply/,
    );
  });
});

test('blocks are chosen by their Bloom filters: a query for an absent value opens none', async () => {
  await withStore(async (store) => {
    await store.append(history());
    const q = prepareQuery({ filter: 'proc.pid = 999' });
    const blocks = store.blocks();
    assert.equal(blocks.length, 1);
    assert.ok(!(blocks[0]?.bloom.has('p:999') ?? true));
    assert.deepEqual(await ids(store, { filter: 'proc.pid = 999' }), []);
    assert.equal(q.requirements.length, 1);
  });
});

test('a process tree across fork and exec: ancestors, children, and what each did', async () => {
  await withStore(async (store) => {
    await store.append(history());
    const tree = await processTree(store, 'h1:100:1', 4);
    assert.equal(tree.root.events.length, 2);
    assert.equal(tree.root.children.length, 1);
    const child = tree.root.children[0];
    assert.equal((child?.process as { comm: string }).comm, 'curl', 'the child after its exec');
    assert.deepEqual(
      child?.events.map((e) =>
        Object.keys(e).find((k) =>
          ['processExec', 'netConnect', 'fileOpen', 'processExit'].includes(k),
        ),
      ),
      ['processExec', 'netConnect', 'fileOpen', 'processExit'],
    );
    const sub = await processTree(store, 'h1:101:1', 4);
    assert.deepEqual(
      sub.ancestors.map((a) => a.processUid),
      ['h1:100:1'],
    );
  });
});

test('a corrupted or truncated block is reported and skipped; the rest is served', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-rec-'));
  try {
    const h = history();
    let store = await RecorderStore.open(dir);
    await store.append(h.slice(0, 3));
    await store.append(h.slice(3, 5));
    await store.append(h.slice(5));
    await store.close();
    // Damage the second block: cut it short, as a torn write or a bad disk would.
    const db = new ClassicLevel<Buffer, Buffer>(dir, {
      keyEncoding: 'buffer',
      valueEncoding: 'buffer',
    });
    await db.open();
    const key = Buffer.alloc(9);
    key.write('B', 0);
    key.writeBigUInt64BE(2n, 1);
    const data = await db.get(key);
    assert.ok(data);
    await db.put(key, data.subarray(0, Math.floor(data.length / 2)));
    await db.close();
    const corrupt: string[] = [];
    store = await RecorderStore.open(dir, {
      onCorrupt: (id, reason) => corrupt.push(`${id}: ${reason}`),
    });
    const got = await ids(store, {});
    assert.deepEqual(
      got,
      [...h.slice(0, 3), ...h.slice(5)].map((e) => e.id),
    );
    assert.equal(corrupt.length, 1);
    assert.match(corrupt[0] ?? '', /^2: /);
    assert.equal(store.stats().corrupt, 1);
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('events and the stream position are stored together; reopening knows both', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-rec-'));
  try {
    const store = await RecorderStore.open(dir);
    await store.append(history(), { stream: 'S', seq: 42 });
    await store.close();
    const again = await RecorderStore.open(dir);
    assert.equal(again.storedUpTo('S'), 42);
    assert.equal(again.stats().events, 7);
    await again.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('retention holds the byte budget on disk while ingest goes on (measured)', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-rec-'));
  const BUDGET = 24 * 1024 * 1024;
  const store = await RecorderStore.open(dir, { maxBytes: BUDGET });
  t.after(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const now = Date.now();
  let n = 0;
  let maxDisk = 0;
  let freed = 0;
  // About 60 MiB of history through a 24 MiB budget; retention runs after each write, as the
  // recorder runs it on a timer.
  for (let batch = 0; batch < 120; batch++) {
    const events: vigil.v1.IEvent[] = [];
    for (let i = 0; i < 4096; i++, n++) {
      events.push({
        id: `R${String(n).padStart(9, '0')}`,
        host: 'h1',
        timeNs: (now + n) * MS,
        process: {
          pid: n % 30_000,
          processUid: `h1:${n}:1`,
          comm: 'job',
          argv: ['job', randomBytes(48).toString('hex')],
        },
        fileOpen: { path: `/data/${randomBytes(8).toString('hex')}`, flags: 0, result: 3 },
      });
    }
    await store.append(events);
    freed += (await store.enforceRetention()).blocks;
    maxDisk = Math.max(maxDisk, store.diskBytes());
  }
  const kept = store.stats();
  t.diagnostic(
    `${n} events written (${(kept.bytes / 1024 ** 2).toFixed(1)} MiB of blocks kept); budget ${BUDGET / 1024 ** 2} MiB; ` +
      `max disk ${(maxDisk / 1024 ** 2).toFixed(1)} MiB; ${freed} blocks freed`,
  );
  assert.ok(freed > 0, 'retention freed segments');
  assert.ok(maxDisk <= BUDGET * 1.05, `disk ${maxDisk} within 5% of the budget ${BUDGET}`);
  // What is kept is the newest history.
  const first = (await store.readBlock(store.blocks()[0] as BlockMeta))?.[0];
  assert.ok(Number(first?.id.slice(1)) > n / 4);
});

/** An event's bytes as the backplane carries them. */
const bytesOf = (e: vigil.v1.IEvent): Buffer => Buffer.from(Event.encode(e).finish());

test('events kept as bytes give the same header, index and block as decoded ones', () => {
  const events = [
    ...history(),
    ev(80, {
      process: proc(300, 'mv'),
      fileRename: { oldPath: '/tmp/a', newPath: '/tmp/b', result: 0 },
    }),
    // A link is found by its new name and by an absolute target; a relative target names nothing.
    ev(82, {
      process: proc(303, 'ln'),
      fileLink: { linkPath: '/tmp/l', target: '/etc/shadow', hard: false, result: 0 },
    }),
    ev(84, {
      process: proc(303, 'ln'),
      fileLink: { linkPath: '/tmp/m', target: '../up', hard: false, result: 0 },
    }),
    // A directory made is found by its path.
    ev(86, {
      process: proc(304, 'mkdir'),
      fileMkdir: { path: '/usr/bin/.hidden', mode: 0o755, result: 0 },
    }),
    ev(90, {
      process: proc(301, 'sshd'),
      netAccept: { family: 2, protocol: 1, remote: { address: '2001:db8::1', port: 5555 } },
    }),
    // A time past 2^53 ns, read as approxNs reads it.
    {
      ...ev(0, { process: proc(302, 'x'), fileUnlink: { path: '/tmp/z' } }),
      timeNs: 2 ** 62 + 12345,
    },
  ];
  for (const e of events) {
    const raw = scanEvent(bytesOf(e));
    assert.equal(raw.kind, kindOf(e));
    assert.equal(raw.timeNs, approxNs(e.timeNs));
    assert.equal(raw.processUid, e.process?.processUid ?? '');
    assert.equal(raw.id, e.id);
    assert.equal(raw.host, e.host);
    const values = new Set<string>();
    indexValues(e, values);
    assert.deepEqual(new Set(raw.values), values, `${e.id} ${raw.kind}`);
    if (e.fileMkdir)
      assert.deepEqual(
        [...values].filter((v) => v.startsWith('f:')),
        ['f:/usr/bin/.hidden'],
      );
    if (e.fileLink) {
      const paths = [...values].filter((v) => v.startsWith('f:'));
      assert.deepEqual(
        paths,
        e.fileLink.target === '/etc/shadow' ? ['f:/tmp/l', 'f:/etc/shadow'] : ['f:/tmp/m'],
      );
    }
  }
  const fromObjects = buildBlock(1, events);
  const fromBytes = buildBlock(
    1,
    events.map((e) => scanEvent(bytesOf(e))),
  );
  assert.deepEqual(fromBytes.data, fromObjects.data);
  assert.deepEqual(
    { ...fromBytes.meta, bloom: [...fromBytes.meta.bloom.bits] },
    {
      ...fromObjects.meta,
      bloom: [...fromObjects.meta.bloom.bits],
    },
  );
  assert.deepEqual(
    decodeBlock(fromBytes.data).map((e) => e.id),
    decodeBlock(fromObjects.data).map((e) => e.id),
  );
  // Not an event: a payload is missing, or the bytes are cut.
  assert.throws(() => scanEvent(bytesOf({ id: 'x', host: 'h1' })), MalformedEventError);
  assert.throws(
    () => scanEvent(bytesOf(events[0] as vigil.v1.IEvent).subarray(0, 20)),
    MalformedEventError,
  );
});

test('an event stored as bytes that do not decode is left out and reported; its block is read', async () => {
  await withStore(async (store) => {
    const good = history().map((e) => scanEvent(bytesOf(e)));
    // Well framed for the scan (a payload, a process), but an ancestor of its process (which the
    // scan does not read) holds an unknown field of wire type 7, which a full decode refuses.
    const bad = Buffer.concat([
      bytesOf(ev(55, { process: proc(100, 'bash'), fileOpen: { path: '/p' } })),
      Buffer.from([0x3a, 0x06, 0xaa, 0x01, 0x03, 0xff, 0x01, 0x00]),
    ]);
    const poisoned = scanEvent(bad);
    await store.append([...good.slice(0, 3), poisoned, ...good.slice(3)]);
    const all = await ids(store, {});
    assert.deepEqual(
      all,
      good.map((e) => e.id),
    );
    assert.equal(store.stats().corrupt, 1);
  });
});

test('which messages are stored is exact: one redelivered after newer ones is not taken as stored', async () => {
  await withStore(async (store, dir) => {
    // A new recorder after a crash: newer messages first, the dead one's redeliveries later.
    await store.append(history().slice(0, 3), { stream: 'S', seqs: [7, 8, 9] });
    assert.equal(store.isStored('S', 8), true);
    assert.equal(store.isStored('S', 5), false, 'a lower sequence not yet stored');
    await store.append(history().slice(3), { stream: 'S', seqs: [4, 5, 6] });
    assert.equal(store.isStored('S', 5), true);
    assert.equal(store.isStored('S', 3), false);
    assert.equal(store.storedUpTo('S'), 9);
    await store.close();
    const again = await RecorderStore.open(dir);
    assert.equal(again.isStored('S', 6), true);
    assert.equal(again.isStored('S', 2), false);
    await again.close();
  });
});
