// How receivers' answers are classified (retry, configuration, refused data), and the backoff.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { asDeliveryError, backoffMs, hecFailure } from '../src/index.js';

const answer = (status: number, body: unknown, headers: Record<string, string> = {}) => ({
  status,
  headers,
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

test('HEC answers: busy and server errors retried, data refusals split, configuration refusals stop', () => {
  const kind = (status: number, body: unknown) => hecFailure(answer(status, body), 'x').kind;
  assert.equal(kind(503, { text: 'Server is busy', code: 9 }), 'retry');
  assert.equal(kind(429, 'Too Many Requests'), 'retry');
  assert.equal(kind(500, { text: 'Internal server error', code: 8 }), 'retry');
  assert.equal(kind(502, '<html>bad gateway</html>'), 'retry');
  assert.equal(kind(400, { text: 'Invalid data format', code: 6 }), 'rejected');
  assert.equal(kind(400, { text: 'Event field is required', code: 12 }), 'rejected');
  assert.equal(kind(413, 'too large'), 'rejected');
  assert.equal(kind(400, { text: 'Incorrect index', code: 7 }), 'config');
  assert.equal(kind(400, { text: 'Data channel is missing', code: 10 }), 'config');
  assert.equal(kind(400, { text: 'Invalid data channel', code: 11 }), 'config');
  assert.equal(kind(400, { text: 'ACK is disabled', code: 14 }), 'config');
  assert.equal(kind(401, { text: 'Token is required', code: 2 }), 'config');
  assert.equal(kind(403, { text: 'Token disabled', code: 1 }), 'config');
  assert.equal(kind(404, 'not found'), 'config');
  assert.equal(kind(400, 'something else'), 'config', 'unknown refusals keep the data');
  const e = hecFailure(
    answer(503, { text: 'Server is busy', code: 9 }, { 'retry-after': '7' }),
    'HEC refused 3 events',
  );
  assert.equal(e.retryAfterMs, 7_000);
  assert.equal(e.message, 'HEC refused 3 events: HTTP 503 code 9 (Server is busy)');
  assert.equal(e.code, 'VGL_ERR_CONNECTOR_RETRY');
});

test('network failures: retried, but an unknown host or an untrusted certificate is configuration', () => {
  const err = (code: string) => Object.assign(new Error(code), { code });
  assert.equal(asDeliveryError(err('ECONNREFUSED')).kind, 'retry');
  assert.equal(asDeliveryError(err('ECONNRESET')).kind, 'retry');
  assert.equal(asDeliveryError(err('ETIMEDOUT')).kind, 'retry');
  assert.equal(asDeliveryError(err('ENOTFOUND')).kind, 'config');
  assert.equal(asDeliveryError(err('DEPTH_ZERO_SELF_SIGNED_CERT')).kind, 'config');
  assert.equal(asDeliveryError(err('UNABLE_TO_VERIFY_LEAF_SIGNATURE')).kind, 'config');
  assert.equal(asDeliveryError(err('ERR_TLS_CERT_ALTNAME_INVALID')).kind, 'config');
  assert.equal(
    asDeliveryError(err('CERT_HAS_EXPIRED'), 'syslog tls://x:6514').message,
    'syslog tls://x:6514: CERT_HAS_EXPIRED: CERT_HAS_EXPIRED',
  );
});

test('backoff grows exponentially to its bound, with jitter', () => {
  const samples = (attempt: number) =>
    Array.from({ length: 2_000 }, () => backoffMs(attempt, 100, 10_000));
  for (const [attempt, bound] of [
    [0, 100],
    [3, 800],
    [10, 10_000],
    [40, 10_000],
  ] as const) {
    const xs = samples(attempt);
    assert.ok(Math.max(...xs) <= bound, `attempt ${attempt}: at most ${bound}`);
    assert.ok(Math.min(...xs) >= 50, 'never less than half the base');
    const distinct = new Set(xs.map((x) => Math.round(x))).size;
    if (bound > 100)
      assert.ok(distinct > 100, `attempt ${attempt}: jittered (${distinct} distinct delays)`);
  }
});
