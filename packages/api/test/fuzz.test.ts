// Property-based fuzzing of the REST face over real sockets (fast-check): arbitrary query
// bodies, subscription parameters, filter strings built from the rule language's own pieces and
// from noise, raw bodies and paths. Whatever comes in, the answer is never a 5xx, every refusal
// is a JSON error with a code, the server stays up and no stream is left open.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { skipWithoutNatsServer, waitFor } from '@vigil/backplane/testkit';
import type { vigil } from '@vigil/schema';
import { startRig } from './rig.js';

/** Pieces of conditions: fields, operators, values, and the grammar's punctuation. */
const FIELDS = [
  'proc.name',
  'proc.cmdline',
  'proc.aname[2]',
  'proc.aname',
  'proc.pid',
  'fd.name',
  'fd.sport',
  'fd.sip',
  'evt.type',
  'evt.res',
  'user.uid',
  'container.id',
  'k8s.ns.name',
  'proc.env',
  'nope.field',
];
const OPS = [
  '=',
  '!=',
  '<',
  '>=',
  'contains',
  'icontains',
  'startswith',
  'endswith',
  'in',
  'pmatch',
  'glob',
  'exists',
  'intersects',
];
const WORDS = [
  'and',
  'or',
  'not',
  '(',
  ')',
  ',',
  '"',
  "'",
  '\\',
  '[',
  ']',
  'open',
  'execve',
  '/etc/shadow',
  '*',
  '0',
  '-1',
  '99999999999999999999',
  '1.2.3.4/8',
  '%',
  '',
];

const filterPiece = fc.oneof(
  fc.constantFrom(...FIELDS, ...OPS, ...WORDS),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.integer().map(String),
);
/** Well-formed conditions over string fields, with fuzzed values, combined. */
const comparison = fc
  .tuple(
    fc.constantFrom('proc.name', 'proc.cmdline', 'fd.name', 'proc.exepath', 'user.name'),
    fc.constantFrom('=', '!=', 'contains', 'startswith', 'endswith', 'glob', 'icontains'),
    fc.string({ maxLength: 12 }),
  )
  .map(([f, o, v]) => `${f} ${o} ${JSON.stringify(v)}`);
const wellFormed = fc
  .array(fc.tuple(fc.constantFrom('and', 'or', 'and not'), comparison), {
    minLength: 1,
    maxLength: 4,
  })
  .map((parts) => parts.map(([j, c], i) => (i === 0 ? c : `${j} ${c}`)).join(' '));
/** Filters: well-formed ones, ones near the grammar, and noise. */
const filterArb = fc.oneof(
  wellFormed,
  fc.array(filterPiece, { maxLength: 14 }).map((parts) => parts.join(' ')),
  fc
    .tuple(fc.constantFrom(...FIELDS), fc.constantFrom(...OPS), fc.string({ maxLength: 16 }))
    .map(([f, o, v]) => `${f} ${o} ${v}`),
  fc.string({ maxLength: 64 }),
);
/** Values of any JSON type, for parameters that expect one type. */
const anyJson = fc.oneof(
  fc.string({ maxLength: 24 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 8 }), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 }), { maxKeys: 3 }),
);
const numericText = fc.oneof(
  { arbitrary: fc.bigInt({ min: 0n, max: 2n ** 64n }).map(String), weight: 4 },
  { arbitrary: fc.constantFrom('', '0', '-1', '1e9', 'abc', '18446744073709551616'), weight: 1 },
);

