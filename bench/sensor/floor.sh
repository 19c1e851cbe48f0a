#!/bin/bash
# bench/sensor/floor.sh, as root, after a build: what the eBPF collector's kernel probes cost the
# workload by themselves, with no sensor process (usage: bash bench/sensor/floor.sh).
set -u
PROG_DIR=$(mktemp -d)
trap 'rm -rf "$PROG_DIR"' EXIT
node --input-type=module -e "
import { BPFTRACE_PROGRAM } from '$(cd "$(dirname "$0")/../.." && pwd)/packages/sensor/dist/src/collectors/ebpf-program.js';
import { writeFileSync } from 'node:fs';
writeFileSync('$PROG_DIR/prog-shed.bt', BPFTRACE_PROGRAM.replace('@shed = -1;', '@shed = 2;'));
"
# Workload timing: baseline vs a bpftrace program with one syscall tracepoint that does nothing
# vs the sensor's program while shedding (counting only), alternating, medians.
w() { local s=$(date +%s.%N); sh -c 'i=0; while [ $i -lt 1000 ]; do /bin/true; cat /etc/hostname > /dev/null; i=$((i+1)); done'; echo "$(date +%s.%N) - $s" | bc; }
med() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
: > $PROG_DIR/f.base; : > $PROG_DIR/f.noop; : > $PROG_DIR/f.shed
for r in 1 2 3 4 5 6 7; do
  w >> $PROG_DIR/f.base
  bpftrace -e 'tracepoint:syscalls:sys_enter_getppid { @x = count(); }' > /dev/null 2>&1 & B=$!; sleep 4; w >> $PROG_DIR/f.noop; kill $B; wait $B 2>/dev/null
  w >> $PROG_DIR/f.base
  bpftrace -f json $PROG_DIR/prog-shed.bt 1 > /dev/null 2>&1 & B=$!; sleep 5; w >> $PROG_DIR/f.shed; kill $B; wait $B 2>/dev/null
done
echo "baseline median $(med < $PROG_DIR/f.base) s (n=$(wc -l < $PROG_DIR/f.base)); one idle syscall tracepoint $(med < $PROG_DIR/f.noop) s; sensor program shedding $(med < $PROG_DIR/f.shed) s"
