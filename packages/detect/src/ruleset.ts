// Falco rules files (https://falco.org/docs/concepts/rules/): lists, macros and rules, loaded in
// order with append and override, exceptions, enabled, priority, tags, source and
// required_engine_version; then compiled with @vigil/filter. A problem is reported with the
// file, line and column it comes from. A rule that uses a field Vigil cannot supply does not run
// and is reported with the fields it needs: it is never evaluated as false.
import { VigilError } from '@vigil/common';
import {
  type CompiledOutput,
  type Expr,
  type FieldNode,
  FilterCompileError,
  FilterSyntaxError,
  type Matcher,
  compileFilter,
  compileOutput,
  parseCondition,
} from '@vigil/filter';
import { EVT_TYPES, type CompileScope } from '@vigil/filter';
import { type EventKind, PRIORITY_NAMES, type PriorityName } from '@vigil/schema';
import {
  LineCounter,
  type Node,
  type Pair,
  type Scalar,
  type YAMLMap,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
} from 'yaml';
import { type Location, MappedText, segmentOf } from './source-map.js';

/**
 * The version of Falco's rules engine whose language this loader follows; rules files state the
 * least version they need (`required_engine_version`), which Falco 0.42's rules files put at 0.57.0.
 */
export const ENGINE_VERSION = '0.57.0';

/** Rule priorities with Falco's names, most severe first; Vigil's Priority enum is index + 1. */
export const PRIORITIES = PRIORITY_NAMES;
export type { PriorityName };

/** What a rule does when it matches, besides raising an alert. */
export type ResponseAction = 'alert' | 'kill';

export interface Problem {
  severity: 'error' | 'warning';
  where: Location;
  /** The item the problem is in: `rule X`, `macro Y`, `list Z`. */
  item: string | undefined;
  message: string;
}

/** A rules load that failed; `problems` lists every error (and the warnings found so far). */
export class RulesLoadError extends VigilError {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    const errors = problems.filter((p) => p.severity === 'error');
    super('VGL_ERR_RULES_LOAD', errors.map(formatProblem).join('\n'));
    this.problems = problems;
  }
}

/** `file:line:col: error: rule X: message`. */
export function formatProblem(p: Problem): string {
  const where = p.where.file === '' ? '' : `${p.where.file}:${p.where.line}:${p.where.col}: `;
  return `${where}${p.severity}: ${p.item === undefined ? '' : `${p.item}: `}${p.message}`;
}

interface ListDef {
  name: string;
  items: string[];
  where: Location;
}

interface MacroDef {
  name: string;
  condition: MappedText;
  where: Location;
  parsed: Expr | FilterSyntaxError | undefined;
}

interface ExceptionDef {
  name: string;
  fields: string[] | string | undefined;
  comps: string[] | string | undefined;
  values: unknown[];
  where: Location;
}

interface RuleDef {
  name: string;
  desc: string;
  condition: MappedText;
  output: string;
  priority: PriorityName;
  enabled: boolean;
  tags: string[];
  source: string;
  exceptions: ExceptionDef[];
  response: ResponseAction;
  burst: BurstSpec | undefined;
  where: Location;
}

/**
 * Vigil's `burst` key: the rule raises only when `count` matches (with `count` distinct values of
 * `distinct`, when given) that share the value of `by` happen within `seconds`.
 */
export interface BurstSpec {
  count: number;
  seconds: number;
  by: string;
  distinct: string | undefined;
}

/** A burst spec with its fields compiled. */
export interface CompiledBurst {
  count: number;
  seconds: number;
  by: CompiledOutput;
  distinct: CompiledOutput | undefined;
}

/** A rule ready to run. */
export interface CompiledRule {
  name: string;
  desc: string;
  priority: PriorityName;
  /** Vigil's Priority enum value. */
  priorityValue: number;
  tags: readonly string[];
  source: string;
  response: ResponseAction;
  burst: CompiledBurst | undefined;
  /** The condition, for any event. */
  match: Matcher;
  /** The condition compiled for each kind it can match (what the engine runs). */
  matchers: ReadonlyMap<EventKind, Matcher>;
  output: CompiledOutput;
  /** The event kinds the rule can match (rules are indexed by these). */
  kinds: readonly EventKind[];
  where: Location;
}

