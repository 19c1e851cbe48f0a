// What a connector delivers: alerts and, when configured, telemetry events, each with the
// canonical JSON of its message (DESIGN.md §3: the JSON form that connectors send).
import { Alert, eventToJson, kindOf, messageToJson, type vigil } from '@vigil/schema';

/** One thing to deliver. */
export interface DeliveryRecord {
  /** An alert, or a telemetry event. */
  kind: 'alert' | 'event';
  /** When it happened, wall clock nanoseconds. */
  timeNs: bigint;
  /** The host it is about. */
  host: string;
  /** Its canonical JSON object. */
  json: Record<string, unknown>;
  /** The same as text, made once (batch sizes and request bodies use it). */
  text: string;
  /** The alert, when kind is alert. */
  alert?: vigil.v1.IAlert;
  /** The event (the alert's triggering event for an alert). */
  event?: vigil.v1.IEvent;
}

/** A uint64 field (a Long, a number or a string when decoded) as a bigint. */
function nanos(v: number | { toString(): string } | null | undefined): bigint {
  if (v === undefined || v === null) return 0n;
  return BigInt(v.toString());
}

/** The delivery record of an alert. */
export function alertRecord(alert: vigil.v1.IAlert): DeliveryRecord {
  const a = alert instanceof Alert ? alert : Alert.fromObject(alert);
  const json = messageToJson(Alert, 'Alert', a);
  return {
    kind: 'alert',
    timeNs: nanos(a.timeNs),
    host: a.host ?? '',
    json,
    text: JSON.stringify(json),
    alert: a,
    ...(a.event ? { event: a.event } : {}),
  };
}

/** The delivery record of a telemetry event. */
export function eventRecord(event: vigil.v1.IEvent): DeliveryRecord {
  const json = eventToJson(event);
  return {
    kind: 'event',
    timeNs: nanos(event.timeNs),
    host: event.host ?? '',
    json,
    text: JSON.stringify(json),
    event,
  };
}

/** The kind of a telemetry event (its payload's name), or 'event'. */
export function eventKindName(event: vigil.v1.IEvent | undefined): string {
  if (!event) return 'event';
  return kindOf(event) ?? 'event';
}
