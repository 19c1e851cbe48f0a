// bench/backplane: events through the batching publisher into JetStream and out through an
// acknowledging consumer, on a real nats-server. Prints events/s and CPU per event (this process,
// which publishes and consumes, and nats-server), the median of several runs, beside a baseline
// measured in the same run: one event per message with nats.js's js.publish. The batched run
// consumes in a child process, as the detector and the recorder do in production.
//
// Usage: node bench/backplane/dist/run.js [--events N] [--runs R] [--baseline-events N]
//        [--compression zstd|none]
import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import {
  BatchConsumer,
  BatchPublisher,
  TELEMETRY_STREAM,
  connectBackplane,
  ensureConsumer,
  ensureStreams,
  telemetrySubject,
} from '@vigil/backplane';
import type { Backplane } from '@vigil/backplane';
import { startTestServer } from '@vigil/backplane/testkit';
import { processCpuSeconds } from '@vigil/sensor';
import { Event } from '@vigil/schema';
import type { vigil } from '@vigil/schema';
import Long from 'long';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '1000000' },
    runs: { type: 'string', default: '5' },
    'baseline-events': { type: 'string', default: '50000' },
    compression: { type: 'string', default: 'zstd' },
    role: { type: 'string', default: 'bench' },
    url: { type: 'string' },
    durable: { type: 'string' },
  },
});
const EVENTS = Number(values.events);
const RUNS = Number(values.runs);
const BASELINE_EVENTS = Number(values['baseline-events']);
const COMPRESSION = values.compression === 'none' ? 'none' : 'zstd';

/** A realistic event: an exec with argv, cwd, credentials and ancestors (about 320 bytes). */
function buildEvent(n: number): vigil.v1.IEvent {
  const pid = 10_000 + (n % 5_000);
  return {
    id: `01JD${n.toString(36).padStart(22, '0')}`,
    sensorId: 'bench-sensor',
    host: 'bench-host',
    timeNs: Long.fromString(String(1_763_800_000_000_000_000n + BigInt(n) * 1_000n), true),
    monoNs: n * 1_000,
    seq: n,
    process: {
      pid,
      tid: pid,
      ppid: 1_000,
      processUid: `bench-host:${pid}:${n}`,
      exe: '/usr/bin/gcc',
      comm: 'gcc',
      argv: ['gcc', '-O2', '-c', `src/file-${n % 997}.c`, '-o', `build/file-${n % 997}.o`],
      cwd: '/home/build/project',
      uid: 1000,
      gid: 1000,
      euid: 1000,
      egid: 1000,
      user: 'build',
      group: 'build',
      startTimeNs: 123_456_789 + n,
      ancestors: [{ pid: 1_000, exe: '/usr/bin/make', comm: 'make', argv: ['make', '-j2'] }],
    },
    processExec: { filename: '/usr/bin/gcc', argv: ['gcc', '-O2', '-c', `src/file-${n % 997}.c`] },
  };
}

// The events are built once, and each publish re-stamps one with its sequence number: the
// figures are the backplane's (encode, batch, publish, store, deliver, decode, acknowledge), not
// the cost of making up JavaScript objects, which a sensor pays in its own way.
const POOL = Array.from({ length: 4096 }, (_, i) => buildEvent(i));
function makeEvent(n: number): vigil.v1.IEvent {
  const ev = POOL[n & 4095] as vigil.v1.IEvent;
  ev.seq = n;
  return ev;
}

interface RunResult {
  eventsPerSecond: number;
  /** CPU of the publishing process (the baseline consumes there too). */
  cpuUsPerEventBench: number;
  /** CPU of the consuming process. */
  cpuUsPerEventConsumer: number;
  cpuUsPerEventNats: number;
  batches: number;
  bytesPerEvent: number;
}