/** A rule that does not run, and why. */
export interface SkippedRule {
  name: string;
  where: Location;
  reason: 'disabled' | 'unsupported-fields' | 'unsupported-events' | 'unsupported-source' | 'error';
  /**
   * For unsupported-fields: the fields Vigil cannot supply. For unsupported-events (the rule can
   * match no event Vigil reports): the event types it asks for that Vigil does not report, none
   * when its condition contradicts itself.
   */
  fields: readonly string[];
}

export interface CompileResult {
  /** Enabled rules that compile, in load order. */
  rules: CompiledRule[];
  /** Rules that do not run. */
  skipped: SkippedRule[];
  /** Errors and warnings. */
  problems: Problem[];
  /** How many rules compile (enabled or not). */
  compiled: number;
  /** How many rules are defined. */
  total: number;
}

const RULE_KEYS = new Set([
  'rule',
  'desc',
  'condition',
  'output',
  'priority',
  'enabled',
  'tags',
  'source',
  'exceptions',
  'append',
  'override',
  'warn_evttypes',
  'skip-if-unknown-filter',
  'response',
  'burst',
  'capture',
  'capture_duration',
]);
const OVERRIDABLE = new Set([
  'condition',
  'output',
  'desc',
  'priority',
  'tags',
  'exceptions',
  'enabled',
  'items',
  'response',
]);

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function priorityOf(text: string): PriorityName | undefined {
  const t = text.toLowerCase();
  if (t === 'info') return 'informational';
  return (PRIORITIES as readonly string[]).includes(t) ? (t as PriorityName) : undefined;
}

/** A failure at one place in one item: collected, then the item is dropped. */
class ItemError extends Error {
  readonly where: Location;
  constructor(message: string, where: Location) {
    super(message);
    this.where = where;
  }
}

/** Every rule kind the events of which Vigil has. */
const KINDS = Object.keys(EVT_TYPES) as EventKind[];

/** The rules files loaded so far: feed files in order with `load`, then `compile`. */
export class Ruleset {
  readonly #lists = new Map<string, ListDef>();
  readonly #macros = new Map<string, MacroDef>();
  readonly #rules = new Map<string, RuleDef>();
  readonly #problems: Problem[] = [];

  /** Problems found by `load` so far. */
  get problems(): readonly Problem[] {
    return this.#problems;
  }

