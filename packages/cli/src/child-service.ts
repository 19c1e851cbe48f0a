import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import type { Logger } from '@vigil/common';
import { SupervisorError } from '@vigil/common';
import type { ServiceRole } from '@vigil/backplane';
import { identityEnv } from './backplane-identity.js';
import type { Service, ServiceContext } from './services.js';

/** How long a service may take to say it is ready. */
const READY_TIMEOUT_MS = 30_000;
/**
 * How long a service may take to stop before it is killed. The sensor takes longest: its bpftrace
 * detaches each of its ~70 tracepoints with an RCU grace period (4-6 s in all on a 2-vCPU host),
 * and a kill in the middle leaves its tracefs instance to the next start.
 */
const STOP_TIMEOUT_MS = 20_000;

/**
 * A service run as a child process of `vigil up` (`vigil <command> ...`): ready when a line of
 * its stderr matches `ready`, restarted with a growing delay when it dies, stopped with SIGTERM
 * (SIGKILL after a timeout).
 */
export class ChildService implements Service {
  readonly name: string;
  readonly #args: (ctx: ServiceContext) => string[];
  readonly #ready: RegExp;
  #child: ChildProcess | undefined;
  #stopping = false;
  #restarts = 0;
  #log: Logger | undefined;

  readonly #role: ServiceRole;

  /** `role` is its NATS identity's role: its name unless given (connectors share one). */
  constructor(
    name: string,
    args: (ctx: ServiceContext) => string[],
    ready: RegExp,
    role: ServiceRole = name as ServiceRole,
  ) {
    this.name = name;
    this.#args = args;
    this.#ready = ready;
    this.#role = role;
  }

  /** Pid of the running child. */
  get pid(): number | undefined {
    return this.#child?.pid;
  }

  async start(ctx: ServiceContext): Promise<Record<string, string>> {
    this.#log = ctx.logger;
    await this.#spawn(ctx);
    return {};
  }

  #spawn(ctx: ServiceContext): Promise<void> {
    const main = process.argv[1] as string;
    // Its own process group: a Ctrl-C in the terminal reaches `vigil up` only, which then stops
    // its children in order. The child watches its parent and stops if `vigil up` dies.
    const child = spawn(process.execPath, [main, ...this.#args(ctx), '--exit-with-parent'], {
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true,
      // Its NATS identity travels in the environment, never in argv (which ps shows).
      env: { ...process.env, ...identityEnv(ctx.identity(this.#role)) },
    });
    this.#child = child;
    return new Promise((resolve, reject) => {
      let ready = false;
      let buffered = '';
      const timer = setTimeout(() => {
        if (!ready) {
          child.kill('SIGKILL');
          reject(
            new SupervisorError(
              'VGL_ERR_INTERNAL',
              `${this.name} did not start within ${READY_TIMEOUT_MS} ms: ${buffered.slice(-2000)}`,
            ),
          );
        }
      }, READY_TIMEOUT_MS);
      child.stderr?.on('data', (d: Buffer) => {
        process.stderr.write(d);
        if (!ready) {
          buffered += d.toString();
          if (this.#ready.test(buffered)) {
            ready = true;
            clearTimeout(timer);
            resolve();
          }
        }
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        if (this.#child === child) this.#child = undefined;
        if (!ready) {
          reject(
            new SupervisorError(
              'VGL_ERR_INTERNAL',
              `${this.name} exited while starting (${signal ?? `code ${code}`}): ${buffered.slice(-2000)}`,
            ),
          );
          return;
        }
        if (this.#stopping) return;
        const delay = Math.min(30_000, 500 * 2 ** Math.min(this.#restarts++, 6));
        this.#log?.error({ code, signal, restartInMs: delay }, `${this.name} exited; restarting`);
        setTimeout(() => {
          if (this.#stopping) return;
          this.#spawn(ctx).catch((err: unknown) =>
            this.#log?.error({ err }, `${this.name} failed to restart`),
          );
        }, delay);
      });
    });
  }

  async stop(): Promise<void> {
    this.#stopping = true;
    const child = this.#child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  }
}
