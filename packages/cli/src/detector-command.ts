// `vigil detector`: the detection engine as a process of its own (started by `vigil up`).
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { VigilError } from '@vigil/common';
import type { VigilConfig } from '@vigil/common';
import { putRuleFiles } from '@vigil/api';
import { RULES_RELOAD_SUBJECT } from '@vigil/backplane';
import { BUILTIN_RULES_FILE, Detector, formatProblem } from '@vigil/detect';
import { type ServiceCommandOptions, processLogger, stopOnSignals } from './lifecycle.js';
import { loadRules } from './rules-command.js';
import { connectAs } from './backplane-identity.js';

/** Where rules files put through the API are kept, in the data directory. */
export const PUT_RULES_DIR = 'rules.d';

/** The detector's configured rules files (built-in first). */
export function configuredRuleFiles(config: Readonly<VigilConfig>): string[] {
  return [...(config.detector.builtinRules ? [BUILTIN_RULES_FILE] : []), ...config.detector.rules];
}

/** Every rules file the detector loads: the configured ones, then those put through the API. */
export function detectorRuleFiles(config: Readonly<VigilConfig>): string[] {
  return [
    ...configuredRuleFiles(config),
    ...putRuleFiles(join(resolve(config.dataDir), PUT_RULES_DIR)),
  ];
}

/** Runs the detector until SIGINT or SIGTERM. Rules that do not compile stop it from starting. */
export async function runDetector(
  config: Readonly<VigilConfig>,
  options: ServiceCommandOptions,
): Promise<void> {
  const logger = processLogger(config, 'vigil-detector');
  const files = detectorRuleFiles(config);
  if (files.length === 0) {
    throw new VigilError(
      'VGL_ERR_CONFIG_INVALID',
      'detector: no rules (builtinRules is false and detector.rules is empty)',
    );
  }
  const { result } = loadRules(files);
  const errors = result.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    throw new VigilError(
      'VGL_ERR_RULES_LOAD',
      `rules do not load:\n${errors.map(formatProblem).join('\n')}`,
    );
  }
  for (const s of result.skipped) {
    if (s.reason === 'unsupported-fields') {
      logger.warn(
        { rule: s.name, fields: s.fields, file: s.where.file, line: s.where.line },
        'rule does not run: it needs fields Vigil cannot supply yet',
      );
    } else if (s.reason === 'unsupported-events') {
      logger.warn(
        { rule: s.name, eventTypes: s.fields, file: s.where.file, line: s.where.line },
        'rule does not run: it matches only events Vigil does not report yet',
      );
    }
  }
  const { bp, url } = await connectAs(config, 'detector', options.natsUrl, 'vigil-detector');
  const detector = new Detector({
    backplane: bp,
    rules: result.rules,
    detectorId: `detector@${hostname()}`,
    logger,
    ruleMatching: config.detector.ruleMatching,
    dedupWindowMs: config.detector.dedupWindowSeconds * 1000,
    killResponses: config.detector.killResponses,
  });
  // Rules changed through the API: load every file again; a set that does not load leaves the
  // running rules in place.
  const reload = bp.nc.subscribe(RULES_RELOAD_SUBJECT, {
    callback: () => {
      try {
        const next = loadRules(detectorRuleFiles(config)).result;
        const bad = next.problems.filter((p) => p.severity === 'error');
        if (bad.length > 0) {
          logger.error(
            { problems: bad.map(formatProblem) },
            'rules reload refused; the running rules stay',
          );
          return;
        }
        detector.setRules(next.rules);
        logger.info({ rules: next.rules.length }, 'rules reloaded');
      } catch (err) {
        logger.error({ err }, 'rules reload failed; the running rules stay');
      }
    },
  });
  const stopAll = async () => {
    reload.unsubscribe();
    await detector.stop();
    logger.info(detector.stats(), 'detector stopped');
    await bp.close();
  };
  stopOnSignals(stopAll, logger, options.exitWithParent === true);
  try {
    await detector.start();
  } catch (err) {
    await bp.close().catch(() => undefined);
    throw err;
  }
  process.stderr.write(
    `vigil detector on ${url}: ${result.rules.length} rules running from ${files.length} file(s)` +
      `, ${result.skipped.filter((s) => s.reason === 'unsupported-fields').length} waiting for fields` +
      `, ${result.skipped.filter((s) => s.reason === 'unsupported-events').length} for events\n`,
  );
}
