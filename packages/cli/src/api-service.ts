// The API as a service of `vigil up`, in its process, with its own backplane connection under
// its own NATS identity where the server requires identities (the platform's otherwise).
import { mkdirSync, readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import {
  ApiService,
  TokenStore,
  type TlsMaterial,
  bindGrpc,
  buildGrpc,
  buildRest,
  ensureAdminToken,
} from '@vigil/api';
import type { Server } from '@grpc/grpc-js';
import { ConfigError, type VigilConfig } from '@vigil/common';
import { type Backplane, connectBackplane } from '@vigil/backplane';
import type { FastifyInstance } from 'fastify';
import { PUT_RULES_DIR, configuredRuleFiles } from './detector-command.js';
import type { Service, ServiceContext } from './services.js';
import { connectAs } from './backplane-identity.js';
import { type ServiceCommandOptions, processLogger, stopOnSignals } from './lifecycle.js';

/** The API's TLS files, read now so that a missing one stops the start with its name. */
function readTls(tls: VigilConfig['api']['tls']): TlsMaterial | undefined {
  if (tls === undefined) return undefined;
  const read = (path: string, what: string) => {
    try {
      return readFileSync(path);
    } catch (err) {
      throw new ConfigError(
        'VGL_ERR_CONFIG_INVALID',
        `api.tls.${what}: cannot read ${path}: ${(err as Error).message}`,
      );
    }
  };
  return {
    cert: read(tls.cert, 'cert'),
    key: read(tls.key, 'key'),
    ...(tls.clientCa ? { clientCa: read(tls.clientCa, 'clientCa') } : {}),
  };
}

/** The web console's built assets (@vigil/console, built by pnpm run build). */
function consoleAssets(): string {
  const pkg = createRequire(import.meta.url).resolve('@vigil/console/package.json');
  return join(dirname(pkg), 'dist', 'www');
}

/** How long gRPC calls in flight may take to finish when the API stops. */
const GRPC_SHUTDOWN_GRACE_MS = 5_000;

export class RestApiService implements Service {
  readonly name = 'api';
  readonly #hostRecorder: boolean;

  /**
   * `hostRecorder`: this host runs a recorder (vigil up), so a query that names no host asks it
   * too; a backend API (`vigil api`) asks only the hosts whose sensors it hears (and
   * sensor.host when it is set).
   */
  constructor(options: { hostRecorder?: boolean } = {}) {
    this.#hostRecorder = options.hostRecorder ?? true;
  }
  #app: FastifyInstance | undefined;
  #grpc: Server | undefined;
  #service: ApiService | undefined;
  #bp: Backplane | undefined;

  async start(ctx: ServiceContext): Promise<Record<string, string>> {
    const { config } = ctx;
    // The first start creates an admin token (admin.token, 0600) for the local CLI.
    const tokenFile = ensureAdminToken(ctx.dataDir);
    const apiIdentity = ctx.identity('api');
    const bp = apiIdentity
      ? await connectBackplane({ servers: ctx.natsUrl, name: 'vigil-api', identity: apiIdentity })
      : ctx.backplane;
    if (bp !== ctx.backplane) this.#bp = bp;
    const service = new ApiService({
      backplane: bp,
      dataDir: join(ctx.dataDir, 'api'),
      maxStreams: config.api.maxStreams,
      ruleFiles: () => configuredRuleFiles(config),
      rulesDir: join(ctx.dataDir, PUT_RULES_DIR),
      hosts: () =>
        config.sensor.host ? [config.sensor.host] : this.#hostRecorder ? [hostname()] : [],
    });
    const tokens = TokenStore.open(ctx.dataDir);
    const tls = readTls(config.api.tls);
    const app = buildRest({
      service,
      tokens,
      bodyLimit: config.api.bodyLimitBytes,
      ready: () => !bp.nc.isClosed(),
      ...(tls ? { tls } : {}),
      consoleDir: consoleAssets(),
    });
    const address = await app.listen({ host: config.api.host, port: config.api.port });
    this.#app = app;
    this.#service = service;
    const grpcServer = buildGrpc({ service, tokens, maxMessageBytes: config.api.bodyLimitBytes });
    const grpcPort = await bindGrpc(grpcServer, config.api.host, config.api.grpcPort, tls);
    this.#grpc = grpcServer;
    const grpcAddress = `${config.api.host}:${grpcPort}`;
    ctx.logger.info({ address, grpc: grpcAddress }, 'API listening');
    return { rest: address, grpc: grpcAddress, token: tokenFile };
  }

  async stop(): Promise<void> {
    // Live streams first: each client is told the API is stopping. Then calls in flight get a
    // moment to finish before the gRPC server cuts them.
    this.#service?.close();
    this.#service = undefined;
    const grpcServer = this.#grpc;
    if (grpcServer) {
      await new Promise<void>((resolve) => {
        const force = setTimeout(() => {
          grpcServer.forceShutdown();
          resolve();
        }, GRPC_SHUTDOWN_GRACE_MS);
        grpcServer.tryShutdown(() => {
          clearTimeout(force);
          resolve();
        });
      });
    }
    this.#grpc = undefined;
    await this.#app?.close();
    this.#app = undefined;
    await this.#bp?.close();
    this.#bp = undefined;
  }
}

/**
 * `vigil api`: the API as a process of its own (a backend host of a fleet, under systemd), on the
 * backplane given (--nats-url / nats.url) with its identity (nats.seedFile). Where `vigil up`
 * runs everything on one host, it runs the API itself.
 */
export async function runApi(
  config: Readonly<VigilConfig>,
  options: ServiceCommandOptions,
): Promise<void> {
  const logger = processLogger(config, 'vigil-api');
  const dataDir = resolve(config.dataDir);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const { bp, url } = await connectAs(config, 'api', options.natsUrl, 'vigil-api');
  const api = new RestApiService({ hostRecorder: false });
  const stopAll = async () => {
    await api.stop();
    await bp.close();
  };
  stopOnSignals(stopAll, logger, options.exitWithParent === true);
  let where: Record<string, string>;
  try {
    where = await api.start({
      config,
      dataDir,
      backplane: bp,
      natsUrl: url,
      identity: () => undefined,
      logger,
    });
  } catch (err) {
    await stopAll().catch(() => undefined);
    throw err;
  }
  process.stderr.write(
    `vigil api on ${url}: REST ${where.rest}, gRPC ${where.grpc}, admin token in ${where.token}\n`,
  );
}
