// `pnpm run package`: the release artifact — a tarball that runs `vigil` on a Linux x64 host
// without Node or pnpm: the CLI and its production dependencies (pnpm deploy: the workspace's
// packages as built, npm packages with their native addons' prebuilt binaries), the Node 24
// runtime that runs it, and bin/vigil. Run after the build (bootstrap.sh does both).
//
// Departure from the "bundled JavaScript": the packages are shipped as built, not
// bundled into one file, because several of them find files beside their code at run time (the
// detector's rules YAML, the API's docs assets, classic-level's native addon through
// node-gyp-build) and a bundle would have to relocate each of those.
//
// Usage: node scripts/package.mjs [--out DIR]   (default: release/)
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: { out: { type: 'string', default: join(root, 'release') } },
});
const out = resolve(values.out);
const version = JSON.parse(readFileSync(join(root, 'packages/cli/package.json'), 'utf8')).version;
const name = `vigil-${version}-linux-x64`;
const stage = join(out, 'stage');
const top = join(stage, name);

function fail(message) {
  console.error(`package: ${message}`);
  process.exit(1);
}
function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], ...options });
  if (r.status !== 0) fail(`${cmd} ${args.join(' ')} failed (${r.status ?? r.signal})`);
}

const major = Number(process.versions.node.split('.')[0]);
if (major !== 24)
  fail(
    `the release ships the Node that runs this script, and it is ${process.version}, not 24: run it with .tools/node/bin/node (bootstrap.sh installs it) or through pnpm run package`,
  );
if (process.platform !== 'linux' || process.arch !== 'x64')
  fail(`this builds linux-x64 releases; this is ${process.platform}-${process.arch}`);
try {
  statSync(join(root, 'packages/cli/dist/src/main.js'));
} catch {
  fail('packages/cli is not built: run pnpm run build (or bash scripts/bootstrap.sh install)');
}

rmSync(stage, { recursive: true, force: true });
mkdirSync(top, { recursive: true });
// pnpm: the one running this script (pnpm run package), else the project's own.
const pnpm = process.env.npm_execpath?.includes('pnpm')
  ? [process.execPath, process.env.npm_execpath]
  : [join(root, '.tools/bin/pnpm')];
// --prefer-offline, not --offline: the legacy deploy resolves the CLI's dependencies again, from
// the registry's metadata, and `pnpm install --frozen-lockfile` on a fresh machine fetches only
// the locked tarballs, never that metadata; --offline then fails there (ERR_PNPM_NO_OFFLINE_META)
// and passes only where an earlier `pnpm add` happened to cache it. With --prefer-offline pnpm
// reads the cache where it has it and asks the registry where it does not.
run(
  pnpm[0],
  [
    ...pnpm.slice(1),
    '--filter',
    '@vigil/cli',
    '--prod',
    'deploy',
    '--legacy',
    '--prefer-offline',
    join(top, 'app'),
  ],
  { cwd: root },
);
// That new resolution could pick a version newer than the lockfile's, one the tests never ran
// with: the release carries only packages the workspace has installed (same name, version and
// peers, as pnpm names its virtual store's directories), or it is not made.
const installed = new Set(readdirSync(join(root, 'node_modules/.pnpm')));
const untested = readdirSync(join(top, 'app/node_modules/.pnpm')).filter(
  // Package directories are name@version[_peers]; lock.yaml and node_modules sit beside them.
  (e) => e.slice(1).includes('@') && !e.startsWith('@vigil+') && !installed.has(e),
);
if (untested.length > 0)
  fail(
    `pnpm deploy resolved packages the workspace has not installed, so no test ran with them (${untested.join(', ')}): run pnpm install (commit pnpm-lock.yaml if it changes) and package again`,
  );

// What Vigil's packages need at run time is their dist/src and data files (rules, schema's
// generated code); not their TypeScript sources, tests or compiled tests.
function prune(pkg) {
  for (const p of ['src', 'test', 'dist/test', 'tsconfig.json', 'dist/tsconfig.tsbuildinfo'])
    rmSync(join(pkg, p), { recursive: true, force: true });
}
prune(join(top, 'app'));
const store = join(top, 'app/node_modules/.pnpm');
for (const entry of readdirSync(store).filter((e) => e.startsWith('@vigil+'))) {
  const base = join(store, entry, 'node_modules/@vigil');
  for (const pkg of readdirSync(base)) prune(join(base, pkg));
}

mkdirSync(join(top, 'node/bin'), { recursive: true });
copyFileSync(process.execPath, join(top, 'node/bin/node'));
chmodSync(join(top, 'node/bin/node'), 0o755);
mkdirSync(join(top, 'bin'));
writeFileSync(
  join(top, 'bin/vigil'),
  [
    '#!/bin/sh',
    '# Vigil with the Node runtime it ships with.',
    'here="$(dirname "$(readlink -f "$0")")"',
    'exec "$here/../node/bin/node" "$here/../app/dist/src/main.js" "$@"',
    '',
  ].join('\n'),
  { mode: 0o755 },
);
writeFileSync(join(top, 'VERSION'), `${version}\nnode ${process.version}\n`);
for (const f of ['README.md', 'LICENSE']) {
  try {
    copyFileSync(join(root, f), join(top, f));
  } catch {
    // not every checkout has a LICENSE file
  }
}
const tarball = join(out, `${name}.tar.gz`);
run('tar', ['-czf', tarball, '-C', stage, name]);
rmSync(stage, { recursive: true, force: true });
console.log(`${tarball} (${Math.round(statSync(tarball).size / 1024 ** 2)} MiB)`);
