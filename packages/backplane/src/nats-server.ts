import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { connect as tcpConnect } from 'node:net';
import { delimiter, isAbsolute, join } from 'node:path';
import { SupervisorError } from '@vigil/common';

/** Where Debian installs nats-server; not always on a non-root PATH. */
const EXTRA_BIN_DIRS = ['/usr/sbin', '/usr/local/sbin', '/usr/local/bin', '/usr/bin'];
/** How long a start may take before it is called failed. */
export const DEFAULT_NATS_START_TIMEOUT_MS = 15_000;
/** How long a graceful stop may take before the server is killed. */
export const DEFAULT_NATS_STOP_TIMEOUT_MS = 10_000;

/** Options of a supervised nats-server. */
export interface NatsServerOptions {
  /** Folder for the config, pid, ports and log files, and the JetStream store. */
  dir: string;
  /** Address to listen on; loopback by default. */
  host?: string;
  /** Port; 0 lets the server pick a free one. */
  port?: number;
  /** Binary name (looked up in PATH and the sbin folders) or path. */
  binary?: string;
  /** Name of the server (cluster-unique). */
  serverName?: string;
  /** Start timeout. */
  startTimeoutMs?: number;
  /** Extra lines appended to the generated configuration. */
  extraConfig?: string;
}

/** Finds an executable by name, in PATH and then Debian's sbin folders. */
export function findExecutable(name: string, pathEnv = process.env.PATH ?? ''): string | undefined {
  const candidates =
    isAbsolute(name) || name.includes('/')
      ? [name]
      : [...pathEnv.split(delimiter).filter(Boolean), ...EXTRA_BIN_DIRS].map((d) => join(d, name));
  for (const c of candidates) {
    try {
      accessSync(c, constants.X_OK);
      return c;
    } catch {
      // not here; try the next one
    }
  }
  return undefined;
}

/**
 * True while `pid` runs. A zombie (exited, not yet reaped by its parent, as an orphan is until
 * init reaps it) counts as gone: /proc/<pid>/stat state Z (proc(5)).
 */
export function processRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state !== 'Z' && state !== 'X';
  } catch {
    return false;
  }
}

