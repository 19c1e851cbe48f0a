import assert from 'node:assert/strict';
import Long from 'long';
import { test } from 'node:test';
import {
  EVENT_KINDS,
  Event,
  EventBatch,
  SchemaJsonError,
  eventFromJson,
  eventFromJsonLine,
  eventToJson,
  kindOf,
  v1,
} from '../src/index.js';
import type { EventKind, vigil } from '../src/index.js';

const envelope: vigil.v1.IEvent = {
  id: '01JD0000000000000000000000',
  sensorId: 'sensor-a',
  host: 'build-01',
  timeNs: Long.fromString('1763800000123456789', true),
  monoNs: 987654321,
  seq: 42,
  process: {
    pid: 4242,
    tid: 4243,
    ppid: 1,
    processUid: 'build-01:4242:123',
    exe: '/usr/bin/curl',
    comm: 'curl',
    argv: ['curl', '-s', 'http://example.test/ü'],
    cwd: '/root',
    uid: 0,
    euid: 0,
    loginuid: 4294967295,
    user: 'root',
    group: 'root',
    startTimeNs: 123,
    exeSha256: 'ab'.repeat(32),
    ancestors: [
      {
        pid: 1,
        processUid: 'build-01:1:1',
        exe: '/sbin/init',
        comm: 'systemd',
        argv: ['/sbin/init'],
      },
    ],
  },
  container: {
    id: 'c'.repeat(64),
    name: 'web',
    image: 'nginx:1.27',
    runtime: 'docker',
    pidNs: 4026531836,
  },
};

const endpoint = { address: '2001:db8::1', port: 443 };

// One sample per payload: every field kind (strings, repeated, enums, 64-bit, negative, bool).
const payloads: Record<EventKind, object> = {
  processExec: {
    filename: '/usr/bin/curl',
    argv: ['curl', '-s'],
    argvTruncated: true,
    oldPid: 7,
    result: -2,
  },
  processFork: { childPid: 5, childTid: 5, childProcessUid: 'h:5:9', isThread: false },
  processExit: { code: 1, signal: 9, coreDumped: true },
  fileOpen: { path: '/etc/shadow', flags: 0o2101, mode: 0o600, result: -13, pathTruncated: true },
  fileWrite: { path: '/tmp/x', result: 4096 },
  fileRename: { oldPath: '/tmp/a', newPath: '/tmp/b', result: 0 },
  fileUnlink: { path: '/tmp/d', isDir: true, result: -39 },
  fileChmod: { path: '/tmp/s', mode: 0o4755, result: 0 },
  fileChown: { path: '/tmp/s', uid: 0, gid: 4294967295, result: 0 },
  fileLink: {
    linkPath: '/tmp/l',
    target: '/etc/shadow',
    hard: false,
    result: 0,
    linkPathTruncated: false,
    targetTruncated: true,
  },
  processPtrace: { request: 16, targetPid: 4242, result: -1 },
  netSocket: { domain: 17, type: 3, protocol: 768, result: -94 },
  processSetuid: {
    uid: 0,
    user: 'root',
    result: -1,
    call: v1.SetidCall.SETID_CALL_SETRESUID,
    ruid: 4294967295,
    suid: 0,
  },
  processSetgid: { gid: 100, group: 'users', result: 0, call: v1.SetidCall.SETID_CALL_SETGID },
  fileMkdir: { path: '/usr/bin/.x', mode: 0o755, result: 0, pathTruncated: false },
  bpfProgramLoad: { progType: 5, progName: 'sys_enter_open', result: 7 },
  namespaceChange: {
    call: v1.NamespaceCall.NAMESPACE_CALL_SETNS,
    flags: 0x40000000,
    fd: 5,
    result: -22,
  },
  socketDup: {
    call: v1.DupCall.DUP_CALL_DUP3,
    result: 2,
    family: v1.AddressFamily.ADDRESS_FAMILY_INET6,
    protocol: v1.TransportProtocol.TRANSPORT_PROTOCOL_TCP,
    local: { address: '::1', port: 40000 },
    remote: endpoint,
  },
  netConnect: {
    family: v1.AddressFamily.ADDRESS_FAMILY_INET6,
    protocol: v1.TransportProtocol.TRANSPORT_PROTOCOL_TCP,
    local: { address: '::1', port: 50000 },
    remote: endpoint,
    result: -111,
  },
  netAccept: {
    family: v1.AddressFamily.ADDRESS_FAMILY_INET,
    protocol: 1,
    local: { address: '0.0.0.0', port: 22 },
    remote: { address: '10.0.0.9', port: 40000 },
    result: 5,
  },
  netListen: { family: 3, protocol: 2, local: { address: '/run/x.sock' }, backlog: 128, result: 0 },
  containerLifecycle: { state: v1.ContainerState.CONTAINER_STATE_RUNNING },
  lost: {
    count: Long.MAX_UNSIGNED_VALUE,
    reason: v1.LossReason.LOSS_REASON_QUEUE_FULL,
    stage: 'governor',
    kinds: [{ kind: 'file_open', count: 7 }],
    sinceNs: 1,
    untilNs: 2,
    firstSeq: 3,
  },
  sensorStatus: {
    version: '0.1.0',
    uptimeSeconds: 12.5,
    collectors: [{ name: 'tracefs', state: 'running', blindSpots: ['file paths'], events: 10 }],
    eventsPerSecond: 1234.5,
    queueDepth: 3,
    queueCapacity: 65536,
    cpuCores: 0.12,
    rssBytes: 50_000_000,
    losses: [{ reason: 'LOSS_REASON_BACKPRESSURE', count: 2 }],
    eventsPublished: 99,
  },
  responseResult: {
    action: 'kill',
    requestId: 'r1',
    pid: 9,
    processUid: 'h:9:1',
    outcome: 3,
    message: 'pid reused',
  },
};

