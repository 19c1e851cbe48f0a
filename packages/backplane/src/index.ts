// @vigil/backplane: NATS/JetStream subjects, streams, batching publisher, consumers, and the
// nats-server supervisor. The test server lives in '@vigil/backplane/testkit'.
export {
  SUBJECT_ROOT,
  SUBJECT_WILDCARDS,
  hostToken,
  telemetrySubject,
  alertSubject,
  controlSubject,
  recorderQuerySubject,
  sensorStatusSubject,
  RULES_RELOAD_SUBJECT,
  hostTelemetryWildcard,
} from './subjects.js';
export {
  TELEMETRY_STREAM,
  ALERTS_STREAM,
  DEFAULT_DUPLICATE_WINDOW_MS,
  DEFAULT_MAX_ACK_PENDING,
  DEFAULT_ACK_WAIT_MS,
  ensureStreams,
  ensureConsumer,
  vigilStreamConfigs,
} from './streams.js';
export type { StreamLimits, DurableConsumerSpec } from './streams.js';
export {
  BatchEncoder,
  MalformedBatchError,
  MAX_DECOMPRESSED_BATCH_BYTES,
  compressBatch,
  decodeBatch,
  encodedEvent,
  splitBatch,
  framedSize,
} from './codec.js';
export type { BatchCompression } from './codec.js';
export { WireFields, WireFormatError, lengthDelimited, lengthDelimitedHead } from './wire.js';
export {
  BatchPublisher,
  DEFAULT_MAX_BATCH_BYTES,
  DEFAULT_FLUSH_INTERVAL_MS,
  DEFAULT_PUBLISH_WINDOW,
  DEFAULT_PUBLISH_TIMEOUT_MS,
} from './publisher.js';
export type { BatchPublisherOptions, PublisherStats } from './publisher.js';
export { BatchConsumer, DEFAULT_PULL_BATCH } from './consumer.js';
export type {
  BatchConsumerOptions,
  BatchHandler,
  ConsumerStats,
  MalformedMessage,
  ReceivedBatch,
} from './consumer.js';
export {
  NatsServer,
  findExecutable,
  processRunning,
  DEFAULT_NATS_START_TIMEOUT_MS,
  DEFAULT_NATS_STOP_TIMEOUT_MS,
} from './nats-server.js';
export type { NatsServerOptions } from './nats-server.js';
export { connectBackplane } from './connection.js';
export type { Backplane, BackplaneConnectOptions } from './connection.js';
export {
  StreamTrimmer,
  trimAcknowledged,
  acknowledgedFloor,
  DEFAULT_TRIM_INTERVAL_MS,
  DEFAULT_MAX_TRIM_DELAY_MS,
} from './trim.js';
export type { StreamTrimmerOptions } from './trim.js';
export { authorizationConfig, newServiceIdentity, permissionsFor } from './nats-auth.js';
export type { ServiceIdentity, ServiceRole, SubjectPermissions } from './nats-auth.js';
