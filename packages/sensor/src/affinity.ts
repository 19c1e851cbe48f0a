import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { VigilError } from '@vigil/common';

// Which CPUs the sensor runs on.
//
// Why: on a small host the sensor's threads (its main thread, V8's GC and compiler workers, the
// bpftrace helper) can all run at once, on every CPU, and then the host's own work has none for a
// moment, however small the sensor's budget. Confined to as many CPUs as its budget needs, the
// sensor leaves the others free of it at every instant. Measured on this project's 2-vCPU VM, the
// bench workload (a shell loop of execs and opens) beside the sensor at its default budget of 0.25
// cores, whole sensor lifetimes in random order (bench/sensor/lifetimes.py, ROUNDS=9 K=3): +8.1 %
// wall unconfined, +4.1 % confined to CPU 0, +4.6 % confined to CPU 1, for the same sensor CPU
// (0.17 cores). bench/RESULTS.md has the figures.

const execFileAsync = promisify(execFile);

/** Parses a CPU list as the kernel writes one (Cpus_allowed_list, cpuset.cpus): `0-3,8,10-11`. */
export function parseCpuList(text: string): number[] {
  const out = new Set<number>();
  const trimmed = text.trim();
  if (trimmed === '') return [];
  for (const part of trimmed.split(',')) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part.trim());
    if (!m) throw new Error(`not a CPU list: '${text}' (expected numbers and ranges, as 0-3,8)`);
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    if (to < from) throw new Error(`not a CPU list: '${text}' (range ${part} runs backwards)`);
    for (let c = from; c <= to; c++) out.add(c);
  }
  return [...out].sort((a, b) => a - b);
}

/** Formats CPU numbers as a list: [0, 1, 2, 5] is `0-2,5`. */
export function formatCpuList(cpus: readonly number[]): string {
  const sorted = [...new Set(cpus)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && (sorted[j + 1] as number) === (sorted[j] as number) + 1) j++;
    parts.push(i === j ? `${sorted[i]}` : `${sorted[i]}-${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(',');
}

/**
 * The CPUs to confine the sensor to, or undefined to leave it where it is. `allowed`: the CPUs it
 * may run on now. By default (`spec` empty) as many as the budget needs, at least one: the last
 * ones of `allowed` (the first CPU tends to take more of the host's interrupts and housekeeping),
 * and none when that would be all of them. 'all' leaves it unconfined; a list is taken as it is
 * and must be among `allowed`.
 */
export function chooseCpus(
  spec: string,
  budgetCores: number,
  allowed: readonly number[],
): number[] | undefined {
  const s = spec.trim();
  if (s === 'all') return undefined;
  if (s !== '') {
    let cpus: number[];
    try {
      cpus = parseCpuList(s);
    } catch (err) {
      throw new VigilError('VGL_ERR_SENSOR_CPUS', `sensor.cpus: ${(err as Error).message}`);
    }
    if (cpus.length === 0)
      throw new VigilError('VGL_ERR_SENSOR_CPUS', `sensor.cpus: '${spec}' names no CPU`);
    const outside = cpus.filter((c) => !allowed.includes(c));
    if (outside.length > 0) {
      throw new VigilError(
        'VGL_ERR_SENSOR_CPUS',
        `sensor.cpus: CPU ${formatCpuList(outside)} is not among the CPUs this process may run on (${formatCpuList(allowed)})`,
      );
    }
    return cpus;
  }
  const needed = Math.max(1, Math.ceil(budgetCores));
  if (needed >= allowed.length) return undefined;
  return allowed.slice(allowed.length - needed);
}

/**
 * The CPUs a task may run on now (Cpus_allowed_list of /proc/<task>/status, proc(5)); `task` is a
 * pid, 'self', or `<pid>/task/<tid>` for one thread.
 */
export function allowedCpus(task: number | string = 'self', proc = '/proc'): number[] {
  const status = readFileSync(`${proc}/${task}/status`, 'utf8');
  const m = /^Cpus_allowed_list:\s*(.*)$/m.exec(status);
  if (!m) throw new Error(`${proc}/${task}/status has no Cpus_allowed_list`);
  return parseCpuList(m[1] as string);
}

/**
 * Confines every thread of process `pid` to `cpus`, with taskset(1) (util-linux): Node has no
 * sched_setaffinity. Threads and processes it starts later inherit the mask (sched_setaffinity(2)).
 */
export async function confineProcess(pid: number, cpus: readonly number[]): Promise<void> {
  try {
    await execFileAsync('taskset', [
      '--all-tasks',
      '--cpu-list',
      '--pid',
      formatCpuList(cpus),
      `${pid}`,
    ]);
  } catch (err) {
    const e = err as NodeJS.ErrnoException & { stderr?: string };
    const why =
      e.code === 'ENOENT'
        ? 'taskset(1) is not installed (util-linux)'
        : e.stderr?.trim() || e.message;
    throw new VigilError(
      'VGL_ERR_SENSOR_CPUS',
      `cannot confine process ${pid} to CPU ${formatCpuList(cpus)}: ${why}`,
      { cause: err },
    );
  }
}

/** Where the sensor runs, as confineSensor left it. */
export interface Confinement {
  /** The CPUs it runs on now. */
  cpus: number[];
  /** The CPUs it could run on before. */
  allowed: number[];
  /** Whether it was confined (false: left on `allowed`). */
  confined: boolean;
  /** Why it was not confined as its default asked (the default's failure is not fatal). */
  problem?: string;
}

/**
 * Confines this process (the sensor, before it starts its collectors and their helpers) per
 * `spec`. An explicit list that cannot be applied throws; the default that cannot be applied
 * leaves the sensor where it is and says why.
 */
export async function confineSensor(spec: string, budgetCores: number): Promise<Confinement> {
  const allowed = allowedCpus();
  const cpus = chooseCpus(spec, budgetCores, allowed);
  if (cpus === undefined) return { cpus: allowed, allowed, confined: false };
  try {
    await confineProcess(process.pid, cpus);
  } catch (err) {
    if (spec.trim() !== '') throw err;
    return { cpus: allowed, allowed, confined: false, problem: (err as Error).message };
  }
  return { cpus, allowed, confined: true };
}
