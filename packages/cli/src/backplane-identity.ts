// How a service started from the command line finds its backplane and its NATS identity:
// the URL from --nats-url, the configuration, or the local platform (endpoints.json); the
// identity from VIGIL_NATS_SEED (set by `vigil up` for its children), from nats.seedFile, or,
// for the local platform, from the identities `vigil up` keeps in its data directory (0600).
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  type Backplane,
  type ServiceIdentity,
  type ServiceRole,
  connectBackplane,
} from '@vigil/backplane';
import { ConfigError, type VigilConfig } from '@vigil/common';

/** Where `vigil up` keeps the identities of the local platform's services. */
export const IDENTITIES_FILE = join('nats', 'identities.json');

/** The URL of the local platform's NATS server, from its endpoints file. */
export function localNatsUrl(dataDir: string): string | undefined {
  try {
    const file = join(resolve(dataDir), 'endpoints.json');
    const j = JSON.parse(readFileSync(file, 'utf8')) as { endpoints?: { nats?: string } };
    return j.endpoints?.nats;
  } catch {
    return undefined;
  }
}

/** Writes the local platform's identities (0600), for services started by hand on this host. */
export function saveIdentities(dataDir: string, identities: readonly ServiceIdentity[]): void {
  const file = join(dataDir, IDENTITIES_FILE);
  mkdirSync(join(dataDir, 'nats'), { recursive: true, mode: 0o700 });
  writeFileSync(file, JSON.stringify(identities, null, 2) + '\n', { mode: 0o600 });
  chmodSync(file, 0o600);
}

/** The environment that hands an identity to a child process (never its argv: ps shows that). */
export function identityEnv(identity: ServiceIdentity | undefined): Record<string, string> {
  return identity ? { VIGIL_NATS_SEED: identity.seed, VIGIL_NATS_INBOX: identity.inboxPrefix } : {};
}

function identityFor(
  config: Readonly<VigilConfig>,
  role: ServiceRole,
  local: boolean,
): Pick<ServiceIdentity, 'seed' | 'inboxPrefix'> | undefined {
  const env = process.env.VIGIL_NATS_SEED;
  if (env) return { seed: env, inboxPrefix: process.env.VIGIL_NATS_INBOX || '_INBOX' };
  if (config.nats.seedFile) {
    let lines: string[];
    try {
      lines = readFileSync(config.nats.seedFile, 'utf8')
        .split('\n')
        .map((l) => l.trim());
    } catch (err) {
      throw new ConfigError(
        'VGL_ERR_CONFIG_INVALID',
        `nats.seedFile: cannot read ${config.nats.seedFile}: ${(err as Error).message}`,
      );
    }
    const seed = lines[0] ?? '';
    if (!seed.startsWith('SU'))
      throw new ConfigError(
        'VGL_ERR_CONFIG_INVALID',
        `nats.seedFile: ${config.nats.seedFile} does not start with a user nkey seed (SU…)`,
      );
    return { seed, inboxPrefix: lines[1] || '_INBOX' };
  }
  return local ? localIdentity(config.dataDir, role) : undefined;
}

/** The identity of `role` on the local platform whose data directory this is, if any. */
export function localIdentity(dataDir: string, role: ServiceRole): ServiceIdentity | undefined {
  try {
    const all = JSON.parse(
      readFileSync(join(resolve(dataDir), IDENTITIES_FILE), 'utf8'),
    ) as ServiceIdentity[];
    return all.find((i) => i.role === role);
  } catch {
    return undefined;
  }
}

/** Connects a service to the backplane as `role`. */
export async function connectAs(
  config: Readonly<VigilConfig>,
  role: ServiceRole,
  natsUrl: string | undefined,
  name: string,
): Promise<{ bp: Backplane; url: string }> {
  const local = localNatsUrl(config.dataDir);
  const url = natsUrl ?? config.nats.url ?? local ?? `nats://127.0.0.1:${config.nats.port}`;
  const identity = identityFor(config, role, url === local);
  const bp = await connectBackplane({
    // A cluster: several URLs, comma-separated (nats://hub1:4222,nats://hub2:4222).
    servers: url.includes(',') ? url.split(',').map((u) => u.trim()) : url,
    name,
    ...(identity ? { identity } : {}),
  });
  return { bp, url };
}
