// Alert priorities by Falco's names, most severe first: the Priority enum's value is index + 1
// (0 is unspecified). They are syslog's severities too (RFC 5424 §6.2.1: emergency 0 … debug 7).

/** Falco's priority names, most severe first. */
export const PRIORITY_NAMES = [
  'emergency',
  'alert',
  'critical',
  'error',
  'warning',
  'notice',
  'informational',
  'debug',
] as const;

/** One of Falco's priority names. */
export type PriorityName = (typeof PRIORITY_NAMES)[number];

/** The name of a Priority value ('unspecified' for 0 or a value out of range). */
export function priorityName(value: number | null | undefined): PriorityName | 'unspecified' {
  return PRIORITY_NAMES[(value ?? 0) - 1] ?? 'unspecified';
}

/** The Priority value of a name, or undefined when it is not one. */
export function priorityValue(name: string): number | undefined {
  const i = (PRIORITY_NAMES as readonly string[]).indexOf(name);
  return i < 0 ? undefined : i + 1;
}
