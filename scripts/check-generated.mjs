// Regenerates packages/schema/gen into a temporary folder and fails when it differs from the
// committed copy: generated code is never hand-edited, and never stale.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const committed = 'packages/schema/gen';
const fresh = mkdtempSync(join(tmpdir(), 'vigil-gen-'));
try {
  execFileSync(process.execPath, ['packages/schema/scripts/gen.mjs', fresh], { stdio: 'inherit' });
  const names = new Set([...readdirSync(committed), ...readdirSync(fresh)]);
  const stale = [...names].filter((name) => {
    try {
      return !readFileSync(join(committed, name)).equals(readFileSync(join(fresh, name)));
    } catch {
      return true;
    }
  });
  if (stale.length > 0) {
    console.error(
      `generated code is stale or hand-edited: ${stale.map((n) => join(committed, n)).join(', ')}\n` +
        'run `pnpm gen` and commit the result',
    );
    process.exit(1);
  }
  console.log(`generated code matches proto/ (${names.size} files)`);
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
