// Who may do what on the backplane: one NATS identity (an nkey) per service, with subject
// permissions, so that a sensor can publish only its own host's telemetry and status, a
// recorder answer only its own host's queries, and nothing but the platform administer streams.
// nkeys keep only public keys in the server's configuration; each service holds its seed
// (https://docs.nats.io/running-a-nats-service/configuration/securing_nats/auth_intro/nkey_auth).
// Permissions: https://docs.nats.io/running-a-nats-service/configuration/securing_nats/authorization
// (`allow_responses` lets a service answer the requests it receives without a publish grant on
// every inbox).
import { nkeys } from '@nats-io/transport-node';
import { RULES_RELOAD_SUBJECT, SUBJECT_ROOT, hostToken } from './subjects.js';
import { ALERTS_STREAM, TELEMETRY_STREAM } from './streams.js';

/** The services that connect to the backplane. */
export type ServiceRole = 'platform' | 'sensor' | 'detector' | 'recorder' | 'api' | 'connector';

/** What a service may publish and subscribe to. */
export interface SubjectPermissions {
  publish: string[];
  subscribe: string[];
  /**
   * May answer requests it received (publish to their reply subjects): `true` for one answer
   * each, a number for answers in several messages (a recorder's query results come in chunks).
   */
  allowResponses: boolean | number;
}

/** One service's identity: its nkey seed (secret) and public key (in the server's config). */
export interface ServiceIdentity {
  role: ServiceRole;
  /** The host a host-bound service (sensor, recorder) speaks for. */
  host?: string;
  /** The secret: `SU…`. */
  seed: string;
  /** The public key: `U…`. */
  publicKey: string;
  /** The inbox prefix its replies come to (it may subscribe there only). */
  inboxPrefix: string;
}

/** How many reply messages a recorder may send to one request, within ten minutes. */
export const RECORDER_MAX_CHUNKS = 1_000_000;

/** The JetStream API subjects a service may call for reading one stream with a consumer. */
function consumerApi(stream: string): string[] {
  return [
    `$JS.API.CONSUMER.INFO.${stream}.>`,
    `$JS.API.CONSUMER.CREATE.${stream}.>`,
    `$JS.API.CONSUMER.CREATE.${stream}`,
    `$JS.API.CONSUMER.DURABLE.CREATE.${stream}.>`,
    `$JS.API.CONSUMER.MSG.NEXT.${stream}.>`,
    `$JS.API.CONSUMER.DELETE.${stream}.>`,
    `$JS.API.STREAM.INFO.${stream}`,
    `$JS.ACK.${stream}.>`,
  ];
}

/** The permissions of a role; host-bound roles need their host. */
export function permissionsFor(
  role: ServiceRole,
  host?: string,
  inboxPrefix = '_INBOX',
): SubjectPermissions {
  const inbox = `${inboxPrefix}.>`;
  const h = (): string => {
    if (host === undefined || host === '')
      throw new TypeError(`the ${role} role is bound to a host; none was given`);
    return hostToken(host);
  };
  const root = SUBJECT_ROOT;
  switch (role) {
    case 'platform':
      // vigil up: creates streams, trims them, reads everything. Administers the backplane.
      return { publish: ['>'], subscribe: ['>'], allowResponses: true };
    case 'sensor':
      // Its host's telemetry (heartbeats travel there too) and nothing else; it receives its
      // host's response requests and answers them.
      return {
        publish: [`${root}.tel.${h()}.>`, `${root}.sensor.${h()}.status`, '$JS.API.INFO'],
        subscribe: [`${root}.ctl.${h()}.>`, inbox],
        allowResponses: true,
      };
    case 'recorder':
      return {
        publish: ['$JS.API.INFO', ...consumerApi(TELEMETRY_STREAM)],
        subscribe: [`${root}.rec.${h()}.query`, inbox],
        // Results come in chunks: a replay or a hunt may send many.
        allowResponses: RECORDER_MAX_CHUNKS,
      };
    case 'detector':
      return {
        publish: [
          '$JS.API.INFO',
          ...consumerApi(TELEMETRY_STREAM),
          `${root}.alert.>`,
          `${root}.ctl.*.kill`,
        ],
        subscribe: [inbox, RULES_RELOAD_SUBJECT],
        allowResponses: false,
      };
    case 'api':
      return {
        publish: [
          '$JS.API.INFO',
          ...consumerApi(TELEMETRY_STREAM),
          ...consumerApi(ALERTS_STREAM),
          // Alert history is read message by message.
          `$JS.API.STREAM.MSG.GET.${ALERTS_STREAM}`,
          `${root}.rec.*.query`,
          `${root}.ctl.*.kill`,
          RULES_RELOAD_SUBJECT,
        ],
        // The sensors' heartbeats, for their health.
        subscribe: [inbox, `${root}.tel.*.status`],
        allowResponses: false,
      };
    case 'connector':
      return {
        publish: ['$JS.API.INFO', ...consumerApi(TELEMETRY_STREAM), ...consumerApi(ALERTS_STREAM)],
        subscribe: [inbox],
        allowResponses: false,
      };
  }
}

/** A new identity for a service. */
export function newServiceIdentity(role: ServiceRole, host?: string): ServiceIdentity {
  const user = nkeys.createUser();
  const publicKey = user.getPublicKey();
  if (role === 'sensor' || role === 'recorder') permissionsFor(role, host); // checks the host
  return {
    role,
    ...(host !== undefined ? { host } : {}),
    seed: new TextDecoder().decode(user.getSeed()),
    publicKey,
    // Its own inbox space: no service can read another's replies.
    inboxPrefix: `_INBOX_${publicKey.slice(1, 13)}`,
  };
}

const quote = (s: string): string => JSON.stringify(s);

/** The `authorization` block of a nats-server configuration for these identities. */
export function authorizationConfig(identities: readonly ServiceIdentity[]): string {
  const users = identities.map((id) => {
    const p = permissionsFor(id.role, id.host, id.inboxPrefix);
    return [
      '    {',
      `      nkey: ${quote(id.publicKey)}`,
      '      permissions: {',
      `        publish: { allow: [${p.publish.map(quote).join(', ')}] }`,
      `        subscribe: { allow: [${p.subscribe.map(quote).join(', ')}] }`,
      ...(p.allowResponses === true ? ['        allow_responses: true'] : []),
      ...(typeof p.allowResponses === 'number'
        ? [`        allow_responses: { max: ${p.allowResponses}, expires: "10m" }`]
        : []),
      '      }',
      '    }',
    ].join('\n');
  });
  return `authorization {\n  users: [\n${users.join('\n')}\n  ]\n}\n`;
}
