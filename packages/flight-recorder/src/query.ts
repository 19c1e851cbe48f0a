// Queries over recorded history: a time range, a filter in the rule language (compiled by
// @vigil/filter, the rules' own compiler), and selectors of kinds, hosts and containers. Blocks
// are chosen by their headers (time range, kinds, hosts) and Bloom filters (values the filter
// requires: a process uid, pid, executable, container, file path or remote address), then read
// and merged so that events stream out in time order. A cursor resumes after the last event.
import { VigilError } from '@vigil/common';
import {
  type BinaryCheckNode,
  EventContext,
  type Expr,
  type Matcher,
  compileFilter,
  parseCondition,
} from '@vigil/filter';
import { EVENT_KINDS, type EventKind, eventKindNamed, kindOf, type vigil } from '@vigil/schema';
import { type BlockMeta, approxNs, kindBit } from './block.js';
import type { RecorderStore } from './store.js';

export interface QuerySpec {
  /** Start, nanoseconds since the epoch (inclusive). */
  sinceNs?: number;
  /** End (exclusive); 0 or absent: no end. */
  untilNs?: number;
  /** A condition in the rule language; empty matches everything. */
  filter?: string;
  /** Event kinds (payload names, camelCase or snake_case). */
  kinds?: string[];
  hosts?: string[];
  /** Container ids or names. */
  containers?: string[];
  /** At most this many events. */
  limit?: number;
  /** From a previous result: resume after that event. */
  cursor?: string;
}

/** Fields whose values blocks are indexed by, with their prefix in the Bloom filter. */
const INDEXED: Record<string, string> = {
  'proc.uid': 'u:',
  'proc.pid': 'p:',
  'proc.exepath': 'e:',
  'container.full_id': 'c:',
  'container.name': 'c:',
  'fd.name': 'f:',
  'fd.rip': 'a:',
};

/** Each inner list: the block must hold one of these values. */
type Requirement = string[];

function requirementOf(node: BinaryCheckNode): Requirement | undefined {
  if (node.left.type !== 'field' || node.left.arg !== undefined || node.quantifier !== undefined)
    return undefined;
  const prefix = INDEXED[node.left.name];
  if (prefix === undefined) return undefined;
  let values: string[];
  if ((node.op === '=' || node.op === '==') && node.right.type === 'value')
    values = [node.right.value];
  else if (node.op === 'in' && node.right.type === 'list') values = node.right.values;
  else return undefined;
  // fd.name of a socket is not a path and is not indexed.
  if (node.left.name === 'fd.name' && !values.every((v) => v.startsWith('/'))) return undefined;
  return values.map((v) => prefix + v);
}

/** The index requirements a condition implies (from the checks it is a conjunction of). */
export function requirements(expr: Expr): Requirement[] {
  if (expr.type === 'and') return expr.children.flatMap(requirements);
  if (expr.type === 'binary') {
    const r = requirementOf(expr);
    return r === undefined ? [] : [r];
  }
  return [];
}

/** A query that cannot run: says what is wrong with it. */
export class QueryError extends VigilError {
  constructor(message: string) {
    super('VGL_ERR_QUERY_INVALID', message);
  }
}

/**
 * Compiles the filter of a query or a subscription (undefined when empty). Unlike a rule, a
 * query cannot skip what it cannot evaluate: a field Vigil lacks is an error.
 */
export function compileQueryFilter(
  text: string | undefined,
): { expr: Expr; match: Matcher } | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const expr = parseCondition(text);
  const compiled = compileFilter(expr);
  if (compiled.gaps.length > 0) {
    throw new QueryError(
      `the filter uses ${compiled.gaps.map((g) => g.field).join(', ')}, which Vigil cannot supply yet`,
    );
  }
  return { expr, match: compiled.match };
}

/** Event kinds by payload name (camelCase or snake_case); an unknown name is an error. */
export function queryKinds(names: readonly string[] | undefined): EventKind[] {
  return (names ?? []).map((name) => {
    const kind = eventKindNamed(name);
    if (kind === undefined)
      throw new QueryError(`unknown event kind '${name}'; kinds are ${EVENT_KINDS.join(', ')}`);
    return kind;
  });
}

export interface PreparedQuery {
  match: Matcher | undefined;
  kinds: number;
  hosts: Set<string> | undefined;
  containers: Set<string> | undefined;
  requirements: Requirement[];
  sinceNs: number;
  untilNs: number;
  limit: number;
  after: { t: number; id: string } | undefined;
  /** The one process the filter requires (proc.uid = X), whose events alone a block decodes. */
  uid: string | undefined;
}

