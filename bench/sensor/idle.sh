#!/usr/bin/env bash
# What an idle `vigil up` costs, and what it records of itself. Starts vigil up in a temporary
# data directory, waits 30 s, then over 60 s in which nothing else is started: the CPU of each of
# its processes (clock ticks from /proc/<pid>/task/*/stat, 100 a second) and the events recorded,
# by kind and process name. Root, after `pnpm run build`.
# Usage: bash bench/sensor/idle.sh [tree, default this one] (another checkout's build, to compare)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "${1:-$here}"
# shellcheck source=vigil-up.sh
source "$here/bench/sensor/vigil-up.sh" idle
sleep 30
# Pids once, read without starting a process per task: the measurement starts few processes.
names=(sensor bpftrace nats-server recorder detector up)
pids=(
  "$(pgrep -f 'main.js sensor' | tr '\n' ' ')"
  "$(pgrep -x bpftrace | tr '\n' ' ')"
  "$(pgrep -x nats-server | tr '\n' ' ')"
  "$(pgrep -f 'main.js recorder' | tr '\n' ' ')"
  "$(pgrep -f 'main.js detector' | tr '\n' ' ')"
  "$up"
)
ticks() {
  local t=0 p f rest
  for p in $1; do
    for f in /proc/"$p"/task/*/stat; do
      read -r rest <"$f" || continue
      rest=${rest##*) }
      read -r -a a <<<"$rest"
      t=$((t + a[11] + a[12]))
    done
  done
  echo $t
}
before=()
for i in "${!names[@]}"; do before[i]=$(ticks "${pids[i]}"); done
t0=$(date -u +%Y-%m-%dT%H:%M:%S.%3NZ)
sleep 60
t1=$(date -u +%Y-%m-%dT%H:%M:%S.%3NZ)
total=0
for i in "${!names[@]}"; do
  n=$(($(ticks "${pids[i]}") - before[i]))
  total=$((total + n))
  echo "${names[i]}: $n ticks in 60 s"
done
echo "vigil up and its processes: $total ticks in 60 s ($(awk "BEGIN { printf \"%.3f\", $total / 6000 }") cores)"
"${vigil[@]}" query --data-dir "$dir/data" --since "$t0" --until "$t1" -o json --limit 10000 |
  node -e '
const lines = require("fs").readFileSync(0, "utf8").split("\n").filter(Boolean).map(JSON.parse);
const envelope = new Set(["id", "sensorId", "host", "monoNs", "timeNs", "seq", "process", "container"]);
const by = {};
for (const e of lines) {
  const key = `${Object.keys(e).find((k) => !envelope.has(k))} ${e.process?.comm ?? "-"}`;
  by[key] = (by[key] ?? 0) + 1;
}
console.log(`${lines.length} events recorded in the 60 s (${(lines.length / 60).toFixed(1)}/s)`);
for (const [k, v] of Object.entries(by).sort((a, b) => b[1] - a[1]).slice(0, 10)) console.log(`  ${v} ${k}`);
for (const e of lines.filter((e) => e.lost))
  console.log(`  lost: ${e.lost.count} ${e.lost.reason} at ${e.lost.stage} ${JSON.stringify(e.lost.kinds)}`);'
