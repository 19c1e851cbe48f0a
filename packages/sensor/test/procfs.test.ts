import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { waitFor } from '@vigil/backplane/testkit';
import { createLogger } from '@vigil/common';
import { MemoryOutput, Sensor, parseProcNetTcp } from '../src/index.js';

test('/proc/net/tcp and tcp6 lines are parsed into addresses, ports, states and inodes', () => {
  const v4 = [
    '  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode',
    '   0: 0100007F:0FA1 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 12345 1 0000000000000000 100 0 0 10 0',
    '   1: 0100007F:D431 0100007F:0FA1 01 00000000:00000000 00:00000000 00000000     0        0 12346 1 0000000000000000 20 4 30 10 -1',
  ].join('\n');
  const [listen, conn] = parseProcNetTcp(v4, false);
  assert.deepEqual(listen, {
    local: { address: '127.0.0.1', port: 4001 },
    remote: { address: '0.0.0.0', port: 0 },
    state: '0A',
    inode: 12345,
    v6: false,
  });
  assert.equal(conn?.local.port, 0xd431);
  assert.equal(conn?.remote.address, '127.0.0.1');
  const v6 =
    'header\n   0: 00000000000000000000000001000000:1F90 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 777 1';
  assert.equal(parseProcNetTcp(v6, true)[0]?.local.address, '::1');
});

test('the procfs fallback sees a new process with its argv, its exit, and a TCP connection', async (t) => {
  const output = new MemoryOutput();
  const sensor = new Sensor({
    output,
    logger: createLogger({ level: 'silent' }),
    collectors: ['procfs'],
    // The sensor runs inside the test process, whose own work (spawning node children) would
    // count against the default 0.25-core budget and could shed the events this test waits for.
    governor: { cpuBudgetCores: 8 },
  });
  await sensor.start();
  t.after(() => sensor.stop());
  const marker = `vigil-procfs-${randomBytes(4).toString('hex')}`;
  const child = spawn('/bin/sh', ['-c', `sleep 1.2; : ${marker}`], { stdio: 'ignore' });
  const all = () => output.events.map((e) => e.event);
  const exec = await waitFor(
    () => all().find((e) => e.processExec && e.process?.pid === child.pid),
    { message: 'no exec seen by procfs' },
  );
  assert.deepEqual(exec.process?.argv, ['/bin/sh', '-c', `sleep 1.2; : ${marker}`]);
  await waitFor(() => all().find((e) => e.processExit && e.process?.pid === child.pid), {
    message: 'no exit seen by procfs',
  });

  const server = spawn(process.execPath, [
    '-e',
    "const s=require('net').createServer(()=>{}).listen(0,'127.0.0.1',()=>console.log(s.address().port))",
  ]);
  t.after(() => {
    server.kill();
  });
  const port = await new Promise<number>((r) =>
    server.stdout.once('data', (d: Buffer) => r(Number(d.toString()))),
  );
  const client = spawn(process.execPath, [
    '-e',
    `require('net').connect(${port},'127.0.0.1');setTimeout(()=>{},2000)`,
  ]);
  t.after(() => {
    client.kill();
  });
  const listen = await waitFor(() => all().find((e) => e.netListen?.local?.port === port), {
    message: 'no listen',
  });
  assert.equal(listen.process?.pid, server.pid);
  const connect = await waitFor(() => all().find((e) => e.netConnect?.remote?.port === port), {
    message: 'no connect',
  });
  assert.equal(connect.process?.pid, client.pid);
  const accept = await waitFor(() => all().find((e) => e.netAccept?.local?.port === port), {
    message: 'no accept',
  });
  assert.equal(accept.process?.pid, server.pid);
});
