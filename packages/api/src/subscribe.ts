// Live subscriptions: telemetry as it crosses the backplane, filtered in the rule language, with
// a throttle that works (Capsule8's never did) and a slow client that cannot stall the others:
// what a subscription does not send is counted and reported in-band as Lost, and a client that
// keeps not reading is cut off and told why.
import {
  SUBJECT_WILDCARDS,
  decodeBatch,
  hostTelemetryWildcard,
  type Backplane,
} from '@vigil/backplane';
import { VigilError } from '@vigil/common';
import { EventContext } from '@vigil/filter';
import { compileQueryFilter, queryKinds } from '@vigil/flight-recorder';
import { eventToJson, kindOf, type vigil } from '@vigil/schema';

export interface SubscribeSelector {
  filter?: string;
  kinds?: string[];
  hosts?: string[];
  containers?: string[];
}

export interface SubscribeOptions {
  /** At most this many events per second; 0: no limit. */
  maxEventsPerSecond?: number;
  /** End after this many events; 0: no limit. */
  limit?: number;
}

/** Where a subscription delivers; `event` returns false when the client cannot take more now. */
export interface SubscriptionSink {
  event(json: Record<string, unknown>): boolean;
  lost(lost: { count: number; reason: 'LOSS_REASON_BACKPRESSURE'; stage: string }): void;
  end(reason: string): void;
}

/** How often counts of what was not sent are reported. */
const LOST_INTERVAL_MS = 1_000;
/** A client that takes nothing for this long is cut off. */
export const SLOW_CLIENT_CUTOFF_MS = 10_000;

/** Starts a subscription; returns its stop function. Throws on a bad selector (with the position). */
export function subscribe(
  bp: Backplane,
  selector: SubscribeSelector,
  options: SubscribeOptions,
  sink: SubscriptionSink,
): () => void {
  const match = compileQueryFilter(selector.filter)?.match;
  const kinds = new Set(queryKinds(selector.kinds));
  const hosts = selector.hosts?.length ? new Set(selector.hosts) : undefined;
  const containers = selector.containers?.length ? new Set(selector.containers) : undefined;
  const rate = options.maxEventsPerSecond ?? 0;
  if (!(rate >= 0))
    throw new VigilError('VGL_ERR_QUERY_INVALID', 'maxEventsPerSecond must be 0 or more');
  const limit = options.limit ?? 0;
  const ctx = new EventContext();
  // Token bucket: `rate` tokens a second, at most one second's worth saved.
  let tokens = rate;
  let refilled = Date.now();
  let sent = 0;
  let throttled = 0;
  let slow = 0;
  let stalledSince: number | undefined;
  let stopped = false;

  const subjects = hosts
    ? [...hosts].map((h) => hostTelemetryWildcard(h))
    : [SUBJECT_WILDCARDS.telemetry];
  const subs = subjects.map((subject) =>
    bp.nc.subscribe(subject, {
      callback: (err, msg) => {
        if (err || stopped) return;
        let events: vigil.v1.Event[];
        try {
          events = decodeBatch(msg.data);
        } catch {
          return;
        }
        for (const e of events) {
          if (stopped) return;
          if (!wanted(e)) continue;
          if (rate > 0) {
            const now = Date.now();
            tokens = Math.min(rate, tokens + ((now - refilled) / 1000) * rate);
            refilled = now;
            if (tokens < 1) {
              throttled++;
              continue;
            }
            tokens -= 1;
          }
          if (!sink.event(eventToJson(e))) {
            slow++;
            stalledSince ??= Date.now();
            continue;
          }
          stalledSince = undefined;
          if (limit > 0 && ++sent >= limit) {
            finish('limit');
            return;
          }
        }
      },
    }),
  );

  function wanted(e: vigil.v1.Event): boolean {
    const kind = kindOf(e);
    if (kind === 'sensorStatus' || kind === 'lost') return false;
    if (kinds.size > 0 && (kind === undefined || !kinds.has(kind))) return false;
    if (hosts !== undefined && !hosts.has(e.host)) return false;
    if (containers !== undefined) {
      const c = e.container;
      if (c == null || !(containers.has(c.id ?? '') || containers.has(c.name ?? ''))) return false;
    }
    return match === undefined || match(ctx.reset(e));
  }

  const report = setInterval(() => {
    if (throttled > 0)
      sink.lost({ count: throttled, reason: 'LOSS_REASON_BACKPRESSURE', stage: 'api-throttle' });
    throttled = 0;
    if (slow > 0)
      sink.lost({ count: slow, reason: 'LOSS_REASON_BACKPRESSURE', stage: 'api-slow-client' });
    slow = 0;
    if (stalledSince !== undefined && Date.now() - stalledSince > SLOW_CLIENT_CUTOFF_MS) {
      finish(`cut off: the client read nothing for ${SLOW_CLIENT_CUTOFF_MS / 1000} s`);
    }
  }, LOST_INTERVAL_MS);

  function finish(reason: string): void {
    if (stopped) return;
    stopped = true;
    clearInterval(report);
    for (const s of subs) s.unsubscribe();
    sink.end(reason);
  }

  return () => {
    if (stopped) return;
    stopped = true;
    clearInterval(report);
    for (const s of subs) s.unsubscribe();
  };
}
