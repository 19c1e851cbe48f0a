// Runs `vigil up` for an end-to-end test and listens to its alerts.
import { spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import { fileURLToPath } from 'node:url';
import { SUBJECT_WILDCARDS, connectBackplane } from '@vigil/backplane';
import { localIdentity } from '../../src/backplane-identity.js';
import { waitFor } from '@vigil/backplane/testkit';
import { Alert, type vigil } from '@vigil/schema';

const main = fileURLToPath(new URL('../../src/main.js', import.meta.url));

export interface ReceivedAlert {
  alert: vigil.v1.Alert;
  /** When it arrived (Date.now()). */
  at: number;
}

export interface RunningUp {
  out: () => string;
  err: () => string;
  /** Every alert published since start, in arrival order. */
  alerts: ReceivedAlert[];
  /** SIGTERM, and the exit code. */
  stop: () => Promise<number | null>;
}

/**
 * Starts `vigil up` with `configYaml` in `dir` (removed after the test), waits until it is up
 * and subscribes to every alert. After the test, vigil up is stopped gracefully (so that it
 * stops its sensor and detector in order), then killed if it lingers.
 */
export async function startVigilUp(
  t: TestContext,
  dir: string,
  configYaml: string,
): Promise<RunningUp> {
  const config = join(dir, 'vigil.yaml');
  writeFileSync(config, configYaml);
  const dataDir = join(dir, 'data');
  const up = spawn(
    process.execPath,
    [main, 'up', '--data-dir', dataDir, '--nats-port', '0', '--config', config],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  let err = '';
  up.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  up.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((r) => up.once('exit', (c) => r(c)));
  const stop = async (): Promise<number | null> => {
    if (up.exitCode === null && up.signalCode === null) {
      up.kill('SIGTERM');
      const timer = setTimeout(() => up.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(timer);
    }
    return exited;
  };
  t.after(async () => {
    await stop();
    try {
      process.kill(Number(readFileSync(join(dataDir, 'nats/nats-server.pid'), 'utf8')), 'SIGKILL');
    } catch {
      // not running
    }
    rmSync(dir, { recursive: true, force: true });
  });
  await waitFor(() => out.includes('vigil is up'), {
    timeoutMs: 60_000,
    message: () => `not up: ${err}`,
  });
  const url = /nats\s+(nats:\/\/\S+)/.exec(out)?.[1] as string;
  const bp = await connectBackplane({
    servers: url,
    name: 'vigil-up-test',
    identity: localIdentity(dataDir, 'platform'),
  });
  const alerts: ReceivedAlert[] = [];
  const sub = bp.nc.subscribe(SUBJECT_WILDCARDS.alerts, {
    callback: (e, msg) => {
      if (!e) alerts.push({ alert: Alert.decode(msg.data), at: Date.now() });
    },
  });
  t.after(async () => {
    sub.unsubscribe();
    await bp.close();
  });
  await bp.nc.flush();
  return { out: () => out, err: () => err, alerts, stop };
}

/** The first alert of a rule whose process's argv contains `argvPart`. */
export function alertFor(
  alerts: ReceivedAlert[],
  rule: string,
  argvPart: string,
): ReceivedAlert | undefined {
  return alerts.find(
    (r) =>
      r.alert.rule === rule && (r.alert.event?.process?.argv ?? []).join(' ').includes(argvPart),
  );
}
