// Conditions compiled once to closures over an EventContext. Semantics follow libsinsp's
// filterchecks (falcosecurity/libs userspace/libsinsp/sinsp_filtercheck.cpp): a check on a value
// the event does not have is false whatever the operator (`exists` says whether it has one);
// `regex` must match the whole value (RE2 anchored at both ends); `pmatch` matches a path equal
// to or below one of the list's paths; without an index, proc.aname and its siblings match when
// any ancestor matches. Checks on evt.type see every Falco name a Vigil event answers to (an
// open is `openat`, `open`, `openat2` and `creat`), and `!=` on such many-valued fields means
// that none is equal.
import { BlockList, isIP } from 'node:net';
import { VigilError } from '@vigil/common';
import type {
  BinaryCheckNode,
  Expr,
  FieldNode,
  JoinNode,
  Operand,
  Pos,
  TransformerNode,
} from './ast.js';
import type { EventKind } from '@vigil/schema';
import type { EventContext } from './event-context.js';
import {
  EVT_ARG_NAMES,
  EVT_TYPES,
  TYPE_VARIES_BY_EVENT,
  FALCO_FIELD_CLASSES,
  type FieldDef,
  type FieldType,
  type FieldValue,
  ancestorCount,
  evtTypeNames,
  lookupField,
} from './fields.js';

/** A compiled condition. */
export type Matcher = (ctx: EventContext) => boolean;

/** Macros and lists that identifiers in a condition resolve to. */
export interface CompileScope {
  /** The parsed condition of a macro, or undefined when there is none of that name. */
  macro(name: string): Expr | undefined;
  /** The items of a list, or undefined when there is none of that name. */
  list(name: string): readonly string[] | undefined;
}

/** A field the condition uses that Vigil cannot supply. */
export interface Gap {
  field: string;
  pos: Pos;
  /** The macro the field is in, when it is in one. */
  macro: string | undefined;
}

export interface CompiledFilter {
  match: Matcher;
  /** Every field the condition uses (after macros are expanded). */
  fields: ReadonlySet<string>;
  /** Fields Vigil cannot supply; when any, `match` must not be used. */
  gaps: readonly Gap[];
  /** Every evt.type name an event can have for the condition to be true. */
  evtTypes: ReadonlySet<string>;
  /**
   * evt.type names the condition asks for (`=`, `in`) that no Vigil event answers to (ptrace,
   * init_module...), in the order written: why a condition that matches nothing does not.
   */
  foreignTypes: ReadonlySet<string>;
  /** The condition's value when it is the same for every event (of the kind compiled for). */
  constant: boolean | undefined;
}

/** A condition that parses but cannot be compiled. */
export class FilterCompileError extends VigilError {
  readonly pos: Pos;
  readonly reason: string;
  /** The macro the problem is in, when it is in one. */
  readonly macro: string | undefined;

  constructor(reason: string, pos: Pos, macro: string | undefined) {
    const where = macro === undefined ? '' : ` in macro ${macro}`;
    super('VGL_ERR_FILTER_COMPILE', `${reason}${where} (line ${pos.line}, column ${pos.col})`);
    this.reason = reason;
    this.pos = pos;
    this.macro = macro;
  }
}

/**
 * The sets of evt.type names one Vigil event answers to (an open is openat, open, openat2 and
 * creat at once), keyed by the first name; bind and listen are apart. Event type sets are sets of
 * these groups, so that `evt.type = open and evt.type = openat` is not empty.
 */
const TYPE_GROUPS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.values(EVT_TYPES)
    .flatMap((names) => (names.includes('listen') ? [['listen'], ['bind']] : [names]))
    .map((names) => [names[0] as string, names]),
);

/** Every evt.type name Vigil's events answer to. */
export const ALL_EVT_TYPES: ReadonlySet<string> = new Set([...TYPE_GROUPS.values()].flat());

/** The groups holding any of these names. */
function groupsOf(names: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const [key, group] of TYPE_GROUPS) if (group.some((n) => names.has(n))) out.add(key);
  return out;
}

