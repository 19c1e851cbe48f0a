#!/usr/bin/env bash
# Does the sensor keep a quiet host's events through a burst? Starts `vigil up` in a temporary
# data directory, then N rounds of: `vigil query` (node starting: ~1,200 opens in ~300 ms), at
# once a shell that reads /etc/shadow, and 3 s later the recorded history of that shell. Prints
# per round whether its open of /etc/shadow was recorded, and at the end the sensor's losses.
# Root, after `pnpm run build`. Usage: bash bench/sensor/bursts.sh [rounds, default 12]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
rounds=${1:-12}
# shellcheck source=vigil-up.sh
source bench/sensor/vigil-up.sh bursts
sleep 8
seen=0
for n in $(seq "$rounds"); do
  "${vigil[@]}" query --data-dir "$dir/data" --since 1m --limit 1 >/dev/null 2>&1
  /bin/sh -c 'read x < /etc/shadow' &
  pid=$!
  wait $pid
  sleep 3
  hits=$("${vigil[@]}" query --data-dir "$dir/data" -o json --since 1m \
    --filter "proc.pid = $pid and fd.name = /etc/shadow" | wc -l)
  [ "$hits" -gt 0 ] && seen=$((seen + 1))
  echo "round $n: shell $pid, its read of /etc/shadow recorded: $([ "$hits" -gt 0 ] && echo yes || echo NO)"
done
echo "recorded $seen of $rounds"
"${vigil[@]}" sensors --data-dir "$dir/data" -o json |
  node -e 'const s = JSON.parse(require("fs").readFileSync(0, "utf8").split("\n")[0]).status;
    console.log(`sensor: up ${s.uptimeSeconds} s, losses ${JSON.stringify(s.losses ?? [])}`)'
