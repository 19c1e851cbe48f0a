/** Where a node starts in the condition text: 0-based index, 1-based line and column. */
export interface Pos {
  index: number;
  line: number;
  col: number;
}

/** A field, with its optional argument: `proc.aname[2]`, `fd.name`. */
export interface FieldNode {
  type: 'field';
  name: string;
  arg: string | undefined;
  pos: Pos;
}

/** A transformer around a field or another transformer: `tolower(proc.name)`, `val(fd.name)`. */
export interface TransformerNode {
  type: 'transformer';
  name: 'tolower' | 'toupper' | 'b64' | 'basename' | 'len' | 'val';
  arg: FieldNode | TransformerNode | JoinNode;
  pos: Pos;
}

/** `join("sep", (fd.name, "literal", 123))`: values joined into one string. */
export interface JoinNode {
  type: 'join';
  separator: string;
  items: Array<FieldNode | TransformerNode | ValueNode>;
  pos: Pos;
}

/** A literal value (string or number, as written, quotes removed and escapes applied). */
export interface ValueNode {
  type: 'value';
  value: string;
  /** True when written in quotes. */
  quoted: boolean;
  pos: Pos;
}

/** A literal list `(a, b)`. */
export interface ListNode {
  type: 'list';
  values: string[];
  pos: Pos;
}

/** A name: a macro on the left of a check, or a list on the right of `in`. */
export interface IdentifierNode {
  type: 'identifier';
  name: string;
  pos: Pos;
}

export type Operand = FieldNode | TransformerNode | JoinNode;

/** `left exists`. */
export interface UnaryCheckNode {
  type: 'unary';
  left: Operand;
  op: 'exists';
  pos: Pos;
}

/** `left op right`; `quantifier` for `== oneof (a, b)` and the like. */
export interface BinaryCheckNode {
  type: 'binary';
  left: Operand;
  op: string;
  quantifier: 'oneof' | 'anyof' | 'allof' | undefined;
  right: ValueNode | ListNode | IdentifierNode | TransformerNode;
  pos: Pos;
}

export interface AndNode {
  type: 'and';
  children: Expr[];
  pos: Pos;
}
export interface OrNode {
  type: 'or';
  children: Expr[];
  pos: Pos;
}
export interface NotNode {
  type: 'not';
  child: Expr;
  pos: Pos;
}

export type Expr = AndNode | OrNode | NotNode | UnaryCheckNode | BinaryCheckNode | IdentifierNode;