  /** Names of the rules defined, in load order. */
  get ruleNames(): string[] {
    return [...this.#rules.keys()];
  }

  /** Loads one rules file; problems are collected (see `problems`). */
  load(file: string, text: string): void {
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false });
    const at = (node: Node | null | undefined): Location => {
      const pos = lines.linePos(node?.range?.[0] ?? 0);
      return { file, line: pos.line, col: pos.col };
    };
    if (doc.errors.length > 0) {
      for (const e of doc.errors) {
        const pos = lines.linePos(e.pos[0]);
        this.#problem(
          'error',
          { file, line: pos.line, col: pos.col },
          undefined,
          `not valid YAML: ${e.message.split('\n')[0]}`,
        );
      }
      return;
    }
    const root = doc.contents;
    if (root == null) return;
    if (!isSeq(root)) {
      this.#problem(
        'error',
        at(root),
        undefined,
        'a rules file is a list of items (rule, macro, list, required_engine_version)',
      );
      return;
    }
    const ctx: LoadContext = { file, text, lines, at };
    for (const item of root.items) {
      if (!isMap(item)) {
        this.#problem(
          'error',
          at(item),
          undefined,
          'an item is a map with a rule, macro or list key',
        );
        continue;
      }
      const fields = new Map<string, Pair<Scalar, Node>>();
      for (const pair of item.items as Array<Pair<Scalar, Node>>) {
        fields.set(keyName(pair), pair);
      }
      let label: string | undefined;
      try {
        if (fields.has('rule')) {
          label = `rule ${scalarText(fields.get('rule'), ctx)}`;
          this.#rule(fields, ctx, at(item));
        } else if (fields.has('macro')) {
          label = `macro ${scalarText(fields.get('macro'), ctx)}`;
          this.#macro(fields, ctx);
        } else if (fields.has('list')) {
          label = `list ${scalarText(fields.get('list'), ctx)}`;
          this.#list(fields, ctx);
        } else if (fields.has('required_engine_version')) {
          const pair = fields.get('required_engine_version');
          const wanted = scalarText(pair, ctx);
          if (compareVersions(wanted, ENGINE_VERSION) > 0) {
            throw new ItemError(
              `this file needs rules engine version ${wanted}; Vigil implements ${ENGINE_VERSION}`,
              at(pair?.value),
            );
          }
        } else if (fields.has('required_plugin_versions')) {
          // Plugins feed sources other than syscalls; their rules are reported when compiled.
        } else {
          throw new ItemError(
            `unknown item (keys: ${[...fields.keys()].join(', ')}); expected rule, macro or list`,
            at(item),
          );
        }
      } catch (err) {
        if (!(err instanceof ItemError)) throw err;
        this.#problem('error', err.where, label, err.message);
      }
    }
  }

  #problem(
    severity: Problem['severity'],
    where: Location,
    item: string | undefined,
    message: string,
  ): void {
    this.#problems.push({ severity, where, item, message });
  }

  #list(fields: Map<string, Pair<Scalar, Node>>, ctx: LoadContext): void {
    const name = scalarText(fields.get('list'), ctx);
    const itemsPair = fields.get('items');
    const where = ctx.at(fields.get('list')?.key);
    if (itemsPair === undefined) throw new ItemError(`list ${name} has no items`, where);
    const items = stringList(itemsPair, ctx);
    const mode = mergeMode(fields, 'items', ctx);
    const existing = this.#lists.get(name);
    if (mode === 'append') {
      if (existing === undefined)
        throw new ItemError(`cannot append to list ${name}: it is not defined before`, where);
      existing.items.push(...items);
      return;
    }
    this.#lists.set(name, { name, items, where });
  }

  #macro(fields: Map<string, Pair<Scalar, Node>>, ctx: LoadContext): void {
    const name = scalarText(fields.get('macro'), ctx);
    const where = ctx.at(fields.get('macro')?.key);
    const condition = mappedScalar(fields.get('condition'), ctx, 'condition');
    const mode = mergeMode(fields, 'condition', ctx);
    const existing = this.#macros.get(name);
    if (mode === 'append') {
      if (existing === undefined)
        throw new ItemError(`cannot append to macro ${name}: it is not defined before`, where);
      existing.condition = existing.condition.append(condition);
      existing.parsed = undefined;
      return;
    }
    this.#macros.set(name, { name, condition, where, parsed: undefined });
  }

  #rule(fields: Map<string, Pair<Scalar, Node>>, ctx: LoadContext, where: Location): void {
    const name = scalarText(fields.get('rule'), ctx);
    for (const [key, pair] of fields) {
      if (!RULE_KEYS.has(key)) {
        this.#problem(
          'warning',
          ctx.at(pair.key),
          `rule ${name}`,
          `unknown key '${key}' is ignored`,
        );
      }
    }
    const existing = this.#rules.get(name);
    const override = fields.get('override');
    const legacyAppend = fields.has('append') && boolValue(fields.get('append'), ctx);
    if (override !== undefined || legacyAppend) {
      if (existing === undefined) {
        throw new ItemError(
          `cannot append to or override rule ${name}: it is not defined before`,
          where,
        );
      }
      this.#mergeRule(existing, fields, ctx, legacyAppend);
      return;
    }
    const keys = [...fields.keys()].filter((k) => k !== 'rule');
    if (existing !== undefined && keys.length === 1 && keys[0] === 'enabled') {
      existing.enabled = boolValue(fields.get('enabled'), ctx);
      return;
    }
    for (const key of ['condition', 'output', 'desc', 'priority']) {
      if (!fields.has(key)) throw new ItemError(`rule ${name} has no ${key}`, where);
    }
    const rule: RuleDef = {
      name,
      desc: scalarText(fields.get('desc'), ctx),
      condition: mappedScalar(fields.get('condition'), ctx, 'condition'),
      output: scalarText(fields.get('output'), ctx).trim(),
      priority: this.#priority(fields.get('priority'), ctx),
      enabled: fields.has('enabled') ? boolValue(fields.get('enabled'), ctx) : true,
      tags: fields.has('tags') ? stringList(fields.get('tags') as Pair<Scalar, Node>, ctx) : [],
      source: fields.has('source') ? scalarText(fields.get('source'), ctx) : 'syscall',
      exceptions: fields.has('exceptions')
        ? exceptionList(fields.get('exceptions') as Pair<Scalar, Node>, ctx)
        : [],
      response: fields.has('response')
        ? responseOf(fields.get('response') as Pair<Scalar, Node>, ctx)
        : 'alert',
      burst: fields.has('burst')
        ? burstOf(fields.get('burst') as Pair<Scalar, Node>, ctx)
        : undefined,
      where,
    };
    if (existing !== undefined) this.#rules.delete(name);
    this.#rules.set(name, rule);
  }

  #priority(pair: Pair<Scalar, Node> | undefined, ctx: LoadContext): PriorityName {
    const text = scalarText(pair, ctx);
    const p = priorityOf(text);
    if (p === undefined)
      throw new ItemError(
        `unknown priority '${text}'; expected one of ${PRIORITIES.join(', ')}`,
        ctx.at(pair?.value),
      );
    return p;
  }

  #mergeRule(
    rule: RuleDef,
    fields: Map<string, Pair<Scalar, Node>>,
    ctx: LoadContext,
    legacyAppend: boolean,
  ): void {
    const modes = new Map<string, 'append' | 'replace'>();
    const override = overrideOf(fields, ctx);
    if (override !== undefined) {
      for (const pair of override.items as Array<Pair<Scalar, Node>>) {
        const key = keyName(pair);
        const mode = scalarText(pair, ctx);
        if (!OVERRIDABLE.has(key))
          throw new ItemError(`cannot override '${key}'`, ctx.at(pair.key));
        if (mode !== 'append' && mode !== 'replace')
          throw new ItemError(
            `override mode of '${key}' is append or replace, not '${mode}'`,
            ctx.at(pair.value),
          );
        if (!fields.has(key))
          throw new ItemError(
            `override names '${key}', which this item does not give`,
            ctx.at(pair.key),
          );
        modes.set(key, mode);
      }
    } else {
      for (const key of fields.keys()) {
        if (
          key === 'condition' ||
          key === 'exceptions' ||
          key === 'output' ||
          key === 'desc' ||
          key === 'tags'
        )
          modes.set(key, 'append');
      }
    }
    for (const [key, mode] of modes) {
      const pair = fields.get(key) as Pair<Scalar, Node>;
      switch (key) {
        case 'condition': {
          const condition = mappedScalar(pair, ctx, 'condition');
          rule.condition = mode === 'append' ? rule.condition.append(condition) : condition;
          break;
        }
        case 'output':
          rule.output =
            mode === 'append'
              ? `${rule.output} ${scalarText(pair, ctx).trim()}`
              : scalarText(pair, ctx).trim();
          break;
        case 'desc':
          rule.desc =
            mode === 'append' ? `${rule.desc} ${scalarText(pair, ctx)}` : scalarText(pair, ctx);
          break;
        case 'priority':
          rule.priority = this.#priority(pair, ctx);
          break;
        case 'enabled':
          rule.enabled = boolValue(pair, ctx);
          break;
        case 'response':
          rule.response = responseOf(pair, ctx);
          break;
        case 'tags': {
          const tags = stringList(pair, ctx);
          rule.tags = mode === 'append' ? [...rule.tags, ...tags] : tags;
          break;
        }
        case 'exceptions': {
          const incoming = exceptionList(pair, ctx);
          if (mode === 'replace') rule.exceptions = incoming;
          else {
            for (const ex of incoming) {
              const known = rule.exceptions.find((e) => e.name === ex.name);
              if (known !== undefined) known.values.push(...ex.values);
              else rule.exceptions.push(ex);
            }
          }
          break;
        }
        default:
          throw new ItemError(`cannot merge '${key}' into a rule`, ctx.at(pair.key));
      }
    }
    if (legacyAppend && fields.has('enabled')) rule.enabled = boolValue(fields.get('enabled'), ctx);
  }

  /** Compiles every rule; problems include those of loading. */
  compile(): CompileResult {
    const problems = [...this.#problems];
    const rules: CompiledRule[] = [];
    const skipped: SkippedRule[] = [];
    let compiled = 0;
    const lists = new Map<string, string[]>();
    const scope: CompileScope = {
      macro: (name) => this.#parsedMacro(name),
      list: (name) => this.#resolvedList(name, lists, new Set()),
    };
    for (const rule of this.#rules.values()) {
      const item = `rule ${rule.name}`;
      if (rule.source !== 'syscall') {
        skipped.push({
          name: rule.name,
          where: rule.where,
          reason: 'unsupported-source',
          fields: [],
        });
        problems.push({
          severity: 'warning',
          where: rule.where,
          item,
          message: `source '${rule.source}' is not one Vigil has; the rule does not run`,
        });
        continue;
      }
      let expr: Expr;
      try {
        expr = parseCondition(rule.condition.text);
      } catch (err) {
        if (!(err instanceof FilterSyntaxError)) throw err;
        problems.push({
          severity: 'error',
          where: rule.condition.locate(err.pos.index),
          item,
          message: err.reason,
        });
        skipped.push({ name: rule.name, where: rule.where, reason: 'error', fields: [] });
        continue;
      }
      try {
        const withExceptions = this.#withExceptions(expr, rule);
        const filter = compileFilter(withExceptions, scope);
        const output = compileOutput(rule.output);
        for (const f of output.unknown) {
          problems.push({
            severity: 'warning',
            where: rule.where,
            item,
            message: `output names %${f}, which no field class has; it is printed as written`,
          });
        }
        const gaps = [...new Set(filter.gaps.map((g) => g.field))];
        if (gaps.length > 0) {
          skipped.push({
            name: rule.name,
            where: rule.where,
            reason: 'unsupported-fields',
            fields: gaps,
          });
          problems.push({
            severity: 'warning',
            where: rule.where,
            item,
            message: `uses ${gaps.join(', ')}, which Vigil cannot supply yet; the rule does not run`,
          });
          continue;
        }
        compiled++;
        if (output.gaps.length > 0) {
          problems.push({
            severity: 'warning',
            where: rule.where,
            item,
            message: `output uses ${output.gaps.join(', ')}, which Vigil cannot supply yet (printed as <NA>)`,
          });
        }
        if (!rule.enabled) {
          skipped.push({ name: rule.name, where: rule.where, reason: 'disabled', fields: [] });
          continue;
        }
        // One matcher per event kind the rule can match, with evt.type decided when compiling.
        const matchers = new Map<EventKind, Matcher>();
        for (const kind of KINDS) {
          const names = EVT_TYPES[kind] ?? [];
          if (!names.some((n) => filter.evtTypes.has(n))) continue;
          const specialized = compileFilter(withExceptions, scope, { kind });
          if (specialized.constant !== false) matchers.set(kind, specialized.match);
        }
        if (matchers.size === 0) {
          // It would run and never fire: say so, as for a missing field.
          const types = [...filter.foreignTypes];
          skipped.push({
            name: rule.name,
            where: rule.where,
            reason: 'unsupported-events',
            fields: types,
          });
          problems.push({
            severity: 'warning',
            where: rule.where,
            item,
            message:
              types.length > 0
                ? `matches only ${types.join(', ')} events, which Vigil does not report yet; the rule does not run`
                : 'can match no event Vigil reports; the rule does not run',
          });
          continue;
        }
        rules.push({
          name: rule.name,
          desc: rule.desc,
          priority: rule.priority,
          priorityValue: PRIORITIES.indexOf(rule.priority) + 1,
          tags: rule.tags,
          source: rule.source,
          response: rule.response,
          burst: rule.burst === undefined ? undefined : compileBurst(rule.burst, rule.where),
          match: filter.match,
          matchers,
          output,
          kinds: [...matchers.keys()],
          where: rule.where,
        });
      } catch (err) {
        if (err instanceof FilterCompileError) {
          const where =
            err.macro === undefined
              ? rule.condition.locate(err.pos.index)
              : this.#macroLocation(err.macro, err.pos.index);
          problems.push({
            severity: 'error',
            where,
            item,
            message: err.reason + (err.macro === undefined ? '' : ` (in macro ${err.macro})`),
          });
        } else if (err instanceof ItemError) {
          problems.push({ severity: 'error', where: err.where, item, message: err.message });
        } else if (err instanceof MacroSyntaxError) {
          const where = this.#macroLocation(err.macro, err.syntax.pos.index);
          problems.push({
            severity: 'error',
            where,
            item,
            message: `${err.syntax.reason} (in macro ${err.macro})`,
          });
        } else throw err;
        skipped.push({ name: rule.name, where: rule.where, reason: 'error', fields: [] });
      }
    }
    return { rules, skipped, problems, compiled, total: this.#rules.size };
  }

  /**
   * A list's items, with each unquoted item that names a list replaced by that list's items, as
   * Falco includes lists in lists ("Lists: collections of items that can be included in rules,
   * macros, or other lists", falco.org/docs/concepts/rules): Falco's own package_mgmt_binaries is
   * [rpm_binaries, deb_binaries, ...]. A list met again inside itself stays a name. Memoized in
   * `done` for one compile.
   */
  #resolvedList(
    name: string,
    done: Map<string, string[]>,
    open: Set<string>,
  ): string[] | undefined {
    const cached = done.get(name);
    if (cached !== undefined) return cached;
    const list = this.#lists.get(name);
    if (list === undefined) return undefined;
    open.add(name);
    const out: string[] = [];
    for (const item of list.items) {
      const quoted = unquote(item) !== item;
      const inner = quoted || open.has(item) ? undefined : this.#resolvedList(item, done, open);
      if (inner !== undefined) out.push(...inner);
      else out.push(unquote(item));
    }
    open.delete(name);
    done.set(name, out);
    return out;
  }

  #macroLocation(name: string, index: number): Location {
    const m = this.#macros.get(name);
    return m === undefined ? { file: '', line: 0, col: 0 } : m.condition.locate(index);
  }

  #parsedMacro(name: string): Expr | undefined {
    const m = this.#macros.get(name);
    if (m === undefined) return undefined;
    if (m.parsed === undefined) {
      try {
        m.parsed = parseCondition(m.condition.text);
      } catch (err) {
        if (!(err instanceof FilterSyntaxError)) throw err;
        m.parsed = err;
      }
    }
    if (m.parsed instanceof FilterSyntaxError) throw new MacroSyntaxError(name, m.parsed);
    return m.parsed;
  }

  /** `(condition) and not (exception1 or exception2 ...)`, as Falco builds it. */
  #withExceptions(expr: Expr, rule: RuleDef): Expr {
    const alternatives: Expr[] = [];
    for (const ex of rule.exceptions) {
      for (const value of ex.values) alternatives.push(exceptionCheck(ex, value));
    }
    if (alternatives.length === 0) return expr;
    const pos = { index: 0, line: 1, col: 1 };
    const none: Expr =
      alternatives.length === 1
        ? (alternatives[0] as Expr)
        : { type: 'or', children: alternatives, pos };
    return { type: 'and', children: [expr, { type: 'not', child: none, pos }], pos };
  }
}

