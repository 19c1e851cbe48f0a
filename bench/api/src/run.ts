// bench/api, as root on the real kernel, through a real `vigil up` (nats-server, sensor,
// detector, recorder, API) in a scratch data directory:
//  1. live delivery: a workload opens files at a steady rate (10,000 a second by default); a
//     Server-Sent Events client and a gRPC client subscribed to those opens measure, for each
//     event, the time from the kernel's timestamp to its arrival. Baseline in the same run: a
//     plain NATS subscriber of the telemetry subjects (the backplane without the API).
//  2. query latency: the same queries through REST and gRPC, interleaved; baseline: the
//     recorder asked directly over NATS (askRecorder), without the API.
//
// Usage: node bench/api/dist/run.js [--rate N] [--seconds S] [--runs R] [--queries Q]
//   [--sensor-budget CORES]
import { spawn } from 'node:child_process';
import { get as httpGet, type IncomingMessage } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Metadata } from '@grpc/grpc-js';
import { vigilClient } from '@vigil/api';
import {
  SUBJECT_WILDCARDS,
  TELEMETRY_STREAM,
  WireFields,
  SUBJECT_ROOT,
  type ServiceIdentity,
  connectBackplane,
  decodeBatch,
} from '@vigil/backplane';
import { askRecorder } from '@vigil/flight-recorder';
import { v1, type vigil } from '@vigil/schema';
import { childPids, processCpuSeconds } from '@vigil/sensor';

const { values } = parseArgs({
  options: {
    rate: { type: 'string', default: '10000' },
    seconds: { type: 'string', default: '10' },
    'warmup-seconds': { type: 'string', default: '2' },
    runs: { type: 'string', default: '3' },
    queries: { type: 'string', default: '200' },
    'sensor-budget': { type: 'string', default: '1' },
    // The subscribers measured, each in a window of its own (comma-separated).
    faces: { type: 'string', default: 'nats,sse,grpc' },
  },
});
const RATE = Number(values.rate);
const SECONDS = Number(values.seconds);
/**
 * Seconds the workload runs before latencies count: the first second of a run includes the
 * start of a new process (the sensor's first look at it, its executable hashed) and of the
 * subscription. Shown per second with BENCH_PER_SECOND=1.
 */
const WARMUP = Number(values['warmup-seconds']);
const RUNS = Number(values.runs);
const QUERIES = Number(values.queries);

if (process.getuid?.() !== 0) {
  console.error('bench/api needs root: the sensor reads the kernel (tracefs, eBPF)');
  process.exit(2);
}

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const vigilBin = join(repo, 'bin', 'vigil');
const workDir = mkdtempSync(join(tmpdir(), 'vigil-bench-api-'));
const dataDir = join(workDir, 'data');
const filesDir = join(workDir, 'files');
mkdirSync(filesDir);
const configFile = join(workDir, 'vigil.yaml');
writeFileSync(
  configFile,
  [
    `dataDir: ${dataDir}`,
    `log: { level: ${process.env.BENCH_LOG ?? 'warn'} }`,
    'nats: { port: 0 }',
    `sensor: { cpuBudgetCores: ${Number(values['sensor-budget'])} }`,
    'api: { port: 0, grpcPort: 0 }',
    '',
  ].join('\n'),
);

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}
/** CPU seconds of a process and its descendants, by role (the CLI verb, or the command). */
function cpuOfTree(root: number): Map<string, number> {
  const out = new Map<string, number>();
  const visit = (pid: number): void => {
    let cmd: string[];
    try {
      cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    } catch {
      return;
    }
    const main = cmd.findIndex((a) => a.endsWith('main.js'));
    const role =
      main >= 0
        ? cmd[main + 1] === 'up'
          ? 'up (API)'
          : (cmd[main + 1] ?? '?')
        : (cmd[0]?.split('/').pop() ?? '?');
    out.set(role, (out.get(role) ?? 0) + processCpuSeconds(pid));
    for (const c of childPids(pid)) visit(c);
  };
  visit(root);
  return out;
}
/**
 * SubscribeResponse: event (1) -> time_ns (4); events (3) -> EventBatch events (1) -> time_ns
 * (4); lost (2) -> count (1).
 */
