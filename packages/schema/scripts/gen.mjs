// Generates packages/schema/gen/ from proto/: a static protobufjs module (ES6) and its typings.
// Usage: node scripts/gen.mjs [OUT_DIR]   (default: gen/ beside this script's package)
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkgDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const protoRoot = resolve(pkgDir, '../../proto');
const outDir = resolve(process.argv[2] ?? join(pkgDir, 'gen'));
const bin = join(pkgDir, 'node_modules/.bin');
const header = '// Generated from proto/ by packages/schema/scripts/gen.mjs. DO NOT EDIT.\n';

const protos = readdirSync(join(protoRoot, 'vigil/v1'))
  .filter((f) => f.endsWith('.proto'))
  .sort()
  .map((f) => join(protoRoot, 'vigil/v1', f));

mkdirSync(outDir, { recursive: true });
const js = join(outDir, 'vigil.js');
const dts = join(outDir, 'vigil.d.ts');
// `--dependency protobufjs/minimal.js`: Node's ESM resolver needs the extension, and
// protobufjs has no "exports" map to supply it.
execFileSync(
  join(bin, 'pbjs'),
  [
    '-t',
    'static-module',
    '-w',
    'es6',
    '--dependency',
    'protobufjs/minimal.js',
    '-p',
    protoRoot,
    '-o',
    js,
    ...protos,
  ],
  { cwd: protoRoot, stdio: 'inherit' },
);
execFileSync(join(bin, 'pbts'), ['-o', dts, js], { stdio: 'inherit' });
// The reflection descriptor drives the canonical JSON mapping (field names, unknown fields).
const json = join(outDir, 'descriptor.json');
execFileSync(join(bin, 'pbjs'), ['-t', 'json', '-p', protoRoot, '-o', json, ...protos], {
  cwd: protoRoot,
  stdio: 'inherit',
});
// protobufjs is CommonJS: Node's ESM loader exposes only the names its lexer can see as named
// exports, and `roots` is not one of them, so the namespace import pbjs writes finds no
// `roots`. The default import is module.exports itself.
const namespaceImport = 'import * as $protobuf from "protobufjs/minimal.js";';
const code = readFileSync(js, 'utf8');
if (!code.includes(namespaceImport))
  throw new Error(`gen: pbjs output changed: no ${namespaceImport}`);
writeFileSync(
  js,
  header + code.replace(namespaceImport, 'import $protobuf from "protobufjs/minimal.js";'),
);
writeFileSync(dts, header + readFileSync(dts, 'utf8'));
