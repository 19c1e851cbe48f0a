import { BackplaneError } from '@vigil/common';
import {
  AckPolicy,
  DeliverPolicy,
  DiscardPolicy,
  JetStreamApiCodes,
  JetStreamApiError,
  RetentionPolicy,
  StorageType,
} from '@nats-io/jetstream';
import type { ConsumerConfig, JetStreamManager, StreamConfig } from '@nats-io/jetstream';
import { nanos } from '@nats-io/transport-node';
import { SUBJECT_WILDCARDS } from './subjects.js';

// JSStreamNameExistErr in nats-server's server/errors.json; nats.js has no constant for it.
const STREAM_NAME_IN_USE = 10058;

/** Stream of all telemetry. */
export const TELEMETRY_STREAM = 'VIGIL_TELEMETRY';
/** Stream of all alerts. */
export const ALERTS_STREAM = 'VIGIL_ALERTS';
/**
 * Window in which JetStream drops a publish whose message id it has already stored: a
 * publisher's retry after a lost acknowledgement (server restart, timeout) is not stored twice.
 */
export const DEFAULT_DUPLICATE_WINDOW_MS = 120_000;

/** Byte and age limits of the streams. */
export interface StreamLimits {
  /** Byte budget of VIGIL_TELEMETRY; the oldest data is dropped past it. */
  telemetryMaxBytes: number;
  /** Maximum age of telemetry, seconds. */
  telemetryMaxAgeSeconds: number;
  /** Byte budget of VIGIL_ALERTS. */
  alertsMaxBytes: number;
  /** Maximum age of alerts, seconds. */
  alertsMaxAgeSeconds: number;
  /** Replicas (1 on a single server; 3 in a hub cluster). */
  replicas?: number;
  /**
   * Only these streams (a fleet keeps telemetry on each host's leaf node and alerts on the
   * hub); both when absent.
   */
  only?: ReadonlyArray<'telemetry' | 'alerts'>;
}

function streamConfig(
  name: string,
  subject: string,
  maxBytes: number,
  maxAgeSeconds: number,
  replicas: number,
  backpressure: boolean,
): Partial<StreamConfig> & { name: string } {
  return {
    name,
    subjects: [subject],
    storage: StorageType.File,
    // Telemetry: a full stream refuses new publishes (discard new) instead of dropping data that
    // no consumer has read. The refusal reaches the publisher, whose window fills, which pushes
    // back on the sensor's governor, which sheds and counts: a slow consumer costs counted
    // losses at the edge, never silent ones here. What every durable consumer has acknowledged
    // is purged by StreamTrimmer (trim.ts), so "full" means "consumers are behind".
    // Interest retention would do that trimming in the server, but Debian's nats-server 2.9.10
    // loses a delivered-but-unacknowledged message of an interest stream across a restart (seen
    // in test/pipeline.test.ts); limits retention keeps it and redelivers it.
    // Alerts are few and are kept for their age (discard old) as the alert history.
    retention: RetentionPolicy.Limits,
    discard: backpressure ? DiscardPolicy.New : DiscardPolicy.Old,
    max_bytes: maxBytes,
    max_age: nanos(maxAgeSeconds * 1000),
    duplicate_window: nanos(DEFAULT_DUPLICATE_WINDOW_MS),
    num_replicas: replicas,
  };
}

/** The stream configurations for the given limits. */
export function vigilStreamConfigs(
  limits: StreamLimits,
): Array<Partial<StreamConfig> & { name: string }> {
  const replicas = limits.replicas ?? 1;
  return [
    streamConfig(
      TELEMETRY_STREAM,
      SUBJECT_WILDCARDS.telemetry,
      limits.telemetryMaxBytes,
      limits.telemetryMaxAgeSeconds,
      replicas,
      true,
    ),
    streamConfig(
      ALERTS_STREAM,
      SUBJECT_WILDCARDS.alerts,
      limits.alertsMaxBytes,
      limits.alertsMaxAgeSeconds,
      replicas,
      false,
    ),
  ];
}

function isNotFound(err: unknown): boolean {
  return (
    err instanceof JetStreamApiError &&
    (err.code === JetStreamApiCodes.StreamNotFound ||
      err.code === JetStreamApiCodes.ConsumerNotFound)
  );
}

/**
 * Creates the Vigil streams, or updates their limits when they exist. Safe to call from every
 * service at start, concurrently: the result is the same.
 */
