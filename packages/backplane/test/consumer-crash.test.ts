import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  BatchPublisher,
  TELEMETRY_STREAM,
  connectBackplane,
  telemetrySubject,
} from '../src/index.js';
import { skipWithoutNatsServer, startTestServer, waitFor } from '../src/testkit.js';
import { sampleEvent, setUp } from './helpers.js';

const child = fileURLToPath(new URL('./fixtures/consumer-child.js', import.meta.url));

function startChild(url: string, out: string): Promise<ChildProcess> {
  const p = spawn(process.execPath, [child, url, 'crashy', out], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    p.stdout?.once('data', () => resolve(p));
    p.once('exit', (code) => reject(new Error(`consumer child exited early (${code})`)));
  });
}

function lines(file: string): string[] {
  try {
    return readFileSync(file, 'utf8').split('\n').filter(Boolean);
  } catch {
    return [];
  }
}

test(
  'a consumer killed mid-stream gets every unacknowledged batch again; nothing acknowledged is lost',
  { skip: skipWithoutNatsServer() },
  async (t) => {
    const srv = await startTestServer();
    const dir = mkdtempSync(join(tmpdir(), 'vigil-crash-'));
    const bp = await connectBackplane({ servers: srv.url, name: 'crash-test' });
    const children: ChildProcess[] = [];
    t.after(async () => {
      for (const c of children) c.kill('SIGKILL');
      await bp.close();
      await srv.stop();
      rmSync(dir, { recursive: true, force: true });
    });
    // A short ack wait, so batches held by the killed process come back quickly.
    await setUp(bp, 'crashy', undefined, 1_000);
    const n = 30_000;
    const pub = new BatchPublisher(bp.js, { maxBatchBytes: 8 * 1024 });
    const subject = telemetrySubject('test-host', 'file');
    for (let i = 0; i < n; i++) {
      while (!pub.publish(subject, sampleEvent(i))) await pub.ready();
    }
    await pub.flush();
    await pub.close();

    const out = join(dir, 'seen.txt');
    const first = await startChild(srv.url, out);
    children.push(first);
    await waitFor(() => lines(out).length > n / 4, {
      timeoutMs: 30_000,
      message: 'first consumer made no progress',
    });
    first.kill('SIGKILL');
    await new Promise((r) => first.once('exit', r));
    const seenBeforeKill = new Set(lines(out));
    const ackedBeforeKill = (await bp.jsm.consumers.info(TELEMETRY_STREAM, 'crashy')).ack_floor
      .stream_seq;
    assert.ok(seenBeforeKill.size < n, 'the kill came too late to be mid-stream');

    const second = await startChild(srv.url, out);
    children.push(second);
    await waitFor(() => new Set(lines(out)).size === n, {
      timeoutMs: 60_000,
      message: () => `after restart ${new Set(lines(out)).size} of ${n} events seen`,
    });
    await waitFor(
      async () => {
        const ci = await bp.jsm.consumers.info(TELEMETRY_STREAM, 'crashy');
        return ci.num_ack_pending === 0 && ci.num_pending === 0;
      },
      { timeoutMs: 30_000, message: 'every batch should end acknowledged' },
    );
    const all = lines(out);
    const unique = new Set(all);
    for (let i = 0; i < n; i++) assert.ok(unique.has(`ev-${i}`), `ev-${i} lost`);
    t.diagnostic(
      `seen before kill ${seenBeforeKill.size} (ack floor seq ${ackedBeforeKill}), redelivered events ${all.length - n}`,
    );
    assert.ok(all.length > n || ackedBeforeKill > 0);
  },
);
