import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { v1 } from '@vigil/schema';
import type { vigil } from '@vigil/schema';
import { Alerter, Engine, type CompileResult, Ruleset, formatProblem } from '../src/index.js';

function compile(...files: Array<[string, string]>): CompileResult {
  const rs = new Ruleset();
  for (const [name, text] of files) rs.load(name, text);
  return rs.compile();
}

function errors(result: CompileResult): string[] {
  return result.problems.filter((p) => p.severity === 'error').map(formatProblem);
}

const exec = (comm: string, args: string[] = [], uid = 'u1'): vigil.v1.IEvent => ({
  host: 'h',
  process: { pid: 7, processUid: uid, comm, argv: [comm, ...args], ancestors: [{ comm: 'bash' }] },
  processExec: { filename: `/usr/bin/${comm}`, argv: [comm, ...args] },
});

function names(
  result: CompileResult,
  event: vigil.v1.IEvent,
  ruleMatching: 'first' | 'all' = 'all',
): string[] {
  const out: string[] = [];
  new Engine(result.rules, { ruleMatching }).process(event, (r) => out.push(r.name));
  return out;
}

const BASE = `
- list: shells
  items: [bash, sh]
- macro: spawned
  condition: evt.type = execve
- rule: Shell
  desc: a shell
  condition: spawned and proc.name in (shells)
  output: shell %proc.name
  priority: WARNING
  tags: [T1059]
`;

