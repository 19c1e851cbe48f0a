// tsc does not emit the generated JavaScript (it is not TypeScript): copy gen/ into dist/gen so
// that dist/src/*.js finds it at the same relative path as src/*.ts does.
import { cpSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkgDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
cpSync(join(pkgDir, 'gen'), join(pkgDir, 'dist/gen'), { recursive: true });
