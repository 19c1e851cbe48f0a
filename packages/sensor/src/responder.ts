import { readFileSync } from 'node:fs';
import { controlSubject } from '@vigil/backplane';
import type { Backplane } from '@vigil/backplane';
import { reportBackgroundError } from '@vigil/common';
import { v1 } from '@vigil/schema';
import type { vigil } from '@vigil/schema';
import Long from 'long';
import { CLK_TCK, parseStat } from './enrich/procfs.js';

/** Start time of a running process, ns since boot, from /proc; undefined when it is gone. */
export function processStartTimeNs(pid: number): number | undefined {
  try {
    const s = parseStat(readFileSync(`/proc/${pid}/stat`, 'utf8'));
    if (s.state === 'Z') return undefined;
    return (s.startTicks * 1e9) / CLK_TCK;
  } catch {
    return undefined;
  }
}

/**
 * Executes a kill request. The target's start time must match the request's: a pid that was
 * reused by another process is never killed. Pid 1 and the sensor itself are refused.
 */
export function executeKill(req: vigil.v1.IKillRequest): vigil.v1.IResponseResult {
  const pid = req.pid ?? 0;
  const base = {
    action: 'kill',
    requestId: req.requestId ?? '',
    pid,
    processUid: req.processUid ?? '',
  };
  const O = v1.ResponseOutcome;
  if (pid <= 1 || pid === process.pid) {
    return { ...base, outcome: O.RESPONSE_OUTCOME_REFUSED, message: `refusing to kill pid ${pid}` };
  }
  const actual = processStartTimeNs(pid);
  if (actual === undefined)
    return { ...base, outcome: O.RESPONSE_OUTCOME_NOT_FOUND, message: `no process ${pid}` };
  const wanted = Long.fromValue(req.startTimeNs ?? 0).toNumber();
  // /proc has clock-tick resolution (10 ms): compare in ticks.
  if (Math.round((wanted * CLK_TCK) / 1e9) !== Math.round((actual * CLK_TCK) / 1e9)) {
    return {
      ...base,
      outcome: O.RESPONSE_OUTCOME_PID_REUSED,
      message: `pid ${pid} started at ${actual} ns after boot, not ${wanted}: it is another process now; nothing was done`,
    };
  }
  try {
    process.kill(pid, req.signal || 'SIGKILL');
    return {
      ...base,
      outcome: O.RESPONSE_OUTCOME_DONE,
      message: `sent signal ${req.signal || 9} to ${pid}`,
    };
  } catch (err) {
    return { ...base, outcome: O.RESPONSE_OUTCOME_FAILED, message: (err as Error).message };
  }
}

/**
 * Serves vigil.ctl.<host>.kill: each request (an encoded KillRequest) is executed, answered with
 * the encoded ResponseResult, and the outcome is reported as an event through `report`.
 */
export function serveKillRequests(
  bp: Backplane,
  host: string,
  report: (result: vigil.v1.IResponseResult) => void,
): { stop: () => void } {
  const sub = bp.nc.subscribe(controlSubject(host, 'kill'), {
    callback: (err, msg) => {
      if (err) {
        reportBackgroundError(err, 'kill request subscription');
        return;
      }
      let result: vigil.v1.IResponseResult;
      try {
        result = executeKill(v1.KillRequest.decode(msg.data));
      } catch (decodeErr) {
        result = {
          action: 'kill',
          outcome: v1.ResponseOutcome.RESPONSE_OUTCOME_FAILED,
          message: `malformed kill request: ${(decodeErr as Error).message}`,
        };
      }
      report(result);
      if (msg.reply) msg.respond(v1.ResponseResult.encode(result).finish());
    },
  });
  return { stop: () => sub.unsubscribe() };
}
