// What the deployment tests check on a host they installed: its sensor, on its NATS leaf node,
// reports a real exec (read from the leaf's telemetry stream with the platform's identity).
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestContext } from 'node:test';
import {
  TELEMETRY_STREAM,
  connectBackplane,
  decodeBatch,
  telemetrySubject,
} from '@vigil/backplane';
import { waitFor } from '@vigil/backplane/testkit';

/** Waits until the host's sensor has reported an exec of /bin/true with a unique argument. */
export async function seesExec(
  t: TestContext,
  options: { natsPort: number; platformSeedFile: string; host: string; log: () => string },
): Promise<void> {
  const [seed = '', inboxPrefix = ''] = readFileSync(options.platformSeedFile, 'utf8').split('\n');
  const bp = await connectBackplane({
    servers: `nats://127.0.0.1:${options.natsPort}`,
    name: 'deploy-test',
    identity: { seed, inboxPrefix },
  });
  t.after(() => bp.close());
  const consumer = await bp.js.consumers.get(TELEMETRY_STREAM, {
    filter_subjects: telemetrySubject(options.host, 'process'),
  });
  const marker = `vigil-deploy-${process.pid}-${Date.now()}`;
  let seen = false;
  const messages = await consumer.consume({
    callback: (m) => {
      for (const e of decodeBatch(m.data))
        if (e.processExec && (e.process?.argv ?? []).includes(marker)) seen = true;
    },
  });
  t.after(() => messages.close());
  await waitFor(
    () => {
      spawnSync('/bin/true', [marker]);
      return seen;
    },
    {
      timeoutMs: 60_000,
      intervalMs: 500,
      message: () => `no exec event: ${options.log().slice(-2000)}`,
    },
  );
}

/** The repository's root (the tests run from packages/cli/dist/test/deploy). */
export const repo = fileURLToPath(new URL('../../../../../', import.meta.url));

/** Makes the release tarball (pnpm run package) into `dir`; returns its path. */
export function makeRelease(dir: string): string {
  const made = spawnSync(process.execPath, [join(repo, 'scripts/package.mjs'), '--out', dir], {
    encoding: 'utf8',
  });
  if (made.status !== 0) throw new Error(`scripts/package.mjs failed: ${made.stderr}`);
  const tarball = readdirSync(dir).find((f) => f.endsWith('.tar.gz'));
  if (!tarball) throw new Error(`no tarball in ${dir}`);
  return join(dir, tarball);
}

/** Stops the services a deployment started without systemd (the sensor first). */
export function stopServices(root: string, names: string[]): void {
  for (const name of names)
    spawnSync(join(root, 'usr/lib/vigil/vigil-service'), ['stop', name], {
      env: { ...process.env, VIGIL_RUN_DIR: join(root, 'run/vigil') },
    });
}
