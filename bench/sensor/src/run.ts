// bench/sensor, as root on the real kernel:
//  1. trace_pipe_raw decode rate: pages captured from a private tracefs instance during a
//     workload, then decoded again and again on one core (page walk + the fields the collector
//     reads), records per second;
//  2. sensor to backplane: a Sensor (tracefs + ebpf) publishing to a real nats-server while a
//     workload runs: events/s delivered and the sensor's CPU per event;
//  3. slowdown: a syscall-heavy workload (short execs and opens) timed with the sensor off and
//     on, alternating, in the same run; medians. Beside it, a control: the workload next to a
//     process that only burns the CPU share that the sensor, its bpftrace and the nats-server
//     storing what it published used in that run, with no probes and no reads of /proc. What the
//     sensor costs beyond the control is what its tracing and enrichment cost; what the control
//     costs, any process using that much CPU on this machine would.
//
// Usage: node bench/sensor/dist/run.js [--runs R] [--iterations N] [--budget CORES] [--settle-ms MS]
//   [--collectors tracefs,ebpf]
// (--budget is the sensor's CPU budget; 2 by default, so that it sheds nothing and the full cost
// of every event is measured. Each run starts a sensor, shows it 100 iterations of the workload
// and waits --settle-ms before measuring: the steady state, not the start. BENCH_NICE=N runs the
// sensor, and the bpftrace it starts, at nice N: a measurement knob, not how vigil runs it.
// BENCH_SENSOR_NODE_FLAGS='--flag ...' starts the sensor's node with those flags, and
// BENCH_CONTROL_MEMORY_MB=M makes the control walk M MiB of memory as it burns, for the same
// purpose.)
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import {
  BatchConsumer,
  BatchPublisher,
  TELEMETRY_STREAM,
  connectBackplane,
  ensureConsumer,
  ensureStreams,
} from '@vigil/backplane';
import type { Backplane } from '@vigil/backplane';
import { startTestServer, waitFor } from '@vigil/backplane/testkit';
import { createLogger } from '@vigil/common';
import {
  BackplaneOutput,
  Sensor,
  TRACEFS_EVENTS,
  TracefsInstance,
  childPids,
  confineSensor,
  formatCpuList,
  processCpuSeconds,
} from '@vigil/sensor';
import { decodePage, readInt, readString } from '@vigil/sensor/internal';
import type { EventFormat } from '@vigil/sensor/internal';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '11' },
    iterations: { type: 'string', default: '1500' },
    budget: { type: 'string', default: '2' },
    // A sensor runs for days: what matters is its steady state, after the first sight of the
    // workload's binaries (hashing each once, node's 120 MB included) and the JIT's warm-up.
    'settle-ms': { type: 'string', default: '2000' },
    // Which collectors the sensor runs (comma-separated); by default those the host allows.
    collectors: { type: 'string', default: '' },
    role: { type: 'string', default: 'bench' },
    url: { type: 'string', default: '' },
    share: { type: 'string', default: '0' },
  },
});
const RUNS = Number(values.runs);
const ITERATIONS = Number(values.iterations);

/** CPU seconds (user + system) of this process's children that have been waited for. */
function childrenCpuSeconds(): number {
  // /proc/self/stat after the ')' of comm: fields 16 and 17 are cutime and cstime (proc(5)).
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[13]) + Number(f[14])) / CLOCK_TICKS;
}
/** USER_HZ, the unit of /proc's times: 100 on Linux's supported architectures. */
const CLOCK_TICKS = 100;

/**
 * The workload: short execs and file opens, as a build or a shell script does. Returns its wall
 * time and the CPU time it used (its own and in the kernel for it, probes included).
 */
function workload(iterations: number): { wall: number; cpu: number } {
  const cpu0 = childrenCpuSeconds();
  const t0 = process.hrtime.bigint();
  execFileSync('/bin/sh', [
    '-c',
    `i=0; while [ $i -lt ${iterations} ]; do /bin/true; cat /etc/hostname > /dev/null; i=$((i+1)); done`,
  ]);
  return {
    wall: Number(process.hrtime.bigint() - t0) / 1e9,
    cpu: childrenCpuSeconds() - cpu0,
  };
}

/** The control's period: it burns its share of each, then sleeps the rest. */
const BURN_PERIOD_MS = 10;

