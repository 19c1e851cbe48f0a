// The API's fleet operations over real sockets: sensors from their heartbeats, alerts (history
// newest first with paging, live over SSE and gRPC, acknowledged by a responder only), a kill
// through a real kill responder (refused for a reused pid), and a process tree from the
// recorder; REST and gRPC agree.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { test } from 'node:test';
import { Metadata, status } from '@grpc/grpc-js';
import { alertSubject } from '@vigil/backplane';
import { skipWithoutNatsServer, waitFor } from '@vigil/backplane/testkit';
import { Alert, type vigil } from '@vigil/schema';
import { processStartTimeNs, serveKillRequests } from '@vigil/sensor';
import { vigilClient } from '../src/index.js';
import { startRig } from './rig.js';

test(
  'sensors, alerts, acknowledgements, kill and process trees through REST and gRPC',
  { skip: skipWithoutNatsServer() },
  async (t) => {
    const rig = await startRig(t, { hosts: () => ['h1'] }, { recorder: true });
    const responder = rig.tokens.create('responder', 'on call');
    const call = async (method: string, path: string, token = rig.viewer, body?: unknown) => {
      const res = await fetch(`${rig.address}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
      return { status: res.status, json: (await res.json()) as Record<string, unknown> };
    };
    const md = (token = rig.viewer) => {
      const m = new Metadata();
      m.set('authorization', `Bearer ${token}`);
      return m;
    };
    const unary = (
      service: 'Alerts' | 'Sensors' | 'Telemetry',
      method: string,
      req: unknown,
      token?: string,
    ) =>
      new Promise<Record<string, unknown>>((resolve, reject) => {
        const client = vigilClient(service, `127.0.0.1:${rig.grpcPort}`);
        (
          client[method] as (
            r: unknown,
            m: Metadata,
            cb: (e: Error | null, v: unknown) => void,
          ) => void
        )(req, md(token), (err, value) => {
          client.close();
          if (err) reject(err);
          else resolve(value as Record<string, unknown>);
        });
      });

    // Sensors: a heartbeat makes a sensor known.
    await rig.publish(
      [
        {
          id: 'ST1',
          host: 'h1',
          sensorId: 'sensor-h1',
          timeNs: Date.now() * 1_000_000,
          sensorStatus: { version: 'test', cpuCores: 0.05, eventsPerSecond: 12 },
        },
      ],
      'status',
    );
    await waitFor(
      async () => ((await call('GET', '/v1/sensors')).json.sensors as unknown[]).length === 1,
    );
    const sensors = (await call('GET', '/v1/sensors')).json.sensors as Array<
      Record<string, unknown>
    >;
    assert.equal(sensors[0]?.sensorId, 'sensor-h1');
    assert.equal(sensors[0]?.stale, false);
    const viaGrpc = await unary('Sensors', 'ListSensors', {});
    assert.equal((viaGrpc.sensors as Array<{ sensorId: string }>)[0]?.sensorId, 'sensor-h1');

    // Alerts: a live SSE stream first, then five alerts recorded.
    const abort = new AbortController();
    t.after(() => abort.abort());
    const live = await fetch(`${rig.address}/v1/alerts/stream?minPriority=warning`, {
      headers: { authorization: `Bearer ${rig.viewer}` },
      signal: abort.signal,
    });
    assert.equal(live.status, 200);
    let liveText = '';
    void (async () => {
      const reader = live.body?.getReader();
      for (;;) {
        const chunk = (await reader?.read().catch(() => undefined)) as
          { done: boolean; value?: Uint8Array } | undefined;
        if (!chunk || chunk.done) return;
        liveText += new TextDecoder().decode(chunk.value);
      }
    })();
    await waitFor(() => liveText.includes(': subscribed'));
    const grpcAlerts: string[] = [];
    const stream = (
      vigilClient('Alerts', `127.0.0.1:${rig.grpcPort}`).StreamAlerts as (
        r: unknown,
        m: Metadata,
      ) => NodeJS.EventEmitter
    )({ rules: ['rule-3'] }, md());
    stream.on('data', (a: { id: string }) => grpcAlerts.push(a.id));
    stream.on('error', () => undefined);
    await new Promise<void>((resolve) => stream.once('metadata', () => resolve()));
    const priorities = [5, 4, 6, 3, 5]; // warning, error, notice, critical, warning
    const now = Date.now();
    for (let i = 0; i < 5; i++) {
      const alert: vigil.v1.IAlert = {
        id: `A${i}`,
        rule: `rule-${i}`,
        priority: priorities[i],
        output: `alert ${i}`,
        timeNs: (now + i) * 1_000_000,
        host: 'h1',
      };
      await rig.bp.js.publish(alertSubject('h1', 'warning'), Alert.encode(alert).finish());
    }
    const listed = await call('GET', '/v1/alerts?limit=2');
    assert.deepEqual(
      (listed.json.alerts as Array<{ id: string }>).map((a) => a.id),
      ['A4', 'A3'],
    );
    const next = await call('GET', `/v1/alerts?limit=10&cursor=${listed.json.cursor as string}`);
    assert.deepEqual(
      (next.json.alerts as Array<{ id: string }>).map((a) => a.id),
      ['A2', 'A1', 'A0'],
    );
    const severe = await call('GET', '/v1/alerts?minPriority=error');
    assert.deepEqual(
      (severe.json.alerts as Array<{ id: string }>).map((a) => a.id),
      ['A3', 'A1'],
    );
    const grpcSevere = await unary('Alerts', 'ListAlerts', { minPriority: 'PRIORITY_ERROR' });
    assert.deepEqual(
      (grpcSevere.alerts as Array<{ id: string }>).map((a) => a.id),
      ['A3', 'A1'],
    );
    assert.equal((await call('GET', '/v1/alerts?minPriority=loud')).status, 400);
    await waitFor(() => (liveText.match(/event: event/g) ?? []).length === 4, {
      message: () => liveText,
    });
    assert.doesNotMatch(liveText, /"id":"A2"/, 'the notice is below warning');
    await waitFor(() => grpcAlerts.length === 1);
    assert.deepEqual(grpcAlerts, ['A3']);

    // Acknowledging needs the responder role.
    assert.equal(
      (await call('POST', '/v1/alerts/A3/ack', rig.viewer, { note: 'mine' })).status,
      403,
    );
    const ack = await call('POST', '/v1/alerts/A3/ack', responder, { note: 'looking' });
    assert.equal(ack.status, 200);
    assert.equal(ack.json.acknowledgedBy, 'on call');
    await assert.rejects(
      unary('Alerts', 'AcknowledgeAlert', { alertId: 'A3' }),
      (e: { code: number }) => e.code === Number(status.PERMISSION_DENIED),
    );

    // Kill, through a real kill responder for host h1: a wrong start time is refused, the right
    // one kills; a host with no sensor is a 504.
    const kill = serveKillRequests(rig.bp, 'h1', () => undefined);
    t.after(() => kill.stop());
    const victim = spawn('sleep', ['60'], { stdio: 'ignore' });
    const exited = new Promise<string | null>((resolve) =>
      victim.on('exit', (_c, s) => resolve(s)),
    );
    t.after(() => victim.kill('SIGKILL'));
    const pid = victim.pid as number;
    await waitFor(() => processStartTimeNs(pid) !== undefined);
    const start = String(Math.round(processStartTimeNs(pid) as number));
    assert.equal(
      (
        await call('POST', '/v1/kill', rig.viewer, {
          processUid: `h1:${pid}:1`,
          startTimeNs: start,
        })
      ).status,
      403,
    );
    const reused = await call('POST', '/v1/kill', responder, {
      processUid: `h1:${pid}:1`,
      startTimeNs: String(Number(start) + 5_000_000_000),
    });
    assert.equal(reused.json.outcome, 'RESPONSE_OUTCOME_PID_REUSED', JSON.stringify(reused.json));
    const done = await unary(
      'Alerts',
      'Kill',
      { processUid: `h1:${pid}:1`, startTimeNs: start },
      responder,
    );
    assert.equal(done.outcome, 'RESPONSE_OUTCOME_DONE', JSON.stringify(done));
    assert.equal(await exited, 'SIGKILL');
    const nobody = await call('POST', '/v1/kill', responder, {
      processUid: 'h9:123:1',
      startTimeNs: '5',
    });
    assert.equal(nobody.status, 504);
    assert.match(JSON.stringify(nobody.json), /sensor of host h9 did not answer/);

    // A process tree from the recorder: a parent that forked a child that ran cat.
    const base = Date.now() * 1_000_000;
    await rig.publish([
      {
        id: 'T1',
        host: 'h1',
        timeNs: base,
        process: { pid: 800, processUid: 'h1:800:1', comm: 'sh', startTimeNs: 77 },
        processExec: { filename: '/bin/sh' },
      },
      {
        id: 'T2',
        host: 'h1',
        timeNs: base + 1,
        process: { pid: 800, processUid: 'h1:800:1', comm: 'sh' },
        processFork: { childPid: 801, childProcessUid: 'h1:801:1' },
      },
      {
        id: 'T3',
        host: 'h1',
        timeNs: base + 2,
        process: { pid: 801, ppid: 800, processUid: 'h1:801:1', comm: 'cat' },
        processExec: { filename: '/bin/cat' },
      },
    ]);
    const tree = await call('GET', `/v1/tree/${encodeURIComponent('h1:800:1')}`);
    assert.equal(tree.status, 200, JSON.stringify(tree.json));
    const root = tree.json.root as {
      events: Array<{ id: string }>;
      children: Array<{ events: Array<{ id: string }> }>;
    };
    assert.deepEqual(
      root.events.map((e) => e.id),
      ['T1', 'T2'],
    );
    assert.deepEqual(
      root.children[0]?.events.map((e) => e.id),
      ['T3'],
    );
    const grpcTree = await unary('Telemetry', 'ProcessTree', { processUid: 'h1:800:1' });
    assert.deepEqual(
      (
        grpcTree.root as { children: Array<{ events: Array<{ id: string }> }> }
      ).children[0]?.events.map((e) => e.id),
      ['T3'],
    );
    assert.equal((await call('GET', '/v1/tree/not-a-uid')).status, 400);
    assert.equal((await call('GET', `/v1/tree/${encodeURIComponent('h1:999:1')}`)).status, 404);
    // This recorder runs no hunts: a clear refusal.
    const hunt = await call('POST', '/v1/hunt', rig.viewer, { rulesYaml: '- rule: x' });
    assert.equal(hunt.status, 400);
    assert.match(JSON.stringify(hunt.json), /runs no retro-hunts/);
  },
);
