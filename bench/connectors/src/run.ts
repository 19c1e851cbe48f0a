// bench/connectors: alerts from the VIGIL_ALERTS stream of a real nats-server through a
// connector to its receiver on loopback, until every alert is acknowledged on the backplane
// (for HEC with indexer acknowledgement: after the ack endpoint said indexed; for syslog, until
// rsyslogd has written every message to its file). Prints alerts/s per case, the median of the
// runs, beside a baseline measured in the same run: the same connector reading and acknowledging
// with a receiver that takes everything at once (the backplane's own ceiling for a connector).
// The HEC receiver runs in a child process; rsyslogd is Debian's, started here.
//
// Usage: node bench/connectors/dist/run.js [--alerts N] [--runs R] [--cases a,b,...]
//   cases: baseline, hec-ack, hec, syslog (default all)
import { type ChildProcess, fork, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  ALERTS_STREAM,
  type Backplane,
  alertSubject,
  connectBackplane,
  ensureStreams,
  findExecutable,
} from '@vigil/backplane';
import { startTestServer, waitFor } from '@vigil/backplane/testkit';
import { createLogger } from '@vigil/common';
import { Connector, HecSink, type Sink, SyslogSink } from '@vigil/connectors';
import { HecReceiver } from '@vigil/connectors/testkit';
import { processCpuSeconds } from '@vigil/sensor';
import { Alert, type vigil } from '@vigil/schema';

const { values } = parseArgs({
  options: {
    alerts: { type: 'string', default: '50000' },
    runs: { type: 'string', default: '5' },
    cases: { type: 'string', default: 'baseline,hec-ack,hec,syslog' },
    role: { type: 'string', default: 'bench' },
  },
});
const ALERTS = Number(values.alerts);
const RUNS = Number(values.runs);
const CASES = values.cases.split(',');
const self = fileURLToPath(import.meta.url);

/** A realistic alert: output, tags, output fields, the triggering event with its process. */
function buildAlert(i: number): vigil.v1.Alert {
  return Alert.fromObject({
    id: `01JDBENCH${String(i).padStart(12, '0')}`,
    rule: 'Write below binary dir',
    priority: 5,
    output: `File below a known binary directory opened for writing (user=root command=cp /tmp/x${i} /usr/bin/x${i} file=/usr/bin/x${i} parent=bash container_id=host image=<NA>)`,
    tags: ['filesystem', 'mitre_persistence', 'T1543'],
    source: 'syscall',
    timeNs: String(1_790_000_000_000_000_000n + BigInt(i) * 1_000_000n),
    host: 'bench-host',
    detectorId: 'bench-detector',
    outputFields: {
      'user.name': 'root',
      'proc.cmdline': `cp /tmp/x${i} /usr/bin/x${i}`,
      'fd.name': `/usr/bin/x${i}`,
      'proc.pname': 'bash',
    },
    event: {
      id: `01JDEVENT${String(i).padStart(12, '0')}`,
      sensorId: 'bench-sensor',
      host: 'bench-host',
      timeNs: String(1_790_000_000_000_000_000n + BigInt(i) * 1_000_000n),
      process: {
        pid: 10_000 + (i % 5_000),
        ppid: 1_000,
        processUid: `bench-host:${10_000 + (i % 5_000)}:${i}`,
        exe: '/usr/bin/cp',
        comm: 'cp',
        argv: ['cp', `/tmp/x${i}`, `/usr/bin/x${i}`],
        cwd: '/root',
        user: 'root',
        group: 'root',
        ancestors: [{ pid: 1_000, exe: '/usr/bin/bash', comm: 'bash', argv: ['-bash'] }],
      },
      fileOpen: { path: `/usr/bin/x${i}`, flags: 577, mode: 493, result: 3 },
    },
  });
}

function ask(child: ChildProcess): Promise<{ count: number; requests: number }> {
  return new Promise((resolve) => {
    const on = (m: { count?: number; requests?: number }) => {
      if (m.count === undefined) return;
      child.off('message', on);
      resolve({ count: m.count, requests: m.requests ?? 0 });
    };
    child.on('message', on);
    child.send({ count: true });
  });
}

/** A receiver that takes everything at once: the baseline. */
class NullSink implements Sink {
  readonly description = 'null';
  count = 0;
  deliver(records: readonly unknown[]): Promise<void> {
    this.count += records.length;
    return Promise.resolve();
  }
  check(): Promise<void> {
    return Promise.resolve();
  }
  close(): Promise<void> {
    return Promise.resolve();
  }
}