/**
 * The control's process: burns `share` of one core, in BURN_PERIOD_MS periods, until killed, on
 * the CPUs the sensor is confined to (the same choice from the same budget), so that it competes
 * with the workload where the sensor does and not elsewhere.
 */
async function burnRole(share: number): Promise<void> {
  await confineSensor(process.env.BENCH_SENSOR_CPUS ?? '', Number(values.budget));
  let acc = 0;
  // BENCH_CONTROL_MEMORY_MB=M: the control also walks M MiB, a cache line at a time, so that it
  // takes the caches and memory bandwidth that a busy process does, not only CPU time.
  const mb = Number(process.env.BENCH_CONTROL_MEMORY_MB ?? 0);
  const mem = new Float64Array((mb * 1024 * 1024) / 8);
  let at = 0;
  const tick = () => {
    const t0 = performance.now();
    while (performance.now() - t0 < BURN_PERIOD_MS * share) {
      if (mem.length > 0) {
        // 1,000 cache lines (8 doubles each), read and written.
        for (let k = 0; k < 1000; k++) {
          mem[at] = (mem[at] as number) + 1;
          at = (at + 8) % mem.length;
        }
      } else for (let k = 0; k < 1000; k++) acc += Math.sqrt(k + (acc % 7));
    }
    setTimeout(tick, BURN_PERIOD_MS * (1 - share));
  };
  tick();
  process.once('SIGTERM', () => process.exit(acc < 0 ? 1 : 0));
}

/**
 * Starts the control burning `share` of a core, and waits a second: its start (node's boot and
 * JIT at a full core) is not what is measured, as the sensor's is not.
 */
async function startBurner(share: number): Promise<ReturnType<typeof spawn>> {
  const child = spawn(
    process.execPath,
    [
      process.argv[1] as string,
      '--role',
      'burn',
      '--share',
      String(share),
      '--budget',
      values.budget,
    ],
    { stdio: 'ignore' },
  );
  await new Promise((res) => setTimeout(res, 1000));
  if (child.exitCode !== null) throw new Error(`the control process exited ${child.exitCode}`);
  return child;
}

/** Waits until the bench's consumer has taken every event the sensor published. */
async function caughtUp(bp: Backplane): Promise<void> {
  await waitFor(
    async () => {
      const c = await bp.jsm.consumers.info(TELEMETRY_STREAM, 'bench');
      return c.num_pending === 0 && c.num_ack_pending === 0;
    },
    { intervalMs: 50, message: 'the bench consumer did not catch up with the sensor' },
  );
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/** Bootstrap resamples behind each interval. */
const RESAMPLES = 2000;

/**
 * A 95 % interval for the median of `xs`: the 2.5th and 97.5th percentiles of the medians of
 * RESAMPLES resamples drawn with replacement (the percentile bootstrap). On this shared machine the
 * median of 21 paired runs moves by several points between invocations; the interval says how
 * far one invocation's figure can be trusted. Seeded, so that one set of runs always gives the
 * same interval.
 */
function medianInterval(xs: number[]): [number, number] {
  let seed = 0x9e3779b9;
  // xorshift32: a fixed, dependency-free generator is enough for resampling indices.
  const rand = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 2 ** 32;
  };
  const meds: number[] = [];
  for (let i = 0; i < RESAMPLES; i++)
    meds.push(median(xs.map(() => xs[Math.floor(rand() * xs.length)] as number)));
  meds.sort((a, b) => a - b);
  const tail = Math.round(RESAMPLES * 0.025);
  return [meds[tail] as number, meds[RESAMPLES - 1 - tail] as number];
}

/** Pids of the children of a process that run `comm` (bpftrace, nats-server). */
function childrenOf(pid: number, comm = 'bpftrace'): number[] {
  return childPids(pid).filter((p) => {
    try {
      return readFileSync(`/proc/${p}/comm`, 'utf8').trim() === comm;
    } catch {
      return false;
    }
  });
}

