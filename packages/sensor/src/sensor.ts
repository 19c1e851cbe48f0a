import { readdirSync } from 'node:fs';
import { hostname } from 'node:os';
import { IdGenerator, componentLogger } from '@vigil/common';
import type { Logger } from '@vigil/common';
import type { EventKind, vigil } from '@vigil/schema';
import type { Collector, CollectorSink } from './collectors/collector.js';
import { EbpfCollector } from './collectors/ebpf.js';
import { ProcfsCollector } from './collectors/procfs.js';
import { ReplayCollector } from './collectors/replay.js';
import type { ReplaySpeed } from './collectors/replay.js';
import { TracefsCollector } from './collectors/tracefs.js';
import { ContainerTracker } from './enrich/container-tracker.js';
import { ProcessTable } from './enrich/process-table.js';
import { processRunNs } from './enrich/procfs.js';
import { Governor } from './governor/governor.js';
import type { EventOutput, GovernorOptions, Usage } from './governor/governor.js';
import { PlatformFiles } from './platform.js';
import type { PlatformOptions } from './platform.js';

/** Version reported in heartbeats. */
export const SENSOR_VERSION = '0.1.0';

/**
 * How long after its collectors run the sensor starts to enforce its budgets: measured on this
 * project's 2-core machine, the first second (JIT, the first enrichment of every process that
 * shows up) cost enough to shed process events under a modest load.
 */
const START_GRACE_MS = 1_000;

/** Names of the collectors this build has. */
export const COLLECTOR_NAMES = ['tracefs', 'ebpf', 'procfs', 'replay'] as const;

/** Options of a Sensor. */
export interface SensorOptions {
  /** Host name in events and subjects; the machine's by default. */
  host?: string;
  /** Sensor id; `<host>-<pid>` by default. */
  sensorId?: string;
  /** Collectors to run, by name; by default every one whose probe succeeds. */
  collectors?: readonly string[];
  /** Where events go. */
  output: EventOutput;
  /** Logger. */
  logger: Logger;
  /** Governor settings. */
  governor?: Pick<
    GovernorOptions,
    'queueCapacity' | 'cpuBudgetCores' | 'memoryBudgetBytes' | 'statusIntervalMs' | 'lostIntervalMs'
  >;
  /** Poll interval of the tracefs collector. */
  pollIntervalMs?: number;
  /** A JSONL file for the replay collector (which runs only when named in `collectors`). */
  replay?: { file: string; speed?: ReplaySpeed };
  /**
   * The Vigil platform this sensor is part of: its processes' file operations inside its data
   * directory are not reported, only counted (platform.ts).
   */
  platform?: PlatformOptions;
}

/** What a collector did at start. */
export interface CollectorReport {
  name: string;
  running: boolean;
  reason?: string;
  blindSpots: string[];
  /** The collector's notes after start (Collector.notes). */
  notes?: Record<string, unknown>;
}

/** The sensor: collectors, enrichment, governor, output. */
export class Sensor {
  readonly host: string;
  readonly sensorId: string;
  readonly processes: ProcessTable;
  readonly containers = new ContainerTracker();
  readonly governor: Governor;
  readonly #opts: SensorOptions;
  readonly #log: Logger;
  readonly #all: Collector[];
  readonly #platform: PlatformFiles | undefined;
  #running: Collector[] = [];
  readonly reports: CollectorReport[] = [];

  constructor(options: SensorOptions) {
    this.#opts = options;
    this.host = options.host ?? hostname();
    this.sensorId = options.sensorId ?? `${this.host}-${process.pid}`;
    this.#log = componentLogger(options.logger, 'sensor');
    this.processes = new ProcessTable({ host: this.host });
    this.#platform = options.platform ? new PlatformFiles(options.platform) : undefined;
    this.governor = new Governor({
      host: this.host,
      sensorId: this.sensorId,
      ids: new IdGenerator(),
      output: options.output,
      ...options.governor,
      usage: () => this.#usage(),
      onShedLevel: (level) => {
        for (const c of this.#running) c.setShedLevel?.(level);
      },
      status: () => ({
        version: SENSOR_VERSION,
        collectors: this.reports.map((r) => ({
          name: r.name,
          state: r.running ? 'running' : 'unavailable',
          blindSpots: r.running ? r.blindSpots : [r.reason ?? ''],
          events: this.#running.find((c) => c.name === r.name)?.produced ?? 0,
        })),
      }),
    });
    // The two kernel collectors wait for each other: tracefs handles an exec once the ebpf
    // collector has the call's argv, and ebpf a file open once tracefs has handled the forks and
    // execs before it; and before tracefs applies a fork, exec or exit, ebpf handles what it
    // holds from before, so that the two collectors' events are applied in the kernel's order.
    const running = (c: Collector) => this.#running.includes(c);
    const ebpf: EbpfCollector = new EbpfCollector({
      processes: this.processes,
      containers: this.containers,
      processWatermark: () => (running(tracefs) ? tracefs.watermarkNs : Infinity),
      catchUp: () => (running(tracefs) ? tracefs.pollNow() : ebpf.release()),
    });
    const tracefs: TracefsCollector = new TracefsCollector({
      processes: this.processes,
      containers: this.containers,
      ...(options.pollIntervalMs ? { pollIntervalMs: options.pollIntervalMs } : {}),
      argvWatermark: () => (running(ebpf) ? ebpf.watermarkNs : undefined),
      onPolled: () => ebpf.release(),
      handleUpTo: (monoNs) => {
        if (running(ebpf)) ebpf.handleUpTo(monoNs);
      },
    });
    this.#all = [
      tracefs,
      ebpf,
      new ProcfsCollector({ processes: this.processes, containers: this.containers }),
    ];
    if (options.replay) this.#all.push(new ReplayCollector(options.replay));
  }

