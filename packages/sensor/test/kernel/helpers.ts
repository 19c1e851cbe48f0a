import { existsSync } from 'node:fs';
import { findExecutable } from '@vigil/backplane';
import { createLogger } from '@vigil/common';
import type { vigil } from '@vigil/schema';
import { MemoryOutput, Sensor } from '../../src/index.js';

/** Why kernel tests skip here, or false when they can run (root, and tracefs reachable). */
export function skipWithoutKernelTracing(): string | false {
  if (process.getuid?.() !== 0) return 'needs root for tracefs instances (runs in CI as root)';
  if (!existsSync('/sys/kernel')) return 'no /sys/kernel on this host';
  return false;
}

/** Why eBPF tests skip here, or false when bpftrace is installed. */
export function skipWithoutBpftrace(): string | false {
  return findExecutable('bpftrace')
    ? false
    : 'bpftrace is not installed (scripts/bootstrap.sh installs it as root)';
}

/** A sensor with the tracefs and ebpf collectors (those the host allows) writing into memory. */
export async function startMemorySensor(t: {
  after: (fn: () => Promise<void>) => void;
}): Promise<{ sensor: Sensor; output: MemoryOutput }> {
  const output = new MemoryOutput();
  const sensor = new Sensor({
    output,
    logger: createLogger({ level: 'warn' }),
    collectors: skipWithoutBpftrace() ? ['tracefs'] : ['tracefs', 'ebpf'],
    pollIntervalMs: 10,
    governor: { cpuBudgetCores: 8, lostIntervalMs: 50, statusIntervalMs: 60_000 },
  });
  await sensor.start();
  t.after(() => sensor.stop());
  return { sensor, output };
}

/** The events an output took, as plain objects. */
export function events(output: MemoryOutput): vigil.v1.IEvent[] {
  return output.events.map((e) => e.event);
}