/** 1. Capture real pages, then decode them repeatedly. */
function decodeBench(): {
  recordsPerSecond: number;
  pagesCaptured: number;
  recordsCaptured: number;
} {
  const inst = TracefsInstance.create({
    name: `vigil-bench-${process.pid}`,
    events: TRACEFS_EVENTS,
    bufferSizeKb: 8192,
  });
  const pages: Buffer[] = [];
  try {
    const fds = inst.cpus().map((c) => inst.openRaw(c));
    workload(2000);
    const page = Buffer.alloc(4096);
    for (const fd of fds) while (TracefsInstance.readPage(fd, page)) pages.push(Buffer.from(page));
  } finally {
    inst.remove();
  }
  const formats = new Map<number, EventFormat>(inst.formats);
  // The fields the collector reads, per event.
  const readers = new Map<number, (buf: Buffer, off: number) => number>();
  for (const [id, f] of formats) {
    const ints = [...f.fields.values()].filter(
      (x) => x.kind === 'int' && !x.name.startsWith('common_'),
    );
    const strs = [...f.fields.values()].filter(
      (x) => x.kind === 'string' || x.kind === 'data_loc_string',
    );
    readers.set(id, (buf, off) => {
      let acc = 0;
      for (const x of ints) acc += readInt(buf, off, x);
      for (const x of strs) acc += readString(buf, off, x).length;
      return acc;
    });
  }
  let records = 0;
  let sink = 0;
  const onRecord = (type: number, _ts: bigint, buf: Buffer, off: number) => {
    records++;
    const r = readers.get(type);
    if (r) sink += r(buf, off);
  };
  for (const p of pages) decodePage(p, onRecord); // warm-up, and the count of one pass
  const recordsCaptured = records;
  records = 0;
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  while (Number(process.hrtime.bigint() - t0) < 2e9) for (const p of pages) decodePage(p, onRecord);
  const cpu = process.cpuUsage(cpu0);
  if (sink < 0) console.log(sink);
  return {
    recordsPerSecond: records / ((cpu.user + cpu.system) / 1e6),
    pagesCaptured: pages.length,
    recordsCaptured,
  };
}

