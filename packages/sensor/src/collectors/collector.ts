import type { EventKind, vigil } from '@vigil/schema';

/** Where a collector hands its events. */
export interface CollectorSink {
  /**
   * Asks whether an event of `kind` would be kept now. False means the governor is shedding
   * that kind: it has counted the event as generated and lost, and the collector should not
   * spend time building it (no /proc reads, no enrichment).
   */
  admit(kind: EventKind): boolean;
  /**
   * One event of kind `kind`; the governor stamps the envelope (id, seq, host, times), or only
   * seq and what is missing with `keepEnvelope` (replayed events keep their recorded envelope).
   */
  event(
    event: vigil.v1.IEvent,
    kind: EventKind,
    monoNs?: number,
    options?: { keepEnvelope?: boolean },
  ): void;
  /**
   * Events of `kind` a collector dropped at their source (in the kernel) because the governor
   * was shedding that kind: counted as generated and lost, like `admit` returning false.
   */
  shed(kind: EventKind, count: number): void;
  /** Events lost before they became events (kernel overruns, decode errors). */
  lost(count: number, reason: vigil.v1.LossReason, stage: string, kind?: EventKind): void;
}

/** What a collector can do on this host. */
export type ProbeResult = { ok: true; blindSpots: string[] } | { ok: false; reason: string };

/** A source of telemetry with one lifecycle: probe, start, stop. */
export interface Collector {
  /** tracefs, ebpf, procfs, replay. */
  readonly name: string;
  /** Whether it can run here, and what it cannot see. */
  probe(): Promise<ProbeResult>;
  /** Starts producing into `sink`. */
  start(sink: CollectorSink): Promise<void>;
  /** Stops and releases everything (tracefs instances, child processes). */
  stop(): Promise<void>;
  /** Events produced since start. */
  readonly produced: number;
  /** Facts about how it runs here, known after start, for the start log. */
  notes?(): Record<string, unknown>;
  /** Helper processes whose CPU counts against the sensor's budget. */
  helperPids?(): number[];
  /** The governor's shedding level changed (-1 none, 0 file, 1 network, 2 process). */
  setShedLevel?(level: number): void;
}
