// `vigil streams`: creates or updates the backplane's JetStream streams with the configured
// limits — what `vigil up` does for itself, for a fleet's servers: a host's leaf node keeps its
// own telemetry (`--only telemetry`), the hub keeps the alerts, replicated (`--only alerts
// --replicas 3`). Needs an identity that may administer streams (the platform's).
import { ensureStreams } from '@vigil/backplane';
import { UsageError, type VigilConfig } from '@vigil/common';
import { connectAs } from './backplane-identity.js';

export interface StreamsOptions {
  natsUrl?: string;
  only?: string;
  replicas?: string;
}

export async function runStreams(
  config: Readonly<VigilConfig>,
  options: StreamsOptions,
  out: (text: string) => void,
): Promise<void> {
  const only = options.only === undefined ? ['telemetry', 'alerts'] : [options.only];
  for (const o of only)
    if (o !== 'telemetry' && o !== 'alerts')
      throw new UsageError(`--only takes telemetry or alerts, not '${o}'`);
  const replicas = options.replicas === undefined ? 1 : Number(options.replicas);
  if (!Number.isInteger(replicas) || replicas < 1 || replicas > 5)
    throw new UsageError(`--replicas takes 1 to 5, not '${options.replicas}'`);
  const { bp, url } = await connectAs(config, 'platform', options.natsUrl, 'vigil-streams');
  try {
    await ensureStreams(bp.jsm, {
      ...config.streams,
      replicas,
      only: only as Array<'telemetry' | 'alerts'>,
    });
    for (const name of only)
      out(`${name} stream ready on ${url} (${replicas} replica${replicas > 1 ? 's' : ''})\n`);
  } finally {
    await bp.close();
  }
}
