import { readFileSync, readdirSync, readlinkSync } from 'node:fs';
import { reportBackgroundError } from '@vigil/common';
import { v1 } from '@vigil/schema';
import type { ContainerTracker } from '../enrich/container-tracker.js';
import type { ProcessTable } from '../enrich/process-table.js';
import type { Collector, CollectorSink, ProbeResult } from './collector.js';

/** Default period of the /proc scan. */
export const DEFAULT_PROCFS_INTERVAL_MS = 500;

// TCP states in /proc/net/tcp (include/net/tcp_states.h, hex).
const ESTABLISHED = '01';
const LISTEN = '0A';

/** One socket line of /proc/net/tcp or tcp6. */
export interface ProcNetSocket {
  local: { address: string; port: number };
  remote: { address: string; port: number };
  state: string;
  inode: number;
  v6: boolean;
}

function hexToIpv4(hex: string): string {
  // Little-endian u32 on x86-64 and arm64.
  const n = parseInt(hex, 16);
  return `${n & 255}.${(n >>> 8) & 255}.${(n >>> 16) & 255}.${n >>> 24}`;
}

function hexToIpv6(hex: string): string {
  // Four little-endian u32 words.
  const bytes: number[] = [];
  for (let w = 0; w < 4; w++) {
    const word = hex.slice(w * 8, w * 8 + 8);
    for (let b = 3; b >= 0; b--) bytes.push(parseInt(word.slice(b * 2, b * 2 + 2), 16));
  }
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2)
    groups.push((((bytes[i] as number) << 8) | (bytes[i + 1] as number)).toString(16));
  return new URL(`http://[${groups.join(':')}]/`).hostname.slice(1, -1);
}

/** Parses /proc/net/tcp or /proc/net/tcp6 (proc(5)). */
export function parseProcNetTcp(text: string, v6: boolean): ProcNetSocket[] {
  const out: ProcNetSocket[] = [];
  for (const line of text.split('\n').slice(1)) {
    const f = line.trim().split(/\s+/);
    if (f.length < 10) continue;
    const [la, lp] = (f[1] as string).split(':');
    const [ra, rp] = (f[2] as string).split(':');
    const ip = v6 ? hexToIpv6 : hexToIpv4;
    out.push({
      local: { address: ip(la as string), port: parseInt(lp as string, 16) },
      remote: { address: ip(ra as string), port: parseInt(rp as string, 16) },
      state: f[3] as string,
      inode: Number(f[9]),
      v6,
    });
  }
  return out;
}

/**
 * The unprivileged fallback: polls /proc for processes that appeared (reported as execs) and
 * went (exits), and /proc/net/tcp{,6} for listening sockets and established connections.
 */
export class ProcfsCollector implements Collector {
  readonly name = 'procfs';
  readonly #processes: ProcessTable;
  readonly #containers: ContainerTracker;
  readonly #intervalMs: number;
  #timer: NodeJS.Timeout | undefined;
  #pids = new Set<number>();
  #sockets = new Set<number>();
  #produced = 0;

  constructor(options: {
    processes: ProcessTable;
    containers: ContainerTracker;
    intervalMs?: number;
  }) {
    this.#processes = options.processes;
    this.#containers = options.containers;
    this.#intervalMs = options.intervalMs ?? DEFAULT_PROCFS_INTERVAL_MS;
  }

  get produced(): number {
    return this.#produced;
  }

  probe(): Promise<ProbeResult> {
    try {
      readdirSync('/proc');
    } catch (err) {
      return Promise.resolve({ ok: false, reason: `cannot read /proc: ${(err as Error).message}` });
    }
    return Promise.resolve({
      ok: true,
      blindSpots: [
        `processes that live less than one scan (${this.#intervalMs} ms)`,
        'forks (a new process is reported as an exec), exit codes',
        'file events',
        'connections that open and close between scans; UDP',
        ...(process.getuid?.() === 0 ? [] : ["other users' processes' sockets and cwd (not root)"]),
      ],
    });
  }