  /**
   * CPU and memory the budgets govern: this process's, and the CPU of the collectors' helper
   * processes (bpftrace), since the work they do is the sensor's. Helpers' memory is not
   * counted: bpftrace's resident LLVM is not something shedding can shrink.
   */
  #usage(): Usage {
    const c = process.cpuUsage();
    let cpuMicros = c.user + c.system;
    for (const col of this.#running)
      for (const pid of col.helperPids?.() ?? []) cpuMicros += processRunNs(pid) / 1000;
    // Live memory judges the budget; the resident size stays up after a burst (governor.ts).
    const m = process.memoryUsage();
    return { rssBytes: m.rss, liveBytes: m.heapUsed + m.external, cpuMicros };
  }

  /** The running collector named `name`. */
  collector(name: string): Collector | undefined {
    return this.#running.find((c) => c.name === name);
  }

  /** Seeds the process table, starts the governor and the chosen collectors. */
  async start(): Promise<CollectorReport[]> {
    const wanted = this.#opts.collectors;
    if (wanted?.includes('replay') && !this.#opts.replay) {
      throw new Error('the replay collector needs a file (sensor.replay.file, or --replay FILE)');
    }
    for (const name of wanted ?? []) {
      if (!this.#all.some((c) => c.name === name)) {
        throw new Error(
          `unknown collector '${name}' (this build has: ${COLLECTOR_NAMES.join(', ')})`,
        );
      }
    }
    this.processes.seed(
      readdirSync('/proc')
        .filter((d) => /^\d+$/.test(d))
        .map(Number),
    );
    this.governor.start();
    const sink: CollectorSink = {
      admit: (kind: EventKind) => this.governor.admit(kind),
      event: (
        event: vigil.v1.IEvent,
        kind: EventKind,
        monoNs?: number,
        opts?: { keepEnvelope?: boolean },
      ) => {
        if (this.#platform?.covers(event, kind)) this.governor.exclude(kind);
        else this.governor.intake(event, kind, monoNs, opts);
      },
      shed: (kind, count) => this.governor.shedAtSource(kind, count),
      lost: (count, reason, stage, kind) => this.governor.lostUpstream(count, reason, stage, kind),
    };
    try {
      await this.#startCollectors(sink, wanted);
    } catch (err) {
      // What started is stopped (the tracefs instance removed, bpftrace ended) before the error
      // goes up: a failed start leaves nothing running.
      for (const c of this.#running.splice(0).reverse()) {
        await c
          .stop()
          .catch((e: unknown) =>
            this.#log.warn({ collector: c.name, err: e }, 'collector did not stop cleanly'),
          );
      }
      this.governor.stop();
      throw err;
    }
    this.governor.enforceBudgets(START_GRACE_MS);
    this.governor.heartbeat();
    return this.reports;
  }

  /** Probes and starts the collectors `wanted` (all that can run when not given), and logs which. */
  async #startCollectors(
    sink: CollectorSink,
    wanted: readonly string[] | undefined,
  ): Promise<void> {
    for (const c of this.#all) {
      if (wanted && !wanted.includes(c.name)) continue;
      // Replay only when asked for: it is not a source of this host's telemetry. procfs is the
      // fallback: by default it runs only when tracefs cannot.
      if (!wanted && c.name === 'replay') continue;
      if (!wanted && c.name === 'procfs' && this.#running.some((r) => r.name === 'tracefs')) {
        this.reports.push({
          name: c.name,
          running: false,
          reason: 'not needed: tracefs runs',
          blindSpots: [],
        });
        continue;
      }
      const probe = await c.probe();
      if (!probe.ok) {
        this.reports.push({ name: c.name, running: false, reason: probe.reason, blindSpots: [] });
        if (wanted) throw new Error(`collector ${c.name} cannot run here: ${probe.reason}`);
        continue;
      }
      await c.start(sink);
      this.#running.push(c);
      this.reports.push({
        name: c.name,
        running: true,
        blindSpots: probe.blindSpots,
        ...(c.notes ? { notes: c.notes() } : {}),
      });
    }
    for (const r of this.reports) {
      if (r.running)
        this.#log.info(
          { collector: r.name, blindSpots: r.blindSpots, ...r.notes },
          'collector running',
        );
      else this.#log.warn({ collector: r.name, reason: r.reason }, 'collector not available');
    }
    if (this.#platform) {
      this.#log.info(
        { platformPid: this.#platform.pid, dataDir: this.#platform.dirs },
        "not reporting the platform's own file operations inside its data directory (counted as excluded)",
      );
    }
    if (this.#running.length === 0) {
      throw new Error(
        `no collector can run here: ${this.reports.map((r) => `${r.name}: ${r.reason}`).join('; ')}`,
      );
    }
  }

  /** Stops the collectors, delivers what is queued, reports what was lost. */
  async stop(): Promise<void> {
    for (const c of this.#running.splice(0).reverse()) await c.stop();
    this.governor.heartbeat();
    await this.governor.flush();
    this.governor.stop();
    // What the output never took (the backplane was down or slow until flush gave up) cannot be
    // reported in-band any more: the log is the last place it is counted.
    const unreported = this.governor.unreportedLosses;
    if (unreported > 0) {
      const lostByKind = Object.fromEntries(
        Object.entries(this.governor.lostByKind).filter(([, n]) => n > 0),
      );
      this.#log.warn({ unreported, lostByKind }, 'events lost at exit, not reported in-band');
    }
  }
}
