// Runs every compiled test file of every package (packages/*/dist/test/**/*.test.js) and the
// repository's own script tests, with Node's test runner.
import { spawnSync } from 'node:child_process';
import { globSync } from 'node:fs';

const files = [
  ...globSync('packages/*/dist/test/**/*.test.js'),
  ...globSync('scripts/test/*.test.mjs'),
].sort();
if (files.length === 0) {
  console.error('run-tests: no test files found; was the build run?');
  process.exit(1);
}
const extra = process.argv.slice(2);
const result = spawnSync(
  process.execPath,
  ['--test', '--test-concurrency=1', '--test-timeout=300000', ...extra, ...files],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
