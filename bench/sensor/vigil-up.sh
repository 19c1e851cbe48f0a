# Sourced by bench/sensor scripts, from the tree to run (the current directory): starts `vigil up`
# in a temporary data directory ($dir/data, warnings only), removes it all on exit, and returns
# once the platform has written its endpoints. Sets dir, up (its pid) and vigil (the CLI).
dir=$(mktemp -d -t "vigil-${1:-bench}-XXXX")
vigil=(node packages/cli/dist/src/main.js)
printf 'log:\n  level: warn\n' >"$dir/vigil.yaml"
"${vigil[@]}" up --data-dir "$dir/data" --nats-port 0 --config "$dir/vigil.yaml" >/dev/null 2>"$dir/err" &
up=$!
trap 'kill $up 2>/dev/null; wait $up 2>/dev/null; rm -rf "$dir"' EXIT
for _ in $(seq 60); do [ -f "$dir/data/endpoints.json" ] && break; sleep 1; done
