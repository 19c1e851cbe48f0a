// The one interface every receiver (Splunk HEC, syslog, webhook) implements, and how its
// failures are classified: the pipeline retries some, stops on others, sets aside the rest.
import { VigilError } from '@vigil/common';
import type { DeliveryRecord } from './records.js';

/** A receiver of records. */
export interface Sink {
  /** What it is, for logs and status (`splunk-hec https://…`). */
  readonly description: string;
  /**
   * Delivers the records; resolves only once the receiver has accepted all of them (for HEC
   * with indexer acknowledgement: once they are indexed). Rejects with a DeliveryError.
   */
  deliver(records: readonly DeliveryRecord[]): Promise<void>;
  /** Checks that the receiver is there and takes data; rejects with a DeliveryError if not. */
  check(): Promise<void>;
  /** Releases connections. */
  close(): Promise<void>;
}

/**
 * How a delivery failed:
 * - `retry`: the receiver is busy, failing or unreachable (HEC 503, 429, 500, a reset
 *   connection): the same records are sent again after a backoff;
 * - `config`: the receiver refuses this connector (bad token, index, channel, URL): the
 *   connector stops with this reason, keeps the data queued and checks again now and then;
 * - `rejected`: the receiver refuses the data itself (malformed, too large): the batch is split
 *   to find the records refused, which are set aside in the dead-letter file and counted.
 */
export type FailureKind = 'retry' | 'config' | 'rejected';

const CODES = {
  retry: 'VGL_ERR_CONNECTOR_RETRY',
  config: 'VGL_ERR_CONNECTOR_CONFIG',
  rejected: 'VGL_ERR_CONNECTOR_REJECTED',
} as const;

/** A failed delivery, classified. */
export class DeliveryError extends VigilError {
  readonly kind: FailureKind;
  /** The receiver's wish, when it said how long to wait (Retry-After), in ms. */
  readonly retryAfterMs: number | undefined;

  constructor(
    kind: FailureKind,
    message: string,
    options: { cause?: unknown; retryAfterMs?: number } = {},
  ) {
    super(CODES[kind], message, options.cause !== undefined ? { cause: options.cause } : undefined);
    this.kind = kind;
    this.retryAfterMs = options.retryAfterMs;
  }
}

/** Network errors a retry will not mend: the name does not resolve, the certificate is wrong. */
const CONFIG_ERRNO = /^ENOTFOUND$|CERT|SELF_SIGNED|UNABLE_TO_VERIFY|^ERR_TLS|HOSTNAME|ALTNAME/;

/**
 * Any failure as a DeliveryError: a network-level failure is retried, unless it is one that
 * only the operator can mend (an unknown host name, a certificate that is not trusted).
 */
export function asDeliveryError(err: unknown, where?: string): DeliveryError {
  if (err instanceof DeliveryError) return err;
  const e = err as NodeJS.ErrnoException;
  const code = e?.code ?? '';
  const text = `${where ? `${where}: ` : ''}${code ? `${code}: ` : ''}${String(e?.message ?? e)}`;
  return new DeliveryError(CONFIG_ERRNO.test(code) ? 'config' : 'retry', text, { cause: err });
}

/**
 * Exponential backoff with full jitter (a random delay between 0 and the exponential bound),
 * so that connectors that failed together do not retry together; after the AWS Architecture
 * Blog's "Exponential Backoff And Jitter".
 */
export function backoffMs(attempt: number, baseMs: number, maxMs: number): number {
  const bound = Math.min(maxMs, baseMs * 2 ** Math.min(attempt, 30));
  return Math.max(baseMs / 2, Math.random() * bound);
}
