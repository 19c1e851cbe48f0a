import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  ERROR_CODES,
  VigilError,
  backgroundErrorCount,
  reportBackgroundError,
  setBackgroundErrorHandler,
} from '../src/index.js';

test('codes follow VGL_ERR_<AREA>_<WHAT> and each has a meaning', () => {
  for (const [code, meaning] of Object.entries(ERROR_CODES)) {
    assert.match(code, /^VGL_ERR_[A-Z]+(_[A-Z]+)*$/);
    assert.ok(meaning.length > 10);
  }
});

test('errors keep their code, name and cause', () => {
  const cause = new Error('socket hang up');
  const err = new VigilError('VGL_ERR_BACKPLANE_CONNECT', 'cannot reach nats://127.0.0.1:1', {
    cause,
  });
  assert.equal(err.code, 'VGL_ERR_BACKPLANE_CONNECT');
  assert.equal(err.name, 'VigilError');
  assert.equal(err.cause, cause);
});

test('background errors are counted and a throwing handler does not escape', () => {
  const seen: string[] = [];
  setBackgroundErrorHandler((_err, context) => {
    seen.push(context);
    throw new Error('handler broke');
  });
  const before = backgroundErrorCount();
  assert.doesNotThrow(() => reportBackgroundError(new Error('x'), 'flush timer'));
  assert.equal(backgroundErrorCount(), before + 1);
  assert.deepEqual(seen, ['flush timer']);
  setBackgroundErrorHandler(() => {});
});
