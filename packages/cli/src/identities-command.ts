// `vigil identities`: the NATS identities of a fleet's server — one nkey per service, with the
// subject permissions of its role (backplane nats-auth.ts) — written as the server's
// `authorization.conf` (public keys and permissions only, for deploy/nats's hub.conf and
// leaf.conf to include) and one seed file per service (0600; the file `nats.seedFile` names:
// the seed, then the inbox prefix). A hub: `--roles platform,api,connector`; a monitored host's
// leaf node: `--host <host> --roles platform,sensor,recorder,detector`.
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  type ServiceIdentity,
  type ServiceRole,
  authorizationConfig,
  newServiceIdentity,
} from '@vigil/backplane';
import { UsageError } from '@vigil/common';

const ROLES: readonly ServiceRole[] = [
  'platform',
  'sensor',
  'recorder',
  'detector',
  'api',
  'connector',
];

export interface IdentitiesOptions {
  out: string;
  roles: string;
  host?: string;
}

/** Writes the identities; returns the files written. */
export function writeIdentities(options: IdentitiesOptions): string[] {
  const roles = options.roles
    .split(',')
    .map((r) => r.trim())
    .filter(Boolean);
  const identities: ServiceIdentity[] = [];
  for (const r of roles) {
    if (!(ROLES as readonly string[]).includes(r))
      throw new UsageError(`--roles: unknown role '${r}'; roles are ${ROLES.join(', ')}`);
    const role = r as ServiceRole;
    const hostBound = role === 'sensor' || role === 'recorder';
    if (hostBound && !options.host)
      throw new UsageError(`--roles ${role}: a ${role} speaks for one host; give --host`);
    identities.push(newServiceIdentity(role, hostBound ? options.host : undefined));
  }
  if (identities.length === 0) throw new UsageError('--roles: give at least one role');
  const out = resolve(options.out);
  mkdirSync(out, { recursive: true, mode: 0o700 });
  const written: string[] = [];
  const write = (name: string, text: string, mode: number) => {
    const file = join(out, name);
    writeFileSync(file, text, { mode });
    chmodSync(file, mode);
    written.push(file);
  };
  // The server reads public keys only; still, who may do what is nobody else's business.
  write('authorization.conf', authorizationConfig(identities), 0o600);
  for (const id of identities) write(`${id.role}.seed`, `${id.seed}\n${id.inboxPrefix}\n`, 0o600);
  return written;
}