describe('rules files', () => {
  test('lists, macros, append and override (old and new style)', () => {
    const more = `
- list: shells
  items: [zsh]
  append: true
- macro: spawned
  condition: and proc.pid > 0
  append: true
- rule: Shell
  condition: and not proc.args contains safe
  append: true
- rule: Shell
  priority: CRITICAL
  tags: [extra]
  override:
    priority: replace
    tags: append
`;
    const result = compile(['base.yaml', BASE], ['more.yaml', more]);
    assert.deepEqual(errors(result), []);
    assert.deepEqual(names(result, exec('zsh')), ['Shell']);
    assert.deepEqual(names(result, exec('zsh', ['safe'])), []);
    const rule = result.rules[0];
    assert.equal(rule?.priority, 'critical');
    assert.deepEqual(rule?.tags, ['T1059', 'extra']);
  });

  test('a rule re-declared with only enabled: false is switched off', () => {
    const result = compile(['base.yaml', BASE], ['off.yaml', '- rule: Shell\n  enabled: false\n']);
    assert.equal(result.rules.length, 0);
    assert.deepEqual(
      result.skipped.map((s) => [s.name, s.reason]),
      [['Shell', 'disabled']],
    );
    assert.equal(result.compiled, 1, 'a disabled rule still compiles');
  });

  test('exceptions: tuples of fields, single fields with lists, appended values', () => {
    const rules = `
- rule: Exec
  desc: d
  condition: evt.type = execve
  output: o
  priority: NOTICE
  exceptions:
    - name: known
      fields: [proc.name, proc.args]
      comps: [=, startswith]
      values:
        - [make, -j]
    - name: names
      fields: proc.name
      values: [gcc, cc1]
- rule: Exec
  exceptions:
    - name: names
      values: [ld]
  override:
    exceptions: append
`;
    const result = compile(['x.yaml', rules]);
    assert.deepEqual(errors(result), []);
    assert.deepEqual(names(result, exec('make', ['-j4'])), []);
    assert.deepEqual(names(result, exec('make', ['all'])), ['Exec']);
    assert.deepEqual(names(result, exec('gcc')), []);
    assert.deepEqual(names(result, exec('ld')), []);
    assert.deepEqual(names(result, exec('curl')), ['Exec']);
  });

  test('errors give file, line and column, also inside folded conditions and macros', () => {
    const bad = `- macro: m
  condition: proc.name = x and

- rule: Folded
  desc: d
  condition: >
    evt.type = execve
    and proc.pid = abc
  output: o
  priority: WARNING

- rule: Uses bad macro
  desc: d
  condition: evt.type = execve and m
  output: o
  priority: WARNING

- rule: Bad priority
  desc: d
  condition: evt.type = execve
  output: o
  priority: SEVERE

- rule: Missing
  desc: d
  condition: evt.type = execve and nosuchmacro
  output: o
  priority: INFO
`;
    const result = compile(['bad.yaml', bad]);
    const errs = errors(result);
    assert.equal(errs.length, 4, errs.join('\n'));
    assert.match(
      errs.find((e) => e.includes('Folded')) ?? '',
      /^bad\.yaml:8:20: error: rule Folded: proc\.pid is a number/,
    );
    assert.match(
      errs.find((e) => e.includes('Uses bad macro')) ?? '',
      /^bad\.yaml:2:31: error: .*\(in macro m\)/,
    );
    assert.match(
      errs.find((e) => e.includes('Bad priority')) ?? '',
      /^bad\.yaml:22:13: error: rule Bad priority: unknown priority 'SEVERE'/,
    );
    assert.match(
      errs.find((e) => e.includes('Missing')) ?? '',
      /^bad\.yaml:26:36: error: rule Missing: undefined macro 'nosuchmacro'/,
    );
  });

  test('not YAML, not a list, unknown items and appends to nothing are errors', () => {
    assert.match(
      errors(compile(['a.yaml', '- rule: [unclosed\n']))[0] ?? '',
      /^a\.yaml:\d+:\d+: error: not valid YAML/,
    );
    assert.match(errors(compile(['b.yaml', 'rule: x\n']))[0] ?? '', /a rules file is a list/);
    assert.match(errors(compile(['c.yaml', '- something: x\n']))[0] ?? '', /unknown item/);
    assert.match(
      errors(compile(['d.yaml', '- list: l\n  items: [a]\n  append: true\n']))[0] ?? '',
      /^d\.yaml:1:3: error: list l: cannot append to list l: it is not defined before/,
    );
    assert.match(
      errors(compile(['e.yaml', '- required_engine_version: 99.0.0\n']))[0] ?? '',
      /needs rules engine version 99\.0\.0/,
    );
  });

  test("a list's items that name lists are those lists' items, as Falco expands them", () => {
    const rules = `
- list: deb_binaries
  items: [dpkg, apt-get]
- list: package_mgmt_binaries
  items: [deb_binaries, npm, '"deb_binaries"']
- list: outer
  items: [package_mgmt_binaries, outer]
- rule: Pkg
  desc: d
  condition: evt.type = execve and proc.name in (outer)
  output: o
  priority: WARNING
`;
    const result = compile(['l.yaml', rules]);
    assert.deepEqual(errors(result), []);
    const exec = (comm: string): vigil.v1.IEvent => ({
      host: 'h',
      process: { pid: 1, processUid: 'u1', comm, argv: [comm] },
      processExec: { filename: `/usr/bin/${comm}` },
    });
    // Nested twice; a quoted item is a name, not a list; a list naming itself does not loop.
    for (const comm of ['dpkg', 'apt-get', 'npm', 'deb_binaries', 'outer'])
      assert.deepEqual(names(result, exec(comm)), ['Pkg'], comm);
    assert.deepEqual(names(result, exec('sh')), []);
  });

  test('a rule that can match no event Vigil reports does not run, and says which event types it waits for', () => {
    const rules = `
- macro: set_caps
  condition: (evt.type = capset and evt.dir = <)
- rule: Capset
  desc: d
  condition: set_caps and proc.name != runc
  output: o
  priority: WARNING
- rule: Module
  desc: d
  condition: evt.type in (init_module, finit_module) and evt.dir = <
  output: o
  priority: WARNING
- rule: Never
  desc: d
  condition: evt.type = execve and evt.type = openat
  output: o
  priority: WARNING
- rule: Some
  desc: d
  condition: evt.type in (capset, execve)
  output: o
  priority: WARNING
`;
    const result = compile(['n.yaml', rules]);
    assert.deepEqual(errors(result), []);
    assert.deepEqual(
      result.rules.map((r) => r.name),
      ['Some'],
    );
    assert.deepEqual(
      result.skipped.map((s) => [s.name, s.reason, s.fields]),
      [
        ['Capset', 'unsupported-events', ['capset']],
        ['Module', 'unsupported-events', ['init_module', 'finit_module']],
        ['Never', 'unsupported-events', []],
      ],
    );
    const warnings = result.problems.filter((p) => p.severity === 'warning').map((p) => p.message);
    assert.ok(
      warnings.includes(
        'matches only capset events, which Vigil does not report yet; the rule does not run',
      ),
      warnings.join('\n'),
    );
    assert.ok(warnings.includes('can match no event Vigil reports; the rule does not run'));
  });

  test('a field Vigil lacks keeps the rule from running and is reported; other sources are reported', () => {
    const rules = `
- rule: Env
  desc: d
  condition: evt.type = execve and proc.env contains X
  output: o
  priority: WARNING
- rule: Audit
  desc: d
  condition: ka.verb = create
  output: o
  priority: WARNING
  source: k8s_audit
`;
    const result = compile(['g.yaml', rules]);
    assert.deepEqual(errors(result), []);
    assert.equal(result.rules.length, 0);
    assert.deepEqual(
      result.skipped.map((s) => [s.name, s.reason, s.fields]),
      [
        ['Env', 'unsupported-fields', ['proc.env']],
        ['Audit', 'unsupported-source', []],
      ],
    );
  });
});

