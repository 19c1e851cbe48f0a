// Vigil's `burst` rules: a match counts only together with others of the same group (`by`)
// within a window, measured in event time so that a replay gives the same answer as live.
import type { EventContext } from '@vigil/filter';
import type { CompiledBurst } from './ruleset.js';

/** Most groups remembered per rule; the least recently matched are forgotten first. */
const MAX_GROUPS = 10_000;

export class BurstGate {
  readonly #spec: CompiledBurst;
  readonly #groups = new Map<string, Array<[number, string]>>();

  constructor(spec: CompiledBurst) {
    this.#spec = spec;
  }

  /** Records a match; true when it completes a burst (the group then starts again). */
  admit(ctx: EventContext): boolean {
    const spec = this.#spec;
    const t = ctx.event.timeNs == null ? Date.now() : Number(ctx.event.timeNs) / 1e6;
    const key = spec.by.render(ctx);
    const value = spec.distinct === undefined ? '' : spec.distinct.render(ctx);
    const since = t - spec.seconds * 1000;
    const kept = (this.#groups.get(key) ?? []).filter(([at]) => at >= since);
    kept.push([t, value]);
    const size = spec.distinct === undefined ? kept.length : new Set(kept.map(([, v]) => v)).size;
    this.#groups.delete(key);
    if (size >= spec.count) return true;
    // Bounded: a group never needs more than `count` distinct entries, the latest of each value.
    if (kept.length > spec.count * 4) kept.splice(0, kept.length - spec.count * 4);
    this.#groups.set(key, kept);
    if (this.#groups.size > MAX_GROUPS) {
      const oldest = this.#groups.keys().next().value;
      if (oldest !== undefined) this.#groups.delete(oldest);
    }
    return false;
  }
}
