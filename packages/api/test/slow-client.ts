// A live-stream client run as its own process, so that a test can stop it (SIGSTOP) like a client
// that stops reading: `node slow-client.js sse|grpc <address> <token> <filter>`. It prints
// `subscribed` once its stream is open, then one JSON line when the stream ends: how it ended and
// how many bytes it had read.
import { Metadata } from '@grpc/grpc-js';
import { vigilClient } from '../src/index.js';

const [mode, address = '', token = '', filter = ''] = process.argv.slice(2);
let bytes = 0;

function done(end: unknown): never {
  process.stdout.write(`${JSON.stringify({ end, bytes })}\n`);
  process.exit(0);
}

if (mode === 'sse') {
  const res = await fetch(`${address}/v1/subscribe?filter=${encodeURIComponent(filter)}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const reader = res.body?.getReader();
  const decoder = new TextDecoder();
  let tail = '';
  for (;;) {
    const chunk = (await reader?.read()) as { done: boolean; value?: Uint8Array } | undefined;
    const value = chunk?.value;
    if (chunk === undefined || chunk.done || value === undefined)
      done({ closed: true, tail: tail.slice(-300) });
    bytes += value.length;
    tail = (tail + decoder.decode(value, { stream: true })).slice(-100_000);
    if (tail.includes(': subscribed') && bytes === value.length) console.log('subscribed');
    const end = /event: end\ndata: (.*)\n/.exec(tail)?.[1];
    if (end !== undefined) done(JSON.parse(end));
  }
} else if (mode === 'grpc') {
  const client = vigilClient('Telemetry', address);
  const md = new Metadata();
  md.set('authorization', `Bearer ${token}`);
  const stream = (
    client.Subscribe as (r: unknown, m: Metadata) => NodeJS.ReadableStream & NodeJS.EventEmitter
  )({ selector: { filter } }, md);
  stream.on('metadata', () => console.log('subscribed'));
  stream.on('data', (d: unknown) => (bytes += JSON.stringify(d).length));
  stream.on('error', (err: { code: number; details: string }) =>
    done({ code: err.code, details: err.details }),
  );
  stream.on('end', () => done({ ended: true }));
} else {
  console.error('usage: slow-client sse|grpc <address> <token> <filter>');
  process.exit(2);
}