export async function ensureStreams(jsm: JetStreamManager, limits: StreamLimits): Promise<void> {
  const wanted = new Set<string>(
    (limits.only ?? ['telemetry', 'alerts']).map((w) =>
      w === 'telemetry' ? TELEMETRY_STREAM : ALERTS_STREAM,
    ),
  );
  for (const cfg of vigilStreamConfigs(limits)) {
    if (!wanted.has(cfg.name)) continue;
    try {
      const info = await jsm.streams.info(cfg.name).catch((err: unknown) => {
        if (isNotFound(err)) return undefined;
        throw err;
      });
      if (!info) {
        try {
          await jsm.streams.add(cfg);
          continue;
        } catch (err) {
          // Another service created it between our lookup and our add: update it below.
          if (!(err instanceof JetStreamApiError && err.code === STREAM_NAME_IN_USE)) throw err;
        }
      }
      const current = info?.config ?? (await jsm.streams.info(cfg.name)).config;
      if (current.storage !== cfg.storage || current.retention !== cfg.retention) {
        throw new BackplaneError(
          'VGL_ERR_BACKPLANE_SETUP',
          `stream ${cfg.name} exists with ${current.storage} storage and ${current.retention} retention; ` +
            `Vigil needs ${cfg.storage} and ${cfg.retention}: delete the stream or use another server`,
        );
      }
      const changed =
        current.max_bytes !== cfg.max_bytes ||
        current.max_age !== cfg.max_age ||
        current.duplicate_window !== cfg.duplicate_window ||
        current.discard !== cfg.discard ||
        JSON.stringify(current.subjects) !== JSON.stringify(cfg.subjects);
      if (changed) {
        await jsm.streams.update(cfg.name, {
          subjects: cfg.subjects,
          max_bytes: cfg.max_bytes,
          max_age: cfg.max_age,
          duplicate_window: cfg.duplicate_window,
          discard: cfg.discard,
        });
      }
    } catch (err) {
      if (err instanceof BackplaneError) throw err;
      throw new BackplaneError(
        'VGL_ERR_BACKPLANE_SETUP',
        `cannot create or update stream ${cfg.name}: ${(err as Error).message}`,
        { cause: err },
      );
    }
  }
}

/** A durable pull consumer of one service. */
export interface DurableConsumerSpec {
  /** Stream to read. */
  stream: string;
  /** Durable name: the service's identity; its position survives restarts. */
  durable: string;
  /** Only messages on this subject (wildcards allowed). */
  filterSubject?: string;
  /**
   * The credit: how many delivered messages may wait for their acknowledgement. JetStream stops
   * delivering past it, which is the consumer's backpressure on the stream.
   */
  maxAckPending?: number;
  /** How long a delivered message may stay unacknowledged before it is delivered again. */
  ackWaitMs?: number;
  /** Where a new consumer starts: all retained history, or only new messages. */
  deliverNewOnly?: boolean;
}

/** Default credit of a consumer, in batches (each of many events). */
export const DEFAULT_MAX_ACK_PENDING = 64;
/** Default time a batch may stay unacknowledged before redelivery. */
export const DEFAULT_ACK_WAIT_MS = 30_000;

/** Creates a durable pull consumer, or updates its credit and ack wait when it exists. */
export async function ensureConsumer(
  jsm: JetStreamManager,
  spec: DurableConsumerSpec,
): Promise<void> {
  const cfg: Partial<ConsumerConfig> = {
    durable_name: spec.durable,
    ack_policy: AckPolicy.Explicit,
    deliver_policy: spec.deliverNewOnly ? DeliverPolicy.New : DeliverPolicy.All,
    max_ack_pending: spec.maxAckPending ?? DEFAULT_MAX_ACK_PENDING,
    ack_wait: nanos(spec.ackWaitMs ?? DEFAULT_ACK_WAIT_MS),
    // A batch that keeps failing is retried with growing delays rather than in a hot loop.
    max_deliver: -1,
    ...(spec.filterSubject ? { filter_subject: spec.filterSubject } : {}),
  };
  try {
    const info = await jsm.consumers.info(spec.stream, spec.durable).catch((err: unknown) => {
      if (isNotFound(err)) return undefined;
      throw err;
    });
    if (!info) {
      await jsm.consumers.add(spec.stream, cfg);
      return;
    }
    const c = info.config;
    if ((c.filter_subject ?? '') !== (spec.filterSubject ?? '')) {
      throw new BackplaneError(
        'VGL_ERR_BACKPLANE_SETUP',
        `consumer ${spec.durable} on ${spec.stream} exists with filter '${c.filter_subject ?? ''}', not '${spec.filterSubject ?? ''}'; delete it to change its filter`,
      );
    }
    if (c.max_ack_pending !== cfg.max_ack_pending || c.ack_wait !== cfg.ack_wait) {
      await jsm.consumers.update(spec.stream, spec.durable, {
        max_ack_pending: cfg.max_ack_pending,
        ack_wait: cfg.ack_wait,
      });
    }
  } catch (err) {
    if (err instanceof BackplaneError) throw err;
    throw new BackplaneError(
      'VGL_ERR_BACKPLANE_SETUP',
      `cannot create or update consumer ${spec.durable} on ${spec.stream}: ${(err as Error).message}`,
      { cause: err },
    );
  }
}
