import { pino } from 'pino';
import type { Logger, LevelWithSilent } from 'pino';

export type { Logger } from 'pino';

/** Log levels, from most to least verbose, and `silent`. */
export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;

/** Default log level. */
export const DEFAULT_LOG_LEVEL = 'info';

/** Options of the root logger. */
export interface LoggerOptions {
  /** Minimum level written. */
  level?: LevelWithSilent;
  /** Name of the process (vigil, sensor, ...). */
  name?: string;
  /** Where to write: a file descriptor; 2 (stderr) by default so stdout stays for data. */
  fd?: number;
}

/** Creates the root logger of a process: JSON lines (pino), on stderr by default. */
export function createLogger(options: LoggerOptions = {}): Logger {
  const destination = pino.destination({ fd: options.fd ?? 2, sync: true });
  // Logging is best effort: a closed stderr (EPIPE when the supervisor that read it died) must
  // not kill the process in the middle of its clean shutdown.
  destination.on('error', () => undefined);
  return pino(
    { level: options.level ?? DEFAULT_LOG_LEVEL, name: options.name ?? 'vigil' },
    destination,
  );
}

/** A child logger for one component, tagged `component`. */
export function componentLogger(parent: Logger, component: string): Logger {
  return parent.child({ component });
}