describe('engine', () => {
  const two = `${BASE}
- rule: Any bash
  desc: d
  condition: proc.name = bash
  output: o
  priority: NOTICE
  tags: []
`;

  test('rule_matching first stops at the first rule in load order; all runs every rule', () => {
    const result = compile(['two.yaml', two]);
    assert.deepEqual(names(result, exec('bash'), 'first'), ['Shell']);
    assert.deepEqual(names(result, exec('bash'), 'all'), ['Shell', 'Any bash']);
  });

  test('a rule that throws counts as not matching; the rules after it still run', () => {
    const result = compile(['two.yaml', two]);
    const [first, second] = result.rules;
    assert.ok(first && second);
    const broken = {
      ...first,
      matchers: new Map(
        [...first.matchers].map(([k]) => [
          k,
          () => {
            throw new Error('boom');
          },
        ]),
      ),
    };
    const failures: string[] = [];
    const engine = new Engine([broken, second], {
      ruleMatching: 'all',
      onError: (rule, err) => failures.push(`${rule.name}: ${(err as Error).message}`),
    });
    const hits: string[] = [];
    engine.process(exec('bash'), (r) => hits.push(r.name));
    assert.deepEqual(hits, ['Any bash']);
    assert.deepEqual(failures, ['Shell: boom']);
    assert.equal(engine.errors, 1);
  });

  test('rules are indexed by the event kinds their conditions allow', () => {
    const result = compile(['two.yaml', two]);
    const engine = new Engine(result.rules);
    assert.deepEqual(
      engine.rulesFor('processExec').map((r) => r.name),
      ['Shell', 'Any bash'],
    );
    assert.deepEqual(
      engine.rulesFor('fileOpen').map((r) => r.name),
      ['Any bash'],
    );
  });
});

describe('alerts', () => {
  test('one alert per rule and process within the dedup window; the rest counted', () => {
    const result = compile(['base.yaml', BASE]);
    let now = 1_000_000;
    const alerter = new Alerter({ detectorId: 'd1', dedupWindowMs: 1000, now: () => now });
    const engine = new Engine(result.rules);
    const raised: vigil.v1.IAlert[] = [];
    const run = (e: vigil.v1.IEvent) =>
      engine.process(e, (rule, ctx) => {
        const a = alerter.alert(rule, ctx);
        if (a) raised.push(a);
      });
    run(exec('bash', [], 'p1'));
    run(exec('bash', [], 'p1'));
    run(exec('bash', [], 'p2'));
    now += 1500;
    run(exec('bash', [], 'p1'));
    assert.equal(raised.length, 3);
    assert.equal(alerter.suppressed.get('Shell'), 1);
    const a = raised[0];
    assert.equal(a?.rule, 'Shell');
    assert.equal(a?.priority, 5);
    assert.equal(a?.output, 'shell bash');
    assert.deepEqual(a?.outputFields, { 'proc.name': 'bash' });
    assert.equal(a?.detectorId, 'd1');
    assert.equal(String(a?.timeNs), '1000000000000');
  });
});

