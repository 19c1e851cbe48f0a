// The API as the console uses it: the bearer token from the session (never in a URL), JSON
// calls with the API's refusals as errors, and live streams read with fetch (EventSource cannot
// send an Authorization header).

/** A refusal of the API: its code and message (and position, for a filter). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
  }
}

const TOKEN_KEY = 'vigil.token';

export function token(): string | null {
  return sessionStorage.getItem(TOKEN_KEY);
}
export function setToken(t: string | null): void {
  if (t === null) sessionStorage.removeItem(TOKEN_KEY);
  else sessionStorage.setItem(TOKEN_KEY, t);
}

export async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(path, {
    method,
    headers: {
      authorization: `Bearer ${token() ?? ''}`,
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const json = (await res.json().catch(() => ({}))) as {
    error?: { code: string; message: string; line?: number; column?: number };
  };
  if (!res.ok) {
    const e = json.error ?? { code: `HTTP_${res.status}`, message: res.statusText };
    throw new ApiError(res.status, e.code, e.message, e.line, e.column);
  }
  return json as T;
}

/** Reads a server-sent event stream; calls `onEvent` per event until `signal` aborts. */
export async function stream(
  path: string,
  onEvent: (type: string, data: string) => void,
  signal: AbortSignal,
): Promise<void> {
  const res = await fetch(path, {
    headers: { authorization: `Bearer ${token() ?? ''}`, accept: 'text/event-stream' },
    signal,
  });
  if (!res.ok || !res.body) throw new ApiError(res.status, `HTTP_${res.status}`, res.statusText);
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value;
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let type = 'message';
      const data: string[] = [];
      for (const line of block.split('\n')) {
        if (line.startsWith('event:')) type = line.slice(6).trim();
        else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
      }
      if (data.length > 0) onEvent(type, data.join('\n'));
    }
  }
}

/** Nanoseconds since the epoch (a decimal string) as a local time. */
export function timeOf(ns: unknown): string {
  if (typeof ns !== 'string' && typeof ns !== 'number') return '';
  return new Date(Number(BigInt(ns) / 1_000_000n)).toLocaleString();
}

export type Role = 'viewer' | 'responder' | 'admin';
export const ROLE_RANK: Record<Role, number> = { viewer: 0, responder: 1, admin: 2 };

export interface Alert {
  id: string;
  rule: string;
  priority: string;
  output: string;
  host: string;
  timeNs: string;
  tags?: string[];
  event?: { process?: { processUid?: string; pid?: number; comm?: string } };
  acknowledged?: boolean;
}

/** Alert priorities, most severe first (the API's enum names without PRIORITY_). */
export const PRIORITIES = [
  'EMERGENCY',
  'ALERT',
  'CRITICAL',
  'ERROR',
  'WARNING',
  'NOTICE',
  'INFORMATIONAL',
  'DEBUG',
];

/** A JSON value shown as text: strings and numbers as they are, anything else as `fallback`. */
export function text(v: unknown, fallback = ''): string {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'bigint'
    ? String(v)
    : fallback;
}
