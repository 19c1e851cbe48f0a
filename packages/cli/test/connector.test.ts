// A connector under `vigil up`: configured in the YAML file, started as its own process with the
// connector's NATS identity, it delivers alerts to HEC; killed -9, it is restarted by `vigil up`
// and goes on from where it was; `vigil connectors` shows its status.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ALERTS_STREAM, alertSubject, connectBackplane } from '@vigil/backplane';
import { skipWithoutNatsServer, waitFor } from '@vigil/backplane/testkit';
import { HecReceiver } from '@vigil/connectors/testkit';
import { Alert } from '@vigil/schema';
import { localIdentity } from '../src/backplane-identity.js';
import { type Run, tempDataDir, vigil } from './harness.js';

test(
  'vigil up runs a configured HEC connector; killed -9 it is restarted and resumes',
  { skip: skipWithoutNatsServer() },
  async (t) => {
    const hec = new HecReceiver({ tokens: { 'up-token': { ack: true } }, indexDelayMs: 20 });
    await hec.start();
    t.after(() => hec.stop());
    const runs: Run[] = [];
    const dataDir = tempDataDir(t, runs);
    writeFileSync(join(dataDir, 'hec.token'), 'up-token\n', { mode: 0o600 });
    const config = join(dataDir, 'vigil.yaml');
    writeFileSync(
      config,
      [
        'sensor: { enabled: false }',
        'detector: { enabled: false }',
        'recorder: { enabled: false }',
        'api: { enabled: false }',
        'connectors:',
        '  splunk:',
        '    type: splunk-hec',
        `    url: ${hec.url}`,
        `    tokenFile: ${join(dataDir, 'hec.token')}`,
        '    ackPollMs: 50',
        // A killed connector's unacknowledged alerts come back to its successor after this.
        '    ackWaitSeconds: 2',
        '',
      ].join('\n'),
    );
    const up = vigil(['up', '--data-dir', dataDir, '--nats-port', '0', '--config', config]);
    runs.push(up);
    await waitFor(() => up.stdout().includes('vigil is up'), {
      timeoutMs: 20_000,
      message: () => `vigil up: ${up.stderr()}`,
    });
    const endpoints = (
      JSON.parse(readFileSync(join(dataDir, 'endpoints.json'), 'utf8')) as {
        endpoints: Record<string, string>;
      }
    ).endpoints;
    const pid = Number(/pid (\d+)/.exec(endpoints['connector-splunk'] ?? '')?.[1]);
    assert.ok(pid > 0, JSON.stringify(endpoints));

    // Alerts as a detector publishes them (the platform's identity may).
    const bp = await connectBackplane({
      servers: endpoints.nats!,
      name: 'connector-cli-test',
      identity: localIdentity(dataDir, 'platform'),
    });
    t.after(() => bp.close());
    const publish = async (from: number, n: number) => {
      for (let i = from; i < from + n; i++) {
        const a = Alert.fromObject({
          id: `cli-${i}`,
          rule: 'Up connector',
          priority: 5,
          output: `alert ${i}`,
          host: 'cli-host',
          timeNs: String(BigInt(Date.now()) * 1_000_000n),
        });
        await bp.js.publish(alertSubject('cli-host', 'warning'), Alert.encode(a).finish(), {
          msgID: `cli-${i}`,
        });
      }
    };
    const ids = () => new Set(hec.events.map((e) => (e.event as { id: string }).id));
    await publish(0, 100);
    await waitFor(() => ids().size === 100, {
      message: () => `${ids().size} of 100 indexed; ${up.stderr().slice(-2000)}`,
    });

    // Acknowledged on the backplane (after the ack said indexed) before the kill.
    await waitFor(async () => {
      const i = await bp.jsm.consumers.info(ALERTS_STREAM, 'vigil-connector-splunk-alerts');
      return i.num_pending === 0 && i.num_ack_pending === 0;
    });
    process.kill(pid, 'SIGKILL');
    await publish(100, 100);
    await waitFor(() => ids().size === 200, {
      timeoutMs: 30_000,
      message: () => `${ids().size} of 200 indexed after the restart`,
    });
    const restarted = (
      JSON.parse(readFileSync(join(dataDir, 'connectors', 'splunk', 'status.json'), 'utf8')) as {
        pid: number;
      }
    ).pid;
    assert.notEqual(restarted, pid, 'a new connector process');
    // It resumed: the first 100 were not sent again.
    assert.ok(hec.events.length < 200 + 50, `${hec.events.length} events indexed for 200 alerts`);

    await waitFor(
      () => {
        const run = vigil(['connectors', '--data-dir', dataDir, '-o', 'json']);
        return run.exit.then((code) => {
          const s = JSON.parse(run.stdout().trim() || '{}') as {
            name?: string;
            state?: string;
            delivered?: { alerts: number };
          };
          return (
            code === 0 &&
            s.name === 'splunk' &&
            s.state === 'running' &&
            (s.delivered?.alerts ?? 0) > 0
          );
        });
      },
      {
        timeoutMs: 15_000,
        intervalMs: 1_000,
        message: 'vigil connectors never showed the connector running',
      },
    );

    const metrics = readFileSync(join(dataDir, 'connectors', 'splunk', 'metrics.prom'), 'utf8');
    assert.match(metrics, /^vigil_connector_state\{connector="splunk",state="running"\} 1$/m);
    assert.match(
      metrics,
      /^vigil_connector_lag_messages\{connector="splunk",stream="alerts"\} \d+$/m,
    );
    assert.match(
      metrics,
      /^vigil_connector_delivered_total\{connector="splunk",kind="alert"\} [1-9]\d*$/m,
    );

    up.child.kill('SIGTERM');
    assert.equal(await up.exit, 0, up.stderr());
  },
);

test('vigil connector refuses a name that is not configured, naming those that are', async (t) => {
  const dataDir = tempDataDir(t);
  const run = vigil(['connector', 'nope', '--data-dir', dataDir]);
  assert.equal(await run.exit, 2);
  assert.match(
    run.stderr(),
    /no connector 'nope' in the configuration \(connectors\.nope\); none is configured/,
  );
});