type Getter = (ctx: EventContext) => FieldValue;
type Test = (v: FieldValue & {}) => boolean;

/** A compiled operand: one value per event, or several (`visit` stops when a test passes). */
interface Value {
  type: FieldType;
  name: string;
  one: Getter;
  many: ((ctx: EventContext, test: Test) => boolean) | undefined;
  /** A field Vigil cannot supply: its checks are not type-checked, and never run. */
  gap: boolean;
}

interface TypeSet {
  set: Set<string>;
  /** True when the condition is true exactly for these types (so its negation is the rest). */
  exact: boolean;
}

type Comparison = (a: FieldValue & {}, b: FieldValue & {}) => boolean;

/** Operators that can compare a field with another field's value (`val(...)`). */
const FIELD_COMPARISONS: Record<string, Comparison | undefined> = {
  '=': (a, b) => a === b,
  '!=': (a, b) => a !== b,
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b,
  '>': (a, b) => a > b,
  '>=': (a, b) => a >= b,
  in: (a, b) => a === b,
  intersects: (a, b) => a === b,
  contains: (a, b) => String(a).includes(String(b)),
  startswith: (a, b) => String(a).startsWith(String(b)),
  endswith: (a, b) => String(a).endsWith(String(b)),
};

const EMPTY_SCOPE: CompileScope = { macro: () => undefined, list: () => undefined };

export interface CompileOptions {
  /**
   * Compile for events of this kind only: checks on evt.type become constants, and parts that
   * no event of the kind can satisfy are dropped (what the engine runs, one matcher per kind).
   */
  kind?: EventKind;
}

/** Compiles a parsed condition. Throws FilterCompileError; fields Vigil lacks are `gaps`. */
export function compileFilter(
  expr: Expr,
  scope: CompileScope = EMPTY_SCOPE,
  options: CompileOptions = {},
): CompiledFilter {
  return new Compiler(scope, options.kind).compile(expr);
}

/** A compiled part of a condition: a matcher, or a constant known when compiling. */
type Part = Matcher | boolean;

const ALWAYS: Matcher = () => true;
const NEVER: Matcher = () => false;

function and(parts: Part[]): Part {
  if (parts.includes(false)) return false;
  const live = parts.filter((p): p is Matcher => p !== true);
  if (live.length === 0) return true;
  if (live.length === 1) return live[0] as Matcher;
  if (live.length === 2) {
    const [a, b] = live as [Matcher, Matcher];
    return (ctx) => a(ctx) && b(ctx);
  }
  return (ctx) => {
    for (const p of live) if (!p(ctx)) return false;
    return true;
  };
}

