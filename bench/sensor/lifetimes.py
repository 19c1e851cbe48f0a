#!/usr/bin/env python3
"""Workload slowdown of sensor variants, each in its own sensor lifetimes, in random order.

bench/sensor/run.ts pairs each "on" with an "off" next to it; this script instead compares whole
sensor lifetimes of several variants (another build, other settings), in an order shuffled every
round, so that the machine's drift falls on every variant alike. A measurement aid for telling
which part of the sensor costs the workload what; run.ts stays the figure of record.

Usage (as root, from the repository, after a build):
  VARIANTS='{"off": null,
             "on": {"bin": "bin/vigil", "env": {"VIGIL_SENSOR__CPU_BUDGET_CORES": "0.25"},
                    "args": ["--nats-url", "nats://127.0.0.1:4222"]}}' \
  ROUNDS=10 K=3 python3 bench/sensor/lifetimes.py

Each variant: "bin" runs as `<bin> sensor <args>` (default args: --stdout) with "env" added;
{"burn": S} is a control, a process that only burns S of a core in 10 ms periods (no probes, no
reads of /proc); null is no sensor at all and must be present, named "off": the base of the
percentages. Each
lifetime: start, wait SETTLE_S (10) seconds, one unmeasured workload, K measured ones, SIGTERM.
The workload is run.ts's: ITER (1000) x (exec /bin/true + cat /etc/hostname). Printed: medians
of wall time and of the workload's CPU time (its own and the kernel's for it), and the sensor's
CPU share (the sensor and its helpers: its process group) while the workload ran.
"""
import json
import os
import random
import resource
import signal
import statistics
import subprocess
import sys
import time

ITER = int(os.environ.get('ITER', '1000'))
ROUNDS = int(os.environ.get('ROUNDS', '5'))
K = int(os.environ.get('K', '3'))
SETTLE_S = float(os.environ.get('SETTLE_S', '10'))
VARIANTS = json.loads(os.environ['VARIANTS'])
WORKLOAD = f'i=0; while [ $i -lt {ITER} ]; do /bin/true; cat /etc/hostname > /dev/null; i=$((i+1)); done'
USER_HZ = os.sysconf('SC_CLK_TCK')


def cpu_ticks(pid):
    """utime + stime of a process (proc(5)), 0 once it is gone."""
    try:
        with open(f'/proc/{pid}/stat') as f:
            s = f.read()
    except OSError:
        return 0
    fields = s[s.rindex(')') + 2:].split()
    return int(fields[11]) + int(fields[12])


def workload():
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(['/bin/sh', '-c', WORKLOAD], check=True)
    t1 = time.perf_counter()
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    return t1 - t0, (r1.ru_utime + r1.ru_stime) - (r0.ru_utime + r0.ru_stime)


BURN = """
import sys, time
share = float(sys.argv[1])
while True:
    t = time.perf_counter()
    while time.perf_counter() - t < 0.010 * share:
        pass
    time.sleep(0.010 * (1 - share))
"""


def lifetime(name, spec):
    """K measured workloads under one sensor lifetime of `spec` (None: no sensor)."""
    sensor, pids, out = None, [], []
    if spec and 'burn' in spec:
        sensor = subprocess.Popen([sys.executable, '-c', BURN, str(spec['burn'])],
                                  start_new_session=True)
        time.sleep(0.5)
        pids = [sensor.pid]
    elif spec:
        env = dict(os.environ, **spec.get('env', {}))
        with open(f'/tmp/vigil-lifetimes-{name}.err', 'w') as err:
            sensor = subprocess.Popen([spec['bin'], 'sensor'] + spec.get('args', ['--stdout']),
                                      env=env, stdout=subprocess.DEVNULL, stderr=err,
                                      start_new_session=True)
        time.sleep(SETTLE_S)
        if sensor.poll() is not None:
            sys.exit(f'{name}: the sensor exited ({sensor.returncode}): /tmp/vigil-lifetimes-{name}.err')
        group = subprocess.run(['pgrep', '-g', str(sensor.pid)], capture_output=True, text=True)
        pids = [int(p) for p in group.stdout.split()]
        workload()
    try:
        for _ in range(K):
            before = sum(cpu_ticks(p) for p in pids)
            wall, cpu = workload()
            share = (sum(cpu_ticks(p) for p in pids) - before) / USER_HZ / wall
            out.append((wall, cpu, share))
    finally:
        if sensor:
            os.killpg(sensor.pid, signal.SIGTERM)
            sensor.wait()
            time.sleep(1)
    return out


def main():
    if 'off' not in VARIANTS or VARIANTS['off'] is not None:
        sys.exit('VARIANTS needs "off": null, the base of the percentages')
    runs = {name: [] for name in VARIANTS}
    for r in range(ROUNDS):
        order = list(VARIANTS)
        random.shuffle(order)
        for name in order:
            got = lifetime(name, VARIANTS[name])
            runs[name] += got
            print(f'round {r + 1} {name}: ' + ' '.join(f'{w:.3f}' for w, _, _ in got),
                  file=sys.stderr, flush=True)
    base_wall = statistics.median(w for w, _, _ in runs['off'])
    base_cpu = statistics.median(c for _, c, _ in runs['off'])
    for name, got in runs.items():
        wall = statistics.median(w for w, _, _ in got)
        cpu = statistics.median(c for _, c, _ in got)
        share = statistics.median(s for _, _, s in got)
        print(f'{name:12s} wall {wall:.3f} s ({(wall / base_wall - 1) * 100:+.1f} %), workload CPU '
              f'{cpu:.3f} s ({(cpu / base_cpu - 1) * 100:+.1f} %), sensor share {share:.3f} cores, n={len(got)}')


if __name__ == '__main__':
    main()
