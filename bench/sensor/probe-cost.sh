#!/bin/bash
# bench/sensor/probe-cost.sh, as root, after a build: what each of the sensor's BPF programs costs
# the workload's own system calls, measured by the kernel (kernel.bpf_stats_enabled: run_time_ns
# and run_cnt per program), not by timing the workload: far less noisy than a slowdown, so small
# changes to a probe show. Starts `vigil sensor --stdout` with the budget given (default 0.25;
# a budget of 2 sheds nothing, so every probe takes its recording path), runs the slowdown
# workload once, and prints per program: runs per iteration, ns per run, us per iteration.
# Usage: bash bench/sensor/probe-cost.sh [BUDGET] [ITERATIONS]. Needs bpftool (apt-get install
# bpftool); leaves kernel.bpf_stats_enabled as it found it.
set -euo pipefail
BUDGET=${1:-0.25}
ITER=${2:-1000}
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
command -v bpftool > /dev/null || { echo "probe-cost.sh: needs bpftool (apt-get install bpftool)" >&2; exit 2; }
WAS=$(sysctl -n kernel.bpf_stats_enabled)
sysctl -q kernel.bpf_stats_enabled=1
ERR=$(mktemp)
VIGIL_SENSOR__CPU_BUDGET_CORES=$BUDGET setsid "$ROOT/bin/vigil" sensor --stdout > /dev/null 2> "$ERR" &
S=$!
cleanup() { kill -TERM -- -$S 2> /dev/null || true; wait $S 2> /dev/null || true; sysctl -q kernel.bpf_stats_enabled="$WAS"; rm -f "$ERR"; }
trap cleanup EXIT
for _ in $(seq 60); do grep -q 'vigil sensor on' "$ERR" && break; sleep 0.5; done
grep -q 'ebpf running' "$ERR" || { echo "probe-cost.sh: the ebpf collector is not running:" >&2; cat "$ERR" >&2; exit 1; }
sleep 5
snap() { bpftool prog show -j; }
BEFORE=$(snap)
T0=$(date +%s.%N)
sh -c "i=0; while [ \$i -lt $ITER ]; do /bin/true; cat /etc/hostname > /dev/null; i=\$((i+1)); done"
T1=$(date +%s.%N)
AFTER=$(snap)
python3 - "$BEFORE" "$AFTER" "$ITER" "$T0" "$T1" "$BUDGET" <<'PY'
import json, sys
before = {p['id']: p for p in json.loads(sys.argv[1])}
after = json.loads(sys.argv[2])
it = int(sys.argv[3])
rows, total = [], 0
for p in after:
    b = before.get(p['id'], {})
    runs = p.get('run_cnt', 0) - b.get('run_cnt', 0)
    ns = p.get('run_time_ns', 0) - b.get('run_time_ns', 0)
    if runs == 0:
        continue
    total += ns
    rows.append((ns, p.get('name', '?'), runs))
print(f"budget {sys.argv[6]}, {it} iterations in {float(sys.argv[5]) - float(sys.argv[4]):.3f} s")
for ns, name, runs in sorted(rows, reverse=True):
    print(f"  {name:16s} {runs / it:6.1f} runs/iteration {ns / runs:7.0f} ns/run {ns / it / 1000:7.2f} us/iteration")
print(f"  all programs (any loaded, not only the sensor's): {total / it / 1000:.2f} us/iteration")
PY
