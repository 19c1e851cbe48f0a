import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { createLogger } from '@vigil/common';
import { Event, eventToJson, v1 } from '@vigil/schema';
import type { ReplayCollector } from '../src/index.js';
import { MemoryOutput, Sensor } from '../src/index.js';
import { replayToEnd } from './replay-helpers.js';

function file(t: { after: (fn: () => void) => void }, lines: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-replay-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const f = join(dir, 'events.jsonl');
  writeFileSync(f, lines.join('\n') + '\n');
  return f;
}

const line = (id: string, timeNs: string, payload: object) =>
  JSON.stringify(
    eventToJson(
      Event.fromObject({ id, host: 'recorded-host', sensorId: 'old', timeNs, ...payload }),
    ),
  );

test('a replayed file keeps its recorded envelopes, skips a bad line with its number, and counts it', async (t) => {
  const f = file(t, [
    line('a', '1000000000', { processExec: { filename: '/bin/a' } }),
    '{"id": "b", "fileOpen": {"path": 7}}',
    line('c', '1002000000', { fileOpen: { path: '/etc/shadow' } }),
    '',
    'not json',
    line('d', '1003000000', { processExit: {} }),
  ]);
  const { output, replay } = await replayToEnd(f, {
    governor: { lostIntervalMs: 10, statusIntervalMs: 60_000 },
  });
  const evs = output.events
    .filter((e) => e.kind !== 'sensorStatus' && e.kind !== 'lost')
    .map((e) => e.event);
  assert.deepEqual(
    evs.map((e) => e.id),
    ['a', 'c', 'd'],
  );
  assert.ok(evs.every((e) => e.host === 'recorded-host' && e.sensorId === 'old'));
  assert.equal(String(evs[1]?.timeNs), '1002000000');
  assert.deepEqual(
    replay.rejected.map((r) => r.replace(/^.*events\.jsonl: /, '')),
    [
      'line 2 $.fileOpen.path: expected string, got a number',
      'line 5: not JSON: Unexpected token \'o\', "not json" is not valid JSON',
    ],
  );
  const lost = output.events.find((e) => e.kind === 'lost')?.event.lost;
  assert.equal(Number(lost?.count), 2);
  assert.equal(lost?.reason, v1.LossReason.LOSS_REASON_DECODE_ERROR);
  assert.equal(lost?.stage, 'replay');
});

test('recorded speed keeps the gaps between events', async (t) => {
  const f = file(t, [
    line('a', '1000000000', { processExit: {} }),
    line('b', '1300000000', { processExit: {} }),
  ]);
  const output = new MemoryOutput();
  const sensor = new Sensor({
    output,
    logger: createLogger({ level: 'silent' }),
    collectors: ['replay'],
    replay: { file: f, speed: 'recorded' },
  });
  const t0 = Date.now();
  await sensor.start();
  await (sensor.collector('replay') as ReplayCollector).done;
  assert.ok(Date.now() - t0 >= 290, `took ${Date.now() - t0} ms`);
  await sensor.stop();
});

test('a missing replay file is named', async () => {
  const sensor = new Sensor({
    output: new MemoryOutput(),
    logger: createLogger({ level: 'silent' }),
    collectors: ['replay'],
    replay: { file: '/nonexistent/events.jsonl' },
  });
  await assert.rejects(
    sensor.start(),
    /collector replay cannot run here: cannot read replay file \/nonexistent\/events\.jsonl: ENOENT/,
  );
  await sensor.stop();
});
