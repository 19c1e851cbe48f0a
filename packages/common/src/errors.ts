/**
 * The one error hierarchy of Vigil. Every error carries a stable code, `VGL_ERR_<AREA>_<WHAT>`,
 * listed in ERROR_CODES; a code is never reused for another meaning (after fastify's
 * lib/errors.js). Wrap underlying failures with `cause`.
 */

/** Every error code Vigil emits, with what it means. Codes are never reused. */
export const ERROR_CODES = {
  VGL_ERR_INTERNAL: 'An unexpected internal failure (a bug); the cause says more',
  VGL_ERR_CONFIG_INVALID: 'The configuration does not follow its schema',
  VGL_ERR_CONFIG_FILE: 'The configuration file cannot be read or is not valid YAML',
  VGL_ERR_SCHEMA_JSON: 'A JSON event or message does not follow the canonical JSON mapping',
  VGL_ERR_BACKPLANE_CONNECT: 'The NATS server cannot be reached',
  VGL_ERR_BACKPLANE_PUBLISH: 'A publish to JetStream failed for good',
  VGL_ERR_BACKPLANE_DECODE: 'A backplane message cannot be decoded',
  VGL_ERR_BACKPLANE_CLOSED: 'The publisher or consumer is closed',
  VGL_ERR_BACKPLANE_SETUP: 'A stream or consumer cannot be created or updated',
  VGL_ERR_NATS_BINARY_MISSING: 'The nats-server binary is not installed',
  VGL_ERR_NATS_START: 'nats-server did not start',
  VGL_ERR_DATA_DIR_LOCKED: 'Another vigil process is using this data directory',
  VGL_ERR_DATA_DIR: 'The data directory cannot be created or used',
  VGL_ERR_CLI_USAGE: 'A command was called with wrong arguments',
  VGL_ERR_FILTER_SYNTAX: 'A condition does not follow the rule language; line and column say where',
  VGL_ERR_FILTER_COMPILE:
    'A condition parses but cannot be compiled (unknown field or macro, wrong value for an operator)',
  VGL_ERR_QUERY_INVALID:
    'A history query cannot run (unknown kind, bad cursor, a field not recorded)',
  VGL_ERR_API_UNAUTHENTICATED: 'An API call came without a valid bearer token',
  VGL_ERR_API_FORBIDDEN: "An API call needs a role the caller's token does not have",
  VGL_ERR_API_TOO_LARGE: 'An API request body is over the limit',
  VGL_ERR_API_BAD_REQUEST: 'An API request does not follow the API (its schema says where)',
  VGL_ERR_API_BUSY: 'The API is at its limit of concurrent live streams; try again later',
  VGL_ERR_NOT_FOUND: 'What a call names (a process, an alert) is not in the recorded history',
  VGL_ERR_HOST_UNANSWERED: 'A sensor or recorder asked by the API did not answer',
  VGL_ERR_CONNECTOR_RETRY:
    'A connector could not deliver for now (receiver busy or unreachable); it retries with backoff',
  VGL_ERR_CONNECTOR_CONFIG:
    'A receiver refused a connector for its configuration (token, index, channel, URL); it stopped, the data stays queued',
  VGL_ERR_CONNECTOR_REJECTED:
    'A receiver refused what a connector sent as malformed; refused records go to the dead-letter file',
  VGL_ERR_RULES_LOAD: 'A rules file cannot be loaded; file, line and column say where',
  VGL_ERR_SENSOR_CPUS:
    'The sensor cannot run on the CPUs sensor.cpus names (not among the CPUs it may use, or taskset failed)',
} as const;

/** A stable error code. */
export type ErrorCode = keyof typeof ERROR_CODES;

/** Base of every error Vigil throws on purpose. */
export class VigilError extends Error {
  /** Stable code, listed in ERROR_CODES. */
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** Where in a configuration a problem is. */
export interface ConfigProblem {
  /** JSON pointer into the merged configuration, such as `/nats/port`. */
  path: string;
  /** What is wrong. */
  message: string;
  /** Where the value came from: `file cfg.yaml:3:7`, `env VIGIL_NATS__PORT`, `flag --port`, `default`. */
  source: string;
}

/** The configuration is invalid; `problems` lists every problem found, each with its source. */
export class ConfigError extends VigilError {
  /** Every problem found. */
  readonly problems: readonly ConfigProblem[];

  constructor(
    code: 'VGL_ERR_CONFIG_INVALID' | 'VGL_ERR_CONFIG_FILE',
    message: string,
    problems: readonly ConfigProblem[] = [],
    options?: { cause?: unknown },
  ) {
    super(code, message, options);
    this.problems = problems;
  }
}

/** A backplane (NATS/JetStream) failure. */
export class BackplaneError extends VigilError {}

/** A failure of a supervised process (nats-server and the services). */
export class SupervisorError extends VigilError {}

/** Wrong command-line usage. */
export class UsageError extends VigilError {
  constructor(message: string) {
    super('VGL_ERR_CLI_USAGE', message);
  }
}

/** A function that receives failures of background work. */
export type BackgroundErrorHandler = (err: unknown, context: string) => void;

let backgroundErrors = 0;
let backgroundHandler: BackgroundErrorHandler = () => {};

/**
 * Sets the handler of background failures (timers, event handlers, promise chains nobody awaits).
 * The CLI points it at the logger.
 */
export function setBackgroundErrorHandler(handler: BackgroundErrorHandler): void {
  backgroundHandler = handler;
}

/**
 * Reports a failure that has no caller to throw to: counts it and hands it to the handler.
 * Never throws (after opentelemetry-js's global-error-handler).
 */
export function reportBackgroundError(err: unknown, context: string): void {
  backgroundErrors++;
  try {
    backgroundHandler(err, context);
  } catch {
    // The handler itself failed: nothing more can be done without risking a crash loop.
  }
}

/** How many background failures were reported since start. */
export function backgroundErrorCount(): number {
  return backgroundErrors;
}