/** A macro's condition does not parse: raised where a rule uses the macro. */
class MacroSyntaxError extends Error {
  readonly macro: string;
  readonly syntax: FilterSyntaxError;
  constructor(macro: string, syntax: FilterSyntaxError) {
    super(syntax.message);
    this.macro = macro;
    this.syntax = syntax;
  }
}

/**
 * A list item as a condition value: Falco substitutes list items into conditions as text, so an
 * item written with quotes inside (`'"10.0.0.0/8"'`) is a quoted string there.
 */
function unquote(item: string): string {
  const q = item[0];
  if ((q === '"' || q === "'") && item.length >= 2 && item.endsWith(q)) return item.slice(1, -1);
  return item;
}

const LIST_COMPS = new Set(['in', 'intersects', 'pmatch']);

function fieldNode(text: string, where: Location): FieldNode {
  let expr: Expr;
  try {
    expr = parseCondition(`${text} exists`);
  } catch {
    throw new ItemError(`exception field '${text}' is not a field`, where);
  }
  if (expr.type !== 'unary' || expr.left.type !== 'field')
    throw new ItemError(`exception field '${text}' is not a field`, where);
  return expr.left;
}

/** One exception value (a tuple, or one value for a single field) as a check. */
function exceptionCheck(ex: ExceptionDef, value: unknown): Expr {
  const pos = { index: 0, line: 1, col: 1 };
  if (ex.fields === undefined) throw new ItemError(`exception ${ex.name} has no fields`, ex.where);
  const single = !Array.isArray(ex.fields);
  const fields = single ? [ex.fields as string] : (ex.fields as string[]);
  const comps = Array.isArray(ex.comps)
    ? ex.comps
    : fields.map(() => (ex.comps as string | undefined) ?? (single ? 'in' : '='));
  const values = single ? [value] : value;
  if (!Array.isArray(values) || values.length !== fields.length) {
    throw new ItemError(
      `exception ${ex.name}: a value must give ${fields.length} item(s), one per field`,
      ex.where,
    );
  }
  const checks: Expr[] = fields.map((f, i) => {
    const comp = comps[i] ?? '=';
    const v = values[i] as unknown;
    const left = fieldNode(f, ex.where);
    if (LIST_COMPS.has(comp)) {
      const items = Array.isArray(v) ? v.map(String) : [String(v)];
      return {
        type: 'binary',
        left,
        op: comp,
        quantifier: undefined,
        right: { type: 'list', values: items, pos },
        pos,
      };
    }
    return {
      type: 'binary',
      left,
      op: comp,
      quantifier: undefined,
      right: { type: 'value', value: String(v), quoted: true, pos },
      pos,
    };
  });
  if (single) {
    // A single field with `in` takes the whole value list at once.
    return checks[0] as Expr;
  }
  return checks.length === 1 ? (checks[0] as Expr) : { type: 'and', children: checks, pos };
}

