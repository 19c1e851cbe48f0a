import type { Logger, VigilConfig } from '@vigil/common';
import type { Backplane, ServiceIdentity, ServiceRole } from '@vigil/backplane';

/** What a service gets when `vigil up` starts it. */
export interface ServiceContext {
  /** Validated configuration. */
  config: Readonly<VigilConfig>;
  /** Absolute data directory. */
  dataDir: string;
  /** Connected backplane. */
  backplane: Backplane;
  /** NATS URL the backplane is connected to. */
  natsUrl: string;
  /** The NATS identity of a service, where the supervised server requires identities. */
  identity: (role: ServiceRole) => ServiceIdentity | undefined;
  /** Logger for this service. */
  logger: Logger;
}

/** One thing `vigil up` runs: the sensor, the detector, the recorder, the API... */
export interface Service {
  /** Short name, shown in logs and in the endpoint list. */
  readonly name: string;
  /** Starts it; returns where it listens, if anywhere (shown to the user). */
  start(ctx: ServiceContext): Promise<Record<string, string>>;
  /** Stops it and releases everything it holds. */
  stop(): Promise<void>;
}
