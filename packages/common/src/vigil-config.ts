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
    /**
     * CPUs the sensor and its helpers run on: empty for as many as the budget needs (the last
     * ones), `all` for every CPU it may use, or a list (`3`, `2-3`, `0,2`; YAML and the
     * environment give a single CPU as a number).
     */
    cpus: string | number;
    /** Memory budget (resident), MiB. */
    memoryBudgetMiB: number;
    /** Capacity of the governor's queue, events. */
    queueCapacity: number;
    /** Seconds between SensorStatus heartbeats. */
    statusIntervalSeconds: number;
    /**
     * Under `vigil up`, report the platform's own file operations inside its data directory too
     * (by default they are only counted: reported, they feed back into what the sensor publishes).
     */
    reportPlatformFiles: boolean;
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
  /** SIEM connectors by name (`vigil connector <name>`; started by `vigil up` when enabled). */
  connectors: Record<string, ConnectorConfig>;
  /** JetStream stream limits. */
  streams: {
    telemetryMaxBytes: number;
    telemetryMaxAgeSeconds: number;
    alertsMaxBytes: number;
    alertsMaxAgeSeconds: number;
  };
}

/** TLS of a connector: PEM files. */
export interface ConnectorTlsConfig {
  /** CA certificates to trust instead of the system's. */
  ca?: string;
  /** Client certificate and key, for receivers that ask for one. */
  cert?: string;
  key?: string;
  /** Name to check the receiver's certificate against, when the address is not it. */
  serverName?: string;
  /** Do not check the receiver's certificate (labs only; logged). */
  insecureSkipVerify?: boolean;
}

/** One connector. Settings of other types than its own are refused when it starts. */
export interface ConnectorConfig {
  type: 'splunk-hec' | 'syslog' | 'webhook';
  /** Started by `vigil up`. */
  enabled: boolean;
  /** Alerts: delivered unless disabled; those below minPriority skipped; retained ones too at first start. */
  alerts: { enabled: boolean; minPriority?: string; history: boolean };
  /** Telemetry too: the events the filter (rule language) and kinds select. */
  telemetry?: { filter?: string; kinds?: string[] };
  /** Gathering of records into one delivery. */
  batch: { maxEvents?: number; maxBytes?: number; maxAgeMs?: number };
  /** Deliveries in flight at once. */
  concurrency?: number;
  /** Backoff of retries, ms. */
  retry: { baseMs: number; maxMs: number };
  /** How often a connector stopped by its receiver's refusal checks again, seconds. */
  recheckSeconds: number;
  /**
   * How long a message this connector was given may go unacknowledged before the backplane
   * gives it again (after a crash, to the restarted connector), seconds.
   */
  ackWaitSeconds: number;
  /** splunk-hec and webhook: the receiver's URL. */
  url?: string;
  /** splunk-hec: the token, or (better) a file holding it. */
  token?: string;
  tokenFile?: string;
  /** splunk-hec: index, source and sourcetypes. */
  index?: string;
  source?: string;
  sourcetype?: { alert?: string; event?: string };
  /** splunk-hec: gzip requests (default true). */
  gzip?: boolean;
  /** splunk-hec: indexer acknowledgement (default true). */
  ack?: boolean;
  /** splunk-hec: resend a request not acknowledged within this, seconds. */
  ackTimeoutSeconds?: number;
  /** splunk-hec: how often acks are polled, ms. */
  ackPollMs?: number;
  /** webhook: the HMAC secret, or (better) a file holding it. */
  secret?: string;
  secretFile?: string;
  /** syslog: host:port of the receiver. */
  address?: string;
  /** syslog: tcp (octet-counted), tls, or udp. */
  transport?: 'tcp' | 'tls' | 'udp';
  /** syslog: MSG is the alert's output (rfc5424) or a CEF record (cef). */
  payload?: 'rfc5424' | 'cef';
  /** syslog: facility name, APP-NAME, SD-ID. */
  facility?: string;
  appName?: string;
  sdId?: string;
  tls?: ConnectorTlsConfig;
}

