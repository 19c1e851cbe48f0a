import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ConfigError, DEFAULT_NATS_PORT, VIGIL_CONFIG_SCHEMA, loadConfig } from '../src/index.js';
import type { VigilConfig } from '../src/index.js';

function tempFile(t: { after: (fn: () => void) => void }, name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-config-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

function problemsOf(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (err) {
    assert.ok(err instanceof ConfigError, `expected ConfigError, got ${String(err)}`);
    return err;
  }
  assert.fail('expected a ConfigError');
}

test('defaults fill an empty configuration, and the result is frozen', () => {
  const cfg = loadConfig<VigilConfig>(VIGIL_CONFIG_SCHEMA, {});
  assert.equal(cfg.nats.port, DEFAULT_NATS_PORT);
  assert.equal(cfg.nats.host, '127.0.0.1');
  assert.equal(cfg.log.level, 'info');
  assert.ok(Object.isFrozen(cfg) && Object.isFrozen(cfg.nats));
});

test('flags override env, which overrides the file', (t) => {
  const file = tempFile(
    t,
    'a.yaml',
    'nats:\n  port: 1000\n  host: 127.0.0.2\nlog:\n  level: debug\n',
  );
  const cfg = loadConfig<VigilConfig>(VIGIL_CONFIG_SCHEMA, {
    file,
    env: { VIGIL_NATS__PORT: '2000', VIGIL_DATA_DIR: '/tmp/d', VIGIL_TOKEN: 'not config' },
    flags: [{ path: 'nats.port', value: '3000', flag: '--nats-port' }],
  });
  assert.equal(cfg.nats.port, 3000);
  assert.equal(cfg.nats.host, '127.0.0.2');
  assert.equal(cfg.dataDir, '/tmp/d');
  assert.equal(cfg.log.level, 'debug');
});

test('every problem is reported with where its value came from', (t) => {
  const file = tempFile(t, 'bad.yaml', 'nats:\n  prot: 1\n  port: 70000\nlog:\n  level: loud\n');
  const err = problemsOf(() =>
    loadConfig(VIGIL_CONFIG_SCHEMA, { file, env: { VIGIL_STREAMS__TELEMETRY_MAX_BYTES: 'lots' } }),
  );
  assert.equal(err.code, 'VGL_ERR_CONFIG_INVALID');
  const byPath = Object.fromEntries(err.problems.map((p) => [p.path, p]));
  assert.deepEqual(byPath['/nats/prot'], {
    path: '/nats/prot',
    message: "unknown setting 'prot'",
    source: `file ${file}:2:3`,
  });
  assert.equal(byPath['/nats/port']?.source, `file ${file}:3:3`);
  assert.match(byPath['/nats/port']?.message ?? '', /must be <= 65535/);
  assert.match(byPath['/log/level']?.message ?? '', /must be one of "trace"/);
  assert.equal(
    byPath['/streams/telemetryMaxBytes']?.source,
    'env VIGIL_STREAMS__TELEMETRY_MAX_BYTES',
  );
  assert.match(err.message, /\/nats\/port \(file .*bad\.yaml:3:3\): must be <= 65535/);
});

test('a file that is not YAML names the line and column', (t) => {
  const file = tempFile(t, 'broken.yaml', 'nats:\n  port: [1, 2\n');
  const err = problemsOf(() => loadConfig(VIGIL_CONFIG_SCHEMA, { file }));
  assert.equal(err.code, 'VGL_ERR_CONFIG_FILE');
  assert.match(err.message, /broken\.yaml:\d+:\d+/);
});

test('a missing file is a clear error', () => {
  const err = problemsOf(() =>
    loadConfig(VIGIL_CONFIG_SCHEMA, { file: '/nonexistent/vigil.yaml' }),
  );
  assert.equal(err.code, 'VGL_ERR_CONFIG_FILE');
  assert.match(err.message, /cannot read config file \/nonexistent\/vigil\.yaml: ENOENT/);
});

test('a bad security-relevant setting stops the load instead of falling back', () => {
  const err = problemsOf(() =>
    loadConfig(VIGIL_CONFIG_SCHEMA, { env: { VIGIL_NATS__URL: 'http://example.test' } }),
  );
  assert.equal(err.problems[0]?.source, 'env VIGIL_NATS__URL');
});
