// Asking a recorder over the backplane: one request, the reply chunks as they come.
import { recorderQuerySubject, type Backplane } from '@vigil/backplane';
import { VigilError } from '@vigil/common';
import { createInbox } from '@nats-io/transport-node';
import type { RecorderChunk, RecorderRequest } from './recorder.js';

/**
 * Sends a request to the recorder of `host` and yields its reply chunks until the last one.
 * Throws when the recorder answers with an error, or when no chunk comes within `timeoutMs`.
 */
export async function* askRecorder(
  bp: Backplane,
  host: string,
  request: RecorderRequest,
  timeoutMs = 10_000,
): AsyncGenerator<RecorderChunk> {
  const inbox = createInbox(bp.inboxPrefix);
  const sub = bp.nc.subscribe(inbox, { timeout: timeoutMs });
  try {
    bp.nc.publish(recorderQuerySubject(host), JSON.stringify(request), { reply: inbox });
    for await (const msg of sub) {
      const chunk = JSON.parse(msg.string()) as RecorderChunk;
      if (chunk.error)
        throw new VigilError(chunk.error.code as 'VGL_ERR_QUERY_INVALID', chunk.error.message);
      yield chunk;
      if (chunk.done) return;
    }
  } finally {
    sub.unsubscribe();
  }
}
