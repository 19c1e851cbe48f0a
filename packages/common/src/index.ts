// @vigil/common: errors with stable codes, configuration, logging, ids.
export {
  ERROR_CODES,
  VigilError,
  ConfigError,
  BackplaneError,
  SupervisorError,
  UsageError,
  setBackgroundErrorHandler,
  reportBackgroundError,
  backgroundErrorCount,
} from './errors.js';
export type { ErrorCode, ConfigProblem, BackgroundErrorHandler } from './errors.js';
export { loadConfig } from './config.js';
export type { ConfigSources, JsonSchema } from './config.js';
export {
  VIGIL_CONFIG_SCHEMA,
  DEFAULT_DATA_DIR,
  DEFAULT_NATS_PORT,
  DEFAULT_TELEMETRY_MAX_BYTES,
  DEFAULT_TELEMETRY_MAX_AGE_SECONDS,
  DEFAULT_ALERTS_MAX_BYTES,
  DEFAULT_ALERTS_MAX_AGE_SECONDS,
} from './vigil-config.js';
export type { VigilConfig, ConnectorConfig, ConnectorTlsConfig } from './vigil-config.js';
export { createLogger, componentLogger, LOG_LEVELS, DEFAULT_LOG_LEVEL } from './logger.js';
export type { Logger, LoggerOptions } from './logger.js';
export { IdGenerator, idTime, wallNs } from './ids.js';