  start(sink: CollectorSink): Promise<void> {
    this.#pids = this.#listPids();
    this.#sockets = new Set(this.#readSockets().map((s) => s.inode));
    this.#timer = setInterval(() => {
      try {
        this.#scan(sink);
      } catch (err) {
        reportBackgroundError(err, 'procfs collector');
      }
    }, this.#intervalMs);
    return Promise.resolve();
  }

  #listPids(): Set<number> {
    return new Set(
      readdirSync('/proc')
        .filter((d) => /^\d+$/.test(d))
        .map(Number),
    );
  }

  #readSockets(): ProcNetSocket[] {
    const read = (f: string, v6: boolean) => {
      try {
        return parseProcNetTcp(readFileSync(f, 'utf8'), v6);
      } catch {
        return [];
      }
    };
    return [...read('/proc/net/tcp', false), ...read('/proc/net/tcp6', true)];
  }

  #scan(sink: CollectorSink): void {
    const now = this.#listPids();
    for (const pid of now) {
      if (this.#pids.has(pid) || pid === process.pid) continue;
      if (!sink.admit('processExec')) continue;
      const e = this.#processes.refresh(pid);
      if (!e) continue;
      this.#produced++;
      sink.event(
        {
          process: this.#processes.describe(e),
          container: this.#containers.describe(e.container),
          processExec: { filename: e.exe, argv: e.argv, argvTruncated: e.argvTruncated, result: 0 },
        },
        'processExec',
      );
    }
    for (const pid of this.#pids) {
      if (now.has(pid)) continue;
      if (!sink.admit('processExit')) continue;
      const e = this.#processes.onExit(pid);
      if (!e) continue;
      this.#produced++;
      sink.event(
        {
          process: this.#processes.describe(e),
          container: this.#containers.describe(e.container),
          processExit: {},
        },
        'processExit',
      );
    }
    this.#pids = now;
    this.#scanSockets(sink);
  }

  #scanSockets(sink: CollectorSink): void {
    const sockets = this.#readSockets();
    const fresh = sockets.filter(
      (s) =>
        !this.#sockets.has(s.inode) &&
        s.inode > 0 &&
        (s.state === LISTEN || s.state === ESTABLISHED),
    );
    this.#sockets = new Set(sockets.map((s) => s.inode));
    if (fresh.length === 0) return;
    const owners = this.#socketOwners(new Set(fresh.map((s) => s.inode)));
    const listening = new Set(sockets.filter((s) => s.state === LISTEN).map((s) => s.local.port));
    for (const s of fresh) {
      const kind =
        s.state === LISTEN ? 'netListen' : listening.has(s.local.port) ? 'netAccept' : 'netConnect';
      if (!sink.admit(kind)) continue;
      const pid = owners.get(s.inode);
      const e = pid ? (this.#processes.get(pid) ?? this.#processes.refresh(pid)) : undefined;
      const family = s.v6
        ? v1.AddressFamily.ADDRESS_FAMILY_INET6
        : v1.AddressFamily.ADDRESS_FAMILY_INET;
      const protocol = v1.TransportProtocol.TRANSPORT_PROTOCOL_TCP;
      const base = {
        ...(e
          ? {
              process: this.#processes.describe(e),
              container: this.#containers.describe(e.container),
            }
          : {}),
      };
      this.#produced++;
      if (kind === 'netListen')
        sink.event({ ...base, netListen: { family, protocol, local: s.local, result: 0 } }, kind);
      else if (kind === 'netAccept')
        sink.event(
          { ...base, netAccept: { family, protocol, local: s.local, remote: s.remote, result: 0 } },
          kind,
        );
      else
        sink.event(
          {
            ...base,
            netConnect: { family, protocol, local: s.local, remote: s.remote, result: 0 },
          },
          kind,
        );
    }
  }

  /** Which process holds each socket inode: a scan of /proc/<pid>/fd (those this user may read). */
  #socketOwners(inodes: Set<number>): Map<number, number> {
    const owners = new Map<number, number>();
    for (const pid of this.#pids) {
      let fds: string[];
      try {
        fds = readdirSync(`/proc/${pid}/fd`);
      } catch {
        continue;
      }
      for (const fd of fds) {
        try {
          const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
          if (m && inodes.has(Number(m[1]))) owners.set(Number(m[1]), pid);
        } catch {
          // closed meanwhile
        }
      }
      if (owners.size === inodes.size) break;
    }
    return owners;
  }

  stop(): Promise<void> {
    clearInterval(this.#timer);
    this.#timer = undefined;
    return Promise.resolve();
  }
}
