// bench/recorder: the store on this machine's disk.
//  1. ingest: events/s through RecorderStore.append (block building, compression, Bloom
//     filters, one synchronous LevelDB batch per 16,384 events), one core;
//  2. bytes per stored event (blocks, and the store's files on disk);
//  3. latency of one process's history (filter proc.uid = X) among all stored events: p50/p99
//     over random processes.
// The events are a build-server-like mix generated here: 50,000 processes living for a while,
// each with an exec, file opens, a connect now and then, and an exit.
//
// Usage: node bench/recorder/dist/run.js [--events N] [--queries Q] [--dir DIR]
// (--dir keeps the store; run again on it, only the queries run.)
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { RecorderStore, prepareQuery, runQuery } from '@vigil/flight-recorder';
import type { vigil } from '@vigil/schema';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '10000000' },
    queries: { type: 'string', default: '200' },
    dir: { type: 'string', default: '' },
  },
});
const TOTAL = Number(values.events);
const BATCH = 16_384;
const PROCESSES = 50_000;
const LIVE = 200;

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] as number;
}

/** Event n: one of LIVE processes alive at a time, each living for about 400 events. */
function event(n: number, t0: number): vigil.v1.IEvent {
  const slot = n % LIVE;
  const generation = Math.floor(n / (LIVE * 400));
  const p = (generation * LIVE + slot) % PROCESSES;
  const pid = 10_000 + p;
  const process: vigil.v1.IProcess = {
    pid,
    ppid: 1000 + (p % 50),
    processUid: `build-7:${pid}:${generation}`,
    comm: ['cc1', 'as', 'ld', 'make', 'node', 'python3'][p % 6],
    exe: `/usr/bin/${['cc1', 'as', 'ld', 'make', 'node', 'python3'][p % 6] as string}`,
    argv: ['cc1', '-quiet', `src/module${p % 700}.c`, '-O2', '-o', `/tmp/cc${p}.s`],
    uid: 1000,
    user: 'ci',
    cwd: `/home/ci/work/project${p % 7}`,
  };
  const base = {
    id: `B${String(n).padStart(10, '0')}`,
    host: 'build-7',
    timeNs: (t0 + n / 100) * 1e6,
    seq: n,
    process,
  };
  const k = n % 40;
  if (k === 0)
    return { ...base, processExec: { filename: process.exe ?? '', argv: process.argv ?? [] } };
  if (k === 39) return { ...base, processExit: { code: 0 } };
  if (k === 20)
    return {
      ...base,
      netConnect: {
        family: 1,
        protocol: 1,
        remote: { address: `10.0.${p % 200}.${p % 250}`, port: 443 },
        result: 0,
      },
    };
  return {
    ...base,
    fileOpen: {
      path: `/usr/include/${['stdio', 'stdlib', 'string', 'sys/types', 'unistd'][n % 5] as string}.h`,
      flags: 0,
      result: 3 + (n % 20),
    },
  };
}

async function main(): Promise<void> {
  const dir = values.dir || mkdtempSync(join(tmpdir(), 'vigil-bench-recorder-'));
  const store = await RecorderStore.open(dir);
  const t0 = Date.now() - TOTAL / 100;
  console.log(
    `machine: ${cpus().length} x ${cpus()[0]?.model ?? '?'}, node ${process.version}; store in ${dir}`,
  );
  try {
    const rates: number[] = [];
    const start = process.hrtime.bigint();
    // A kept store (--dir) that already holds the events is only queried.
    const skip = store.stats().events >= TOTAL;
    for (let n = 0; n < (skip ? 0 : TOTAL); n += BATCH) {
      const events: vigil.v1.IEvent[] = [];
      for (let i = n; i < Math.min(TOTAL, n + BATCH); i++) events.push(event(i, t0));
      const a = process.hrtime.bigint();
      await store.append(events, { stream: 'bench', seq: n / BATCH + 1 });
      rates.push(events.length / (Number(process.hrtime.bigint() - a) / 1e9));
    }
    const wall = Number(process.hrtime.bigint() - start) / 1e9;
    const stats = store.stats();
    if (!skip)
      console.log(
        `1. ingest: ${TOTAL.toLocaleString('en')} events, append median ${Math.round(quantile(rates, 0.5)).toLocaleString('en')} events/s ` +
          `(p10 ${Math.round(quantile(rates, 0.1)).toLocaleString('en')}); whole run incl. generating the events ${Math.round(TOTAL / wall).toLocaleString('en')} events/s`,
      );
    const disk = store.diskBytes();
    console.log(
      `2. size: ${stats.blocks} blocks, ${(stats.bytes / stats.events).toFixed(1)} bytes/event in blocks, ` +
        `${(disk / stats.events).toFixed(1)} bytes/event on disk (${(disk / 1024 ** 2).toFixed(1)} MiB)`,
    );
    const latencies: number[] = [];
    let found = 0;
    // Five queries first, not measured: the JIT's first compilations of the query path.
    for (let q = -5; q < Number(values.queries); q++) {
      const n = Math.floor(Math.random() * TOTAL);
      const uid = (event(n, t0).process as vigil.v1.IProcess).processUid as string;
      const a = process.hrtime.bigint();
      let count = 0;
      for await (const e of runQuery(store, prepareQuery({ filter: `proc.uid = "${uid}"` }))) {
        void e;
        count++;
      }
      if (q < 0) continue;
      latencies.push(Number(process.hrtime.bigint() - a) / 1e6);
      found += count;
    }
    console.log(
      `3. one process's history among ${stats.events.toLocaleString('en')} events: p50 ${quantile(latencies, 0.5).toFixed(1)} ms, ` +
        `p99 ${quantile(latencies, 0.99).toFixed(1)} ms, max ${Math.max(...latencies).toFixed(1)} ms (${values.queries} queries, ${(found / Number(values.queries)).toFixed(0)} events each)`,
    );
  } finally {
    await store.close();
    if (!values.dir) rmSync(dir, { recursive: true, force: true });
  }
}

await main();
