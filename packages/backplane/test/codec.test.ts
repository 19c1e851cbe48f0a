import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Event } from '@vigil/schema';
import type { vigil } from '@vigil/schema';
import {
  BatchEncoder,
  MAX_DECOMPRESSED_BATCH_BYTES,
  MalformedBatchError,
  compressBatch,
  decodeBatch,
  framedSize,
  lengthDelimited,
  splitBatch,
} from '../src/index.js';

test('a batch built from events and from encoded events decodes to the same events', () => {
  const enc = new BatchEncoder();
  enc.add({ id: 'a', fileOpen: { path: '/etc/passwd' } });
  const encoded = Event.encode({ id: 'b', processExit: { code: 3 } }).finish();
  enc.addEncoded(encoded);
  assert.equal(enc.count, 2);
  const bytes = enc.finish();
  assert.equal(enc.count, 0);
  const events = decodeBatch(bytes);
  assert.deepEqual(
    events.map((e) => [e.id, e.payload]),
    [
      ['a', 'fileOpen'],
      ['b', 'processExit'],
    ],
  );
  assert.equal(framedSize(encoded.length), 2 + encoded.length);
  assert.equal(framedSize(300), 3 + 300);
});

test('a length-delimited field given in parts is the field of the parts joined', () => {
  // 200 bytes: the length takes two bytes of varint.
  const parts = [Buffer.alloc(150, 1), Buffer.alloc(0), Buffer.alloc(50, 2)];
  const field = lengthDelimited(3, parts);
  assert.deepEqual(
    [...field.subarray(0, 3)],
    [(3 << 3) | 2, (200 % 128) | 0x80, Math.floor(200 / 128)],
  );
  assert.deepEqual(field.subarray(3), Buffer.concat(parts));
  assert.deepEqual(lengthDelimited(3, Buffer.concat(parts)), field);
});

test('bytes that are not a batch are refused with a reason', () => {
  const cases: Array<[Uint8Array, RegExp]> = [
    [Buffer.from('hello world, not protobuf'), /not an EventBatch/],
    [new Uint8Array(0), /hold no event/],
    [Buffer.from([0x0a, 0x05, 0x01]), /not an EventBatch/],
    [Buffer.from([0x0a, 0x03, 0x0a, 0x01, 0x61]), /event 0 of 1 has no payload/],
  ];
  for (const [bytes, why] of cases) {
    assert.throws(
      () => decodeBatch(bytes),
      (err: unknown) => {
        assert.ok(err instanceof MalformedBatchError);
        assert.match(err.message, why);
        return true;
      },
    );
  }
});

test('an event that does not fit the room left is not written, and the batch stays intact', () => {
  const enc = new BatchEncoder();
  const small = { id: 'a', fileOpen: { path: '/a' } };
  const size = Event.encode(small).finish().length;
  assert.equal(enc.add(small), framedSize(size));
  const big = { id: 'b', fileOpen: { path: 'x'.repeat(500) } };
  const refused = enc.add(big, 100);
  assert.ok(refused < -500);
  assert.equal(enc.count, 1);
  assert.equal(enc.byteLength, framedSize(size));
  assert.ok(enc.add({ id: 'c', processExit: {} }, 100) > 0);
  assert.deepEqual(
    decodeBatch(enc.finish()).map((e) => e.id),
    ['a', 'c'],
  );
});

test('zstd batches decode like plain ones, and a bad or oversized frame is malformed', () => {
  const enc = new BatchEncoder();
  for (let i = 0; i < 500; i++)
    enc.add({ id: `e${i}`, fileOpen: { path: `/var/lib/dpkg/info/pkg-${i}.list` } });
  const plain = enc.finish();
  const packed = compressBatch(plain, 'zstd');
  assert.ok(
    packed.length * 4 < plain.length,
    `zstd should shrink telemetry: ${plain.length} -> ${packed.length}`,
  );
  assert.deepEqual(
    decodeBatch(packed).map((e) => e.id),
    decodeBatch(plain).map((e) => e.id),
  );
  assert.equal(compressBatch(plain, 'none'), plain);
  const truncated = packed.subarray(0, packed.length - 10);
  assert.throws(() => decodeBatch(truncated), /not a zstd batch/);
  const bomb = compressBatch(new Uint8Array(MAX_DECOMPRESSED_BATCH_BYTES + 1), 'zstd');
  assert.throws(() => decodeBatch(bomb), /not a zstd batch/);
});