async function main(): Promise<void> {
  if (process.getuid?.() !== 0) throw new Error('bench/sensor needs root (tracefs, bpftrace)');
  const natsVersion = execFileSync('nats-server', ['--version'], { encoding: 'utf8' }).trim();
  console.log(
    `machine: ${cpus().length} x ${cpus()[0]?.model ?? '?'}, ${Math.round(totalmem() / 1024 ** 3)} GiB; node ${process.version}; ${natsVersion}; kernel ${readFileSync('/proc/sys/kernel/osrelease', 'utf8').trim()}`,
  );

  const d = decodeBench();
  console.log(
    `1. trace_pipe_raw decode: ${Math.round(d.recordsPerSecond)} records per CPU-second (one core), over ${d.pagesCaptured} captured pages holding ${d.recordsCaptured} records`,
  );

  const srv = await startTestServer();
  const bp = await connectBackplane({ servers: srv.url, name: 'bench-sensor' });
  try {
    await ensureStreams(bp.jsm, {
      telemetryMaxBytes: 4 * 1024 ** 3,
      telemetryMaxAgeSeconds: 3600,
      alertsMaxBytes: 64 * 1024 ** 2,
      alertsMaxAgeSeconds: 3600,
    });
    await ensureConsumer(bp.jsm, { stream: TELEMETRY_STREAM, durable: 'bench' });
    // Events are counted by their wall-clock time, inside the measured window: this process
    // blocks while the workload runs (its time is measured, and nothing of the bench's may
    // compete with it), so the consumer reads them afterwards.
    let window = { fromNs: 0, toNs: 0 };
    let inWindow = 0;
    const consumer = new BatchConsumer(bp.js, {
      stream: TELEMETRY_STREAM,
      durable: 'bench',
      handler: (b) => {
        for (const e of b.events) {
          const t = Number(e.timeNs);
          if (t < window.fromNs || t > window.toNs) continue;
          if (!e.lost && !e.sensorStatus) inWindow++;
        }
        return Promise.resolve();
      },
    });
    await consumer.start();

    const off: Array<{ wall: number; cpu: number }> = [];
    const on: Array<{ wall: number; cpu: number }> = [];
    const control: Array<{ wall: number; cpu: number }> = [];
    const shares: number[] = [];
    const rates: number[] = [];
    const cpuPerEvent: number[] = [];
    const helperPerEvent: number[] = [];
    const natsShares: number[] = [];
    // The nats-server storing what the sensor publishes works for the sensor too: its CPU in
    // the measured window is part of what the control burns.
    const [natsPid] = childrenOf(process.pid, 'nats-server');
    if (natsPid === undefined) throw new Error('no nats-server child of the bench found');
    for (let r = 0; r < RUNS; r++) {
      off.push(workload(ITERATIONS));
      // The sensor runs in a child process, as under vigil up, so its CPU is measured alone.
      const child = spawn(
        process.execPath,
        [
          ...(process.env.BENCH_SENSOR_NODE_FLAGS?.split(' ').filter(Boolean) ?? []),
          process.argv[1] as string,
          '--role',
          'sensor',
          '--url',
          srv.url,
          '--budget',
          values.budget,
          '--collectors',
          values.collectors,
        ],
        {
          stdio: ['ignore', 'ignore', 'pipe'],
        },
      );
      let placement = '';
      await new Promise<void>((resolve, reject) => {
        let err = '';
        child.stderr.on('data', (b: Buffer) => {
          err += b.toString();
          placement = /^cpus (.*)$/m.exec(err)?.[1] ?? placement;
          if (err.includes('ready')) resolve();
        });
        child.once('exit', (c) => reject(new Error(`sensor exited ${c}: ${err}`)));
      });
      workload(100);
      await new Promise((res) => setTimeout(res, Number(values['settle-ms'])));
      const kids = childrenOf(child.pid as number);
      const cpu0 = processCpuSeconds(child.pid as number);
      const kids0 = kids.map((k) => processCpuSeconds(k));
      const nats0 = processCpuSeconds(natsPid);
      const t0 = Date.now();
      window = { fromNs: t0 * 1e6, toNs: Infinity };
      inWindow = 0;
      on.push(workload(ITERATIONS));
      window.toNs = Date.now() * 1e6;
      const cpu = processCpuSeconds(child.pid as number) - cpu0;
      const helperCpu = kids
        .map((k, i) => processCpuSeconds(k) - (kids0[i] as number))
        .reduce((a, b) => a + b, 0);
      const natsCpu = processCpuSeconds(natsPid) - nats0;
      const seconds = (Date.now() - t0) / 1000;
      child.kill('SIGTERM');
      await new Promise((res) => child.once('exit', res));
      await new Promise((res) => setTimeout(res, 500));
      await caughtUp(bp);
      const n = inWindow;
      // The control, at the share the sensor, bpftrace and nats-server just used.
      const share = Math.min(1, (cpu + helperCpu + natsCpu) / seconds);
      shares.push(share);
      natsShares.push(natsCpu / seconds);
      const burner = await startBurner(share);
      control.push(workload(ITERATIONS));
      burner.kill('SIGTERM');
      await new Promise((res) => burner.once('exit', res));
      rates.push(n / seconds);
      // A run that delivered nothing has no cost per event (all its CPU went to shedding).
      if (n > 0) {
        cpuPerEvent.push((cpu * 1e6) / n);
        helperPerEvent.push((helperCpu * 1e6) / n);
      }
      const perEvent = (cpuSeconds: number) =>
        n > 0 ? `${((cpuSeconds * 1e6) / n).toFixed(1)} us/event` : 'n/a';
      console.log(
        `run ${r + 1} (sensor on CPU ${placement}): workload off ${off[r]?.wall.toFixed(3)} s (CPU ${off[r]?.cpu.toFixed(2)}), on ${on[r]?.wall.toFixed(3)} s (CPU ${on[r]?.cpu.toFixed(2)}), control at ${share.toFixed(3)} cores ${control[r]?.wall.toFixed(3)} s (CPU ${control[r]?.cpu.toFixed(2)}); ${n} events delivered, ` +
          `${Math.round(n / seconds)} events/s, sensor CPU ${perEvent(cpu)}, ` +
          `bpftrace CPU ${perEvent(helperCpu)}; ` +
          `sensor ${(cpu / seconds).toFixed(3)} cores, bpftrace ${(helperCpu / seconds).toFixed(3)} cores, nats-server ${(natsCpu / seconds).toFixed(3)} cores`,
      );
    }
    // One more "off" after the last run: each "on" then has an "off" on either side.
    off.push(workload(ITERATIONS));
    await consumer.stop();
    // On a shared machine the same workload's time drifts by tens of percent over a minute:
    // each run's "on" is compared with the "off" measured just before it, and the median of
    // those ratios is the figure; the medians of all offs and all ons are shown beside it.
    // Beside it, each "on" against the mean of the "off" before and the "off" after it (the
    // next run's, measured 0.5 s after the sensor stopped): a drift in time, or the sensor's
    // start-up (bpftrace compiles for seconds at a full core) leaving the machine slower for a
    // while, falls on both sides of that comparison.
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
    type Timing = { wall: number; cpu: number };
    const paired = (k: 'wall' | 'cpu', xs = on) =>
      xs.map((o, i) => o[k] / (off[i] as Timing)[k] - 1);
    const bracketed = (k: 'wall' | 'cpu') =>
      on.map((o, i) => o[k] / (((off[i] as Timing)[k] + (off[i + 1] as Timing)[k]) / 2) - 1);
    const beyondControl = (k: 'wall' | 'cpu') =>
      on.map((o, i) => o[k] / (control[i] as Timing)[k] - 1);
    const withInterval = (xs: number[]) => {
      const [lo, hi] = medianInterval(xs);
      return `${pct(median(xs))} [${pct(lo)}, ${pct(hi)}]`;
    };
    const mOff = median(off.map((o) => o.wall));
    const mOn = median(on.map((o) => o.wall));
    const perEventMedian = (xs: number[]) =>
      xs.length > 0 ? `${median(xs).toFixed(1)} us/event` : 'n/a (nothing delivered)';
    console.log(
      `2. sensor to backplane: median ${Math.round(median(rates))} events/s delivered during the workload, sensor CPU median ${perEventMedian(cpuPerEvent)} (+ bpftrace ${perEventMedian(helperPerEvent)}), over the ${cpuPerEvent.length} of ${RUNS} runs that delivered events`,
    );
    console.log(
      `3. workload (${ITERATIONS} x (exec /bin/true + cat a file)): slowdown, median of ${RUNS} paired runs [95 % bootstrap interval of that median]: ${withInterval(paired('wall'))} in wall time, ${withInterval(paired('cpu'))} in the workload's CPU time (medians of all runs: off ${mOff.toFixed(3)} s, on ${mOn.toFixed(3)} s, ${pct(mOn / mOff - 1)}); against the offs before and after each: ${withInterval(bracketed('wall'))} wall, ${withInterval(bracketed('cpu'))} CPU`,
    );
    console.log(
      `3b. control (a process burning the CPU share the sensor, bpftrace and nats-server used, on the sensor's CPUs, median ${median(shares).toFixed(3)} cores, of which nats-server ${median(natsShares).toFixed(3)}): ${withInterval(paired('wall', control))} in wall time, ${withInterval(paired('cpu', control))} in CPU time against the off before it; the sensor against the control: ${withInterval(beyondControl('wall'))} wall, ${withInterval(beyondControl('cpu'))} CPU`,
    );
  } finally {
    await bp.close();
    await srv.stop();
  }
}

