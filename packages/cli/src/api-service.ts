// The API as a service of `vigil up`, in its process: it holds the backplane connection already.
import { hostname } from 'node:os';
import { ApiService, TokenStore, buildRest, ensureAdminToken } from '@vigil/api';
import type { FastifyInstance } from 'fastify';
import type { Service, ServiceContext } from './services.js';

export class RestApiService implements Service {
  readonly name = 'api';
  #app: FastifyInstance | undefined;

  async start(ctx: ServiceContext): Promise<Record<string, string>> {
    const { config } = ctx;
    // The first start creates an admin token (admin.token, 0600) for the local CLI.
    const tokenFile = ensureAdminToken(ctx.dataDir);
    const service = new ApiService({
      backplane: ctx.backplane,
      hosts: () => [config.sensor.host || hostname()],
    });
    const app = buildRest({
      service,
      tokens: TokenStore.open(ctx.dataDir),
      bodyLimit: config.api.bodyLimitBytes,
      ready: () => !ctx.backplane.nc.isClosed(),
    });
    const address = await app.listen({ host: config.api.host, port: config.api.port });
    this.#app = app;
    ctx.logger.info({ address }, 'API listening');
    return { rest: address, token: tokenFile };
  }

  async stop(): Promise<void> {
    await this.#app?.close();
    this.#app = undefined;
  }
}