// Falco's own rules files, beside the clone (../shared/falco).
const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const falcoDir = process.env.VIGIL_FALCO_DIR ?? join(repoRoot, '..', 'shared', 'falco');
const FALCO_FILES = ['falco_rules.yaml', 'falco-incubating_rules.yaml', 'falco-sandbox_rules.yaml'];
const falcoSkip = FALCO_FILES.every((f) => existsSync(join(falcoDir, f)))
  ? false
  : `Falco's rules files are absent from ${falcoDir} (read from ../shared beside the clone)`;

/** The first `n` of Falco's rules files (stable, incubating, sandbox), compiled together. */
function falcoRules(n: number) {
  const rs = new Ruleset();
  for (const f of FALCO_FILES.slice(0, n))
    rs.load(join(falcoDir, f), readFileSync(join(falcoDir, f), 'utf8'));
  return rs.compile();
}
const stableAndIncubatingFalcoRules = () => falcoRules(2);
const allFalcoRules = () => falcoRules(3);

/** Falco's stable rules file (falco_rules.yaml), loaded and compiled alone. */
function stableFalcoRules() {
  const rs = new Ruleset();
  rs.load('falco_rules.yaml', readFileSync(join(falcoDir, 'falco_rules.yaml'), 'utf8'));
  return rs.compile();
}

test(
  "Falco's three rules files load unmodified: no errors, and every rule that does not run says which fields it needs",
  { skip: falcoSkip },
  () => {
    const result = allFalcoRules();
    assert.deepEqual(errors(result), []);
    assert.ok(result.total > 80, `${result.total} rules`);
    for (const s of result.skipped) {
      if (s.reason === 'unsupported-fields' || s.reason === 'unsupported-events')
        assert.ok(s.fields.length > 0, s.name);
      else assert.equal(s.reason, 'disabled', s.name);
    }
    assert.ok(result.compiled >= 70, `${result.compiled} of ${result.total} compile`);
    const s = stableFalcoRules();
    assert.ok(s.rules.length >= 22, `${s.rules.length} stable rules run`);
  },
);

test(
  "Falco's symlink and hardlink rules over sensitive files fire on link events, and only on the kind they name",
  { skip: falcoSkip },
  () => {
    const result = stableFalcoRules();
    const link = (target: string, hard: boolean): vigil.v1.IEvent => ({
      host: 'h',
      process: { pid: 9, processUid: 'u9', comm: 'ln', argv: ['ln'], ancestors: [{ comm: 'sh' }] },
      fileLink: { linkPath: '/tmp/x', target, hard, result: 0 },
    });
    const fired = (e: vigil.v1.IEvent) =>
      names(result, e).filter((n) => /Create (Sym|Hard)link Over Sensitive Files/.test(n));
    assert.deepEqual(fired(link('/etc/shadow', false)), ['Create Symlink Over Sensitive Files']);
    assert.deepEqual(fired(link('/etc/shadow', true)), ['Create Hardlink Over Sensitive Files']);
    assert.deepEqual(fired(link('/tmp/y', false)), []);
    assert.deepEqual(fired(link('/tmp/y', true)), []);
  },
);

test(
  "Falco's ptrace rules fire on an attach or a write to a tracee, and on PTRACE_TRACEME",
  { skip: falcoSkip },
  () => {
    const result = stableFalcoRules();
    const ptrace = (request: number): vigil.v1.IEvent => ({
      host: 'h',
      process: { pid: 9, processUid: 'u9', comm: 'inject', argv: ['inject'] },
      processPtrace: { request, targetPid: 77, result: 0 },
    });
    const fired = (e: vigil.v1.IEvent) => names(result, e).filter((n) => /PTRACE/.test(n));
    // PTRACE_SETREGSET too: the rule's `contains PTRACE_SETREGS` matches its name, in Falco too.
    for (const request of [16, 0x4206, 4, 5, 13, 0x4205])
      assert.deepEqual(fired(ptrace(request)), ['PTRACE attached to process'], String(request));
    assert.deepEqual(fired(ptrace(0)), ['PTRACE anti-debug attempt']);
    assert.deepEqual(fired(ptrace(6)), [], 'PTRACE_POKEUSR is not in the rule');
  },
);