function tcpReady(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = tcpConnect({ host, port });
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Supervises one nats-server with JetStream: loopback by default, its store under `dir`,
 * SIGTERM (and SIGKILL after a timeout) to stop. A server left running by a crashed supervisor
 * (its pid file still names a live nats-server) is stopped before a new one starts.
 */
export class NatsServer {
  readonly #opts: Required<Omit<NatsServerOptions, 'extraConfig' | 'serverName'>> &
    Pick<NatsServerOptions, 'extraConfig' | 'serverName'>;
  #child: ChildProcess | undefined;
  #exited: Promise<void> | undefined;
  #port = 0;

  constructor(options: NatsServerOptions) {
    this.#opts = {
      host: '127.0.0.1',
      port: 0,
      binary: 'nats-server',
      startTimeoutMs: DEFAULT_NATS_START_TIMEOUT_MS,
      ...options,
    };
  }

  /** Port it listens on (after start). */
  get port(): number {
    return this.#port;
  }

  /** Client URL (after start). */
  get url(): string {
    const h = this.#opts.host.includes(':') ? `[${this.#opts.host}]` : this.#opts.host;
    return `nats://${h}:${this.#port}`;
  }

  /** Pid of the server process, while it runs. */
  get pid(): number | undefined {
    return this.#child?.pid;
  }

  /** Folder of the JetStream store. */
  get storeDir(): string {
    return join(this.#opts.dir, 'jetstream');
  }

  /** Log file of the server. */
  get logFile(): string {
    return join(this.#opts.dir, 'nats-server.log');
  }

  /** Starts the server and resolves once it accepts TCP connections. */
  async start(): Promise<void> {
    if (this.#child) return;
    const binary = findExecutable(this.#opts.binary);
    if (!binary) {
      throw new SupervisorError(
        'VGL_ERR_NATS_BINARY_MISSING',
        `nats-server not found (looked for '${this.#opts.binary}' in PATH and ${EXTRA_BIN_DIRS.join(', ')}): ` +
          'install it with `apt-get install nats-server`, or set nats.serverBinary to its path',
      );
    }
    const dir = this.#opts.dir;
    mkdirSync(this.storeDir, { recursive: true });
    const pidFile = join(dir, 'nats-server.pid');
    const portsDir = join(dir, 'ports');
    await this.#stopStale(pidFile);
    rmSync(portsDir, { recursive: true, force: true });
    mkdirSync(portsDir, { recursive: true });
    const port = this.#port || this.#opts.port || -1; // -1: the server picks (nats-server docs, "listen")
    const configFile = join(dir, 'nats-server.conf');
    writeFileSync(
      configFile,
      [
        '# Written by vigil; changes are overwritten at the next start.',
        `listen: ${JSON.stringify(`${this.#opts.host}:${port}`)}`,
        `server_name: ${JSON.stringify(this.#opts.serverName ?? `vigil-${process.pid}`)}`,
        `pid_file: ${JSON.stringify(pidFile)}`,
        `ports_file_dir: ${JSON.stringify(portsDir)}`,
        `log_file: ${JSON.stringify(this.logFile)}`,
        'jetstream {',
        `  store_dir: ${JSON.stringify(this.storeDir)}`,
        '}',
        this.#opts.extraConfig ?? '',
        '',
      ].join('\n'),
      { mode: 0o600 },
    );
    const child = spawn(binary, ['-c', configFile], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => {
      stderr = (stderr + d.toString()).slice(-4000);
    });
    this.#child = child;
    this.#exited = new Promise((resolve) => child.once('exit', () => resolve()));
    let exitInfo: string | undefined;
    child.once('exit', (code, signal) => {
      exitInfo = signal ? `signal ${signal}` : `code ${code}`;
      this.#child = undefined;
    });
    child.once('error', (err) => {
      exitInfo = err.message;
    });

    const deadline = Date.now() + this.#opts.startTimeoutMs;
    while (Date.now() < deadline) {
      if (exitInfo) break;
      const found = this.#portFromFile(portsDir);
      if (found && (await tcpReady(this.#opts.host, found))) {
        this.#port = found;
        return;
      }
      await sleep(25);
    }
    const log = this.#tail();
    await this.stop();
    throw new SupervisorError(
      'VGL_ERR_NATS_START',
      `nats-server did not start (${exitInfo ? `exited with ${exitInfo}` : `not ready after ${this.#opts.startTimeoutMs} ms`}); ` +
        `last output:\n${(stderr + log).trim() || '(none)'}`,
    );
  }

  #portFromFile(portsDir: string): number | undefined {
    for (const f of existsSync(portsDir) ? readdirSync(portsDir) : []) {
      try {
        const ports = JSON.parse(readFileSync(join(portsDir, f), 'utf8')) as { nats?: string[] };
        const url = ports.nats?.[0];
        if (url) return Number(new URL(url).port);
      } catch {
        // being written; read again next round
      }
    }
    return undefined;
  }

  #tail(): string {
    try {
      return readFileSync(this.logFile, 'utf8').split('\n').slice(-20).join('\n');
    } catch {
      return '';
    }
  }

  async #stopStale(pidFile: string): Promise<void> {
    let pid: number;
    try {
      pid = Number(readFileSync(pidFile, 'utf8').trim());
    } catch {
      return;
    }
    if (!Number.isInteger(pid) || pid <= 0 || !processRunning(pid)) return;
    let comm = '';
    try {
      comm = readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
    } catch {
      return;
    }
    // Only a nats-server: the pid may have been reused by an unrelated process.
    if (comm !== 'nats-server') return;
    process.kill(pid, 'SIGKILL');
    // It holds the store: wait until it is gone before a new server opens it.
    const deadline = Date.now() + 5_000;
    while (processRunning(pid) && Date.now() < deadline) await sleep(10);
  }

  /** Stops the server: SIGTERM, then SIGKILL after `timeoutMs`. Resolves once it has exited. */
  async stop(timeoutMs = DEFAULT_NATS_STOP_TIMEOUT_MS): Promise<void> {
    const child = this.#child;
    if (!child) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    await this.#exited;
    clearTimeout(timer);
  }

  /** Kills the server at once (SIGKILL), as a crash would. */
  async kill(): Promise<void> {
    const child = this.#child;
    if (!child) return;
    child.kill('SIGKILL');
    await this.#exited;
  }

  /** Stops the server on `await using`. */
  async [Symbol.asyncDispose](): Promise<void> {
    await this.stop();
  }
}