async function sensorRole(url: string): Promise<void> {
  if (process.env.BENCH_NICE)
    (await import('node:os')).setPriority(0, Number(process.env.BENCH_NICE));
  // Where `vigil sensor` runs: confined to the CPUs its budget needs, unless BENCH_SENSOR_CPUS
  // says otherwise (`all`: unconfined), as sensor.cpus does.
  const where = await confineSensor(process.env.BENCH_SENSOR_CPUS ?? '', Number(values.budget));
  const bp = await connectBackplane({ servers: url, name: 'bench-sensor-child' });
  const publisher = new BatchPublisher(bp.js, { sharedProcesses: true });
  const sensor = new Sensor({
    output: new BackplaneOutput(publisher, 'bench-host'),
    logger: createLogger({ level: 'warn' }),
    governor: { cpuBudgetCores: Number(values.budget), statusIntervalMs: 60_000 },
    ...(values.collectors ? { collectors: values.collectors.split(',') } : {}),
  });
  await sensor.start();
  process.stderr.write(
    `cpus ${formatCpuList(where.cpus)} of ${formatCpuList(where.allowed)}\nready\n`,
  );
  process.once('SIGTERM', () => {
    void sensor
      .stop()
      .then(() => publisher.close())
      .then(() => bp.close())
      .then(() => process.exit(0));
  });
}

if (values.role === 'burn') {
  await burnRole(Number(values.share));
} else if (values.role === 'sensor') {
  await sensorRole(values.url);
} else {
  await main();
}
