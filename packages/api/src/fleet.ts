// The API's operations besides telemetry: the sensors' health (from their heartbeats), alerts
// (history from VIGIL_ALERTS, live through a feed, acknowledgements), responses (kill through the
// sensor of the process's host), process trees and retro-hunts (asked of the recorders).
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  ALERTS_STREAM,
  SUBJECT_ROOT,
  controlSubject,
  decodeBatch,
  type Backplane,
} from '@vigil/backplane';
import { VigilError } from '@vigil/common';
import { askRecorder } from '@vigil/flight-recorder';
import { Alert, eventToJson, kindOf, messageToJson, v1, type vigil } from '@vigil/schema';
import Long from 'long';

/** Subjects of the sensors' heartbeats (SensorStatus events travel with the telemetry). */
export const SENSOR_STATUS_SUBJECTS = `${SUBJECT_ROOT}.tel.*.status`;
/** A sensor not heard from for this long is stale (three default heartbeat intervals and a bit). */
export const DEFAULT_SENSOR_STALE_MS = 35_000;

/** Priorities from most to least severe, as Falco names them. */
const PRIORITY_ORDER = [
  'PRIORITY_EMERGENCY',
  'PRIORITY_ALERT',
  'PRIORITY_CRITICAL',
  'PRIORITY_ERROR',
  'PRIORITY_WARNING',
  'PRIORITY_NOTICE',
  'PRIORITY_INFORMATIONAL',
  'PRIORITY_DEBUG',
];

/** The rank of a priority given as PRIORITY_X, X or its number; lower is more severe. */
export function priorityRank(p: string | number | undefined): number {
  if (p === undefined || p === '' || p === 0 || p === 'PRIORITY_UNSPECIFIED') return 99;
  if (typeof p === 'number') return p;
  const name = p.toUpperCase().startsWith('PRIORITY_')
    ? p.toUpperCase()
    : `PRIORITY_${p.toUpperCase()}`;
  const named = name === 'PRIORITY_INFO' ? 'PRIORITY_INFORMATIONAL' : name;
  const i = PRIORITY_ORDER.indexOf(named);
  if (i < 0)
    throw new VigilError(
      'VGL_ERR_QUERY_INVALID',
      `unknown priority ${JSON.stringify(p)}; one of ${PRIORITY_ORDER.map((x) => x.slice(9).toLowerCase()).join(', ')}`,
    );
  return i + 1;
}

/** The latest heartbeat of every sensor seen, kept from a subscription. */
export class SensorRegistry {
  readonly #latest = new Map<
    string,
    { status: Record<string, unknown>; host: string; seen: number }
  >();
  readonly #sub: { unsubscribe(): void };
  readonly #staleMs: number;

  constructor(bp: Backplane, staleMs = DEFAULT_SENSOR_STALE_MS) {
    this.#staleMs = staleMs;
    // Heartbeats are small and every few seconds: a plain subscription is enough, and one that
    // is missed is replaced by the next.
    this.#sub = bp.nc.subscribe(SENSOR_STATUS_SUBJECTS, {
      callback: (err, msg) => {
        if (err) return;
        let events: vigil.v1.Event[];
        try {
          events = decodeBatch(msg.data);
        } catch {
          return;
        }
        for (const e of events) {
          if (kindOf(e) !== 'sensorStatus') continue;
          this.#latest.set(e.sensorId || e.host, {
            status: eventToJson(e),
            host: e.host,
            seen: Date.now(),
          });
        }
      },
    });
  }

  /** Sensors with their latest status, stale ones flagged. */
  list(hosts?: string[]): Array<Record<string, unknown>> {
    const now = Date.now();
    return [...this.#latest]
      .filter(([, s]) => !hosts?.length || hosts.includes(s.host))
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([sensorId, s]) => ({
        sensorId,
        host: s.host,
        status: s.status.sensorStatus,
        lastSeenNs: String(BigInt(s.seen) * 1_000_000n),
        stale: now - s.seen > this.#staleMs,
      }));
  }

  close(): void {
    this.#sub.unsubscribe();
  }
}

export interface AlertQuery {
  sinceNs?: string;
  untilNs?: string;
  minPriority?: string | number;
  rules?: string[];
  limit?: number;
  cursor?: string;
}

/** Whether an alert passes a priority and rules selection. */
export function alertSelector(
  minPriority: string | number | undefined,
  rules: string[] | undefined,
): (a: vigil.v1.IAlert) => boolean {
  const rank = priorityRank(minPriority);
  const names = rules?.length ? new Set(rules) : undefined;
  return (a) =>
    (rank === 99 || Number(a.priority ?? 99) <= rank) &&
    (names === undefined || names.has(a.rule ?? ''));
}

export function alertToJson(a: vigil.v1.Alert): Record<string, unknown> {
  return messageToJson(Alert, 'Alert', a);
}

