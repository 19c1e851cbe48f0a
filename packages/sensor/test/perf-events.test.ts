import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { test } from 'node:test';
import { findExecutable } from '@vigil/backplane';
import { disableTracepointSampling } from '../src/collectors/perf-events.js';

// The kernel test (test/kernel/tracefs.test.ts) shows the events of a real bpftrace disabled
// while its programs still record; these are the answers where there is nothing to disable.

const skip = findExecutable('perl') ? false : 'perl is not installed (perl-base)';

test('a process with no tracepoint perf events: none found, none disabled', { skip }, async (t) => {
  const child = spawn('sleep', ['30'], { stdio: 'ignore' });
  t.after(() => child.kill('SIGKILL'));
  assert.deepEqual(await disableTracepointSampling(child.pid as number), {
    events: 0,
    disabled: 0,
  });
});

test(
  'a process that is not there: an error that names the call and the pid',
  { skip },
  async () => {
    // Above the kernel's pid limit (PID_MAX_LIMIT, 4,194,304): never a live process.
    await assert.rejects(
      disableTracepointSampling(4_194_305),
      /pidfd_open\(4194305\): No such process/,
    );
  },
);

test(
  "perl runs with none of the sensor's environment (PERL5OPT would load code into it as root)",
  { skip },
  async (t) => {
    const child = spawn('sleep', ['30'], { stdio: 'ignore' });
    t.after(() => child.kill('SIGKILL'));
    const was = process.env.PERL5OPT;
    process.env.PERL5OPT = '-MVigil::No::Such::Module';
    t.after(() => {
      if (was === undefined) delete process.env.PERL5OPT;
      else process.env.PERL5OPT = was;
    });
    assert.deepEqual(await disableTracepointSampling(child.pid as number), {
      events: 0,
      disabled: 0,
    });
  },
);
