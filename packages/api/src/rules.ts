// The rules in force, as the API sees and changes them: the detector's files (built-in,
// configured) and the files put through the API, kept in one folder of the data directory.
// A file is validated in the context of the others (its macros and lists may come from them);
// one with errors is refused with every problem and its position. After a put, the detectors
// are told to reload (`vigil.ctl.detector.reload`).
import { mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { RULES_RELOAD_SUBJECT, type Backplane } from '@vigil/backplane';
import { VigilError } from '@vigil/common';
import { type Problem, RulesLoadError, Ruleset } from '@vigil/detect';

export interface RulesBookOptions {
  /** The detector's own files, in load order (built-in first). */
  files: () => string[];
  /** Where files put through the API are kept; none: puts are refused. */
  dir?: string;
  backplane: Backplane;
}

export interface RuleProblemJson {
  file: string;
  line: number;
  column: number;
  message: string;
  code: string;
  error: boolean;
}

/** A file name a put may use: letters, digits, dot, dash, underscore; .yaml or .yml. */
const PUT_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}\.ya?ml$/;

function problemJson(p: Problem): RuleProblemJson {
  return {
    file: basename(p.where.file),
    line: p.where.line,
    column: p.where.col,
    message: `${p.item === undefined ? '' : `${p.item}: `}${p.message}`,
    code: 'VGL_ERR_RULES_LOAD',
    error: p.severity === 'error',
  };
}

/** The rules files put through the API into `dir`, in load order (by name); none: []. */
export function putRuleFiles(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((f) => PUT_NAME.test(f))
      .sort()
      .map((f) => join(dir, f));
  } catch {
    return [];
  }
}

export class RulesBook {
  readonly #o: RulesBookOptions;

  constructor(options: RulesBookOptions) {
    this.#o = options;
  }

  /** Every file in force: the detector's, then those put through the API (by name). */
  files(): string[] {
    return [...this.#o.files(), ...this.#putFiles()];
  }

  #putFiles(): string[] {
    return this.#o.dir === undefined ? [] : putRuleFiles(this.#o.dir);
  }

  /** Loads the files in force, with `extra` (name, content) in place of or after them. */
  #compile(extra?: { name: string; content: string }) {
    const ruleset = new Ruleset();
    const problems: Problem[] = [];
    const load = (file: string, text: string) => {
      try {
        ruleset.load(file, text);
      } catch (err) {
        if (err instanceof RulesLoadError) problems.push(...err.problems);
        else throw err;
      }
    };
    // A put file of the same name is the one `extra` replaces.
    const put = this.#putFiles();
    for (const file of [...this.#o.files(), ...put]) {
      if (extra !== undefined && basename(file) === extra.name && put.includes(file)) continue;
      load(file, readFileSync(file, 'utf8'));
    }
    if (extra !== undefined) load(extra.name, extra.content);
    const result = ruleset.compile();
    return { result, problems: [...problems, ...result.problems] };
  }

  /** The rules defined, enabled or not, with the file each comes from. */
  list(): { rules: Array<Record<string, unknown>> } {
    const { result } = this.#compile();
    const rules: Array<Record<string, unknown>> = result.rules.map((r) => ({
      name: r.name,
      desc: r.desc,
      priority: `PRIORITY_${r.priority.toUpperCase() === 'INFO' ? 'INFORMATIONAL' : r.priority.toUpperCase()}`,
      tags: [...r.tags],
      enabled: true,
      file: basename(r.where.file),
    }));
    for (const s of result.skipped) {
      rules.push({ name: s.name, enabled: false, file: basename(s.where.file), tags: [] });
    }
    return { rules };
  }

  /** Validates one file among the others in force; nothing is installed. */
  validate(name: string, content: string): { valid: boolean; problems: RuleProblemJson[] } {
    const { problems } = this.#compile({ name: name || 'rules.yaml', content });
    const own = problems.filter((p) => basename(p.where.file) === (name || 'rules.yaml'));
    return { valid: !own.some((p) => p.severity === 'error'), problems: own.map(problemJson) };
  }

  /** The content of a file put through the API; a NOT_FOUND error when there is none. */
  get(name: string): { name: string; content: string } {
    if (this.#o.dir === undefined || !PUT_NAME.test(name))
      throw new VigilError('VGL_ERR_NOT_FOUND', `no rules file ${JSON.stringify(name)} was put`);
    try {
      return { name, content: readFileSync(join(this.#o.dir, name), 'utf8') };
    } catch {
      throw new VigilError('VGL_ERR_NOT_FOUND', `no rules file ${JSON.stringify(name)} was put`);
    }
  }

  /** Installs or replaces a file after validating it; the detectors are told to reload. */
  put(name: string, content: string): { rules: number; problems: RuleProblemJson[] } {
    if (this.#o.dir === undefined)
      throw new VigilError(
        'VGL_ERR_QUERY_INVALID',
        'this API installs no rules (no data directory)',
      );
    if (!PUT_NAME.test(name))
      throw new VigilError(
        'VGL_ERR_QUERY_INVALID',
        `name must be a file name ending in .yaml or .yml (letters, digits, . - _), got ${JSON.stringify(name)}`,
      );
    const checked = this.validate(name, content);
    if (!checked.valid) {
      const first = checked.problems.find((p) => p.error);
      throw new VigilError(
        'VGL_ERR_RULES_LOAD',
        `${name} has ${checked.problems.filter((p) => p.error).length} error(s); first at line ${first?.line}, column ${first?.column}: ${first?.message}`,
      );
    }
    mkdirSync(this.#o.dir, { recursive: true, mode: 0o700 });
    const target = join(this.#o.dir, name);
    const temp = `${target}.tmp-${process.pid}`;
    writeFileSync(temp, content, { mode: 0o600 });
    renameSync(temp, target);
    this.#o.backplane.nc.publish(RULES_RELOAD_SUBJECT, name);
    const { result } = this.#compile();
    const own = [...result.rules, ...result.skipped].filter(
      (r) => basename(r.where.file) === name,
    ).length;
    return { rules: own, problems: checked.problems };
  }
}