/** Recorded alerts, newest first: read backwards through VIGIL_ALERTS by sequence. */
export async function listAlerts(
  bp: Backplane,
  q: AlertQuery,
): Promise<{ alerts: Array<Record<string, unknown>>; cursor?: string }> {
  const limit = q.limit === undefined || q.limit === 0 ? 100 : q.limit;
  if (!Number.isInteger(limit) || limit < 1 || limit > 10_000)
    throw new VigilError('VGL_ERR_QUERY_INVALID', `limit must be from 1 to 10000, got ${q.limit}`);
  const wanted = alertSelector(q.minPriority, q.rules);
  const since = q.sinceNs ? BigInt(q.sinceNs) : 0n;
  const until = q.untilNs && q.untilNs !== '0' ? BigInt(q.untilNs) : undefined;
  const info = await bp.jsm.streams.info(ALERTS_STREAM);
  let seq: number;
  if (q.cursor) {
    if (!/^\d+$/.test(q.cursor))
      throw new VigilError('VGL_ERR_QUERY_INVALID', 'cursor is not one this API gave');
    seq = Number(q.cursor);
  } else seq = info.state.last_seq;
  const first = info.state.first_seq;
  const alerts: Array<Record<string, unknown>> = [];
  for (; seq >= first && seq > 0 && alerts.length < limit; seq--) {
    const m = await bp.jsm.streams.getMessage(ALERTS_STREAM, { seq }).catch(() => null);
    if (m === null) continue;
    let a: vigil.v1.Alert;
    try {
      a = Alert.decode(m.data);
    } catch {
      continue;
    }
    const t = BigInt(String(a.timeNs ?? 0));
    if (until !== undefined && t >= until) continue;
    if (t < since) break;
    if (wanted(a)) alerts.push(alertToJson(a));
  }
  return {
    alerts,
    ...(seq >= first && seq > 0 && alerts.length === limit ? { cursor: String(seq) } : {}),
  };
}

/** Where acknowledgements are kept: one JSON line each, in the API's data directory. */
export function acknowledge(
  dir: string | undefined,
  alertId: string,
  by: string,
  note: string,
): { acknowledgedBy: string; timeNs: string } {
  if (!alertId) throw new VigilError('VGL_ERR_QUERY_INVALID', 'alertId is required');
  if (dir === undefined)
    throw new VigilError(
      'VGL_ERR_QUERY_INVALID',
      'this API keeps no acknowledgements (no data directory)',
    );
  const timeNs = String(BigInt(Date.now()) * 1_000_000n);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  appendFileSync(
    join(dir, 'alert-acks.jsonl'),
    `${JSON.stringify({ alertId, acknowledgedBy: by, note, timeNs })}\n`,
    { mode: 0o600 },
  );
  return { acknowledgedBy: by, timeNs };
}

/** The host of a process_uid (`<host>:<pid>:<start>`). */
export function hostOfProcess(processUid: string): string {
  const i = processUid.lastIndexOf(':', processUid.lastIndexOf(':') - 1);
  if (i <= 0)
    throw new VigilError(
      'VGL_ERR_QUERY_INVALID',
      `processUid must look like <host>:<pid>:<start>, got ${JSON.stringify(processUid)}`,
    );
  return processUid.slice(0, i);
}

export interface KillAsk {
  processUid: string;
  /** Start time, ns after boot, as the sensor saw it: the kill is refused if the pid's differs. */
  startTimeNs: string;
  pid?: number;
  signal?: number;
}

/** Asks the sensor of the process's host to kill it; resolves to the sensor's ResponseResult. */
export async function killProcess(
  bp: Backplane,
  ask: KillAsk,
  by: string,
  timeoutMs = 5_000,
): Promise<Record<string, unknown>> {
  const host = hostOfProcess(ask.processUid ?? '');
  const pidText = /:(\d+):\d+$/.exec(ask.processUid)?.[1];
  const req = v1.KillRequest.create({
    requestId: `api-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    pid: ask.pid || Number(pidText),
    processUid: ask.processUid,
    startTimeNs: Long.fromString(ask.startTimeNs, true),
    signal: ask.signal ?? 0,
    requestedBy: by,
  });
  let msg;
  try {
    msg = await bp.nc.request(controlSubject(host, 'kill'), v1.KillRequest.encode(req).finish(), {
      timeout: timeoutMs,
    });
  } catch (err) {
    throw new VigilError(
      'VGL_ERR_HOST_UNANSWERED',
      `the sensor of host ${host} did not answer the kill request: ${(err as Error).message}`,
      { cause: err },
    );
  }
  return messageToJson(v1.ResponseResult, 'ResponseResult', v1.ResponseResult.decode(msg.data));
}

/**
 * A process tree, asked of the recorders: the process's own host's first, then the others
 * (one recorder may keep several hosts' history). The first that knows the process answers.
 */
export async function processTree(
  bp: Backplane,
  processUid: string,
  depth: number | undefined,
  recorders: string[],
  timeoutMs: number,
): Promise<Record<string, unknown>> {
  const own = hostOfProcess(processUid);
  const order = [own, ...recorders.filter((h) => h !== own)];
  let answered = 0;
  for (const host of order) {
    try {
      for await (const chunk of askRecorder(
        bp,
        host,
        { op: 'tree', processUid, ...(depth ? { depth } : {}) },
        timeoutMs,
      )) {
        answered++;
        const root = (chunk.tree as { root?: { events?: unknown[] } } | undefined)?.root;
        if (chunk.tree && (root?.events?.length ?? 0) > 0) return chunk.tree;
      }
    } catch (err) {
      if (err instanceof VigilError && err.code !== 'VGL_ERR_INTERNAL') throw err;
      // That recorder did not answer: ask the next.
    }
  }
  if (answered === 0)
    throw new VigilError(
      'VGL_ERR_HOST_UNANSWERED',
      `no recorder answered (asked ${order.join(', ')})`,
    );
  throw new VigilError('VGL_ERR_NOT_FOUND', `no process ${processUid} in the recorded history`);
}

/** Runs rules over the history of every host asked; yields the alerts as they come. */
export async function* retroHunt(
  bp: Backplane,
  hosts: string[],
  request: { rulesYaml: string; sinceNs?: number; untilNs?: number },
  timeoutMs: number,
): AsyncGenerator<Record<string, unknown>[]> {
  for (const host of hosts) {
    for await (const chunk of askRecorder(bp, host, { op: 'hunt', ...request }, timeoutMs)) {
      if (chunk.alerts?.length) yield chunk.alerts;
    }
  }
}
