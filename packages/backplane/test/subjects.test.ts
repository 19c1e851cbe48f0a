import assert from 'node:assert/strict';
import { test } from 'node:test';
import { alertSubject, controlSubject, hostToken, telemetrySubject } from '../src/index.js';

test('a plain host name is its own token', () => {
  assert.equal(hostToken('build-01'), 'build-01');
  assert.equal(telemetrySubject('build-01', 'file'), 'vigil.tel.build-01.file');
  assert.equal(alertSubject('build-01', 'CRITICAL'), 'vigil.alert.build-01.critical');
  assert.equal(controlSubject('web_2', 'kill'), 'vigil.ctl.web_2.kill');
});

test('dots, wildcards and spaces never reach a subject, and look-alikes stay distinct', () => {
  const names = ['web.example.com', 'web_example_com', 'a*b', 'a>b', 'a b', '', 'ü'];
  const tokens = names.map(hostToken);
  for (const t of tokens) assert.match(t, /^[A-Za-z0-9_-]+$/);
  assert.equal(new Set(tokens).size, names.length);
  assert.equal(hostToken('web.example.com'), hostToken('web.example.com'));
});

test('long host names are bounded', () => {
  const t = hostToken('x'.repeat(300));
  assert.ok(t.length <= 64);
  assert.notEqual(t, hostToken('x'.repeat(299)));
});