/** A scalar's value as text: strings as they are, numbers and booleans as YAML wrote them. */
function scalarString(node: Scalar): string {
  const v: unknown = node.value;
  if (v == null) return '';
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
}

function keyName(pair: Pair<Scalar, Node> | undefined): string {
  return pair === undefined ? 'value' : scalarString(pair.key);
}

interface LoadContext {
  file: string;
  text: string;
  lines: LineCounter;
  at(node: Node | null | undefined): Location;
}

function scalarText(pair: Pair<Scalar, Node> | undefined, ctx: LoadContext): string {
  const node = pair?.value;
  if (node == null || !isScalar(node))
    throw new ItemError(`${keyName(pair)} must be a string`, ctx.at(node ?? pair?.key));
  return scalarString(node);
}

function boolValue(pair: Pair<Scalar, Node> | undefined, ctx: LoadContext): boolean {
  const node = pair?.value;
  if (node != null && isScalar(node) && typeof node.value === 'boolean') return node.value;
  throw new ItemError(`${keyName(pair)} must be true or false`, ctx.at(node ?? pair?.key));
}

function mappedScalar(
  pair: Pair<Scalar, Node> | undefined,
  ctx: LoadContext,
  what: string,
): MappedText {
  const node = pair?.value;
  if (node == null || !isScalar(node))
    throw new ItemError(`${what} must be a string`, ctx.at(node ?? pair?.key));
  const value = scalarString(node);
  const [start = 0, end = ctx.text.length] = node.range ?? [];
  return new MappedText([segmentOf(ctx.text, start, end, value, ctx.file, ctx.lines)]);
}

