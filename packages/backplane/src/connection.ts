import { BackplaneError } from '@vigil/common';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import type { JetStreamClient, JetStreamManager } from '@nats-io/jetstream';
import { connect, nkeyAuthenticator } from '@nats-io/transport-node';
import type { ServiceIdentity } from './nats-auth.js';
import type { NatsConnection } from '@nats-io/transport-node';

/** Options of a backplane connection. */
export interface BackplaneConnectOptions {
  /** Server URLs. */
  servers: string | string[];
  /** Name of the client, shown in the server's monitoring. */
  name: string;
  /** Time to wait for the first connection. */
  timeoutMs?: number;
  /** The service's identity (nats-auth.ts) where the server requires one. */
  identity?: Pick<ServiceIdentity, 'seed' | 'inboxPrefix'>;
}

/** A connection with its JetStream client and manager. */
export interface Backplane {
  /** The NATS connection. */
  nc: NatsConnection;
  /** JetStream publishing and consuming. */
  js: JetStreamClient;
  /** JetStream administration. */
  jsm: JetStreamManager;
  /** Drains and closes the connection. */
  close(): Promise<void>;
  /** Where replies to this connection go (its identity's inbox prefix; `_INBOX` without one). */
  inboxPrefix?: string;
}

/**
 * Connects to the backplane. The connection reconnects forever after a loss (a server restart
 * must not end a sensor); only the first connection can fail, with a clear error.
 */
export async function connectBackplane(options: BackplaneConnectOptions): Promise<Backplane> {
  let nc: NatsConnection;
  try {
    nc = await connect({
      servers: options.servers,
      name: options.name,
      timeout: options.timeoutMs ?? 5_000,
      maxReconnectAttempts: -1,
      reconnectTimeWait: 250,
      // nats.js otherwise creates an Error per request (each JetStream publish of a batch) and
      // per timer, only to capture where the request started for a timeout's stack (the
      // option's doc comment in @nats-io/nats-core's core.d.ts): 3.5 % of the sensor's main
      // thread under the bench's exec storm (--cpu-prof). Failures still carry their message,
      // and every caller here words its own error.
      noAsyncTraces: true,
      ...(options.identity
        ? {
            authenticator: nkeyAuthenticator(new TextEncoder().encode(options.identity.seed)),
            inboxPrefix: options.identity.inboxPrefix,
          }
        : {}),
    });
  } catch (err) {
    throw new BackplaneError(
      'VGL_ERR_BACKPLANE_CONNECT',
      `cannot connect to NATS at ${String(options.servers)}: ${(err as Error).message}`,
      { cause: err },
    );
  }
  const js = jetstream(nc);
  const jsm = await jetstreamManager(nc);
  return {
    nc,
    js,
    jsm,
    inboxPrefix: options.identity?.inboxPrefix ?? '_INBOX',
    close: async () => {
      if (nc.isClosed()) return;
      await nc.drain().catch(() => nc.close());
    },
  };
}
