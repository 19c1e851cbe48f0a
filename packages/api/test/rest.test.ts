// The REST face over real sockets: a real nats-server, a recorder in this process, the API on a
// random loopback port.
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Metadata, status } from '@grpc/grpc-js';
import { skipWithoutNatsServer } from '@vigil/backplane/testkit';
import type { vigil } from '@vigil/schema';
import { ADMIN_TOKEN_FILE, vigilClient } from '../src/index.js';
import { startRig } from './rig.js';

test(
  'REST and gRPC: tokens and roles, clear refusals (401 / UNAUTHENTICATED, 403 / PERMISSION_DENIED, 400 / INVALID_ARGUMENT with the position, 413), the same query results',
  { skip: skipWithoutNatsServer() },
  async (t) => {
    const rig = await startRig(
      t,
      { hosts: () => ['h1', 'h-gone'], recorderTimeoutMs: 1_000 },
      { recorder: true, bodyLimit: 64 * 1024 },
    );
    const { address, dir } = rig;
    const recorded: vigil.v1.IEvent[] = [];
    const now = Date.now();
    for (let i = 0; i < 30; i++) {
      const e: vigil.v1.IEvent = {
        id: `Q${String(i).padStart(4, '0')}`,
        host: 'h1',
        timeNs: (now + i) * 1_000_000,
        process: {
          pid: 300 + (i % 3),
          processUid: `h1:${300 + (i % 3)}:1`,
          comm: i % 3 === 0 ? 'curl' : 'bash',
        },
        fileOpen: { path: `/tmp/f${i}`, flags: 0, result: 3 },
      };
      recorded.push(e);
    }
    await rig.publish(recorded, 'file');

    const { adminFile } = rig;
    assert.equal(statSync(adminFile).mode & 0o777, 0o600, 'the admin token is 0600');
    assert.equal(adminFile, join(dir, ADMIN_TOKEN_FILE));
    const admin = readFileSync(adminFile, 'utf8').trim();
    const call = async (method: string, path: string, token?: string, body?: unknown) => {
      const res = await fetch(`${address}${path}`, {
        method,
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        },
        ...(body !== undefined
          ? { body: typeof body === 'string' ? body : JSON.stringify(body) }
          : {}),
      });
      const text = await res.text();
      let json: Record<string, unknown> = {};
      try {
        json = JSON.parse(text) as Record<string, unknown>;
      } catch {
        json = { text };
      }
      return { status: res.status, json, headers: res.headers };
    };

    assert.equal((await call('GET', '/healthz')).status, 200);
    assert.equal((await call('GET', '/readyz')).status, 200);

    const none = await call('POST', '/v1/query', undefined, {});
    assert.equal(none.status, 401);
    assert.equal((none.json.error as { code: string }).code, 'VGL_ERR_API_UNAUTHENTICATED');
    assert.match(none.headers.get('www-authenticate') ?? '', /^Bearer/);
    assert.equal((await call('POST', '/v1/query', 'vgl_not-a-token', {})).status, 401);

    const created = await call('POST', '/v1/tokens', admin, {
      role: 'viewer',
      name: 'test viewer',
    });
    assert.equal(created.status, 201);
    const viewer = created.json.token as string;
    const forbidden = await call('POST', '/v1/tokens', viewer, {
      role: 'admin',
      name: 'escalation',
    });
    assert.equal(forbidden.status, 403);
    assert.match(
      (forbidden.json.error as { message: string }).message,
      /needs the admin role; the token has viewer/,
    );

    const malformed = await call('POST', '/v1/query', viewer, {
      selector: { filter: 'proc.name = curl and (fd.name' },
    });
    assert.equal(malformed.status, 400);
    const err = malformed.json.error as { code: string; line: number; column: number };
    assert.equal(err.code, 'VGL_ERR_FILTER_SYNTAX');
    assert.equal(err.line, 1);
    assert.ok(err.column > 20, `column ${err.column}`);
    assert.equal(
      (await call('POST', '/v1/query', viewer, { selector: { kinds: ['nope'] } })).status,
      400,
    );
    assert.equal((await call('POST', '/v1/query', viewer, { limit: -1 })).status, 400);
    assert.equal((await call('POST', '/v1/query', viewer, '{not json')).status, 400);
    // A field the API does not know is refused, not dropped: a filter put beside the selector
    // instead of in it would otherwise be ignored and the query answer everything.
    const misplaced = await call('POST', '/v1/query', viewer, { filter: 'proc.name = curl' });
    assert.equal(misplaced.status, 400);
    assert.match(JSON.stringify(misplaced.json), /filter/);
    assert.equal(
      (await call('POST', '/v1/query', viewer, { selector: { filters: 'x' } })).status,
      400,
    );

    const big = await call('POST', '/v1/query', viewer, {
      selector: { filter: `proc.name = "${'x'.repeat(100_000)}"` },
    });
    assert.equal(big.status, 413);

    const result = await call('POST', '/v1/query', viewer, {
      selector: { filter: 'proc.name = curl' },
      limit: 4,
    });
    assert.equal(result.status, 200);
    const events = result.json.events as Array<{ id: string }>;
    assert.deepEqual(
      events.map((e) => e.id),
      ['Q0000', 'Q0003', 'Q0006', 'Q0009'],
    );
    assert.deepEqual(
      result.json.unansweredHosts,
      ['h-gone'],
      'the host without a recorder is named',
    );
    const next = await call('POST', '/v1/query', viewer, {
      selector: { filter: 'proc.name = curl', hosts: ['h1'] },
      limit: 100,
      cursor: result.json.cursor,
    });
    assert.deepEqual(
      (next.json.events as Array<{ id: string }>).map((e) => e.id),
      ['Q0012', 'Q0015', 'Q0018', 'Q0021', 'Q0024', 'Q0027'],
    );

    // gRPC over the same service: the same results, and the same refusals as statuses.
    const port = rig.grpcPort;
    const client = vigilClient('Telemetry', `127.0.0.1:${port}`);
    const rules = vigilClient('Rules', `127.0.0.1:${port}`);
    t.after(() => {
      client.close();
      rules.close();
    });
    const grpcCall = (
      method: string,
      token: string | undefined,
      request: unknown,
    ): Promise<unknown[]> =>
      new Promise((resolve, reject) => {
        const md = new Metadata();
        if (token) md.set('authorization', `Bearer ${token}`);
        const stream = (client[method] as (r: unknown, m: Metadata) => NodeJS.EventEmitter)(
          request,
          md,
        );
        const out: unknown[] = [];
        stream.on('data', (d: unknown) => out.push(d));
        stream.on('error', reject);
        stream.on('end', () => resolve(out));
      });
    const viaGrpc = (await grpcCall('Query', viewer, {
      selector: { filter: 'proc.name = curl' },
      limit: 4,
    })) as Array<{
      events: Array<{ id: string }>;
      unansweredHosts: string[];
    }>;
    assert.deepEqual(
      viaGrpc[0]?.events.map((e) => e.id),
      events.map((e) => e.id),
      'REST and gRPC give the same results',
    );
    assert.deepEqual(viaGrpc[0]?.unansweredHosts, ['h-gone']);
    await assert.rejects(
      grpcCall('Query', undefined, {}),
      (e: { code: status }) => e.code === status.UNAUTHENTICATED,
    );
    await assert.rejects(
      grpcCall('Query', viewer, { selector: { filter: 'proc.name = (' } }),
      (e: { code: status; details: string }) =>
        e.code === status.INVALID_ARGUMENT && /line 1, column \d+/.test(e.details),
    );
    const putRules = (token: string) =>
      new Promise<void>((resolve, reject) => {
        const md = new Metadata();
        md.set('authorization', `Bearer ${token}`);
        (rules.PutRules as (r: unknown, m: Metadata, cb: (e: Error | null) => void) => void)(
          {},
          md,
          (e) => (e ? reject(e) : resolve()),
        );
      });
    await assert.rejects(
      putRules(viewer),
      (e: { code: status }) => e.code === status.PERMISSION_DENIED,
    );
    // An admin passes the role check; an empty request is then refused for what it lacks.
    await assert.rejects(
      putRules(admin),
      (e: { code: status; details: string }) =>
        e.code === status.INVALID_ARGUMENT && /name must be a file name/.test(e.details),
    );

    // The OpenAPI document and its docs page: public, made from the routes' schemas.
    const doc = await call('GET', '/docs/json');
    assert.equal(doc.status, 200);
    const paths = Object.keys(doc.json.paths as Record<string, unknown>);
    for (const p of ['/v1/query', '/v1/subscribe', '/v1/alerts', '/v1/kill', '/v1/rules/{name}'])
      assert.ok(paths.includes(p), `${p} in ${paths.join(', ')}`);
    const page = await fetch(`${address}/docs/`);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /swagger-ui/i);

    const metrics = await call('GET', '/metrics', viewer);
    assert.equal(metrics.status, 200);
    assert.match(String(metrics.json.text), /vigil_api_refused_total\{status="401"\} 2/);
    assert.equal((await call('GET', '/healthz')).status, 200, 'still serving after the refusals');
  },
);

