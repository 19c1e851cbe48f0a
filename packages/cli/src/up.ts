import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hostname } from 'node:os';
import {
  StreamTrimmer,
  NatsServer,
  TELEMETRY_STREAM,
  authorizationConfig,
  connectBackplane,
  ensureStreams,
  newServiceIdentity,
} from '@vigil/backplane';
import type { Backplane, ServiceIdentity, ServiceRole } from '@vigil/backplane';
import { componentLogger } from '@vigil/common';
import type { Logger, VigilConfig } from '@vigil/common';
import { RestApiService } from './api-service.js';
import { saveIdentities } from './backplane-identity.js';
import { ChildService } from './child-service.js';
import { lockDataDir } from './data-dir.js';
import type { DataDirLock } from './data-dir.js';
import type { Service, ServiceContext } from './services.js';

/**
 * Services started by `vigil up` besides the backplane. Later packages add theirs here.
 * The sensor runs as its own process, so that its CPU and memory budgets are its own.
 */
export function platformServices(
  config: Readonly<VigilConfig>,
  configFile: string | undefined,
  logger: Logger,
): Service[] {
  const services: Service[] = [];
  const withConfig = (ctx: ServiceContext) => [
    '--nats-url',
    ctx.natsUrl,
    '--data-dir',
    ctx.dataDir,
    ...(configFile ? ['--config', configFile] : []),
  ];
  // The recorder and the detector first: their consumers then see the sensor's first events.
  if (config.recorder.enabled) {
    services.push(
      new ChildService('recorder', (ctx) => ['recorder', ...withConfig(ctx)], /vigil recorder on /),
    );
  }
  if (config.detector.enabled) {
    services.push(
      new ChildService('detector', (ctx) => ['detector', ...withConfig(ctx)], /vigil detector on /),
    );
  }
  if (config.api.enabled) services.push(new RestApiService());
  // Each connector in its own process: a receiver that misbehaves stalls only its connector.
  for (const [name, c] of Object.entries(config.connectors)) {
    if (!c.enabled) continue;
    services.push(
      new ChildService(
        `connector-${name}`,
        (ctx) => ['connector', name, ...withConfig(ctx)],
        new RegExp(`vigil connector ${name} on `),
        'connector',
      ),
    );
  }
  if (config.sensor.enabled) {
    if (process.getuid?.() === 0) {
      services.push(
        new ChildService('sensor', (ctx) => ['sensor', ...withConfig(ctx)], /vigil sensor on /),
      );
    } else {
      logger.warn(
        'sensor not started: the tracefs collector needs root (run vigil up as root, or set sensor.enabled: false)',
      );
    }
  }
  return services;
}

/** A running platform; `stop` undoes everything `startPlatform` did, in reverse order. */
export interface Platform {
  /** Where things listen, by name. */
  endpoints: Record<string, string>;
  /** Stops every service, the backplane and nats-server, and releases the data directory. */
  stop(): Promise<void>;
}

/**
 * Starts the platform on this host: takes the data directory, supervises nats-server (unless
 * nats.url points at an existing one), sets up the streams, starts the services. On a failure
 * part-way, what was started is stopped again before the error is thrown.
 */
export async function startPlatform(
  config: Readonly<VigilConfig>,
  logger: Logger,
  services: Service[] = [],
): Promise<Platform> {
  const undo: Array<() => Promise<void> | void> = [];
  const stop = async () => {
    for (const fn of undo.reverse()) {
      try {
        await fn();
      } catch (err) {
        logger.error({ err }, 'error while stopping');
      }
    }
    undo.length = 0;
  };
  try {
    const lock: DataDirLock = lockDataDir(config.dataDir);
    undo.push(() => lock.release());
    const endpoints: Record<string, string> = {};

    let natsUrl = config.nats.url;
    // The server this process supervises requires an identity of every client: one per service,
    // new at each start, with the subjects it may use (backplane nats-auth.ts). A server named by
    // nats.url is the operator's, with the operator's credentials (nats.seedFile).
    const identities: ServiceIdentity[] = [];
    if (!natsUrl) {
      const host = config.sensor.host || hostname();
      identities.push(
        newServiceIdentity('platform'),
        newServiceIdentity('sensor', host),
        newServiceIdentity('recorder', host),
        newServiceIdentity('detector'),
        newServiceIdentity('api'),
        newServiceIdentity('connector'),
      );
      saveIdentities(lock.dir, identities);
      const server = new NatsServer({
        dir: join(lock.dir, 'nats'),
        host: config.nats.host,
        port: config.nats.port,
        binary: config.nats.serverBinary,
        serverName: 'vigil',
        extraConfig: authorizationConfig(identities),
      });
      await server.start();
      undo.push(() => server.stop());
      natsUrl = server.url;
      logger.info({ url: natsUrl, natsPid: server.pid }, 'nats-server started');
    }
    endpoints.nats = natsUrl;

    const identity = (role: ServiceRole) => identities.find((i) => i.role === role);
    const platformIdentity = identity('platform');
    const bp: Backplane = await connectBackplane({
      servers: natsUrl,
      name: 'vigil-up',
      ...(platformIdentity ? { identity: platformIdentity } : {}),
    });
    undo.push(() => bp.close());
    await ensureStreams(bp.jsm, {
      telemetryMaxBytes: config.streams.telemetryMaxBytes,
      telemetryMaxAgeSeconds: config.streams.telemetryMaxAgeSeconds,
      alertsMaxBytes: config.streams.alertsMaxBytes,
      alertsMaxAgeSeconds: config.streams.alertsMaxAgeSeconds,
    });
    const trimmer = new StreamTrimmer(bp.jsm, TELEMETRY_STREAM);
    trimmer.start();
    undo.push(() => trimmer.stop());

    for (const service of services) {
      const log = componentLogger(logger, service.name);
      const where = await service.start({
        config,
        dataDir: lock.dir,
        backplane: bp,
        natsUrl,
        identity,
        logger: log,
      });
      undo.push(() => service.stop());
      for (const [k, v] of Object.entries(where)) endpoints[`${service.name}.${k}`] = v;
      if (service instanceof ChildService) endpoints[service.name] = `pid ${service.pid}`;
    }

    // For clients on this host (`vigil tail` and friends) to find the platform.
    const endpointsFile = join(lock.dir, 'endpoints.json');
    writeFileSync(endpointsFile, JSON.stringify({ pid: process.pid, endpoints }, null, 2) + '\n', {
      mode: 0o600,
    });
    return { endpoints, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