const CONNECTOR_SCHEMA: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['type'],
  properties: {
    type: { type: 'string', enum: ['splunk-hec', 'syslog', 'webhook'] },
    enabled: { type: 'boolean', default: true },
    alerts: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        enabled: { type: 'boolean', default: true },
        // One of Falco's priority names: checked where the connector starts (schema's list).
        minPriority: { type: 'string', minLength: 1 },
        history: { type: 'boolean', default: true },
      },
    },
    telemetry: {
      type: 'object',
      additionalProperties: false,
      properties: {
        filter: { type: 'string' },
        kinds: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true },
      },
    },
    batch: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        maxEvents: { type: 'integer', minimum: 1, maximum: 100000 },
        maxBytes: { type: 'integer', minimum: 1024, maximum: 104857600 },
        maxAgeMs: { type: 'integer', minimum: 1, maximum: 600000 },
      },
    },
    concurrency: { type: 'integer', minimum: 1, maximum: 64 },
    retry: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        baseMs: { type: 'integer', minimum: 1, default: 500 },
        maxMs: { type: 'integer', minimum: 1, default: 60000 },
      },
    },
    recheckSeconds: { type: 'number', minimum: 0.1, default: 60 },
    ackWaitSeconds: { type: 'number', minimum: 1, maximum: 3600, default: 30 },
    url: { type: 'string', pattern: '^https?://' },
    token: { type: 'string', minLength: 1 },
    tokenFile: { type: 'string', minLength: 1 },
    index: { type: 'string', minLength: 1 },
    source: { type: 'string', minLength: 1 },
    sourcetype: {
      type: 'object',
      additionalProperties: false,
      properties: {
        alert: { type: 'string', minLength: 1 },
        event: { type: 'string', minLength: 1 },
      },
    },
    gzip: { type: 'boolean' },
    ack: { type: 'boolean' },
    ackTimeoutSeconds: { type: 'number', minimum: 0.1 },
    ackPollMs: { type: 'integer', minimum: 10 },
    secret: { type: 'string', minLength: 16 },
    secretFile: { type: 'string', minLength: 1 },
    address: { type: 'string', pattern: '^(\\[[0-9a-fA-F:.]+\\]|[^:\\s]+):[0-9]{1,5}$' },
    transport: { type: 'string', enum: ['tcp', 'tls', 'udp'] },
    payload: { type: 'string', enum: ['rfc5424', 'cef'] },
    facility: {
      type: 'string',
      enum: [
        'kern',
        'user',
        'mail',
        'daemon',
        'auth',
        'syslog',
        'lpr',
        'news',
        'uucp',
        'cron',
        'authpriv',
        'ftp',
        'local0',
        'local1',
        'local2',
        'local3',
        'local4',
        'local5',
        'local6',
        'local7',
      ],
    },
    appName: { type: 'string', minLength: 1, maxLength: 48, pattern: '^[!-~]+$' },
    sdId: { type: 'string', pattern: '^[!-~]+@[0-9.]+$', maxLength: 32 },
    tls: {
      type: 'object',
      additionalProperties: false,
      properties: {
        ca: { type: 'string', minLength: 1 },
        cert: { type: 'string', minLength: 1 },
        key: { type: 'string', minLength: 1 },
        serverName: { type: 'string', minLength: 1 },
        insecureSkipVerify: { type: 'boolean' },
      },
    },
  },
};

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
        cpus: {
          anyOf: [
            { type: 'string', pattern: '^(all|[0-9]+(-[0-9]+)?(,[0-9]+(-[0-9]+)?)*)?$' },
            { type: 'integer', minimum: 0 },
          ],
          default: '',
        },
        memoryBudgetMiB: {
          type: 'integer',
          minimum: 32,
          default: DEFAULT_SENSOR_MEMORY_BUDGET_MIB,
        },
        queueCapacity: { type: 'integer', minimum: 64, default: 65536 },
        statusIntervalSeconds: { type: 'number', minimum: 0.1, default: 10 },
        reportPlatformFiles: { type: 'boolean', default: false },
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
    connectors: {
      type: 'object',
      default: {},
      propertyNames: { pattern: '^[A-Za-z0-9_-]{1,64}$' },
      additionalProperties: CONNECTOR_SCHEMA,
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
