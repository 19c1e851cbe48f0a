// One HTTP(S) client for the connectors that speak HTTP (Splunk HEC, webhook): keep-alive
// connections, TLS with the operator's CA, client certificate and server name, a timeout.
import { readFileSync } from 'node:fs';
import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { VigilError } from '@vigil/common';

/** TLS options of a connector (PEM files). */
export interface TlsFiles {
  /** CA certificates to trust instead of the system's. */
  ca?: string;
  /** Client certificate and key, for receivers that ask for one. */
  cert?: string;
  key?: string;
  /** Name to check the server's certificate against, when the URL's host is not it. */
  serverName?: string;
  /** Skip the certificate check (tests and labs only; logged as a warning). */
  insecureSkipVerify?: boolean;
}

/** What a receiver answered. */
export interface HttpAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A PEM file of `tls.<what>`; an unreadable one is a configuration error naming it. */
export function readPem(file: string, what: string): Buffer {
  try {
    return readFileSync(file);
  } catch (err) {
    throw new VigilError(
      'VGL_ERR_CONFIG_INVALID',
      `tls.${what}: cannot read ${file}: ${(err as Error).message}`,
    );
  }
}

/** A keep-alive HTTP(S) client of one base URL. */
export class HttpClient {
  readonly base: URL;
  readonly #agent: HttpAgent | HttpsAgent;
  readonly #timeoutMs: number;

  constructor(
    url: string,
    options: { tls?: TlsFiles; timeoutMs?: number; maxSockets?: number } = {},
  ) {
    try {
      this.base = new URL(url);
    } catch {
      throw new VigilError('VGL_ERR_CONFIG_INVALID', `url: '${url}' is not a URL`);
    }
    if (this.base.protocol !== 'http:' && this.base.protocol !== 'https:')
      throw new VigilError('VGL_ERR_CONFIG_INVALID', `url: '${url}' is not http:// or https://`);
    this.#timeoutMs = options.timeoutMs ?? 30_000;
    const maxSockets = options.maxSockets ?? 8;
    if (this.base.protocol === 'https:') {
      const t = options.tls ?? {};
      this.#agent = new HttpsAgent({
        keepAlive: true,
        maxSockets,
        minVersion: 'TLSv1.2',
        ...(t.ca ? { ca: readPem(t.ca, 'ca') } : {}),
        ...(t.cert ? { cert: readPem(t.cert, 'cert') } : {}),
        ...(t.key ? { key: readPem(t.key, 'key') } : {}),
        ...(t.serverName ? { servername: t.serverName } : {}),
        rejectUnauthorized: t.insecureSkipVerify !== true,
      });
    } else {
      this.#agent = new HttpAgent({ keepAlive: true, maxSockets });
    }
  }

  /** Sends one request; rejects on network failures and timeouts, never on a status. */
  request(
    method: string,
    path: string,
    headers: Record<string, string>,
    body?: Buffer | string,
  ): Promise<HttpAnswer> {
    const url = new URL(path, this.base);
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise((resolve, reject) => {
      const req = send(
        url,
        {
          method,
          agent: this.#agent,
          headers: {
            ...headers,
            ...(body !== undefined ? { 'content-length': String(Buffer.byteLength(body)) } : {}),
          },
          timeout: this.#timeoutMs,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              body: Buffer.concat(chunks).toString('utf8'),
            }),
          );
          res.on('error', reject);
        },
      );
      req.on('timeout', () =>
        req.destroy(
          Object.assign(new Error(`no answer within ${this.#timeoutMs} ms`), { code: 'ETIMEDOUT' }),
        ),
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  close(): void {
    this.#agent.destroy();
  }
}

/** Retry-After (seconds, or an HTTP date) in ms, when the receiver sent it. */
export function retryAfterMs(headers: HttpAnswer['headers']): number | undefined {
  const v = headers['retry-after'];
  if (typeof v !== 'string') return undefined;
  const s = Number(v);
  if (Number.isFinite(s)) return Math.min(s * 1000, 300_000);
  const t = Date.parse(v);
  return Number.isNaN(t) ? undefined : Math.min(Math.max(0, t - Date.now()), 300_000);
}
