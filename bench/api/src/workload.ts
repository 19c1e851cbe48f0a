// bench/api's workload, run as its own process: opens (and closes) the files f0..f<count-1> of a
// folder at a steady rate, in ticks of 10 ms, until it has opened `total`.
// Usage: node workload.js <folder> <count> <rate> <total>
//
// Its command line is short, like most processes' are: every event carries its process's argv,
// and an inline script of the 100 file names made each event ~5.8 kB instead of ~1.4 kB.
import { closeSync, openSync } from 'node:fs';
import { join } from 'node:path';

const [folder = '', count, rate, total] = process.argv.slice(2);
const files = Array.from({ length: Number(count) }, (_, i) => join(folder, `f${i}`));
const perTick = Number(rate) / 100;
const all = Number(total);
const t0 = Date.now();
let n = 0;
const tick = () => {
  const due = Math.min(all, Math.round((Date.now() - t0) / 10) * perTick + perTick);
  for (; n < due; n++) closeSync(openSync(files[n % files.length] as string, 'r'));
  if (n < all) setTimeout(tick, 10 - ((Date.now() - t0) % 10));
};
tick();
