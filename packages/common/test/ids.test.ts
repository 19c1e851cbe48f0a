import assert from 'node:assert/strict';
import { test } from 'node:test';
import { IdGenerator, idTime } from '../src/index.js';

test('ids are 26 characters, strictly increasing, and carry their time', () => {
  let now = 1_763_800_000_000;
  const gen = new IdGenerator(() => now);
  const ids: string[] = [];
  for (let i = 0; i < 1000; i++) {
    if (i % 100 === 0) now++;
    ids.push(gen.next());
  }
  assert.ok(ids.every((id) => /^[0-9A-HJKMNP-TV-Z]{26}$/.test(id)));
  for (let i = 1; i < ids.length; i++) assert.ok((ids[i - 1] as string) < (ids[i] as string));
  assert.equal(idTime(ids[0] as string), 1_763_800_000_001);
});

test('a clock that goes backwards does not break ordering', () => {
  const times = [5000, 4000, 4000, 6000];
  const gen = new IdGenerator(() => times.shift() ?? 0);
  const ids = [gen.next(), gen.next(), gen.next(), gen.next()];
  assert.deepEqual([...ids].sort(), ids);
  assert.equal(new Set(ids).size, 4);
});
