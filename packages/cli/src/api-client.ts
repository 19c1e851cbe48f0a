// What the client verbs share: the API found by itself (locateApi), calls whose refusals become
// clear errors, Server-Sent Events read as they come, and output as JSON lines (piped, -o json)
// or a readable table on a terminal, coloured unless NO_COLOR is set (https://no-color.org).
import { VigilError } from '@vigil/common';
import { locateApi } from './query-command.js';

export type OutputFormat = 'json' | 'table';

export interface ClientOptions {
  dataDir: string;
  output?: OutputFormat;
}

/** The format asked, or JSON lines unless stdout is a terminal. */
export function outputFormat(asked: OutputFormat | undefined): OutputFormat {
  return asked ?? (process.stdout.isTTY ? 'table' : 'json');
}

const COLOURS: Record<string, string> = {
  PRIORITY_EMERGENCY: '\x1b[1;31m',
  PRIORITY_ALERT: '\x1b[1;31m',
  PRIORITY_CRITICAL: '\x1b[31m',
  PRIORITY_ERROR: '\x1b[31m',
  PRIORITY_WARNING: '\x1b[33m',
  PRIORITY_NOTICE: '\x1b[36m',
};

/** Text coloured for a priority, on a terminal that wants colour. */
export function colour(text: string, priority: string): string {
  const c = COLOURS[priority];
  if (c === undefined || process.env.NO_COLOR || !process.stdout.isTTY) return text;
  return `${c}${text}\x1b[0m`;
}

/** A wall-clock time in nanoseconds (text) as an ISO time. */
export function isoOfNs(ns: unknown): string {
  const text = typeof ns === 'string' || typeof ns === 'number' ? String(ns) : '0';
  return /^\d+$/.test(text) ? new Date(Number(BigInt(text) / 1_000_000n)).toISOString() : '?';
}

export class ApiClient {
  readonly url: string;
  readonly #token: string;

  constructor(dataDir: string) {
    const { url, token } = locateApi(dataDir);
    this.url = url;
    this.#token = token;
  }

  async #fetch(method: string, path: string, body?: unknown, signal?: AbortSignal) {
    try {
      return await fetch(`${this.url}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${this.#token}`,
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
        ...(signal ? { signal } : {}),
      });
    } catch (e) {
      throw new VigilError(
        'VGL_ERR_CLI_USAGE',
        `the API at ${this.url} cannot be reached: ${(e as Error).message}`,
      );
    }
  }

  /** One call; a refusal is an error with the API's message and code. */
  async call<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<T> {
    const res = await this.#fetch(method, path, body);
    if (!res.ok) throw await refusal(res);
    return (await res.json()) as T;
  }

  /**
   * Reads a Server-Sent Events stream until it ends, the server closes it or `signal` aborts;
   * resolves to the end's reason, if the server gave one.
   */
  async stream(
    path: string,
    onMessage: (event: string, data: Record<string, unknown>) => void,
    signal?: AbortSignal,
  ): Promise<string | undefined> {
    const res = await this.#fetch('GET', path, undefined, signal);
    if (!res.ok) throw await refusal(res);
    const reader = res.body?.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const chunk = (await reader?.read().catch(() => undefined)) as
        { done: boolean; value?: Uint8Array } | undefined;
      if (chunk === undefined || chunk.done) return undefined;
      buffer += decoder.decode(chunk.value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const name = /^event: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (!name || !data) continue;
        const parsed = JSON.parse(data) as Record<string, unknown>;
        if (name === 'end') return typeof parsed.reason === 'string' ? parsed.reason : undefined;
        onMessage(name, parsed);
      }
    }
  }
}

/** The API refused a call: its message is for the user as it is (exit code 1). */
export class ApiRefusal extends Error {}

/** The refusal an API answer carries: its message, the position of a filter's error, its code. */
async function refusal(res: Response): Promise<ApiRefusal> {
  const answer = (await res.json().catch(() => ({}))) as {
    error?: { code: string; message: string; line?: number; column?: number };
  };
  const e = answer.error;
  const where = e?.line !== undefined ? ` (line ${e.line}, column ${e.column})` : '';
  return new ApiRefusal(`${e?.message ?? res.statusText}${where} [${e?.code ?? res.status}]`);
}