function stringList(pair: Pair<Scalar, Node>, ctx: LoadContext): string[] {
  const node = pair.value;
  if (!isSeq(node))
    throw new ItemError(`${keyName(pair)} must be a list`, ctx.at(node ?? pair.key));
  return node.items.map((item) => {
    if (!isScalar(item))
      throw new ItemError(`${keyName(pair)} must hold strings or numbers`, ctx.at(item as Node));
    return scalarString(item);
  });
}

function burstOf(pair: Pair<Scalar, Node>, ctx: LoadContext): BurstSpec {
  const where = ctx.at(pair.value ?? pair.key);
  if (!isMap(pair.value))
    throw new ItemError('burst is a map: {count, seconds, by, distinct}', where);
  const js = pair.value.toJSON() as Record<string, unknown>;
  const { count, seconds, by, distinct } = js;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) {
    throw new ItemError('burst.count is a whole number of matches, at least 1', where);
  }
  if (typeof seconds !== 'number' || !(seconds > 0))
    throw new ItemError('burst.seconds is a positive number', where);
  if (typeof by !== 'string') throw new ItemError('burst.by is a field name', where);
  if (distinct !== undefined && typeof distinct !== 'string')
    throw new ItemError('burst.distinct is a field name', where);
  return { count, seconds, by, distinct };
}