test(
  "Falco's packet socket rule fires on an AF_PACKET socket made in a container, not on the host nor for a raw IP socket",
  { skip: falcoSkip },
  () => {
    const result = stableFalcoRules();
    const socket = (domain: number, inContainer: boolean): vigil.v1.IEvent => ({
      host: 'h',
      process: { pid: 9, processUid: 'u9', comm: 'arpspoof', argv: ['arpspoof'] },
      ...(inContainer ? { container: { id: 'c'.repeat(64), name: 'web' } } : {}),
      netSocket: { domain, type: 3, protocol: 0x300, result: 3 },
    });
    const fired = (e: vigil.v1.IEvent) =>
      names(result, e).filter((n) => n === 'Packet socket created in container');
    assert.deepEqual(fired(socket(17, true)), ['Packet socket created in container']);
    assert.deepEqual(fired(socket(17, false)), []);
    assert.deepEqual(fired(socket(2, true)), []);
  },
);

test(
  "Falco's redirect rule fires on an IP socket made a standard stream in a container, and only then",
  { skip: falcoSkip },
  () => {
    const result = stableFalcoRules();
    const dup = (
      call: vigil.v1.DupCall,
      fd: number,
      family: vigil.v1.AddressFamily,
      inContainer = true,
    ): vigil.v1.IEvent => ({
      host: 'h',
      process: { pid: 9, processUid: 'u9', comm: 'bash', argv: ['bash', '-i'] },
      ...(inContainer ? { container: { id: 'c'.repeat(64), name: 'web' } } : {}),
      socketDup: {
        call,
        result: fd,
        family,
        protocol: 1,
        local: { address: '10.0.0.2', port: 40000 },
        remote: { address: '203.0.113.9', port: 4444 },
      },
    });
    const fired = (e: vigil.v1.IEvent) =>
      names(result, e).filter(
        (n) => n === 'Redirect STDOUT/STDIN to Network Connection in Container',
      );
    const { DUP_CALL_DUP, DUP_CALL_DUP2, DUP_CALL_DUP3 } = v1.DupCall;
    const { ADDRESS_FAMILY_INET, ADDRESS_FAMILY_INET6 } = v1.AddressFamily;
    for (const [call, fd, family] of [
      [DUP_CALL_DUP2, 0, ADDRESS_FAMILY_INET],
      [DUP_CALL_DUP3, 1, ADDRESS_FAMILY_INET6],
      [DUP_CALL_DUP, 2, ADDRESS_FAMILY_INET],
    ] as const)
      assert.equal(fired(dup(call, fd, family)).length, 1, `${call} ${fd}`);
    assert.deepEqual(fired(dup(DUP_CALL_DUP2, 0, ADDRESS_FAMILY_INET, false)), []);
  },
);

test(
  "Falco's incubating setuid rule fires when a non-root program changes user, not for root nor for nobody becoming nobody",
  { skip: falcoSkip },
  () => {
    const result = stableAndIncubatingFalcoRules();
    const setuid = (user: string, uid: number, to: number, name: string): vigil.v1.IEvent => ({
      host: 'h',
      process: { pid: 9, processUid: 'u9', comm: 'exploit', argv: ['exploit'], user, uid },
      processSetuid: { uid: to, user: name, result: 0 },
    });
    const fired = (e: vigil.v1.IEvent) => names(result, e).filter((n) => n === 'Non sudo setuid');
    assert.deepEqual(fired(setuid('www-data', 33, 0, 'root')), ['Non sudo setuid']);
    assert.deepEqual(fired(setuid('root', 0, 65534, 'nobody')), []);
    assert.deepEqual(fired(setuid('nobody', 65534, 65534, 'nobody')), []);
    // The rule is setuid's alone: a seteuid(3) back to root is a setresuid.
    const seteuid = setuid('www-data', 33, 0, 'root');
    seteuid.processSetuid = {
      ...seteuid.processSetuid,
      call: v1.SetidCall.SETID_CALL_SETRESUID,
      ruid: 4294967295,
      suid: 4294967295,
    };
    assert.deepEqual(fired(seteuid), []);
  },
);

