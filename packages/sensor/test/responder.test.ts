import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { test } from 'node:test';
import { connectBackplane, controlSubject, processRunning } from '@vigil/backplane';
import { skipWithoutNatsServer, startTestServer, waitFor } from '@vigil/backplane/testkit';
import { v1 } from '@vigil/schema';
import type { vigil } from '@vigil/schema';
import { executeKill, processStartTimeNs, serveKillRequests } from '../src/index.js';

function sleeper(t: { after: (fn: () => void) => void }): number {
  const child = spawn('sleep', ['30'], { stdio: 'ignore' });
  t.after(() => {
    child.kill('SIGKILL');
  });
  return child.pid as number;
}

test(
  'a kill request for a pid that now belongs to another process is refused; a valid one kills',
  { skip: skipWithoutNatsServer() },
  async (t) => {
    const srv = await startTestServer();
    const bp = await connectBackplane({ servers: srv.url, name: 'responder-test' });
    t.after(async () => {
      await bp.close();
      await srv.stop();
    });
    const reported: vigil.v1.IResponseResult[] = [];
    const responder = serveKillRequests(bp, 'test-host', (r) => reported.push(r));
    t.after(() => responder.stop());
    const ask = async (req: vigil.v1.IKillRequest) =>
      v1.ResponseResult.decode(
        (
          await bp.nc.request(
            controlSubject('test-host', 'kill'),
            v1.KillRequest.encode(req).finish(),
            { timeout: 5_000 },
          )
        ).data,
      );

    const pid = sleeper(t);
    await waitFor(() => processStartTimeNs(pid) !== undefined);
    const started = processStartTimeNs(pid) as number;

    // The request names the process that had this pid before: one second earlier.
    const reused = await ask({ requestId: 'r1', pid, startTimeNs: started - 1e9 });
    assert.equal(reused.outcome, v1.ResponseOutcome.RESPONSE_OUTCOME_PID_REUSED);
    assert.match(reused.message, /another process now; nothing was done/);
    assert.ok(processRunning(pid), 'the process with the reused pid must live');

    const done = await ask({ requestId: 'r2', pid, startTimeNs: started });
    assert.equal(done.outcome, v1.ResponseOutcome.RESPONSE_OUTCOME_DONE);
    await waitFor(() => !processRunning(pid), { message: 'the target should be dead' });

    const gone = await ask({ requestId: 'r3', pid, startTimeNs: started });
    assert.equal(gone.outcome, v1.ResponseOutcome.RESPONSE_OUTCOME_NOT_FOUND);
    assert.deepEqual(
      reported.map((r) => r.requestId),
      ['r1', 'r2', 'r3'],
    );
  },
);

test('pid 1 and the sensor itself are never killed', () => {
  assert.equal(executeKill({ pid: 1 }).outcome, v1.ResponseOutcome.RESPONSE_OUTCOME_REFUSED);
  assert.equal(
    executeKill({ pid: process.pid }).outcome,
    v1.ResponseOutcome.RESPONSE_OUTCOME_REFUSED,
  );
});
