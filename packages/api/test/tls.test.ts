// TLS on both faces and mTLS on gRPC, with certificates made by openssl for the test: REST
// answers over HTTPS only; gRPC takes a client with a certificate from the client CA and refuses
// one without.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { Metadata, credentials } from '@grpc/grpc-js';
import { makeTestCertificates, skipWithoutNatsServer } from '@vigil/backplane/testkit';
import { findExecutable } from '@vigil/backplane';
import { vigilClient } from '../src/index.js';
import { startRig } from './rig.js';

const skip =
  skipWithoutNatsServer() || (findExecutable('openssl') ? false : 'openssl is not installed');

test(
  'REST over TLS only; gRPC over mTLS: a client certificate from the client CA is required',
  { skip },
  async (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-tls-'));
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    const files = makeTestCertificates(dir);
    const pem = (f: string) => readFileSync(files[f] as string);
    const rig = await startRig(
      t,
      {},
      {
        tls: { cert: pem('server.pem'), key: pem('server.key'), clientCa: pem('ca.pem') },
      },
    );
    assert.match(rig.address, /^https:\/\//);

    // REST: HTTPS with the CA; a plain HTTP request is not answered as HTTP.
    const get = (path: string) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request(
          `${rig.address}${path}`,
          { ca: pem('ca.pem'), headers: { authorization: `Bearer ${rig.viewer}` } },
          (res) => {
            let body = '';
            res.on('data', (d: Buffer) => (body += d.toString()));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
          },
        );
        req.on('error', reject);
        req.end();
      });
    assert.equal((await get('/healthz')).status, 200);
    assert.equal((await get('/v1/sensors')).status, 200);
    await assert.rejects(fetch(rig.address.replace('https:', 'http:') + '/healthz'));
    // Without the CA, the server's certificate is not trusted.
    await assert.rejects(fetch(`${rig.address}/healthz`));

    // gRPC: with a client certificate from the CA, served; without one, refused at the handshake.
    const call = (creds: ReturnType<typeof credentials.createSsl>) =>
      new Promise<unknown>((resolve, reject) => {
        const client = vigilClient('Sensors', `127.0.0.1:${rig.grpcPort}`, creds);
        const md = new Metadata();
        md.set('authorization', `Bearer ${rig.viewer}`);
        (
          client.ListSensors as (
            r: unknown,
            m: Metadata,
            o: unknown,
            cb: (e: Error | null, v: unknown) => void,
          ) => void
        )({}, md, { deadline: Date.now() + 5_000 }, (err, value) => {
          client.close();
          if (err) reject(err);
          else resolve(value);
        });
      });
    assert.deepEqual(
      await call(credentials.createSsl(pem('ca.pem'), pem('client.key'), pem('client.pem'))),
      {},
    );
    await assert.rejects(
      call(credentials.createSsl(pem('ca.pem'))),
      (e: { code: number }) => e.code === 14,
    );
  },
);
