// `vigil connector <name>`: one connector of the configuration (`connectors.<name>`) as a process
// of its own (started by `vigil up` for each enabled one). Its status — state, reason, counts,
// lag — is logged on every change and written to <data>/connectors/<name>/status.json (0600)
// every few seconds, where `vigil connectors` reads it, and as Prometheus metrics to
// metrics.prom beside it (node_exporter's textfile collector format).
import { mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError } from '@vigil/common';
import type { VigilConfig } from '@vigil/common';
import { type ConnectorStatus, connectorFromConfig, connectorMetrics } from '@vigil/connectors';
import { connectAs } from './backplane-identity.js';
import { type ServiceCommandOptions, processLogger, stopOnSignals } from './lifecycle.js';

/** How often the status file is written, ms. */
const STATUS_INTERVAL_MS = 5_000;

/** The folder of a connector's files. */
export function connectorDir(dataDir: string, name: string): string {
  return join(resolve(dataDir), 'connectors', name);
}

/** Writes a file whole or not at all (readers never see half of it). */
function replaceFile(file: string, text: string, mode: number): void {
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, text, { mode });
  renameSync(tmp, file);
}

/** status.json (0600) and metrics.prom (0644: for node_exporter's textfile collector). */
function writeStatus(dir: string, status: ConnectorStatus): void {
  const at = new Date().toISOString();
  replaceFile(
    join(dir, 'status.json'),
    JSON.stringify({ ...status, pid: process.pid, at }, null, 2) + '\n',
    0o600,
  );
  replaceFile(join(dir, 'metrics.prom'), connectorMetrics(status), 0o644);
}

/** Runs connector `name` until SIGINT or SIGTERM. */
export async function runConnector(
  config: Readonly<VigilConfig>,
  name: string,
  options: ServiceCommandOptions,
): Promise<void> {
  const c = config.connectors[name];
  if (c === undefined) {
    const known = Object.keys(config.connectors);
    throw new UsageError(
      `no connector '${name}' in the configuration (connectors.${name}); ${known.length ? `configured: ${known.join(', ')}` : 'none is configured'}`,
    );
  }
  const logger = processLogger(config, `vigil-connector-${name}`);
  const dir = connectorDir(config.dataDir, name);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const { bp, url } = await connectAs(
    config,
    'connector',
    options.natsUrl,
    `vigil-connector-${name}`,
  );
  let connector;
  try {
    connector = connectorFromConfig(name, c, { backplane: bp, logger, dir });
  } catch (err) {
    await bp.close();
    throw err;
  }
  const status = connector;
  status.onStateChange((s) => writeStatus(dir, s));
  const timer = setInterval(() => writeStatus(dir, status.status()), STATUS_INTERVAL_MS);
  const stopAll = async () => {
    clearInterval(timer);
    await status.stop();
    writeStatus(dir, status.status());
    logger.info(status.status(), 'connector stopped');
    await bp.close();
  };
  stopOnSignals(stopAll, logger, options.exitWithParent === true);
  try {
    await status.start();
  } catch (err) {
    clearInterval(timer);
    await status.stop().catch(() => undefined);
    await bp.close().catch(() => undefined);
    throw err;
  }
  writeStatus(dir, status.status());
  process.stderr.write(`vigil connector ${name} on ${url}: ${status.status().receiver}\n`);
}

/** The statuses the connectors of this data directory last wrote. */
export function connectorStatuses(
  dataDir: string,
): Array<ConnectorStatus & { pid?: number; at?: string }> {
  const root = join(resolve(dataDir), 'connectors');
  let names: string[];
  try {
    names = readdirSync(root);
  } catch {
    return [];
  }
  const out: Array<ConnectorStatus & { pid?: number; at?: string }> = [];
  for (const n of names.sort()) {
    try {
      out.push(JSON.parse(readFileSync(join(root, n, 'status.json'), 'utf8')) as ConnectorStatus);
    } catch {
      // A connector that never started has no status yet.
    }
  }
  return out;
}

/** `vigil connectors`: the local connectors' last status (JSON lines when piped, a table). */
export function runConnectors(dataDir: string, json: boolean, out: (text: string) => void): number {
  const all = connectorStatuses(dataDir);
  if (json) {
    for (const s of all) out(`${JSON.stringify(s)}\n`);
    return 0;
  }
  if (all.length === 0) {
    out(`no connector has run with data directory ${resolve(dataDir)}\n`);
    return 0;
  }
  out('CONNECTOR        STATE      DELIVERED  RETRIES  REJECTED  LAG  RECEIVER / REASON\n');
  for (const s of all) {
    const lag = (s.lag.alerts ?? 0) + (s.lag.telemetry ?? 0);
    out(
      `${s.name.padEnd(16)} ${s.state.padEnd(10)} ${String(s.delivered.alerts + s.delivered.events).padStart(9)}  ${String(s.retries).padStart(7)}  ${String(s.rejected).padStart(8)}  ${String(lag).padStart(3)}  ${s.reason ?? s.receiver}\n`,
    );
  }
  return 0;
}