/** Checks and compiles a query. Throws QueryError or the filter's own errors (with positions). */
export function prepareQuery(spec: QuerySpec, defaultLimit = 10_000): PreparedQuery {
  let match: Matcher | undefined;
  let reqs: Requirement[] = [];
  const filter = compileQueryFilter(spec.filter);
  if (filter !== undefined) {
    match = filter.match;
    reqs = requirements(filter.expr);
  }
  let kinds = 0;
  for (const kind of queryKinds(spec.kinds)) kinds |= kindBit(kind);
  let after: PreparedQuery['after'];
  if (spec.cursor) {
    const m = /^(\d+):(.*)$/.exec(spec.cursor);
    if (!m) throw new QueryError(`cursor '${spec.cursor}' is not one this recorder gave`);
    after = { t: Number(m[1]), id: m[2] ?? '' };
  }
  const uidOnly = reqs.find((r) => r.length === 1 && r[0]?.startsWith('u:'))?.[0];
  const containers = spec.containers?.length ? new Set(spec.containers) : undefined;
  if (containers) reqs.push([...containers].map((c) => `c:${c}`));
  return {
    match,
    kinds,
    hosts: spec.hosts?.length ? new Set(spec.hosts) : undefined,
    containers,
    requirements: reqs,
    sinceNs: spec.sinceNs ?? 0,
    untilNs: spec.untilNs ?? 0,
    limit: spec.limit ?? defaultLimit,
    after,
    uid: uidOnly?.slice(2),
  };
}

function blockMayMatch(b: BlockMeta, q: PreparedQuery): boolean {
  if (q.untilNs > 0 && b.minNs >= q.untilNs) return false;
  if (b.maxNs < q.sinceNs) return false;
  if (q.after !== undefined && b.maxNs < q.after.t) return false;
  if (q.kinds !== 0 && (b.kinds & q.kinds) === 0) return false;
  if (q.hosts !== undefined && !b.hosts.some((h) => q.hosts?.has(h))) return false;
  for (const any of q.requirements) if (!any.some((v) => b.bloom.has(v))) return false;
  return true;
}

/** The cursor that resumes after an event. */
export function cursorOf(e: vigil.v1.IEvent): string {
  return `${approxNs(e.timeNs)}:${e.id ?? ''}`;
}

interface Timed {
  t: number;
  e: vigil.v1.Event;
}

/** Blocks read ahead of the one being merged. */
const READ_AHEAD = 4;

/** A binary min-heap of events by time, then id. */
class Heap {
  readonly #a: Timed[] = [];
  get size(): number {
    return this.#a.length;
  }
  peek(): Timed | undefined {
    return this.#a[0];
  }
  static #less(x: Timed, y: Timed): boolean {
    return x.t < y.t || (x.t === y.t && (x.e.id ?? '') < (y.e.id ?? ''));
  }
  push(x: Timed): void {
    const a = this.#a;
    a.push(x);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!Heap.#less(a[i] as Timed, a[p] as Timed)) break;
      [a[i], a[p]] = [a[p] as Timed, a[i] as Timed];
      i = p;
    }
  }
  pop(): Timed | undefined {
    const a = this.#a;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last !== undefined) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && Heap.#less(a[l] as Timed, a[m] as Timed)) m = l;
        if (r < a.length && Heap.#less(a[r] as Timed, a[m] as Timed)) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m] as Timed, a[i] as Timed];
        i = m;
      }
    }
    return top;
  }
}

/** Streams the events of a query in time order. */
export async function* runQuery(
  store: RecorderStore,
  q: PreparedQuery,
): AsyncGenerator<vigil.v1.Event> {
  const blocks = store
    .blocks()
    .filter((b) => blockMayMatch(b, q))
    .sort((a, b) => a.minNs - b.minNs || a.id - b.id);
  const ctx = new EventContext();
  const heap = new Heap();
  const reads = new Map<number, Promise<vigil.v1.Event[] | undefined>>();
  let sent = 0;
  const accept = (e: vigil.v1.Event, t: number): boolean => {
    if (t < q.sinceNs || (q.untilNs > 0 && t >= q.untilNs)) return false;
    if (q.after !== undefined && (t < q.after.t || (t === q.after.t && (e.id ?? '') <= q.after.id)))
      return false;
    if (q.kinds !== 0 && (kindBit(kindOf(e)) & q.kinds) === 0) return false;
    if (q.hosts !== undefined && !q.hosts.has(e.host ?? '')) return false;
    if (q.containers !== undefined) {
      const c = e.container;
      if (c == null || !(q.containers.has(c.id ?? '') || q.containers.has(c.name ?? '')))
        return false;
    }
    return q.match === undefined || q.match(ctx.reset(e));
  };
  for (let i = 0; i <= blocks.length; i++) {
    const next = blocks[i];
    // Everything earlier than the next block's first event is final.
    while (heap.size > 0 && (next === undefined || (heap.peek() as Timed).t < next.minNs)) {
      yield (heap.pop() as Timed).e;
      if (++sent >= q.limit) return;
    }
    if (next === undefined) break;
    // Reads run ahead of the merge: LevelDB reads go to libuv's threads, several at a time.
    for (let j = i; j < Math.min(blocks.length, i + READ_AHEAD); j++) {
      const b = blocks[j] as BlockMeta;
      if (!reads.has(b.id)) reads.set(b.id, store.readBlock(b, q.uid));
    }
    const events = await reads.get(next.id);
    reads.delete(next.id);
    if (events === undefined) continue;
    for (const e of events) {
      const t = approxNs(e.timeNs);
      if (accept(e, t)) heap.push({ t, e });
    }
  }
}
