// syslog: RFC 5424 messages with structured data, over TCP with octet-counted framing (RFC 6587
// §3.4.1), over TLS (RFC 5425, the same framing), or over UDP for legacy receivers (RFC 5426,
// one message per datagram). The payload is Vigil's text (the alert's output) or ArcSight's CEF.
// TCP and TLS have no application acknowledgement: "accepted" means the bytes were handed to
// the kernel on a live connection (RFC 3195 / RELP would be needed for more); a connection
// that fails sends the batch again on a new one (at least once).
import { type Socket, connect as tcpConnect } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import { type Socket as UdpSocket, createSocket } from 'node:dgram';
import { isIP } from 'node:net';
import { type TlsFiles, readPem } from './http.js';
import { priorityName } from '@vigil/schema';
import { type DeliveryRecord, eventKindName } from './records.js';
import { DeliveryError, type Sink, asDeliveryError } from './sink.js';

/** Facilities by name (RFC 5424 §6.2.1). */
export const FACILITIES: Record<string, number> = {
  kern: 0,
  user: 1,
  mail: 2,
  daemon: 3,
  auth: 4,
  syslog: 5,
  lpr: 6,
  news: 7,
  uucp: 8,
  cron: 9,
  authpriv: 10,
  ftp: 11,
  local0: 16,
  local1: 17,
  local2: 18,
  local3: 19,
  local4: 20,
  local5: 21,
  local6: 22,
  local7: 23,
};

/** How messages are written. */
export interface SyslogFormat {
  /** `rfc5424`: the alert's output as MSG; `cef`: a CEF record as MSG. */
  payload?: 'rfc5424' | 'cef';
  /** Facility name (default local0). */
  facility?: string;
  /** APP-NAME (default vigil). */
  appName?: string;
  /**
   * SD-ID of Vigil's structured data: name@<private enterprise number>. Vigil has no number of
   * its own, so the default uses 32473, the number RFC 5612 reserves for documentation; an
   * operator with a number sets theirs.
   */
  sdId?: string;
  /** Version in CEF headers. */
  productVersion?: string;
}

/** Options of the syslog sink. */
export interface SyslogOptions extends SyslogFormat {
  transport: 'tcp' | 'tls' | 'udp';
  host: string;
  port: number;
  tls?: TlsFiles;
  /** Largest UDP datagram; a longer message is truncated (and counted). */
  maxDatagramBytes?: number;
  /** Connect and write timeout, ms. */
  timeoutMs?: number;
}

/** Severity (RFC 5424 §6.2.1) of a priority value: Falco's priorities are syslog's levels. */
function severityOf(priority: number | null | undefined): number {
  const p = priority ?? 0;
  return p >= 1 && p <= 8 ? p - 1 : 5;
}

