// @vigil/connectors: SIEM connectors — Splunk HEC (with indexer acknowledgement), syslog
// (RFC 5424 / CEF over TCP, TLS, UDP) and webhooks — each a durable backplane consumer that
// acknowledges the backplane only after its receiver accepted. The HEC receiver used by tests
// and benchmarks lives in '@vigil/connectors/testkit'.
export { Connector, checkConnectorName, connectorDurables } from './connector.js';
export type {
  BatchLimits,
  ConnectorOptions,
  ConnectorState,
  ConnectorStatus,
} from './connector.js';
export { connectorFromConfig, sinkFromConfig } from './from-config.js';
export { connectorMetrics } from './metrics.js';
export type { ConnectorContext } from './from-config.js';
export { HttpClient, retryAfterMs } from './http.js';
export type { HttpAnswer, TlsFiles } from './http.js';
export { alertRecord, eventRecord } from './records.js';
export type { DeliveryRecord } from './records.js';
export { DeliveryError, asDeliveryError, backoffMs } from './sink.js';
export type { FailureKind, Sink } from './sink.js';
export { HecSink, hecFailure } from './splunk-hec.js';
export type { HecOptions } from './splunk-hec.js';
export { FACILITIES, SyslogSink, formatCef, formatRfc5424 } from './syslog.js';
export type { SyslogFormat, SyslogOptions } from './syslog.js';
export { WebhookSink, verifyWebhook, webhookSignature } from './webhook.js';
export type { WebhookOptions } from './webhook.js';