function compileBurst(spec: BurstSpec, where: Location): CompiledBurst {
  const field = (name: string): CompiledOutput => {
    const out = compileOutput(`%${name}`);
    if (out.fields.length !== 1)
      throw new ItemError(`burst field ${name} is not a field Vigil supplies`, where);
    return out;
  };
  return {
    count: spec.count,
    seconds: spec.seconds,
    by: field(spec.by),
    distinct: spec.distinct === undefined ? undefined : field(spec.distinct),
  };
}

function responseOf(pair: Pair<Scalar, Node>, ctx: LoadContext): ResponseAction {
  const v = scalarText(pair, ctx);
  if (v !== 'alert' && v !== 'kill')
    throw new ItemError(`response is alert or kill, not '${v}'`, ctx.at(pair.value));
  return v;
}

/** The item's `override` map, when it has one. */
function overrideOf(
  fields: Map<string, Pair<Scalar, Node>>,
  ctx: LoadContext,
): YAMLMap | undefined {
  const override = fields.get('override');
  if (override === undefined) return undefined;
  if (!isMap(override.value)) {
    throw new ItemError(
      'override is a map of property: append | replace',
      ctx.at(override.value ?? override.key),
    );
  }
  return override.value;
}

function mergeMode(
  fields: Map<string, Pair<Scalar, Node>>,
  property: string,
  ctx: LoadContext,
): 'append' | 'replace' {
  const override = overrideOf(fields, ctx);
  if (override !== undefined) {
    const mode = override.get(property);
    if (mode !== 'append' && mode !== 'replace')
      throw new ItemError(`override of '${property}' is append or replace`, ctx.at(override));
    return mode;
  }
  return fields.has('append') && boolValue(fields.get('append'), ctx) ? 'append' : 'replace';
}

