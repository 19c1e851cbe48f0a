// Alerts from matches: the rendered output, the fields it used, the triggering event (which
// carries its process's ancestry), with a deduplication window per rule and process so that a
// loop doing the same thing a thousand times raises one alert per window, and counts the rest.
import { IdGenerator } from '@vigil/common';
import type { EventContext } from '@vigil/filter';
import type { vigil } from '@vigil/schema';
import Long from 'long';
import type { CompiledRule } from './ruleset.js';

export interface AlerterOptions {
  /** Identity of the detector, carried by each alert. */
  detectorId: string;
  /** Alerts of one rule for one process within this window after the first are counted, not raised. */
  dedupWindowMs?: number;
  /** Most (rule, process) pairs remembered; the oldest are forgotten first. */
  maxTracked?: number;
  /** Milliseconds since the epoch (Date.now by default). */
  now?: () => number;
}

/** Default deduplication window. */
export const DEFAULT_DEDUP_WINDOW_MS = 10_000;
const DEFAULT_MAX_TRACKED = 100_000;

export class Alerter {
  readonly #options: Required<AlerterOptions>;
  readonly #ids: IdGenerator;
  /** Last raised time by `rule \0 process`, oldest first. */
  readonly #recent = new Map<string, number>();
  /** Alerts raised. */
  raised = 0;
  /** Matches folded into an earlier alert by the deduplication window, by rule. */
  readonly suppressed = new Map<string, number>();

  constructor(options: AlerterOptions) {
    this.#options = {
      dedupWindowMs: DEFAULT_DEDUP_WINDOW_MS,
      maxTracked: DEFAULT_MAX_TRACKED,
      now: Date.now,
      ...options,
    };
    this.#ids = new IdGenerator(this.#options.now);
  }

  /** The alert for a match, or undefined when an alert of the same rule and process is recent. */
  alert(rule: CompiledRule, ctx: EventContext): vigil.v1.IAlert | undefined {
    const now = this.#options.now();
    const event = ctx.event;
    const process = event.process;
    const who = process?.processUid || `${event.host ?? ''}/${process?.pid ?? 0}`;
    const key = `${rule.name}\0${who}`;
    this.#forget(now);
    const last = this.#recent.get(key);
    if (last !== undefined && now - last < this.#options.dedupWindowMs) {
      this.suppressed.set(rule.name, (this.suppressed.get(rule.name) ?? 0) + 1);
      return undefined;
    }
    this.#recent.delete(key);
    this.#recent.set(key, now);
    this.raised++;
    return {
      id: this.#ids.next(),
      rule: rule.name,
      priority: rule.priorityValue,
      output: rule.output.render(ctx),
      outputFields: rule.output.values(ctx),
      tags: [...rule.tags],
      source: rule.source,
      timeNs: Long.fromNumber(now, true).multiply(1_000_000),
      host: event.host ?? '',
      event,
      detectorId: this.#options.detectorId,
    };
  }

  #forget(now: number): void {
    const window = this.#options.dedupWindowMs;
    for (const [key, at] of this.#recent) {
      if (now - at < window && this.#recent.size <= this.#options.maxTracked) break;
      this.#recent.delete(key);
    }
  }
}

/** The kill request a rule with `response: kill` sends to the sensor of the event's host. */
export function killRequestFor(alert: vigil.v1.IAlert): vigil.v1.IKillRequest | undefined {
  const process = alert.event?.process;
  if (process?.pid == null || process.pid === 0) return undefined;
  return {
    requestId: alert.id ?? '',
    pid: process.pid,
    startTimeNs: process.startTimeNs ?? 0,
    processUid: process.processUid ?? '',
    signal: 9,
    requestedBy: `rule ${alert.rule ?? ''}`,
  };
}
