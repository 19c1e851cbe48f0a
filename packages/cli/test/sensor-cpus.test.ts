import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { test } from 'node:test';
import { waitFor } from '@vigil/backplane/testkit';
import { allowedCpus, formatCpuList } from '@vigil/sensor';
import { tempDataDir, vigil } from './harness.js';
import type { Run } from './harness.js';

const allowed = allowedCpus();
const skip =
  allowed.length < 2
    ? `this process may run on one CPU only (${formatCpuList(allowed)}): nothing to confine to`
    : false;

/** A `vigil sensor --stdout` on the procfs collector (no root needed), with `env` added. */
function sensor(t: Parameters<typeof tempDataDir>[0], env: Record<string, string>): Run {
  const runs: Run[] = [];
  const dataDir = tempDataDir(t, runs);
  const run = vigil(
    ['sensor', '--stdout', '--collectors', 'procfs', '--data-dir', dataDir, '--log-level', 'warn'],
    env,
  );
  runs.push(run);
  return run;
}

/** Once `run` has started: the distinct CPU lists its threads may run on, and its stderr. */
async function started(run: Run): Promise<{ cpus: Set<string>; threads: number; err: string }> {
  await waitFor(() => run.stderr().includes('procfs running'), {
    message: () => `sensor did not start: ${run.stderr()}`,
  });
  const pid = run.child.pid as number;
  const tids = readdirSync(`/proc/${pid}/task`);
  const cpus = new Set(tids.map((tid) => formatCpuList(allowedCpus(`${pid}/task/${tid}`))));
  return { cpus, threads: tids.length, err: run.stderr() };
}

test(
  'vigil sensor runs on as many CPUs as its budget needs, every thread of it, and says so',
  { skip },
  async (t) => {
    const run = sensor(t, { VIGIL_SENSOR__CPU_BUDGET_CORES: '0.25' });
    const { cpus, threads, err } = await started(run);
    const last = String(allowed.at(-1));
    assert.match(err, new RegExp(`\\(CPU ${last} of ${formatCpuList(allowed)}\\)`));
    assert.ok(threads > 1);
    assert.deepEqual(cpus, new Set([last]));
    run.child.kill('SIGTERM');
    assert.equal(await run.exit, 0);
  },
);

test(
  'sensor.cpus: all leaves it on every CPU; a list outside its CPUs stops it with what is wrong',
  { skip },
  async (t) => {
    const all = sensor(t, { VIGIL_SENSOR__CPUS: 'all' });
    assert.deepEqual((await started(all)).cpus, new Set([formatCpuList(allowed)]));
    all.child.kill('SIGTERM');
    assert.equal(await all.exit, 0);

    const outside = sensor(t, { VIGIL_SENSOR__CPUS: '4095' });
    assert.notEqual(await outside.exit, 0);
    assert.match(
      outside.stderr(),
      /^vigil: sensor.cpus: CPU 4095 is not among the CPUs this process may run on \([0-9,-]+\) \[VGL_ERR_SENSOR_CPUS\]$/m,
    );

    const malformed = sensor(t, { VIGIL_SENSOR__CPUS: 'first' });
    assert.notEqual(await malformed.exit, 0);
    assert.match(
      malformed.stderr(),
      /\/sensor\/cpus \(env VIGIL_SENSOR__CPUS\): must match pattern/,
    );
  },
);
