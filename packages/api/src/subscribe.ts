// Live subscriptions: telemetry as it crosses the backplane, filtered in the rule language, with
// a throttle that works (Capsule8's never did) and a slow client that cannot stall the others:
// what a subscription does not send is counted and reported in-band as Lost, and a client that
// keeps not reading is cut off and told why.
import { VigilError } from '@vigil/common';
import { encodedEvent } from '@vigil/backplane';
import { EventContext } from '@vigil/filter';
import { compileQueryFilter, queryKinds } from '@vigil/flight-recorder';
import { EVENT_KINDS, eventToJson, kindOf, type vigil } from '@vigil/schema';
import type { LiveFeed } from './live-feed.js';

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
  /** A client whose connection stays full this long is cut off (default 10 s). */
  slowClientCutoffMs?: number;
}

/**
 * Where a subscription delivers. `event` returns false when the client cannot take more now (the
 * event was not sent); `blocked` says whether the client's connection is still full.
 */
export interface SubscriptionSink {
  event(json: () => Record<string, unknown>, encoded?: Uint8Array): boolean;
  /**
   * The events given since the last flush are all there are for now (the end of one read of
   * the backplane): a sink that gathers events into larger writes sends them.
   */
  flush?(): void;
  blocked(): boolean;
  /** Reports what was not sent; false when it could not be sent now (it is reported again later). */
  lost(lost: { count: number; reason: LostReason; stage: string }): boolean;
  /** The end, with the count of events not sent that no Lost report carried. */
  end(reason: string, unreported: number): void;
}

export type LostReason = 'LOSS_REASON_BACKPRESSURE' | 'LOSS_REASON_DECODE_ERROR';

/**
 * An event's canonical JSON, made once however many streams send it: the feed hands every
 * stream the same decoded events, and the entry goes with the event.
 */
const jsonCache = new WeakMap<vigil.v1.Event, Record<string, unknown>>();
/**
 * A process's canonical JSON, made once for all its events: the feed's events share their
 * process object (backplane decodeBatch), and its description, ancestors included, is most of
 * an event. These objects are only serialized (SSE) or read (gRPC), never changed.
 */
const processJsonCache = new WeakMap<vigil.v1.IProcess, unknown>();
export function jsonOf(e: vigil.v1.Event): Record<string, unknown> {
  let json = jsonCache.get(e);
  if (json === undefined) {
    const p = e.process;
    if (p == null) json = eventToJson(e);
    else {
      let pj = processJsonCache.get(p);
      if (pj === undefined) {
        pj = eventToJson({ process: p }).process;
        processJsonCache.set(p, pj);
      }
      // The event without its process, then the process's JSON in its place (field order as
      // the canonical form has it: process before the payload).
      e.process = null;
      let rest: Record<string, unknown>;
      try {
        rest = eventToJson(e);
      } finally {
        e.process = p;
      }
      json = {};
      for (const [k, v] of Object.entries(rest)) {
        if (k === 'container' || KIND_KEYS.has(k)) json.process ??= pj;
        json[k] = v;
      }
      json.process ??= pj;
    }
    jsonCache.set(e, json);
  }
  return json;
}
/** Keys of the canonical JSON that come after `process` (its container and payload). */
const KIND_KEYS = new Set<string>(EVENT_KINDS);

/** How often counts of what was not sent are reported. */
const LOST_INTERVAL_MS = 1_000;
/** A client whose connection stays full this long is cut off. */
export const SLOW_CLIENT_CUTOFF_MS = 10_000;

/** The reason a stream ends when the API stops. */
export const STOPPING_REASON = 'the API is stopping';

/**
 * Starts a subscription; resolves to its stop function once events published from then on will
 * be seen. Throws on a bad selector (with the position) before anything starts.
 */
export async function subscribe(
  feed: LiveFeed<vigil.v1.Event>,
  selector: SubscribeSelector,
  options: SubscribeOptions,
  sink: SubscriptionSink,
): Promise<(reason?: string) => void> {
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
  // When the client's connection was first seen full, by the reporting tick (so a stall is
  // noticed whether or not events keep coming).
  let stalledSince: number | undefined;
  const cutoffMs = options.slowClientCutoffMs ?? SLOW_CLIENT_CUTOFF_MS;
  let stopped = false;

  // Batches of telemetry the feed could not read: their events are unknown, so counted apart.
  let feedGap = 0;
  let stop: (() => void) | undefined;
  const onBatch = (events: vigil.v1.Event[]): void => {
    deliver(events);
    if (!stopped) sink.flush?.();
  };
  const deliver = (events: vigil.v1.Event[]): void => {
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
      if (!sink.event(() => jsonOf(e), encodedEvent(e))) {
        slow++;
        continue;
      }
      if (limit > 0 && ++sent >= limit) {
        finish('limit');
        return;
      }
    }
  };

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

  const report = setInterval(
    () => {
      if (
        throttled > 0 &&
        sink.lost({ count: throttled, reason: 'LOSS_REASON_BACKPRESSURE', stage: 'api-throttle' })
      )
        throttled = 0;
      if (
        slow > 0 &&
        sink.lost({ count: slow, reason: 'LOSS_REASON_BACKPRESSURE', stage: 'api-slow-client' })
      )
        slow = 0;
      if (
        feedGap > 0 &&
        sink.lost({ count: feedGap, reason: 'LOSS_REASON_BACKPRESSURE', stage: 'api-feed-batches' })
      )
        feedGap = 0;
      if (!sink.blocked()) stalledSince = undefined;
      else if (stalledSince === undefined) stalledSince = Date.now();
      else if (Date.now() - stalledSince >= cutoffMs) {
        finish(`cut off: the client read nothing for ${Math.round(cutoffMs / 1000)} s`);
      }
    },
    Math.min(LOST_INTERVAL_MS, Math.max(50, cutoffMs / 4)),
  );

  function finish(reason: string): void {
    if (stopped) return;
    stopped = true;
    clearInterval(report);
    stop?.();
    sink.end(reason, throttled + slow);
  }

  try {
    stop = await feed.add({
      batch: onBatch,
      gap: (batches) => {
        if (!stopped) feedGap += batches;
      },
    });
  } catch (err) {
    stopped = true;
    clearInterval(report);
    throw err;
  }
  if (stopped) stop();
  // With a reason, the client is told why its stream ends; without, it has gone already.
  return (reason?: string) => {
    if (reason !== undefined) {
      finish(reason);
      return;
    }
    if (stopped) return;
    stopped = true;
    clearInterval(report);
    stop?.();
  };
}
