// `vigil recorder`: the flight recorder as a process of its own (started by `vigil up`).
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import type { VigilConfig } from '@vigil/common';
import { Alerter, Engine, Ruleset, formatProblem } from '@vigil/detect';
import { FlightRecorder, type HuntRunner, RecorderStore } from '@vigil/flight-recorder';
import type { vigil } from '@vigil/schema';
import { type ServiceCommandOptions, processLogger, stopOnSignals } from './lifecycle.js';
import { connectAs } from './backplane-identity.js';

/** A retro-hunt's rules: Vigil's rules engine over the recorded events, alerts in event time. */
export function huntRunner(rulesYaml: string): HuntRunner {
  const ruleset = new Ruleset();
  ruleset.load('retro-hunt.yaml', rulesYaml);
  const result = ruleset.compile();
  const errors = result.problems.filter((p) => p.severity === 'error').map(formatProblem);
  const engine = new Engine(result.rules, { ruleMatching: 'all' });
  let eventMs = 0;
  const alerter = new Alerter({ detectorId: 'retro-hunt', dedupWindowMs: 0, now: () => eventMs });
  return {
    errors,
    process(event) {
      eventMs = Number(event.timeNs ?? 0) / 1e6;
      const out: vigil.v1.IAlert[] = [];
      engine.process(event, (rule, ctx) => {
        const alert = alerter.alert(rule, ctx);
        if (alert !== undefined) out.push(alert);
      });
      return out;
    },
  };
}

/** Runs the recorder until SIGINT or SIGTERM. */
export async function runRecorder(
  config: Readonly<VigilConfig>,
  options: ServiceCommandOptions,
): Promise<void> {
  const logger = processLogger(config, 'vigil-recorder');
  const dir = join(resolve(config.dataDir), 'recorder');
  const store = await RecorderStore.open(dir, {
    maxBytes: config.recorder.maxBytes,
    maxAgeMs: config.recorder.maxAgeSeconds * 1000,
    onCorrupt: (id, reason) =>
      logger.error({ block: id, reason }, 'recorded block cannot be read; skipped'),
  });
  const { bp, url } = await connectAs(config, 'recorder', options.natsUrl, 'vigil-recorder');
  const host = config.sensor.host || hostname();
  const recorder = new FlightRecorder({ backplane: bp, store, host, logger, hunt: huntRunner });
  const stopAll = async () => {
    await recorder.stop();
    logger.info({ ...recorder.stats, ...store.stats() }, 'recorder stopped');
    await bp.close();
    await store.close();
  };
  stopOnSignals(stopAll, logger, options.exitWithParent === true);
  try {
    await recorder.start();
  } catch (err) {
    await bp.close().catch(() => undefined);
    await store.close().catch(() => undefined);
    throw err;
  }
  const s = store.stats();
  process.stderr.write(
    `vigil recorder on ${url} for ${host}: ${s.events} events in ${s.blocks} blocks (${dir})\n`,
  );
}
