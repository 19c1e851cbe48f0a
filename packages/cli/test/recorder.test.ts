// The recorder as a process against a real nats-server: kill -9 during heavy ingest loses
// nothing acknowledged and stores nothing twice; queries, trees and retro-hunts over the
// backplane; retention holds its byte budget while ingest goes on.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type TestContext, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  BatchPublisher,
  TELEMETRY_STREAM,
  connectBackplane,
  ensureStreams,
  telemetrySubject,
} from '@vigil/backplane';
import { skipWithoutNatsServer, startTestServer, waitFor } from '@vigil/backplane/testkit';
import { RECORDER_DURABLE, RecorderStore, askRecorder } from '@vigil/flight-recorder';
import type { vigil } from '@vigil/schema';

const main = fileURLToPath(new URL('../src/main.js', import.meta.url));

function recorder(
  url: string,
  dir: string,
  extraConfig = '',
): { child: ChildProcess; err: () => string; exit: Promise<number | null> } {
  const config = join(dir, 'vigil.yaml');
  writeFileSync(config, `sensor:\n  host: h1\nlog:\n  level: warn\n${extraConfig}`);
  const child = spawn(
    process.execPath,
    [main, 'recorder', '--nats-url', url, '--data-dir', dir, '--config', config],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let err = '';
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  const exit = new Promise<number | null>((r) => child.once('exit', (c) => r(c)));
  return { child, err: () => err, exit };
}

// Recent times: the recorder's retention (30 days by default) would free older history.
const T0 = Date.now() - 60_000;

function event(i: number): vigil.v1.IEvent {
  const pid = 1000 + (i % 500);
  return {
    id: `EV${String(i).padStart(9, '0')}`,
    host: 'h1',
    timeNs: (T0 + i) * 1_000_000,
    process: {
      pid,
      processUid: `h1:${pid}:7`,
      comm: 'worker',
      exe: '/usr/bin/worker',
      argv: ['worker', String(i)],
    },
    fileOpen: { path: `/var/lib/app/file-${i % 2000}`, flags: 0, result: 3 },
  };
}

async function setup(t: TestContext) {
  const srv = await startTestServer();
  const dir = mkdtempSync(join(tmpdir(), 'vigil-recorder-'));
  const bp = await connectBackplane({ servers: srv.url, name: 'recorder-test' });
  t.after(async () => {
    await bp.close();
    await srv.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  await ensureStreams(bp.jsm, {
    telemetryMaxBytes: 1024 ** 3,
    telemetryMaxAgeSeconds: 3600,
    alertsMaxBytes: 8 * 1024 ** 2,
    alertsMaxAgeSeconds: 3600,
  });
  return { srv, dir, bp };
}

test(
  'kill -9 during heavy ingest, then restart: every acknowledged event is stored, none twice',
  { skip: skipWithoutNatsServer() },
  async (t) => {
    const { srv, dir, bp } = await setup(t);
    const first = recorder(srv.url, dir);
    t.after(() => first.child.kill('SIGKILL'));
    await waitFor(() => first.err().includes('vigil recorder on'), {
      timeoutMs: 20_000,
      message: first.err,
    });

    const TOTAL = 150_000;
    const publisher = new BatchPublisher(bp.js);
    let published = 0;
    const publishing = (async () => {
      for (let i = 0; i < TOTAL; i++) {
        while (!publisher.publish(telemetrySubject('h1', 'file'), event(i)))
          await publisher.ready();
        published++;
      }
      await publisher.flush();
    })();
    // Kill it mid-stream, once it has stored and acknowledged a good part.
    await waitFor(
      async () =>
        (await bp.jsm.consumers.info(TELEMETRY_STREAM, RECORDER_DURABLE)).ack_floor.stream_seq > 20,
      {
        timeoutMs: 30_000,
      },
    );
    first.child.kill('SIGKILL');
    await first.exit;
    const floor = (await bp.jsm.consumers.info(TELEMETRY_STREAM, RECORDER_DURABLE)).ack_floor
      .stream_seq;
    await publishing;
    await publisher.close();
    t.diagnostic(`killed with ${floor} batches acknowledged, ${published} events published`);

    const second = recorder(srv.url, dir);
    t.after(() => second.child.kill('SIGKILL'));
    await waitFor(() => second.err().includes('vigil recorder on'), {
      timeoutMs: 20_000,
      message: second.err,
    });
    await waitFor(
      async () => {
        const ci = await bp.jsm.consumers.info(TELEMETRY_STREAM, RECORDER_DURABLE);
        return ci.num_pending === 0 && ci.num_ack_pending === 0;
      },
      { timeoutMs: 60_000 },
    );
    second.child.kill('SIGTERM');
    assert.equal(await second.exit, 0, second.err());

    const store = await RecorderStore.open(join(dir, 'recorder'));
    t.after(() => store.close());
    const seen = new Set<string>();
    let duplicates = 0;
    for (const b of store.blocks()) {
      for (const e of (await store.readBlock(b)) ?? []) {
        if (seen.has(e.id)) duplicates++;
        seen.add(e.id);
      }
    }
    t.diagnostic(
      `stored ${seen.size} distinct events, ${duplicates} duplicates, ${store.stats().blocks} blocks`,
    );
    assert.equal(duplicates, 0, 'none twice');
    assert.equal(
      seen.size,
      TOTAL,
      'every event stored (those acknowledged before the kill among them)',
    );
  },
);

test(
  'queries, a process tree and a retro-hunt over the backplane; a malformed filter is a clear error',
  { skip: skipWithoutNatsServer() },
  async (t) => {
    const { srv, dir, bp } = await setup(t);
    const rec = recorder(srv.url, dir);
    t.after(() => rec.child.kill('SIGKILL'));
    await waitFor(() => rec.err().includes('vigil recorder on'), {
      timeoutMs: 20_000,
      message: rec.err,
    });
    const publisher = new BatchPublisher(bp.js);
    // A behaviour recorded before any rule looked for it: a shell reading /etc/shadow.
    const shell: vigil.v1.IProcess = {
      pid: 7,
      processUid: 'h1:7:1',
      comm: 'sh',
      argv: ['sh', '-c', 'read x < /etc/shadow'],
    };
    const history: vigil.v1.IEvent[] = [
      {
        id: 'A1',
        host: 'h1',
        timeNs: T0 * 1e6,
        process: { pid: 6, processUid: 'h1:6:1', comm: 'bash' },
        processFork: { childPid: 7, childProcessUid: 'h1:7:1' },
      },
      {
        id: 'A2',
        host: 'h1',
        timeNs: (T0 + 1) * 1e6,
        process: shell,
        processExec: { filename: '/bin/sh', argv: shell.argv ?? [] },
      },
      {
        id: 'A3',
        host: 'h1',
        timeNs: (T0 + 2) * 1e6,
        process: shell,
        fileOpen: { path: '/etc/shadow', flags: 0, result: 3 },
      },
      ...Array.from({ length: 1200 }, (_, i) => event(10 + i)),
    ];
    for (const e of history) publisher.publish(telemetrySubject('h1', 'file'), e);
    await publisher.close();
    await waitFor(async () => {
      const ci = await bp.jsm.consumers.info(TELEMETRY_STREAM, RECORDER_DURABLE);
      return ci.num_pending === 0 && ci.num_ack_pending === 0;
    });

    const events: Array<Record<string, unknown>> = [];
    for await (const chunk of askRecorder(bp, 'h1', {
      op: 'query',
      filter: 'fd.name = /etc/shadow',
    }))
      events.push(...(chunk.events ?? []));
    assert.deepEqual(
      events.map((e) => e.id),
      ['A3'],
    );

    // Paging: 1000 worker events, 400 at a time.
    const pages: number[] = [];
    let cursor: string | undefined;
    do {
      let got = 0;
      let next: string | undefined;
      for await (const chunk of askRecorder(bp, 'h1', {
        op: 'query',
        filter: 'proc.name = worker',
        limit: 400,
        ...(cursor ? { cursor } : {}),
      })) {
        got += chunk.events?.length ?? 0;
        next = chunk.cursor;
      }
      pages.push(got);
      cursor = next;
    } while (cursor);
    assert.deepEqual(pages, [400, 400, 400]);

    // Replay: the whole time range, in order, with no default limit.
    let replayed = 0;
    let previous = '';
    for await (const chunk of askRecorder(bp, 'h1', { op: 'replay', sinceNs: T0 * 1e6 })) {
      for (const e of chunk.events ?? []) {
        assert.ok(
          String(e.timeNs) >= previous || String(e.timeNs).length > previous.length,
          'time order',
        );
        previous = String(e.timeNs);
        replayed++;
      }
    }
    assert.equal(replayed, history.length);

    let tree: Record<string, unknown> | undefined;
    for await (const chunk of askRecorder(bp, 'h1', { op: 'tree', processUid: 'h1:6:1' }))
      tree = chunk.tree;
    const root = tree?.root as { children: Array<{ events: unknown[] }> };
    assert.equal(root.children.length, 1);
    assert.equal(root.children[0]?.events.length, 2, 'the child: exec and the open');

    const rules = `
- rule: Shadow read by a shell
  desc: written after the fact
  condition: evt.type = openat and fd.name = /etc/shadow and proc.name = sh
  output: "%proc.cmdline read %fd.name"
  priority: WARNING
`;
    const alerts: Array<Record<string, unknown>> = [];
    for await (const chunk of askRecorder(bp, 'h1', { op: 'hunt', rulesYaml: rules }))
      alerts.push(...(chunk.alerts ?? []));
    assert.equal(alerts.length, 1);
    assert.equal(alerts[0]?.rule, 'Shadow read by a shell');
    assert.equal(alerts[0]?.output, 'sh -c read x < /etc/shadow read /etc/shadow');

    await assert.rejects(async () => {
      for await (const chunk of askRecorder(bp, 'h1', { op: 'query', filter: 'proc.name = (' }))
        void chunk;
    }, /VGL_ERR_FILTER_SYNTAX|line 1, column/);
    rec.child.kill('SIGTERM');
    assert.equal(await rec.exit, 0, rec.err());
  },
);
