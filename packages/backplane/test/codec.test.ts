import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Event } from '@vigil/schema';
import { BatchEncoder, MalformedBatchError, decodeBatch, framedSize } from '../src/index.js';

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