function exceptionList(pair: Pair<Scalar, Node>, ctx: LoadContext): ExceptionDef[] {
  const node = pair.value;
  if (!isSeq(node)) throw new ItemError('exceptions must be a list', ctx.at(node ?? pair.key));
  return node.items.map((item) => {
    const where = ctx.at(item as Node);
    if (!isMap(item))
      throw new ItemError('an exception is a map with name, fields, comps and values', where);
    const js = item.toJSON() as Record<string, unknown>;
    const name = js.name;
    if (typeof name !== 'string') throw new ItemError('an exception needs a name', where);
    const fields = js.fields;
    const comps = js.comps;
    const values = js.values ?? [];
    if (!Array.isArray(values))
      throw new ItemError(`exception ${name}: values must be a list`, where);
    if (fields !== undefined && typeof fields !== 'string' && !Array.isArray(fields)) {
      throw new ItemError(`exception ${name}: fields is a field name or a list of them`, where);
    }
    if (Array.isArray(fields) && Array.isArray(comps) && comps.length !== fields.length) {
      throw new ItemError(
        `exception ${name}: ${fields.length} fields but ${comps.length} comps`,
        where,
      );
    }
    return {
      name,
      fields: fields as string[] | string | undefined,
      comps: comps as string[] | string | undefined,
      values: [...(values as unknown[])],
      where,
    };
  });
}