function or(parts: Part[]): Part {
  if (parts.includes(true)) return true;
  const live = parts.filter((p): p is Matcher => p !== false);
  if (live.length === 0) return false;
  if (live.length === 1) return live[0] as Matcher;
  if (live.length === 2) {
    const [a, b] = live as [Matcher, Matcher];
    return (ctx) => a(ctx) || b(ctx);
  }
  return (ctx) => {
    for (const p of live) if (p(ctx)) return true;
    return false;
  };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** A glob (`*`, `?`, `[...]`, as fnmatch without FNM_PATHNAME) as an anchored RegExp. */
export function globToRegExp(glob: string, flags = ''): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === '*') out += '.*';
    else if (c === '?') out += '.';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end < 0) out += '\\[';
      else {
        let body = glob.slice(i + 1, end);
        if (body.startsWith('!')) body = `^${body.slice(1)}`;
        out += `[${body.replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else out += escapeRegExp(c);
  }
  return new RegExp(`^(?:${out})$`, `s${flags}`);
}

function hexToLatin1(hex: string, pos: Pos, macro: string | undefined): string {
  if (!/^(?:[0-9a-fA-F]{2})+$/.test(hex)) {
    throw new FilterCompileError(
      `expected an even number of hex digits, got ${JSON.stringify(hex)}`,
      pos,
      macro,
    );
  }
  return Buffer.from(hex, 'hex').toString('latin1');
}

class Compiler {
  readonly #scope: CompileScope;
  readonly #fields = new Set<string>();
  readonly #gaps: Gap[] = [];
  readonly #foreignTypes = new Set<string>();
  readonly #macroStack: string[] = [];
  /** The type groups of the kind compiled for, when one is. */
  readonly #kindGroups: readonly string[] | undefined;
  readonly #kindNames: readonly string[] | undefined;

  constructor(scope: CompileScope, kind: EventKind | undefined) {
    this.#scope = scope;
    const names = kind === undefined ? undefined : EVT_TYPES[kind];
    this.#kindNames = kind !== undefined && TYPE_VARIES_BY_EVENT.has(kind) ? undefined : names;
    this.#kindGroups = names === undefined ? undefined : [...groupsOf(new Set(names))];
  }

  /** False when no event of the kind compiled for can satisfy `expr`. */
  #possible(expr: Expr): boolean {
    const groups = this.#types(expr).set;
    if (groups.size === 0) return false;
    return this.#kindGroups === undefined || this.#kindGroups.some((g) => groups.has(g));
  }

  get #macro(): string | undefined {
    return this.#macroStack[this.#macroStack.length - 1];
  }

  compile(expr: Expr): CompiledFilter {
    const part = this.#possible(expr) ? this.#expr(expr) : false;
    const groups = this.#types(expr).set;
    const evtTypes = new Set([...groups].flatMap((g) => TYPE_GROUPS.get(g) ?? []));
    const match = part === true ? ALWAYS : part === false ? NEVER : part;
    const constant = typeof part === 'boolean' ? part : undefined;
    return {
      match,
      fields: this.#fields,
      gaps: this.#gaps,
      evtTypes,
      foreignTypes: this.#foreignTypes,
      constant,
    };
  }

  #error(reason: string, pos: Pos): FilterCompileError {
    return new FilterCompileError(reason, pos, this.#macro);
  }

  #expand<T>(name: string, pos: Pos, body: (expr: Expr) => T): T {
    const expr = this.#scope.macro(name);
    if (expr === undefined) throw this.#error(`undefined macro '${name}'`, pos);
    if (this.#macroStack.includes(name)) {
      throw this.#error(
        `macro '${name}' refers to itself (${[...this.#macroStack, name].join(' -> ')})`,
        pos,
      );
    }
    this.#macroStack.push(name);
    try {
      return body(expr);
    } finally {
      this.#macroStack.pop();
    }
  }

  #expr(expr: Expr): Part {
    switch (expr.type) {
      case 'and':
        // A conjunction no Vigil event (of the kind compiled for) can satisfy, such as evt.type
        // sendto, is false: its fields are neither compiled nor reported as gaps.
        if (!this.#possible(expr)) return false;
        return and(expr.children.map((c) => this.#expr(c)));
      case 'or':
        return or(expr.children.map((c) => this.#expr(c)));
      case 'not': {
        const child = this.#expr(expr.child);
        if (typeof child === 'boolean') return !child;
        return (ctx) => !child(ctx);
      }
      case 'identifier':
        return this.#expand(expr.name, expr.pos, (e) => this.#expr(e));
      case 'unary': {
        const value = this.#operand(expr.left);
        if (value.many !== undefined) {
          const many = value.many;
          return (ctx) => many(ctx, () => true);
        }
        const one = value.one;
        return (ctx) => one(ctx) !== undefined;
      }
      case 'binary':
        return this.#binary(expr);
    }
  }

  // ---- operands

  #field(node: FieldNode): Value {
    const name = node.arg === undefined ? node.name : `${node.name}[${node.arg}]`;
    this.#fields.add(name);
    const found = lookupField(node.name);
    const cls = node.name.slice(0, node.name.indexOf('.'));
    const key = found?.key ?? (found?.def.arg === 'key' ? node.arg : undefined);
    const supported =
      found !== undefined &&
      (found.def.arg !== 'key' || (key !== undefined && EVT_ARG_NAMES.has(key))) &&
      (found.def.arg !== undefined || node.arg === undefined);
    if (!supported) {
      if (found === undefined && !FALCO_FIELD_CLASSES.has(cls)) {
        throw this.#error(`unknown field '${node.name}'`, node.pos);
      }
      this.#gaps.push({ field: name, pos: node.pos, macro: this.#macro });
      return { type: 'string', name, one: () => undefined, many: undefined, gap: true };
    }
    const def = found.def;
    if (def.arg === 'ancestor') return this.#ancestorField(def, node, name);
    if (def.arg === 'key') {
      const k = key as string;
      const extract = def.extract;
      return { type: def.type, name, one: (ctx) => extract(ctx, k), many: undefined, gap: false };
    }
    const extract = def.extract;
    const one: Getter = (ctx) => extract(ctx, undefined);
    if (def.name === 'evt.type') {
      return {
        type: 'string',
        name,
        gap: false,
        one,
        many: (ctx, test) => {
          for (const n of evtTypeNames(ctx)) if (test(n)) return true;
          return false;
        },
      };
    }
    const other = def.other;
    if (other !== undefined) {
      return {
        type: def.type,
        name,
        gap: false,
        one,
        many: (ctx, test) => {
          const a = one(ctx);
          if (a !== undefined && test(a)) return true;
          const b = other(ctx);
          return b !== undefined && test(b);
        },
      };
    }
    return { type: def.type, name, one, many: undefined, gap: false };
  }

  #ancestorField(def: FieldDef, node: FieldNode, name: string): Value {
    const extract = def.extract;
    if (node.arg !== undefined) {
      const n = Number(node.arg);
      if (!Number.isInteger(n) || n < 0) {
        throw this.#error(
          `${node.name} takes an ancestor index such as [2], got [${node.arg}]`,
          node.pos,
        );
      }
      return { type: def.type, name, one: (ctx) => extract(ctx, n), many: undefined, gap: false };
    }
    return {
      type: def.type,
      name,
      gap: false,
      one: (ctx) => extract(ctx, 1),
      many: (ctx, test) => {
        const count = ancestorCount(ctx);
        for (let i = 1; i <= count; i++) {
          const v = extract(ctx, i);
          if (v !== undefined && test(v)) return true;
        }
        return false;
      },
    };
  }

  #operand(node: Operand): Value {
    if (node.type === 'field') return this.#field(node);
    if (node.type === 'join') return this.#join(node);
    return this.#transformer(node);
  }

  #join(node: JoinNode): Value {
    const parts: Getter[] = node.items.map((item) => {
      if (item.type === 'value') {
        const v = item.value;
        return () => v;
      }
      const value = this.#operand(item);
      return value.one;
    });
    const sep = node.separator;
    return {
      type: 'string',
      name: 'join',
      gap: false,
      one: (ctx) => {
        let out = '';
        for (let i = 0; i < parts.length; i++) {
          const v = (parts[i] as Getter)(ctx);
          if (v === undefined) return undefined;
          out += i === 0 ? String(v) : sep + String(v);
        }
        return out;
      },
      many: undefined,
    };
  }

  #transformer(node: TransformerNode): Value {
    const inner = this.#operand(node.arg);
    if (node.name === 'val') return inner;
    const f = this.#transform(node, inner);
    const type: FieldType = node.name === 'len' ? 'number' : 'string';
    const one = inner.one;
    const name = `${node.name}(${inner.name})`;
    const many = inner.many;
    return {
      type,
      name,
      gap: false,
      one: (ctx) => {
        const v = one(ctx);
        return v === undefined ? undefined : f(v);
      },
      many: many === undefined ? undefined : (ctx, test) => many(ctx, (v) => test(f(v))),
    };
  }

  #transform(node: TransformerNode, inner: Value): (v: FieldValue & {}) => string | number {
    const stringy = inner.type === 'string' || inner.type === 'ipaddr' || inner.type === 'ipnet';
    if (!stringy && node.name !== 'len') {
      throw this.#error(
        `${node.name}() takes a string, and ${inner.name} is a ${inner.type}`,
        node.pos,
      );
    }
    switch (node.name) {
      case 'tolower':
        return (v) => String(v).toLowerCase();
      case 'toupper':
        return (v) => String(v).toUpperCase();
      case 'b64':
        return (v) => Buffer.from(String(v), 'base64').toString('latin1');
      case 'basename':
        return (v) => {
          const s = String(v);
          return s.slice(s.lastIndexOf('/') + 1);
        };
      case 'len':
        return (v) => String(v).length;
      default:
        throw this.#error(`unknown transformer ${node.name}`, node.pos);
    }
  }

  // ---- checks

  #listValues(node: BinaryCheckNode): string[] | Value {
    const right = node.right;
    switch (right.type) {
      case 'list': {
        const out: string[] = [];
        for (const v of right.values) {
          const items = this.#scope.list(v);
          if (items !== undefined) out.push(...items);
          else out.push(v);
        }
        return out;
      }
      case 'identifier': {
        const items = this.#scope.list(right.name);
        if (items === undefined) throw this.#error(`undefined list '${right.name}'`, right.pos);
        return [...items];
      }
      case 'value':
        return [right.value];
      case 'transformer':
        return this.#operand(right);
    }
  }

  #binary(node: BinaryCheckNode): Part {
    const known = this.#knownEvtType(node);
    if (known !== undefined) return known;
    const left = this.#operand(node.left);
    if (left.gap) return false;
    const op = node.op === '==' ? '=' : node.op;
    const rhs = this.#listValues(node);
    if (!Array.isArray(rhs)) return this.#fieldToField(node, left, op, rhs);
    const isList = op === 'in' || op === 'intersects' || op === 'pmatch';
    if (isList || node.quantifier !== undefined) {
      const tests = isList
        ? [this.#listTest(node, left, op, rhs)]
        : rhs.map((v) => this.#test(node, left, op, v));
      const test: Test =
        node.quantifier === 'allof'
          ? (v) => {
              for (const t of tests) if (!t(v)) return false;
              return true;
            }
          : tests.length === 1
            ? (tests[0] as Test)
            : (v) => {
                for (const t of tests) if (t(v)) return true;
                return false;
              };
      return this.#apply(left, test, false);
    }
    if (rhs.length !== 1) throw this.#error(`operator ${op} takes one value`, node.right.pos);
    if (op === '!=') return this.#apply(left, this.#test(node, left, '=', rhs[0] as string), true);
    return this.#apply(left, this.#test(node, left, op, rhs[0] as string), false);
  }

  /** A check of evt.type against names, decided when compiling for one kind. */
  #knownEvtType(node: BinaryCheckNode): boolean | undefined {
    const names = this.#kindNames;
    if (names === undefined || node.left.type !== 'field' || node.left.name !== 'evt.type')
      return undefined;
    if (node.quantifier !== undefined) return undefined;
    const op = node.op === '==' ? '=' : node.op;
    if (op !== '=' && op !== '!=' && op !== 'in') return undefined;
    this.#fields.add('evt.type');
    const values = this.#listValues(node);
    if (!Array.isArray(values)) return undefined;
    const hit = names.some((n) => values.includes(n));
    return op === '!=' ? !hit : hit;
  }

  /** Runs a test on an operand's value(s); `negate` for `!=` (false when the value is absent). */
  #apply(left: Value, test: Test, negate: boolean): Matcher {
    const many = left.many;
    if (many !== undefined) {
      const one = left.one;
      if (negate) return (ctx) => one(ctx) !== undefined && !many(ctx, test);
      return (ctx) => many(ctx, test);
    }
    const one = left.one;
    if (negate) {
      return (ctx) => {
        const v = one(ctx);
        return v !== undefined && !test(v);
      };
    }
    return (ctx) => {
      const v = one(ctx);
      return v !== undefined && test(v);
    };
  }

  #fieldToField(node: BinaryCheckNode, left: Value, op: string, right: Value): Matcher {
    const cmp = FIELD_COMPARISONS[op];
    if (cmp === undefined) throw this.#error(`operator ${op} cannot compare two fields`, node.pos);
    const get = right.one;
    const l = left.one;
    return (ctx) => {
      const a = l(ctx);
      if (a === undefined) return false;
      const b = get(ctx);
      return b !== undefined && cmp(a, b);
    };
  }

  #number(node: BinaryCheckNode, field: Value, text: string): number {
    const n = Number(text);
    if (text.trim() === '' || Number.isNaN(n)) {
      throw this.#error(
        `${field.name} is a number, and ${JSON.stringify(text)} is not one`,
        node.right.pos,
      );
    }
    return n;
  }

  #literal(node: BinaryCheckNode, field: Value, text: string): string | number | boolean {
    switch (field.type) {
      case 'number':
        return this.#number(node, field, text);
      case 'bool': {
        const t = text.toLowerCase();
        if (t !== 'true' && t !== 'false') {
          throw this.#error(
            `${field.name} is true or false, and ${JSON.stringify(text)} is neither`,
            node.right.pos,
          );
        }
        return t === 'true';
      }
      default:
        return text;
    }
  }

  #listTest(node: BinaryCheckNode, left: Value, op: string, values: string[]): Test {
    if (op === 'pmatch') {
      if (left.type !== 'string')
        throw this.#error(
          `pmatch needs a path field, and ${left.name} is a ${left.type}`,
          node.pos,
        );
      const exact = new Set<string>();
      const prefixes: string[] = [];
      const globs: RegExp[] = [];
      for (const v of values) {
        if (/[*?[]/.test(v))
          globs.push(new RegExp(`${globToRegExp(v).source.slice(0, -1)}(?:/.*)?$`, 's'));
        else {
          const p = v.length > 1 && v.endsWith('/') ? v.slice(0, -1) : v;
          exact.add(p);
          prefixes.push(p === '/' ? '/' : `${p}/`);
        }
      }
      return (v) => {
        const s = v as string;
        if (exact.has(s)) return true;
        for (const p of prefixes) if (s.startsWith(p)) return true;
        for (const g of globs) if (g.test(s)) return true;
        return false;
      };
    }
    if (left.type === 'ipnet') return this.#networks(node, values);
    const set = new Set<FieldValue>(values.map((v) => this.#literal(node, left, v)));
    return (v) => set.has(v);
  }

  #networks(node: BinaryCheckNode, values: string[]): Test {
    const list = new BlockList();
    for (const v of values) {
      const [addr = '', bits] = v.split('/');
      const family = isIP(addr);
      if (family === 0)
        throw this.#error(
          `expected an IP address or network, got ${JSON.stringify(v)}`,
          node.right.pos,
        );
      const type = family === 4 ? 'ipv4' : 'ipv6';
      if (bits === undefined) list.addAddress(addr, type);
      else {
        const prefix = Number(bits);
        if (!Number.isInteger(prefix) || prefix < 0 || prefix > (family === 4 ? 32 : 128)) {
          throw this.#error(`bad network prefix in ${JSON.stringify(v)}`, node.right.pos);
        }
        list.addSubnet(addr, prefix, type);
      }
    }
    return (v) => {
      const s = v as string;
      const family = isIP(s);
      return family !== 0 && list.check(s, family === 4 ? 'ipv4' : 'ipv6');
    };
  }

  #test(node: BinaryCheckNode, left: Value, op: string, text: string): Test {
    const type = left.type;
    const numeric = type === 'number';
    if (op === '<' || op === '<=' || op === '>' || op === '>=') {
      if (!numeric)
        throw this.#error(
          `operator ${op} needs a numeric field, and ${left.name} is a ${type}`,
          node.pos,
        );
      const n = this.#number(node, left, text);
      if (op === '<') return (v) => (v as number) < n;
      if (op === '<=') return (v) => (v as number) <= n;
      if (op === '>') return (v) => (v as number) > n;
      return (v) => (v as number) >= n;
    }
    if (op === '=') {
      if (type === 'ipnet') return this.#networks(node, [text]);
      const want = this.#literal(node, left, text);
      return (v) => v === want;
    }
    if (type !== 'string' && type !== 'ipaddr') {
      throw this.#error(
        `operator ${op} needs a string field, and ${left.name} is a ${type}`,
        node.pos,
      );
    }
    switch (op) {
      case 'contains':
        return (v) => (v as string).includes(text);
      case 'icontains': {
        const re = new RegExp(escapeRegExp(text), 'i');
        return (v) => re.test(v as string);
      }
      case 'startswith':
        return (v) => (v as string).startsWith(text);
      case 'endswith':
        return (v) => (v as string).endsWith(text);
      case 'bcontains': {
        const bytes = hexToLatin1(text, node.right.pos, this.#macro);
        return (v) =>
          Buffer.from(v as string)
            .toString('latin1')
            .includes(bytes);
      }
      case 'bstartswith': {
        const bytes = hexToLatin1(text, node.right.pos, this.#macro);
        return (v) =>
          Buffer.from(v as string)
            .toString('latin1')
            .startsWith(bytes);
      }
      case 'glob':
      case 'iglob': {
        const re = globToRegExp(text, op === 'iglob' ? 'i' : '');
        return (v) => re.test(v as string);
      }
      case 'regex': {
        let re: RegExp;
        try {
          re = new RegExp(`^(?:${text})$`, 's');
        } catch (err) {
          throw this.#error(
            `invalid regular expression: ${(err as Error).message}`,
            node.right.pos,
          );
        }
        return (v) => re.test(v as string);
      }
      default:
        throw this.#error(`unknown operator ${op}`, node.pos);
    }
  }

  // ---- event types, for indexing rules (after libsinsp's filter_evttype_resolver)

  #types(expr: Expr): TypeSet {
    switch (expr.type) {
      case 'and': {
        const parts = expr.children.map((c) => this.#types(c));
        const set = new Set(
          [...TYPE_GROUPS.keys()].filter((t) => parts.every((p) => p.set.has(t))),
        );
        return { set, exact: parts.every((p) => p.exact) };
      }
      case 'or': {
        const parts = expr.children.map((c) => this.#types(c));
        const set = new Set(parts.flatMap((p) => [...p.set]));
        return { set, exact: parts.every((p) => p.exact) };
      }
      case 'not': {
        const child = this.#types(expr.child);
        if (!child.exact) return { set: new Set(TYPE_GROUPS.keys()), exact: false };
        return {
          set: new Set([...TYPE_GROUPS.keys()].filter((t) => !child.set.has(t))),
          exact: true,
        };
      }
      case 'identifier':
        return this.#expand(expr.name, expr.pos, (e) => this.#types(e));
      case 'binary': {
        const left = expr.left;
        if (left.type !== 'field' || left.name !== 'evt.type' || expr.quantifier !== undefined)
          break;
        const values = this.#listValues(expr);
        if (!Array.isArray(values)) break;
        const named = groupsOf(new Set(values));
        if (expr.op === '=' || expr.op === '==' || expr.op === 'in') {
          for (const v of values) if (!ALL_EVT_TYPES.has(v)) this.#foreignTypes.add(v);
          return { set: named, exact: true };
        }
        if (expr.op === '!=') {
          return {
            set: new Set([...TYPE_GROUPS.keys()].filter((t) => !named.has(t))),
            exact: true,
          };
        }
        break;
      }
      default:
        break;
    }
    return { set: new Set(TYPE_GROUPS.keys()), exact: false };
  }
}
