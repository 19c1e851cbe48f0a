import { hostname } from 'node:os';
import { BatchPublisher } from '@vigil/backplane';
import type { Backplane } from '@vigil/backplane';
import type { VigilConfig } from '@vigil/common';
import {
  BackplaneOutput,
  JsonLinesOutput,
  Sensor,
  confineSensor,
  formatCpuList,
  serveKillRequests,
} from '@vigil/sensor';
import type { EventOutput } from '@vigil/sensor';
import { connectAs } from './backplane-identity.js';
import { processLogger, stopOnSignals } from './lifecycle.js';

/** Options of `vigil sensor`. */
export interface SensorCommandOptions {
  stdout?: boolean;
  natsUrl?: string;
  /** Stop when the parent process (vigil up) is gone. */
  exitWithParent?: boolean;
  /** Replay a JSONL event file instead of (or besides) the kernel. */
  replay?: { file: string; speed: 'recorded' | 'full' };
}

/**
 * Runs a sensor until SIGINT or SIGTERM: events to stdout as JSON lines (`--stdout`), or to the
 * backplane with kill requests served.
 */
export async function runSensor(
  config: Readonly<VigilConfig>,
  options: SensorCommandOptions,
): Promise<void> {
  // With --stdout, stdout carries events: logs go to stderr as always.
  const logger = processLogger(config, 'vigil-sensor');
  // One host name for the subjects and the events' envelopes.
  const host = config.sensor.host || hostname();
  // First, so that every thread and helper the sensor starts inherits the CPUs (affinity.ts).
  const where = await confineSensor(String(config.sensor.cpus), config.sensor.cpuBudgetCores);
  if (where.problem) logger.warn({ problem: where.problem }, 'sensor not confined to fewer CPUs');
  else if (where.confined)
    logger.info(
      { cpus: formatCpuList(where.cpus), of: formatCpuList(where.allowed) },
      'sensor confined',
    );
  let bp: Backplane | undefined;
  let publisher: BatchPublisher | undefined;
  let output: EventOutput;
  if (options.stdout) {
    output = new JsonLinesOutput(process.stdout);
  } else {
    let url: string;
    ({ bp, url } = await connectAs(config, 'sensor', options.natsUrl, 'vigil-sensor'));
    // The process table's descriptions are shared and replaced, never changed (enrich).
    publisher = new BatchPublisher(bp.js, { sharedProcesses: true });
    output = new BackplaneOutput(publisher, host);
    logger.info({ url }, 'sensor publishing to the backplane');
  }
  const sensor = new Sensor({
    host,
    ...(config.sensor.collectors.length
      ? { collectors: config.sensor.collectors }
      : options.replay
        ? { collectors: ['replay'] }
        : {}),
    ...(options.replay ? { replay: options.replay } : {}),
    // Run by vigil up: its processes' bookkeeping in the data directory is not telemetry.
    ...(options.exitWithParent && !config.sensor.reportPlatformFiles
      ? { platform: { pid: process.ppid, dataDir: config.dataDir } }
      : {}),
    output,
    logger,
    governor: {
      cpuBudgetCores: config.sensor.cpuBudgetCores,
      memoryBudgetBytes: config.sensor.memoryBudgetMiB * 1024 * 1024,
      queueCapacity: config.sensor.queueCapacity,
      statusIntervalMs: config.sensor.statusIntervalSeconds * 1000,
    },
  });
  const responder = bp
    ? serveKillRequests(bp, sensor.host, (result) =>
        sensor.governor.intake({ responseResult: result }, 'responseResult'),
      )
    : undefined;
  const stopAll = async () => {
    responder?.stop();
    await sensor.stop();
    if (publisher) {
      const { unacknowledged } = await publisher.close();
      if (unacknowledged > 0)
        logger.warn({ unacknowledged }, 'events not acknowledged by the backplane at exit');
    }
    await bp?.close();
  };
  stopOnSignals(stopAll, logger, options.exitWithParent === true);
  try {
    await sensor.start();
  } catch (err) {
    await stopAll().catch(() => undefined);
    throw err;
  }
  process.stderr.write(
    `vigil sensor on ${sensor.host} (CPU ${formatCpuList(where.cpus)} of ${formatCpuList(where.allowed)}): ${sensor.reports.map((r) => `${r.name} ${r.running ? 'running' : `unavailable (${r.reason})`}`).join(', ')}\n`,
  );
}