test(
  'a query whose results are larger than one NATS message comes back whole',
  { skip: skipWithoutNatsServer() },
  async (t) => {
    const rig = await startRig(t, { hosts: () => ['h1'] }, { recorder: true });
    // 600 events of about 3 kB each: 1.8 MB of results, more than NATS's 1 MB messages.
    const now = Date.now();
    const big: vigil.v1.IEvent[] = Array.from({ length: 600 }, (_, i) => ({
      id: `B${String(i).padStart(4, '0')}`,
      host: 'h1',
      timeNs: (now + i) * 1_000_000,
      process: { pid: 700, processUid: 'h1:700:1', comm: 'big', argv: ['big', 'y'.repeat(3000)] },
      processExec: { filename: '/usr/bin/big' },
    }));
    await rig.publish(big);
    const res = await fetch(`${rig.address}/v1/query`, {
      method: 'POST',
      headers: { authorization: `Bearer ${rig.viewer}`, 'content-type': 'application/json' },
      body: JSON.stringify({ selector: { filter: 'proc.name = big' }, limit: 1000 }),
    });
    const body = (await res.json()) as { events: Array<{ id: string }>; unansweredHosts: string[] };
    assert.deepEqual(body.unansweredHosts, []);
    assert.equal(body.events.length, 600);
    assert.equal(body.events[599]?.id, 'B0599');
    // gRPC: the same, in several messages (each well under a client's 4 MiB).
    const client = vigilClient('Telemetry', `127.0.0.1:${rig.grpcPort}`);
    t.after(() => client.close());
    const md = new Metadata();
    md.set('authorization', `Bearer ${rig.viewer}`);
    const messages = await new Promise<Array<{ events?: Array<{ id: string }> }>>(
      (resolve, reject) => {
        const got: Array<{ events?: Array<{ id: string }> }> = [];
        const s = (client.Query as (r: unknown, m: Metadata) => NodeJS.EventEmitter)(
          { selector: { filter: 'proc.name = big' }, limit: '1000' },
          md,
        );
        s.on('data', (d: { events?: Array<{ id: string }> }) => got.push(d));
        s.on('end', () => resolve(got));
        s.on('error', reject);
      },
    );
    assert.ok(messages.length >= 2, `${messages.length} message(s)`);
    assert.deepEqual(
      messages.flatMap((m) => (m.events ?? []).map((e) => e.id)),
      body.events.map((e) => e.id),
    );
  },
);
