import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { FilterSyntaxError, parseCondition } from '../src/index.js';

// Falco's compatibility targets live beside the clone (../shared/falco), not in the project.
const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const falcoDir = process.env.VIGIL_FALCO_DIR ?? join(repoRoot, '..', 'shared', 'falco');
const casesFile = join(falcoDir, 'filter-parser-cases.tsv');
const skip = existsSync(casesFile)
  ? false
  : `${casesFile} is absent (Falco's parser cases are read from ../shared beside the clone)`;

/** The file's `escaped` rows write \n, \t and \\ as escapes. */
function unescapeRow(s: string): string {
  return s.replace(/\\(n|t|\\)/g, (_m, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : '\\'));
}

test(
  "all of libsinsp's filter parser cases: accepted ones parse, rejected ones fail with a message",
  { skip },
  () => {
    const rows = readFileSync(casesFile, 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'));
    const wrong: string[] = [];
    let accepted = 0;
    let rejected = 0;
    for (const row of rows) {
      const [expected, encoding, ...rest] = row.split('\t');
      const raw = rest.join('\t');
      const input = encoding === 'escaped' ? unescapeRow(raw) : raw;
      let error: unknown;
      try {
        parseCondition(input);
      } catch (err) {
        error = err;
      }
      if (expected === 'accept') {
        accepted++;
        if (error)
          wrong.push(`should accept ${JSON.stringify(input)}: ${(error as Error).message}`);
      } else {
        rejected++;
        if (!error) wrong.push(`should reject ${JSON.stringify(input)}`);
        else if (!(error instanceof FilterSyntaxError) || !error.message)
          wrong.push(
            `rejected without a syntax error: ${JSON.stringify(input)}: ${(error as Error).message}`,
          );
      }
    }
    assert.equal(accepted + rejected, 530, 'the file holds 530 cases');
    assert.deepEqual(wrong, []);
  },
);

test('a syntax error names what was expected, with line and column', () => {
  assert.throws(
    () => parseCondition('proc.name = cat and\n  fd.name startswith'),
    (err: unknown) =>
      err instanceof FilterSyntaxError &&
      err.pos.line === 2 &&
      err.pos.col === 11 &&
      /expected an operator/.test(err.message) &&
      err.code === 'VGL_ERR_FILTER_SYNTAX',
  );
  assert.throws(() => parseCondition('(a.b = 1'), /expected '\)' \(line 1, column 9\)/);
  assert.throws(() => parseCondition(''), /empty/);
});

test('the tree says what the condition says', () => {
  const e = parseCondition(
    'not proc.aname[2] in (bash, "s h") and tolower(fd.name) == oneof (a, b) or m',
  );
  assert.equal(e.type, 'or');
  assert.ok(e.type === 'or');
  const [and, macro] = e.children;
  assert.deepEqual(macro && { type: macro.type, name: macro.type === 'identifier' && macro.name }, {
    type: 'identifier',
    name: 'm',
  });
  assert.ok(and?.type === 'and');
  const [not, quantified] = and.children;
  assert.ok(not?.type === 'not' && not.child.type === 'binary');
  assert.equal(not.child.op, 'in');
  assert.deepEqual(not.child.left, {
    type: 'field',
    name: 'proc.aname',
    arg: '2',
    pos: not.child.left.pos,
  });
  assert.ok(not.child.right.type === 'list');
  assert.deepEqual(not.child.right.values, ['bash', 's h']);
  assert.ok(quantified?.type === 'binary');
  assert.equal(quantified.quantifier, 'oneof');
  assert.ok(quantified.left.type === 'transformer' && quantified.left.name === 'tolower');
});
