// Webhook: a JSON POST of a batch, signed with HMAC-SHA256 so the receiver can check it came from
// this connector and was not replayed: `X-Vigil-Timestamp` (Unix seconds) and
// `X-Vigil-Signature: sha256=<hex of HMAC(secret, timestamp + "." + body)>` (the scheme of
// Stripe's and GitHub's webhooks: the timestamp inside the signature bounds replays).
// 2xx is accepted; 408, 429 and 5xx and network failures are retried; 401, 403, 404 and other
// 4xx stop the connector (its configuration), 400, 413 and 422 refuse the data.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { HttpClient, type TlsFiles, retryAfterMs } from './http.js';
import type { DeliveryRecord } from './records.js';
import { DeliveryError, type Sink } from './sink.js';

/** Options of the webhook sink. */
export interface WebhookOptions {
  url: string;
  /** The shared secret of the signature. */
  secret: string;
  tls?: TlsFiles;
  requestTimeoutMs?: number;
}

/** The signature header's value of a body sent at `timestamp` (seconds). */
export function webhookSignature(secret: string, timestamp: string, body: string | Buffer): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex')}`;
}

/**
 * Checks a request's signature as a receiver would: the signature matches, and the timestamp is
 * within `toleranceSeconds` of now.
 */
export function verifyWebhook(
  secret: string,
  headers: { timestamp: string | undefined; signature: string | undefined },
  body: string | Buffer,
  toleranceSeconds = 300,
): boolean {
  const { timestamp, signature } = headers;
  if (!timestamp || !signature) return false;
  const t = Number(timestamp);
  if (!Number.isInteger(t) || Math.abs(Date.now() / 1000 - t) > toleranceSeconds) return false;
  const want = Buffer.from(webhookSignature(secret, timestamp, body));
  const got = Buffer.from(signature);
  return want.length === got.length && timingSafeEqual(want, got);
}

export class WebhookSink implements Sink {
  readonly description: string;
  readonly #o: WebhookOptions;
  readonly #http: HttpClient;
  readonly #path: string;

  constructor(options: WebhookOptions) {
    this.#o = options;
    this.#http = new HttpClient(options.url, {
      ...(options.tls ? { tls: options.tls } : {}),
      ...(options.requestTimeoutMs ? { timeoutMs: options.requestTimeoutMs } : {}),
    });
    this.#path = `${this.#http.base.pathname}${this.#http.base.search}`;
    this.description = `webhook ${this.#http.base.origin}${this.#http.base.pathname}`;
  }

  async deliver(records: readonly DeliveryRecord[]): Promise<void> {
    if (records.length === 0) return;
    // {"source":"vigil","items":[{"kind":"alert","alert":{…}},…]}, from each record's JSON text.
    const items = records.map((r) => `{"kind":"${r.kind}","${r.kind}":${r.text}}`);
    const body = `{"source":"vigil","items":[${items.join(',')}]}`;
    await this.#post(body, records.length);
  }

  async #post(body: string, count: number): Promise<void> {
    const timestamp = String(Math.floor(Date.now() / 1000));
    const a = await this.#http.request(
      'POST',
      this.#path,
      {
        'content-type': 'application/json',
        'user-agent': 'vigil-connector',
        'x-vigil-timestamp': timestamp,
        'x-vigil-signature': webhookSignature(this.#o.secret, timestamp, body),
      },
      body,
    );
    if (a.status >= 200 && a.status < 300) return;
    const text = `webhook refused ${count} items: HTTP ${a.status}${a.body ? ` (${a.body.slice(0, 200)})` : ''}`;
    if (a.status === 408 || a.status === 429 || a.status >= 500) {
      const after = retryAfterMs(a.headers);
      throw new DeliveryError('retry', text, after !== undefined ? { retryAfterMs: after } : {});
    }
    if (a.status === 400 || a.status === 413 || a.status === 422)
      throw new DeliveryError('rejected', text);
    throw new DeliveryError('config', text);
  }

  /** An empty batch, signed: a receiver answers 2xx when it is there and knows the secret. */
  async check(): Promise<void> {
    await this.#post(JSON.stringify({ source: 'vigil', items: [] }), 0);
  }

  close(): Promise<void> {
    this.#http.close();
    return Promise.resolve();
  }
}