const responseFields = new WireFields();
const batchFields = new WireFields();
const itemFields = new WireFields();
function readLiveResponse(b: Buffer): { timesNs: number[]; lost?: number } {
  const out: { timesNs: number[]; lost?: number } = { timesNs: [] };
  const timeOf = (start: number, stop: number) => {
    const item = itemFields.at(b, start, stop);
    while (item.next()) if (item.field === 4 && item.wire === 0) out.timesNs.push(item.value);
  };
  const r = responseFields.at(b);
  while (r.next()) {
    if (r.wire !== 2) continue;
    if (r.field === 1) timeOf(r.start, r.stop);
    if (r.field === 3) {
      const batch = batchFields.at(b, r.start, r.stop);
      while (batch.next())
        if (batch.field === 1 && batch.wire === 2) timeOf(batch.start, batch.stop);
    }
    if (r.field === 2) {
      const item = itemFields.at(b, r.start, r.stop);
      while (item.next()) if (item.field === 1 && item.wire === 0) out.lost = item.value;
    }
  }
  return out;
}
function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : (s[Math.floor((s.length - 1) / 2)] as number);
}
const fmt = (ms: number) => ms.toFixed(1);

// ---- vigil up ----
const up = spawn(vigilBin, ['up', '--config', configFile], { stdio: ['ignore', 'pipe', 'pipe'] });
let upOut = '';
let upErr = '';
up.stdout.setEncoding('utf8').on('data', (d: string) => (upOut += d));
up.stderr.setEncoding('utf8').on('data', (d: string) => {
  upErr = (upErr + d).slice(-20_000);
  if (process.env.BENCH_LOG) process.stderr.write(d);
});
const cleanUp = async () => {
  if (up.exitCode === null) {
    up.kill('SIGTERM');
    await new Promise((r) => up.once('exit', r));
  }
  rmSync(workDir, { recursive: true, force: true });
};
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => void cleanUp().then(() => process.exit(130)));

