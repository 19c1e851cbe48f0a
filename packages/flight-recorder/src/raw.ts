// Events kept as the bytes they came in: the recorder stores what the backplane delivered
// without decoding it into objects and encoding it again. Measured on bench/api's workload at
// 10,000 events a second, decoding each batch into Event objects and encoding them again into
// blocks made the recorder the platform's largest consumer of CPU (0.6-0.9 cores on the
// project's 2-core machine, a third of it garbage collection). A block's header needs only a few
// fields of each event (time, process, paths, addresses, kind: block.ts indexValues), read here
// straight from the protobuf wire format
// (https://protobuf.dev/programming-guides/encoding/), field numbers from event.proto.
import { WireFields, WireFormatError } from '@vigil/backplane';
import { EVENT_KINDS, type EventKind } from '@vigil/schema';

/** An event as stored: its encoded bytes and what a block's header and order need of it. */
export interface RawEvent {
  raw: Buffer;
  timeNs: number;
  processUid: string;
  id: string;
  host: string;
  kind: EventKind | undefined;
  /** Index values (block.ts indexValues), prefixed. */
  values: string[];
}

/** Why an event's bytes could not be read. */
export class MalformedEventError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MalformedEventError';
  }
}

// Field numbers (event.proto).
const EVENT_ID = 1;
const EVENT_HOST = 3;
const EVENT_TIME_NS = 4;
const EVENT_PROCESS = 7;
const EVENT_CONTAINER = 8;
/** The payload oneof: EVENT_KINDS[i] is field FIRST_PAYLOAD + i. */
const FIRST_PAYLOAD = 16;
const PROCESS_PID = 1;
const PROCESS_UID = 4;
const PROCESS_EXE = 5;
const CONTAINER_ID = 1;
const CONTAINER_NAME = 2;
const FORK_CHILD_UID = 3;
/**
 * FileOpen, FileWrite, FileUnlink, FileChmod, FileChown, FileMkdir: path = 1; FileRename: old 1,
 * new 2;
 * FileLink: link_path 1, target 2.
 */
const PATH = 1;
const RENAME_NEW_PATH = 2;
const LINK_TARGET = 2;
const NET_REMOTE = 4;
const ENDPOINT_ADDRESS = 1;

const PATH_KINDS = new Set<EventKind>([
  'fileOpen',
  'fileWrite',
  'fileUnlink',
  'fileChmod',
  'fileChown',
  'fileLink',
  'fileMkdir',
]);

/**
 * A link's target as an index value: an absolute path (a hard link's file, or a symbolic link to
 * one, such as /etc/shadow), else '' (a relative target names nothing by itself).
 */
export function linkTarget(target: string | null | undefined): string {
  return target?.startsWith('/') ? target : '';
}

const outer = new WireFields();
const inner = new WireFields();
const innermost = new WireFields();

/** Reads what a block needs of one encoded Event; throws MalformedEventError on bad bytes. */
export function scanEvent(raw: Buffer): RawEvent {
  try {
    return scan(raw);
  } catch (err) {
    if (err instanceof WireFormatError) throw new MalformedEventError(err.message);
    throw err;
  }
}

function scan(raw: Buffer): RawEvent {
  const e: RawEvent = {
    raw,
    timeNs: 0,
    processUid: '',
    id: '',
    host: '',
    kind: undefined,
    values: [],
  };
  let pid = 0;
  let exe = '';
  let path = '';
  let oldPath = '';
  let remote = '';
  let childUid = '';
  const container: string[] = [];
  const f = outer.at(raw, 0, raw.length);
  while (f.next()) {
    switch (f.field) {
      case EVENT_ID:
        if (f.wire === 2) e.id = f.string();
        break;
      case EVENT_HOST:
        if (f.wire === 2) e.host = f.string();
        break;
      case EVENT_TIME_NS:
        if (f.wire === 0) e.timeNs = f.value;
        break;
      case EVENT_PROCESS: {
        if (f.wire !== 2) break;
        const p = inner.at(raw, f.start, f.stop);
        while (p.next()) {
          if (p.field === PROCESS_PID && p.wire === 0) pid = p.value;
          else if (p.field === PROCESS_UID && p.wire === 2) e.processUid = p.string();
          else if (p.field === PROCESS_EXE && p.wire === 2) exe = p.string();
        }
        break;
      }
      case EVENT_CONTAINER: {
        if (f.wire !== 2) break;
        const c = inner.at(raw, f.start, f.stop);
        while (c.next()) {
          if ((c.field === CONTAINER_ID || c.field === CONTAINER_NAME) && c.wire === 2)
            container.push(c.string());
        }
        break;
      }
      default: {
        const kind = EVENT_KINDS[f.field - FIRST_PAYLOAD];
        if (kind === undefined || f.wire !== 2) break;
        e.kind = kind;
        const m = inner.at(raw, f.start, f.stop);
        while (m.next()) {
          if (m.wire !== 2) continue;
          if (PATH_KINDS.has(kind) && m.field === PATH) path = m.string();
          else if (kind === 'fileRename' && m.field === PATH) oldPath = m.string();
          else if (kind === 'fileRename' && m.field === RENAME_NEW_PATH) path = m.string();
          else if (kind === 'fileLink' && m.field === LINK_TARGET) oldPath = linkTarget(m.string());
          else if (kind === 'processFork' && m.field === FORK_CHILD_UID) childUid = m.string();
          else if ((kind === 'netConnect' || kind === 'netAccept') && m.field === NET_REMOTE) {
            const a = innermost.at(raw, m.start, m.stop);
            while (a.next()) if (a.field === ENDPOINT_ADDRESS && a.wire === 2) remote = a.string();
          }
        }
      }
    }
  }
  if (e.kind === undefined) throw new MalformedEventError('an event without a payload');
  // The same values, in the same order, as indexValues gives for the decoded event.
  const v = e.values;
  if (e.processUid) v.push(`u:${e.processUid}`);
  if (pid) v.push(`p:${pid}`);
  if (exe) v.push(`e:${exe}`);
  for (const c of container) if (c) v.push(`c:${c}`);
  if (path) v.push(`f:${path}`);
  if (oldPath) v.push(`f:${oldPath}`);
  if (remote) v.push(`a:${remote}`);
  if (childUid) v.push(`u:${childUid}`);
  return e;
}

/** Whether an event handed to a block is kept as bytes. */
export function isRaw(e: object): e is RawEvent {
  return 'raw' in e;
}
