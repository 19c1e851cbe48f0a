// A fleet from deploy/nats: a three-server hub (JetStream domain "hub", the alerts stream with
// three replicas) and two monitored hosts, each with its leaf node (its own telemetry stream),
// every service with its own NATS identity from `vigil identities`. A sensor's events on one
// leaf are queried through an API connected to the hub; then a hub server is stopped, and
// neither the alerts published around it nor the host's history lose anything.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { alertSubject, connectBackplane, findExecutable } from '@vigil/backplane';
import { skipWithoutNatsServer, waitFor } from '@vigil/backplane/testkit';
import { Alert } from '@vigil/schema';
import { type Run, freePorts, tempDataDir, vigil } from './harness.js';

const deploy = fileURLToPath(new URL('../../../../deploy/nats/', import.meta.url));

/** The seed file of a role as the environment a service takes it from. */
function seedEnv(dir: string, role: string): Record<string, string> {
  const [seed = '', inbox = ''] = readFileSync(join(dir, `${role}.seed`), 'utf8').split('\n');
  return { VIGIL_NATS_SEED: seed, VIGIL_NATS_INBOX: inbox };
}

test(
  'a hub of three and two leaf nodes from deploy/nats: a leaf’s events queried through the hub’s API; a hub server stopped loses nothing',
  { skip: skipWithoutNatsServer() },
  async (t) => {
    const runs: Run[] = [];
    const dir = tempDataDir(t, runs);
    const servers: ChildProcess[] = [];
    t.after(async () => {
      for (const s of servers) {
        if (s.exitCode === null && s.signalCode === null) {
          s.kill('SIGKILL');
          await new Promise((r) => s.once('exit', r));
        }
      }
    });
    const ids = (name: string, args: string[]) => {
      const run = vigil(['identities', '--out', join(dir, name), ...args]);
      return run.exit.then((code) => assert.equal(code, 0, run.stderr()));
    };
    await ids('hub-ids', ['--roles', 'platform,api']);
    await ids('h1-ids', ['--host', 'h1', '--roles', 'platform,sensor,recorder,detector']);
    await ids('h2-ids', ['--host', 'h2', '--roles', 'platform,sensor,recorder,detector']);

    const [c1, c2, c3, r1, r2, r3, l1, l2, l3, m1, m2, m3, h1, h2, hm1, hm2] = await freePorts(16);
    const leafPassword = 'a-leaf-secret-of-the-test';
    const nats = findExecutable('nats-server')!;
    const startServer = (name: string, conf: string, ids: string, env: Record<string, string>) => {
      const home = join(dir, name);
      mkdirSync(home, { recursive: true });
      copyFileSync(join(deploy, conf), join(home, 'nats-server.conf'));
      copyFileSync(join(dir, ids, 'authorization.conf'), join(home, 'authorization.conf'));
      const child = spawn(nats, ['--config', join(home, 'nats-server.conf')], {
        stdio: ['ignore', 'ignore', 'pipe'],
        env: { ...process.env, VIGIL_NATS_NAME: name, VIGIL_NATS_STORE: join(home, 'js'), ...env },
      });
      let log = '';
      child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
      servers.push(child);
      return { child, log: () => log };
    };
    const routes = JSON.stringify([r1, r2, r3].map((p) => `nats://127.0.0.1:${p}`));
    const hubs = [
      [c1, r1, l1, m1],
      [c2, r2, l2, m2],
      [c3, r3, l3, m3],
    ].map(([c, r, l, m], i) =>
      startServer(`hub${i + 1}`, 'hub.conf', 'hub-ids', {
        VIGIL_NATS_LISTEN: `127.0.0.1:${c}`,
        VIGIL_NATS_CLUSTER_LISTEN: `127.0.0.1:${r}`,
        VIGIL_NATS_ROUTES: routes,
        VIGIL_NATS_LEAF_LISTEN: `127.0.0.1:${l}`,
        VIGIL_NATS_LEAF_PASSWORD: leafPassword,
        VIGIL_NATS_MONITOR: `127.0.0.1:${m}`,
      }),
    );
    const leafUrls = JSON.stringify(
      [l1, l2, l3].map((p) => `nats-leaf://vigil-leaf:${leafPassword}@127.0.0.1:${p}`),
    );
    const leaves = [
      ['h1', h1, hm1],
      ['h2', h2, hm2],
    ].map(([host, c, m]) =>
      startServer(String(host), 'leaf.conf', `${host}-ids`, {
        VIGIL_NATS_DOMAIN: String(host),
        VIGIL_NATS_LISTEN: `127.0.0.1:${c}`,
        VIGIL_NATS_HUB_LEAF_URLS: leafUrls,
        VIGIL_NATS_MONITOR: `127.0.0.1:${m}`,
      }),
    );
    // Ready: the hub has a JetStream leader, each leaf node is connected to it.
    const healthy = async (port: number) =>
      (await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined))?.ok === true;
    const leafConnected = async (port: number) => {
      const r = await fetch(`http://127.0.0.1:${port}/leafz`).catch(() => undefined);
      return r?.ok === true && ((await r.json()) as { leafnodes: number }).leafnodes > 0;
    };
    await waitFor(
      async () =>
        (await healthy(m1!)) &&
        (await healthy(m2!)) &&
        (await healthy(m3!)) &&
        (await leafConnected(hm1!)) &&
        (await leafConnected(hm2!)),
      {
        timeoutMs: 30_000,
        intervalMs: 250,
        message: () => [...hubs, ...leaves].map((s) => s.log().slice(-600)).join('\n---\n'),
      },
    );
    const hubUrl = [c1, c2, c3].map((p) => `nats://127.0.0.1:${p}`).join(',');
    const leafUrl = (port: number) => `nats://127.0.0.1:${port}`;
    // `vigil streams` is idempotent; a cluster that has only just elected its JetStream leader
    // may time the first creation out, so it is tried again as an installer would.
    const run = async (args: string[], env: Record<string, string>) => {
      let last = '';
      await waitFor(
        async () => {
          const r = vigil([...args, '--data-dir', join(dir, 'cli')], env);
          runs.push(r);
          last = r.stderr();
          return (await r.exit) === 0;
        },
        { timeoutMs: 60_000, intervalMs: 500, message: () => `vigil ${args.join(' ')}: ${last}` },
      );
    };
    await run(
      ['streams', '--only', 'alerts', '--replicas', '3', '--nats-url', hubUrl],
      seedEnv(join(dir, 'hub-ids'), 'platform'),
    );
    for (const [host, port] of [
      ['h1', h1!],
      ['h2', h2!],
    ] as const)
      await run(
        ['streams', '--only', 'telemetry', '--nats-url', leafUrl(port)],
        seedEnv(join(dir, `${host}-ids`), 'platform'),
      );

    // Each host's recorder on its leaf; the API on the hub.
    const service = (args: string[], env: Record<string, string>, ready: RegExp) => {
      const r = vigil(args, env);
      runs.push(r);
      return waitFor(() => ready.test(r.stderr()), {
        timeoutMs: 20_000,
        message: () => `vigil ${args[0]}: ${r.stderr()}`,
      }).then(() => r);
    };
    for (const [host, port] of [
      ['h1', h1!],
      ['h2', h2!],
    ] as const) {
      await service(
        ['recorder', '--nats-url', leafUrl(port), '--data-dir', join(dir, `${host}-data`)],
        { ...seedEnv(join(dir, `${host}-ids`), 'recorder'), VIGIL_SENSOR__HOST: host },
        /vigil recorder on /,
      );
    }
    const apiDir = join(dir, 'api-data');
    const api = await service(
      ['api', '--nats-url', hubUrl, '--data-dir', apiDir],
      seedEnv(join(dir, 'hub-ids'), 'api'),
      /vigil api on /,
    );
    const rest = /REST (http:\/\/127\.0\.0\.1:\d+)/.exec(api.stderr())![1]!;
    const token = readFileSync(join(apiDir, 'admin.token'), 'utf8').trim();
    const call = async (method: string, path: string, body?: unknown) => {
      const res = await fetch(`${rest}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          ...(body ? { 'content-type': 'application/json' } : {}),
        },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
      return (await res.json()) as Record<string, unknown>;
    };

    // A sensor on h1 (replaying a file: the kernel is not what this test is about).
    const replay = (from: number, n: number) => {
      const file = join(dir, `events-${from}.jsonl`);
      const now = BigInt(Date.now()) * 1_000_000n;
      const lines = [];
      for (let i = from; i < from + n; i++)
        lines.push(
          JSON.stringify({
            id: `FLEET${i}`,
            host: 'h1',
            timeNs: String(now + BigInt(i) * 1_000n),
            process: { pid: 700 + i, processUid: `h1:${700 + i}:1`, comm: 'fleetcat' },
            fileOpen: { path: `/etc/fleet-${i}`, flags: 0, result: 3 },
          }),
        );
      writeFileSync(file, lines.join('\n') + '\n');
      return service(
        [
          'sensor',
          '--replay',
          file,
          '--host',
          'h1',
          '--nats-url',
          leafUrl(h1!),
          '--data-dir',
          join(dir, 'cli'),
        ],
        seedEnv(join(dir, 'h1-ids'), 'sensor'),
        /vigil sensor on h1/,
      );
    };
    let lastAnswer = '';
    const fleetEvents = async () => {
      const answer = await call('POST', '/v1/query', {
        selector: {
          hosts: ['h1'],
          filter: 'proc.name = fleetcat and fd.name startswith /etc/fleet-',
        },
        limit: 1000,
      });
      lastAnswer = `${((answer.events as Array<{ id: string; kind?: string }> | undefined) ?? []).map((e) => e.id).join(' ')}; ${JSON.stringify({ ...answer, events: undefined })}`;
      return ((answer.events as Array<{ id: string }> | undefined) ?? []).map((e) => e.id);
    };
    await replay(0, 50);
    await waitFor(async () => (await fleetEvents()).length === 50, {
      timeoutMs: 20_000,
      message: () =>
        `the API never saw h1’s 50 events: ${lastAnswer}\n${runs.map((r) => r.stderr().slice(-500)).join('\n--\n')}`,
    });

    // Alerts from h1's detector identity go to the hub's replicated stream.
    const detector = seedEnv(join(dir, 'h1-ids'), 'detector');
    const det = await connectBackplane({
      servers: leafUrl(h1!),
      name: 'fleet-detector',
      identity: { seed: detector.VIGIL_NATS_SEED!, inboxPrefix: detector.VIGIL_NATS_INBOX! },
    });
    t.after(() => det.close());
    const publishAlerts = async (from: number, n: number) => {
      for (let i = from; i < from + n; i++) {
        const a = Alert.fromObject({
          id: `FA${i}`,
          rule: 'Fleet',
          priority: 5,
          host: 'h1',
          output: `alert ${i}`,
          timeNs: String(BigInt(Date.now()) * 1_000_000n),
        });
        // During a failover a publish may time out: it is retried with the same id, which the
        // stream's duplicate window stores once.
        await waitFor(
          () =>
            det.js
              .publish(alertSubject('h1', 'warning'), Alert.encode(a).finish(), {
                msgID: `FA${i}`,
                timeout: 2_000,
              })
              .then(() => true),
          { timeoutMs: 30_000, intervalMs: 200 },
        );
      }
    };
    await publishAlerts(0, 100);

    // The hub server h1's leaf node is connected to goes; the leaf nodes and the API carry on
    // with the others.
    // (nats-server 2.9's /leafz on the leaf side names the remote's address: the hub server's
    // leafnodes port.)
    const leafz = (await (await fetch(`http://127.0.0.1:${hm1!}/leafz`)).json()) as {
      leafs?: Array<{ port: number }>;
    };
    const via = [l1, l2, l3].indexOf(leafz.leafs?.[0]?.port);
    assert.ok(via >= 0, `h1's leaf connection is to none of the hub: ${JSON.stringify(leafz)}`);
    const stopped = hubs[via]!.child;
    stopped.kill('SIGTERM');
    await new Promise((r) => stopped.once('exit', r));
    await publishAlerts(100, 100);
    await replay(50, 50);
    let seen = 0;
    await waitFor(
      async () => {
        seen = (await fleetEvents()).length;
        return seen === 100;
      },
      { timeoutMs: 30_000, message: () => `${seen} of 100 events after the hub server stopped` },
    );
    const alertIds = async () => {
      const answer = await call('GET', '/v1/alerts?limit=1000');
      return new Set(((answer.alerts as Array<{ id: string }> | undefined) ?? []).map((a) => a.id));
    };
    await waitFor(async () => (await alertIds()).size === 200, { timeoutMs: 30_000 });
    const events = await fleetEvents();
    assert.deepEqual(
      [...new Set(events)].sort(),
      Array.from({ length: 100 }, (_, i) => `FLEET${i}`).sort(),
    );
    // A query that names no host asks every host whose sensor the API hears, and only those.
    const all = await call('POST', '/v1/query', {
      selector: { filter: 'proc.name = fleetcat' },
      limit: 1000,
    });
    assert.deepEqual(all.unansweredHosts ?? [], [], JSON.stringify({ ...all, events: undefined }));
    assert.ok((all.events as unknown[]).length >= 100);
    const sensors = await call('GET', '/v1/sensors');
    assert.ok((sensors.sensors as Array<{ host: string }>).some((s) => s.host === 'h1'));
  },
);
