// A real rsyslogd (Debian's package) for one test: imtcp on a loopback port it picks (or TLS
// with the gtls driver), everything it receives written as rsyslog parsed it (JSON lines: its
// RFC 5424 properties) and as it came (the raw message), in a temporary folder.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import { connect } from 'node:net';
import { findExecutable } from '@vigil/backplane';
import { waitFor } from '@vigil/backplane/testkit';

/** What rsyslog made of one message. */
export interface Parsed {
  pri: string;
  version: string;
  timestamp: string;
  hostname: string;
  appname: string;
  procid: string;
  msgid: string;
  sd: string;
  msg: string;
}

export interface Rsyslog {
  port: number;
  /** Messages as rsyslog parsed them. */
  parsed(): Parsed[];
  /** Messages as they arrived. */
  raw(): string[];
  stop(): Promise<void>;
  /** Starts again on the same port. */
  start(): Promise<void>;
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect(port, '127.0.0.1', () => {
      s.destroy();
      resolve(true);
    });
    s.on('error', () => resolve(false));
  });
}

const GTLS = '/usr/lib/x86_64-linux-gnu/rsyslog/lmnsd_gtls.so';

/** Why rsyslog tests skip, or false. */
export function skipWithoutRsyslog(tls = false): string | false {
  if (!findExecutable('rsyslogd'))
    return 'rsyslogd is not installed: apt-get install rsyslog (scripts/bootstrap.sh test does)';
  if (tls && !existsSync(GTLS))
    return 'rsyslog-gnutls is not installed: apt-get install rsyslog-gnutls (scripts/bootstrap.sh test does)';
  return false;
}