/** PRINTUSASCII without '=', ' ', ']' and '"': what SD-NAMEs may hold (RFC 5424 §6.3.3). */
function sdName(name: string): string | undefined {
  const cleaned = name.replace(/[^\x21-\x7e]|[= \]"]/g, '_');
  return cleaned.length >= 1 && cleaned.length <= 32 ? cleaned : undefined;
}

/** A PARAM-VALUE: '"', '\' and ']' escaped with a backslash (RFC 5424 §6.3.3). */
function sdValue(v: string): string {
  return v.replace(/[\\"\]]/g, (c) => `\\${c}`);
}

/** A header field: printable US-ASCII, `-` when empty, at most `max` characters. */
function headerField(v: string | undefined, max: number): string {
  const s = (v ?? '').replace(/[^\x21-\x7e]/g, '_').slice(0, max);
  return s === '' ? '-' : s;
}

function timestamp(ns: bigint): string {
  const us = ns / 1000n;
  const iso = new Date(Number(us / 1000n)).toISOString(); // …sss Z
  return `${iso.slice(0, 23)}${String(us % 1000n).padStart(3, '0')}Z`;
}

function fieldsOf(r: DeliveryRecord): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const a = r.alert;
  const p = r.event?.process;
  if (a) {
    out.push(['id', a.id ?? ''], ['rule', a.rule ?? ''], ['priority', priorityName(a.priority)]);
    if (a.tags?.length) out.push(['tags', a.tags.join(',')]);
    if (a.detectorId) out.push(['detector', a.detectorId]);
  } else {
    out.push(['id', r.event?.id ?? ''], ['kind', eventKindName(r.event)]);
  }
  if (p) {
    if (p.processUid) out.push(['process_uid', p.processUid]);
    if (p.pid) out.push(['pid', String(p.pid)]);
    if (p.exe) out.push(['exe', p.exe]);
    if (p.user) out.push(['user', p.user]);
  }
  const c = r.event?.container;
  if (c?.id) out.push(['container', c.id]);
  return out;
}

/** CEF severity (0–10) of a priority value. */
const CEF_SEVERITY = [5, 10, 9, 8, 7, 5, 3, 2, 1];

/** A CEF header field: '\' and '|' escaped. */
function cefHeader(v: string): string {
  return v.replace(/[\\|]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, ' ');
}

/** A CEF extension value: '\' and '=' escaped, line breaks as \n and \r. */
function cefValue(v: string): string {
  return v
    .replace(/[\\=]/g, (c) => `\\${c}`)
    .replace(/\r/g, '\\r')
    .replace(/\n/g, '\\n');
}

/** One record as a CEF string (ArcSight Common Event Format, version 0). */
export function formatCef(r: DeliveryRecord, format: SyslogFormat = {}): string {
  const a = r.alert;
  const e = r.event;
  const p = e?.process;
  const sigId = a ? (a.rule ?? '') : eventKindName(e);
  const name = a ? (a.rule ?? '') : `Vigil ${eventKindName(e)} event`;
  const severity = a ? (CEF_SEVERITY[a.priority ?? 0] ?? 5) : 1;
  const ext: Array<[string, string | undefined]> = [
    ['rt', String(r.timeNs / 1_000_000n)],
    ['dvchost', r.host],
    ['externalId', a?.id ?? e?.id ?? undefined],
    ['msg', a?.output ?? undefined],
    ['cat', a ? priorityName(a.priority) : eventKindName(e)],
    ['spid', p?.pid ? String(p.pid) : undefined],
    ['sproc', p?.comm ?? undefined],
    ['filePath', p?.exe ?? undefined],
    ['suser', p?.user ?? undefined],
    ['cs1Label', a?.tags?.length ? 'tags' : undefined],
    ['cs1', a?.tags?.length ? a.tags.join(',') : undefined],
    ['cs2Label', p?.processUid ? 'processUid' : undefined],
    ['cs2', p?.processUid ?? undefined],
  ];
  const extension = ext
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${cefValue(v!)}`)
    .join(' ');
  return [
    'CEF:0',
    'Vigil',
    'Vigil',
    cefHeader(format.productVersion ?? '0.1.0'),
    cefHeader(sigId),
    cefHeader(name),
    String(severity),
    extension,
  ].join('|');
}

/** One record as an RFC 5424 message (without framing). */
export function formatRfc5424(r: DeliveryRecord, format: SyslogFormat = {}): string {
  const facility = FACILITIES[format.facility ?? 'local0'] ?? 16;
  const severity = r.alert ? severityOf(r.alert.priority) : 6;
  const sdId = format.sdId ?? 'vigil@32473';
  const params = fieldsOf(r)
    .map(([k, v]) => `${k}="${sdValue(v)}"`)
    .join(' ');
  let sd = `[${sdId} ${params}]`;
  // The alert's output fields as a second element, each a parameter (names over 32 characters,
  // which RFC 5424 does not allow, are left to the alert's JSON).
  const of = r.alert?.outputFields;
  if (of && Object.keys(of).length > 0) {
    const more = Object.entries(of)
      .map(([k, v]) => [sdName(k), v] as const)
      .filter(([k]) => k !== undefined)
      .map(([k, v]) => `${k}="${sdValue(String(v))}"`);
    if (more.length > 0) sd += `[fields@${sdId.split('@')[1] ?? '32473'} ${more.join(' ')}]`;
  }
  const msgId = r.alert ? 'alert' : eventKindName(r.event);
  const msg =
    format.payload === 'cef' ? formatCef(r, format) : r.alert ? (r.alert.output ?? '') : r.text;
  return `<${facility * 8 + severity}>1 ${timestamp(r.timeNs)} ${headerField(r.host, 255)} ${headerField(format.appName ?? 'vigil', 48)} - ${headerField(msgId, 32)} ${sd} ${msg.replace(/\n/g, ' ')}`;
}

/** A socket failure, classified (an unknown host or an untrusted certificate stops it). */
function connectFailure(err: NodeJS.ErrnoException, where: string): DeliveryError {
  return asDeliveryError(err, `syslog ${where}`);
}

export class SyslogSink implements Sink {
  readonly description: string;
  readonly #o: SyslogOptions;
  readonly #where: string;
  #socket: Socket | undefined;
  #connecting: Promise<Socket> | undefined;
  #udp: UdpSocket | undefined;
  /** UDP messages cut to the datagram size. */
  truncated = 0;

  constructor(options: SyslogOptions) {
    this.#o = options;
    this.#where = `${options.transport}://${options.host}:${options.port}`;
    this.description = `syslog ${this.#where} (${options.payload ?? 'rfc5424'})`;
  }

  /** The frames of a batch: octet-counted for TCP and TLS. */
  frames(records: readonly DeliveryRecord[]): Buffer[] {
    return records.map((r) => {
      const msg = Buffer.from(formatRfc5424(r, this.#o), 'utf8');
      return this.#o.transport === 'udp'
        ? msg
        : Buffer.concat([Buffer.from(`${msg.length} `), msg]);
    });
  }

  #connect(): Promise<Socket> {
    if (this.#socket && !this.#socket.destroyed) return Promise.resolve(this.#socket);
    this.#connecting ??= new Promise<Socket>((resolve, reject) => {
      const o = this.#o;
      const onError = (err: Error) => {
        socket.destroy();
        reject(connectFailure(err, this.#where));
      };
      let socket: Socket;
      if (o.transport === 'tls') {
        const t = o.tls ?? {};
        const ca = t.ca ? readPem(t.ca, 'ca') : undefined;
        const cert = t.cert ? readPem(t.cert, 'cert') : undefined;
        const key = t.key ? readPem(t.key, 'key') : undefined;
        socket = tlsConnect(
          {
            host: o.host,
            port: o.port,
            minVersion: 'TLSv1.2',
            ...(ca ? { ca } : {}),
            ...(cert ? { cert } : {}),
            ...(key ? { key } : {}),
            ...(t.serverName || !isIP(o.host) ? { servername: t.serverName ?? o.host } : {}),
            rejectUnauthorized: t.insecureSkipVerify !== true,
          },
          () => ready(),
        );
      } else {
        socket = tcpConnect({ host: o.host, port: o.port }, () => ready());
      }
      const timer = setTimeout(
        () =>
          onError(
            Object.assign(new Error(`no connection within ${o.timeoutMs ?? 10_000} ms`), {
              code: 'ETIMEDOUT',
            }),
          ),
        o.timeoutMs ?? 10_000,
      );
      const ready = () => {
        clearTimeout(timer);
        socket.off('error', onError);
        socket.setKeepAlive(true, 30_000);
        // The receiver talks only to close: anything else it sends is ignored.
        socket.on('data', () => undefined);
        socket.on('error', () => socket.destroy());
        socket.on('close', () => {
          if (this.#socket === socket) this.#socket = undefined;
        });
        this.#socket = socket;
        resolve(socket);
      };
      socket.once('error', (err) => {
        clearTimeout(timer);
        onError(err);
      });
    }).finally(() => {
      this.#connecting = undefined;
    });
    return this.#connecting;
  }

  async deliver(records: readonly DeliveryRecord[]): Promise<void> {
    if (records.length === 0) return;
    const frames = this.frames(records);
    if (this.#o.transport === 'udp') {
      await this.#sendUdp(frames);
      return;
    }
    const socket = await this.#connect();
    const data = Buffer.concat(frames);
    await new Promise<void>((resolve, reject) => {
      const onClose = () =>
        reject(
          new DeliveryError('retry', `syslog ${this.#where}: the connection closed while sending`),
        );
      socket.once('close', onClose);
      socket.write(data, (err) => {
        socket.off('close', onClose);
        if (err) {
          socket.destroy();
          reject(connectFailure(err, this.#where));
        } else if (socket.destroyed) {
          reject(
            new DeliveryError(
              'retry',
              `syslog ${this.#where}: the connection closed while sending`,
            ),
          );
        } else resolve();
      });
    });
  }

  async #sendUdp(frames: Buffer[]): Promise<void> {
    const family = isIP(this.#o.host) === 6 ? 'udp6' : 'udp4';
    this.#udp ??= createSocket(family);
    const udp = this.#udp;
    const max = this.#o.maxDatagramBytes ?? 8192;
    for (let f of frames) {
      if (f.length > max) {
        f = f.subarray(0, max);
        this.truncated++;
      }
      await new Promise<void>((resolve, reject) =>
        udp.send(f, this.#o.port, this.#o.host, (err) =>
          err ? reject(connectFailure(err, this.#where)) : resolve(),
        ),
      );
    }
  }

  async check(): Promise<void> {
    if (this.#o.transport !== 'udp') await this.#connect();
  }

  async close(): Promise<void> {
    const s = this.#socket;
    this.#socket = undefined;
    if (s && !s.destroyed) await new Promise<void>((r) => s.end(() => r()));
    s?.destroy();
    this.#udp?.close();
    this.#udp = undefined;
  }
}