/** Runs the consumer side in a child process, as the detector and recorder are in production. */
function startConsumerProcess(
  url: string,
  durable: string,
  n: number,
): Promise<{ child: ChildProcess; done: Promise<number> }> {
  const child = fork(
    fileURLToPath(import.meta.url),
    ['--role', 'consumer', '--url', url, '--durable', durable, '--events', String(n)],
    {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    },
  );
  return new Promise((resolve, reject) => {
    let resolveDone: (cpuSeconds: number) => void = () => {};
    const done = new Promise<number>((r) => (resolveDone = r));
    child.on('message', (m: { ready?: boolean; cpuSeconds?: number }) => {
      if (m.ready) resolve({ child, done });
      if (m.cpuSeconds !== undefined) resolveDone(m.cpuSeconds);
    });
    child.once('exit', (code) => reject(new Error(`consumer process exited with ${code}`)));
  });
}

/** The consumer role: counts decoded events, acknowledges, reports its CPU time when done. */
async function consumerRole(url: string, durable: string, n: number): Promise<void> {
  const bp = await connectBackplane({ servers: url, name: `bench-consumer-${durable}` });
  let received = 0;
  let cpu0: NodeJS.CpuUsage | undefined;
  let finish: () => void = () => {};
  const finished = new Promise<void>((r) => (finish = r));
  const consumer = new BatchConsumer(bp.js, {
    stream: TELEMETRY_STREAM,
    durable,
    handler: (batch) => {
      cpu0 ??= process.cpuUsage();
      received += batch.events.length;
      if (received >= n) finish();
      return Promise.resolve();
    },
  });
  await consumer.start();
  process.send?.({ ready: true });
  await finished;
  const cpu = process.cpuUsage(cpu0);
  await consumer.stop();
  process.send?.({ cpuSeconds: (cpu.user + cpu.system) / 1e6 });
  await bp.close();
  process.disconnect?.();
}

async function batchedRun(
  bp: Backplane,
  url: string,
  natsPid: number,
  durable: string,
  n: number,
): Promise<RunResult> {
  await ensureConsumer(bp.jsm, { stream: TELEMETRY_STREAM, durable, deliverNewOnly: true });
  const consumer = await startConsumerProcess(url, durable, n);
  const pub = new BatchPublisher(bp.js, { compression: COMPRESSION });
  const subject = telemetrySubject('bench-host', 'process');
  const cpu0 = process.cpuUsage();
  const nats0 = processCpuSeconds(natsPid);
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) {
    while (!pub.publish(subject, makeEvent(i))) await pub.ready();
  }
  await pub.flush();
  const cpu = process.cpuUsage(cpu0);
  const consumerCpu = await consumer.done;
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const natsCpu = processCpuSeconds(natsPid) - nats0;
  const stats = pub.stats();
  await new Promise((r) => consumer.child.once('exit', r));
  await pub.close();
  await bp.jsm.consumers.delete(TELEMETRY_STREAM, durable);
  await bp.jsm.streams.purge(TELEMETRY_STREAM);
  return {
    eventsPerSecond: n / seconds,
    cpuUsPerEventBench: (cpu.user + cpu.system) / n,
    cpuUsPerEventConsumer: (consumerCpu * 1e6) / n,
    cpuUsPerEventNats: (natsCpu * 1e6) / n,
    batches: stats.batchesAcked,
    bytesPerEvent: stats.bytesAcked / n,
  };
}