export async function startRsyslog(
  t: TestContext,
  tls?: { ca: string; cert: string; key: string },
): Promise<Rsyslog> {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-rsyslog-'));
  let port = 0;
  let child: ChildProcess | undefined;
  const portFile = join(dir, 'port');
  const write = () =>
    writeFileSync(
      join(dir, 'rsyslog.conf'),
      [
        `global(workDirectory="${dir}"${tls ? ` defaultNetstreamDriverCAFile="${tls.ca}" defaultNetstreamDriverCertFile="${tls.cert}" defaultNetstreamDriverKeyFile="${tls.key}"` : ''})`,
        tls
          ? 'module(load="imtcp" streamDriver.name="gtls" streamDriver.mode="1" streamDriver.authMode="anon")'
          : 'module(load="imtcp")',
        `input(type="imtcp" address="127.0.0.1" port="${port}" listenPortFileName="${portFile}" ruleset="vigil")`,
        'template(name="fields" type="list" option.jsonf="on") {',
        '  property(outname="pri" name="pri" format="jsonf")',
        '  property(outname="version" name="protocol-version" format="jsonf")',
        '  property(outname="timestamp" name="timereported" dateFormat="rfc3339" format="jsonf")',
        '  property(outname="hostname" name="hostname" format="jsonf")',
        '  property(outname="appname" name="app-name" format="jsonf")',
        '  property(outname="procid" name="procid" format="jsonf")',
        '  property(outname="msgid" name="msgid" format="jsonf")',
        '  property(outname="sd" name="structured-data" format="jsonf")',
        '  property(outname="msg" name="msg" format="jsonf")',
        '}',
        'template(name="raw" type="string" string="%rawmsg%\\n")',
        'ruleset(name="vigil") {',
        `  action(type="omfile" file="${join(dir, 'parsed.jsonl')}" template="fields")`,
        `  action(type="omfile" file="${join(dir, 'raw.log')}" template="raw")`,
        '}',
        '',
      ].join('\n'),
    );
  const lines = (file: string) =>
    existsSync(join(dir, file))
      ? readFileSync(join(dir, file), 'utf8').split('\n').filter(Boolean)
      : [];
  const start = async () => {
    rmSync(portFile, { force: true });
    write();
    const proc = spawn(
      findExecutable('rsyslogd')!,
      ['-n', '-f', join(dir, 'rsyslog.conf'), '-i', join(dir, 'rsyslogd.pid')],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    proc.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    child = proc;
    if (port === 0) {
      // rsyslog writes the port it was given by the kernel (listenPortFileName, port 0 only).
      await waitFor(() => existsSync(portFile) && readFileSync(portFile, 'utf8').trim() !== '', {
        timeoutMs: 10_000,
        message: () => `rsyslogd did not listen: ${stderr}`,
      });
      port = Number(readFileSync(portFile, 'utf8').trim());
    } else {
      await waitFor(() => canConnect(port), {
        timeoutMs: 10_000,
        message: () => `rsyslogd did not listen on ${port} again: ${stderr}`,
      });
    }
  };
  const stop = async () => {
    const proc = child;
    child = undefined;
    if (!proc || proc.exitCode !== null) return;
    const exited = new Promise((r) => proc.once('exit', r));
    proc.kill('SIGTERM');
    await exited;
  };
  await start();
  t.after(async () => {
    await stop();
    rmSync(dir, { recursive: true, force: true });
  });
  return {
    get port() {
      return port;
    },
    parsed: () => lines('parsed.jsonl').map((l) => JSON.parse(l) as Parsed),
    raw: () => lines('raw.log'),
    stop,
    start,
  };
}

/**
 * Checks one message against RFC 5424's grammar (§6): PRI, VERSION, TIMESTAMP, HOSTNAME,
 * APP-NAME, PROCID, MSGID, STRUCTURED-DATA, MSG. Returns the SD elements as
 * { id: { name: value } }, or throws saying what is wrong.
 */
export function parseRfc5424(line: string): {
  pri: number;
  header: string[];
  sd: Record<string, Record<string, string>>;
  msg: string;
} {
  const head =
    /^<(\d{1,3})>1 (\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?(?:Z|[+-]\d{2}:\d{2})) ([!-~]{1,255}) ([!-~]{1,48}) ([!-~]{1,128}) ([!-~]{1,32}) /.exec(
      line,
    );
  if (!head) throw new Error(`not an RFC 5424 header: ${line.slice(0, 120)}`);
  const pri = Number(head[1]);
  if (pri > 191) throw new Error(`PRI ${pri} is over 191`);
  let i = head[0].length;
  const sd: Record<string, Record<string, string>> = {};
  if (line[i] === '-') i++;
  else {
    while (line[i] === '[') {
      const id = /^\[([!#-<>-\\^-~]{1,32})/.exec(line.slice(i)); // SD-NAME: no = ] " or space
      if (!id) throw new Error(`bad SD-ID at ${i}: ${line.slice(i, i + 40)}`);
      i += id[0].length;
      const params: Record<string, string> = {};
      while (line[i] === ' ') {
        const p = /^ ([!#-<>-\\^-~]{1,32})="/.exec(line.slice(i));
        if (!p) throw new Error(`bad SD-PARAM at ${i}: ${line.slice(i, i + 40)}`);
        i += p[0].length;
        let value = '';
        for (;;) {
          const c = line[i];
          if (c === undefined) throw new Error('unterminated PARAM-VALUE');
          if (c === '\\' && ['"', '\\', ']'].includes(line[i + 1]!)) {
            value += line[i + 1];
            i += 2;
          } else if (c === '"') {
            i++;
            break;
          } else if (c === ']') throw new Error(`unescaped ] in PARAM-VALUE at ${i}`);
          else {
            value += c;
            i++;
          }
        }
        params[p[1]!] = value;
      }
      if (line[i] !== ']')
        throw new Error(`SD-ELEMENT not closed at ${i}: ${line.slice(i, i + 40)}`);
      i++;
      sd[id[1]!] = params;
    }
    if (Object.keys(sd).length === 0) throw new Error('neither - nor an SD-ELEMENT');
  }
  if (i < line.length && line[i] !== ' ') throw new Error(`no space before MSG at ${i}`);
  return { pri, header: head.slice(2, 7), sd, msg: line.slice(i + 1) };
}
