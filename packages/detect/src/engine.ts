// Runs compiled rules over a stream of events. Rules are indexed by the event kinds they can
// match (from the evt.type names of their conditions, as Falco indexes by event type); one
// EventContext is reused for every event, and per event the engine only walks the rules of the
// event's kind: no allocation of its own on the hot path.
import { EventContext, type Matcher } from '@vigil/filter';
import { type EventKind, type vigil, EVENT_KINDS } from '@vigil/schema';
import { BurstGate } from './burst.js';
import type { CompiledRule } from './ruleset.js';

/** Falco's rule_matching: stop at the first rule that matches, or run them all. */
export type RuleMatching = 'first' | 'all';

export interface EngineOptions {
  /** `first` (Falco's default): one alert per event at most, from the first rule in load order. */
  ruleMatching?: RuleMatching;
  /** Told when a rule throws on an event (a bug): the rule counts as not matching, the others run. */
  onError?: (rule: CompiledRule, err: unknown) => void;
}

/** Called for each rule an event matches; `ctx` is valid only during the call. */
export type MatchHandler = (rule: CompiledRule, ctx: EventContext) => void;

/** A rule under one kind, with its condition compiled for that kind. */
interface Entry {
  rule: CompiledRule;
  match: Matcher;
}
const NO_ENTRIES: readonly Entry[] = [];

export class Engine {
  readonly #byKind = new Map<EventKind, Entry[]>();
  readonly #ctx = new EventContext();
  readonly #first: boolean;
  readonly #onError: ((rule: CompiledRule, err: unknown) => void) | undefined;
  readonly #bursts = new Map<CompiledRule, BurstGate>();
  /** Events seen. */
  events = 0;
  /** Rule evaluations run. */
  evaluations = 0;
  /** Matches reported. */
  matches = 0;
  /** Rule evaluations that threw. */
  errors = 0;

  constructor(rules: readonly CompiledRule[], options: EngineOptions = {}) {
    this.#first = (options.ruleMatching ?? 'first') === 'first';
    this.#onError = options.onError;
    for (const kind of EVENT_KINDS) this.#byKind.set(kind, []);
    for (const rule of rules) {
      for (const [kind, match] of rule.matchers) this.#byKind.get(kind)?.push({ rule, match });
      if (rule.burst !== undefined) this.#bursts.set(rule, new BurstGate(rule.burst));
    }
  }

  /** The rules an event of this kind is checked against, in load order. */
  rulesFor(kind: EventKind): readonly CompiledRule[] {
    return (this.#byKind.get(kind) ?? NO_ENTRIES).map((e) => e.rule);
  }

  /** Checks one event; returns how many rules matched. */
  process(event: vigil.v1.IEvent, onMatch: MatchHandler): number {
    this.events++;
    const ctx = this.#ctx.reset(event);
    const kind = ctx.kind;
    if (kind === undefined) return 0;
    const entries = this.#byKind.get(kind) ?? NO_ENTRIES;
    let matched = 0;
    for (let i = 0; i < entries.length; i++) {
      const { rule, match } = entries[i] as Entry;
      this.evaluations++;
      let hit: boolean;
      try {
        hit = match(ctx);
      } catch (err) {
        this.errors++;
        this.#onError?.(rule, err);
        continue;
      }
      if (!hit) continue;
      if (rule.burst !== undefined && this.#bursts.get(rule)?.admit(ctx) !== true) continue;
      matched++;
      this.matches++;
      onMatch(rule, ctx);
      if (this.#first) break;
    }
    return matched;
  }
}