/** The baseline: one event per JetStream message, js.publish for each, a window of 256. */
async function baselineRun(
  bp: Backplane,
  natsPid: number,
  durable: string,
  n: number,
): Promise<RunResult> {
  await ensureConsumer(bp.jsm, {
    stream: TELEMETRY_STREAM,
    durable,
    deliverNewOnly: true,
    maxAckPending: 10_000,
  });
  let received = 0;
  let done: () => void = () => {};
  const finished = new Promise<void>((r) => (done = r));
  const consumer = await bp.js.consumers.get(TELEMETRY_STREAM, durable);
  const messages = await consumer.consume({ max_messages: 1_000 });
  const loop = (async () => {
    for await (const m of messages) {
      Event.decode(m.data);
      m.ack();
      if (++received >= n) done();
    }
  })();
  const subject = telemetrySubject('bench-host', 'process');
  const cpu0 = process.cpuUsage();
  const nats0 = processCpuSeconds(natsPid);
  const t0 = process.hrtime.bigint();
  const inflight = new Set<Promise<unknown>>();
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const data = Event.encode(makeEvent(i)).finish();
    bytes += data.length;
    const p = bp.js.publish(subject, data).finally(() => inflight.delete(p));
    inflight.add(p);
    if (inflight.size >= 256) await Promise.race(inflight);
  }
  await Promise.all(inflight);
  await finished;
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  const natsCpu = processCpuSeconds(natsPid) - nats0;
  messages.stop();
  await loop;
  await bp.jsm.consumers.delete(TELEMETRY_STREAM, durable);
  await bp.jsm.streams.purge(TELEMETRY_STREAM);
  return {
    eventsPerSecond: n / seconds,
    cpuUsPerEventBench: (cpu.user + cpu.system) / n,
    cpuUsPerEventConsumer: 0,
    cpuUsPerEventNats: (natsCpu * 1e6) / n,
    batches: n,
    bytesPerEvent: bytes / n,
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

function summarize(name: string, n: number, results: RunResult[]): string {
  const eps = results.map((r) => r.eventsPerSecond);
  return [
    `${name}: ${n} events x ${results.length} runs`,
    `  events/s median ${Math.round(median(eps))} (min ${Math.round(Math.min(...eps))}, max ${Math.round(Math.max(...eps))})`,
    `  CPU us/event median: publisher ${median(results.map((r) => r.cpuUsPerEventBench)).toFixed(2)}, ` +
      `consumer ${median(results.map((r) => r.cpuUsPerEventConsumer)).toFixed(2)}, ` +
      `nats-server ${median(results.map((r) => r.cpuUsPerEventNats)).toFixed(2)}, ` +
      `total ${median(results.map((r) => r.cpuUsPerEventBench + r.cpuUsPerEventConsumer + r.cpuUsPerEventNats)).toFixed(2)}`,
    `  messages per run ${results[0]?.batches}, bytes/event ${median(results.map((r) => r.bytesPerEvent)).toFixed(0)}`,
  ].join('\n');
}

async function main(): Promise<void> {
  const srv = await startTestServer();
  const natsPid = srv.server.pid as number;
  const bp = await connectBackplane({ servers: srv.url, name: 'bench' });
  try {
    await ensureStreams(bp.jsm, {
      telemetryMaxBytes: 8 * 1024 ** 3,
      telemetryMaxAgeSeconds: 3600,
      alertsMaxBytes: 64 * 1024 ** 2,
      alertsMaxAgeSeconds: 3600,
    });
    const natsVersion = bp.nc.info?.version ?? '?';
    console.log(
      `machine: ${cpus().length} x ${cpus()[0]?.model ?? '?'}, ${Math.round(totalmem() / 1024 ** 3)} GiB; ` +
        `node ${process.version}; nats-server ${natsVersion}`,
    );
    const baseline: RunResult[] = [];
    const batched: RunResult[] = [];
    // Interleave the two so that machine noise falls on both alike.
    for (let r = 0; r < RUNS; r++) {
      baseline.push(await baselineRun(bp, natsPid, `baseline${r}`, BASELINE_EVENTS));
      batched.push(await batchedRun(bp, srv.url, natsPid, `batched${r}`, EVENTS));
      console.log(
        `run ${r + 1}: batched ${Math.round(batched[r]?.eventsPerSecond ?? 0)} events/s, ` +
          `baseline ${Math.round(baseline[r]?.eventsPerSecond ?? 0)} events/s`,
      );
    }
    console.log(
      summarize('baseline (js.publish, one event per message)', BASELINE_EVENTS, baseline),
    );
    console.log(
      summarize(`batched (BatchPublisher -> BatchConsumer, ${COMPRESSION})`, EVENTS, batched),
    );
    console.log(
      `speed-up (medians): x${(median(batched.map((r) => r.eventsPerSecond)) / median(baseline.map((r) => r.eventsPerSecond))).toFixed(1)}`,
    );
  } finally {
    await bp.close();
    await srv.stop();
  }
}

if (values.role === 'consumer') {
  await consumerRole(values.url ?? '', values.durable ?? '', EVENTS);
} else {
  await main();
}
