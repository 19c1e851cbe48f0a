// bench/detect: events per CPU-second through the detection engine, over a recorded mix of real
// events. With no --events file, the mix is recorded here first (as root): `vigil sensor
// --stdout` while a build-like workload runs (C compiles, git, short execs, file reads, TCP
// connects to a local server). Measured, interleaved, in the same run: an engine with no rules
// (the baseline: dispatch only), Vigil's rules, Falco's stable rules, and both.
//
// Usage: node bench/detect/dist/run.js [--events FILE] [--record-seconds S] [--runs R]
//   [--seconds S] [--falco-dir DIR] [--rule-matching first|all]
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  BUILTIN_RULES_FILE,
  type CompiledRule,
  Engine,
  type RuleMatching,
  Ruleset,
} from '@vigil/detect';
import { type EventKind, type vigil, eventFromJsonLine, kindOf } from '@vigil/schema';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '' },
    'record-seconds': { type: 'string', default: '8' },
    runs: { type: 'string', default: '5' },
    seconds: { type: 'string', default: '2' },
    'falco-dir': { type: 'string', default: join(repoRoot, '..', 'shared', 'falco') },
    'rule-matching': { type: 'string', default: 'all' },
    save: { type: 'string', default: '' },
  },
});

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

function cpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

/** Runs `vigil sensor --stdout` while a build-like workload runs; returns the JSONL it printed. */
async function record(seconds: number): Promise<string> {
  if (process.getuid?.() !== 0) {
    throw new Error(
      'recording a mix needs root (the sensor); pass --events FILE with a recorded JSONL mix',
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'vigil-bench-detect-'));
  try {
    const main = join(repoRoot, 'packages', 'cli', 'dist', 'src', 'main.js');
    const sensor = spawn(
      process.execPath,
      [main, 'sensor', '--stdout', '--data-dir', dir, '--log-level', 'warn'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let err = '';
    sensor.stdout.on('data', (d: Buffer) => (out += d.toString()));
    sensor.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const deadline = Date.now() + 30_000;
    while (!err.includes('vigil sensor on ')) {
      if (Date.now() > deadline || sensor.exitCode !== null)
        throw new Error(`sensor did not start: ${err}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const server = createServer((s) => s.end());
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const port = (server.address() as { port: number }).port;
    const c = join(dir, 'w.c');
    writeFileSync(c, '#include <stdio.h>\nint main(void) { puts("hi"); return 0; }\n');
    const until = Date.now() + seconds * 1000;
    while (Date.now() < until) {
      spawnSync('cc', ['-O1', '-o', join(dir, 'w'), c]);
      spawnSync('git', ['-C', repoRoot, 'status', '--short'], { stdio: 'ignore' });
      spawnSync('/bin/sh', [
        '-c',
        'for i in 1 2 3 4 5 6 7 8 9 10; do /bin/true; cat /etc/hostname >/dev/null; ls /usr/lib >/dev/null; done',
      ]);
      for (let i = 0; i < 20; i++) {
        await new Promise<void>((r) =>
          connect(port, '127.0.0.1')
            .on('close', () => r())
            .on('error', () => r()),
        );
      }
    }
    server.close();
    await new Promise((r) => setTimeout(r, 1000));
    sensor.kill('SIGTERM');
    await new Promise((r) => sensor.once('exit', r));
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function load(files: string[]): CompiledRule[] {
  const rs = new Ruleset();
  for (const f of files) rs.load(f, readFileSync(f, 'utf8'));
  const result = rs.compile();
  const errors = result.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0)
    throw new Error(`rules do not load: ${errors.map((e) => e.message).join('; ')}`);
  return result.rules;
}

/** Events per CPU-second of one engine over the mix, looping for at least `seconds` of CPU. */
function measure(
  rules: readonly CompiledRule[],
  events: vigil.v1.Event[],
  seconds: number,
  ruleMatching: RuleMatching,
): { rate: number; matchesPerPass: number } {
  const engine = new Engine(rules, { ruleMatching });
  let matches = 0;
  const onMatch = (): void => {
    matches++;
  };
  // Warm-up: one pass, for the JIT.
  for (const e of events) engine.process(e, onMatch);
  matches = 0;
  let passes = 0;
  const start = cpuSeconds();
  let used = 0;
  do {
    for (const e of events) engine.process(e, onMatch);
    passes++;
    used = cpuSeconds() - start;
  } while (used < seconds);
  return { rate: (passes * events.length) / used, matchesPerPass: matches / passes };
}

async function main(): Promise<void> {
  let text: string;
  let source: string;
  if (values.events) {
    text = readFileSync(values.events, 'utf8');
    source = values.events;
  } else {
    text = await record(Number(values['record-seconds']));
    source = `recorded now for ${values['record-seconds']} s`;
    if (values.save) writeFileSync(values.save, text);
  }
  const events = text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l, i) => eventFromJsonLine(l, i + 1));
  const mix = new Map<EventKind | 'none', number>();
  for (const e of events) {
    const k = kindOf(e) ?? 'none';
    mix.set(k, (mix.get(k) ?? 0) + 1);
  }
  const stable = join(values['falco-dir'], 'falco_rules.yaml');
  const sets: Array<[string, CompiledRule[]]> = [
    ['no rules (baseline)', []],
    ['Vigil', load([BUILTIN_RULES_FILE])],
    ['Falco stable', load([stable])],
    ['Falco stable + Vigil', load([stable, BUILTIN_RULES_FILE])],
  ];
  const ruleMatching = values['rule-matching'] as RuleMatching;
  console.log(`machine: ${cpus().length} x ${cpus()[0]?.model ?? '?'}, node ${process.version}`);
  console.log(
    `events: ${events.length} (${source}): ${[...mix].map(([k, n]) => `${k} ${n}`).join(', ')}`,
  );
  console.log(
    `rule_matching: ${ruleMatching}; ${values.runs} runs of >= ${values.seconds} CPU-s each, interleaved`,
  );
  const rates = new Map<string, number[]>(sets.map(([n]) => [n, []]));
  const matches = new Map<string, number>();
  for (let run = 0; run < Number(values.runs); run++) {
    for (const [name, rules] of sets) {
      const r = measure(rules, events, Number(values.seconds), ruleMatching);
      rates.get(name)?.push(r.rate);
      matches.set(name, r.matchesPerPass);
    }
  }
  for (const [name, rules] of sets) {
    const rs = rates.get(name) ?? [];
    console.log(
      `${name.padEnd(22)} ${String(rules.length).padStart(3)} rules: median ${Math.round(median(rs)).toLocaleString('en')} events/CPU-s` +
        ` (min ${Math.round(Math.min(...rs)).toLocaleString('en')}, max ${Math.round(Math.max(...rs)).toLocaleString('en')}), ${matches.get(name)} matches per pass`,
    );
  }
}

await main();
