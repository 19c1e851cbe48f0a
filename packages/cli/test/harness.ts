// What the CLI's tests share: running `vigil` as a child process, and data directories removed
// after the test together with whatever still runs in them.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { processRunning } from '@vigil/backplane';

export const main = fileURLToPath(new URL('../src/main.js', import.meta.url));

export interface Run {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exit: Promise<number | null>;
}

export function vigil(args: string[], env: Record<string, string> = {}): Run {
  const child = spawn(process.execPath, [main, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, stdout: () => out, stderr: () => err, exit };
}

export const alive = processRunning;

export function natsPid(dataDir: string): number {
  return Number(readFileSync(join(dataDir, 'nats', 'nats-server.pid'), 'utf8').trim());
}

/**
 * A data directory, removed after the test together with anything still running in it: the
 * vigil processes given, and the nats-server its pid file names (a test that fails part-way
 * must not leave a server behind).
 */
export function tempDataDir(
  t: { after: (fn: () => Promise<void>) => void },
  runs: Run[] = [],
): string {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-up-'));
  t.after(async () => {
    for (const run of runs) {
      if (run.child.exitCode === null && run.child.signalCode === null) {
        run.child.kill('SIGKILL');
        await run.exit;
      }
    }
    try {
      const pid = natsPid(dir);
      if (alive(pid)) process.kill(pid, 'SIGKILL');
    } catch {
      // no server was started
    }
    rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}

/** Free loopback ports (bound, read, closed: a race no test here loses in practice). */
export async function freePorts(n: number): Promise<number[]> {
  const ports: number[] = [];
  for (let i = 0; i < n; i++) {
    ports.push(
      await new Promise<number>((resolve) => {
        const s = createServer();
        s.listen(0, '127.0.0.1', () => {
          const p = (s.address() as { port: number }).port;
          s.close(() => resolve(p));
        });
      }),
    );
  }
  return ports;
}