try {
  const deadline = Date.now() + 60_000;
  while (!upOut.includes('vigil is up')) {
    if (Date.now() > deadline || up.exitCode !== null) throw new Error(`vigil up: ${upErr}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const endpoints = (
    JSON.parse(readFileSync(join(dataDir, 'endpoints.json'), 'utf8')) as {
      endpoints: Record<string, string>;
    }
  ).endpoints;
  const rest = endpoints['api.rest'] as string;
  const grpcAddress = endpoints['api.grpc'] as string;
  const token = readFileSync(join(dataDir, 'admin.token'), 'utf8').trim();
  const identities = JSON.parse(
    readFileSync(join(dataDir, 'nats', 'identities.json'), 'utf8'),
  ) as ServiceIdentity[];
  const platform = identities.find((i) => i.role === 'platform');
  const bp = await connectBackplane({
    servers: endpoints.nats as string,
    name: 'bench-api',
    ...(platform ? { identity: platform } : {}),
  });
  const host = identities.find((i) => i.role === 'sensor')?.host ?? '';
  const md = new Metadata();
  md.set('authorization', `Bearer ${token}`);
  console.log(
    `machine: ${cpus().length} x ${cpus()[0]?.model}, ${Math.round(totalmem() / 1024 ** 3)} GiB; node ${process.version}; host ${host}`,
  );

  const progress = (what: string) => console.error(`[${new Date().toISOString()}] ${what}`);
  progress(`vigil up: ${Object.keys(endpoints).join(', ')}`);
  // ---- 1. live delivery ----
  const filter = `fd.name startswith ${filesDir}/`;
  const files = Array.from({ length: 100 }, (_, i) => join(filesDir, `f${i}`));
  for (const f of files) writeFileSync(f, '');
  type Face = 'nats' | 'sse' | 'grpc';
  const faces = values.faces.split(',').filter(Boolean) as Face[];
  for (const f of faces)
    if (!['nats', 'sse', 'grpc'].includes(f)) throw new Error(`--faces: unknown face '${f}'`);
  const live: Record<Face, number[][]> = { sse: [], grpc: [], nats: [] };
  const counts: Array<Record<string, number | string>> = [];
  const cpuByRole = new Map<string, number[]>();
  let windowStart = 0;
  let perSecond: number[][] = [];
  /** An event's latency, recorded by second of the run; undefined during the warm-up. */
  const latency = (timeNs: string | number): number | undefined => {
    const at = Number(BigInt(timeNs) / 1_000_000n);
    const ms = Date.now() - at;
    const s = Math.floor((at - windowStart) / 1000);
    if (s >= 0) (perSecond[s] ??= []).push(ms);
    return s >= WARMUP ? ms : undefined;
  };
  const record = (into: number[], ms: number | undefined) => {
    if (ms !== undefined) into.push(ms);
  };
  const isOurs = (path: unknown) => typeof path === 'string' && path.startsWith(`${filesDir}/`);

  /** One window: the workload runs while only `face` is subscribed. */
  const liveRun = async (face: Face, label: string) => {
    const got: number[] = [];
    // Latency by second of the run, to tell a start-up transient from a steady tail.
    const bySecond: number[][] = [];
    const lostAt: string[] = [];
    let lost = 0;
    // What the client read (SSE, gRPC), for the size of an event on the wire.
    let bytesRead = 0;
    let eventsRead = 0;
    let stop: () => Promise<void>;
    if (face === 'sse') {
      // node:http rather than fetch: a web stream's per-chunk promises cost the client more
      // than the parsing below (the client shares the machine's two cores with everything).
      const req = httpGet(`${rest}/v1/subscribe?filter=${encodeURIComponent(filter)}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      const res = await new Promise<IncomingMessage>((resolve, reject) => {
        req.once('response', resolve);
        req.once('error', reject);
      });
      res.setEncoding('utf8');
      let buffer = '';
      const done = new Promise<void>((resolve) => {
        res.once('close', () => resolve());
        res.once('error', () => resolve());
      });
      res.on('data', (text: string) => {
        buffer += text;
        bytesRead += text.length;
        {
          // The client reads only what it measures: the event's time, found in the text. A
          // full JSON.parse of every event costs this machine's shared cores as much as the
          // API's own work, and a client that falls behind is what the API sheds for.
          let from = 0;
          let end: number;
          while ((end = buffer.indexOf('\n\n', from)) >= 0) {
            if (buffer.startsWith('event: event\n', from)) {
              eventsRead++;
              const at = buffer.indexOf('"timeNs":"', from) + 10;
              record(got, latency(buffer.slice(at, buffer.indexOf('"', at))));
            } else if (buffer.startsWith('event: lost\n', from)) {
              const data = buffer.slice(buffer.indexOf('data: ', from) + 6, end);
              const count = Number((JSON.parse(data) as { count: number }).count);
              lost += count;
              lostAt.push(
                `${((Date.now() - windowStart) / 1000).toFixed(1)}s:${count}:${(JSON.parse(data) as { stage: string }).stage}`,
              );
            }
            from = end + 2;
          }
          buffer = buffer.slice(from);
        }
      });
      stop = async () => {
        req.destroy();
        await done;
      };
    } else if (face === 'grpc') {
      // Like the SSE client, this one reads only what it measures: each response's event time
      // (or a Lost report's count) straight from the protobuf bytes, where the generated
      // client would build every event as objects on the machine's shared cores.
      const client = vigilClient('Telemetry', grpcAddress);
      const stream = client.makeServerStreamRequest(
        '/vigil.v1.Telemetry/Subscribe',
        (r: vigil.v1.ISubscribeRequest) => Buffer.from(v1.SubscribeRequest.encode(r).finish()),
        (b: Buffer) => {
          bytesRead += b.length;
          return readLiveResponse(b);
        },
        { selector: { filter } },
        md,
      );
      stream.on('data', (d: { timesNs: number[]; lost?: number }) => {
        eventsRead += d.timesNs.length;
        for (const t of d.timesNs) record(got, latency(t));
        if (d.lost !== undefined) lost += d.lost;
      });
      stream.on('error', () => undefined);
      await new Promise<void>((resolve) => stream.once('metadata', () => resolve()));
      stop = () => {
        // close() alone lets calls in progress go on: the stream would outlive its window and
        // load the next one.
        stream.cancel();
        client.close();
        return Promise.resolve();
      };
    } else {
      // Baseline: the backplane alone.
      const sub = bp.nc.subscribe(SUBJECT_WILDCARDS.telemetry, {
        callback: (err, msg) => {
          if (err) return;
          for (const e of decodeBatch(msg.data)) {
            if (isOurs(e.fileOpen?.path)) record(got, latency(String(e.timeNs)));
          }
        },
      });
      stop = () => {
        sub.unsubscribe();
        return Promise.resolve();
      };
    }
    // What the sensor itself could not deliver in this window (its Lost telemetry), so that the
    // counts below add up: opens = delivered + lost by the API + lost upstream (+ warm-up).
    let lostUpstream = 0;
    const upstreamStages = new Map<string, number>();
    const lostSub = bp.nc.subscribe(`${SUBJECT_ROOT}.tel.*.lost`, {
      callback: (err, msg) => {
        if (err) return;
        for (const e of decodeBatch(msg.data)) {
          const kinds = e.lost?.kinds ?? [];
          let n = 0;
          // Losses before a kind is known (a kernel buffer overrun) count as opens here.
          if (kinds.length === 0) n += Number(e.lost?.count ?? 0);
          for (const k of kinds)
            if (k.kind === 'fileOpen' || k.kind === 'file_open') n += Number(k.count);
          lostUpstream += n;
          const stage = `${e.lost?.stage ?? '?'}/${v1.LossReason[e.lost?.reason ?? 0] ?? '?'}`;
          if (n > 0) upstreamStages.set(stage, (upstreamStages.get(stage) ?? 0) + n);
        }
      },
    });
    progress(`${label}: ${face} subscribed; workload starts`);
    perSecond = bySecond;
    windowStart = Date.now();
    const cpu0 = cpuOfTree(up.pid as number);
    const self0 = process.cpuUsage();
    // The workload: RATE opens a second in ticks of 10 ms, for SECONDS, in its own process.
    const opens = RATE * (WARMUP + SECONDS);
    const workload = spawn(
      process.execPath,
      [
        fileURLToPath(new URL('workload.js', import.meta.url)),
        filesDir,
        String(files.length),
        String(RATE),
        String(opens),
      ],
      { stdio: 'inherit' },
    );
    const wl0 = Date.now();
    await new Promise((r) => workload.once('exit', r));
    const wall = (Date.now() - wl0) / 1000;
    const cpu1 = cpuOfTree(up.pid as number);
    const self = process.cpuUsage(self0);
    const cpu = new Map<string, number>();
    for (const [role, s] of cpu1) cpu.set(role, (s - (cpu0.get(role) ?? 0)) / wall);
    cpu.set('bench client', (self.user + self.system) / 1e6 / wall);
    for (const [role, c] of cpu) {
      const list = cpuByRole.get(role) ?? [];
      list.push(c);
      cpuByRole.set(role, list);
    }
    // Let the last ones arrive.
    await new Promise((r) => setTimeout(r, 2_000));
    await stop();
    lostSub.unsubscribe();
    if (process.env.BENCH_PER_SECOND) {
      const names: string[] = [];
      for await (const c of bp.jsm.consumers.list(TELEMETRY_STREAM)) names.push(c.name);
      console.log(`  consumers of ${TELEMETRY_STREAM} after the window: ${names.join(', ')}`);
    }
    const sorted = got.sort((a, b) => a - b);
    live[face].push([percentile(sorted, 50), percentile(sorted, 99), sorted.length]);
    counts.push({ face, opens, delivered: sorted.length, lost, lostUpstream });
    if (process.env.BENCH_PER_SECOND)
      console.log(
        `  per second (p50/p99 ms): ${bySecond
          .map((xs) => {
            const s = xs.sort((a, b) => a - b);
            return `${percentile(s, 50)}/${percentile(s, 99)}`;
          })
          .join(' ')}${lostAt.length ? `; lost reports at ${lostAt.join(' ')}` : ''}`,
      );
    console.log(
      `live ${label}, ${face} alone: ${opens} opens (${WARMUP} s warm-up, ${SECONDS} s measured); p50 ${fmt(percentile(sorted, 50))} p99 ${fmt(percentile(sorted, 99))} ms (${sorted.length} delivered in the measured seconds, ${lost} reported lost in the run by the API, ${lostUpstream} by the sensor${upstreamStages.size ? ` (${[...upstreamStages].map(([k, v]) => `${k} ${v}`).join(', ')})` : ''}${eventsRead ? `, ${Math.round(bytesRead / eventsRead)} bytes an event` : ''}); cores: ${[
        ...cpu,
      ]
        .map(([r, c]) => `${r} ${c.toFixed(2)}`)
        .join(', ')}`,
    );
  };
  for (let run = 0; run < RUNS; run++) {
    for (const face of faces) await liveRun(face, `run ${run + 1}`);
  }

  // ---- 2. query latency ----
  progress('queries');
  const queries = [
    { name: 'workload files, 100', selector: { filter }, limit: 100 },
    {
      name: 'opens, 1000',
      selector: { filter: 'evt.type = open' },
      limit: 1000,
    },
    { name: 'anything, 1000', selector: {}, limit: 1000 },
  ];
  const times: Record<string, Record<'rest' | 'grpc' | 'direct', number[]>> = {};
  for (const q of queries) times[q.name] = { rest: [], grpc: [], direct: [] };
  const client = vigilClient('Telemetry', grpcAddress);
  const grpcQuery = (request: unknown) =>
    new Promise<number>((resolve, reject) => {
      let n = 0;
      const s = (client.Query as (r: unknown, m: Metadata) => NodeJS.EventEmitter)(request, md);
      s.on('data', (d: { events?: unknown[] }) => (n += d.events?.length ?? 0));
      s.on('end', () => resolve(n));
      s.on('error', reject);
    });
  for (let i = 0; i < QUERIES; i++) {
    for (const q of queries) {
      const body = { selector: q.selector, limit: q.limit };
      let t0 = performance.now();
      const r = await fetch(`${rest}/v1/query`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      const restEvents = ((await r.json()) as { events: unknown[] }).events.length;
      times[q.name]?.rest.push(performance.now() - t0);
      t0 = performance.now();
      const grpcEvents = await grpcQuery({ selector: q.selector, limit: String(q.limit) });
      times[q.name]?.grpc.push(performance.now() - t0);
      t0 = performance.now();
      let directEvents = 0;
      for await (const chunk of askRecorder(
        bp,
        host,
        {
          op: 'query',
          limit: q.limit,
          ...(q.selector.filter ? { filter: q.selector.filter } : {}),
        },
        10_000,
      )) {
        directEvents += chunk.events?.length ?? 0;
      }
      times[q.name]?.direct.push(performance.now() - t0);
      if (i === 0)
        console.log(
          `query "${q.name}": rest ${restEvents}, grpc ${grpcEvents}, direct ${directEvents} events`,
        );
    }
  }
  client.close();

  console.log(
    `\nlive delivery at ${RATE} opens/s, ${SECONDS} s measured after ${WARMUP} s of warm-up, each face alone, x ${RUNS} runs (medians of per-run figures)`,
  );
  for (const face of faces) {
    const runs = live[face];
    console.log(
      `  ${face === 'nats' ? 'baseline (NATS subscriber)' : face.toUpperCase().padEnd(26)}: p50 ${fmt(median(runs.map((r) => r[0] as number)))} ms, p99 ${fmt(median(runs.map((r) => r[1] as number)))} ms`,
    );
  }
  console.log(
    `  cores used during the workload (medians): ${[...cpuByRole]
      .map(([r, c]) => `${r} ${median(c).toFixed(2)}`)
      .join(', ')}`,
  );
  console.log(`  counts per run: ${JSON.stringify(counts)}`);
  console.log(`\nquery latency, ${QUERIES} of each, interleaved (ms)`);
  for (const q of queries) {
    const t = times[q.name] as Record<'rest' | 'grpc' | 'direct', number[]>;
    const show = (xs: number[]) => {
      const s = [...xs].sort((a, b) => a - b);
      return `p50 ${fmt(percentile(s, 50))} p99 ${fmt(percentile(s, 99))}`;
    };
    console.log(
      `  ${q.name.padEnd(22)} REST ${show(t.rest)} | gRPC ${show(t.grpc)} | baseline (recorder direct) ${show(t.direct)}`,
    );
  }
  await bp.close();
} finally {
  await cleanUp();
}
