import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NatsServer, findExecutable } from './nats-server.js';

/** A real nats-server for one test, on a random loopback port, in a temporary folder. */
export interface TestServer extends AsyncDisposable {
  /** Client URL. */
  readonly url: string;
  /** The supervised server. */
  readonly server: NatsServer;
  /** Stops the server and starts it again on the same port and store. */
  restart(): Promise<void>;
  /** Stops the server and removes its folder. */
  stop(): Promise<void>;
}

/** Finds an executable in PATH and Debian's sbin folders (re-exported for tests). */
export { findExecutable } from './nats-server.js';

/**
 * Starts a nats-server with JetStream on 127.0.0.1 and a port the server picks (after nats.js's
 * nst launcher: `port: -1`, the ports file, a TCP check). Use with `await using` or `t.after`.
 */
export async function startTestServer(options: { extraConfig?: string } = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-nats-'));
  const server = new NatsServer({ dir, port: 0, serverName: `test-${process.pid}`, ...options });
  try {
    await server.start();
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  };
  return {
    get url() {
      return server.url;
    },
    server,
    restart: async () => {
      await server.stop();
      await server.start();
    },
    stop,
    [Symbol.asyncDispose]: stop,
  };
}

/** Why tests that need nats-server skip, or false when it is installed. */
export function skipWithoutNatsServer(): string | false {
  return findExecutable('nats-server')
    ? false
    : 'nats-server is not installed: apt-get install nats-server (scripts/bootstrap.sh does)';
}

/**
 * Polls `fn` until it returns a truthy value or throws no more, and returns that value; fails
 * with `message` (a string, or a function called at that time) and the last error after `timeoutMs`. Tests wait with this, never with fixed
 * sleeps.
 */
export async function waitFor<T>(
  fn: () => T | Promise<T>,
  options: { timeoutMs?: number; intervalMs?: number; message?: string | (() => string) } = {},
): Promise<NonNullable<T>> {
  const deadline = Date.now() + (options.timeoutMs ?? 10_000);
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) {
      const why = last instanceof Error ? `: ${last.message}` : '';
      const what = typeof options.message === 'function' ? options.message() : options.message;
      throw new Error(
        `${what ?? 'condition not met'} within ${options.timeoutMs ?? 10_000} ms${why}`,
      );
    }
    await new Promise((r) => setTimeout(r, options.intervalMs ?? 20));
  }
}

/**
 * Makes, with openssl, a CA, a server certificate for 127.0.0.1 and localhost and a client
 * certificate, as PEM files in `dir`: ca.pem, server.pem, server.key, client.pem, client.key.
 */
export function makeTestCertificates(dir: string): Record<string, string> {
  const run = (args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  run([
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-days',
    '1',
    '-subj',
    '/CN=vigil test CA',
    '-keyout',
    'ca.key',
    '-out',
    'ca.pem',
  ]);
  for (const [name, extra] of [
    ['server', 'subjectAltName=IP:127.0.0.1,DNS:localhost'],
    ['client', 'extendedKeyUsage=clientAuth'],
  ] as const) {
    run([
      'req',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-subj',
      `/CN=vigil ${name}`,
      '-keyout',
      `${name}.key`,
      '-out',
      `${name}.csr`,
    ]);
    writeFileSync(join(dir, `${name}.ext`), `${extra}\n`);
    run([
      'x509',
      '-req',
      '-in',
      `${name}.csr`,
      '-CA',
      'ca.pem',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-days',
      '1',
      '-extfile',
      `${name}.ext`,
      '-out',
      `${name}.pem`,
    ]);
  }
  return Object.fromEntries(
    ['ca.pem', 'server.pem', 'server.key', 'client.pem', 'client.key'].map((f) => [
      f,
      join(dir, f),
    ]),
  );
}