test(
  "Falco's incubating namespace rules: setns outside the known tools, unshare in a container without CAP_SYS_ADMIN",
  { skip: falcoSkip },
  () => {
    const result = stableAndIncubatingFalcoRules();
    const { NAMESPACE_CALL_SETNS, NAMESPACE_CALL_UNSHARE } = v1.NamespaceCall;
    const change = (
      comm: string,
      call: vigil.v1.NamespaceCall,
      caps: number,
      inContainer: boolean,
    ): vigil.v1.IEvent => ({
      host: 'h',
      process: {
        pid: 9,
        processUid: 'u9',
        comm,
        argv: [comm],
        caps: { effective: caps, permitted: caps },
      },
      ...(inContainer ? { container: { id: 'c'.repeat(64), name: 'web' } } : {}),
      namespaceChange: { call, flags: 0x20000, result: 0 },
    });
    const fired = (e: vigil.v1.IEvent) => names(result, e).filter((n) => /namespace/.test(n));
    assert.deepEqual(fired(change('escape', NAMESPACE_CALL_SETNS, 0, true)), [
      'Change thread namespace',
    ]);
    assert.deepEqual(fired(change('runc:[2:INIT]', NAMESPACE_CALL_SETNS, 0, true)), []);
    assert.deepEqual(fired(change('sh', NAMESPACE_CALL_UNSHARE, 0, true)), [
      'Change namespace privileges via unshare',
    ]);
    // With CAP_SYS_ADMIN (21) permitted, or on the host: not this rule.
    assert.deepEqual(fired(change('sh', NAMESPACE_CALL_UNSHARE, 2 ** 21, true)), []);
    assert.deepEqual(fired(change('sh', NAMESPACE_CALL_UNSHARE, 0, false)), []);
  },
);

test(
  "Falco's incubating BPF rule fires on a program load by a process it does not know",
  { skip: falcoSkip },
  () => {
    const result = stableAndIncubatingFalcoRules();
    const load = (comm: string): vigil.v1.IEvent => ({
      host: 'h',
      process: { pid: 9, processUid: 'u9', comm, argv: [comm] },
      bpfProgramLoad: { progType: 2, progName: 'hide_pid', result: 5 },
    });
    const fired = (e: vigil.v1.IEvent) =>
      names(result, e).filter((n) => n === 'BPF Program Not Profiled');
    assert.deepEqual(fired(load('rootkit')), ['BPF Program Not Profiled']);
  },
);

test(
  "Falco's sandbox rule on directories made below binary directories fires, and not for a package manager",
  { skip: falcoSkip },
  () => {
    const result = allFalcoRules();
    const mkdir = (comm: string, path: string): vigil.v1.IEvent => ({
      host: 'h',
      process: { pid: 9, processUid: 'u9', comm, argv: [comm] },
      fileMkdir: { path, mode: 0o755, result: 0 },
    });
    const fired = (e: vigil.v1.IEvent) => names(result, e).filter((n) => n === 'Mkdir binary dirs');
    assert.deepEqual(fired(mkdir('sh', '/usr/bin/.cache')), ['Mkdir binary dirs']);
    assert.deepEqual(fired(mkdir('dpkg', '/usr/bin/.cache')), []);
    assert.deepEqual(fired(mkdir('sh', '/tmp/.cache')), []);
  },
);

test(
  "Falco's fileless execution rule fires on a program run from a memfd, and not on runc's own",
  { skip: falcoSkip },
  () => {
    const result = stableFalcoRules();
    const exec = (comm: string, exe: string): vigil.v1.IEvent => ({
      host: 'h',
      process: { pid: 9, processUid: 'u9', comm, exe, argv: [comm], ancestors: [{ comm: 'sh' }] },
      processExec: { filename: '/dev/fd/3', argv: [comm] },
    });
    const fired = (e: vigil.v1.IEvent) =>
      names(result, e).filter((n) => n === 'Fileless execution via memfd_create');
    assert.deepEqual(fired(exec('memfd:payload', 'memfd:payload')), [
      'Fileless execution via memfd_create',
    ]);
    assert.deepEqual(fired(exec('true', '/usr/bin/true')), []);
    assert.deepEqual(
      fired(exec('runc:[1:CHILD]', 'memfd:runc_cloned:/proc/self/exe')),
      [],
      "runc's re-exec of itself is listed as known",
    );
  },
);