test('every payload of Event has a round-trip sample', () => {
  assert.deepEqual(Object.keys(payloads).sort(), [...EVENT_KINDS].sort());
  // The oneof in the generated code must list exactly EVENT_KINDS, so neither side drifts.
  const oneof = Object.keys(Event.fromObject({ processExec: {} }).toJSON());
  assert.ok(oneof.includes('processExec'));
});

for (const kind of EVENT_KINDS) {
  test(`${kind}: binary -> JSON -> binary is lossless`, () => {
    const original = Event.fromObject({ ...envelope, [kind]: payloads[kind] });
    assert.equal(kindOf(original), kind);
    const bytes = Event.encode(original).finish();
    const decoded = Event.decode(bytes);
    const json = eventToJson(decoded);
    // Canonical JSON: 64-bit integers are strings, enums are names, defaults are omitted.
    assert.equal(typeof json.timeNs, 'string');
    assert.equal(json.timeNs, '1763800000123456789');
    const text = JSON.stringify(json);
    const back = eventFromJson(JSON.parse(text));
    assert.deepEqual(Event.encode(back).finish(), bytes);
    assert.deepEqual(eventToJson(back), json);
  });
}

test('enums are written by name and read by name or number', () => {
  const json = eventToJson(Event.fromObject({ ...envelope, lost: payloads.lost }));
  assert.equal((json.lost as Record<string, unknown>).reason, 'LOSS_REASON_QUEUE_FULL');
  const byNumber = eventFromJson({ lost: { reason: 2 } });
  assert.equal(byNumber.lost?.reason, v1.LossReason.LOSS_REASON_QUEUE_FULL);
});

test('proto field names are accepted as well as lowerCamelCase', () => {
  const ev = eventFromJson({
    sensor_id: 's',
    time_ns: '5',
    file_open: { path: '/x', path_truncated: true },
  });
  assert.equal(ev.sensorId, 's');
  assert.equal(ev.timeNs.toString(), '5');
  assert.equal(ev.fileOpen?.pathTruncated, true);
});

test('bad JSON input names the path of the problem', () => {
  const cases: Array<[unknown, RegExp]> = [
    [{ proces: {} }, /^\$\.proces: unknown field of Event/],
    [{ process: { argv: ['a', 3] } }, /^\$\.process\.argv\[1\]: expected string, got a number/],
    [{ process: { pid: -1 } }, /^\$\.process\.pid: -1 is out of range for uint32/],
    [{ timeNs: '12x' }, /^\$\.timeNs: expected uint64, got the string "12x"/],
    [{ lost: { reason: 'NOPE' } }, /^\$\.lost\.reason: expected one of LOSS_REASON_UNSPECIFIED/],
    [
      { fileOpen: {}, netConnect: {} },
      /^\$\.netConnect: only one of payload may be set \(also fileOpen\)/,
    ],
    [[], /^\$: expected an object \(Event\), got an array/],
  ];
  for (const [input, message] of cases) {
    assert.throws(
      () => eventFromJson(input),
      (err: unknown) => {
        assert.ok(err instanceof SchemaJsonError);
        assert.equal(err.code, 'VGL_ERR_SCHEMA_JSON');
        assert.match(err.message, message);
        return true;
      },
    );
  }
});

test('a JSONL line that is not JSON is reported with its line number', () => {
  assert.throws(() => eventFromJsonLine('{"id": ', 7), /^SchemaJsonError: line 7: not JSON/);
  assert.throws(
    () => eventFromJsonLine('{"idx": "a"}', 9),
    (err: unknown) => {
      assert.ok(err instanceof SchemaJsonError);
      assert.equal(err.message, 'line 9 $.idx: unknown field of Event');
      return true;
    },
  );
});

test('an EventBatch is the concatenation of framed encoded events', () => {
  const a = Event.encode({ id: 'a', fileOpen: { path: '/a' } }).finish();
  const b = Event.encode({ id: 'b', netConnect: { remote: endpoint } }).finish();
  const batch = EventBatch.encode({ events: [Event.decode(a), Event.decode(b)] }).finish();
  const framed = Buffer.concat([
    Buffer.from([0x0a, a.length]),
    a,
    Buffer.from([0x0a, b.length]),
    b,
  ]);
  assert.deepEqual(Buffer.from(batch), framed);
});
