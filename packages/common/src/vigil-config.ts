import { LOG_LEVELS, DEFAULT_LOG_LEVEL } from './logger.js';
import type { JsonSchema } from './config.js';

/** Default data directory of `vigil up` (relative to the working directory). */
export const DEFAULT_DATA_DIR = '.vigil';
/** Default loopback port of the supervised nats-server: not NATS's standard 4222. */
export const DEFAULT_NATS_PORT = 14222;
/** Default byte budget of the telemetry stream. */
export const DEFAULT_TELEMETRY_MAX_BYTES = 2 * 1024 ** 3;
/** Default maximum age of telemetry in the stream, seconds. */
export const DEFAULT_TELEMETRY_MAX_AGE_SECONDS = 24 * 3600;
/** Default byte budget of the alert stream. */
export const DEFAULT_ALERTS_MAX_BYTES = 512 * 1024 ** 2;
/** Default maximum age of alerts in the stream, seconds. */
export const DEFAULT_ALERTS_MAX_AGE_SECONDS = 30 * 24 * 3600;

/** Default CPU budget of a sensor, cores. */
export const DEFAULT_SENSOR_CPU_BUDGET_CORES = 0.25;
/** Default memory budget of a sensor, MiB. */
export const DEFAULT_SENSOR_MEMORY_BUDGET_MIB = 256;

/** The configuration of a Vigil process, as validated by VIGIL_CONFIG_SCHEMA. */
export interface VigilConfig {
  /** Where state lives: nats-server's JetStream store, tokens, the lock. */
  dataDir: string;
  /** Logging. */
  log: { level: (typeof LOG_LEVELS)[number] };
  /** The backplane. */
  nats: {
    /** Connect to this server instead of supervising one (nats://host:port). */
    url?: string;
    /** Address the supervised server listens on; loopback unless configured. */
    host: string;
    /** Port of the supervised server; 0 picks a free one. */
    port: number;
    /** Path or name of the nats-server binary. */
    serverBinary: string;
    /**
     * This service's NATS identity where `url` names a server that requires one: a file
     * holding an nkey seed (`SU…`), optionally followed by the inbox prefix on a second line.
     */
    seedFile?: string;
  };
  /** The sensor of this host. */
  sensor: {
    /** Run a sensor under `vigil up`. */
    enabled: boolean;
    /** Host name in events and subjects; the machine's when empty. */
    host: string;
    /** Collectors to run; every one the host allows when empty. */
    collectors: string[];
    /** CPU budget, cores. */
    cpuBudgetCores: number;
    /** Memory budget (resident), MiB. */
    memoryBudgetMiB: number;
    /** Capacity of the governor's queue, events. */
    queueCapacity: number;
    /** Seconds between SensorStatus heartbeats. */
    statusIntervalSeconds: number;
  };
  /** The detection engine. */
  detector: {
    /** Run a detector under `vigil up`. */
    enabled: boolean;
    /** Load Vigil's own ruleset first. */
    builtinRules: boolean;
    /** More rules files (Falco's format), loaded in order after the built-in ones. */
    rules: string[];
    /** Falco's rule_matching: the first matching rule per event, or all of them. */
    ruleMatching: 'first' | 'all';
    /** Alerts of one rule for one process within this window are counted, not raised again. */
    dedupWindowSeconds: number;
    /** Send the kill requests of rules with `response: kill`; when false they only alert. */
    killResponses: boolean;
  };
  /** The flight recorder of this host. */
  recorder: {
    /** Run a recorder under `vigil up`. */
    enabled: boolean;
    /** Bytes of history to keep at most (stored, compressed). */
    maxBytes: number;
    /** Oldest history kept, seconds. */
    maxAgeSeconds: number;
  };
  /** The API (REST and gRPC). */
  api: {
    /** Serve the API under `vigil up`. */
    enabled: boolean;
    /** Address to listen on: loopback unless configured otherwise. */
    host: string;
    /** Port; 0 picks a free one (endpoints.json in the data directory says which). */
    port: number;
    /** Port of the gRPC face; 0 picks a free one. */
    grpcPort: number;
    /** Largest request body, bytes. */
    bodyLimitBytes: number;
    /** Most live streams open at once. */
    maxStreams: number;
    /**
     * TLS for both faces: PEM files. With `clientCa`, gRPC requires a client certificate signed
     * by it (mTLS); REST asks for one too but tokens stay the authentication.
     */
    tls?: { cert: string; key: string; clientCa?: string };
  };
  /** JetStream stream limits. */
  streams: {
    telemetryMaxBytes: number;
    telemetryMaxAgeSeconds: number;
    alertsMaxBytes: number;
    alertsMaxAgeSeconds: number;
  };
}

