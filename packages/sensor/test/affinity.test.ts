import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { test } from 'node:test';
import {
  allowedCpus,
  chooseCpus,
  confineProcess,
  formatCpuList,
  parseCpuList,
} from '../src/affinity.js';
import { childPids } from '../src/enrich/procfs.js';

test('CPU lists are read and written as the kernel does; a malformed one is refused with what is wrong', () => {
  assert.deepEqual(parseCpuList('0-3,8,10-11\n'), [0, 1, 2, 3, 8, 10, 11]);
  assert.deepEqual(parseCpuList('5'), [5]);
  assert.deepEqual(parseCpuList(''), []);
  assert.equal(formatCpuList([11, 0, 1, 2, 3, 8, 10, 2]), '0-3,8,10-11');
  assert.equal(formatCpuList([4]), '4');
  assert.throws(() => parseCpuList('1-a'), /not a CPU list: '1-a'/);
  assert.throws(() => parseCpuList('3-1'), /range 3-1 runs backwards/);
});

test('by default the sensor gets as many CPUs as its budget needs, the last ones; all of them is no confinement', () => {
  const eight = [0, 1, 2, 3, 4, 5, 6, 7];
  assert.deepEqual(chooseCpus('', 0.25, eight), [7]);
  assert.deepEqual(chooseCpus('', 0.25, [0, 1]), [1]);
  assert.deepEqual(chooseCpus('', 1.5, eight), [6, 7]);
  assert.deepEqual(chooseCpus('', 0.25, [2, 5, 9]), [9], 'of the CPUs it may use, not of the host');
  assert.equal(chooseCpus('', 2, [0, 1]), undefined, 'a budget of every CPU: left as it is');
  assert.equal(chooseCpus('', 0.25, [0]), undefined);
  assert.equal(chooseCpus('all', 0.25, eight), undefined);
  assert.deepEqual(chooseCpus('2-3', 0.25, eight), [2, 3]);
  assert.throws(() => chooseCpus('3-1', 0.25, eight), {
    code: 'VGL_ERR_SENSOR_CPUS',
    message: /sensor.cpus: not a CPU list: '3-1' \(range 3-1 runs backwards\)/,
  });
  assert.throws(() => chooseCpus('6-9', 0.25, eight), {
    code: 'VGL_ERR_SENSOR_CPUS',
    message: /sensor.cpus: CPU 8-9 is not among the CPUs this process may run on \(0-7\)/,
  });
});

const allowed = allowedCpus();

test(
  'a process is confined, every thread of it and the processes it starts afterwards',
  {
    skip:
      allowed.length < 2
        ? `this process may run on one CPU only (${formatCpuList(allowed)}): nothing to confine to`
        : false,
  },
  async (t) => {
    // A node child (V8 runs worker threads) that starts a process of its own when told to.
    const child = spawn(
      process.execPath,
      [
        '-e',
        "process.stdin.once('data', () => require('node:child_process').spawn('sleep', ['30'], { stdio: 'ignore' }));",
      ],
      { stdio: ['pipe', 'ignore', 'inherit'] },
    );
    t.after(() => {
      for (const pid of childPids(child.pid as number)) process.kill(pid, 'SIGKILL');
      child.kill('SIGKILL');
    });
    const pid = child.pid as number;
    const last = allowed.at(-1) as number;
    // Its threads exist once it runs its script.
    while (readdirSync(`/proc/${pid}/task`).length < 2) await sleep(10);
    await confineProcess(pid, [last]);
    for (const tid of readdirSync(`/proc/${pid}/task`))
      assert.deepEqual(allowedCpus(`${pid}/task/${tid}`), [last], `thread ${tid}`);
    child.stdin.write('go\n');
    let started: number | undefined;
    for (let i = 0; i < 500 && started === undefined; i++) {
      started = childPids(pid)[0];
      if (started === undefined) await sleep(10);
    }
    assert.ok(started !== undefined, 'the child started its process');
    assert.deepEqual(allowedCpus(started), [last], 'a process started afterwards');
    await assert.rejects(confineProcess(pid, [9999]), /cannot confine process \d+ to CPU 9999: /);
  },
);