interface RunResult {
  alertsPerSecond: number;
  cpuUsPerAlert: number;
  requests?: number;
}

async function startRsyslog(
  dir: string,
): Promise<{ port: number; lines: () => number; stop: () => Promise<void> }> {
  const out = join(dir, 'out.log');
  writeFileSync(
    join(dir, 'rsyslog.conf'),
    [
      `global(workDirectory="${dir}")`,
      'module(load="imtcp")',
      `input(type="imtcp" address="127.0.0.1" port="0" listenPortFileName="${dir}/port" ruleset="b")`,
      'template(name="raw" type="string" string="%rawmsg%\\n")',
      `ruleset(name="b") { action(type="omfile" file="${out}" template="raw" asyncWriting="on" flushOnTXEnd="on") }`,
      '',
    ].join('\n'),
  );
  const proc = spawn(
    findExecutable('rsyslogd')!,
    ['-n', '-f', join(dir, 'rsyslog.conf'), '-i', join(dir, 'pid')],
    { stdio: 'ignore' },
  );
  await waitFor(
    () => existsSync(join(dir, 'port')) && readFileSync(join(dir, 'port'), 'utf8').trim() !== '',
    { timeoutMs: 10_000 },
  );
  // Lines counted by scanning only what was appended since the last look.
  let seen = 0;
  let offset = 0;
  return {
    port: Number(readFileSync(join(dir, 'port'), 'utf8').trim()),
    lines: () => {
      if (!existsSync(out)) return 0;
      const buf = readFileSync(out);
      for (let i = offset; i < buf.length; i++) if (buf[i] === 10) seen++;
      offset = buf.length;
      return seen;
    },
    stop: async () => {
      const exited = new Promise((r) => proc.once('exit', r));
      proc.kill('SIGTERM');
      await exited;
    },
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

async function publishAlerts(bp: Backplane): Promise<void> {
  const inFlight: Array<Promise<unknown>> = [];
  for (let i = 0; i < ALERTS; i++) {
    const a = buildAlert(i);
    inFlight.push(
      bp.js.publish(alertSubject('bench-host', 'warning'), Alert.encode(a).finish(), {
        msgID: a.id,
      }),
    );
    if (inFlight.length >= 1_000) await Promise.all(inFlight.splice(0));
  }
  await Promise.all(inFlight);
}

async function bench(): Promise<void> {
  const logger = createLogger({ level: 'silent', name: 'bench' });
  const server = await startTestServer();
  const dir = mkdtempSync(join(tmpdir(), 'vigil-bench-connectors-'));
  const hecChild = fork(self, ['--role', 'hec'], { stdio: 'inherit' });
  const hecUrl = await new Promise<string>((resolve) =>
    hecChild.once('message', (m: { url: string }) => resolve(m.url)),
  );
  const rsyslog =
    CASES.includes('syslog') && findExecutable('rsyslogd') ? await startRsyslog(dir) : undefined;
  if (CASES.includes('syslog') && !rsyslog)
    console.log(
      'syslog: skipped, rsyslogd is not installed (bash scripts/bootstrap.sh test installs it)',
    );
  const bp = await connectBackplane({ servers: server.url, name: 'bench-connectors' });
  try {
    await ensureStreams(bp.jsm, {
      telemetryMaxBytes: 1024 ** 3,
      telemetryMaxAgeSeconds: 3600,
      alertsMaxBytes: 4 * 1024 ** 3,
      alertsMaxAgeSeconds: 3600,
    });
    await publishAlerts(bp);
    const info = await bp.jsm.streams.info(ALERTS_STREAM);
    console.log(
      `machine: ${cpus().length} x ${cpus()[0]?.model ?? '?'}, ${Math.round(totalmem() / 1024 ** 3)} GiB; node ${process.version}`,
    );
    console.log(
      `${ALERTS} alerts in VIGIL_ALERTS, ${Math.round(info.state.bytes / ALERTS)} bytes each on the backplane; ${RUNS} runs per case`,
    );
    let runNo = 0;
    const runCase = async (name: string): Promise<RunResult> => {
      runNo++;
      let sink: Sink;
      let delivered: () => Promise<number>;
      let requests: (() => Promise<number>) | undefined;
      const hecBase =
        name === 'hec-ack' || name === 'hec' ? await ask(hecChild) : { count: 0, requests: 0 };
      const syslogBase = rsyslog?.lines() ?? 0;
      if (name === 'baseline') {
        const n = new NullSink();
        sink = n;
        delivered = () => Promise.resolve(n.count);
      } else if (name === 'hec-ack' || name === 'hec') {
        sink = new HecSink({
          url: hecUrl,
          token: name === 'hec' ? 'bench-noack' : 'bench',
          ack: name === 'hec-ack',
          ackPollMs: 100,
        });
        delivered = async () => (await ask(hecChild)).count - hecBase.count;
        requests = async () => (await ask(hecChild)).requests - hecBase.requests;
      } else {
        sink = new SyslogSink({ transport: 'tcp', host: '127.0.0.1', port: rsyslog!.port });
        delivered = () => Promise.resolve(rsyslog!.lines() - syslogBase);
      }
      const c = new Connector({
        name: `bench-${name}-${runNo}`,
        backplane: bp,
        sink,
        logger,
        batch:
          name === 'syslog'
            ? { maxEvents: 500, maxBytes: 512 * 1024, maxAgeMs: 50 }
            : { maxEvents: 1_000, maxBytes: 1024 ** 2, maxAgeMs: 250 },
        concurrency: name === 'syslog' ? 1 : 4,
        retryBaseMs: 500,
        retryMaxMs: 60_000,
        recheckMs: 60_000,
        deadLetterFile: join(dir, 'rejected.jsonl'),
      });
      const cpu0 = processCpuSeconds(process.pid);
      const t0 = process.hrtime.bigint();
      await c.start();
      // Done: the connector counted every alert delivered, the backplane holds none unacknowledged.
      const durable = `vigil-connector-bench-${name}-${runNo}-alerts`;
      await waitFor(() => c.status().inFlight === 0 && c.status().delivered.alerts >= ALERTS, {
        timeoutMs: 600_000,
        intervalMs: 10,
      });
      await waitFor(
        async () => {
          const i = await bp.jsm.consumers.info(ALERTS_STREAM, durable);
          return i.num_pending === 0 && i.num_ack_pending === 0;
        },
        { timeoutMs: 60_000, intervalMs: 5 },
      );
      await waitFor(async () => (await delivered()) >= ALERTS, {
        timeoutMs: 600_000,
        intervalMs: 10,
      });
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      const cpu = processCpuSeconds(process.pid) - cpu0;
      const reqs = requests ? await requests() : undefined;
      await c.stop();
      await bp.jsm.consumers.delete(ALERTS_STREAM, durable);
      return {
        alertsPerSecond: ALERTS / seconds,
        cpuUsPerAlert: (cpu * 1e6) / ALERTS,
        ...(reqs !== undefined ? { requests: reqs } : {}),
      };
    };
    const cases = CASES.filter((c) => c !== 'syslog' || rsyslog);
    const results = new Map<string, RunResult[]>(cases.map((c) => [c, []]));
    // Interleaved, so that the machine's noise falls on every case alike.
    for (let r = 0; r < RUNS; r++) {
      for (const name of cases) {
        const res = await runCase(name);
        results.get(name)!.push(res);
        console.log(
          `  run ${r + 1} ${name}: ${Math.round(res.alertsPerSecond)} alerts/s, ${res.cpuUsPerAlert.toFixed(1)} µs CPU/alert (connector process)${res.requests !== undefined ? `, ${res.requests} requests` : ''}`,
        );
      }
    }
    console.log('medians:');
    for (const [name, rs] of results) {
      const eps = rs.map((x) => x.alertsPerSecond);
      console.log(
        `  ${name.padEnd(8)} ${Math.round(median(eps))} alerts/s (min ${Math.round(Math.min(...eps))}, max ${Math.round(Math.max(...eps))}), ${median(rs.map((x) => x.cpuUsPerAlert)).toFixed(1)} µs CPU/alert in the connector`,
      );
    }
  } finally {
    await bp.close();
    hecChild.disconnect();
    await rsyslog?.stop();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

// The HEC receiver runs in a child process of its own (this file with --role hec). Last in the
// file, so that everything above is defined when the top-level await runs.
if (values.role === 'hec') {
  const r = new HecReceiver({ tokens: { bench: { ack: true }, 'bench-noack': {} } });
  await r.start();
  process.send?.({ url: r.url });
  process.on('message', (m: { count?: boolean }) => {
    if (m.count) process.send?.({ count: r.events.length, requests: r.requests });
  });
  process.on('disconnect', () => void r.stop().then(() => process.exit(0)));
} else {
  await bench();
}