/** JSON Schema of the configuration file; unknown settings are refused. */
export const VIGIL_CONFIG_SCHEMA: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    dataDir: { type: 'string', minLength: 1, default: DEFAULT_DATA_DIR },
    log: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        level: { type: 'string', enum: [...LOG_LEVELS], default: DEFAULT_LOG_LEVEL },
      },
    },
    nats: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        url: { type: 'string', pattern: '^(nats|tls)://' },
        host: { type: 'string', minLength: 1, default: '127.0.0.1' },
        port: { type: 'integer', minimum: 0, maximum: 65535, default: DEFAULT_NATS_PORT },
        serverBinary: { type: 'string', minLength: 1, default: 'nats-server' },
        seedFile: { type: 'string', minLength: 1 },
      },
    },
    sensor: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        enabled: { type: 'boolean', default: true },
        host: { type: 'string', default: '' },
        collectors: {
          type: 'array',
          items: { type: 'string', enum: ['tracefs', 'ebpf', 'procfs', 'replay'] },
          uniqueItems: true,
          default: [],
        },
        cpuBudgetCores: {
          type: 'number',
          exclusiveMinimum: 0,
          maximum: 64,
          default: DEFAULT_SENSOR_CPU_BUDGET_CORES,
        },
        memoryBudgetMiB: {
          type: 'integer',
          minimum: 32,
          default: DEFAULT_SENSOR_MEMORY_BUDGET_MIB,
        },
        queueCapacity: { type: 'integer', minimum: 64, default: 65536 },
        statusIntervalSeconds: { type: 'number', minimum: 0.1, default: 10 },
      },
    },
    detector: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        enabled: { type: 'boolean', default: true },
        builtinRules: { type: 'boolean', default: true },
        rules: { type: 'array', items: { type: 'string', minLength: 1 }, default: [] },
        ruleMatching: { type: 'string', enum: ['first', 'all'], default: 'first' },
        dedupWindowSeconds: { type: 'number', minimum: 0, default: 10 },
        killResponses: { type: 'boolean', default: true },
      },
    },
    recorder: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        enabled: { type: 'boolean', default: true },
        maxBytes: { type: 'integer', minimum: 1048576, default: 10 * 1024 ** 3 },
        maxAgeSeconds: { type: 'integer', minimum: 1, default: 30 * 24 * 3600 },
      },
    },
    api: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        enabled: { type: 'boolean', default: true },
        host: { type: 'string', minLength: 1, default: '127.0.0.1' },
        port: { type: 'integer', minimum: 0, maximum: 65535, default: 0 },
        grpcPort: { type: 'integer', minimum: 0, maximum: 65535, default: 0 },
        bodyLimitBytes: { type: 'integer', minimum: 1024, maximum: 67108864, default: 1048576 },
        maxStreams: { type: 'integer', minimum: 1, maximum: 100000, default: 256 },
        tls: {
          type: 'object',
          additionalProperties: false,
          required: ['cert', 'key'],
          properties: {
            cert: { type: 'string', minLength: 1 },
            key: { type: 'string', minLength: 1 },
            clientCa: { type: 'string', minLength: 1 },
          },
        },
      },
    },
    streams: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        telemetryMaxBytes: {
          type: 'integer',
          minimum: 1048576,
          default: DEFAULT_TELEMETRY_MAX_BYTES,
        },
        telemetryMaxAgeSeconds: {
          type: 'integer',
          minimum: 1,
          default: DEFAULT_TELEMETRY_MAX_AGE_SECONDS,
        },
        alertsMaxBytes: { type: 'integer', minimum: 1048576, default: DEFAULT_ALERTS_MAX_BYTES },
        alertsMaxAgeSeconds: {
          type: 'integer',
          minimum: 1,
          default: DEFAULT_ALERTS_MAX_AGE_SECONDS,
        },
      },
    },
  },
};
