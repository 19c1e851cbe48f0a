import assert from 'node:assert/strict';
import { test } from 'node:test';
import { layeringViolations, readWorkspace, vigilImports } from '../layers.mjs';

const pkg = (layer, dependencies = [], files = []) => ({ layer, dependencies, files });

test('the workspace as committed keeps the layering rule', () => {
  assert.deepEqual(layeringViolations(readWorkspace(process.cwd())), []);
});

test('an L2 package importing another L2 package is refused, with file and line', () => {
  const problems = layeringViolations({
    '@vigil/common': pkg(0),
    '@vigil/sensor': pkg(2, ['@vigil/common']),
    '@vigil/detect': pkg(
      2,
      [],
      [
        {
          path: 'packages/detect/src/engine.ts',
          text: "import x from '@vigil/common';\nimport { y } from '@vigil/sensor';\n",
        },
      ],
    ),
  });
  assert.equal(problems.length, 1);
  assert.match(
    problems[0],
    /^packages\/detect\/src\/engine\.ts:2: @vigil\/detect \(L2\) must not import @vigil\/sensor \(L2\)/,
  );
});

test('a declared dependency on a higher layer is refused', () => {
  const problems = layeringViolations({
    '@vigil/common': pkg(0, ['@vigil/cli']),
    '@vigil/cli': pkg(4),
  });
  assert.match(
    problems[0] ?? '',
    /@vigil\/common\/package.json: @vigil\/common \(L0\) must not import @vigil\/cli \(L4\)/,
  );
});

test('dynamic imports, type imports and subpaths are seen', () => {
  const text =
    'const m = await import(\'@vigil/api\');\nimport type { T } from "@vigil/detect/x";\n';
  assert.deepEqual(vigilImports(text), [
    { name: '@vigil/api', line: 1 },
    { name: '@vigil/detect', line: 2 },
  ]);
});