/**
 * `events` encoded by an encoder with sharedProcesses and by one without; checks that both decode
 * to the same events, in as many bytes.
 */
function encodedBothWays(events: vigil.v1.IEvent[]): {
  sharedBytes: Uint8Array;
  plainBytes: Uint8Array;
} {
  const shared = new BatchEncoder({ sharedProcesses: true });
  const plain = new BatchEncoder();
  for (const e of events) {
    shared.add(e);
    plain.add(e);
  }
  const sharedBytes = shared.finish();
  const plainBytes = plain.finish();
  assert.deepEqual(
    decodeBatch(sharedBytes).map((e) => Event.toObject(e)),
    decodeBatch(plainBytes).map((e) => Event.toObject(e)),
  );
  assert.equal(sharedBytes.length, plainBytes.length);
  return { sharedBytes, plainBytes };
}

test('processes sharing an ancestors array encode it once and decode as if encoded apart', () => {
  const ancestors = [
    { pid: 20, processUid: 'h:20:1', comm: 'sh', argv: ['sh', '-c', 'loop'] },
    { pid: 1, processUid: 'h:1:1', comm: 'init', argv: ['/sbin/init'], argvTruncated: true },
  ];
  const child = (pid: number, comm: string) => ({
    pid,
    ppid: 20,
    processUid: `h:${pid}:2`,
    comm,
    argv: [comm],
    ancestors,
    exited: pid % 2 === 0,
  });
  const events = [
    { id: 'a', host: 'h', timeNs: 1, process: child(21, 'true'), processExec: {} },
    {
      id: 'b',
      host: 'h',
      timeNs: 2,
      process: child(22, 'cat'),
      fileOpen: { path: '/etc/hostname' },
    },
    { id: 'c', host: 'h', timeNs: 3, process: { pid: 9, ancestors: [] }, processExit: {} },
  ];
  encodedBothWays(events);
  assert.equal(events[0]?.process.ancestors, ancestors, 'the objects handed in are as they were');
  // Encoded once: an array changed after it was encoded (which the sensor never does) still
  // encodes as it was, which is how the reuse shows.
  ancestors[0] = { pid: 99, processUid: 'h:99:1', comm: 'changed', argv: [] };
  const again = new BatchEncoder({ sharedProcesses: true });
  again.add({ id: 'd', host: 'h', timeNs: 4, process: child(23, 'ls'), processExec: {} });
  assert.equal(decodeBatch(again.finish())[0]?.process?.ancestors?.[0]?.comm, 'sh');
});

test('events sharing a process object encode it once and decode as if encoded apart', () => {
  const process = {
    pid: 7,
    processUid: 'h:7:1',
    argv: ['sh', '-c', 'x'],
    ancestors: [{ pid: 1, comm: 'init', argv: ['/sbin/init'] }],
  };
  const events = [
    { id: 'a', host: 'h', timeNs: 1, process, fileOpen: { path: '/a' } },
    { id: 'b', host: 'h', timeNs: 2, process, processExit: { code: 1 } },
    { id: 'c', host: 'h', timeNs: 3, fileOpen: { path: '/c' } },
  ];
  const { sharedBytes, plainBytes } = encodedBothWays(events);
  // The events handed in are as they were.
  assert.equal(events[0]?.process, process);
  // A consumer decodes a process once: its events share the object, equal to a full decode.
  const decoded = decodeBatch(sharedBytes);
  assert.equal(decoded[0]?.process, decoded[1]?.process);
  assert.equal(decodeBatch(plainBytes)[0]?.process, decoded[0]?.process);
  assert.deepEqual(
    decoded.map((e) => Event.toObject(e)),
    splitBatch(plainBytes).map((b) => Event.toObject(Event.decode(b))),
  );
  // Split without decoding: each event's own bytes.
  assert.deepEqual(
    splitBatch(compressBatch(sharedBytes, 'zstd')).map((b) => Event.decode(b).id),
    ['a', 'b', 'c'],
  );
  assert.throws(() => splitBatch(Buffer.from([0x12, 0x00])), MalformedBatchError);
  assert.throws(() => splitBatch(Buffer.from([0x0a, 0x05, 0x01])), MalformedBatchError);
});
