// Fails when a package imports from its own layer or above (see scripts/layers.mjs).
import { layeringViolations, readWorkspace } from './layers.mjs';

const packages = readWorkspace(process.cwd());
const problems = layeringViolations(packages);
if (problems.length > 0) {
  for (const p of problems) console.error(p);
  process.exit(1);
}
console.log(`layering holds across ${Object.keys(packages).length} packages`);
