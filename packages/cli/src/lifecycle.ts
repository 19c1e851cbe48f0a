import { createLogger, setBackgroundErrorHandler } from '@vigil/common';
import type { Logger, VigilConfig } from '@vigil/common';

/**
 * The logger of a command's process, at the configured level, to which failures of background
 * work (reportBackgroundError) are reported.
 */
export function processLogger(config: Readonly<VigilConfig>, name: string): Logger {
  const logger = createLogger({ level: config.log.level, name });
  setBackgroundErrorHandler((err, context) => logger.error({ err, context }, 'background failure'));
  return logger;
}

/** Options of the service commands that `vigil up` starts as children (detector, recorder). */
export interface ServiceCommandOptions {
  natsUrl?: string;
  /** Stop when the parent process (vigil up) is gone. */
  exitWithParent?: boolean;
}

/**
 * Stops a long-running command on SIGINT or SIGTERM (a second signal exits at once), and, for a
 * child of `vigil up` (`exitWithParent`), when its parent is gone.
 */
export function stopOnSignals(
  stop: () => Promise<void>,
  logger: Logger,
  exitWithParent: boolean,
): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(130);
    stopping = true;
    logger.info({ signal }, 'stopping');
    void stop().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ err }, 'error while stopping');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  if (!exitWithParent) return;
  // stderr goes to the parent: once it is gone, writes fail with EPIPE, which must not end
  // the command before it has cleaned up.
  process.stderr.on('error', () => undefined);
  const parent = process.ppid;
  // process.ppid reads getppid(2) each time: it changes when the parent dies.
  const watch = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(watch);
    if (!stopping) onSignal('SIGTERM');
  }, 500);
  watch.unref();
}
