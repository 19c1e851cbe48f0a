import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const main = fileURLToPath(new URL('../src/main.js', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const falcoDir = process.env.VIGIL_FALCO_DIR ?? join(repoRoot, '..', 'shared', 'falco');

function vigil(...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [main, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test('vigil rules validate: counts, the fields each rule lacks, errors with file:line:col', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-rules-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const good = join(dir, 'good.yaml');
  writeFileSync(
    good,
    `- rule: Env\n  desc: d\n  condition: evt.type = execve and proc.env contains X\n  output: o\n  priority: WARNING\n` +
      `- rule: Ok\n  desc: d\n  condition: evt.type = execve\n  output: o %proc.name\n  priority: NOTICE\n`,
  );
  const ok = vigil('rules', 'validate', good);
  assert.equal(ok.code, 0, ok.err);
  assert.match(
    ok.out,
    /^1 file\(s\), 2 rules: 1 compile \(1 run, 0 wait for events Vigil does not report yet, 0 disabled\), 1 need fields/,
  );
  assert.match(ok.out, /good\.yaml:1 rule "Env": needs proc\.env/);

  const bad = join(dir, 'bad.yaml');
  writeFileSync(
    bad,
    `- rule: Bad\n  desc: d\n  condition: evt.type = execve and (proc.name = x\n  output: o\n  priority: WARNING\n`,
  );
  const failed = vigil('rules', 'validate', good, bad);
  assert.equal(failed.code, 1);
  assert.match(failed.err, /bad\.yaml:3:\d+: error: rule Bad: /);

  const builtin = vigil('rules', 'validate');
  assert.equal(builtin.code, 0, builtin.err);
  assert.match(builtin.out, /^1 file\(s\), (\d+) rules: \1 compile/);
});

test(
  "vigil rules validate on Falco's three rules files: no errors, and per rule the fields Vigil lacks",
  {
    skip: existsSync(join(falcoDir, 'falco_rules.yaml'))
      ? false
      : `Falco's rules files are absent from ${falcoDir}`,
  },
  () => {
    const files = [
      'falco_rules.yaml',
      'falco-incubating_rules.yaml',
      'falco-sandbox_rules.yaml',
    ].map((f) => join(falcoDir, f));
    const r = vigil('rules', 'validate', ...files);
    assert.equal(r.code, 0, r.err);
    const m =
      /^3 file\(s\), (\d+) rules: (\d+) compile .* (\d+) need fields Vigil cannot supply yet, 0 of other sources, 0 error\(s\)/.exec(
        r.out,
      );
    assert.ok(m, r.out);
    assert.equal(Number(m[1]), Number(m[2]) + Number(m[3]));
    assert.equal(
      r.out.split('\n').filter((l) => / rule ".*": needs /.test(l)).length,
      Number(m[3]),
    );
    // Rules that compile but could never fire are not counted as running, and are listed.
    const waiting =
      /\((\d+) run, (\d+) wait for events Vigil does not report yet, (\d+) disabled\)/.exec(r.out);
    assert.ok(waiting, r.out);
    assert.equal(Number(m[2]), Number(waiting[1]) + Number(waiting[2]) + Number(waiting[3]));
    assert.equal(
      r.out
        .split('\n')
        .filter((l) => / rule ".*": matches only .* which Vigil does not report yet$/.test(l))
        .length,
      Number(waiting[2]),
    );
  },
);

test('vigil rules test: alerts from a replay file, bad lines named, fields listed', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-rules-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const events = join(dir, 'events.jsonl');
  const shadow = {
    host: 'h1',
    timeNs: '1763800000000000000',
    process: { pid: 10, comm: 'cat', argv: ['cat', '/etc/shadow'], processUid: 'u1', user: 'root' },
    fileOpen: { path: '/etc/shadow', flags: 0, result: '3' },
  };
  writeFileSync(events, `${JSON.stringify(shadow)}\n{"host":"h1","nope":1}\n`);
  const r = vigil('rules', 'test', '--events', events);
  assert.equal(r.code, 1, 'a bad line makes the run fail');
  assert.match(
    r.out,
    /^2025-11-22T08:26:40\.000Z Error: Shadow file read \(file=\/etc\/shadow cmdline=cat \/etc\/shadow .*\) \[rule: Shadow file read\]$/m,
  );
  assert.match(r.err, /events\.jsonl: line 2 \$\.nope: unknown field of Event/);
  assert.match(r.err, /1 events, 1 alerts, 1 bad line\(s\) skipped/);

  const json = vigil('rules', 'test', '--events', events, '-o', 'json');
  const alert = JSON.parse(json.out.split('\n')[0] ?? '') as {
    rule: string;
    priority: string;
    tags: string[];
  };
  assert.equal(alert.rule, 'Shadow file read');
  assert.equal(alert.priority, 'PRIORITY_ERROR');

  const fields = vigil('rules', 'fields');
  assert.equal(fields.code, 0);
  assert.match(fields.out, /^proc\.aname\[N\]\s+string\s+/m);
  assert.match(fields.out, /fileOpen\s+openat, open, openat2, creat/);
});