test(
  'REST under fuzzed parameters and filters: never a 5xx, every refusal a JSON error, nothing left open',
  { skip: skipWithoutNatsServer() },
  async (t) => {
    const rig = await startRig(
      t,
      { hosts: () => ['h1'], recorderTimeoutMs: 5_000 },
      { recorder: true },
    );
    const now = Date.now();
    const events: vigil.v1.IEvent[] = Array.from({ length: 50 }, (_, i) => ({
      id: `F${String(i).padStart(4, '0')}`,
      host: 'h1',
      timeNs: (now + i) * 1_000_000,
      process: {
        pid: 400 + (i % 5),
        processUid: `h1:${400 + (i % 5)}:1`,
        comm: i % 2 ? 'sh' : 'cat',
      },
      ...(i % 2
        ? { processExec: { filename: '/bin/sh', argv: ['sh', '-c', `echo ${i}`] } }
        : { fileOpen: { path: `/etc/f${i}`, flags: 0, result: 3 } }),
    }));
    await rig.publish(events);

    const seen = new Map<number, number>();
    const codes = new Map<string, number>();
    const request = async (
      method: string,
      path: string,
      body?: string,
      type = 'application/json',
    ) => {
      const res = await fetch(`${rig.address}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${rig.viewer}`,
          ...(body !== undefined ? { 'content-type': type } : {}),
        },
        ...(body !== undefined ? { body } : {}),
        signal: AbortSignal.timeout(15_000),
      });
      seen.set(res.status, (seen.get(res.status) ?? 0) + 1);
      return res;
    };
    /** A refusal must be a JSON error with a code and a message; never a 5xx. */
    const checkAnswer = async (res: Response, what: string) => {
      assert.ok(res.status < 500, `${what}: ${res.status} ${await res.clone().text()}`);
      if (res.status >= 400) {
        const body = (await res.json()) as { error?: { code?: string; message?: string } };
        const key = `${body.error?.code}: ${String(body.error?.message).slice(0, 40)}`;
        codes.set(key, (codes.get(key) ?? 0) + 1);
        assert.ok(body.error?.code && body.error.message, `${what}: ${JSON.stringify(body)}`);
      } else {
        await res.arrayBuffer();
      }
    };

    // Query bodies: mostly of the right shape with fuzzed values (so the filter reaches the
    // compiler and the recorders), some with anything anywhere.
    const validish = fc.record(
      {
        selector: fc.record(
          {
            filter: filterArb,
            kinds: fc.array(fc.constantFrom('processExec', 'fileOpen', 'process_exec', 'nope'), {
              maxLength: 2,
            }),
            hosts: fc.array(fc.constantFrom('h1', 'h2'), { maxLength: 2 }),
          },
          { requiredKeys: [] },
        ),
        sinceNs: numericText,
        untilNs: numericText,
        limit: fc.integer({ min: 0, max: 12_000 }),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          validish,
          validish,
          fc.record(
            {
              selector: fc.record(
                {
                  filter: fc.oneof(filterArb, anyJson),
                  kinds: fc.oneof(
                    fc.array(fc.constantFrom('processExec', 'fileOpen', 'nope', ''), {
                      maxLength: 3,
                    }),
                    anyJson,
                  ),
                  hosts: fc.oneof(
                    fc.array(fc.constantFrom('h1', 'h2', ''), { maxLength: 2 }),
                    anyJson,
                  ),
                  containers: fc.array(fc.string({ maxLength: 8 }), { maxLength: 2 }),
                  extra: anyJson,
                },
                { requiredKeys: [] },
              ),
              sinceNs: fc.oneof(numericText, anyJson),
              untilNs: fc.oneof(numericText, anyJson),
              limit: fc.oneof(fc.integer({ min: -5, max: 20_000 }), anyJson),
              cursor: fc.oneof(fc.string({ maxLength: 40 }), fc.base64String({ maxLength: 40 })),
            },
            { requiredKeys: [] },
          ),
        ),
        async (body) => {
          await checkAnswer(
            await request('POST', '/v1/query', JSON.stringify(body)),
            JSON.stringify(body),
          );
        },
      ),
      { numRuns: 400 },
    );

    // Raw bodies and content types.
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string({ maxLength: 200 }), fc.json({ maxDepth: 4 })),
        fc.constantFrom(
          'application/json',
          'text/plain',
          'application/x-www-form-urlencoded',
          'application/json; charset=latin1',
        ),
        async (body, type) => {
          await checkAnswer(await request('POST', '/v1/query', body, type), `${type}: ${body}`);
        },
      ),
      { numRuns: 200 },
    );

    // Subscription parameters: a stream that opens is closed at once.
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            filter: filterArb,
            kinds: fc.string({ maxLength: 20 }),
            hosts: fc.string({ maxLength: 20 }),
            containers: fc.string({ maxLength: 20 }),
            maxEventsPerSecond: fc.oneof(
              { arbitrary: fc.double({ min: 0, max: 1e6, noNaN: true }).map(String), weight: 3 },
              {
                arbitrary: fc.oneof(fc.double().map(String), fc.string({ maxLength: 6 })),
                weight: 1,
              },
            ),
            limit: fc.oneof(
              { arbitrary: fc.nat().map(String), weight: 3 },
              {
                arbitrary: fc.oneof(fc.integer().map(String), fc.string({ maxLength: 6 })),
                weight: 1,
              },
            ),
            other: fc.string({ maxLength: 6 }),
          },
          { requiredKeys: [] },
        ),
        async (params) => {
          const query = new URLSearchParams(params as Record<string, string>).toString();
          const res = await request('GET', `/v1/subscribe?${query}`);
          if (res.status === 200) {
            await res.body?.cancel();
            return;
          }
          await checkAnswer(res, query);
        },
      ),
      { numRuns: 300 },
    );

    // Paths and methods nobody documented.
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'),
        fc.webPath(),
        async (method, path) => {
          const res = await request(
            method,
            path.startsWith('/') ? path : `/${path}`,
            method === 'GET' || method === 'OPTIONS' ? undefined : '{}',
          );
          assert.ok(res.status < 500, `${method} ${path}: ${res.status}`);
          await res.arrayBuffer();
        },
      ),
      { numRuns: 200 },
    );

    t.diagnostic(`answers by status: ${JSON.stringify(Object.fromEntries([...seen].sort()))}`);
    t.diagnostic(
      `most frequent refusals: ${JSON.stringify([...codes].sort((a, b) => b[1] - a[1]).slice(0, 8))}`,
    );
    // Still up, answering correctly, and every stream the fuzzing opened is closed.
    assert.equal((await fetch(`${rig.address}/healthz`)).status, 200);
    const ok = await request(
      'POST',
      '/v1/query',
      JSON.stringify({ selector: { filter: 'proc.name = sh' } }),
    );
    assert.equal(ok.status, 200);
    assert.equal(((await ok.json()) as { events: unknown[] }).events.length, 25);
    await waitFor(() => rig.service.streams.active === 0, {
      message: () => `${rig.service.streams.active} streams still open`,
    });
    assert.ok(
      (seen.get(200) ?? 0) > 0 && (seen.get(400) ?? 0) > 0,
      'both answers and refusals were exercised',
    );
  },
);
