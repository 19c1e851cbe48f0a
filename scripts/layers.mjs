// The layering rule of DESIGN.md section 2: a package imports only from lower layers, so L2
// packages never import each other. Each package declares its layer in package.json
// ("vigil": { "layer": N }); this checks both the declared dependencies and every import in
// the package's sources.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Import specifiers of @vigil packages in one source text, with their line numbers. */
export function vigilImports(text) {
  const found = [];
  const re =
    /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"](@vigil\/[a-z-]+)(?:\/[^'"]*)?['"]/g;
  for (const m of text.matchAll(re)) {
    found.push({ name: m[1], line: text.slice(0, m.index).split('\n').length });
  }
  return found;
}

/**
 * Violations of the layering rule. `packages` maps a package name to
 * { layer, dependencies: string[], files: Array<{ path, text }> }.
 */
export function layeringViolations(packages) {
  const problems = [];
  for (const [name, pkg] of Object.entries(packages)) {
    const check = (dep, where) => {
      const target = packages[dep];
      if (dep === name) return;
      if (!target) {
        problems.push(`${where}: ${name} uses ${dep}, which is not a workspace package`);
      } else if (target.layer >= pkg.layer) {
        problems.push(
          `${where}: ${name} (L${pkg.layer}) must not import ${dep} (L${target.layer}); ` +
            'a package imports only from lower layers (DESIGN.md section 2)',
        );
      }
    };
    for (const dep of pkg.dependencies) check(dep, `${name}/package.json`);
    for (const file of pkg.files) {
      for (const imp of vigilImports(file.text)) check(imp.name, `${file.path}:${imp.line}`);
    }
  }
  return problems;
}

function sourceFiles(dir) {
  let out = [];
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const entry of entries) {
    const p = join(dir, entry);
    if (statSync(p).isDirectory()) out = out.concat(sourceFiles(p));
    else if (/\.(ts|mts|js|mjs)$/.test(entry) && !entry.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** Reads the workspace's packages from disk. */
export function readWorkspace(root) {
  const packages = {};
  for (const dir of readdirSync(join(root, 'packages'))) {
    const pj = JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8'));
    const layer = pj.vigil?.layer;
    if (typeof layer !== 'number') {
      throw new Error(`packages/${dir}/package.json: "vigil": { "layer": N } is missing`);
    }
    const deps = Object.keys({ ...pj.dependencies, ...pj.devDependencies }).filter((d) =>
      d.startsWith('@vigil/'),
    );
    const files = ['src', 'test', 'bench']
      .flatMap((sub) => sourceFiles(join(root, 'packages', dir, sub)))
      .map((p) => ({ path: relative(root, p), text: readFileSync(p, 'utf8') }));
    packages[pj.name] = { layer, dependencies: deps, files };
  }
  return packages;
}
