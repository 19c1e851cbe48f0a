// The condition language of Falco rules, parsed to an AST. The grammar is libsinsp's
// (falcosecurity/libs userspace/libsinsp/filter/parser.h documents it in EBNF), written again
// here; ../shared/falco/filter-parser-cases.tsv holds libsinsp's own accept/reject cases, which
// this parser passes. Quirks kept on purpose because rules depend on them: `and`/`or` must be
// followed by a blank or `(`; the string operators spelled with letters need a space after them;
// a field argument has no blanks around it.
import { VigilError } from '@vigil/common';
import type {
  Expr,
  FieldNode,
  IdentifierNode,
  JoinNode,
  ListNode,
  Operand,
  Pos,
  TransformerNode,
  ValueNode,
} from './ast.js';

/** A condition that does not parse: says what was expected, and where (line and column, 1-based). */
export class FilterSyntaxError extends VigilError {
  readonly pos: Pos;
  /** What was expected, without the position. */
  readonly reason: string;

  constructor(reason: string, pos: Pos) {
    super('VGL_ERR_FILTER_SYNTAX', `${reason} (line ${pos.line}, column ${pos.col})`);
    this.reason = reason;
    this.pos = pos;
  }
}

const RE_NOT_BLANK = /not\s+/y;
const RE_IDENTIFIER = /[a-zA-Z]+[a-zA-Z0-9_]*/y;
const RE_FIELD_NAME = /[a-zA-Z]+[a-zA-Z0-9_]*(?:\.[a-zA-Z]+[a-zA-Z0-9_]*)+/y;
const RE_FIELD_ARG_BARE = /[^\]["'\s]+/y;
const RE_HEX = /0[xX][0-9a-zA-Z]+/y;
const RE_NUMBER = /[+-]?[0-9]+\.?[0-9]*(?:[eE][+-][0-9]+)?/y;
const RE_BARE = /[^()"'\s=,]+/y;
const RE_QUANTIFIER = /(oneof|anyof|allof)[ \t\b\r\n]+/y;

export const UNARY_OPERATORS = ['exists'] as const;
export const NUMBER_OPERATORS = ['<=', '<', '>=', '>'] as const;
/** Spelled with their trailing space, which the language requires. */
const STRING_OPERATORS = [
  '==',
  '=',
  '!=',
  'glob ',
  'iglob ',
  'contains ',
  'icontains ',
  'bcontains ',
  'startswith ',
  'bstartswith ',
  'endswith ',
  'regex ',
] as const;
export const LIST_OPERATORS = ['intersects', 'in', 'pmatch'] as const;
/** Every operator, as rules write them. */
export const OPERATORS: readonly string[] = [
  ...UNARY_OPERATORS,
  ...NUMBER_OPERATORS,
  ...STRING_OPERATORS.map((o) => o.trim()),
  ...LIST_OPERATORS,
];
export const TRANSFORMERS = ['tolower', 'toupper', 'b64', 'basename', 'len'] as const;
const TRANSFORMER_OPENERS = TRANSFORMERS.map((t) => `${t}(`);
const MAX_DEPTH = 100;

function isBlank(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\b' || c === '\r' || c === '\n';
}

/** Removes the quotes of a quoted token and applies its escapes (libsinsp's set). */
function unescape(token: string, at: () => Pos): string {
  let out = '';
  let escaped = false;
  const quote = token[0];
  for (let i = 1; i < token.length - 1; i++) {
    const c = token[i] as string;
    if (!escaped) {
      if (c === '\\') escaped = true;
      else out += c;
      continue;
    }
    escaped = false;
    switch (c) {
      case 'b':
        out += '\b';
        break;
      case 'f':
        out += '\f';
        break;
      case 'n':
        out += '\n';
        break;
      case 'r':
        out += '\r';
        break;
      case 't':
        out += '\t';
        break;
      case ' ':
      case '\\':
        // `\ ` is read as a backslash, as libsinsp does, for rules written that way.
        out += '\\';
        break;
      case '/':
        out += '/';
        break;
      case '"':
      case "'":
        if (c !== quote)
          throw new FilterSyntaxError(`invalid \\${c} escape in a ${quote}-quoted string`, at());
        out += c;
        break;
      default:
        throw new FilterSyntaxError(`unsupported escape sequence \\${c} in a string`, at());
    }
  }
  return out;
}

/** Parses one condition. Throws FilterSyntaxError with the position of the problem. */
export function parseCondition(input: string): Expr {
  return new Parser(input).parse();
}

class Parser {
  readonly #s: string;
  #i = 0;
  #depth = 0;
  #last = '';

  constructor(input: string) {
    this.#s = input;
  }

  parse(): Expr {
    if (this.#s.length === 0) throw this.#error('the condition is empty');
    const e = this.#or();
    if (this.#i !== this.#s.length) {
      throw this.#error(
        this.#last
          ? `unexpected '${this.#peekWord()}' after '${this.#last}', expected 'and', 'or' or the end`
          : `unexpected '${this.#peekWord()}'`,
      );
    }
    return e;
  }

  // ---- positions and errors

  #posAt(index: number): Pos {
    let line = 1;
    let col = 1;
    for (let k = 0; k < index && k < this.#s.length; k++) {
      const c = this.#s[k];
      col++;
      if (c === '\n' || c === '\r') {
        line++;
        col = 1;
      }
    }
    return { index, line, col };
  }

  #pos(): Pos {
    return this.#posAt(this.#i);
  }

  #error(reason: string): FilterSyntaxError {
    return new FilterSyntaxError(reason, this.#pos());
  }

  #peekWord(): string {
    const rest = this.#s.slice(this.#i);
    const m = /^\S{1,20}/.exec(rest);
    return m ? m[0] : rest.slice(0, 20);
  }

  #enter(): void {
    if (++this.#depth >= MAX_DEPTH)
      throw this.#error(`nested deeper than the limit of ${MAX_DEPTH}`);
  }

  #leave(): void {
    this.#depth--;
  }

  // ---- lexing

  #blank(): boolean {
    let found = false;
    while (isBlank(this.#s[this.#i])) {
      this.#i++;
      found = true;
    }
    return found;
  }

  #str(token: string): boolean {
    if (this.#s.startsWith(token, this.#i)) {
      this.#i += token.length;
      this.#last = token;
      return true;
    }
    return false;
  }

  #oneOf(tokens: readonly string[]): string | undefined {
    for (const t of tokens) if (this.#str(t)) return t;
    return undefined;
  }

  #re(re: RegExp): string | undefined {
    re.lastIndex = this.#i;
    const m = re.exec(this.#s);
    if (!m || m[0].length === 0) return undefined;
    this.#i += m[0].length;
    this.#last = m[0];
    return m[0];
  }

  /** A quoted string, unescaped; undefined (nothing consumed) when there is none or it is open. */
  #quoted(): string | undefined {
    const q = this.#s[this.#i];
    if (q !== '"' && q !== "'") return undefined;
    const start = this.#i;
    let prev = '\\';
    for (let k = start; k < this.#s.length; k++) {
      const c = this.#s[k] as string;
      if (k > start && c === q && prev !== '\\') {
        const token = this.#s.slice(start, k + 1);
        const value = unescape(token, () => this.#posAt(start));
        this.#i = k + 1;
        this.#last = token;
        return value;
      }
      prev = c;
    }
    return undefined;
  }

  // ---- grammar

  #or(): Expr {
    return this.#chain('or', () => this.#and());
  }

  #and(): Expr {
    return this.#chain('and', () => this.#not());
  }

  /** `x (keyword x)*`, where the keyword must be followed by a blank or '('. */
  #chain(keyword: 'and' | 'or', next: () => Expr): Expr {
    this.#enter();
    const pos = this.#pos();
    this.#blank();
    const children = [next()];
    this.#blank();
    while (this.#str(keyword)) {
      if (this.#blank()) children.push(next());
      else if (this.#str('(')) children.push(this.#embedded());
      else throw this.#error(`expected a blank or '(' after '${keyword}'`);
      this.#blank();
    }
    this.#leave();
    if (children.length === 1) return children[0] as Expr;
    return { type: keyword, children, pos };
  }

  #not(): Expr {
    this.#enter();
    const pos = this.#pos();
    this.#blank();
    let negate = false;
    while (this.#re(RE_NOT_BLANK)) negate = !negate;
    let child: Expr;
    if (this.#str('not(')) {
      negate = !negate;
      child = this.#embedded();
    } else child = this.#check();
    this.#leave();
    return negate ? { type: 'not', child, pos } : child;
  }

  /** After '(': an expression and its ')'. */
  #embedded(): Expr {
    this.#enter();
    this.#blank();
    const child = this.#or();
    this.#blank();
    if (!this.#str(')')) throw this.#error("expected ')'");
    this.#leave();
    return child;
  }

  #check(): Expr {
    this.#enter();
    this.#blank();
    const pos = this.#pos();
    let result: Expr;
    if (this.#str('(')) result = this.#embedded();
    else {
      const left = this.#operand(pos);
      if (left) result = this.#condition(left, pos);
      else {
        const name = this.#re(RE_IDENTIFIER);
        if (name === undefined)
          throw this.#error("expected '(', a field check, or the name of a macro");
        result = { type: 'identifier', name, pos };
      }
    }
    this.#leave();
    return result;
  }

  /** A field, a transformer or a join at the cursor; undefined (nothing consumed) if none. */
  #operand(pos: Pos): Operand | undefined {
    const field = this.#re(RE_FIELD_NAME);
    if (field !== undefined) return this.#fieldRemainder(field, pos);
    const t = this.#transformer(pos);
    if (t) return t;
    if (this.#str('join(')) return this.#joinRemainder(pos);
    return undefined;
  }

  /** `tolower(...)` and the like at the cursor; undefined (nothing consumed) if none. */
  #transformer(pos: Pos): TransformerNode | undefined {
    const t = this.#oneOf(TRANSFORMER_OPENERS);
    return t
      ? this.#transformerRemainder(t.slice(0, -1) as TransformerNode['name'], pos)
      : undefined;
  }

  #fieldRemainder(name: string, pos: Pos): FieldNode {
    this.#enter();
    let arg: string | undefined;
    if (this.#str('[')) {
      arg = this.#quoted() ?? this.#re(RE_FIELD_ARG_BARE);
      if (arg === undefined)
        throw this.#error('expected a field argument: a quoted string or a bare string');
      if (!this.#str(']')) throw this.#error("expected ']' after the field argument");
    }
    this.#leave();
    return { type: 'field', name, arg, pos };
  }

  /** After `tolower(` and the like: a field, a join or another transformer, and ')'. */
  #transformerRemainder(name: TransformerNode['name'], pos: Pos): TransformerNode {
    this.#enter();
    this.#blank();
    const argPos = this.#pos();
    const arg = this.#operand(argPos);
    if (!arg) {
      throw this.#error(
        `expected a field, join(...) or a transformer (${TRANSFORMERS.join(', ')}) inside ${name}()`,
      );
    }
    this.#blank();
    if (!this.#str(')')) throw this.#error(`expected ')' closing ${name}(`);
    this.#leave();
    return { type: 'transformer', name, arg, pos };
  }

  /** After `join(`: a quoted separator, a list of fields, strings and numbers, and ')'. */
  #joinRemainder(pos: Pos): JoinNode {
    this.#enter();
    this.#blank();
    const separator = this.#quoted();
    if (separator === undefined) throw this.#error('expected a quoted separator in join(');
    this.#blank();
    if (!this.#str(',')) throw this.#error("expected ',' after join's separator");
    this.#blank();
    if (!this.#str('(')) throw this.#error("expected '(' opening join's list of values");
    const items: JoinNode['items'] = [];
    this.#blank();
    if (!this.#str(')')) {
      for (;;) {
        this.#blank();
        const itemPos = this.#pos();
        const field = this.#re(RE_FIELD_NAME);
        items.push(
          field !== undefined
            ? this.#fieldRemainder(field, itemPos)
            : (this.#transformer(itemPos) ?? this.#joinLiteral(itemPos)),
        );
        this.#blank();
        if (this.#str(')')) break;
        if (!this.#str(',')) throw this.#error("expected ',' or ')' in join's list of values");
      }
    }
    this.#blank();
    if (!this.#str(')')) throw this.#error("expected ')' closing join(");
    this.#leave();
    return { type: 'join', separator, items, pos };
  }

  /** A quoted string or a number in join's list. */
  #joinLiteral(pos: Pos): ValueNode {
    const q = this.#quoted();
    const n = q === undefined ? (this.#re(RE_HEX) ?? this.#re(RE_NUMBER)) : undefined;
    if (q === undefined && n === undefined)
      throw this.#error('expected a field, a transformer, a quoted string or a number in join');
    return { type: 'value', value: q ?? (n as string), quoted: q !== undefined, pos };
  }

  #condition(left: Operand, pos: Pos): Expr {
    this.#enter();
    this.#blank();
    let result: Expr;
    if (this.#oneOf(UNARY_OPERATORS)) result = { type: 'unary', left, op: 'exists', pos };
    else {
      this.#blank();
      let op = this.#oneOf(NUMBER_OPERATORS);
      if (op) {
        result = {
          type: 'binary',
          left,
          op,
          quantifier: undefined,
          right: this.#numberValue(),
          pos,
        };
      } else if ((op = this.#oneOf(STRING_OPERATORS))) {
        const quantified = this.#quantifier(op.endsWith(' '));
        result = quantified
          ? {
              type: 'binary',
              left,
              op: op.trim(),
              quantifier: quantified.q,
              right: quantified.right,
              pos,
            }
          : {
              type: 'binary',
              left,
              op: op.trim(),
              quantifier: undefined,
              right: this.#stringValue(true),
              pos,
            };
      } else if ((op = this.#oneOf(LIST_OPERATORS))) {
        result = { type: 'binary', left, op, quantifier: undefined, right: this.#listValue(), pos };
      } else {
        throw this.#error(`expected an operator: one of ${OPERATORS.join(', ')}`);
      }
    }
    this.#leave();
    return result;
  }

  /**
   * `oneof (a, b)`, `anyof list`, `allof (...)` after a string operator: only after a blank, and
   * only when a list or a list's name follows (`== oneof` alone compares with the word).
   */
  #quantifier(
    blankBefore: boolean,
  ): { q: 'oneof' | 'anyof' | 'allof'; right: ListNode | IdentifierNode } | undefined {
    const start = this.#i;
    if (!this.#blank() && !blankBefore) return undefined;
    const m = this.#re(RE_QUANTIFIER);
    if (m) {
      const q = m.trim() as 'oneof' | 'anyof' | 'allof';
      const pos = this.#pos();
      if (this.#s[this.#i] === '(') return { q, right: this.#list() };
      const save = this.#i;
      const name = this.#re(RE_IDENTIFIER);
      if (name !== undefined && name !== 'and' && name !== 'or' && name !== 'not')
        return { q, right: { type: 'identifier', name, pos } };
      this.#i = save;
    }
    this.#i = start;
    return undefined;
  }

  #numberValue(): ValueNode | TransformerNode {
    this.#enter();
    this.#blank();
    const pos = this.#pos();
    const value = this.#transformerOrVal(pos) ?? this.#literal(pos, 'number');
    this.#leave();
    return value;
  }

  #stringValue(transformers: boolean): ValueNode | TransformerNode {
    this.#enter();
    this.#blank();
    const pos = this.#pos();
    const value =
      (transformers ? this.#transformerOrVal(pos) : undefined) ??
      this.#literal(pos, transformers ? 'string' : 'plain string');
    this.#leave();
    return value;
  }

  /** A number, or a quoted or bare string, at the cursor; throws saying what was expected. */
  #literal(pos: Pos, what: 'number' | 'string' | 'plain string'): ValueNode {
    const q = what === 'number' ? undefined : this.#quoted();
    const v =
      what === 'number' ? (this.#re(RE_HEX) ?? this.#re(RE_NUMBER)) : (q ?? this.#re(RE_BARE));
    if (v === undefined) {
      throw this.#error(
        what === 'plain string'
          ? 'expected a string'
          : `expected a ${what}, or a field in val() or a transformer`,
      );
    }
    return { type: 'value', value: v, quoted: q !== undefined, pos };
  }

  /** `(a, b, ...)`, possibly empty, at '('. */
  #list(): ListNode {
    const pos = this.#pos();
    this.#str('(');
    const values: string[] = [];
    this.#blank();
    // An empty list is tried for by parsing a first value and, if that fails, going back.
    const start = this.#i;
    const depth = this.#depth;
    let first: ValueNode | TransformerNode | undefined;
    try {
      first = this.#stringValue(false);
    } catch (err) {
      if (!(err instanceof FilterSyntaxError)) throw err;
      this.#i = start;
      this.#depth = depth;
    }
    if (first) {
      values.push((first as ValueNode).value);
      this.#blank();
      while (this.#str(',')) {
        values.push((this.#stringValue(false) as ValueNode).value);
        this.#blank();
      }
    }
    if (!this.#str(')')) throw this.#error("expected ',' or ')' in the list");
    return { type: 'list', values, pos };
  }

  #listValue(): ListNode | IdentifierNode | TransformerNode {
    this.#enter();
    this.#blank();
    const pos = this.#pos();
    let result: ListNode | IdentifierNode | TransformerNode | undefined;
    if (this.#s[this.#i] === '(') result = this.#list();
    else result = this.#transformerOrVal(pos);
    if (!result) {
      const name = this.#re(RE_IDENTIFIER);
      if (name === undefined)
        throw this.#error("expected a list '(a, b)', the name of a list, or a field in val()");
      result = { type: 'identifier', name, pos };
    }
    this.#leave();
    return result;
  }

  /** `val(field)` or a transformer on the right of an operator; undefined if none. */
  #transformerOrVal(pos: Pos): TransformerNode | undefined {
    this.#enter();
    let result: TransformerNode | undefined;
    if (this.#str('val(')) {
      this.#blank();
      const fieldPos = this.#pos();
      const name = this.#re(RE_FIELD_NAME);
      if (name === undefined) throw this.#error('expected a field inside val(');
      const field = this.#fieldRemainder(name, fieldPos);
      this.#blank();
      if (!this.#str(')')) throw this.#error("expected ')' closing val(");
      result = { type: 'transformer', name: 'val', arg: field, pos };
    } else result = this.#transformer(pos);
    this.#leave();
    return result;
  }
}
