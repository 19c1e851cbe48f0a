import { v1 } from '@vigil/schema';
import type { vigil } from '@vigil/schema';
import { TELEMETRY_STREAM, ensureConsumer, ensureStreams } from '../src/index.js';
import type { Backplane, StreamLimits } from '../src/index.js';

/** Small stream limits for tests. */
export const TEST_LIMITS: StreamLimits = {
  telemetryMaxBytes: 64 * 1024 * 1024,
  telemetryMaxAgeSeconds: 3600,
  alertsMaxBytes: 8 * 1024 * 1024,
  alertsMaxAgeSeconds: 3600,
};

/** A file-open event with a recognisable id and a path of some length. */
export function sampleEvent(n: number, host = 'test-host'): vigil.v1.IEvent {
  return {
    id: `ev-${n}`,
    sensorId: 'sensor-test',
    host,
    timeNs: 1_763_800_000_000_000_000 + n,
    seq: n,
    process: {
      pid: 1000 + (n % 50),
      comm: 'cat',
      exe: '/usr/bin/cat',
      argv: ['cat', `/var/log/file-${n}.log`],
      processUid: `test-host:${1000 + (n % 50)}:1`,
    },
    fileOpen: { path: `/var/log/file-${n}.log`, flags: 0, result: 3 },
  };
}

/** Creates the streams and one durable telemetry consumer. */
export async function setUp(
  bp: Backplane,
  durable: string,
  limits = TEST_LIMITS,
  ackWaitMs = 30_000,
): Promise<void> {
  await ensureStreams(bp.jsm, limits);
  await ensureConsumer(bp.jsm, { stream: TELEMETRY_STREAM, durable, ackWaitMs });
}

/** Ids of events, for comparing what was sent with what arrived. */
export function ids(events: Iterable<vigil.v1.IEvent>): string[] {
  return [...events].map((e) => e.id ?? '');
}

export { v1 };
