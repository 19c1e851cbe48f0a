import type { EventCategory } from '@vigil/schema';

/** Root token of every Vigil subject. */
export const SUBJECT_ROOT = 'vigil';

/** Longest host token kept in a subject; longer names are cut and suffixed with a hash. */
const MAX_TOKEN_LENGTH = 64;

/**
 * Turns a host name into one subject token. NATS tokens are separated by `.`, and `*`, `>`
 * and whitespace are special (https://docs.nats.io/nats-concepts/subjects#characters-allowed-and-recommended-for-subject-names),
 * so everything outside [A-Za-z0-9_-] becomes `_`. Distinct names that sanitize alike
 * (`a.b` and `a_b`) get a short hash suffix so that one host cannot publish as another.
 */
export function hostToken(host: string): string {
  const clean = host.replace(/[^A-Za-z0-9_-]/g, '_');
  const changed = clean !== host;
  let token = clean.length === 0 ? '_' : clean;
  if (changed || token.length > MAX_TOKEN_LENGTH) {
    token = `${token.slice(0, MAX_TOKEN_LENGTH - 9)}-${fnv1a(host)}`;
  }
  return token;
}

/** 32-bit FNV-1a of a string, as 8 hex digits: a stable, cheap disambiguator. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** `vigil.tel.<host>.<category>`: telemetry batches of one event family from one host. */
export function telemetrySubject(host: string, category: EventCategory): string {
  return `${SUBJECT_ROOT}.tel.${hostToken(host)}.${category}`;
}

/** `vigil.alert.<host>.<priority>`: alerts about one host. */
export function alertSubject(host: string, priority: string): string {
  return `${SUBJECT_ROOT}.alert.${hostToken(host)}.${priority.toLowerCase()}`;
}

/** `vigil.ctl.<host>.<action>`: response requests addressed to one host's sensor. */
export function controlSubject(host: string, action: string): string {
  return `${SUBJECT_ROOT}.ctl.${hostToken(host)}.${action}`;
}

/** `vigil.rec.<host>.query`: queries to the flight recorder of one host. */
export function recorderQuerySubject(host: string): string {
  return `${SUBJECT_ROOT}.rec.${hostToken(host)}.query`;
}

/** `vigil.sensor.<host>.status`: heartbeats of one host's sensor. */
export function sensorStatusSubject(host: string): string {
  return `${SUBJECT_ROOT}.sensor.${hostToken(host)}.status`;
}

/** Tells every detector to load its rules files again (after a change through the API). */
export const RULES_RELOAD_SUBJECT = `${SUBJECT_ROOT}.ctl.detector.reload`;

/** Wildcards matching every subject of one family, for streams and subscriptions. */
export const SUBJECT_WILDCARDS = {
  telemetry: `${SUBJECT_ROOT}.tel.>`,
  alerts: `${SUBJECT_ROOT}.alert.>`,
  control: `${SUBJECT_ROOT}.ctl.>`,
  recorder: `${SUBJECT_ROOT}.rec.>`,
  sensorStatus: `${SUBJECT_ROOT}.sensor.*.status`,
} as const;

/** Telemetry of one host, every family: `vigil.tel.<host>.>`. */
export function hostTelemetryWildcard(host: string): string {
  return `${SUBJECT_ROOT}.tel.${hostToken(host)}.>`;
}
