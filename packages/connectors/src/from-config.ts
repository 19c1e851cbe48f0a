// A connector from its configuration (`connectors.<name>` in Vigil's configuration file): the
// type's own settings checked, secrets read from their files, defaults per type.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Backplane } from '@vigil/backplane';
import { ConfigError, type ConnectorConfig, type Logger } from '@vigil/common';
import { Connector, type ConnectorOptions, checkConnectorName } from './connector.js';
import { PRIORITY_NAMES, priorityValue } from '@vigil/schema';
import type { Sink } from './sink.js';
import { HecSink } from './splunk-hec.js';
import { SyslogSink } from './syslog.js';
import { WebhookSink } from './webhook.js';

/** Settings that belong to one type only. */
const OWN_SETTINGS: Record<ConnectorConfig['type'], readonly string[]> = {
  'splunk-hec': [
    'url',
    'token',
    'tokenFile',
    'index',
    'source',
    'sourcetype',
    'gzip',
    'ack',
    'ackTimeoutSeconds',
    'ackPollMs',
    'tls',
  ],
  syslog: ['address', 'transport', 'payload', 'facility', 'appName', 'sdId', 'tls'],
  webhook: ['url', 'secret', 'secretFile', 'tls'],
};
const TYPED = new Set(Object.values(OWN_SETTINGS).flat());

/** Batch defaults per type: HEC takes big batches; syslog writes a stream; a webhook mid-size. */
const BATCH_DEFAULTS: Record<ConnectorConfig['type'], ConnectorOptions['batch']> = {
  'splunk-hec': { maxEvents: 1_000, maxBytes: 1024 ** 2, maxAgeMs: 250 },
  syslog: { maxEvents: 500, maxBytes: 512 * 1024, maxAgeMs: 50 },
  webhook: { maxEvents: 100, maxBytes: 1024 ** 2, maxAgeMs: 250 },
};
const CONCURRENCY_DEFAULTS: Record<ConnectorConfig['type'], number> = {
  'splunk-hec': 4,
  // One stream: batches in order, one at a time.
  syslog: 1,
  webhook: 2,
};

function problem(name: string, key: string, message: string): ConfigError {
  return new ConfigError('VGL_ERR_CONFIG_INVALID', `connectors.${name}.${key}: ${message}`, [
    { path: `/connectors/${name}/${key.replace(/\./g, '/')}`, message, source: 'file' },
  ]);
}

/** A secret given inline or in a file (the file wins; its first line, trimmed). */
function secret(
  name: string,
  key: string,
  inline: string | undefined,
  file: string | undefined,
): string {
  if (file !== undefined) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      throw problem(name, `${key}File`, `cannot read ${file}: ${(err as Error).message}`);
    }
    const value = text.split('\n')[0]?.trim() ?? '';
    if (value === '') throw problem(name, `${key}File`, `${file} is empty`);
    return value;
  }
  if (inline === undefined) throw problem(name, key, `a ${key} (or ${key}File) is required`);
  return inline;
}

/** The receiver of a connector's configuration. */
export function sinkFromConfig(name: string, c: Readonly<ConnectorConfig>): Sink {
  checkConnectorName(name);
  for (const key of TYPED) {
    if (
      (c as unknown as Record<string, unknown>)[key] !== undefined &&
      !OWN_SETTINGS[c.type].includes(key)
    )
      throw problem(name, key, `is not a setting of a ${c.type} connector`);
  }
  const tls = c.tls ? { tls: c.tls } : {};
  switch (c.type) {
    case 'splunk-hec': {
      if (!c.url) throw problem(name, 'url', 'the HEC URL is required (https://splunk:8088)');
      return new HecSink({
        url: c.url,
        token: secret(name, 'token', c.token, c.tokenFile),
        ...(c.index ? { index: c.index } : {}),
        ...(c.source ? { source: c.source } : {}),
        ...(c.sourcetype ? { sourcetype: c.sourcetype } : {}),
        gzip: c.gzip ?? true,
        ack: c.ack ?? true,
        ackTimeoutMs: (c.ackTimeoutSeconds ?? 120) * 1000,
        ackPollMs: c.ackPollMs ?? 1_000,
        ...tls,
      });
    }
    case 'webhook':
      if (!c.url) throw problem(name, 'url', 'the webhook URL is required');
      return new WebhookSink({
        url: c.url,
        secret: secret(name, 'secret', c.secret, c.secretFile),
        ...tls,
      });
    case 'syslog': {
      if (!c.address)
        throw problem(name, 'address', 'host:port of the syslog receiver is required');
      const at = c.address.lastIndexOf(':');
      const host = c.address.slice(0, at).replace(/^\[|\]$/g, '');
      const port = Number(c.address.slice(at + 1));
      if (!(port >= 1 && port <= 65535))
        throw problem(name, 'address', `port ${port} is not 1–65535`);
      const transport = c.transport ?? 'tcp';
      if (c.tls && transport !== 'tls')
        throw problem(name, 'tls', `is set but transport is ${transport}`);
      return new SyslogSink({
        transport,
        host,
        port,
        ...(c.payload ? { payload: c.payload } : {}),
        ...(c.facility ? { facility: c.facility } : {}),
        ...(c.appName ? { appName: c.appName } : {}),
        ...(c.sdId ? { sdId: c.sdId } : {}),
        ...tls,
      });
    }
  }
}

/** Everything a connector needs besides its configuration. */
export interface ConnectorContext {
  backplane: Backplane;
  logger: Logger;
  /** Where the connector keeps its files (the dead-letter file). */
  dir: string;
}

/** A connector from its configuration. */
export function connectorFromConfig(
  name: string,
  c: Readonly<ConnectorConfig>,
  ctx: ConnectorContext,
  sink: Sink = sinkFromConfig(name, c),
): Connector {
  if (c.tls?.insecureSkipVerify)
    ctx.logger.warn(
      { connector: name },
      "tls.insecureSkipVerify: the receiver's certificate is not checked",
    );
  const minPriority =
    c.alerts.minPriority === undefined ? undefined : priorityValue(c.alerts.minPriority);
  if (c.alerts.minPriority !== undefined && minPriority === undefined)
    throw problem(
      name,
      'alerts.minPriority',
      `'${c.alerts.minPriority}' is not a priority; one of ${PRIORITY_NAMES.join(', ')}`,
    );
  const defaults = BATCH_DEFAULTS[c.type];
  return new Connector({
    name,
    backplane: ctx.backplane,
    sink,
    logger: ctx.logger,
    alerts: {
      enabled: c.alerts.enabled,
      history: c.alerts.history,
      ...(minPriority !== undefined ? { minPriority } : {}),
    },
    ...(c.telemetry ? { telemetry: c.telemetry } : {}),
    batch: {
      maxEvents: c.batch.maxEvents ?? defaults.maxEvents,
      maxBytes: c.batch.maxBytes ?? defaults.maxBytes,
      maxAgeMs: c.batch.maxAgeMs ?? defaults.maxAgeMs,
    },
    concurrency: c.concurrency ?? CONCURRENCY_DEFAULTS[c.type],
    retryBaseMs: c.retry.baseMs,
    retryMaxMs: c.retry.maxMs,
    recheckMs: c.recheckSeconds * 1000,
    ackWaitMs: c.ackWaitSeconds * 1000,
    deadLetterFile: join(ctx.dir, 'rejected.jsonl'),
  });
}
